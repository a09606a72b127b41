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
