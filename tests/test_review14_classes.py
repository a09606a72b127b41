"""Classes from blind review 14 (issues 11 and 12): a post named with "the" or "my" is someone else's, not
the applicant's type; a growth verb with a thing as its object is a task, not a trait claim; a procedure
counted vaguely becomes "[N]" with its plural; "to" after a noun is a preposition ("gave ORS to dehydrated
children"); a place people came from is not where the experience was.

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


@pytest.mark.parametrize("text, kind", [
    ("Gastroenterology ward, university hospital in Turin, March to May 2022. I examined 4 patients a day and "
     "followed the daily visit with the tutor.", None),
    ("Internship in the surgery ward of a university hospital in Turin, March to May 2022. I examined 4 patients "
     "a day and followed the morning rounds with the tutor.", "work"),
    ("Dallas, 4 weeks, summer 2023. During the externship I admitted 2 patients a day on the hospitalist service.",
     "externship"),
    ("Clerkship in pediatrics, 6 weeks. My instructor showed me how to examine newborns and I examined 3 a day.",
     "clerkship"),
    ("Anatomy tutor for first-year students, 2021-2022. As the tutor for 12 students, I taught 2 dissection "
     "sessions a week.", "teaching"),
    ("Teaching at the medical school, 2021-2022. I was the instructor for the suturing workshop and taught 30 "
     "students.", "teaching"),
])
def test_a_post_named_with_the_or_my_is_someone_elses(text, kind):
    assert profile(text).experience_type == kind


def _codes(linter, text: str) -> list[str]:
    from erasl.document import SourceFile

    document = linter.parse(SourceFile("entry.md", text), "experience")
    return [d.code for d in linter.lint_documents([document])]


@pytest.mark.parametrize("sentence, claimed", [
    ("I made the anamnesis and the objective examination of some patients and I followed the visit with the tutor.",
     False),
    ("I made friends with the nurses on the night shift.", False),
    ("This rotation made me a more confident and compassionate doctor.", True),
    ("I became a more patient and empathetic listener.", True),
    ("This hard work make me more strong person.", True),
])
def test_a_growth_verb_with_a_thing_as_object_is_a_task(linter, sentence, claimed):
    codes = _codes(linter, f"Clerkship in surgery at Hospital San Carlo, Milan, 6 weeks. {sentence}")
    assert ("F201" in codes) == claimed, codes


def test_a_procedure_counted_vaguely_is_asked_as_a_number(linter):
    text = suggest(linter, "Clerkship in surgery, Hospital San Carlo, Milan, 6 weeks. I examined 4 patients a day. "
                           "I have also assisted at some paracentesis. I gained much knowledge of trauma care.").text
    says(text, ["[N] paracenteses"], ["some paracentesis", "[N] knowledge"])


def test_to_after_a_noun_is_a_preposition_not_an_infinitive(linter):
    text = suggest(linter, "Volunteer at a flood relief camp, 6 weeks. I gave oral rehydration salts to dehydrated "
                           "children and helped to presented cases to the visiting doctor.").text
    says(text, ["to dehydrated children", "helped to present cases"], ["to dehydrate children", "to presented"])


def test_a_place_people_came_from_is_not_where_the_work_was(linter):
    text = suggest(linter, "During the floods I volunteered for 6 weeks in a relief camp near a small river town, where "
                           "our team saw around 100 patients daily and I translated for the doctors from Lahore and "
                           "worked with the LHW at night. It was a great experience that taught me a lot.").text
    header = text.split(".")[0]
    says(header, ["Volunteer"], never=["Lahore", "LHW"])
    says(text, ["the doctors from Lahore", "with the LHW at night"])
