"""P101 on stative participles of things (passive19): layouts and fastenings said in the present, floors and
fits, things that decay by themselves, what a thing is made to do, a lower-case noun the tagger called a name,
and the non-native "I was graduated" read as the writer's own past. Every sentence was written for these
tests; each class has cases both ways."""

from __future__ import annotations

import pytest

from tests.passive_helpers import check_passive as _check
from tests.passive_helpers import passive_cases as _cases

# 1. How a thing is split up or held in place, and how a floor is finished, said of a thing in the present.
LAYOUTS = [
    "The frame is split into thirds by two lines.",
    "The hall is partitioned into three offices.",
    "The shelf is bolted to the wall above the sink.",
    "The rota is pinned to the noticeboard in the staff room.",
    "The courtyard is paved with old brick.",
    "The nave is floored with grey slate.",
]
# ... in the past, with a person acting, or as a process that happens each time something else does.
LAYOUT_ACTIONS = [
    ("Light is split into its colours when it passes through a prism.", "is split"),
    ("The notices were pinned to the board by the ward clerk.", "were pinned"),
    ("The ward was split into two teams last winter.", "was split"),
    ("The road was paved by the council in 2019.", "was paved"),
    ("The frame is bolted to the floor by two technicians.", "is bolted"),
]


@pytest.mark.parametrize(("text", "span"), _cases(LAYOUTS, LAYOUT_ACTIONS))
def test_how_a_thing_is_laid_out_or_fastened_is_a_state(text, span):
    _check(text, span)


# 2. What suits something ("suited to", like "suited for"), what lies buried under something, and what decays by
# itself ("perished" has no one acting).
STATES = [
    "The job is suited to a nurse with theatre experience.",
    "The post is well suited to someone who likes nights.",
    "The key is buried under a pile of coats.",
    "The rubber seals were perished.",
    "The tyres on the old bike are perished and cracked.",
]
STATE_ACTIONS = [
    ("He was buried by his family in the village cemetery.", "was buried"),
    ("The patient was suited up by the theatre nurse.", "was suited"),
]


@pytest.mark.parametrize(("text", "span"), _cases(STATES, STATE_ACTIONS))
def test_fits_burials_and_decay_are_states(text, span):
    _check(text, span)


# 3. What a thing is made to do, said with an infinitive in the present, like "designed for".
MADE_TO = [
    "The kettle is designed to switch off when it boils.",
    "The food caddy is designed to fit on a kitchen worktop.",
    "The tent is built to withstand strong winds.",
]
MADE_TO_ACTIONS = [
    ("The study was designed to test early mobilisation.", "was designed"),
    ("The new wing was built to last by a Dutch firm.", "was built"),
    ("The program was designed to train interns in ultrasound.", "was designed"),
]


@pytest.mark.parametrize(("text", "span"), _cases(MADE_TO, MADE_TO_ACTIONS))
def test_what_a_thing_is_made_to_do_is_a_description(text, span):
    _check(text, span)


# 4. A lower-case noun after an article that the tagger called a proper noun is a thing, not a name: its
# description stays a state; a capitalised name ("the Smiths") and a thing with a person acting stay passives.
COMMON_NOUNS = [
    "The blue bin is marked with a recycling symbol on the lid.",
    "The green box is labelled with the ward number.",
]
COMMON_NOUN_ACTIONS = [
    ("The Smiths were surrounded by reporters outside the court.", "were surrounded"),
    ("The blue bin was marked with a cross by the porter yesterday.", "was marked"),
]


@pytest.mark.parametrize(("text", "span"), _cases(COMMON_NOUNS, COMMON_NOUN_ACTIONS))
def test_a_lower_case_noun_read_as_a_name_is_a_thing(text, span):
    _check(text, span)


# 5. "I was graduated from ..." is the writer's own "I graduated" (non-native); someone else's, or with a person
# acting, stays a passive.
GRADUATED = [
    "I was graduated from Ain Shams University in 2016.",
    "We were graduated from the same medical school in 2019.",
    "I was graduated with honours from the University of Lagos.",
]
GRADUATED_ACTIONS = [
    ("She was graduated from the academy by the dean himself.", "was graduated"),
    ("I was graduated by the faculty board after a second review.", "was graduated"),
]


@pytest.mark.parametrize(("text", "span"), _cases(GRADUATED, GRADUATED_ACTIONS))
def test_i_was_graduated_is_the_writers_own_past(text, span):
    _check(text, span)


# 6. An honour joined by "and" to a résumé fragment that opens with the writer's own past verb is the writer's,
# though the parser read that verb as an adjective or a name and its object as the subject. A subject of its own,
# no "and" before `be`, or a verb that is no honour stay as they were.
FRAGMENT_HONOURS = [
    "Vaccinated city campaigns and was awarded a certificate.",
    "Led weekly tutoring sessions and was elected class representative.",
    "Volunteered at the free clinic and was nominated for the service award.",
]
FRAGMENT_ACTIONS = [
    ("Organized rural health camps and was asked to leave early.", "was asked"),
    ("Collected samples and were analysed by the lab.", "were analysed"),
    ("Trained volunteers were selected for the pilot.", "were selected"),
    ("Led the team and she was elected captain.", "was elected"),
]


@pytest.mark.parametrize(("text", "span"), _cases(FRAGMENT_HONOURS, FRAGMENT_ACTIONS))
def test_an_honour_after_a_subjectless_resume_verb_is_the_writers(text, span):
    _check(text, span)


# 7. States after `be` that need a doer are something done to the subject after `get` (a get-passive); what
# happens to a thing by itself stays a change of state with `get`, and `be` keeps the state.
GET_STATES = [
    "The door was locked when we arrived.",
    "The kite got tangled in the wires.",
    "The curtains got faded in the sun.",
    "The wound was infected.",
]
GET_EVENTS = [
    ("I got locked out of the building last night.", "got locked"),
    ("The calves got infected with ringworm from the old barn.", "got infected"),
    ("The lab samples got mixed up on the first day.", "got mixed"),
    ("My phone screen got scratched in my bag.", "got scratched"),
]


@pytest.mark.parametrize(("text", "span"), _cases(GET_STATES, GET_EVENTS))
def test_a_state_that_needs_a_doer_is_a_get_passive(text, span):
    _check(text, span)


# 8. A phrasal verb the writer does, said of I or we with `be` and its particle, is the writer's own act with a stray
# auxiliary ("I was scrubbed in" = I scrubbed in); without the particle, of someone else, or with a person acting it
# stays a passive.
OWN_PHRASAL = [
    "I was scrubbed in on a Whipple procedure for the first time.",
    "We were scrubbed in for the whole transplant.",
]
OWN_PHRASAL_ACTIONS = [
    ("The patient was scrubbed with chlorhexidine before the incision.", "was scrubbed"),
    ("I was scrubbed in by the theatre nurse, who checked my gown.", "was scrubbed"),
]


@pytest.mark.parametrize(("text", "span"), _cases(OWN_PHRASAL, OWN_PHRASAL_ACTIONS))
def test_i_was_scrubbed_in_is_the_writers_own_act(text, span):
    _check(text, span)
