"""Résumé fragments led by an action noun become role-verb clauses in the entry's tense (issue 12, skeleton review
of blind19-24: "Curation of patients", "Participation in morning conferences", "Measuring of blood pressure, ECG
registration" kept as written). The noun -> verb family is rules/lexicon/lexicon.toml [nominal-verbs]; every
change is listed under "changed:". Every draft here is written for these tests, in the habits of CVs from
several languages (Russian/Uzbek "curation", Spanish/Italian "realization", French "participation à", German
"Durchführung von" as "conducting of")."""

from __future__ import annotations

import re

import pytest

from erasl.config import Settings
from erasl.engine import Linter
from erasl.output.suggestions import format_suggestion
from erasl.registry import RuleFileError
from erasl.skeleton_nominal import nominal_verbs, read_nominal_verbs
from tests.skeleton_helpers import suggest

FINISHED = "Clinical rotation in surgery, City Hospital No. 2, Almaty, 03.2021-06.2021 (3 months).\n"
ONGOING = "Resident in internal medicine, City Hospital No. 2, Almaty, 2022-present.\n"
FILLER = "\nI learned a lot and gained valuable experience.\n"


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Settings())


@pytest.mark.parametrize(("fragment", "said", "change"), [
    ("Assistance in laparoscopic cholecystectomies under the head of department.",
     "Assisted in laparoscopic cholecystectomies", ("Assistance in", "Assisted in")),
    ("Assistance with dressings and the removal of sutures.", "Assisted with dressings and the removal of sutures.",
     ("Assistance with", "Assisted with")),
    # a place after the noun stays a place: never "Assisted with the OR"
    ("Assistance in the OR as second assistant in 30 operations.", "Assisted in the OR as second assistant",
     ("Assistance in", "Assisted in")),
    ("Management of patients with acute coronary syndrome in the CCU.",
     "Managed patients with acute coronary syndrome in the CCU.", ("Management of", "Managed")),
    ("Preparation of case presentations for the weekly journal club.",
     "Prepared case presentations for the weekly journal club.", ("Preparation of", "Prepared")),
    ("Organisation of a vaccination campaign in 3 villages.",
     "Organised a vaccination campaign in 3 villages.", ("Organisation of", "Organised")),
    ("Performing of lumbar punctures and pleural taps.", "Performed lumbar punctures and pleural taps.",
     ("Performing of", "Performed")),
    ("Care of postoperative patients on the surgical ward.", "Cared for postoperative patients on the surgical ward.",
     ("Care of", "Cared for")),
    ("Follow-up of patients after discharge by phone.", "Followed up with patients after discharge by phone.",
     ("Follow-up of", "Followed up with")),
    ("Conducting of health education sessions for mothers.", "Conducted health education sessions for mothers.",
     ("Conducting of", "Conducted")),
    ("Participation at the national congress of cardiology in Almaty.",
     "Participated in the national congress of cardiology in Almaty.", ("Participation at", "Participated in")),
    # a calque with no one safe English verb: a choice with the advisor's terms
    ("Curation of patients in the cardiology department.", "[Followed/managed] patients in the cardiology department.",
     ("Curation of", "[Followed/managed]")),
    # a second act joined to the noun, and a postposed one ("ECG registration")
    ("Registration of ECG and interpretation of X-rays.", "Recorded ECG and interpreted X-rays.",
     ("interpretation of", "interpreted")),
    ("Measuring of blood pressure, ECG registration.", "Measured blood pressure and recorded ECG.",
     ("ECG registration", "recorded ECG")),
])
def test_an_action_noun_fragment_is_said_with_its_verb_and_listed(linter, fragment, said, change):
    says_and_lists(linter, fragment, said, change)


def says_and_lists(linter, sentence: str, said: str, change: tuple[str, str]) -> None:
    """The skeleton of a short entry holding `sentence` says `said`, and lists the change under "changed:"."""
    suggestion = suggest(linter, FINISHED + sentence + FILLER)
    assert said in suggestion.text, suggestion.text
    assert {"from": change[0], "to": change[1]} in suggestion.changed, suggestion.changed
    assert f"  changed: '{change[0]}' -> '{change[1]}'" in format_suggestion(suggestion)


def test_an_ongoing_entry_says_the_fragment_in_the_present(linter):
    suggestion = suggest(linter, ONGOING + "Supervision of 6 junior interns on the ward.\nParticipation in morning "
                                          "conferences." + FILLER)
    assert "I supervise 6 junior interns on the ward." in suggestion.text, suggestion.text
    assert "I participate in morning conferences." in suggestion.text, suggestion.text


@pytest.mark.parametrize("sentence", [
    "Management of sepsis was the topic of my talk.",  # a verb of its own: not a fragment
    "Participation in the program required a USMLE score.",
    "Management in the ICU of a district hospital.",  # "manage" takes no "in": never "Managed in the ICU"
    "Assistance to the surgeon in 40 operations.",  # "to" a person: no safe verb
    "Study of modern methods of diagnostics and treatment of arterial hypertension.",  # "treatment" is the object's
    # what was discussed is a topic, never the applicant's act ("managed hyperkalemia")
    "Discussion of dialysis indications and management of hyperkalemia.",
])
def test_near_misses_keep_their_nouns(linter, sentence):
    text = suggest(linter, FINISHED + sentence + FILLER).text
    kept = sentence.replace("Study of", "Studied").replace("Discussion of", "Discussed").rstrip(".")
    unmarked = re.sub(r"\[reword: ([^\]]*)\]", r"\1", text)  # translated wording marked to reword keeps its words
    assert kept in unmarked, text


def test_the_family_is_data_with_enough_coverage():
    table = nominal_verbs()
    assert len(table) >= 40
    assert {"measuring", "filling", "performing", "conducting"} <= set(table)  # the "-ing of" form
    assert table["curation"].said("past") == "[followed/managed]"
    assert table["participation"].said("past") == "participated" and table["participation"].preposition == "in"
    with pytest.raises(RuleFileError, match="nominal-verbs"):
        read_nominal_verbs({"Curation": "follow"})
    with pytest.raises(RuleFileError, match="one preposition"):
        read_nominal_verbs({"help": "assist with|take part in"})


def test_adjacent_fragments_with_one_verb_become_one_sentence_with_a_list(linter):
    text = suggest(linter, FINISHED + "Participation in morning conferences.\nParticipation in the professor's rounds.\n"
                                      "Participation in the journal club and in the student circle." + FILLER).text
    assert "Participated in morning conferences and the professor's rounds." in text, text
    # a sentence that already has a list is not joined: one clause per fragment
    assert "Participated in the journal club and in the student circle." in text, text


def test_sentences_of_the_draft_with_one_verb_are_not_joined(linter):
    text = suggest(linter, FINISHED + "Assisted with appendectomies.\nAssisted with hernia repairs." + FILLER).text
    assert "Assisted with appendectomies. Assisted with hernia repairs." in text, text


@pytest.mark.parametrize(("sentence", "said", "change"), [
    # the lexicon's new [[wording-fixes]] families, said in the kept sentence and listed
    ("The attending explained me many things about heart failure.", "explained to me", ("explained me", "explained to me")),
    ("I wrote medical histories and diaries for 10 patients.", "medical histories and daily [progress notes]",
     ("diaries", "daily [progress notes]")),
    ("I attended rounds of professor twice a week.", "Attended the professor's rounds", (
        "rounds of professor", "the professor's rounds")),
    # G101's corrections in rules/idiom.toml
    ("I took histories under supervision of MO on call.", "under the supervision of MO",
     ("under supervision of", "under the supervision of")),
    ("Our manuscript on 40 patients with sepsis is under preparation.", "is in preparation",
     ("under preparation", "in preparation")),
    ("With a new triage sheet the waiting time decreased of 30% in 2 months.", "decreased by 30%",
     ("decreased of", "decreased by")),
])
def test_translated_wording_is_said_the_us_way_and_listed(linter, sentence, said, change):
    says_and_lists(linter, sentence, said, change)
