"""The skeleton never says a form the draft did not have (issue 12, skel8): every verb a rewrite touched is
read again from the parse, and a rewrite that broke the draft's grammar goes back to the draft's words. Names
and dates are never rewritten; a role choice "[X/helped X]" is offered only for an act someone can help with.
The drafts are written for these tests."""

from __future__ import annotations

import pytest

from erasl.config import Settings
from erasl.engine import Linter
from erasl.skeleton_guard import parse_problem
from tests.skeleton_helpers import says, suggest


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Settings())


def problem(linter, source: str, output: str, tense: str | None = None) -> str | None:
    return parse_problem(linter.nlp, source, output, tense)


def test_a_verb_that_no_longer_agrees_with_its_subject_is_caught(linter):
    assert "does not agree" in problem(linter, "Our team did a meta-analysis about statins.",
                                       "Our team do a meta-analysis about statins.")
    assert "does not agree" in problem(linter, "The nurses did the rounds.", "The nurses does the rounds.")
    assert problem(linter, "I did the rounds.", "I do the rounds.") is None


def test_have_takes_a_participle_only(linter):
    assert "not English" in problem(linter, "I have completed this job for many years.",
                                    "I have complete this job for [N] years.")
    assert problem(linter, "I have run this clinic for years.", "I have run this clinic for [N] years.") is None


def test_a_finished_entry_never_moves_a_past_verb_into_the_present(linter):
    source = "I had a big role in the data collection and I also helped in writing the report."
    assert "present" in problem(linter, source, "I had a big role in the data collection and I also help in writing "
                                                "the report.", "past")
    assert problem(linter, source, "I had a big role in the data collection and I also help in writing the report.",
                   "present") is None


def test_a_word_inside_a_name_is_never_changed(linter):
    source = "I worked at the Universidade Federal do Vale do Sertão, Recife."
    assert "name" in problem(linter, source, "I worked at the Universidade Federal did Vale do Sertão, Recife.")
    assert problem(linter, "Rotated at Hospital de la Paz in Madrid.", "Rotated at Hospital de la Paz in Madrid, "
                                                                       "[N] weeks.") is None


def test_a_month_before_a_year_is_never_made_a_verb(linter):
    assert "before a number" in problem(linter, "Mar 2019 - Aug 2020.", "Marred 2019 - Aug 2020.")


def test_an_ongoing_team_sentence_stays_in_the_drafts_words_and_is_not_listed(linter):
    text = ("---\ntype: research\nstart: 2022-01\nend: present\n---\n"
            "Meta-analysis, Student Research Group, Tabriz North University of Medical Sciences\n"
            "Our team did a meta-analysis about statins and delirium in elderly surgical patients. "
            "I screen the abstracts and extract the data.")
    suggestion = suggest(linter, text)
    says(suggestion.text, said=["Our team did a meta-analysis"], never=["team do ", "team does"])
    assert not any("Our team" in item["text"] for item in suggestion.not_rewritten), suggestion.not_rewritten


def test_dates_of_a_research_list_are_never_re_tensed(linter):
    text = ("Study Coordinator Assistant, Riverside Malaria Research Centre, Mwanza, Tanzania. Mar 2019 - Aug 2020. "
            "Volunteer role. Bednet trial in rural households. Duties: household enrollment; consenting in Kiswahili "
            "and Sukuma; scheduling of follow up visits; tracing of defaulters by phone; filing of CRFs.")
    suggestion = suggest(linter, text)
    # the dates line stays in the header, written out ("Mar 2019 - Aug 2020" -> "March 2019-August 2020")
    says(suggestion.text, said=["March 2019"], never=["Marred", "Traced of", "Scheduling followed"])
    assert not any("Mar 2019" in item["text"] for item in suggestion.not_rewritten), suggestion.not_rewritten


def test_no_one_helped_learn_or_helped_realize(linter):
    text = ("---\ntype: research\nstart: 2021-03\nend: 2022-08\n---\n"
            "Undergraduate research fellowship, Laboratório de Imunologia, Universidade Federal do Vale do Sertão, Recife\n"
            "The project studied obesity and macrophage polarization in mice. Many techniques were learned, like flow "
            "cytometry, ELISA and histology. The experiments were realized under the supervision of Prof. Carla Duarte.")
    skeleton = suggest(linter, text).text
    says(skeleton, said=["Learned techniques, like flow cytometry, ELISA and histology.",
                         "Universidade Federal do Vale do Sertão"],
         never=["helped learn", "helped realize", "[Realized", "[N] techniques", "did Vale"])


def test_a_count_the_draft_gives_is_kept(linter):
    text = ("---\ntype: research\nstart: 2021-03\nend: 2022-08\n---\n"
            "Summer research internship, Department of Pharmacology, Northfield College\n"
            "Three assays were learned, like MTT, TUNEL and comet assay. I ran 40 plates of cytotoxicity screens.")
    skeleton = suggest(linter, text).text
    says(skeleton, said=["Learned three assays, like MTT, TUNEL and comet assay."], never=["[N] assays", "helped learn"])


def test_a_task_still_gets_its_role_choice(linter):
    text = ("---\ntype: research\nstart: 2021-03\nend: 2022-08\n---\n"
            "Chart review, Department of Surgery, Lakeshore District Hospital\n"
            "The charts of 210 patients were reviewed for surgical site infection.")
    says(suggest(linter, text).text, said=["[Reviewed/helped review] the charts of 210 patients"])


def test_a_sentences_first_verb_before_a_name_may_still_change(linter):
    assert problem(linter, "Rotated in Hospital de la Paz in Madrid.", "Rotate in Hospital de la Paz in Madrid.") is None


def test_a_noun_of_the_draft_is_never_made_a_verb(linter):
    assert "noun" in problem(linter, "Tracing of defaulters through phone calls.", "Traced of defaulters through phone calls.")
    assert "verb" in problem(linter, "Scheduling follow up visits.", "Scheduling followed up visits.")
    assert problem(linter, "Tracing of defaulters through phone calls.", "Traced defaulters through phone calls.") is None
