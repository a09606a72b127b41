"""Skeletons of weak and mediocre drafts as an advisor would hand them back (issue 12, skelnn): a thin draft gets
the advisor's full order with its own facts and named placeholders, texting is written out, and a calque G101
knows one US form for is said that way. Strong drafts are not touched."""

from __future__ import annotations

import pytest

from erasl.config import Settings
from erasl.engine import Linter
from erasl.skeleton_thin import THIN_TEMPLATE
from tests.skeleton_helpers import suggest

FINISHED = "Clinical rotation in surgery, City Hospital No. 2, Almaty, 03.2021-06.2021 (3 months).\n"
FILLER = "\nI learned a lot and gained valuable experience.\n"


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Settings())


# class 3: a calque G101 carries one US form for is said in the skeleton, never kept as "[reword: ...]"
@pytest.mark.parametrize(("sentence", "said", "never"), [
    ("I sutured lacerations under supervision of registrar on call.", "under the supervision of the registrar",
     "under supervision of"),
    ("The rotation let me put in practice my knowledge of 12 drugs.", "put into practice", "put in practice"),
    ("I rotated in the ward during 4 weeks and saw 10 patients a day.", "for 4 weeks", "during 4 weeks"),
    ("I taught 6 nursing students on every Wednesday.", "every Wednesday", "on every Wednesday"),
    ("I covered a medicine ward of 40 beds with one other intern.", "ward with 40 beds", "of 40 beds"),
    ("I did sanitary-educational work with 12 families in the district.", "health education", "anitary-educational"),
])
def test_a_calque_with_one_us_form_is_said_that_way(linter, sentence, said, never):
    text = suggest(linter, FINISHED + sentence + FILLER).text
    assert said in text, text
    assert never not in text and "[reword:" not in text, text


@pytest.mark.parametrize("sentence", [
    "I sutured lacerations under the supervision of Dr. Omar.",  # already US English
    "I put the new protocol into practice on 2 wards.",
    "I saw 10 patients a day during the 4 weeks of the outbreak.",
])
def test_us_wording_is_left_as_written(linter, sentence):
    text = suggest(linter, FINISHED + sentence + FILLER).text
    assert sentence.rstrip(".").split(" ", 2)[2] in text, text


# class 1: a thin draft (one line, no number, no task of the applicant's own) gets the advisor's whole order
@pytest.mark.parametrize(("draft", "kept", "filler"), [
    ("Helped the nurses at a free village clinic near Jaffna for two summers, good experience.",
     ["at a free village clinic near Jaffna for two summers", "for the nurses"], "good experience"),
    ("Volunteered at Harbor Light Shelter in Mombasa during my holidays. It was a great experience and I learned a lot.",
     ["at Harbor Light Shelter in Mombasa during my holidays"], "learned a lot"),
    ("Worked at my aunt's pharmacy in Kumasi after school, learned a lot.", ["at my aunt's pharmacy in Kumasi"],
     "learned a lot"),
])
def test_a_thin_draft_gets_the_whole_order_with_its_own_facts(linter, draft, kept, filler):
    suggestion = suggest(linter, draft)
    text = suggestion.text
    assert suggestion.template == THIN_TEMPLATE, text
    for words in kept:
        assert words in text, text
    assert filler not in text.lower(), text
    assert any(filler in item["text"].lower() for item in suggestion.left_out), suggestion.left_out
    # the role, the tasks led by verbs and the patient numbers are asked, never claimed
    assert "[Your role]" in text or "Volunteer [role]" in text, text
    assert "each led by a verb" in text and "[N]" in text and "per [day/week]" in text, text
    assert text.count("[") >= 4


def test_an_ongoing_thin_draft_asks_in_the_present(linter):
    draft = "---\ntype: volunteer\nstart: 2024-02\nend: present\n---\nI help at the Bronx Free Clinic on weekends. Learned a lot.\n"
    text = suggest(linter, draft).text
    assert "at the Bronx Free Clinic on weekends" in text and "since February 2024" in text, text
    assert "[See/help with]" in text and "[The tasks you do yourself" in text, text


@pytest.mark.parametrize("draft", [
    # a task of the applicant's own, a number, or a second sentence with facts: the full rewrite, not the thin order
    "Helped to run the pharmacy at a free clinic in Mandalay for two summers, good experience.",
    "Helped the doctors at a free clinic in Mandalay for 8 weeks, good experience.",
    "Took vitals at a free clinic in Mandalay for two summers, good experience.",
    "Helped the doctors at a free clinic in Mandalay. I dressed wounds and gave injections.",
    "Worked as a ward clerk at a free clinic in Mandalay for two summers, good experience.",  # the role is said
    # strong: nothing flagged, the draft itself
    "Volunteer triage assistant, St. Anne Free Clinic, Mandalay, June-August 2022 (8 hours per week). I took vitals "
    "for 25 patients a day and dressed wounds.",
])
def test_a_draft_with_a_task_or_a_number_is_not_thin(linter, draft):
    suggestion = suggest(linter, draft)
    assert suggestion.template != THIN_TEMPLATE, suggestion.text


# class 2: texting register written out, adding nothing
TEXTED = ("volunteered at centro de salud san rafael in lima every sunday for like 4 months in 2022.. i took vitals "
          "n helped the nurses with diabetes n asthma ppl. we saw like 25 ppl each day. it was rly a great experience lol")


def test_texting_is_written_out_without_new_facts(linter):
    suggestion = suggest(linter, TEXTED)
    text = suggestion.text
    for words in ("for 4 months in 2022", "diabetes and asthma", "people", "25 people"):
        assert words in text, text
    for texted in (" like 4", " like 25", "..", " n ", "ppl", "rly", "lol"):
        assert texted not in text, text
    # the name the draft gives is where: never asked as "[organization name]"
    assert "Centro de Salud San Rafael" in text and "[organization name]" not in text, text


@pytest.mark.parametrize(("draft", "kept"), [
    # "like" as a comparison, a statistician's "n", an ellipsis-free stop: as written
    ("Volunteer, Hope Clinic, Accra, 2022 (6 months). I saw 20 patients a day; the night shift felt like 6 hours "
     "longer.", "felt like 6 hours"),
    ("Research assistant, Kumasi Heart Study, 2021-2022. I enrolled 40 patients (n = 40) and ran the analysis in R.",
     "n = 40"),
])
def test_words_that_only_look_texted_stay(linter, draft, kept):
    assert kept in suggest(linter, draft).text


def test_a_weekday_cut_short_is_written_out(linter):
    text = suggest(linter, FINISHED + "I presented 3 cases at the CME sessions every Thurs." + FILLER).text
    assert "every Thursday" in text and "Thurs." not in text, text


def test_a_weekday_says_how_often_and_the_hours_are_not_asked(linter):
    text = suggest(linter, TEXTED).text
    assert "every Sunday" in text and "hours per week" not in text, text
    weekly = suggest(linter, "Volunteer at Hope Shelter, Accra, 2022-2023. I served meals to 40 guests. It was a great "
                             "experience.").text
    assert "[N] hours per week" in weekly, weekly  # nothing says how often: still asked
