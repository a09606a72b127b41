"""How well P101 (passive voice) finds passives in general English sentences.

    python bench/passive.py                                  # the development set (tests/data/passive_dev.tsv)
    python bench/passive.py corpus/passive/sentences.tsv     # the blind set, once it has landed
    python bench/passive.py FILE.tsv --errors                # also list every miss and false alarm
    python bench/passive.py FILE.tsv --passivepy             # PassivePy on the same sentences, if installed

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


def read_rows(path: Path) -> list[dict]:
    """The labelled sentences; a row missing a column or with a label other than 0/1 is a one-line error."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    for number, row in enumerate(rows, start=2):
        if row.get("passive") not in ("0", "1") or row.get("honour", "0") not in ("0", "1", "") or not row.get("sentence"):
            raise SystemExit(f"{path}:{number}: need id, sentence, passive (0/1), honour (0/1) columns")
    return rows


def erasl_predictions(sentences: list[str]) -> list[bool]:
    """Whether P101 raises anything on each sentence (one spaCy pass over all of them)."""
    import erasl
    from erasl.config import Settings

    found = erasl.lint_texts(sentences, kind="experience", settings=Settings(select=["P101"]))
    return [any(d.code == "P101" for d in diagnostics) for diagnostics in found]


def passivepy_predictions(sentences: list[str]) -> list[bool] | None:
    """PassivePy's verdict per sentence, or None when it (or the spaCy model it loads) is not installed."""
    try:
        from PassivePySrc import PassivePy  # type: ignore[import-not-found]
    except ImportError:
        return None
    try:
        detector = PassivePy.PassivePyAnalysis(spacy_model="en_core_web_sm")
    except (OSError, SystemExit) as error:  # the model is a separate download
        print(f"PassivePy is installed but could not load its model: {error}", file=sys.stderr)
        return None
    return [bool(detector.match_text(sentence)["binary"].iloc[0]) for sentence in sentences]


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
    parser.add_argument("--passivepy", action="store_true", help="also score PassivePy, if installed")
    args = parser.parse_args(argv)
    path = Path(args.tsv)
    if not path.is_file():
        raise SystemExit(f"{path}: no such file")
    rows = read_rows(path)
    sentences = [row["sentence"] for row in rows]
    predicted = erasl_predictions(sentences)
    print(f"{path} ({len(rows)} sentences)")
    print(report("erasl", score(rows, predicted)))
    if args.errors:
        for row, hit in zip(rows, predicted):
            gold = row["passive"] == "1"
            if row.get("honour") == "1":
                if hit:
                    print(f"  honour flagged  {row['id']}: {row['sentence']}")
            elif hit != gold:
                print(f"  {'false alarm' if hit else 'missed':14} {row['id']}: {row['sentence']}")
    if args.passivepy:
        other = passivepy_predictions(sentences)
        if other is None:
            print("PassivePy: not available (pip install passivepy; it also needs a spaCy model download)")
        else:
            print(report("PassivePy", score(rows, other)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
