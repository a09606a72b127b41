"""Skeleton classes from blind review 10 (issue 12): prompts chosen by the setting the draft describes, and
what was seen kept when the filler around it goes.

Every draft here was written for this test (an observer's hospital brochure, a psychiatry clerkship, a
crisis line, an earthquake relief team, a chatbot-worded externship)."""

from __future__ import annotations

import pytest

from erasl.config import Settings
from erasl.engine import Linter
from tests.skeleton_helpers import suggest


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Settings())


def test_an_entry_with_only_machine_sounding_notes_is_rewritten_not_passed_as_strong(linter):
    draft = ("Clinical extern on the 6-week cardiology service at Lakeview General Hospital, Tampa, FL. Took "
             "histories on 5 patients daily and presented on rounds to Dr. Mills. This transformative rotation "
             "deepened my unwavering passion for cardiology.")
    suggestion = suggest(linter, draft)
    assert suggestion.template is not None, suggestion.text  # a skeleton, never "no warnings: your draft"
    assert "unwavering" not in suggestion.text
    assert "Took histories on 5 patients daily" in suggestion.text


def test_a_strong_entry_with_no_finding_is_still_its_own_draft(linter):
    draft = ("Four-week inpatient cardiology externship at Lakeview General Hospital, Tampa, FL (May 2024). Took "
             "histories and examined 4-5 patients daily, wrote progress notes reviewed by the senior resident, "
             "and presented 12 patients on rounds to Dr. Anna Mills, who wrote my letter.")
    suggestion = suggest(linter, draft)
    assert suggestion.template is None, suggestion.text


@pytest.mark.parametrize("draft, kept", [
    # exposure to a list of named things: what was seen stays, and nothing more than seeing is claimed
    ("I did a 4-week observership at Harbor Kidney Center in Dayton, Ohio in March 2024 under Dr. Lee, where I "
     "got exposure to hemodialysis, hyperkalemia and peritoneal dialysis cases.",
     "hemodialysis, hyperkalemia and peritoneal dialysis cases"),
    # learned about the management of named conditions: the conditions stay, the role is a choice
    ("6-week internal medicine clerkship at Northside Hospital, Newark, NJ. Followed 4 patients daily and wrote "
     "notes. Learned a great deal about the management of sepsis, heart failure and DKA.",
     "patients with sepsis, heart failure and DKA"),
])
def test_what_the_filler_names_is_kept(linter, draft, kept):
    suggestion = suggest(linter, draft)
    assert kept in suggestion.text, suggestion.text
    assert "[Only if true:] Managed" not in suggestion.text


def test_a_load_already_asked_in_a_kept_sentence_is_not_asked_again(linter):
    draft = ("6-week inpatient psychiatry clerkship at Hilltop Behavioral Health Center, Bronx, NY. Followed several "
             "patients on the unit and wrote daily notes. Joined family meetings.")
    text = suggest(linter, draft).text
    assert "Followed [N] patients" in text, text
    assert "Patient load" not in text and text.count("[N] patients") == 1, text


def test_psychiatry_is_never_asked_for_procedures(linter):
    draft = ("6-week inpatient psychiatry clerkship at Hilltop Behavioral Health Center, Bronx, NY. Followed 5 "
             "patients on the unit and wrote daily notes.")
    assert "[procedures]" not in suggest(linter, draft).text


def test_an_observer_entry_about_the_hospital_is_never_asked_to_manage_patients(linter):
    draft = ("Lakeside Regional Hospital is a 500-bed teaching hospital in Toledo, Ohio. The hospital has a busy "
             "nephrology service with 12 faculty and a 30-station dialysis unit. It is known for its research. "
             "I did my observership there in June 2024 under Dr. Amir Khan.")
    text = suggest(linter, draft).text
    assert "manage" not in text.lower(), text


@pytest.mark.parametrize("draft, asked, never", [
    ("I volunteer with the Westside Crisis Line in Denver as a phone counselor. After 30 hours of training I take "
     "calls every Sunday on a 4-hour evening shift and help callers make a safety plan. It is a very rewarding "
     "experience.",
     "calls per", "[patients/clients]"),
    ("After the floods in Sindh in 2022 I volunteered with a medical relief team from my college for 10 days. We "
     "set up a tent clinic, did wound care and gave out medicines in the camps. It was a great learning experience.",
     "patients per", "new volunteers"),
])
def test_a_volunteer_load_is_counted_in_the_setting_s_own_unit(linter, draft, asked, never):
    text = suggest(linter, draft).text
    assert asked in text.lower(), text
    assert never not in text, text
