"""Applications as applicants and advisors keep them, through the CLI: one folder per applicant, Word
drafts, statements named the way Word names them, dates written in the text, and the advisor's view."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from erasl.cli import main

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "advisor"
OVER_LONG_STATEMENT = (
    "I decided on internal medicine during a night on call, when I followed a patient whose sodium kept falling. "
) * 13  # 1,300+ characters: over the 750-character Experiences box


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def this_month() -> int:
    today = date.today()
    return today.year * 12 + today.month - 1


def rotation(number: int, specialty: str, start: str) -> str:
    return (f"## {specialty.title()} Rotation {number}\n---\ntype: clerkship\nspecialty: {specialty}\nstart: {start}\n"
            f"end: {start}\n---\n4-week {specialty} clerkship number {number} at Mercy Hospital, Ohio: followed "
            f"{number + 2} patients daily on the teaching service, and case {number * 7} taught me "
            f"{['triage', 'handoffs', 'consent', 'dosing', 'sepsis', 'delirium', 'falls', 'pain'][number % 8]}.\n")


@pytest.fixture
def advisor(tmp_path) -> Path:
    """advisor/: three applicants, 8 experiences each (24 in all), each folder with its own erasl.toml."""
    root = tmp_path / "advisor"
    for name, specialty, folder_target in (("ana", "internal medicine", "internal medicine"),
                                           ("bo", "psychiatry", "psychiatry"),
                                           ("cy", "pediatrics", "general surgery")):
        folder = root / name
        folder.mkdir(parents=True)
        (folder / "erasl.toml").write_text(f'target-specialty = "{folder_target}"\n')
        months = ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08"]
        (folder / "experiences.md").write_text("\n".join(rotation(i, specialty, month) for i, month in enumerate(months)))
    # One applicant's long job would close another's gap if the two were added up.
    (root / "bo" / "experiences.md").write_text(
        rotation(1, "psychiatry", "2022-01") + "\n" + rotation(2, "psychiatry", "2025-06"))
    (root / "ana" / "job.md").write_text(
        "---\ntype: work\nstart: 2022-01\nend: 2025-06\n---\nFull-time hospitalist assistant at Mercy Hospital, "
        "Ohio: admitted 6 patients per shift with the attending.\n")
    return root


def check_json(*args: str) -> dict:
    result = run("check", "--no-cache", "--format", "json", *args)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


# --- application roots ---------------------------------------------------------------------

def test_an_advisor_folder_is_one_application_per_applicant(advisor):
    payload = check_json(str(advisor))
    codes = [d["code"] for d in payload["diagnostics"]]
    assert "A101" not in codes  # 8 + 2 + 8 experiences, never "11 of 18"
    for duplicate in (d for d in payload["diagnostics"] if d["code"] == "A401"):
        assert Path(duplicate["path"]).parent.name in duplicate["message"]  # never across two applicants
    gaps = [d for d in payload["diagnostics"] if d["code"] == "A201"]
    assert [Path(d["path"]).parent.name for d in gaps] == ["bo"]  # ana's job does not close bo's gap
    # each folder's own erasl.toml applies to its files: cy's pediatrics rotations are off-target for surgery
    s201 = {Path(d["path"]).parent.name for d in payload["diagnostics"] if d["code"] == "S201"}
    assert s201 == {"cy"}


def test_the_same_folder_read_without_its_configs_is_one_application(advisor):
    payload = check_json("--isolated", "--select", "A101", str(advisor))
    assert [d["message"] for d in payload["diagnostics"]] == ["Experience 11 of 19: ERAS takes at most 10."]


def test_applications_glob_in_a_parent_config_names_the_roots(advisor):
    for config in advisor.glob("*/erasl.toml"):
        config.unlink()
    (advisor / "erasl.toml").write_text('applications = ["*"]\ntarget-specialty = "psychiatry"\n')
    payload = check_json("--select", "A101,S201", str(advisor))
    assert "A101" not in [d["code"] for d in payload["diagnostics"]]
    assert {Path(d["path"]).parent.name for d in payload["diagnostics"]} == {"ana", "cy"}  # the parent's target


def test_each_application_fails_on_its_own_configs_fail_on(tmp_path):
    """An applicant whose erasl.toml says `fail-on = "error"` does not fail the run on warnings;
    a neighbour without one still does, and `--fail-on` on the command line overrides both."""
    advisor = tmp_path / "advisor"
    for name in ("lenient", "strict"):
        (advisor / name).mkdir(parents=True)
        (advisor / name / "observership.md").write_text("I observed patient care and gained valuable experience.\n")
    (advisor / "lenient" / "erasl.toml").write_text('fail-on = "error"\n')
    assert run("check", "--no-cache", str(advisor / "lenient")).exit_code == 0
    assert run("check", "--no-cache", str(advisor)).exit_code == 1  # "strict" fails on warnings
    assert run("check", "--no-cache", "--fail-on", "warning", str(advisor / "lenient")).exit_code == 1


def test_report_on_an_advisor_folder_gives_a_cohort_and_one_report_each(advisor):
    result = run("report", "--format", "json", str(advisor))
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert [row["name"] for row in payload["cohort"]] == ["ana", "bo", "cy"]
    experiences = {row["name"]: row["experiences"] for row in payload["cohort"]}
    assert experiences == {"ana": 9, "bo": 2, "cy": 8}
    assert [app["application"]["experiences"]["count"] for app in payload["applications"]] == [9, 2, 8]
    assert [app["application"]["target_specialty"] for app in payload["applications"]] == [
        "internal medicine", "psychiatry", "general surgery"]
    bo = payload["applications"][1]
    assert [gap["months"] for gap in bo["application"]["gaps"]] == [40]  # Feb 2022 to May 2025
    text = run("report", str(advisor)).stdout
    assert text.startswith("Cohort: 3 applications")
    assert text.count("Experiences          ") == 3 and "Experiences          19" not in text


def test_report_html_one_page_with_an_index_or_one_page_each(advisor, tmp_path):
    page, folder = tmp_path / "cohort.html", tmp_path / "pages"
    result = run("report", str(advisor), "--html", str(page), "--html-dir", str(folder))
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert html.count('class="application"') == 3 and 'href="#ana-top"' in html and 'id="ana-top"' in html
    assert 'id="bo-entry-1"' in html and html.count("<h1>") == 1  # one page, ids unique per applicant
    assert sorted(p.name for p in folder.iterdir()) == ["ana.html", "bo.html", "cy.html", "index.html"]
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert 'href="ana.html"' in index and "<article" not in index
    assert 'href="index.html"' in (folder / "bo.html").read_text(encoding="utf-8")


# --- kinds from what the file is -----------------------------------------------------------

@pytest.mark.parametrize("name", ["Personal Statement.txt", "My Personal Statement.txt", "PS final.txt", "IM PS.txt"])
def test_statements_named_the_way_word_names_them_are_statements(tmp_path, name):
    draft = tmp_path / name
    draft.write_text(OVER_LONG_STATEMENT)
    payload = check_json("--isolated", str(draft))
    assert "L101" not in [d["code"] for d in payload["diagnostics"]]
    assert {d["kind"] for d in payload["diagnostics"]} <= {"personal-statement"}
    assert "750-character" not in json.dumps(payload)


@pytest.mark.parametrize("name, kind", [("Most Meaningful - ICU.txt", "meaningful"), ("impactful essay.md", "impactful"),
                                        ("maps.txt", "experience"), ("psych externship.txt", "experience")])
def test_file_names_are_read_as_words(tmp_path, name, kind):
    draft = tmp_path / name
    draft.write_text("I gained valuable experience.\n")
    payload = check_json("--isolated", str(draft))
    assert {d["kind"] for d in payload["diagnostics"]} == {kind}


def test_an_untyped_file_that_is_clearly_a_statement_is_read_as_one_with_a_note(tmp_path):
    draft = tmp_path / "draft3.txt"
    paragraph = ("I remember the night my grandmother was admitted, and how I sat with her until morning. "
                 "I learned then what I want my own work to be, and I have kept that with me since. ")
    draft.write_text("\n\n".join([paragraph * 3] * 4))
    result = run("check", "--no-cache", "--isolated", "--format", "json", str(draft))
    assert "L101" not in result.stdout
    assert (f"erasl: note: {draft}: read as a personal statement (2,") in result.stderr
    assert "to pin the kind, add front matter `kind: experience`" in result.stderr
    pinned = tmp_path / "pinned.txt"
    pinned.write_text("---\nkind: experience\n---\n" + draft.read_text())
    result = run("check", "--no-cache", "--isolated", "--format", "json", str(pinned))
    assert "L101" in result.stdout and "read as a personal statement" not in result.stderr


# --- Word drafts ---------------------------------------------------------------------------

def word_draft(path: Path, paragraphs: list[str], heading: str | None = None) -> Path:
    import docx

    document = docx.Document()
    if heading:
        document.add_heading(heading, level=2)
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def test_a_word_draft_is_read_one_paragraph_per_line(tmp_path):
    draft = word_draft(tmp_path / "Cardiology Externship.docx",
                       ["", "Hands-on cardiology externship in Ohio for 4 weeks.",
                        "I followed 4 patients daily and gained valuable experience."])
    result = run("check", "--no-cache", "--isolated", "--format", "concise", str(draft))
    assert result.exit_code == 1, result.output
    # F101 is in the third paragraph (line 3), at the character where the words start in Word
    column = "I followed 4 patients daily and gained valuable experience.".index("gained") + 1
    assert f"{draft}:3:{column}: warning: Vague filler" in result.stdout


def test_word_headings_split_entries_and_the_folder_walk_finds_docx(tmp_path):
    folder = tmp_path / "drafts"
    folder.mkdir()
    word_draft(folder / "experiences.docx", ["4-week inpatient rotation in Ohio. Followed 4 patients daily."],
               heading="Internal Medicine Rotation")
    (folder / "~$experiences.docx").write_bytes(b"\x00lock")  # Word's lock file is skipped
    payload = check_json("--isolated", str(folder))
    assert payload["summary"]["files"] == 1 and payload["summary"]["entries"] == 1
    assert {d["entry_title"] for d in payload["diagnostics"]} <= {"Internal Medicine Rotation"}


def test_fix_refuses_a_word_draft(tmp_path):
    draft = word_draft(tmp_path / "entry.docx", ["Followed 4 patients daily \u2014 and wrote notes."])
    before = draft.read_bytes()
    result = run("check", "--no-cache", "--isolated", "--fix", str(draft))
    assert result.exit_code == 2
    assert (f"erasl: error: {draft}: is a Word file: --fix and --diff change only .md and .txt drafts."
            in result.stderr)
    assert draft.read_bytes() == before


def test_a_file_erasl_cannot_read_never_prints_no_problems_found(tmp_path):
    broken = tmp_path / "entry.docx"
    broken.write_bytes(b"PK\x03\x04 not really a Word file")
    result = run("check", "--no-cache", "--isolated", str(broken))
    assert result.exit_code == 2
    assert f"erasl: error: {broken}: is not a Word document erasl can read" in result.stderr
    assert "No problems found" not in result.stdout
    assert result.stdout.startswith("Could not read 1 input (see the error above); nothing found in the 0 entries")


# --- the report reads the shared profile ----------------------------------------------------

def report_json(*args: str) -> dict:
    result = run("report", "--isolated", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_report_reads_dates_and_durations_written_in_the_text(tmp_path):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "externship.md").write_text(
        "## Internal Medicine Externship\nHands-on externship at Mercy Hospital, Ohio, June–August 2025. "
        "Took histories from 3 new patients daily and presented them on rounds.\n")
    (drafts / "clerkship.md").write_text(
        "## Surgery Clerkship\n4-week surgery clerkship at St. Luke's Hospital, Boston, in March 2024. "
        "Followed 4 patients daily.\n")
    entries = {e["title"]: e for e in report_json(str(drafts))["entries"]}
    assert (entries["Internal Medicine Externship"]["start"], entries["Internal Medicine Externship"]["end"]) == (
        "2025-06", "2025-08")
    assert entries["Internal Medicine Externship"]["weeks"] == 13
    assert (entries["Surgery Clerkship"]["start"], entries["Surgery Clerkship"]["weeks"]) == ("2024-03", 4)


def test_an_observership_u101_weighs_as_shadowing_is_labelled_at_that_tier(tmp_path):
    draft = tmp_path / "observership.md"
    draft.write_text("---\ntype: observership\nspecialty: cardiology\n---\n4-week cardiology observership at Mercy "
                     "Hospital, Ohio. Observed the attending on rounds and attended morning report.\n")
    checked = check_json("--isolated", "--select", "U101", str(draft))
    assert [d["code"] for d in checked["diagnostics"]] == ["U101"]
    entry = report_json(str(draft))["entries"][0]
    assert entry["tier"]["name"] == "exposure" and entry["tier"]["label"] == "weak"


# --- what an advisor looks for, and next steps ---------------------------------------------

def test_advisor_findings_are_computed_from_the_drafts(tmp_path):
    shutil.copytree(EXAMPLE, tmp_path / "advisor")
    result = run("report", "--format", "json", str(tmp_path / "advisor"))
    assert result.exit_code == 0, result.output
    apps = {app["paths"][0].split("/")[-1]: app["application"] for app in json.loads(result.stdout)["applications"]}
    ana, bo, cy = apps["ana"], apps["bo"], apps["cy"]
    # recency, relative to the report date
    recent = ana["advisor"]["recency"]["most_recent_usce"]
    assert recent["ended"] == "2026-03" and recent["months_ago"] == this_month() - (2026 * 12 + 2)
    # letters: entries that name a letter or a supervising attending; US, not a weak tier, in the target
    assert (ana["advisor"]["letters"]["us"], ana["advisor"]["letters"]["in_target"]) == (2, 1)
    assert not ana["advisor"]["letters"]["met"]
    assert cy["advisor"]["letters"]["entries"] == []
    # progressive responsibility, overlapping full-time clinical roles, a short statement
    assert ana["advisor"]["progression"]["state"] == "rising" and bo["advisor"]["progression"]["state"] == "falling"
    assert bo["advisor"]["overlaps"] == [{"first": "Psychiatry Externship", "second": "Psychiatry Resident, Karachi",
                                          "months": 3, "from": "2024-06", "to": "2024-08"}]
    assert bo["advisor"]["statement"]["short"] and bo["advisor"]["statement"]["short_below"] == 400
    # next steps, each tied to a finding
    keys = [step["key"] for step in bo["next_steps"]]
    assert keys == ["recency", "letters", "gap", "overlap", "progression", "statement"]
    assert all(step["finding"] and step["step"] for step in bo["next_steps"])
    assert "Book a 4-week inpatient psychiatry rotation" in bo["next_steps"][0]["step"]
    assert [step["key"] for step in ana["next_steps"]] == ["letters", "gap", "observer", "statement"]


def test_next_steps_end_the_text_report(tmp_path):
    shutil.copytree(EXAMPLE / "applicants" / "bo", tmp_path / "bo")
    result = run("report", str(tmp_path / "bo"))
    assert result.exit_code == 0, result.output
    lines = result.stdout.rstrip().splitlines()
    steps = lines.index("Next steps")
    assert lines[steps + 1].startswith("  1. Book a 4-week inpatient psychiatry rotation")
    assert lines[steps + 2].startswith("     Because: no US clinical experience in psychiatry in the last 12 months")
    assert "Overlap: Psychiatry Externship and Psychiatry Resident, Karachi, 3 months" in result.stdout
