"""Honest lists (issue 12, skel8): a run-on is read as its clauses, never kept whole; a sentence cut for the box
says the real reason it went first; every "left out" item is absent from the skeleton and every "kept as
written" item is in it. The drafts are written for these tests."""

from __future__ import annotations

import re

import pytest

from erasl.config import Settings
from erasl.engine import Linter
from tests.skeleton_helpers import says, suggest


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Settings())


def key(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def assert_lists_match(suggestion) -> None:
    said = key(suggestion.text)
    for item in suggestion.left_out:
        if len(key(item["text"]).split()) >= 4:
            assert key(item["text"]) not in said, (item, suggestion.text)
    for item in suggestion.not_rewritten:
        words = key(item["text"]).split()
        assert " ".join(words[:4]) in said or " ".join(words[-4:]) in said, (item, suggestion.text)


RUN_ON = ("I worked as a volunteer nurse aide in the Bright Hope shelter clinic for displaced families in mersin from "
          "June 2021 to April 2022 we saw about 45 patients per day mostly children with scabies and adults with "
          "asthma since the floods I did the intake and measured vitals and translated for the kurdish families it "
          "was exhausting because of the crowds.")


def test_a_run_on_is_split_into_its_clauses_and_never_kept_whole(linter):
    suggestion = suggest(linter, RUN_ON)
    says(suggestion.text, said=["from June 2021 to April 2022", "about 45 patients per day", "45"],
         never=["2022 we saw"])
    assert len([s for s in re.split(r"(?<=[.!?])\s+", suggestion.text) if s.strip()]) >= 3, suggestion.text
    assert not any(key(item["text"]).startswith("i worked as a volunteer nurse aide") and "mersin" in item["text"]
                   and "families it" in item["text"] for item in suggestion.not_rewritten), suggestion.not_rewritten
    assert_lists_match(suggestion)


def test_a_comma_spliced_run_on_keeps_every_clause(linter):
    text = ("---\ntype: externship\nstart: 2024-03\nend: 2024-04\n---\n"
            "Surgery Externship - Baymont General Hospital, Tampa FL, 6 weeks\n"
            "During this externship I was working with the acute care surgery team on the 28-bed surgical floor, "
            "every morning I was seeing my patients before rounds, usually I followed 4-5 patients, I was writing the "
            "progress notes and I was presenting the patients to Dr. Alvarez on rounds.")
    suggestion = suggest(linter, text)
    says(suggestion.text, said=["28-bed", "4-5 patients", "Dr. Alvarez"])
    assert_lists_match(suggestion)
    assert not any("28-bed" in item["text"] and "Dr. Alvarez" in item["text"] for item in suggestion.not_rewritten)


def test_a_short_sentence_with_two_subjects_is_not_split(linter):
    text = ("Volunteer, Harbor Free Clinic, Oakland. I checked in patients and I measured their blood pressure "
            "every Saturday.")
    says(suggest(linter, text).text, said=["patients and measured their blood pressure every Saturday."])


def test_a_sentence_cut_for_the_box_says_why_it_went_first(linter):
    from types import SimpleNamespace

    from erasl.skeleton import Unit
    from erasl.skeleton_guard import vague_reason

    builder = SimpleNamespace(rw=SimpleNamespace(nlp=linter.nlp))
    about_you = vague_reason(builder, Unit("This year allowed me to be more autonomous.", 0), 750)
    assert about_you == "says what the experience did for you, not what you did; cut first to fit the 750-character limit"
    vague = vague_reason(builder, Unit("This experience was very formative in many ways.", 0), 750)
    assert vague == "vague: no number, name or act of yours; cut first to fit the 750-character limit"
