"""P101 on states a passive reading must tell from actions (passive11): where a thing sits and what lays it
out, what it is trimmed with, a state the sentence requires, a phrase addressed to the reader, and the
actions beside them (a participle done for an end, a thing moved by a thing, a habit said with "whenever").
Every sentence was written for these tests; each class has cases both ways."""

from __future__ import annotations

import pytest

from tests.passive_helpers import check_passive as _check
from tests.passive_helpers import passive_cases as _cases

# 1. Where a thing sits or hangs, and what flanks, shelters or overlooks a place, said in the present.
LAID_OUT = [
    "The lighthouse is perched on a rocky headland.",
    "A brass lantern is suspended above the doorway.",
    "The television is mounted on the wall opposite the bed.",
    "The village is dominated by a ruined abbey.",
    "The garden is bordered by a low stone wall.",
    "The main square is flanked by two churches.",
    "The boat is anchored in the middle of the bay.",
    "The chairs are upholstered in red leather.",
    "The bell tower is topped with a copper dome.",
    "The river is spanned by a stone bridge.",
    "The gate is guarded by two stone lions.",
    "The old bridge is built of granite.",
]
# ... a kind in general, a step at a time or for an end, a movement, the past with someone acting, people.
LAID_OUT_ACTIONS = [
    ("The shirts are hung to dry on the balcony.", "are hung"),
    ("The sample is then suspended in buffer overnight.", "is then suspended"),
    ("Slides are mounted in resin and stored at room temperature.", "are mounted"),
    ("The painting was hung in the east wing by the curators.", "was hung"),
    ("The refugees were sheltered by a local church.", "were sheltered"),
    ("The electrode is mounted onto the scalp with conductive gel.", "is mounted"),
    ("The meat is hung in a cool room for two weeks.", "is hung"),
    ("The gate is guarded by two soldiers.", "is guarded"),
    ("The new bridge was built by a Dutch firm in 2019.", "was built"),
]


@pytest.mark.parametrize(("text", "span"), _cases(LAID_OUT, LAID_OUT_ACTIONS))
def test_where_a_thing_sits_is_a_state_but_putting_it_there_is_not(text, span):
    _check(text, span)


# 2. What a thing is trimmed, set or embroidered with, like "decorated with".
TRIMMED = [
    "The jacket is trimmed with white fur.",
    "The box is inlaid with mother-of-pearl.",
    "The saddle is studded with silver nails.",
    "The tablecloth is embroidered with tiny blue flowers.",
    "The crown is adorned with rubies and pearls.",
    "The cup is made of pewter and edged with gold.",
]
TRIMMED_ACTIONS = [
    ("The hedges were trimmed by the gardener last week.", "were trimmed"),
    ("My hair was trimmed before the interview.", "was trimmed"),
    ("The wick should be trimmed before each use.", "be trimmed"),
    ("The budget was trimmed by ten percent.", "was trimmed"),
    ("The shrubs are trimmed twice a year.", "are trimmed"),
]


@pytest.mark.parametrize(("text", "span"), _cases(TRIMMED, TRIMMED_ACTIONS))
def test_what_a_thing_is_trimmed_with_is_a_state_but_trimming_it_is_not(text, span):
    _check(text, span)


# 3. A state the sentence requires of a thing ("make sure", "ensure"): how it must be, not who acts.
REQUIRED = [
    "Make sure the oven is preheated before you put the tray in.",
    "Ensure the lid is closed tightly.",
    "Make sure the chicken is cooked through.",
    "Please ensure that the device is charged before the trip.",
    "Make certain the gas is turned off.",
    "Ensure the bandage is secured firmly.",
]
REQUIRED_ACTIONS = [
    ("Make sure the form is signed by your supervisor.", "is signed"),
    ("Make sure the patient is seen by a doctor within an hour.", "is seen"),
    ("Please ensure the samples are sent to the lab today.", "are sent"),
    ("I made sure the results were checked twice.", "were checked"),
    ("Make sure the dishes are washed by the kids.", "are washed"),
]


@pytest.mark.parametrize(("text", "span"), _cases(REQUIRED, REQUIRED_ACTIONS))
def test_a_required_state_of_a_thing_is_no_passive_unless_someone_acts(text, span):
    _check(text, span)


# 4. A phrase addressed to the reader ("for your review") is part of no event.
TO_THE_READER = [
    "The agenda is attached for your reference.",
    "The invoice is enclosed for your records.",
    "A map of the venue is attached for your convenience.",
    "The minutes are attached for your information.",
    "The draft is attached for your comments.",
]
TO_THE_READER_ACTIONS = [
    ("The room is cleaned daily for your comfort.", "is cleaned"),
    ("A table will be reserved for your family.", "be reserved"),
    ("The report was sent for your approval last week.", "was sent"),
    ("The file was attached by mistake.", "was attached"),
    ("The car is washed for your arrival every morning.", "is washed"),
]


@pytest.mark.parametrize(("text", "span"), _cases(TO_THE_READER, TO_THE_READER_ACTIONS))
def test_a_phrase_for_the_reader_does_not_turn_a_state_into_an_action(text, span):
    _check(text, span)


# 5. A participle that is an adjective on its own ("heated", "mixed", "locked") is an action when done for an end.
DONE_FOR_AN_END = [
    ("The oil was heated to fry the onions.", "was heated"),
    ("The solution was heated to dissolve the salt.", "was heated"),
    ("The plan was rushed to meet the deadline.", "was rushed"),
    ("The ingredients were mixed to form a smooth paste.", "were mixed"),
    ("The door was locked to keep the children inside.", "was locked"),
]
PLAIN_ADJECTIVES = [
    "The debate was heated.",
    "I was determined to finish the marathon.",
    "She was excited to start the new job.",
    "The results were mixed.",
    "The team was limited to three players.",
]


@pytest.mark.parametrize(("text", "span"), _cases(PLAIN_ADJECTIVES, DONE_FOR_AN_END))
def test_a_participle_done_for_an_end_is_an_action(text, span):
    _check(text, span)


# 6. A thing carried or blown off by a thing is no feeling ("blown away by her talk" is one).
MOVED_BY_A_THING = [
    ("The roof was blown off by the gale.", "was blown"),
    ("The boats were carried away by the flood.", "were carried"),
    ("The leaves were blown away by the wind.", "were blown"),
    ("The bridge was swept away by the current.", "was swept"),
    ("The tiles were torn off by the hurricane.", "were torn"),
]
FEELINGS = [
    "I was blown away by her talk.",
    "We were carried away by the music.",
    "The audience was blown away by the performance.",
    "The children were carried away by the story.",
    "Location sharing is turned off by default.",
]


@pytest.mark.parametrize(("text", "span"), _cases(FEELINGS, MOVED_BY_A_THING))
def test_a_thing_moved_by_a_thing_is_an_action_not_a_feeling(text, span):
    _check(text, span)


# 7. What is done whenever something else happens is a habit, not a present state.
HABITS = [
    ("The session is cleared whenever the user logs out.", "is cleared"),
    ("The filter is replaced every time the alarm sounds.", "is replaced"),
    ("The lights are switched off whenever the room is empty.", "are switched"),
    ("The alarm is triggered whenever the door opens.", "is triggered"),
    ("The cache is emptied whenever memory runs low.", "is emptied"),
]
PRESENT_STATES = [
    "The shop is closed on Sundays.",
    "The windows are painted.",
    "The door is locked when we arrive.",
    "The kettle is switched off.",
    "The garage is full whenever it rains.",
]


@pytest.mark.parametrize(("text", "span"), _cases(PRESENT_STATES, HABITS))
def test_what_is_done_whenever_something_happens_is_a_habit(text, span):
    _check(text, span)


# 8. "done with" and "finished with" are states of a person; said of a thing, "with" names what is added.
FINISHED_WITH_SOMETHING = [
    ("The cake is finished with a dusting of icing sugar.", "is finished"),
    ("The salad is finished with a drizzle of olive oil.", "is finished"),
    ("Each bowl is finished with fresh coriander.", "is finished"),
    ("The soup was finished with a swirl of cream.", "was finished"),
    ("The floor is finished with two coats of varnish.", "is finished"),
]
DONE_WITH = [
    "I am finished with the laptop.",
    "We were done with the ward round by noon.",
    "Are you finished with the stapler?",
    "She is done with night shifts.",
    "They were finished with the exam early.",
]


@pytest.mark.parametrize(("text", "span"), _cases(DONE_WITH, FINISHED_WITH_SOMETHING))
def test_finished_with_is_a_state_of_a_person_and_an_action_on_a_thing(text, span):
    _check(text, span)
