"""`erasl batch --dask`: on a LocalCluster of two workers the output is the single-process output, byte for byte."""

import json
import random

import pytest
from click.testing import CliRunner

from erasl.cli import main

distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed (pip install 'erasl[dask]')")

ROTATION = ("Four-week observership at a community teaching hospital. Took histories from {n} new patients daily, "
            "presented them to the attending on rounds, and wrote practice notes reviewed by the senior resident.")
OTHERS = ["I gained valuable experience and was responsible for various tasks.",
          "Screened 40 adults for hypertension each week at a free clinic; referred 6 to primary care.",
          "Was involved in a quality-improvement project that reduced wait times."]


def test_two_workers_give_the_single_process_output(tmp_path):
    rng = random.Random(15)
    rows = []
    for applicant in range(12):
        for n in range(rng.randint(1, 5)):
            text = ROTATION.format(n=n) if rng.random() < 0.4 else rng.choice(OTHERS)
            rows.append(json.dumps({"id": f"{applicant}-{n}", "applicant": f"applicant {applicant}",
                                    "title": f"Rotation {n}", "text": text}))
        if applicant == 5:
            rows.append("{broken")
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    runner = CliRunner()
    single = runner.invoke(main, ["batch", "--isolated", "--chunk-size", "4", str(path)])
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=50) as cluster:
        spread = runner.invoke(main, ["batch", "--isolated", "--chunk-size", "4", "--dask", cluster.scheduler_address,
                                      str(path)])
        # a worker builds one linter (so loads one model) however many chunks it lints
        with distributed.Client(cluster) as client:
            built = client.run(lambda: len(__import__("erasl.batch_dask").batch_dask._LINTERS))
    assert spread.exit_code == single.exit_code == 2, spread.stderr
    assert spread.stdout == single.stdout
    assert len(single.stdout.splitlines()) == len(rows)
    assert len(built) == 2 and set(built.values()) <= {0, 1} and sum(built.values()) >= 1
