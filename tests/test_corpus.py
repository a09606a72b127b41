"""The corpus as golden tests: each bad draft raises exactly its expected codes; each better draft is clean.

`corpus/expected.toml` lists, for every *.bad.md, the codes it must raise. A bad
draft must raise all of them and no other warning or error (notes are only
checked when listed); a better draft must raise no warning or error at all.
`missed` lists codes an advisor would raise that erasl is known to miss; the
test fails when one starts firing, so the entry gets moved to `codes`.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import erasl
from erasl.config import Settings
from erasl.diagnostics import Severity

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
EXPECTED = tomllib.loads((CORPUS / "expected.toml").read_text(encoding="utf-8"))
# The bad/better pairs only: corpus/application/ is one whole application with tests of its own.
DRAFTS = sorted(p.relative_to(CORPUS).as_posix() for pattern in ("*.bad.md", "*.better.md") for p in CORPUS.rglob(pattern))


@pytest.fixture(scope="module")
def results() -> dict[str, list]:
    """Every corpus draft in one run, as a user would lint the folder."""
    texts = [(CORPUS / name).read_text(encoding="utf-8") for name in DRAFTS]
    # Many applicants' drafts, not one application: the cross-entry (A) rules are tested on corpus/application.
    found = erasl.lint_texts(texts, settings=Settings(ignore=["A"]), paths=DRAFTS)
    return dict(zip(DRAFTS, found))


def test_corpus_is_big_enough():
    bad = [name for name in DRAFTS if name.endswith(".bad.md")]
    pairs = [name for name in bad if name.replace(".bad.md", ".better.md") in DRAFTS]
    assert len([p for p in pairs if p.startswith("experience/")]) >= 30
    assert len([p for p in pairs if p.startswith("personal-statement/")]) >= 8
    assert sorted(EXPECTED) == sorted(bad), "every bad draft needs an entry in corpus/expected.toml"


@pytest.mark.parametrize("name", [n for n in DRAFTS if n.endswith(".bad.md")])
def test_bad_draft_raises_exactly_its_expected_codes(results, name):
    expected = set(EXPECTED[name]["codes"])
    raised = {d.code for d in results[name] if d.severity >= Severity.WARNING or d.code in expected}
    assert raised == expected, f"{name}: missing {sorted(expected - raised)}, unexpected {sorted(raised - expected)}"
    still_missed = set(EXPECTED[name].get("missed", []))
    assert not still_missed & {d.code for d in results[name]}, f"{name}: now raises {still_missed}: move it to codes"


@pytest.mark.parametrize("name", [n for n in DRAFTS if n.endswith(".better.md")])
def test_better_draft_is_clean(results, name):
    problems = [f"{d.code} {d.line}:{d.column} {d.message}" for d in results[name] if d.severity >= Severity.WARNING]
    assert not problems, f"{name}: {problems}"
