"""Sentences that only evaluate, claim a trait, credit the experience with the applicant's career, teach a lesson
with no act, or describe the institution leave the skeleton, listed with their reason; a fact such a sentence
holds stays, in a line of its own or named in the list (issue 12, skel25; rules/rewrite/evaluation.toml).

Every sentence here was written for this test, none is a corpus sentence: phone typing, CV shorthand, non-native
wording and long run-ons, with near-misses that must stay (a skill with an act, a setting the skeleton needs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from erasl.config import Settings
from erasl.engine import Linter
from erasl.nlp import load_model
from erasl.skeleton_evaluation import evaluation_spans, whole_sentence_class
from tests.skeleton_helpers import suggest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def nlp():
    return load_model()


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Settings())


def _class(nlp, sentence: str):
    doc = nlp(sentence)
    return whole_sentence_class(next(iter(doc.sents)), evaluation_spans(sentence))


@pytest.mark.parametrize("sentence, expected", [
    # evaluation of the experience
    ("The rotation was really useful for me.", "evaluation"),
    ("honestly this elective was so eye-opening", "evaluation"),
    ("It was a wonderful learning experience.", "evaluation"),
    ("would def recommend this clinic to anyone", "evaluation"),
    ("I would highly recommend it to other IMGs.", "evaluation"),
    ("Overall the externship was very rewarding.", "evaluation"),
    ("This was one of the best experiences of my medical education.", "evaluation"),
    ("I really enjoyed every day of it.", "evaluation"),
    ("Working there was the most humbling part of my journey.", "evaluation"),
    ("the time was great for us", "evaluation"),
    # what it did for the applicant's career
    ("This will help me in my future career as internist.", "benefit"),
    ("I am sure that this rotation prepared me well for residency.", "benefit"),
    ("It was very important for my future training.", "benefit"),
    ("That period would be helpful to my career.", "benefit"),
    # a trait or growth claim
    ("i improved my communication skills and my confidence", "trait"),
    ("I developed my empathy and my interest in geriatrics.", "trait"),
    ("My confidence in English grew.", "trait"),
    ("I am a hard working and honest person.", "trait"),
    ("Through this work I strengthened my commitment to serve the poor.", "trait"),
    # a lesson with no act
    ("Learnt how to deal with difficult families and how to work in a team.", "lesson"),
    ("I learned the importance of team work.", "lesson"),
    ("learned how to manage patients in a low resource setting", "lesson"),
    # a description of the institution
    ("St. Mary Hospital is one of the busiest trauma centers in the state.", "institution"),
    ("The program is ranked among the best in the Midwest.", "institution"),
    ("The department has a long tradition of teaching.", "institution"),
])
def test_a_sentence_that_only_evaluates_goes_with_its_class(nlp, sentence, expected):
    assert _class(nlp, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "I learned to place IV lines and draw ABGs under supervision.",       # a skill with an act
    "I learned how to read chest X-rays with the radiology resident.",    # a skill with an act
    "Placed 12 central lines; the attending said it was useful.",          # the acts lead
    "The clinic serves 40 uninsured patients every Saturday.",            # the setting the skeleton needs
    "It was a 600-bed hospital in Lahore.",                               # a setting with a number
    "I presented 3 cases and it was useful for the team's handover.",     # an act joined to it
    "The hospital has 300 beds and I covered 2 of its wards at night.",  # an act joined to it
    "Recommended antibiotic changes to the team on rounds.",              # "recommend" as an act
    "I developed a discharge checklist for the ward.",                    # "developed" a product, no trait
    "My patients' pain scores improved after the protocol.",              # a result, not a claim about me
])
def test_a_near_miss_stays(nlp, sentence):
    assert _class(nlp, sentence) is None


DRAFT = ("---\ntype: externship\ntitle: IM externship, Riverside Hospital, Newark NJ\nstart: 2024-03\nend: 2024-05\n"
         "---\nIM externship at Riverside Hospital, Newark NJ, 12 weeks. Pre-rounded on 5 patients a day and wrote "
         "SOAP notes cosigned by the resident. ")


@pytest.mark.parametrize("sentence, gone", [
    ("I think that the experience was useful for me.", "useful for me"),           # the hedge goes, and its claim
    ("I believe my skills in English improved.", "improved"),
    pytest.param("Would definitely recommend to anyone.", "recommend", marks=pytest.mark.xfail(
        reason="a strong entry is only tightened, by a path the evaluation pass does not run on yet", strict=True)),
    ("Riverside is one of the largest hospitals in the state and is ranked among the best.", "largest"),
])
def test_evaluation_leaves_the_skeleton_listed(linter, sentence, gone):
    suggestion = suggest(linter, DRAFT + sentence + "\n")
    assert gone not in suggestion.text, suggestion.text
    assert any(gone in item["text"] for item in suggestion.left_out), suggestion.left_out
    assert "5 patients a day" in suggestion.text


def test_a_benefit_clause_goes_and_its_sentence_stays(linter):
    """F101 flags the benefit clause (detect15), so the entry is rewritten and the clause goes, not the sentence."""
    suggestion = suggest(linter, DRAFT + "The attending taught us about insulin titration which was very "
                                         "helpful for my future career.\n")
    assert "insulin titration" in suggestion.text and "future career" not in suggestion.text, suggestion.text


@pytest.mark.parametrize("sentence, facts", [
    # a prior career goes to a context line
    ("It was a great experience after my 15 years as pediatrician in Kabul.", ["15", "Kabul"]),
])
def test_a_left_out_sentence_keeps_its_facts(linter, sentence, facts):
    suggestion = suggest(linter, DRAFT + sentence + "\n")
    for fact in facts:
        assert fact in suggestion.text, (suggestion.text, suggestion.left_out)


@pytest.mark.parametrize("sentence, facts", [
    # a lesson's topic is asked in the left-out reason, never as a placeholder line in the skeleton
    ("I learned a lot about DKA and hyperkalemia.", ["DKA"]),
    # a brochure line's numbers and names are named in the reason, never a "[One clause for the place:]" line
    ("Riverside is one of the largest hospitals in New Jersey, with more than 700 beds.", ["700"]),
])
def test_a_left_out_sentence_names_its_facts_in_the_reason(linter, sentence, facts):
    suggestion = suggest(linter, DRAFT + sentence + "\n")
    reasons = " ".join(item["reason"] for item in suggestion.left_out)
    assert "[What you did in]" not in suggestion.text and "[One clause" not in suggestion.text, suggestion.text
    for fact in facts:
        assert fact in suggestion.text or fact in reasons, (suggestion.text, suggestion.left_out)


def _lost_facts_unnamed(suggestion, nlp) -> list[str]:
    """Facts (numbers, names past the first word) of a left-out sentence said neither in the skeleton nor in its
    left-out line."""
    from erasl.skeleton_evaluation import _said

    missing = []
    for item in suggestion.left_out:
        if "limit" in item["reason"]:
            continue
        words = item["text"].split()
        for word in (w.strip(".,;:()\"'") for w in words[1:]):
            fact = any(c.isdigit() for c in word) or word[:1].isupper() and word not in ("I", "I'm")
            if fact and word and not _said(word, suggestion.text) and word not in item["reason"]:
                missing.append(f"{word} ({item['text'][:40]})")
    return missing


@pytest.mark.parametrize("folder", ["corpus/blind29/drafts", "corpus/blind30/drafts"])
def test_every_fact_of_a_left_out_sentence_is_kept_or_named(linter, nlp, folder):
    """Property over tuned drafts: no fact of a sentence left out vanishes silently."""
    import erasl

    missing = []
    for path in sorted((ROOT / folder).iterdir()):
        for suggestion in erasl.suggest_text(path.read_text(encoding="utf-8"), path=str(path)):
            if suggestion.text:
                missing += [f"{path.name}: {m}" for m in _lost_facts_unnamed(suggestion, nlp)]
    assert len(missing) <= 20, missing
