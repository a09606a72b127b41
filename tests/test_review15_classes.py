"""Classes from blind review 15 (issue 12, with one reading fix for issue 11): thanks said with no subject
("Thank you to Dr. X for accepting me") is cut, never re-verbed into "Thanked you"; a resolve said in the
present ("I am more determined to become ...") is an aspiration, cut whole, never turned into the claim
"Became ..."; "every few weeks" says how often, not how long; a first line that opens with the front matter's
type and names the place is the entry's header, so no second header is composed above it.

Every draft here was written for this test (none is a corpus sentence)."""

from __future__ import annotations

import pytest

from erasl.config import Settings
from erasl.engine import Linter
from tests.skeleton_helpers import says, suggest
from tests.test_profile_classes import profile

OBSERVERSHIP = ("Cardiology observership at Mercy Hospital, Toledo, 4 weeks. I followed two attendings in clinic "
                "and saw 15 patients a day. I presented two cases at noon conference. ")


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Settings())


@pytest.mark.parametrize("thanks", [
    "Thank u to Dr. Ruiz for accept me.",
    "Thank you to Dr. Ruiz and his team for accepting me.",
    "Special thanks to Dr. Ruiz for this opportunity.",
])
def test_thanks_with_no_subject_is_left_out_not_reverbed(linter, thanks):
    suggestion = suggest(linter, OBSERVERSHIP + thanks)
    says(suggestion.text, said=("Presented two cases at noon conference",), never=("Thanked", "thank", "Thank"))
    assert any(item["text"] == thanks and item["reason"].startswith("thanks") for item in suggestion.left_out)


def test_thanks_to_someone_as_a_cause_stays(linter):
    suggestion = suggest(linter, OBSERVERSHIP + "Thanks to the interpreter, we reached 40 families.")
    says(suggestion.text, said=("40 families",))


@pytest.mark.parametrize("resolve", [
    "I am more determined to become an excellent cardiologist.",
    "I am now motivated to pursue internal medicine in the US.",
])
def test_a_resolve_in_the_present_is_cut_never_made_a_claim(linter, resolve):
    suggestion = suggest(linter, OBSERVERSHIP + resolve)
    says(suggestion.text, said=("Presented two cases",), never=("Became", "became", "Pursued", "pursue"))
    assert any(item["text"] == resolve for item in suggestion.left_out)


def test_a_resolve_with_its_own_act_is_not_an_aspiration(linter):
    text = OBSERVERSHIP + "I was determined to finish the chart audit and reviewed 120 charts by June."
    says(suggest(linter, text).text, said=("120 charts",))


def test_every_few_weeks_is_how_often_not_how_long(linter):
    text = ("I renew prescriptions for 10 adults per shift at a shelter clinic in Lviv on weekends. "
            "Care is hard when patients move every few weeks.")
    assert [m.label for m in profile(text).time_frame if m.text.endswith("few weeks")][0] == "frequency"
    skeleton = suggest(linter, text).text
    assert skeleton.count("few weeks") == 1 and "every few weeks" in skeleton, skeleton


def test_a_few_weeks_is_still_a_length():
    read = profile("Volunteer at a food bank in Dayton, Ohio, for a few weeks. I packed boxes for 40 families.")
    assert any(m.text.endswith("few weeks") for m in read.time_frame)


def test_a_first_line_opening_with_the_type_and_naming_the_place_is_the_header(linter):
    text = ("---\ntype: volunteer\nstart: 2022-03\nend: present\n---\n"
            "Volunteer doctor at the medical point of a shelter for internally displaced people in Lviv, weekends, "
            "2 shifts per month. I see 10 adults per shift and renew prescriptions.")
    suggestion = suggest(linter, text)
    says(suggestion.text, never=("[organization name]", "[role]"))
    assert suggestion.text.startswith("Volunteer doctor at the medical point")
    assert suggestion.text.count("Lviv") == 1


def test_a_phrase_read_as_one_act_is_retensed_on_its_verb(linter):
    text = ("---\ntype: observership\nstart: 2023-05\nend: 2023-06\n---\n"
            "Cardiology observership at Mercy Hospital, Toledo, 4 weeks. During the observership I follow two "
            "attendings in clinic. I also join the weekly echo conference. I present two cases at noon conference.")
    says(suggest(linter, text).text, said=("I also joined the weekly echo conference.",), never=("conferenced",))
