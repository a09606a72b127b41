"""How well G101 (unidiomatic wording) finds translated English, and leaves correct English alone.

    python bench/idiom.py corpus/idiom/blind1.tsv            # precision and recall, recall per first language
    python bench/idiom.py corpus/idiom/blind1.tsv --errors   # also list every miss and false alarm

The TSV has a header and the columns id, sentence, unidiomatic (1/0), fix, l1, source. A sentence
counts as flagged when G101 raises anything on it. Each row's `fix` (the sentence as an advisor
corrected it) is scored too, as one more sentence that must not be flagged: a rule that flags the
corrected wording has learnt a topic, not the error.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def read_rows(path: Path) -> list[dict]:
    """The labelled sentences; a row without a sentence or a 0/1 label is a one-line error."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    for number, row in enumerate(rows, start=2):
        if row.get("unidiomatic") not in ("0", "1") or not row.get("sentence"):
            raise SystemExit(f"{path}:{number}: need id, sentence, unidiomatic (0/1), fix, l1 columns")
    return rows


def flagged(sentences: list[str]) -> list[bool]:
    """Whether G101 raises anything on each sentence (one spaCy pass over all of them)."""
    import erasl
    from erasl.config import Settings

    found = erasl.lint_texts(sentences, kind="experience", settings=Settings(select=["G101"]))
    return [any(d.code == "G101" for d in diagnostics) for diagnostics in found]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tsv", type=Path)
    parser.add_argument("--errors", action="store_true", help="list every miss and false alarm")
    args = parser.parse_args(argv)
    if not args.tsv.is_file():
        raise SystemExit(f"{args.tsv}: no such file")
    rows = read_rows(args.tsv)
    fixes = [row for row in rows if row["unidiomatic"] == "1" and (row.get("fix") or "").strip()]
    verdicts = flagged([row["sentence"] for row in rows] + [row["fix"] for row in fixes])
    on_rows, on_fixes = verdicts[:len(rows)], verdicts[len(rows):]
    positives = [row for row in rows if row["unidiomatic"] == "1"]
    found = [row for row, hit in zip(rows, on_rows) if hit and row["unidiomatic"] == "1"]
    false_alarms = [row for row, hit in zip(rows, on_rows) if hit and row["unidiomatic"] == "0"]
    flagged_fixes = [row for row, hit in zip(fixes, on_fixes) if hit]
    predicted = len(found) + len(false_alarms)
    precision = len(found) / predicted if predicted else 0.0
    recall = len(found) / len(positives) if positives else 0.0
    negatives = len(rows) - len(positives)
    print(f"{args.tsv}: {len(rows)} sentences, {len(positives)} unidiomatic")
    print(f"precision {precision:.3f}  recall {recall:.3f}  "
          f"false alarms {len(false_alarms)}/{negatives} ({len(false_alarms) / negatives if negatives else 0:.3f})")
    print(f"corrected sentences still flagged: {len(flagged_fixes)}/{len(fixes)}")
    by_l1, hit_l1 = Counter(row.get("l1", "") for row in positives), Counter(row.get("l1", "") for row in found)
    print("recall by first language: " + ", ".join(f"{l1} {hit_l1[l1]}/{n}" for l1, n in by_l1.most_common()))
    if args.errors:
        for row, hit in zip(rows, on_rows):
            if hit != (row["unidiomatic"] == "1"):
                print(f"{'MISS' if not hit else 'FALSE'}\t{row['id']}\t{row['sentence']}")
        for row in flagged_fixes:
            print(f"FIXED-FLAGGED\t{row['id']}\t{row['fix']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
