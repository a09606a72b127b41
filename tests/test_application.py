"""The application as a whole: profiles, links, time, and the cross-entry rules as `erasl check` reports them.

Each cross-entry rule also proves itself on the flag/pass examples in rules/application.toml
(tests/test_rule_examples.py); these tests cover what those cannot: several files read as one
application, the cache, dates, and the profile each rule is built on.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

import erasl
from erasl.application import Application
from erasl.cli import main
from erasl.config import Settings
from erasl.document import PRESENT, SourceFile, read_month, split_entries
from erasl.registry import load_rules

RULES = load_rules()
SAMPLE = Path(__file__).resolve().parent.parent / "corpus" / "application"


def application(text: str, path: str = "drafts.md", target: str | None = None, today=date(2025, 1, 15)):
    from erasl.engine import Linter

    settings = Settings(target_specialty=target)
    document = split_entries(SourceFile(path, text), known_kinds=tuple(RULES.kinds), known_types=RULES.experience_types)
    Linter(settings, today=today).lint_documents([document], parses={})
    return Application.build(document.entries, RULES, settings, today)


def codes(folder: Path, *extra: str) -> list[str]:
    result = CliRunner().invoke(main, ["check", "--isolated", "--no-cache", "--format", "concise", *extra, str(folder)])
    assert result.exit_code in (0, 1), result.output
    return [line.rsplit("[", 1)[1].rstrip("]") for line in result.stdout.splitlines()]


# --- reading dates and durations ------------------------------------------------------

@pytest.mark.parametrize(("value", "expected"), [
    ("2025-06", (2025, 6)), ("2025-06-15", (2025, 6)), ("06/2025", (2025, 6)), ("June 2025", (2025, 6)),
    ("Sept 2023", (2023, 9)), ("summer 2024", (2024, 6)), ("2024", (2024, 1)),
])
def test_metadata_dates_are_read_to_the_month(value, expected):
    month = read_month(value)
    assert (month // 12, month % 12 + 1) == expected


def test_present_and_unreadable_dates():
    assert read_month("present") == PRESENT and read_month("Ongoing") == PRESENT
    assert read_month("next spring") is None and read_month("2025-13") is None


def test_an_unreadable_date_is_a_metadata_warning():
    found = erasl.lint_text("---\nstart: the summer after graduation\n---\nFollowed 4 patients daily.",
                            settings=Settings(select=["E101"]))
    assert [d.code for d in found] == ["E101"] and "not a date erasl reads" in found[0].message


@pytest.mark.parametrize(("text", "weeks"), [
    ("Four-week observership", 4), ("a 4-6 week rotation", 4), ("for 3 months", 3 * 4.35),
    ("over two years", 104), ("3 half-days per week", None), ("a 10-minute talk", None),
])
def test_stated_duration_in_weeks(text, weeks):
    profile = erasl.read_text(text + ".")[0]
    assert profile.weeks == (pytest.approx(weeks) if weeks else None)


# --- profiles ----------------------------------------------------------------------------

def test_type_specialty_and_location_come_from_metadata_then_title_then_text():
    app = application(
        "## Cardiology Tele-Rotation\nInterviewed 5 patients by video over 4 weeks.\n\n"
        "## House Officer\n---\ntype: work\n---\nAdmitted 6 patients a night on the medical wards in Lahore, Pakistan, "
        "for 12 months of internal medicine.\n\n"
        "## Research\n---\ntype: research\nspecialty: IM\n---\nAbstracted 240 charts.\n",
        target="internal medicine")
    tele, officer, research = app.profiles
    assert (tele.experience_type, tele.type_from, tele.specialty, tele.us, tele.tier.label) == (
        "tele-rotation", "title", "cardiology", True, "weak")
    assert (officer.us, officer.tier, officer.clinical, officer.specialty) == (False, None, True, "internal medicine")
    assert research.specialty == "internal medicine" and not research.clinical
    assert [app.alignment(p) for p in app.profiles] == ["related", "same", "same"]


def test_usce_weeks_by_type_and_specialty_and_alignment():
    app = application(
        "## IM Externship\n---\ntype: externship\nspecialty: internal medicine\n---\nEight-week externship.\n\n"
        "## Nephrology Observership\n---\ntype: observership\n---\nFour-week nephrology observership.\n\n"
        "## Psychiatry Observership\n---\ntype: observership\n---\nTwo-week psychiatry observership.\n\n"
        "## Home clerkship\n---\ntype: clerkship\nus: false\n---\nSix-week internal medicine clerkship.\n",
        target="internal medicine")
    assert app.usce_weeks == 14
    assert app.weeks_by("type") == {"externship": 8, "observership": 6}
    assert app.weeks_by("specialty") == {"internal medicine": 8, "nephrology": 4, "psychiatry": 2}
    assert app.aligned_weeks() == (8, 4)


# --- time --------------------------------------------------------------------------------

GAP = """
## House Officer
---
type: work
start: 2022-03
end: 2023-02
---
Admitted 6 patients a night on the medical wards.

## Observership
---
type: observership
start: {start}
end: {end}
---
Took histories from 2 patients a day.
"""


def test_a_gap_of_more_than_six_months_is_found_and_six_is_not():
    assert [(g.months, g.first_month % 12 + 1) for g in application(GAP.format(start="2024-01", end="2024-01")).gaps()] == [(10, 3)]
    assert application(GAP.format(start="2023-09", end="2023-09")).gaps() == []


def test_an_ongoing_entry_covers_until_today_and_is_the_most_recent():
    app = application(GAP.format(start="2023-06", end="present"), today=date(2025, 1, 15))
    recent = app.most_recent(app.clinical)
    assert recent.title == "Observership" and recent.ongoing and recent.last_month(app.today) == 2025 * 12
    assert app.gaps() == []


# --- reflections -------------------------------------------------------------------------

def test_a_reflection_links_by_experience_metadata_or_by_its_own_title():
    app = application(
        "## House Officer, Internal Medicine\nAdmitted 6 patients.\n\n"
        "## Night float\n---\nkind: meaningful\nexperience: house officer - internal medicine\n---\nI learned to triage.\n\n"
        "## House Officer, Internal Medicine\n---\nkind: meaningful\n---\nI learned to call early.\n\n"
        "## Lost\n---\nkind: meaningful\n---\nNo experience has this title.\n")
    links = [app.linked_experience(r) for r in app.reflections]
    assert [link.title if link else None for link in links] == [
        "House Officer, Internal Medicine", "House Officer, Internal Medicine", None]


# --- the cross-entry rules through `erasl check` on a folder --------------------------

@pytest.fixture
def drafts(tmp_path: Path) -> Path:
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "experiences.md").write_text("".join(
        f"## Rotation {n}\n---\ntype: volunteer\n---\nScreened {n} adults for hypertension each week.\n\n" for n in range(1, 11)))
    (folder / "reflections.md").write_text(
        "## Screening\n---\nexperience: Rotation 1\n---\nScreening 1 adult a week taught me patience.\n")
    return folder


def test_ten_experiences_in_several_files_are_fine_and_eleven_are_an_error(drafts):
    assert "A101" not in codes(drafts)
    (drafts / "more.md").write_text("## Rotation 11\nScreened 11 adults for hypertension each week.\n")
    assert codes(drafts).count("A101") == 1


def test_each_folder_given_is_its_own_application(drafts, tmp_path, monkeypatch):
    """An advisor checks many applicants at once: `erasl check applicants/*/`."""
    other = tmp_path / "other-applicant"
    other.mkdir()
    (other / "experiences.md").write_text((drafts / "experiences.md").read_text())
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "--isolated", "--format", "concise", "drafts", "other-applicant"])
    assert "A101" not in result.stdout  # 10 + 10 experiences, but two applications
    together = CliRunner().invoke(main, ["check", "--isolated", "--format", "concise",
                                         "drafts/experiences.md", "other-applicant/experiences.md"])
    assert "[A101]" in together.stdout  # files named one by one are read as one application


def test_four_reflections_across_files_are_an_error(drafts):
    (drafts / "more_reflections.md").write_text("".join(
        f"## R{n}\n---\nexperience: Rotation {n}\n---\nReflection {n} on what changed.\n\n" for n in (2, 3, 4)))
    assert codes(drafts).count("A102") == 1


def test_a_reflection_whose_experience_is_in_another_file_is_linked(drafts):
    assert "A103" not in codes(drafts)
    (drafts / "experiences.md").write_text((drafts / "experiences.md").read_text().replace("Rotation 1\n", "Renamed\n"))
    assert "A103" in codes(drafts)


def test_a_reflections_file_checked_alone_is_not_judged(drafts):
    assert "A103" not in codes(drafts / "reflections.md")


def test_cross_entry_findings_survive_the_cache_and_follow_other_files(drafts, monkeypatch):
    """Per-draft results are cached; cross-entry ones are recomputed, so editing one file updates another's."""
    monkeypatch.chdir(drafts)
    runner = CliRunner()
    (drafts / "more.md").write_text("## Rotation 11\nScreened 11 adults for hypertension each week.\n")
    first = runner.invoke(main, ["check", "--isolated", "--format", "concise", "."])
    second = runner.invoke(main, ["check", "--isolated", "--format", "concise", "."])
    assert "A101" in first.stdout and first.stdout == second.stdout
    (drafts / "more.md").unlink()
    third = runner.invoke(main, ["check", "--isolated", "--format", "concise", "."])
    assert "A101" not in third.stdout


def test_near_duplicates_are_flagged_once_on_the_later_entry(tmp_path):
    rules = RULES.rule("A401")
    text = rules.tests["flag"][0].replace("{{", "").replace("}}", "")
    (tmp_path / "a.md").write_text(text)
    assert codes(tmp_path, "--select", "A401") == ["A401"]


def test_specialty_alignment_needs_a_target(tmp_path):
    (tmp_path / "psych.md").write_text("## Psychiatry Observership\nTwo-week psychiatry observership; took 2 histories a day.\n")
    assert "S201" not in codes(tmp_path)
    (tmp_path / "erasl.toml").write_text('target-specialty = "internal medicine"\n')
    result = CliRunner().invoke(main, ["check", "--no-cache", "--config", str(tmp_path / "erasl.toml"),
                                       "--format", "concise", str(tmp_path)])
    assert "[S201]" in result.stdout


# --- the sample application ---------------------------------------------------------

def test_the_sample_application_raises_exactly_its_deliberate_findings():
    """corpus/application is a good application with five realistic slips, each one a rule."""
    result = CliRunner().invoke(main, ["check", "--no-cache", "--config", str(SAMPLE / "erasl.toml"),
                                       "--format", "concise", "--fail-on", "error", str(SAMPLE)])
    assert result.exit_code == 0, result.output
    found = sorted(line.rsplit("[", 1)[1].rstrip("]") for line in result.stdout.splitlines())
    assert found == ["A201", "A401", "S201", "T101", "U102"], result.stdout


def test_too_many_experiences_is_reported_once_with_the_count(drafts):
    (drafts / "more.md").write_text("".join(
        f"## Rotation {n}\nScreened {n} adults for hypertension each week.\n\n" for n in (11, 12, 13)))
    found = [d for d in erasl.lint_paths([str(drafts)]).diagnostics if d.code == "A101"]
    assert len(found) == 1
    assert "Experience 11 of 13" in found[0].message
