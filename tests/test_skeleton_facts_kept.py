"""Skeletons keep every fact and read as English (issue 12, skelfacts): a sentence said twice once one copy
carries marks is said once; only the applicant's own acts become "[X/helped X]" (never a schedule the hospital
set, never what others did "by the residents"); a cut of a "which ..." clause takes all of its verbs; a sentence
before a prompt keeps its full stop; a clause split off a long sentence that the applicant did ("Gave the feeds
...") weighs as the applicant's own work when the box is full.

Every draft here was written for this test (none is a corpus sentence)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from erasl.config import Settings
from erasl.engine import Linter
from erasl.skeleton import _told_by_the_applicant
from erasl.skeleton_fit import repeated_sentence_left_out, sentences_closed
from tests.skeleton_helpers import says, suggest


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Settings())


# --- the same sentence twice, one copy with marks --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "On surgery we ran a ward [reword: of 30 beds] with three interns. On surgery we ran a ward of 30 beds with "
    "three interns.",
    "[Took/helped take] histories from new patients in the clinic every Tuesday. Took histories from new patients "
    "in the clinic every Tuesday.",
    "Took histories from new patients in the clinic every Tuesday. [Took/helped take] histories from new patients "
    "in the clinic every Tuesday.",
])
def test_a_sentence_said_twice_with_marks_is_said_once(text):
    suggestion = SimpleNamespace(text=text, left_out=[])
    repeated_sentence_left_out(suggestion)
    assert suggestion.text.count("histories") + suggestion.text.count("ward") == 1, suggestion.text
    assert [item["reason"] for item in suggestion.left_out] == ["said already, earlier in the skeleton"]


@pytest.mark.parametrize("text", [
    # another fact in the second: both stay
    "Took histories from new patients in the clinic every Tuesday. Took histories from new patients in the ward "
    "every Tuesday at Saint Brendan Hospital.",
    # a prompt of the skeleton's own is no copy of the draft's sentence
    "Took histories from new patients in the clinic every Tuesday. [Only if true:] Took histories from [N] new "
    "patients in the clinic every Tuesday.",
])
def test_different_sentences_both_stay(text):
    suggestion = SimpleNamespace(text=text, left_out=[])
    repeated_sentence_left_out(suggestion)
    assert suggestion.text == text and not suggestion.left_out


# --- only the applicant's acts become a choice of role ---------------------------------------------------------

def test_a_schedule_the_hospital_set_is_no_act_of_the_applicant(linter):
    text = ("I did my internship at Lakemount District Hospital in Kisii from June 2021 to May 2022 and the year was "
            "split into three rotations of four months in medicine, surgery and obstetrics. In medicine I admitted "
            "patients at night and wrote the admission notes.")
    says(suggest(linter, text).text, said=["three rotations of four months", "Kisii"],
         never=["helped split", "[Split/", "[split/"])


def test_it_divided_into_rotations_stays_the_posts(linter):
    text = ("I did my house job at Green Valley Hospital in Multan from 2022 to 2023 and it was divided into four "
            "rotations in medicine, surgery, pediatrics and gynecology, and I admitted patients in the night.")
    says(suggest(linter, text).text, said=["four rotations", "Multan"], never=["helped divide", "[Divided/", "[divided/"])


def test_what_others_did_by_name_stays_theirs(linter):
    text = ("I was an extern at Lakeshore Family Clinic in Toledo from June 2024 to August 2024, it was a great "
            "learning experience. Every morning new patients were seen in clinic by the students and the residents, "
            "and the notes were written. I presented two cases at the Friday conference.")
    says(suggest(linter, text).text, said=["by the students and the residents", "Toledo"],
         never=["helped see", "[Saw/", "[saw/"])


def test_work_done_by_me_is_still_a_choice_of_role(linter):
    text = ("I was an extern at Lakeshore Family Clinic in Toledo from June 2024 to August 2024. Vitals were checked "
            "by me for every new patient, and it was a great learning experience.")
    says(suggest(linter, text).text, said=["Toledo"], never=["by me"])


# --- a cut leaves whole sentences -----------------------------------------------------------------------------

def test_a_which_clause_goes_with_all_its_verbs(linter):
    text = ("I volunteered at the Bright Path Shelter clinic in Fresno for three months in 2023, where I dressed "
            "wounds for about 15 people each week with very few supplies, which taught me a lot about patience and "
            "made me stronger as a person.")
    out = suggest(linter, text).text
    says(out, said=["Fresno", "15"], never=["taught me a lot", ", made me", "made me stronger"])


@pytest.mark.parametrize("text, closed", [
    ("Serving this town was a privilege [Only if true:] Trained [N] volunteers.",
     "Serving this town was a privilege. [Only if true:] Trained [N] volunteers."),
    ("Checked [N] patients, [Only if true:] Trained [N] volunteers.",
     "Checked [N] patients. [Only if true:] Trained [N] volunteers."),
])
def test_a_sentence_before_a_prompt_keeps_its_full_stop(text, closed):
    assert sentences_closed(text) == closed


def test_a_closed_sentence_is_left_alone():
    text = "Checked vitals for 20 patients. [Only if true:] Trained [N] volunteers."
    assert sentences_closed(text) == text


# --- whose work a split-off clause tells ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Gave the feeds and checked the sugars every few hours.",
    "In surgery I closed wounds after appendectomies.",
    "[Drew/helped draw] blood for the morning labs.",
])
def test_the_applicants_clause(sentence):
    assert _told_by_the_applicant(sentence)


@pytest.mark.parametrize("sentence", [
    "The staff moved the patients to another hospital.",
    "In surgery there were [N] cases of appendicitis.",
    "Medicine was the busiest ward.",
])
def test_someone_elses_clause(sentence):
    assert not _told_by_the_applicant(sentence)


# --- observer verbs in a row: one clause, one verb ---------------------------------------------------------------

def test_three_watching_sentences_become_one_clause(linter):
    text = ("---\ntype: observership\nstart: 2024-03\nend: 2024-05\n---\nObservership in nephrology at Westgate "
            "Kidney Center, Orlando. I shadowed Dr. Osei in the dialysis unit. I watched kidney biopsies in the "
            "procedure room. I observed the transplant clinic on Fridays. It was an amazing experience.")
    out = suggest(linter, text).text
    says(out, said=["Observed Dr. Osei in the dialysis unit, kidney biopsies in the procedure room and the "
                    "transplant clinic on Fridays."], never=["Shadowed", "Watched", "It was an amazing"])


def test_two_watching_sentences_stay_apart(linter):
    text = ("---\ntype: observership\nstart: 2024-03\nend: 2024-05\n---\nObservership in nephrology at Westgate "
            "Kidney Center, Orlando. I shadowed Dr. Osei in the dialysis unit. I took histories from 3 new patients "
            "each week. I watched kidney biopsies in the procedure room. It was an amazing experience.")
    says(suggest(linter, text).text, said=["Dr. Osei", "3 new patients", "kidney biopsies"],
         never=["Observed Dr. Osei in the dialysis unit, "])
