"""detect14 classes read by the shared reading (erasl/grammar.py VerbReader, erasl/nlp.py sentence ends):
each with sentences that must be read one way and near-misses that must not."""

import pytest

from erasl.grammar import VerbReader
from erasl.nlp import load_model


@pytest.fixture(scope="module")
def nlp():
    return load_model()


@pytest.mark.parametrize("text, word", [
    ("Took histories and wrote draft progress notes that the resident co-signed.", "notes"),
    ("Wrote draft progress notes for 4 patients daily.", "notes"),
    ("saw lots of pts w/ afib and chf", "pts"),
])
def test_a_noun_the_tagger_read_as_a_verb_is_no_verb(nlp, text, word):
    doc = nlp(text)
    reader = VerbReader(nlp)
    token = next(t for t in doc if t.text == word)
    assert reader.lemma(token) is None


@pytest.mark.parametrize("text, word, lemma", [
    ("The patient presents with chest pain.", "presents", "present"),
    ("Every morning the nurse checks the charts.", "checks", "check"),
    ("shadowed dr. reyes at his office for 2 wks.", "shadowed", "shadow"),
])
def test_a_verb_stays_a_verb(nlp, text, word, lemma):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert VerbReader(nlp).lemma(token) == lemma


@pytest.mark.parametrize("text, sentences", [
    ("I run the survival models in R. I train two students.", 2),
    ("We started supplements for low vitamin D. We measured the levels again.", 2),
    ("I covered Ward B. She covered Ward C.", 2),
    ("Dr. J. Smith taught me the exam.", 1),
    ("I met Prof. A. Patel at the clinic.", 1),
    ("We worked with Dr. R. Singh and his team.", 1),
])
def test_a_letter_and_full_stop_ends_a_sentence_only_before_a_subject(nlp, text, sentences):
    assert len(list(nlp(text).sents)) == sentences
