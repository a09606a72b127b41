"""`erasl check --write-baseline` / `--baseline`: adopt erasl on old drafts, fail only on new findings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from erasl.cli import main

OLD = "# Drafts\n\n## Clinic\nI gained valuable experience and observed patient care.\n"


@pytest.fixture
def drafts(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "im.md").write_text(OLD, encoding="utf-8")
    return tmp_path / "drafts" / "im.md"


def check(*args: str):
    return CliRunner().invoke(main, ["check", "--isolated", "--no-cache", "--select", "F101,V102", *args])


def test_a_baseline_hides_old_findings_wherever_they_move_and_fails_on_new_ones(drafts):
    written = check("--write-baseline", "baseline.json", "drafts")
    assert written.exit_code == 0 and written.stdout == ""
    assert "wrote 2 findings to baseline.json" in written.stderr
    recorded = json.loads(Path("baseline.json").read_text(encoding="utf-8"))
    assert {(f["path"], f["code"], f["text"]) for f in recorded["findings"]} == {
        ("drafts/im.md", "F101", "gained valuable experience"), ("drafts/im.md", "V102", "observed")}

    clean = check("--baseline", "baseline.json", "drafts", "--format", "concise")
    assert clean.exit_code == 0 and clean.stdout == ""
    assert "2 findings in the baseline baseline.json not shown" in clean.stderr

    # A paragraph above moves the old findings down; they stay old. A second copy of the filler is new.
    drafts.write_text(OLD.replace("## Clinic\n", "## Clinic\nFollowed 4 patients daily.\n\n")
                      + "Then I gained  valuable\nexperience again.\n", encoding="utf-8")
    found = check("--baseline", "baseline.json", "drafts", "--format", "json")
    assert found.exit_code == 1
    new = json.loads(found.stdout)["diagnostics"]
    assert [(d["code"], d["line"]) for d in new] == [("F101", 7)]  # the copy, not the original on line 6


def test_sarif_marks_new_and_unchanged_results(drafts):
    check("--write-baseline", "baseline.json", "drafts")
    drafts.write_text(OLD + "I observed again.\n", encoding="utf-8")
    result = check("--baseline", "baseline.json", "drafts", "--format", "sarif")
    assert result.exit_code == 1
    states = [(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"], r["baselineState"])
              for r in json.loads(result.stdout)["runs"][0]["results"]]
    assert sorted(states) == [("F101", 4, "unchanged"), ("V102", 4, "unchanged"), ("V102", 5, "new")]


def test_without_a_baseline_sarif_has_no_baseline_state(drafts):
    result = check("drafts", "--format", "sarif")
    assert all("baselineState" not in r for r in json.loads(result.stdout)["runs"][0]["results"])


@pytest.mark.parametrize("content, message", [
    (None, "no such baseline file (make one with `erasl check --write-baseline"),
    ("{not json", "not an erasl baseline (invalid JSON at line 1)"),
    ('{"findings": []}', "not an erasl baseline (written by `erasl check --write-baseline`"),
    ('{"erasl_baseline": 1, "findings": [{"path": "x.md"}]}', 'finding 1 needs "path", "code" and "fingerprint"'),
])
def test_a_bad_baseline_file_is_one_line_and_exit_2(drafts, content, message):
    if content is not None:
        Path("baseline.json").write_text(content, encoding="utf-8")
    result = check("--baseline", "baseline.json", "drafts")
    assert result.exit_code == 2
    assert result.stderr.startswith("erasl: error: baseline.json: ") and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_write_baseline_refuses_options_it_cannot_honour(drafts):
    result = check("--write-baseline", "b.json", "--fix", "drafts")
    assert result.exit_code == 2 and "cannot be combined" in result.stderr
    assert not Path("b.json").exists()
