"""Issue 12: placeholders advisors mark redundant or missing (erasl/skeleton_heading.py, erasl/skeleton_vague_help.py).

A draft that opens with its own post line ("Cashier at a family pharmacy.") is not asked "[role] at [organization
name]" above it; a short sentence that only helps or watches ("Helped doctors.") is kept with an ask for the
applicant's own tasks beside it, never a task invented. Every draft here was written for this test."""

from __future__ import annotations

import pytest

from erasl.config import Settings
from erasl.engine import Linter
from tests.skeleton_helpers import says, suggest

TASKS_ASK = "[with what: the tasks you did yourself, each led by a verb]"
WATCH_ASK = "[and what you did yourself there, each task led by a verb]"


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Settings())


def _entry(kind: str, body: str, start: str = "2021-03", end: str = "2023-02") -> str:
    return f"---\ntype: {kind}\nstart: {start}\nend: {end}\n---\n{body}\n"


# --- must change: the post line opens the skeleton, no role or organisation asked above it ----------------------

@pytest.mark.parametrize("kind, body, said", [
    ("work", "Night receptionist at a small family hotel. I checked in guests and handled complaints about noise.",
     ["Night receptionist at a small family hotel"]),
    ("work", "Delivery driver for a bakery in the old town. I planned the morning routes and kept the van log.",
     ["Delivery driver for a bakery in the old town"]),
    ("volunteer", "Reading tutor with a neighborhood library program. I read with two children every Saturday.",
     ["Reading tutor with a neighborhood library program"]),
])
def test_a_post_line_is_the_opening(linter, kind, body, said):
    text = suggest(linter, _entry(kind, body)).text
    says(text, said, never=["[role]", "[organization name]", "[Your role]", "[Position]"])
    assert text.count(said[0]) == 1, text  # said once, as the opening


# --- must not change: a first sentence that is no post line still gets the template's opening ------------------

@pytest.mark.parametrize("kind, body", [
    # an event, not a job: the role is still missing
    ("volunteer", "Free flu-shot day at the town square. I handed out forms and kept the line moving."),
    # a sentence with its own verb is not a post line
    ("work", "I stocked shelves at a corner shop. Helped customers."),
])
def test_no_post_line_keeps_the_template_opening(linter, kind, body):
    text = suggest(linter, _entry(kind, body)).text
    assert "[role]" in text or "[Full-time/Part-time]" in text, text


# --- must change: a sentence that only helps or watches asks what the applicant did -----------------------------

@pytest.mark.parametrize("body, said", [
    ("Helped nurses. Talked with families in the lobby about parking and meals.", [f"Helped nurses {TASKS_ASK}."]),
    ("Assisted the pharmacists. Counted tablets for the weekly blister packs.", [f"Assisted the pharmacists {TASKS_ASK}."]),
    ("Watched the staff run the morning huddle. Restocked the supply carts twice a shift.",
     [f"the morning huddle {WATCH_ASK}."]),
])
def test_a_vague_help_asks_for_the_tasks(linter, body, said):
    text = suggest(linter, _entry("volunteer", body)).text
    says(text, said)


# --- must not change: help that says what it was, or counts it, gets no ask -------------------------------------

@pytest.mark.parametrize("body", [
    "Helped nurses with bed baths and turning patients. Talked with families in the lobby.",
    "Helped families fill out intake forms. Talked with them in the lobby about parking.",
    "Observed 14 knee replacements. Talked with families in the lobby about recovery.",
    "Did not help with procedures. Talked with families in the lobby about parking.",
    # attending rounds is a part of the training of its own
    "Attended grand rounds. Talked with families in the lobby about parking.",
])
def test_a_concrete_help_gets_no_ask(linter, body):
    text = suggest(linter, _entry("volunteer", body)).text
    says(text, never=[TASKS_ASK, WATCH_ASK])


# --- a first line that only names the job is the role: never "[role]"/"[Position]" asked above it ---------------

def test_a_job_line_is_the_role(linter):
    body = ("Pharmacy technician. Lakeside Outpatient Pharmacy, Duluth. 2 yrs.\n"
            "Filling of prescriptions. Counseling of patients. Helped pharmacists.")
    text = suggest(linter, _entry("work", body)).text
    says(text, ["Pharmacy technician at "], never=["[role]", "[Position]", "Pharmacy technician. "])


def test_a_line_naming_no_job_leaves_the_role_asked(linter):
    body = ("Vaccination. Lakeside Outpatient Pharmacy, Duluth. 2 yrs.\n"
            "Filling of prescriptions. Counseling of patients. Helped pharmacists.")
    text = suggest(linter, _entry("work", body)).text
    assert "[role]" in text or "[Position]" in text, text
