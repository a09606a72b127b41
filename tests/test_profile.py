"""The one reading of an entry: every consumer (rules, facts, report, suggestions) agrees on what it says."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

import erasl
from erasl.cli import main
from erasl.profile import read_text_dates

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
EXPERIENCES = sorted((CORPUS / "experience").glob("*.md"))


def run(*args: str) -> dict:
    result = CliRunner().invoke(main, [*args])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def month(year: int, number: int) -> int:
    return year * 12 + number - 1


# --- the four contradictions users saw -------------------------------------------------

@pytest.mark.parametrize("place", ["Kabul, Afghanistan", "London, United Kingdom", "Lahore", "Cairo University Hospital"])
def test_an_entry_abroad_is_not_us_in_the_profile_facts_and_report(tmp_path, place):
    draft = tmp_path / "clerkship.md"
    draft.write_text(f"Four-week surgery clerkship in {place}. Presented 3 patients daily on the surgical ward.\n")
    profile = erasl.read_text(draft.read_text())[0]
    assert profile.us is False and profile.us_from == "text"
    facts = run("facts", "--isolated", str(draft))["entries"][0]
    report = run("report", "--isolated", "--format", "json", str(draft))["entries"][0]
    assert facts["profile"]["us"] is False and facts["facts"]["us"] is False
    assert report["us"] is False and report["tier"] is None


def test_a_us_city_or_state_makes_an_entry_us_with_the_words_that_decided():
    profile = erasl.read_text("Six-week inpatient medicine externship in Detroit, Michigan. Admitted 2 patients daily.")[0]
    assert profile.us is True and profile.us_words.text == "Detroit"


@pytest.mark.parametrize(("text", "start", "last", "ongoing"), [
    ("Externship, Jun–Aug 2025.", month(2025, 6), month(2025, 8), False),
    ("June to August 2025", month(2025, 6), month(2025, 8), False),
    ("from January 2024 - present", month(2024, 1), None, True),
    ("since 2023", month(2023, 1), None, True),
    ("a 4-week rotation in March 2024", month(2024, 3), month(2024, 3), False),
    ("2022–2024", month(2022, 1), month(2024, 12), False),
    ("in June I started", None, None, None),
])
def test_dates_written_in_the_text(text, start, last, ongoing):
    found = read_text_dates(text)
    if start is None:
        assert found is None
    else:
        assert found[:3] == (start, last, ongoing)


def test_the_report_reads_dates_and_weeks_written_in_the_text(tmp_path):
    draft = tmp_path / "externship.md"
    draft.write_text("## IM Externship\n12-week inpatient internal medicine externship, Jun–Aug 2025. "
                     "Admitted 2 patients daily and presented them on rounds.\n")
    report = run("report", "--isolated", "--format", "json", str(draft))
    entry = report["entries"][0]
    assert (entry["start"], entry["end"], entry["weeks"]) == ("2025-06", "2025-08", 12)
    assert report["application"]["most_recent_usce"]["ended"] == "2025-08"
    assert report["application"]["usce"]["weeks"] == 12


def test_a_noun_is_not_read_as_a_present_tense_verb():
    text = "---\nstart: 2024-01\nend: 2024-03\n---\nFollowed 4 patients daily and wrote practice progress notes that he reviewed."
    assert [d.code for d in erasl.lint_text(text) if d.code == "T101"] == []
    flagged = "---\nstart: 2024-01\nend: 2024-03\n---\nI follow 4 patients daily and write progress notes."
    assert [d.code for d in erasl.lint_text(flagged) if d.code == "T101"] == ["T101", "T101"]


def test_other_peoples_verbs_are_not_the_applicants():
    found = erasl.lint_text("Internal medicine observership at a community hospital, 4 weeks. "
                            "I observed how the residents are presenting the patients.")
    assert "V101" in {d.code for d in found}
    profile = erasl.read_text("I observed how the residents are presenting the patients.")[0]
    assert [a.lemma for a in profile.actions] == ["observe"]


@pytest.mark.parametrize(("text", "own"), [
    ("I watched the fellow place central lines.", ["watch"]),
    ("Registered patients, directed them to stations and watched them after their shots.", ["register", "direct", "watch"]),
    ("Did the literature search and wrote parts of the discussion.", ["search", "write"]),
    ("I had the opportunity to present one case.", ["have", "present"]),
    ("The attendings taught and the residents presented.", []),
])
def test_whose_verbs_the_profile_reads(text, own):
    assert [a.lemma for a in erasl.read_text(text)[0].actions] == own


@pytest.mark.parametrize(("text", "counts"), [
    ("Worked about a dozen night shifts and admitted ~20 patients.", ["dozen", "~20"]),
    ("Did dozens of blood draws.", []),
    ("Rotation Jan '24 - Mar '24 on the ward.", []),
])
def test_counts_in_words_and_dates_written_short(text, counts):
    assert [m.text for m in erasl.read_text(text)[0].counts] == counts


@pytest.mark.parametrize(("text", "own"), [
    ("The attending surgeon, Dr. Whitfield, performed 5 operations a day.", []),
    ("Measuring of blood pressure and filling of charts for 8 patients.", []),
    ("Pharmacy technician, 2015-2017\no Dispensed 200 prescriptions per shift\no Trained 4 new technicians",
     ["dispense", "train"]),
])
def test_verbs_hidden_in_nouns_bullets_and_appositions(text, own):
    assert [a.lemma for a in erasl.read_text(text)[0].actions] == own


def test_watching_and_studying_are_no_role():
    profile = erasl.read_text("I could see more than 80 children with asthma and continued to prepare for USMLE.")[0]
    assert [(a.lemma, a.group, a.role) for a in profile.actions] == [
        ("see", "observer", False), ("continue", "other", False), ("prepare", "self-improvement", False)]


def test_self_improvement_is_not_a_role():
    profile = erasl.read_text("I improved my knowledge of cardiology.")[0]
    assert [(a.lemma, a.role) for a in profile.actions] == [("improve", False)]
    assert erasl.read_text("Improved discharge times by 20%.")[0].role_actions


@pytest.mark.parametrize(("text", "weeks"), [
    ("2 wks of rounds", 2), ("6 mos in clinic", 6 * 4.35), ("a 4-6 week rotation", 4), ("12h shifts", None),
    # British clinical shorthand and seasons counted
    ("Locum SHO in A&E for 6/52, saw 15 patients a shift.", 6), ("Ortho attachment for 2/12, assisted in 30 cases.", 2 * 4.35),
    ("Surgical attachment 3/12, assisted in 40 cases.", None), ("Helped at the camp for two summers.", 20),
    # a range of months with years written short, the range's end not taken for a talk's date
    ("Rotation Jan '24 - Mar '24, presented 6 patients.", 13), ("Rotation Jan'24 - Mar'24, presented 6 patients.", 13),
])
def test_abbreviated_durations(text, weeks):
    profile = erasl.read_text(text)[0]
    assert profile.weeks == (pytest.approx(weeks) if weeks else None)


def test_to_present_the_verb_is_not_a_date():
    profile = erasl.read_text("I had the opportunity to present one case.")[0]
    assert profile.time_frame == [] and profile.ongoing is None
    assert "D101" in {d.code for d in erasl.lint_text("Internal medicine observership at a community hospital. "
                                                         "I had the opportunity to present one case.")}


# --- every consumer reads the same profile --------------------------------------------------

def test_check_facts_report_and_suggest_agree_on_every_corpus_entry(tmp_path):
    paths = [str(p) for p in EXPERIENCES]
    facts = {(e["path"], e["entry"]): e for e in run("facts", "--isolated", *paths)["entries"]}
    report = {(e["path"], e["entry"]): e for e in run("report", "--isolated", "--format", "json", *paths)["entries"]}
    suggested = {(s["path"], s["entry"]): s for s in run("suggest", "--isolated", "--format", "json", *paths)["suggestions"]}
    checked = run("check", "--isolated", "--no-cache", "--format", "json", *paths)["diagnostics"]
    codes: dict = {}
    for d in checked:
        codes.setdefault((d["path"], d["entry"]), set()).add(d["code"])
    assert facts.keys() == report.keys() == suggested.keys() and len(facts) == len(EXPERIENCES)
    for key, entry in facts.items():
        profile, row = entry["profile"], report[key]
        assert (row["type"], row["us"], row["specialty"], row["clinical"]) == (
            profile["experience_type"], profile["us"], profile["specialty"], profile["clinical"]), key
        weeks = profile["weeks"]
        assert row["weeks"] == (None if weeks is None else pytest.approx(weeks, abs=0.5)), key
        suggestion_facts = suggested[key]["facts"]
        assert suggestion_facts["type"] == entry["facts"]["type"] and suggestion_facts["specialty"] == profile["specialty"], key
        assert bool(entry["facts"]["settings"]) == bool(profile["settings"]), key
        has_time = bool(profile["time_frame"]) or profile["start"] is not None
        assert ("D101" in codes.get(key, set())) == (not has_time), key
        if profile["clinical_type"]:
            assert ("S101" in codes.get(key, set())) == (not profile["settings"]), key


def test_a_cached_run_restores_profiles_for_the_cross_entry_rules(tmp_path, monkeypatch):
    folder = tmp_path / "drafts"
    folder.mkdir()
    for n in range(1, 12):
        (folder / f"e{n}.md").write_text(f"Volunteered weekly at a free clinic in Ohio for {n} months; screened {n} adults.\n")
    monkeypatch.chdir(tmp_path)
    first = CliRunner().invoke(main, ["check", "--isolated", "--format", "concise", "drafts"])
    second = CliRunner().invoke(main, ["check", "--isolated", "--format", "concise", "drafts"])
    assert "[A101]" in first.stdout and first.stdout == second.stdout


def test_profiles_round_trip_through_json():
    from erasl.application_data import load_application_data
    from erasl.profile import EntryProfile
    from erasl.registry import load_rules

    tiers = {tier.name: tier for tier in load_application_data(load_rules()).tiers}
    for profile in erasl.read_text("## Cardiology Observership\n4-week observership, Jun–Jul 2024, with Dr. Lee. "
                                   "Presented 3 patients daily on the teaching service.", today=date(2025, 1, 1)):
        again = EntryProfile.from_dict(json.loads(json.dumps(profile.to_dict())), tiers)
        assert again.to_dict() == profile.to_dict() and again.tier is profile.tier


def test_the_language_server_reads_the_same_profile_as_erasl_facts(tmp_path):
    """The editor's `erasl/profile` request answers with the profile `erasl facts` prints."""
    from tests.lsp_client import LspClient, server_command

    drafts = EXPERIENCES[:6]
    client = LspClient(server_command(), cwd=tmp_path)
    try:
        client.initialize(tmp_path)
        for draft in drafts:
            uri = draft.as_uri()
            client.notify("textDocument/didOpen", {"textDocument": {
                "uri": uri, "languageId": "markdown", "version": 1, "text": draft.read_text(encoding="utf-8")}})
            client.wait_for("textDocument/publishDiagnostics", lambda p, uri=uri: p["uri"] == uri, timeout=120)
            answer = client.request("erasl/profile", {"textDocument": {"uri": uri}})
            facts = run("facts", "--isolated", str(draft))["entries"]
            assert [entry["profile"] for entry in facts] == answer["entries"], draft.name
    finally:
        client.process.kill()


@pytest.mark.parametrize(("text", "roles"), [
    ("Pre-rounded on 4 pts daily, wrote SOAP notes, presented on rounds to the attending.", ["pre-round", "write", "present"]),
    ("Saw 20 patients a day in the OPD under supervision.", ["see"]),
    ("Took histories from new patients.", ["take"]),
    ("Clerked new admissions and drew blood.", ["clerk", "draw"]),
])
def test_resume_fragments_show_the_applicants_role(text, roles):
    assert [a.lemma for a in erasl.read_text(text)[0].role_actions] == roles


@pytest.mark.parametrize("text", [
    "Saw psychiatric patients on the ward and handled admissions.",  # no number, no task: weak
    "I had the opportunity to see regional blocks in the operating room.",
])
def test_seeing_is_a_role_only_with_a_counted_object_or_a_task(text):
    assert erasl.read_text(text)[0].role_actions == []


@pytest.mark.parametrize(("text", "us"), [
    ("Observership at a community hospital in Brooklyn, NY.", True),
    ("Externship in Chicago, IL on the medicine service.", True),
    ("House job at Mayo Hospital, Lahore.", False),
    ("Clinical elective in Tbilisi.", False),
    ("I presented 3 patients to the PA and the MD on call.", None),  # degrees, not states
])
def test_places_from_the_lexicon(text, us):
    assert erasl.read_text(text)[0].us is us


@pytest.mark.parametrize("text", ["Volunteered every Saturday at the clinic.", "Tutored peers during my final year.",
                                  "Worked part-time as a scribe.", "Shadowed for several weeks."])
def test_time_frames_a_draft_states_without_a_number(text):
    assert erasl.read_text(text)[0].time_frame


@pytest.mark.parametrize(("text", "counts"), [
    ("Passed USMLE Step 1 and managed type 2 diabetes patients.", []),
    ("Worked as PGY-2 in a Level 1 trauma center, available 24/7.", []),
    ("Screened 40 adults for COVID-19.", ["40"]),
    ("Followed 4-6 patients daily.", ["4", "6"]),
])
def test_numbers_in_names_are_not_counts(text, counts):
    assert [m.text for m in erasl.read_text(text)[0].counts] == counts
    assert ("N101" in {d.code for d in erasl.lint_text(text)}) == (not counts)


def test_an_entry_in_the_third_person_is_read_as_about_the_applicant_and_round_trips():
    from erasl.application_data import load_application_data
    from erasl.profile import EntryProfile
    from erasl.registry import load_rules

    tiers = {tier.name: tier for tier in load_application_data(load_rules()).tiers}
    [profile] = erasl.read_text("Ms. Alvarez served as a volunteer EMT for 27 months. She ran 150 calls. "
                                "She is a calm and dependable teammate.")
    assert (profile.third_person.text, profile.third_person.label) == ("Ms. Alvarez", "she")
    assert [m.text for m in profile.traits] == ["She is a calm and dependable teammate"]
    again = EntryProfile.from_dict(json.loads(json.dumps(profile.to_dict())), tiers)
    assert again.to_dict() == profile.to_dict()


@pytest.mark.parametrize(("text", "claims"), [
    ("I am a passionate, results-driven leader.", ["I am a passionate, results-driven leader"]),
    ("My colleagues describe me as calm and reliable.", ["describe me as calm and reliable"]),
    ("I was nervous before the exam.", []),
    ("I am responsible for 12 beds.", []),
    ("I am a patient advocate at the county clinic.", []),
    # a patient and her pronoun in an entry in the applicant's own voice are not the applicant
    ("I admitted a 70-year-old farmer. She was a kind and calm woman.", []),
])
def test_trait_claims_are_the_applicants_own(text, claims):
    [profile] = erasl.read_text(text)
    assert [m.text for m in profile.traits] == claims
    assert profile.third_person is None


def test_a_wrong_traits_table_in_the_lexicon_is_a_one_line_error(tmp_path):
    import shutil

    from erasl.lexicon import load_lexicon_data
    from erasl.registry import RuleFileError, load_rules

    rules = load_rules()
    folder = tmp_path / "rules"
    shutil.copytree(rules.directory, folder)
    lexicon = folder / "lexicon" / "lexicon.toml"
    text = lexicon.read_text()
    lexicon.write_text(text.replace("\n[traits]\n", '\n[traits]\nadjectives = ["kind"]\n', 1))
    with pytest.raises(RuleFileError, match=r"^lexicon/lexicon.toml: \[traits\] unknown list 'adjectives' \(known: "):
        load_lexicon_data(folder, tuple(rules.experience_types))
