"""The result cache: same answers, no spaCy on a fully cached run, and never a crash."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from erasl.cache import CACHE_DIR_NAME
from erasl.cli import main

BAD = "I observed patient care and gained valuable experience.\n"


def check(*args):
    return CliRunner().invoke(main, ["check", "--isolated", "--format", "json", *args])


@pytest.fixture
def drafts(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.md").write_text(BAD)
    (tmp_path / "drafts" / "b.md").write_text("Followed 4 patients daily on a 4-week inpatient rotation.\n")
    return tmp_path


def test_second_run_gives_the_same_result_from_the_cache(drafts):
    first = check("drafts")
    assert list((drafts / CACHE_DIR_NAME).rglob("*.json")), "first run stores results"
    second = check("drafts")
    assert second.exit_code == first.exit_code == 1
    assert json.loads(second.stdout) == json.loads(first.stdout)
    assert (drafts / CACHE_DIR_NAME / ".gitignore").read_text().strip().endswith("*")


def test_a_changed_draft_is_linted_again(drafts):
    check("drafts")
    (drafts / "drafts" / "a.md").write_text("Followed 6 patients daily on a 4-week inpatient rotation.\n")
    result = check("drafts")
    assert result.exit_code == 0, result.stdout


def test_no_cache_writes_nothing(drafts):
    check("--no-cache", "drafts")
    assert not (drafts / CACHE_DIR_NAME).exists()


def test_damaged_cache_is_ignored_with_a_note(drafts):
    first = check("drafts")
    for entry in (drafts / CACHE_DIR_NAME).rglob("*.json"):
        entry.write_text("{not json")
    result = check("drafts")
    assert json.loads(result.stdout)["diagnostics"] == json.loads(first.stdout)["diagnostics"]
    assert "damaged cache entry" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to a read-only folder")
def test_unwritable_cache_is_a_note_not_a_crash(drafts):
    (drafts / CACHE_DIR_NAME).mkdir()
    (drafts / CACHE_DIR_NAME).chmod(0o500)
    try:
        result = check("drafts")
    finally:
        (drafts / CACHE_DIR_NAME).chmod(0o700)
    assert result.exit_code == 1
    assert "cannot write the cache" in result.stderr


def test_unwritable_cache_location_is_a_note_not_a_crash(drafts):
    (drafts / CACHE_DIR_NAME).write_text("a file where the cache folder should be")
    result = check("drafts")
    assert result.exit_code == 1
    assert "cannot write the cache" in result.stderr and "Traceback" not in result.stderr


def test_fully_cached_run_does_not_import_spacy(drafts):
    script = (
        "import sys\n"
        "from erasl.cli import main\n"
        "try:\n    main(['check', '--isolated', '--format', 'concise', 'drafts'])\n"
        "except SystemExit:\n    pass\n"
        "print('SPACY_IMPORTED' if 'spacy' in sys.modules else 'NO_SPACY', file=sys.stderr)\n"
    )
    run = lambda: subprocess.run([sys.executable, "-c", script], cwd=drafts, capture_output=True, text=True, timeout=120)  # noqa: E731
    first, second = run(), run()
    assert "SPACY_IMPORTED" in first.stderr
    assert "NO_SPACY" in second.stderr, second.stderr
    assert first.stdout == second.stdout and "[F101]" in second.stdout


# --- hostile and stale caches ----------------------------------------------------------------

def diagnostics_of(result):
    return [(d["path"], d["code"], d["line"], d["column"]) for d in json.loads(result.stdout)["diagnostics"]]


@pytest.mark.parametrize("names", [("drafts/a.md", "drafts/a.md"), ("drafts", "drafts/a.md"),
                                   ("drafts/a.md", "./drafts/a.md")])
def test_a_draft_named_twice_is_read_once_and_never_doubles(drafts, names):
    alone = diagnostics_of(check("--no-cache", "drafts/a.md"))
    for _ in range(3):  # the first run stores, the later ones read back
        result = check(*names)
        assert [(code, line, column) for path, code, line, column in diagnostics_of(result)
                if path.endswith("a.md")] == [(code, line, column) for _, code, line, column in alone]


def test_the_month_is_part_of_the_key(drafts):
    """T101 compares an entry's end date with this month: results from another month are not reused."""
    from datetime import date

    from erasl.cache import _fingerprint
    from erasl.config import Settings
    from erasl.registry import load_rules

    rules = load_rules()
    june, late_june, july = date(2026, 6, 1), date(2026, 6, 30), date(2026, 7, 1)
    assert _fingerprint(Settings(), rules, june) == _fingerprint(Settings(), rules, late_june)
    assert _fingerprint(Settings(), rules, june) != _fingerprint(Settings(), rules, july)


def test_the_model_and_readers_are_part_of_the_key(drafts, monkeypatch):
    import erasl.cache as cache
    from erasl.config import Settings
    from erasl.registry import load_rules

    rules = load_rules()
    before = cache._fingerprint(Settings(), rules)
    monkeypatch.setattr(cache, "_model_identity", lambda configured: "another-model:0")
    assert cache._fingerprint(Settings(), rules) != before
    monkeypatch.undo()
    real_version = cache._version
    monkeypatch.setattr(cache, "_version", lambda name: "9.9" if name == "spacy" else real_version(name))
    assert cache._fingerprint(Settings(), rules) != before


POISONS = {
    "diagnostics is text": lambda entry: {**entry, "diagnostics": "abc"},
    "diagnostics is a mapping": lambda entry: {**entry, "diagnostics": {}},
    "a list of numbers": lambda entry: [1, 2, 3],
    "null": lambda entry: None,
    "records of the wrong shape": lambda entry: {**entry, "diagnostics": [{"code": 1}]},
    "an old entry with no checksum": lambda entry: {"diagnostics": entry["diagnostics"]},
    "lines shifted by hand": lambda entry: {**entry, "diagnostics": [
        {**record, "line": record["line"] + 3} for record in entry["diagnostics"]]},
    "an emptied list": lambda entry: {**entry, "diagnostics": []},
    "another draft's entry": lambda entry: {**entry, "key": "0" * 64},
    "deeply nested": lambda entry: "[" * 100_000,
}


@pytest.mark.parametrize("poison", sorted(POISONS))
def test_a_poisoned_cache_entry_is_a_miss_never_a_crash_or_a_wrong_result(drafts, poison):
    first = check("drafts")
    # the drafts' results (other modules keep small values beside them, e.g. near-duplicate signatures)
    entries = [entry for entry in (drafts / CACHE_DIR_NAME).rglob("*.json")
               if "diagnostics" in json.loads(entry.read_text())]
    assert entries
    for entry in entries:
        stored = json.loads(entry.read_text())
        poisoned = POISONS[poison](stored)
        entry.write_text(poisoned if isinstance(poisoned, str) else json.dumps(poisoned))
    result = check("drafts")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert diagnostics_of(result) == diagnostics_of(first)
    assert "damaged cache entry" in result.stderr
    assert diagnostics_of(check("drafts")) == diagnostics_of(first), "the entry was rewritten sound"


def test_a_sound_entry_with_positions_beyond_the_draft_is_a_miss(drafts):
    """Even with a matching checksum, a result must fit the draft it is used for."""
    from erasl.cache import ResultCache, _digest, diagnostic_to_record
    from erasl.diagnostics import Diagnostic, Severity
    from erasl.document import SourceFile

    cache = ResultCache(drafts / CACHE_DIR_NAME, "fingerprint")
    source = SourceFile("drafts/a.md", BAD)
    outside = Diagnostic("F101", "filler", Severity.WARNING, "m", 0, 5, path="drafts/a.md",
                         line=9, column=1, end_line=9, end_column=6, source_start=500, source_end=505)
    cache.store("k" * 64, [outside])
    assert cache.load("k" * 64, source) is None and "outside the draft" in cache.notes[-1]
    other = Diagnostic("F101", "filler", Severity.WARNING, "m", 0, 5, path="drafts/b.md",
                       line=1, column=1, end_line=1, end_column=6, source_start=0, source_end=5)
    cache.store("j" * 64, [other])
    assert cache.load("j" * 64, source) is None and "another file" in cache.notes[-1]
    record = diagnostic_to_record(other)
    assert _digest([record]) == _digest([dict(record)])
