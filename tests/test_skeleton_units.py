"""One unit stays one unit (issue 12, skel8): a "/" or a parenthesis never ends a sentence, nor does an
abbreviation's full stop before a lower-case word, a number or a "/". The segmentation is the shared one (the
pipeline's own component), so every rule and the skeleton read the same sentences."""

from __future__ import annotations

import pytest

from erasl.config import Settings
from erasl.engine import Linter
from tests.skeleton_helpers import says, suggest


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Settings())


def sentences(linter, text: str) -> list[str]:
    return [sent.text.strip() for sent in linter.nlp(text).sents]


def test_a_slash_and_the_word_after_it_never_start_a_sentence(linter):
    assert "Ran spirometry lab sessions, 2 days/wk" in sentences(linter, "Ran spirometry lab sessions, 2 days/wk\n- Marked quizzes")


def test_a_parenthesis_closed_on_its_line_is_one_unit(linter):
    text = "Junior Tutor, Univ. of Westmere Kandy (pre-residency, pending SLMC reg. / Step 2 prep)\n- Marked quizzes"
    assert sentences(linter, text)[0] == "Junior Tutor, Univ. of Westmere Kandy (pre-residency, pending SLMC reg. / Step 2 prep)"


def test_an_abbreviation_before_a_number_or_a_small_word_ends_nothing(linter):
    said = sentences(linter, "Saw approx. 35 patients a day. Worked 2 yrs. in the ED. Then I left.")
    assert said == ["Saw approx. 35 patients a day.", "Worked 2 yrs. in the ED.", "Then I left."]


def test_a_full_stop_before_a_capital_still_ends_a_sentence(linter):
    assert sentences(linter, "I worked nights. Then I moved to the day team.") == [
        "I worked nights.", "Then I moved to the day team."]


def test_the_skeleton_keeps_the_parenthesis_and_every_duty_line(linter):
    text = ("---\ntype: teaching\nstart: 2023-02\nend: present\n---\n"
            "Junior Tutor, Dept. of Physiology, Faculty of Medicine, Univ. of Westmere Kandy "
            "(pre-residency, pending SLMC reg. / Step 2 prep)\n"
            "- Led practical classes for 1st year students, cohort of ~150, groups of 10-12\n"
            "- Ran spirometry lab sessions, 2 days/wk\n"
            "- Wrote SAQs and viva questions for the mid-term exams\n"
            "- Marked weekly quizzes\n")
    skeleton = suggest(linter, text).text
    says(skeleton, said=["(pre-residency, pending SLMC reg. / Step 2 prep", "since February 2023", "Ran spirometry lab sessions, 2 days/week.",
                         "Wrote SAQs and viva questions for the mid-term exams."],
         never=["reg. /.", "/."])


def test_the_dates_never_land_inside_a_name_after_a_title(linter):
    text = ("---\ntype: research\nstart: 2021-09\nend: 2023-06\n---\nResearch assistant in the cardiology lab of "
            "Prof. Ana Ruiz, Hospital Clinic Barcelona. I did echocardiography in a rat model. It was a great "
            "learning experience.")
    says(suggest(linter, text).text, said=("Prof. Ana Ruiz",), never=("Prof (", "Prof. ("))
