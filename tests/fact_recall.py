"""How many of the facts listed by hand in corpus/expected-facts.toml the extractor recovers.

Run: .venv/bin/python -m tests.fact_recall   (prints recall per kind of fact and every miss)
The test suite (tests/test_rewrite.py) keeps recall above a floor.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
EXPECTED = tomllib.loads((CORPUS / "expected-facts.toml").read_text(encoding="utf-8"))
_NUMBER = re.compile(r"(?<![\w-])\d(?:[\d,]*\d)?(?:\.\d+)?%?")
_YEAR = re.compile(r"^(19|20)\d\d$")


def measure(linter=None) -> dict[str, tuple[int, int, list[str]]]:
    """kind of fact -> (recovered, expected, misses), over every better draft listed."""
    from erasl.config import Settings
    from erasl.engine import Linter
    from erasl.facts import FactExtractor

    linter = linter or Linter(Settings())
    report = linter.lint_paths([str(CORPUS / name) for name in EXPECTED], keep_parses=True)
    extractor = FactExtractor(linter.nlp, linter.ruleset)
    totals = {kind: [0, 0, []] for kind in ("durations", "specialty", "settings", "counts")}
    for document in report.documents:
        name = Path(document.source.path).relative_to(CORPUS).as_posix()
        expected = EXPECTED[name]
        entry = document.entries[0]
        facts = extractor.extract(entry, report.parses[(entry.path, entry.index)])
        durations = [d.text.lower() for d in facts.durations]
        for item in expected["durations"]:
            found = any(item.lower() in d or d in item.lower() for d in durations)
            _tally(totals["durations"], found, f"{name}: duration {item!r}")
        if expected["specialty"]:
            _tally(totals["specialty"], facts.specialty == expected["specialty"],
                   f"{name}: specialty {expected['specialty']!r} (got {facts.specialty!r})")
        settings = [s.text.lower() for s in facts.settings] + [(s.value or "").lower() for s in facts.settings]
        for item in expected["settings"]:
            found = any(item.lower() in s or (s and s in item.lower()) for s in settings)
            _tally(totals["settings"], found, f"{name}: setting {item!r}")
        spans = [(f.start, f.end) for f in facts.counts + facts.durations if f.start is not None]
        for match in _NUMBER.finditer(entry.text):
            if _YEAR.match(match.group(0)):
                continue
            found = any(start <= match.start() and match.end() <= end for start, end in spans)
            _tally(totals["counts"], found, f"{name}: number {match.group(0)!r} in "
                                            f"{entry.text[max(0, match.start() - 20):match.end() + 20]!r}")
    return {kind: (values[0], values[1], values[2]) for kind, values in totals.items()}


def _tally(total: list, found: bool, miss: str) -> None:
    total[1] += 1
    if found:
        total[0] += 1
    else:
        total[2].append(miss)


if __name__ == "__main__":
    results = measure()
    for kind, (recovered, expected, misses) in results.items():
        print(f"{kind:10} {recovered:3}/{expected:<3} {100 * recovered / expected:5.1f}%")
    overall = sum(r for r, _, _ in results.values()), sum(e for _, e, _ in results.values())
    print(f"{'all':10} {overall[0]:3}/{overall[1]:<3} {100 * overall[0] / overall[1]:5.1f}%")
    for kind, (_, _, misses) in results.items():
        for miss in misses:
            print(f"  missed {miss}")
