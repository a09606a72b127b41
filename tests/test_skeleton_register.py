"""A draft's register said as an application's, adding nothing (issue 12, skel10; review 12 item 9): texting
written out with its capitals, regional shorthand expanded, a numeric date said in words where it has one
reading. The drafts are written for these tests."""

from __future__ import annotations

import pytest

from erasl.config import Settings
from erasl.engine import Linter
from erasl.skeleton_register import capital_starts, dates_in_words, write_out
from tests.skeleton_helpers import says, suggest


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Settings())


@pytest.mark.parametrize("written, said", [
    ("its really busy and u see abt 30 ppl", "it's really busy and you see about 30 people"),
    ("we met on saturdays w/ the team lol", "we met on Saturdays w/ the team"),
    ("its own clinic", "its own clinic"),  # a possessive stays
    ("sat in OPD 2 days/wk", "sat in the outpatient clinic 2 days/week"),
    ("IPD: 12 beds; f/u of 3 clinics", "Inpatient ward: 12 beds; follow-up of 3 clinics"),
    ("F/u of 30 pts, F/U calls", "Follow-up of 30 patients, follow-up calls"),  # a slash shorthand in any case
    ("saw u/s guided taps, w/ u", "saw u/s guided taps, w/ you"),  # "u" half of a slash is no texting "you"
    ("gave 10 U of insulin", "gave 10 U of insulin"),  # a capital "U" is a unit, never texting's "you"
    ("in May 2021", "in May 2021"),  # "may" and "march" are verbs too: never capitalised from nothing
])
def test_texting_and_shorthand_are_written_out(written, said):
    assert write_out(written).strip() == said


@pytest.mark.parametrize("written, said", [
    ("01.03.2023 – 18.06.2023", "March 2023-June 2023"),
    ("from 01/2022-12/2022 (12 months)", "from January 2022 to December 2022 (12 months)"),
    ("05.09.2021-20.09.2021", "September 2021"),
    ("03/04/2022", "03/04/2022"),  # day or month first? no one reading: left as written
    ("12.06.2023 - 01.02.2023", "12.06.2023 - 01.02.2023"),  # ends before it starts: not a range
])
def test_numeric_dates_said_in_words_only_where_unambiguous(written, said):
    assert dates_in_words(written) == said


@pytest.mark.parametrize("written, said", [
    ("Saw 20 patients. also ran the clinic.", "Saw 20 patients. Also ran the clinic."),
    ("Saw approx. 40 patients.", "Saw approx. 40 patients."),
    ("Gave insulin, e.g. glargine.", "Gave insulin, e.g. glargine."),
])
def test_a_sentence_starts_with_a_capital_but_an_abbreviation_goes_on(written, said):
    assert capital_starts(written) == said


def test_a_texted_draft_becomes_full_words_with_capitals_and_nothing_added(linter):
    draft = ("volunteered at the campus free clinic in boston on sundays. did intake for pts and vitals. its super "
             "busy and u see abt 25 ppl a shift. also helped run a blood pressure day w/ the nursing students lol")
    suggestion = suggest(linter, draft)
    text = suggestion.text
    says(text, said=["Sundays", "patients", "about 25 people a shift", "Also helped run a blood pressure day"],
         never=[" u ", " abt ", " ppl ", "lol", " its super", ". also"])
    for word in ("wonderful", "passionate"):
        assert word not in text.lower()


def test_one_list_of_abbreviations_reads_both_the_segments_and_the_skeletons_sentences():
    from erasl.nlp import _abbreviations
    from erasl.skeleton import _TITLES

    assert {title.lower() for title in _TITLES} <= _abbreviations()
    assert {"prof", "dept", "univ", "dr", "gen", "vol"} <= _abbreviations()


def test_left_out_quotes_the_texted_draft_word_for_word_once(linter):
    draft = ("helped out at the refugee health clinic in tucson on sundays 03/2023-08/2023. did intake for pts & took "
             "vitals, about 15 pts a shift. its super busy and u learn a lot abt how the system works lol. also did "
             "f/u calls in arabic for ppl who missed appts.")
    suggestion = suggest(linter, draft)
    says(suggestion.text, said=["March 2023-August 2023", "about 15 patients a shift", "follow-up calls"],
         never=["learn a lot", "lol"])
    quoted = [item["text"] for item in suggestion.left_out if "learn a lot" in item["text"]]
    assert len(quoted) == 1 and quoted[0].rstrip(".") in draft, suggestion.left_out


@pytest.mark.parametrize("written, said", [
    # a shorthand whose full words end in the word written after it: that word once ("inpatient ward ward" before)
    ("Covered the IPD ward of 40 beds.", "Covered the inpatient ward of 40 beds."),
    ("Sat in OPD clinic twice a week.", "Sat in the outpatient clinic twice a week."),
    # ... and the full words whole where the next word is another
    ("Covered OPD 3 days a week.", "Covered outpatient clinic 3 days a week."),
])
def test_a_shorthand_never_says_its_last_word_twice(written, said):
    assert write_out(written) == said


@pytest.mark.parametrize("draft, said, never", [
    # a list of compound nouns after the verb: never re-tensed word by word
    ("---\ntype: volunteer\nstart: 2022-06\nend: 2022-08\n---\nEvery Sunday I measure blood pressure and blood sugar "
     "of the farmers and give diet advice in the village hall.",
     ["blood pressure and blood sugar"], ["blooded", "Blooded"]),
    ("---\ntype: volunteer\nstart: 2021-01\nend: 2021-06\n---\nI check weight and head circumference of babies "
     "and teach mothers about feeding.",
     ["weight and head circumference"], ["headed"]),
])
def test_a_noun_in_a_list_of_nouns_keeps_its_form(linter, draft, said, never):
    says(suggest(linter, draft).text, said, never)


@pytest.mark.parametrize("written, said", [
    # a chart's words (rules/rewrite/facts.toml [shorthand])
    ("Admitted a farmer c/o cough, SOB and b/l leg swelling.",
     "Admitted a farmer presenting with cough, shortness of breath and bilateral leg swelling."),
    ("Did PE on new admissions and I did PE in clinic.",
     "Performed physical examinations on new admissions and I performed physical examinations in clinic."),
    ("Covered night duties on the medical ward.", "Covered night shifts on the medical ward."),
    # how often and how long, in words ([shorthand-lengths])
    ("Ran the asthma clinic 2x/week for 6/52.", "Ran the asthma clinic twice a week for 6 weeks."),
    ("Taught students 1x per month and 4x/wk drills.", "Taught students once a month and 4 times a week drills."),
    ("Rotated x 3/12 in surgery.", "Rotated for 3 months in surgery."),
    ("Finished a 3/12 rotation and a 1/52 attachment.", "Finished a 3-month rotation and a 1-week attachment."),
    # Commonwealth spelling and words, in US English, with the draft's case
    ("Spent 8 weeks in Paediatrics and on paeds wards.", "Spent 8 weeks in Pediatrics and on pediatrics wards."),
    ("I clerked 5 new admissions and counselled their families on counselling services.",
     "I took histories from 5 new admissions and counseled their families on counseling services."),
    ("In Paediatrics I saw a boy with Hx of asthma.", "In Pediatrics I saw a boy with history of asthma."),
    ("Hx and Dx, then Sx review.", "History and diagnosis, then symptoms review."),
])
def test_chart_and_commonwealth_wording_is_said_in_us_english(written, said):
    assert write_out(written).strip() == said


@pytest.mark.parametrize("written", [
    "Rotated at Royal Theatre Hospital.",
    "Joined St. Mark's Paediatric Unit as a volunteer.",
    "Worked in the Department of Paediatrics and Child Health.",
    "Department of Paediatrics, 2021.",  # a name opening its sentence
    "Spoke at the Grand Rounds Conference yearly.",
    "Reviewed on 3/12 and again on 6/12.",  # a bare fraction may be a date
    "I clerked in the emergency unit.",  # no object: "took histories from in" would be no English
    "Posted 40 items on SOBRIETY forums.",  # a longer word that starts with a shorthand
])
def test_names_dates_and_verbs_without_objects_stay_as_written(written):
    assert write_out(written).strip() == written


def test_a_chart_typed_entry_gets_a_skeleton_in_us_english_with_its_names_kept(linter):
    draft = ("Junior house officer at Lakeview District Hospital. Did a 3/12 rotation in Paediatrics, clerked "
             "children c/o fever and SOB, did PE and counselled parents 2x/week. Night duties on St. Anne's "
             "Paediatric Unit for 6/52.")
    text = suggest(linter, draft).text
    says(text, said=["3-month rotation in Pediatrics", "presenting with fever and shortness of breath",
                     "counseled parents twice a week", "St. Anne's Paediatric Unit", "for 6 weeks", "Lakeview"],
         never=["c/o", "SOB", "3/12", "6/52", "2x/week", "clerked", "counselled"])
