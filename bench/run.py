"""erasl's benchmark: erasl against the bare-spaCy floor on the same texts, in one run.

    python bench/run.py                # everything, ~5-8 minutes on 2 cores
    python bench/run.py --entries 500  # a quicker, smaller large-run
    python bench/run.py --dask         # also `erasl batch --dask` on 1 and 2 local workers

Peers, optional: `pip install proselint` into the same environment, and
`cd bench && npm install --no-save write-good@1`.

It writes a deterministic corpus of N entries generated from corpus/ in two
layouts (N/10 applicant folders of ten; all N in one folder, one application)
and as `erasl batch` rows, then times each scenario as a separate process (so
imports and model loading count, as they do for a user) and prints a table:
erasl, floor, CPU ratio, wall time, peak memory, and general prose linters
(proselint, write-good) on the same files when installed. CPU-time ratios
against the floor cancel most of the noise of a shared machine; wall times do not.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PYTHON = sys.executable
ERASL = [PYTHON, "-m", "erasl"]

FLOOR_SCRIPT = """
import sys, pathlib
import spacy
from erasl.nlp import model_name, EXCLUDED_COMPONENTS
nlp = spacy.load(model_name(None), exclude=list(EXCLUDED_COMPONENTS))
texts = [pathlib.Path(p).read_text(encoding="utf-8") for p in sys.argv[1:]]
for doc in nlp.pipe(texts):
    pass
"""

MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
elapsed = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, code)
"""


@dataclass
class Timing:
    """Best wall and CPU seconds over the repeats (CPU: the process and every child it waited for) and peak MB."""

    wall: float
    cpu: float
    peak: int
    runs: list[float]  # every run's CPU seconds, to show the spread


def body(text: str) -> str:
    """A corpus file's text without its front matter."""
    return re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.DOTALL).strip()


def generate(count: int, folder: Path) -> list[Path]:
    """N entries from the corpus bodies, varied deterministically (numbers, order) so no two are equal,
    in folders of ten: one folder per applicant, checked as `erasl check entries/*`."""
    sources = sorted(CORPUS.rglob("*.md"))
    bodies = [body(p.read_text(encoding="utf-8")) for p in sources if p.name.endswith((".bad.md", ".better.md"))]
    rng = random.Random(750)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        text = bodies[index % len(bodies)]
        text = re.sub(r"\b\d+\b", lambda m: str(int(m.group(0)) + rng.randint(0, 9)), text)
        applicant = folder / f"applicant-{index // 10:04d}"  # ten experiences each, as an advisor's repo
        applicant.mkdir(exist_ok=True)
        path = applicant / f"entry-{index:05d}.md"
        path.write_text(text + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def measure(command: list[str], cwd: Path, repeat: int = 1) -> Timing:
    """Each run as a separate process; best wall time, best CPU time and the largest peak RSS (MB)."""
    walls, cpus, peak = [], [], 0
    for _ in range(repeat):
        out = subprocess.run([PYTHON, "-c", MEASURE, *command], cwd=cwd, capture_output=True, text=True, check=True)
        elapsed, cpu, rss_kb, _ = out.stdout.split()
        walls.append(float(elapsed))
        cpus.append(float(cpu))
        peak = max(peak, int(rss_kb) // 1024)
    return Timing(min(walls), min(cpus), peak, cpus)


def editor_latency(entry: Path, runs: int = 40) -> tuple[float, float]:
    """Re-linting one entry with the model loaded, as the language server does: median and p95 in ms."""
    script = f"""
import time, statistics, json
from erasl.engine import Linter
from erasl.document import SourceFile
linter = Linter()
text = open({str(entry)!r}, encoding="utf-8").read()
linter.lint_documents([linter.parse(SourceFile("x.md", text))])
samples = []
for i in range({runs}):
    changed = text + " " * (i % 3)
    start = time.perf_counter()
    linter.lint_documents([linter.parse(SourceFile("x.md", changed))])
    samples.append((time.perf_counter() - start) * 1000)
samples.sort()
print(json.dumps([statistics.median(samples), samples[int(len(samples) * 0.95) - 1]]))
"""
    out = subprocess.run([PYTHON, "-c", script], capture_output=True, text=True, check=True)
    median, p95 = json.loads(out.stdout)
    return median, p95


def peers(files: list[Path], cwd: Path) -> dict[str, Timing | None]:
    found: dict[str, Timing | None] = {}
    proselint = shutil.which("proselint") or str(Path(PYTHON).parent / "proselint")
    found["proselint"] = measure([proselint, "check", *(str(f.relative_to(cwd)) for f in files)], cwd) if Path(proselint).exists() else None
    write_good = shutil.which("write-good") or str(ROOT / "bench" / "node_modules" / ".bin" / "write-good")
    found["write-good"] = measure([write_good, *(str(f.relative_to(cwd)) for f in files)], cwd) if Path(write_good).exists() else None
    return found


def write_rows(files: list[Path], path: Path) -> None:
    """The generated entries as `erasl batch` rows: one applicant per folder of ten, rows together."""
    with path.open("w", encoding="utf-8") as out:
        for file in files:
            out.write(json.dumps({"id": file.stem, "applicant": file.parent.name,
                                  "text": file.read_text(encoding="utf-8")}) + "\n")


DASK_CLIENT = """
import json, resource, subprocess, sys, time
from distributed import Client, LocalCluster
workers, command = int(sys.argv[1]), sys.argv[2:]
with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                  silence_logs=50) as cluster, Client(cluster) as client:
    cpu = lambda: (lambda u: u.ru_utime + u.ru_stime)(resource.getrusage(resource.RUSAGE_SELF))
    before = client.run(cpu)
    start = time.perf_counter()
    subprocess.run([*command, "--dask", cluster.scheduler_address], stdout=subprocess.DEVNULL, check=False)
    elapsed = time.perf_counter() - start
    after = client.run(cpu)
    peaks = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
    print(json.dumps({"wall": elapsed, "worker_cpu": sum(after[w] - before[w] for w in after),
                      "worker_peak_mb": max(peaks.values())}))
"""


def dask_run(rows: Path, workers: int, cwd: Path) -> dict | None:
    """`erasl batch --dask` on a LocalCluster of `workers` single-threaded processes (None without dask)."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        return None
    out = subprocess.run([PYTHON, "-c", DASK_CLIENT, str(workers), *ERASL, "batch", "--isolated", str(rows)],
                         cwd=cwd, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def cached_rerun(command: list[str], work: Path, repeat: int) -> Timing:
    """A fully cached re-run: fill the cache once, then time the same command."""
    shutil.rmtree(work / ".erasl_cache", ignore_errors=True)
    subprocess.run(command, cwd=work, capture_output=True)
    return measure(command, work, repeat)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing; the best CPU and wall time are kept")
    parser.add_argument("--dask", action="store_true", help="also time `erasl batch --dask` on 1 and 2 local workers")
    parser.add_argument("--skip-peers", action="store_true", help="leave out proselint and write-good")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="erasl-bench-"))
    files = generate(args.entries, work / "entries")
    flat = work / "flat"  # the same texts, all in one folder: one application of N entries
    flat.mkdir()
    for file in files:
        shutil.copy(file, flat / file.name)
    one = work / "one" / "entry.md"
    one.parent.mkdir()
    one.write_text(next(p for p in files if 550 <= len(p.read_text()) <= 750).read_text(), encoding="utf-8")
    rows = work / "rows.jsonl"
    write_rows(files, rows)
    rel = [str(p.relative_to(work)) for p in files]
    applicants = sorted({str(p.parent.relative_to(work)) for p in files})
    n = args.entries
    by_applicant = f"{n // 10} applicants x 10"
    in_one = f"{n:,} entries in one folder"
    check = [*ERASL, "check", "--isolated", "--format", "json"]
    rows_out = []  # (scenario, layout, erasl Timing, baseline Timing or None, baseline name)

    floor = measure([PYTHON, "-c", FLOOR_SCRIPT, *rel], work, args.repeat)
    grouped = measure([*check, "--no-cache", "--jobs", "1", *applicants], work, args.repeat)
    rows_out.append(("check, 1 process", by_applicant, grouped, floor, "floor"))
    single = measure([*check, "--no-cache", "--jobs", "1", "flat"], work, args.repeat)
    rows_out.append(("check, 1 process", in_one, single, floor, "floor"))
    batch = measure([*ERASL, "batch", "--isolated", "rows.jsonl"], work, args.repeat)
    rows_out.append(("batch rows.jsonl, 1 process", by_applicant, batch, floor, "floor"))
    jobs = measure([*check, "--no-cache", "--jobs", "2", *applicants], work, args.repeat)
    rows_out.append(("check, --jobs 2 (wall time counts here)", by_applicant, jobs, floor, "floor"))
    rows_out.append(("check, all cached", by_applicant,
                     cached_rerun([*check, "--jobs", "1", *applicants], work, args.repeat), grouped, "uncached run"))
    rows_out.append(("check, all cached", in_one,
                     cached_rerun([*check, "--jobs", "1", "flat"], work, args.repeat), single, "uncached run"))
    floor_one = measure([PYTHON, "-c", FLOOR_SCRIPT, "one/entry.md"], work, args.repeat + 2)
    erasl_one = measure([*ERASL, "check", "--isolated", "--no-cache", "one/entry.md"], work, args.repeat + 2)
    rows_out.append(("check one entry, cold", "1 entry", erasl_one, floor_one, "floor"))
    version = measure([*ERASL, "--version"], work, 5)
    help_ = measure([*ERASL, "--help"], work, 5)
    installed = shutil.which("erasl") or str(Path(PYTHON).parent / "erasl")
    version_script = measure([installed, "--version"], work, 5) if Path(installed).exists() else None
    median, p95 = editor_latency(one)
    peer = {} if args.skip_peers else peers(files, work)
    dask = {workers: dask_run(rows, workers, work) for workers in (1, 2)} if args.dask else {}

    print(f"\nerasl benchmark: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {platform.system()} {platform.release()}; "
          f"best of {args.repeat} runs each")
    print("| scenario | layout | erasl CPU | baseline CPU | CPU ratio | erasl wall | baseline wall | erasl peak MB | baseline peak MB |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, layout, mine, base, base_name in rows_out:
        print(f"| {name} (baseline: {base_name}) | {layout} | {mine.cpu:.2f} s | {base.cpu:.2f} s | "
              f"{mine.cpu / base.cpu:.3f}x | {mine.wall:.2f} s | {base.wall:.2f} s | {mine.peak} | {base.peak} |")
    for label, timing in (("`python -m erasl --version`", version), ("`python -m erasl --help`", help_),
                          ("`erasl --version` (installed script)", version_script)):
        if timing:
            print(f"| {label} | | {timing.cpu:.3f} s | | | {timing.wall:.3f} s | | {timing.peak} | |")
    print(f"| re-lint one 750-char entry, model loaded | | | | | median {median:.1f} ms, p95 {p95:.1f} ms | | | |")
    for name, result in peer.items():
        if result:
            print(f"| {name} on the same {n} files | | {result.cpu:.2f} s | | | {result.wall:.2f} s | | {result.peak} | |")
        else:
            print(f"| {name} | not installed | | | | | | | |")
    if args.dask:
        print("\n| `erasl batch --dask`, LocalCluster | wall | entries/s | workers' CPU | worker peak MB |")
        print("|---|---|---|---|---|")
        print(f"| 1 process, no Dask | {batch.wall:.2f} s | {n / batch.wall:.0f} | {batch.cpu:.2f} s | {batch.peak} |")
        for workers, result in dask.items():
            if result is None:
                print(f"| {workers} workers | dask.distributed not installed | | | |")
                continue
            print(f"| {workers} worker{'s' if workers > 1 else ''} | {result['wall']:.2f} s | "
                  f"{n / result['wall']:.0f} | {result['worker_cpu']:.2f} s | {result['worker_peak_mb']} |")
    print("\nCPU spread (every run, s): " + "; ".join(
        f"{name} [{layout}]: " + ", ".join(f"{c:.2f}" for c in mine.runs) for name, layout, mine, _, _ in rows_out))
    print("floor: " + ", ".join(f"{c:.2f}" for c in floor.runs))
    print("\nThe floor is a bare process that imports spaCy, loads the same model without ner (as erasl does) and "
          "runs nlp.pipe over the same texts; a cached row's baseline is the uncached run of the same layout. "
          "CPU time counts the process and its children; on a shared machine it is steadier than wall time.")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
