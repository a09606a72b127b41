"""Placeholders the draft already answers are never shown (issue 12, skel17 class 2): a load given as a rate
with its noun before the number ("the patients, around 60 to 80 per Saturday") is a load said, so no
"[N] patients per [day]" prompt; the start of an ongoing post said in words ("since last year", "since 1st yr
of DO school") is a start said, so no "since [month year]".

Every draft here was written for this test (none is a corpus sentence)."""

from __future__ import annotations

import pytest

from erasl.config import Settings
from erasl.engine import Linter
from erasl.skeleton_answered import states_a_rate, states_a_start
from erasl.skeleton import _LOAD_UNITS
from tests.skeleton_helpers import says, suggest


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Settings())


@pytest.mark.parametrize("text", [
    "I took the blood pressure of the patients, around 60 to 80 per Saturday.",
    "We vaccinated the children, about 40 a day.",
    "I registered the new patients at the gate, 100-120 each morning.",
    "Counselled the families of the patients, 6 per session.",
])
def test_a_rate_of_people_is_a_load(text):
    assert states_a_rate(text, _LOAD_UNITS)


@pytest.mark.parametrize("text", [
    "I worked 3 shifts per week at the clinic.",        # how often, no people counted
    "We went to 2 villages a month.",                   # villages, not patients
    "I taught the students for 2 hours.",               # no rate
])
def test_a_rate_of_something_else_is_no_load(text):
    assert not states_a_rate(text, _LOAD_UNITS)


@pytest.mark.parametrize("text, said", [
    ("Guest lecturer at the nursing college since last year.", True),
    ("Free clinic volunteer since 1st yr of DO school.", True),
    ("I have tutored in the program since my second year.", True),
    ("Interpreter at the county hospital since 2021.", True),
    ("Since he retired I run the clinic.", False),
    ("I volunteer at the clinic on Saturdays.", False),
])
def test_a_start_said_in_words(text, said):
    assert states_a_start(text) is said


def test_no_load_prompt_beside_a_rate_the_draft_gives(linter):
    text = suggest(linter, "---\ntype: volunteer\nstart: 2022-11\nend: 2023-02\n---\nVolunteer, Lingap Medical "
                           "Mission, Ormoc City. Every Saturday we went to the evacuation centers. I took the blood "
                           "pressure and blood sugar of the patients, around 60 to 80 per Saturday. It was a great "
                           "experience.\n").text
    says(text, said=["60 to 80 per Saturday"], never=["[N] patients per"])


def test_no_start_asked_when_the_draft_says_since(linter):
    text = suggest(linter, "Guest Lecturer (part-time), School of Nursing, Kottayam - since last year. I teach "
                           "Microbiology to 45 second-year students two days per week. It was a great experience.\n").text
    says(text, said=["since last year"], never=["since [month year]"])


@pytest.mark.parametrize("text, named", [
    ("I volunteered for 6 weeks in the medical relief camp of Sardaryab Welfare Committee near Charsadda.", True),
    ("I volunteered at the clinic of Santa Rosa Parish every Sunday.", True),
    ("Volunteered with the Kibera Youth Association for 2 years.", True),
    ("I volunteered for 6 weeks in a relief camp near Charsadda, Khyber Pakhtunkhwa.", False),  # places, no name
    ("I translated for the doctors from Lahore and Karachi.", False),
])
def test_a_kept_sentence_names_its_organisation(text, named):
    from erasl.skeleton import _organisation_words
    from erasl.skeleton_answered import names_its_organisation

    assert names_its_organisation(text, _organisation_words()) is named


def test_no_organisation_placeholder_when_the_first_sentence_names_it(linter):
    text = suggest(linter, "---\ntype: volunteer\n---\nDuring the 2021 floods I volunteered for 5 weeks in the relief "
                           "camp of Bhandara Welfare Committee near Nowshera, where we saw 100-150 patients daily. I "
                           "took histories in Pashto for the doctors. It was a great experience.\n").text
    says(text, said=["Bhandara Welfare Committee"], never=["[organization name]"])
