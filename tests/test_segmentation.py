"""The shared sentence boundaries (erasl/nlp.py): an abbreviation's full stop and a parenthesis end nothing."""

import pytest

from erasl.nlp import load_model


@pytest.fixture(scope="module")
def sentences():
    nlp = load_model(None)
    return lambda text: [sentence.text.strip() for sentence in nlp(text).sents if sentence.text.strip()]


@pytest.mark.parametrize("text", [
    "Tutor, Dept. of Physiology, Univ. of Eastfield (awaiting council reg. / board exam prep)",
    "Saw approx. 25 patients a day in the outpatient clinic.",
    "Worked 3 yrs. and saw approx. 20 pts. daily at the district hospital.",
    "Research aide (Dept. of Surgery, approx. 10 hrs/wk. Supervised by Dr. Mensah) in Kumasi.",
])
def test_an_abbreviation_or_a_parenthesis_ends_no_sentence(sentences, text):
    assert sentences(text) == [text]


@pytest.mark.parametrize("text, expected", [
    ("the ward was busy. we saw 60 patients.", ["the ward was busy.", "we saw 60 patients."]),
    ("Worked 3 days. 4 of them were nights.", ["Worked 3 days.", "4 of them were nights."]),
    ("Saw 30 patients (see the log. I then wrote notes for each.",
     ["Saw 30 patients (see the log.", "I then wrote notes for each."]),
])
def test_a_real_full_stop_and_an_unclosed_bracket_still_end_one(sentences, text, expected):
    assert sentences(text) == expected
