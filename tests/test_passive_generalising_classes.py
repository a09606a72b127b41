"""P101 parse classes that generalise across registers (issue 11): what describes a thing in the present, how a
service runs, feelings of attraction, a legal home, the writer's own training, participles used as adjectives,
and the passives they must not swallow: a habit said with "every", a participle spelt like its base after "to be",
a chance or a judge in the by-phrase, a phrase of manner read as an object, negated passives. Every sentence was
written for these tests; each class has cases both ways."""

from __future__ import annotations

import pytest

from tests.passive_helpers import check_passive as _check
from tests.passive_helpers import flagged_passives as _flagged
from tests.passive_helpers import passive_cases as _cases

# 1. Marks and labels, what comes in a kit, what a thing is made for: in the present, of a thing.
DESCRIPTIONS = [
    "The tubes are labelled with the ward and the bed number.",
    "The fire doors are marked with green signs.",
    "The folders are sorted by surname.",
    "The spare bulbs are included with the lamp.",
    "A pump is not included in the starter pack.",
    "The workshop is designed for nurses new to the unit.",
    "The handbook is written for junior doctors.",
    "Refill cartridges are not included in the box.",
    "The ridge route is marked with cairns for the first four miles.",
]
DESCRIPTIONS_DONE = [
    ("The tubes were labelled with the ward number by the porter.", "were labelled"),
    ("Each tube is labelled by the phlebotomist.", "is labelled"),
    ("Spare bulbs are not included and must be ordered.", "are not included"),
    ("The workshop was designed for nurses by the practice educator.", "was designed"),
]


@pytest.mark.parametrize("text, span", _cases(DESCRIPTIONS, DESCRIPTIONS_DONE))
def test_what_describes_a_thing_in_the_present_is_a_state(text, span):
    _check(text, span)


# 2. How a service runs, with nobody acting; the make-up of a group; what came before a thing.
TIMETABLES = [
    "The 6.15 bus to Oxford is delayed by twenty minutes.",
    "The 8.05 to York is delayed by ten minutes.",
    "Our flight home was delayed.",
    "The ward team is made up of two registrars and four nurses.",
    "The dressing pack is composed of gauze, tape and a saline pod.",
    "The collapse was preceded by a week of fever.",
]
TIMETABLES_DONE = [
    ("The final was delayed by heavy rain on Sunday.", "was delayed"),
    ("Departures are being delayed because of fog.", "being delayed"),
    ("The ceremony was preceded by two police officers.", "was preceded"),
]


@pytest.mark.parametrize("text, span", _cases(TIMETABLES, TIMETABLES_DONE))
def test_how_a_service_runs_and_what_a_group_is_made_of_are_states(text, span):
    _check(text, span)


# 3. Feelings, a legal home, the writer's own training, a range of duties, a thing gone missing, a pet's state.
STATES = [
    "I was attracted to surgery by the pace of the theatre.",
    "Many students are tempted to specialise early.",
    "I am interested in addiction medicine.",
    "The defendant is domiciled in Ireland.",
    "I was formed in general surgery at a public hospital in Lisbon.",
    "I am formed in medicine since 2015.",
    "My work was limited to chart audits.",
    "Our parcel got lost in the post.",
    "If your rabbit is neutered, it lives longer.",
    "The children were settled in their new nursery within a week.",
]
ACTIONS = [
    ("The committee was formed in 2019.", "was formed"),
    ("I was formed as a nurse in a small college in Goa.", "was formed"),
    ("Thirty participants were enrolled in the trial.", "were enrolled"),
    ("The dispute was settled in court.", "was settled"),
    ("The parcel was lost by the courier.", "was lost"),
]


@pytest.mark.parametrize("text, span", _cases(STATES, ACTIONS))
def test_feelings_training_and_adjectival_participles_are_states(text, span):
    _check(text, span)


# 4. Passives the states must not swallow.
PASSIVES = [
    ("The pond is stocked with carp every spring.", "is stocked"),
    ("The pond was stocked with carp last Friday.", "was stocked"),
    ("Admitted with pneumonia, was give antibiotics and fluids.", "was give"),
    ("Every specimen is checked by a second reader.", "is checked"),
    ("The router needs to be reset after each outage.", "be reset"),
    ("The bolts should be cut to size first.", "be cut"),
    ("Households were chosen from the register by random draw.", "were chosen"),
    ("The exhibition was praised by the critics.", "was praised"),
    ("The charts were audited page by page by the quality team.", "were audited"),
    ("Her symptoms were not recognized for a week.", "were not recognized"),
    ("The error was not noticed until the audit.", "was not noticed"),
]


@pytest.mark.parametrize("text, span", PASSIVES, ids=[text[:40] for text, _ in PASSIVES])
def test_habits_chances_judges_and_negated_passives_are_found(text, span):
    _check(text, span)


@pytest.mark.parametrize("text", ["I was selected for the research track.", "Our abstract was accepted for a plenary talk."])
def test_the_writers_own_honour_is_still_left_alone(text):
    assert _flagged(text) == []
