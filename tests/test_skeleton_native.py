"""Skeletons that read as good English for non-native drafts (issue 12, skelnat).

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

import erasl
from erasl.config import Settings
from erasl.engine import Linter
from erasl.registry import RuleFileError
from erasl.wording_fixes import read_fix_entries
from tests.skeleton_helpers import says, suggest


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Settings())


def wording(text: str) -> list[tuple[str, str]]:
    profile = erasl.read_text(text, settings=Settings())[0]
    return [(fix.text, fix.correction) for fix in profile.wording_fixes if fix.family == "tense"]


# --- present perfect: `unless` a word of time makes it right ----------------------------------------

@pytest.mark.parametrize("text", [
    "I have stayed in touch with the team ever since I left two years ago.",
    "I have practiced in Lagos since I qualified two years ago.",
    "I have seen the clinic grow from 2 to 9 doctors since it opened two years ago.",
    "I have worked there till today, since the day I joined two years ago.",
])
def test_a_present_perfect_with_a_word_of_time_is_not_said_in_the_past(text):
    assert wording(text) == []


@pytest.mark.parametrize("text, said", [
    ("I have started my research fellowship two years ago.", "started"),
    ("I have completed my internship in 2019 at a district hospital.", "completed"),
    ("My grandfather has passed away when I was a fourth-year student.", "passed"),
])
def test_a_present_perfect_with_a_past_time_is_still_said_in_the_past(text, said):
    assert [correction.split()[0] for _, correction in wording(text)] == [said]


def test_unless_is_a_list_of_words_or_a_word_class():
    shape = [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMMA": "go"}}]
    entry = {"family": "x", "example": "a", "says": "b", "say": "c", "shape": shape}
    assert read_fix_entries([{**entry, "unless": ["Since", "yet"]}], "lexicon.toml")[0].unless == {"since", "yet"}
    classes = {"time": {"since": "since", "ever": "ever"}}
    assert read_fix_entries([{**entry, "unless": "@time"}], "lexicon.toml", classes)[0].unless == {"since", "ever"}
    with pytest.raises(RuleFileError, match="'unless' must be"):
        read_fix_entries([{**entry, "unless": ["so far"]}], "lexicon.toml")
    with pytest.raises(RuleFileError, match="does not have"):
        read_fix_entries([{**entry, "unless": "@nope"}], "lexicon.toml", classes)
