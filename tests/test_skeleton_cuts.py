"""The skeleton's own cuts must leave sentences (issue 12, skel17 class 1): once filler is cut, what is left
parses as a sentence (a finite verb with its subject, or a résumé fragment led by its verb), and a cut never
turns a wish into a claim; otherwise the sentence goes whole and is listed, or keeps the draft's words when it
carries facts.

Every sentence here was written for this test (none is a corpus sentence); their habits are those of
several first languages (Spanish, Russian, Hindi, Arabic, Chinese, Portuguese, Turkish)."""

from __future__ import annotations

import pytest

from erasl.config import Settings
from erasl.engine import Linter
from erasl.skeleton_cuts import aspiration_made_a_claim, stands_as_sentence
from tests.skeleton_helpers import says, suggest


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Settings())


# what a cut can leave: no sentence at all
@pytest.mark.parametrize("left", [
    "Evidence-based protocols to draft discharge summaries for the ward.",   # "Leveraged" cut
    "And presented the patients to the professor every morning.",            # a clause cut before "and"
    "Which helped me to manage the ward alone.",                             # "which" with nothing before it
    "The care of 20 patients on the night shift.",                           # "I was entrusted with" cut
    "Patients of the ward with the senior registrar, and.",                  # a dangling joiner
    "A deep understanding of the Turkish health system.",                    # "I gained" cut
    "Great responsibility for the wards of the department.",                 # "I had" cut
    "Very much about the management of diabetes in villages.",               # "I learned" cut
    "Modern methods of treatment of arterial hypertension.",                 # "Study of" cut
    "Under the guidance of Dr. Wang in the outpatient clinic.",              # "worked" cut
])
def test_a_cut_leaves_no_sentence(linter, left):
    assert not stands_as_sentence(linter.nlp(left)), left


# near-misses: sentences and résumé fragments that stand, however short
@pytest.mark.parametrize("sentence", [
    "Presented cases at morning report.",
    "I presented 3 cases at morning report.",
    "Admitted 6 patients per call and wrote their notes.",
    "There were 20 patients a day, most of them with IBD.",
    "Also helped the nurses with dressings on weekends.",
    "After the course, served on the ethics committee.",
    "Every day I admitted 5-6 children with malnutrition.",
    "The attending explained the findings to me.",
    "Worked as a house officer at Mayo Hospital Lahore.",
    "Since 2022 I have seen 10-15 adults per shift.",
])
def test_a_sentence_stands(linter, sentence):
    assert stands_as_sentence(linter.nlp(sentence)), sentence


@pytest.mark.parametrize("draft, cut_words", [
    ("I am determined to become an excellent internist.", "am determined to"),
    ("I hope to start a screening program in my village.", "hope to"),
    ("My dream is to train in nephrology.", "My dream is to"),
])
def test_cutting_a_wish_would_make_it_a_claim(linter, draft, cut_words):
    doc = linter.nlp(draft)
    start = draft.index(cut_words)
    assert aspiration_made_a_claim(doc, [(start, start + len(cut_words))]) is not None


@pytest.mark.parametrize("draft, cut_words", [
    ("I had the opportunity to present two cases.", "had the opportunity to"),  # the chance was taken
    ("I was determined and worked 12 night shifts.", "determined and"),         # no wish hangs on it
])
def test_cutting_a_lead_in_is_no_wish(linter, draft, cut_words):
    doc = linter.nlp(draft)
    start = draft.index(cut_words)
    assert aspiration_made_a_claim(doc, [(start, start + len(cut_words))]) is None


def test_a_sentence_left_with_no_verb_goes_whole_and_is_listed(linter):
    suggestion = suggest(linter, "---\ntype: work\ntitle: Resident doctor\nstart: 2021-01\nend: 2022-12\n---\n"
                                 "I admitted 6 patients per call at Ankara City Hospital. Cultivated evidence-based "
                                 "protocols to draft discharge summaries for the ward. I wrote daily notes for my "
                                 "patients.\n")
    says(suggestion.text, said=["Admitted 6 patients per call"], never=["Evidence-based protocols"])
    left = [item for item in suggestion.left_out if "evidence-based protocols" in item["text"]]
    assert left and "no sentence" in left[0]["reason"], suggestion.left_out


def test_a_sentence_with_facts_keeps_the_drafts_words(linter):
    suggestion = suggest(linter, "---\ntype: work\ntitle: Resident doctor\nstart: 2021-01\nend: 2022-12\n---\n"
                                 "I admitted 6 patients per call at Ankara City Hospital. Leveraged "
                                 "evidence-based ESC guidelines to draft 40 discharge summaries for the ward.\n")
    says(suggestion.text, said=["ESC guidelines to draft 40 discharge summaries"])
    assert not any(piece.lstrip().startswith("Evidence-based ESC") for piece in suggestion.text.split(". ")), \
        suggestion.text
