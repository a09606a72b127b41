"""Closing lines that say nothing checkable are cut and listed (issue 12, skel17 class 3): the experience as
the subject of a verb of giving or shaping, a verdict on it, the applicant's gratitude, or a lesson with no
task; a closing line with a number, a name said nowhere else, a skill or an act of the applicant's stays.

Every draft here was written for this test (none is a corpus sentence); the closings carry the habits of
several first languages ("gave me a big interest for", "teached me", "molded me to be")."""

from __future__ import annotations

import pytest

from erasl.config import Settings
from erasl.engine import Linter
from tests.skeleton_helpers import says, suggest

DRAFT = ("---\ntype: work\ntitle: Staff nurse\nstart: 2015-01\nend: 2018-06\n---\n"
         "Staff nurse on the 28-bed surgical ward of Hospital São Lucas, Recife. I cared for 8 patients per shift "
         "and gave the handover to the night team. ")


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Settings())


def _left_out(suggestion, words: str) -> bool:
    return any(words in item["text"] for item in suggestion.left_out)


@pytest.mark.parametrize("closing", [
    "This experience molded me to be a more compassionate future physician.",
    "This job gave me a big interest for the clinical side of medicine.",
    "The position was very valuable for my future career.",
    "It was a great opportunity.",
    "I am very grateful for this opportunity.",
    "This work teached me that listening is part of nursing.",
    "I think that this period prepared me well for residency.",
    "Overall it was a wonderful and fruitful time.",
    "This experience has shaped me into the nurse I am.",
    "I understood that nursing is the heart of the ward.",
])
def test_an_empty_closing_line_is_cut_and_listed(linter, closing):
    suggestion = suggest(linter, DRAFT + closing + "\n")
    first_words = " ".join(closing.split()[:4])
    assert first_words not in suggestion.text, suggestion.text
    assert _left_out(suggestion, first_words), suggestion.left_out
    says(suggestion.text, said=["8 patients per shift"])


@pytest.mark.parametrize("closing, kept", [
    ("In 2017 the ward gave me the award for best nurse of the year.", "2017"),              # a number
    ("This job taught me to insert 30 IV lines a week on my own.", "30 IV lines"),           # a number and a task
    ("I learned to place nasogastric tubes under supervision.", "nasogastric tubes"),         # a skill
    ("The rotation gave me the chance to train 4 new nurses.", "4 new nurses"),               # an act with a number
    ("Dr. Albuquerque wrote my letter of recommendation.", "Albuquerque"),                    # a name said only here
])
def test_a_closing_with_a_fact_stays(linter, closing, kept):
    suggestion = suggest(linter, DRAFT + closing + "\n")
    assert kept in suggestion.text, (suggestion.text, suggestion.left_out)


def test_an_empty_line_that_is_not_a_closing_is_left_to_the_other_rules(linter):
    """Only the last two sentences are a closing: a verdict in the middle, before the acts, is not read here."""
    suggestion = suggest(linter, "---\ntype: work\ntitle: Staff nurse\nstart: 2015-01\nend: 2018-06\n---\n"
                                 "Staff nurse at Hospital São Lucas, Recife. The ward was very important. I cared "
                                 "for 8 patients per shift. I gave the handover to the night team. I trained 3 new "
                                 "nurses on the infusion pumps.\n")
    assert not any("closing line" in item["reason"] for item in suggestion.left_out), suggestion.left_out
