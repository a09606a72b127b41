"""P101 as a user meets it: a passive about someone else is a note with its own message; the
bench that scores P101 on labelled sentences counts honours apart."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import erasl
from erasl.config import Settings
from erasl.diagnostics import Severity

ROOT = Path(__file__).resolve().parent.parent


def _p101(text):
    return [d for d in erasl.lint_text(text, settings=Settings(select=["P101"])) if d.code == "P101"]


def test_a_passive_about_a_relative_is_a_note_that_does_not_ask_who_did_it():
    [found] = _p101("My father, who was diagnosed with colon cancer, taught me patience.")
    assert found.severity == Severity.NOTE
    assert "hides no work of yours" in found.message and "Who did it" not in found.message


def test_a_passive_that_may_hide_the_applicants_role_stays_a_warning():
    [found] = _p101("Data were used to build the model.")
    assert found.severity == Severity.WARNING
    assert "Who did it?" in found.message


def test_the_applicants_own_work_received_is_a_note_but_anyone_elses_a_warning():
    [own] = _p101("My research was published in 2021.")
    [other] = _p101("Participants were assigned to two groups.")
    assert (own.severity, other.severity) == (Severity.NOTE, Severity.WARNING)


def test_a_negated_honour_is_a_passive_but_an_honour_is_not():
    assert _p101("My application was not accepted.")
    assert not _p101("My application was accepted.")


def _bench():
    spec = importlib.util.spec_from_file_location("bench_passive", ROOT / "bench" / "passive.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bench_scores_precision_and_recall_without_the_honours(tmp_path):
    bench = _bench()
    rows = [{"passive": "1", "honour": "0"}, {"passive": "1", "honour": "0"}, {"passive": "0", "honour": "0"},
            {"passive": "1", "honour": "1"}]
    result = bench.score(rows, [True, False, True, False])
    assert (result["tp"], result["fp"], result["fn"], result["tn"]) == (1, 1, 1, 0)
    assert result["precision"] == 0.5 and result["recall"] == 0.5
    assert (result["honours"], result["honours_flagged"]) == (1, 0)


def test_bench_rejects_a_table_without_labels_in_one_line(tmp_path):
    bench = _bench()
    table = tmp_path / "bad.tsv"
    table.write_text("id\tsentence\tpassive\thonour\tsource\nx1\tA sentence.\tyes\t0\tme\n", encoding="utf-8")
    try:
        bench.read_rows(table)
    except SystemExit as error:
        assert "bad.tsv:2" in str(error) and "passive (0/1)" in str(error)
    else:
        raise AssertionError("a row labelled 'yes' was accepted")


def test_the_development_set_keeps_its_precision_and_recall():
    """A floor on tests/data/passive_dev.tsv (the sentences P101 was tuned on), so that a change
    that fixes one class and breaks another shows up here, not only in bench/passive.py."""
    bench = _bench()
    rows = bench.read_rows(ROOT / "tests" / "data" / "passive_dev.tsv")
    result = bench.score(rows, bench.erasl_predictions([row["sentence"] for row in rows]))
    assert result["precision"] >= 0.98 and result["recall"] >= 0.97, result
    assert result["honours_flagged"] == 0, result


def test_an_honour_verb_said_of_a_thing_as_a_rule_is_a_plain_passive():
    assert _p101("Credit cards are accepted at the front desk.")
    assert _p101("The street was named after a local poet.")
    assert not _p101("Our abstract was accepted for an oral presentation.")
    assert not _p101("I was elected treasurer of the student council.")


def test_a_stative_becomes_an_action_when_a_person_does_it():
    assert not _p101("I was raised in Ohio.")
    assert _p101("I was raised by my grandmother.")
    assert not _p101("The village is surrounded by mountains.")
    assert _p101("The embassy was surrounded by soldiers.")


def test_without_the_models_word_lists_p101_still_reads_passives():
    import spacy

    from erasl.checks.passive import _dictionary

    assert _dictionary(spacy.blank("en"), "verb") == frozenset()
    assert _dictionary(None, "verb") == frozenset()


def test_an_honour_is_left_alone_only_when_it_is_the_writers():
    [sister] = _p101("My sister was awarded a scholarship to study in Germany.")
    assert sister.severity == Severity.NOTE  # someone else's honour hides no work of the writer's
    assert _p101("The mayor, who was re-elected in May, spoke first.")
    assert not _p101("Our team was awarded second place.")
    assert not _p101("I was awarded a scholarship to study in Germany.")


def test_an_honour_given_offered_or_asked_to_join_is_read_from_its_object():
    assert not _p101("I was given the Outstanding Volunteer Award.")
    assert not _p101("I was offered a place on the research track.")
    assert not _p101("I was asked to join the wellness committee.")
    assert _p101("I was given a pager on my first day.")
    assert _p101("I was asked to wait in the hall.")


def test_a_selection_by_chance_is_no_honour():
    assert _p101("I was randomly selected for an audit of my logbook.")
    assert _p101("Five charts were chosen at random.")
    assert not _p101("I was selected for the audit committee.")


def test_a_parenthesis_between_be_and_the_participle_still_makes_a_passive():
    assert _p101("The budget was, after two long sessions and a recount, finally approved by the council.")
    assert _p101("The clinic was eventually, after many complaints, renovated.")
    assert not _p101("The results were, as expected, disappointing.")


def test_states_of_settings_links_and_feelings_are_not_passives_but_the_same_words_with_an_actor_are():
    assert not _p101("Spell check is switched on by default.")
    assert not _p101("The nursing school is affiliated to a teaching hospital.")
    assert not _p101("I was struck by how little the family asked for.")
    assert not _p101("I was taken aback by the question.")
    assert _p101("The setting was switched on by the nurse in charge.")
    assert _p101("The pedestrian was struck by a van.")


def test_an_honour_of_the_writers_institution_or_mentor_is_a_passive_but_their_teams_is_not():
    assert _p101("Our department was ranked first in the region.")
    assert _p101("My coach was named coach of the year.")
    assert not _p101("Our lab group was selected for the state finals.")


def test_picked_to_lead_and_a_work_of_the_writers_group_are_honours_left_alone():
    assert not _p101("I got picked to head the student wellness committee.")
    assert not _p101("Our team's triage checklist was shortlisted for an innovation prize.")
    assert _p101("I got picked up at the airport by a driver.")
    assert _p101("My cousin's novel was shortlisted for a prize.")
