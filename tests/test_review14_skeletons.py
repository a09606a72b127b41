"""Skeleton classes from blind review 14 (issue 12): a line of thanks in other words goes; a clause opened
by "although" never stands as a sentence; a post's name ("Acting internship", a "Shadowing," heading) is
never re-verbed; a specialty's short form typed in lower case before its post is read and written in
capitals; in a third-person bio "her" before a bare verb is "me".

Every draft here was written for this test (none is a corpus sentence)."""

from __future__ import annotations

import pytest

from erasl.config import Settings
from erasl.engine import Linter
from tests.skeleton_helpers import says, suggest
from tests.test_profile_classes import profile


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Settings())


def _left_out(suggestion) -> str:
    return " | ".join(f"{item['text']} ({item['reason']})" for item in suggestion.left_out)


@pytest.mark.parametrize("line, thanks", [
    ("I would like to express my deep gratitude to Dr. Lee and the team.", True),
    ("I wish to extend my thanks to the nursing staff.", True),
    ("I thanked the interpreter after each visit and wrote the notes.", False),
])
def test_a_line_of_thanks_in_other_words_goes(linter, line, thanks):
    found = suggest(linter, "Observership in cardiology, City Hospital, Boston, 4 weeks. I followed 3 patients a day. "
                            f"I presented 2 cases at noon conference. {line}")
    assert (line in found.text) != thanks, found.text
    assert ("thanks" in _left_out(found)) == thanks, _left_out(found)


def test_a_clause_opened_by_although_is_never_a_sentence(linter):
    text = suggest(linter, "Sub-internship in surgery, General Hospital, Miami, 4 weeks. I took care of 3 patients a "
                           "day. Although my Spanish is basic, I try my best to talk with patients and families.").text
    says(text, ["Although my Spanish was basic, I talked with patients"], ["basic. I"])


def test_a_posts_name_is_never_re_verbed(linter):
    text = suggest(linter, "Acting internship (sub-internship) in medicine, Valley Medical Center, Fresno, CA, 4 weeks. "
                           "I take care of 3-4 patients and write daily progress notes. It was a great experience.").text
    says(text, ["Acting internship (sub-internship)"], ["Acted internship"])
    text = suggest(linter, "Shadowing, Pulmonology, private practice of Dr. Alan Price, Tulsa, OK, June 2023. Shadowing "
                           "Dr. Price in clinic 2 days a week, I watched him see about 20 patients a day.").text
    says(text, ["Shadowing, Pulmonology"], ["Shadowed, Pulmonology"])


def test_a_lower_case_specialty_before_its_post_is_read_and_written_in_capitals(linter):
    draft = ("im observership at a community hospital in fresno ca for 4 weeks in jan 2025 under dr gill. i followed "
             "him on rounds and in clinic, saw lot of kidney pts. also went with him to the dialysis unit few times.")
    assert profile(draft).specialty == "internal medicine"
    says(suggest(linter, draft).text, ["IM observership"], ["Im observership", "Nephrology"])
    assert profile("im a volunteer at the free clinic since 2022. i check in 10 patients a shift.").specialty is None


def test_her_before_a_bare_verb_is_me_in_a_third_person_bio(linter):
    suggestion = suggest(linter, "Wang Li is a clinical pharmacist at Chengdu Second Hospital since 2019. She reviews 40 "
                                 "prescriptions a day and joins the ICU rounds twice a week. Her supervisor let her lead "
                                 "the antibiotic audit. This audit made her decide to apply to medical school.")
    says(suggestion.text, ["My supervisor let me lead the antibiotic audit"], ["let my lead", "my decide", "her"])
    # why the applicant chose medicine is left out and listed (review 14 class 4), never "made my decide"
    assert "decide" not in suggestion.text
    assert any("made her decide" in item["text"] for item in suggestion.left_out), suggestion.left_out
