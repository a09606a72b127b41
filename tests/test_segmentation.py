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
    # a title's full stop before a name (the lexicon's [wrapper] titles)
    "Hola Dra. Castillo, thank you for the feedback from last week.",
    "Respected Prof. Dr. Khan, I worked 12 months in Surgical Unit II.",
    "Trained under Profa. Silva and Sra. Lima in the Recife burns unit.",
])
def test_an_abbreviation_or_a_parenthesis_ends_no_sentence(sentences, text):
    assert sentences(text) == [text]


@pytest.mark.parametrize("text, expected", [
    ("the ward was busy. we saw 60 patients.", ["the ward was busy.", "we saw 60 patients."]),
    ("Worked 3 days. 4 of them were nights.", ["Worked 3 days.", "4 of them were nights."]),
    ("Saw 30 patients (see the log. I then wrote notes for each.",
     ["Saw 30 patients (see the log.", "I then wrote notes for each."]),
    # after a title and its name, a full stop still ends the sentence
    ("I shadowed Dra. Lopez. She taught me to suture.", ["I shadowed Dra. Lopez.", "She taught me to suture."]),
])
def test_a_real_full_stop_and_an_unclosed_bracket_still_end_one(sentences, text, expected):
    assert sentences(text) == expected
