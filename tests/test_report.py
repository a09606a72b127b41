"""`erasl report` on the sample application: the summary a user reads, the JSON, and the HTML page's content."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from erasl.cli import main

SAMPLE = Path(__file__).resolve().parent.parent / "corpus" / "application"


def run(*args: str):
    return CliRunner().invoke(main, ["report", *args])


@pytest.fixture(scope="module")
def summary_text() -> str:
    result = run(str(SAMPLE))
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def payload() -> dict:
    result = run(str(SAMPLE), "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_summary_uses_the_config_beside_the_drafts(summary_text):
    assert summary_text.splitlines()[0] == f"Application: {SAMPLE}  (target: internal medicine)"


def test_summary_structure(summary_text):
    assert "Experiences          10 of 10" in summary_text
    assert "Most meaningful      3 of 3, each linked to its experience" in summary_text
    assert re.search(r"Personal statement   [\d,]+ of 28,000 characters", summary_text)


def test_summary_usce_weeks_by_type_specialty_and_alignment(summary_text):
    assert "US clinical experience (USCE): 26 weeks in 6 entries" in summary_text
    assert "Aligned with internal medicine: 24 weeks (92%): 16 in internal medicine, 8 in related fields" in summary_text
    assert "By type:        observership 10 · externship 8 · clerkship 4 · tele-rotation 4" in summary_text
    assert "By specialty:   internal medicine 16 · cardiology 4 · nephrology 4 · psychiatry 2" in summary_text
    assert "By strength:    very strong 4 · strong 8 · moderate 10 · weak 4" in summary_text


def test_summary_time(summary_text):
    assert "Most recent clinical work: Free Clinic Volunteer (ongoing)" in summary_text
    assert "Most recent USCE:          Consultation-Liaison Psychiatry Observership (ended 2024-08)" in summary_text
    assert "Gap with no clinical work: 10 months from 2023-03, after House Officer, Rotating Internship" in summary_text


def test_summary_lists_every_entry_and_the_cross_entry_findings(summary_text):
    rows = [line for line in summary_text.splitlines() if re.match(r"^\s+\d+  ", line)]
    assert len(rows) == 14  # 10 experiences, the personal statement, 3 reflections
    clerkship = next(row for row in rows if "Internal Medicine Elective Clerkship" in row)
    assert re.search(r"clerkship\s+very strong\s+4\s+10/10\s+-$", clerkship)
    assert "A201 note" in summary_text and "A401 warning" in summary_text
    problems = next(line for line in summary_text.splitlines() if line.startswith("Problems:"))
    assert problems.startswith("Problems: 0 errors, 2 warnings, 3 notes.")
    assert summary_text.index("Problems:") < summary_text.index("Next steps")  # next steps end the report


def test_json_summary_and_entries(payload):
    app = payload["application"]
    assert payload["version"] == 1
    assert app["experiences"] == {"count": 10, "max": 10}
    assert app["meaningful"] == {"count": 3, "max": 3, "linked": 3}
    assert app["usce"]["weeks"] == 26 and app["usce"]["aligned_share"] == 0.92
    assert app["gaps"] == [{"from": "2023-03", "months": 10, "before": "House Officer, Rotating Internship",
                            "after": "Internal Medicine Observership"}]
    assert [(d["first"], d["second"]) for d in app["duplicates"]] == [
        ("Internal Medicine Observership", "Nephrology Observership")]
    entries = {entry["title"]: entry for entry in payload["entries"]}
    tele = entries["Cardiology Tele-Rotation"]
    assert tele["tier"]["label"] == "weak" and tele["alignment"] == "related"
    assert [d["code"] for d in tele["diagnostics"]] == ["U102"]
    assert {c["key"] for c in tele["scorecard"]["criteria"]} == {"teaching", "hands-on", "alignment", "letter", "documentation"}
    assert entries["Owning my patients"]["experience"] == "Internal Medicine Externship"
    assert entries["Internal Medicine Externship"]["reflection"] == "Owning my patients"
    assert entries["Heart Failure Readmissions Study"]["scorecard"] is None  # research is not clinical
    assert sorted(d["code"] for d in payload["diagnostics"]) == ["A201", "A401", "S201", "T101", "U102"]


def test_observer_only_observership_scores_no_hands_on_work(tmp_path):
    (tmp_path / "obs.md").write_text(
        "## Internal Medicine Observership\n---\ntype: observership\nstart: 2024-01\nend: 2024-01\n---\n"
        "Observed the attending on rounds for 4 weeks and attended morning report at a teaching hospital.\n")
    payload = json.loads(run("--isolated", "--format", "json", str(tmp_path)).stdout)
    entry = payload["entries"][0]
    hands_on = next(c for c in entry["scorecard"]["criteria"] if c["key"] == "hands-on")
    assert hands_on["score"] == 0 and "only observer verbs" in hands_on["reason"]
    assert "U101" in [d["code"] for d in entry["diagnostics"]]


def test_target_specialty_option_overrides_the_config(payload):
    result = run(str(SAMPLE), "--target-specialty", "psychiatry", "--format", "json")
    app = json.loads(result.stdout)["application"]
    assert app["target_specialty"] == "psychiatry" and app["usce"]["aligned_weeks"] == 2


def test_unknown_target_specialty_is_a_note_not_a_failure(tmp_path):
    (tmp_path / "a.md").write_text("## Radiation Oncology Observership\nFour-week observership; took 2 histories a day.\n")
    result = CliRunner().invoke(main, ["report", "--isolated", "--target-specialty", "space medicine", str(tmp_path)])
    assert result.exit_code == 0
    assert "is not a specialty erasl knows" in result.stderr


def test_missing_input_exits_2(tmp_path):
    result = run("--isolated", str(tmp_path / "nothing"))
    assert result.exit_code == 2 and "no such file or folder" in result.stderr


def test_html_is_one_self_contained_file(tmp_path):
    page = tmp_path / "report.html"
    result = run(str(SAMPLE), "--html", str(page))
    assert result.exit_code == 0 and f"wrote {page}" in result.stderr
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html.lower()
    assert not re.search(r"""(?:src|href)\s*=\s*["'](?:https?:)?//""", html), "nothing may be fetched"
    assert "@import" not in html and "url(" not in html
    assert html.count('<article class="entry') == 14
    assert 'name="viewport"' in html and "@media print" in html
    # a problem span is highlighted in the text, numbered like its finding
    assert '<mark class="warning">Lead</mark><sup class="ref">1</sup>' in html


def test_installed_command_writes_the_report(tmp_path):
    import shutil
    import subprocess
    import sys

    erasl = shutil.which("erasl", path=str(Path(sys.executable).parent))
    if erasl is None:
        pytest.skip("the erasl command is not installed in this environment")
    page = tmp_path / "r.html"
    done = subprocess.run([erasl, "report", str(SAMPLE), "--html", str(page)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "US clinical experience (USCE): 26 weeks" in done.stdout and page.stat().st_size > 20_000
