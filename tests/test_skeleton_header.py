"""Skeleton structure from blind review 13 (issue 12): dates written in any form are kept whole and never asked
for again; a date or a length said on its own joins the header; a pasted CV table's header is never the opening
line; a finished résumé line is past throughout; "Responsible for X" becomes the verb X implies.

Every draft here was written for this test."""

from __future__ import annotations

import pytest

from erasl.config import Settings
from erasl.engine import Linter
from erasl.skeleton_slots import only_a_time, pasted_table, states_a_date_range, with_readable_dates
from tests.skeleton_helpers import says, suggest


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Settings())


# --- class 1: dates the draft gives are kept, and never asked for again -------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("(2017.09~2019.06)", "(September 2017-June 2019)"),  # a year-first range joined by a tilde
    ("Boston, MA Feb.-Apr. 2022.", "Boston, MA, February 2022-April 2022."),  # two months sharing one year
    ("Dec-Feb 2021", "Dec-Feb 2021"),  # which year December was in, the draft does not say: kept as written
    ("from July to September 2020", "from July to September 2020"),  # written out, the year kept: as written
    ("11/2021-01/2022", "November 2021-January 2022"),
])
def test_dates_in_any_form_are_written_out_with_their_year(text, expected):
    assert with_readable_dates(text) == expected


def test_a_tilde_range_and_a_shared_year_count_as_dates_given():
    assert states_a_date_range("Research fellow (2017.09~2019.06)")
    assert states_a_date_range("Observer, Feb.-Apr. 2022")
    assert not states_a_date_range("Observer, February, for a few weeks")


def test_a_year_after_an_abbreviated_month_stays_in_the_header(linter):
    draft = ("Observer, Department of Nephrology, Lakeside General Hospital, Erie, PA, Feb.-Apr. 2022. I followed "
             "the nephrologist on rounds and watched 6 kidney biopsies. I presented 1 case at journal club.")
    text = suggest(linter, draft).text
    says(text, ["2022", "6 kidney biopsies"])


def test_a_tilde_range_gets_no_placeholder_for_dates_or_length(linter):
    draft = ("Research fellow, Department of Hepatology, Daegu Central Hospital, Daegu (2017.09~2019.06). "
             "I reviewed the charts of 310 patients with hepatitis B and built the database in REDCap. "
             "I wrote the first draft of the manuscript. It was a great learning experience.")
    text = suggest(linter, draft).text
    says(text, ["September 2017-June 2019", "310"], ["[month year", "[days/weeks/months]"])


# --- class 3: the header holds the dates and the length; a pasted table's header is never a line ------------

@pytest.mark.parametrize("piece, alone", [
    ("6 months", True), ("from 04/2019 to 10/2019", True), ("About 3 weeks.", True), ("2021.", True),
    ("Managed 12 beds", False), ("I stayed there for 6 months", False),
])
def test_only_a_time(piece, alone):
    assert only_a_time(piece) is alone


def test_a_stray_length_joins_the_header(linter):
    draft = ("Rotating intern, Department of Pediatrics, Hopital Provincial de Bukavu, DR Congo; from 04/2019 to "
             "10/2019; 6 months; I was in charge of 12 beds in the pediatric ward; I did the daily rounds with the "
             "senior; I assisted in 20 exchange transfusions.")
    text = suggest(linter, draft).text
    first = text.split(". ")[0]
    says(first, ["Rotating intern", "April 2019", "October 2019", "6 months"])
    says(text, ["12 beds", "20 exchange transfusions"], ["Rotated intern", ". 6 months.", "\n6 months"])
    assert not any(sentence.strip() in ("6 months", "From April 2019 to October 2019") for sentence in text.split(".")), text


def test_a_pasted_table_header_is_found_only_with_known_columns(linter):
    data = linter.ruleset.rewrite_data if hasattr(linter.ruleset, "rewrite_data") else None
    from erasl.rewrite import Rewriter

    data = Rewriter(linter.nlp, linter.ruleset, linter.settings).data
    table = pasted_table("Role\tOrganization\tDates\tHours/week\nTutor\tCity Library, Leeds\t2019-2020\t4\nI taught.", data)
    assert table is not None and table.columns == ["role", "place", "dates", "hours"]
    assert pasted_table("Tutor\tCity Library\tLeeds\n2019\t2020\t4\n", data) is None  # a title line, not a header


def test_a_pasted_table_row_becomes_the_header(linter):
    draft = ("Role\tOrganization\tDates\tHours/week\n"
             "Lab volunteer\tShifa International Hospital, Islamabad, Pakistan\t02/2016–11/2017\t6\n"
             "Cross-sectional study of vitamin D levels in 180 nursing students. I drew blood samples and ran the "
             "assays in the hospital lab.")
    suggestion = suggest(linter, draft)
    text = suggestion.text
    assert text.startswith("Lab volunteer, Shifa International Hospital, Islamabad, Pakistan, February 2016-November "
                           "2017 (6 hours per week)."), text
    says(text, ["180 nursing students"], ["Role Organization", "Hours/week"])
    assert any("table's header" in item["reason"] for item in suggestion.left_out), suggestion.left_out


# --- class 4: one finished rotation is past throughout -----------------------------------------------------

def test_a_finished_resume_line_is_past_throughout(linter):
    draft = ("---\ntype: sub-internship\nstart: 2024-09\nend: 2024-09\nsetting: inpatient\n---\n"
             "Sub-intern, inpatient nephrology service, Mercy Valley Hospital, Fresno CA, 4 wks. Carry 3-5 pts, "
             "pre-round, write progress notes in Epic, place orders w/ cosign, call consults, present on AM rounds. "
             "Took q4 call with the senior resident.")
    text = suggest(linter, draft).text
    says(text, ["4 weeks (September 2024). Carried 3-5 patients", "wrote progress notes", "placed orders", "called consults",
                "presented on AM rounds", "Took q4 call", "pre-round"],
         ["Carry 3-5", "rounded", " place orders", " call consults"])


def test_a_title_led_by_an_ing_word_is_never_made_a_verb(linter):
    draft = ("Acting intern, general surgery service, Bayview Medical Center, Norfolk VA, 4 wks. Took 4-6 patients, "
             "wrote daily notes and assisted in 15 operations.")
    says(suggest(linter, draft).text, ["Acting intern"], ["Acted intern"])


# --- class 5: "Responsible for X" becomes the verb X implies ------------------------------------------------

def test_responsible_for_a_product_becomes_its_verb(linter):
    draft = ("---\ntype: clerkship\nstart: 2023-05\nend: 2023-06\nsetting: inpatient\n---\n"
             "Clerkship student, general medicine ward, Harbor Point Hospital, Tacoma WA, 6 weeks. Followed 4 "
             "patients a day and examined them before rounds. Responsible for discharge letters and medication "
             "reconciliation.")
    text = suggest(linter, draft).text
    says(text, ["Wrote discharge letters and completed medication reconciliation"], ["[Handled/Worked on]"])


def test_responsible_for_something_that_is_no_product_keeps_the_choice(linter):
    draft = ("---\ntype: clerkship\nstart: 2023-05\nend: 2023-06\nsetting: inpatient\n---\n"
             "Clerkship student, general medicine ward, Harbor Point Hospital, Tacoma WA, 6 weeks. Followed 4 "
             "patients a day. Responsible for the patient flow on the ward.")
    text = suggest(linter, draft).text
    says(text, ["patient flow"], ["Wrote the patient flow", "Completed the patient flow"])


# --- class 1: no placeholder for what an outreach draft says; one head count -------------------------------

def test_an_outreach_that_names_its_villages_and_counts_per_visit_is_not_asked_again(linter):
    draft = ("---\ntype: volunteer\nstart: 2020-03\nend: present\n---\n"
             "Volunteer with the Caritas health team, Cluj branch. Once a month I go with the nurses to villages near "
             "Turda and check blood pressure of elderly people, about 30 per visit. I keep the readings in a notebook "
             "for the family doctor.")
    text = suggest(linter, draft).text
    says(text, ["villages near Turda", "30 per visit"],
         ["[villages/communities]", "People tested or screened: [N]", "[nets/"])


def test_an_outreach_asks_one_head_count_and_no_nets_outside_malaria(linter):
    draft = ("---\ntype: volunteer\nstart: 2019-05\nend: 2020-08\n---\n"
             "Volunteer, Student Health Outreach, Tbilisi. We went on outreach trips and I screened elderly people "
             "for hypertension and gave them referral slips. It was a great experience.")
    text = suggest(linter, draft).text
    assert text.count("people") - draft.count("people") <= 1, text  # never "reached [N] people" and "People tested: [N]"
    says(text, ["hypertension"], ["[nets/"])


def test_a_team_leader_is_asked_the_team_size_unless_given(linter):
    draft = ("Leader, Student Cyclone Relief Team, Chittagong, 2021\n"
             "I led our team to the shelters after the cyclone and we gave first aid and oral rehydration salts. I "
             "arranged transport with the local council. It was a very meaningful experience.")
    says(suggest(linter, draft).text, ["Team: [N] [students/volunteers]."])
    sized = draft.replace("I led our team", "I led our team of 14 medical students")
    says(suggest(linter, sized).text, ["14 medical students"], ["Team: [N]"])


# --- class 2: the count an entry needs, asked in place --------------------------------------------------------

def test_a_passive_interview_task_is_asked_how_many_in_place(linter):
    draft = ("Research assistant - Department of Public Health, Faculty of Medicine, Peradeniya, Sri Lanka\n"
             "A qualitative study was done on the reasons for missed antenatal visits in the estate sector. "
             "Semi-structured interviews were conducted with mothers and the transcripts were coded. "
             "It was a good learning experience.")
    text = suggest(linter, draft).text
    says(text, ["[N] semi-structured interviews"], ["Interviews: [N]"])
    study, interviews = text.find("qualitative study"), text.find("[N] semi-structured")
    assert 0 <= study < interviews, text  # the study before its method


def test_a_vague_clinic_load_becomes_a_number_in_place(linter):
    draft = ("Medicine clerkship, Sylhet General Hospital, Bangladesh, 6 wks\n"
             "Ward round daily with the registrar. OPD 3 days/wk, saw huge no. of pts with diabetes and asthma. "
             "Wrote case sheets. Learnt a lot.")
    says(suggest(linter, draft).text, ["[N] patients per clinic day with diabetes"], ["huge no."])


def test_a_count_asked_in_a_sentence_is_not_asked_again_below(linter):
    draft = ("Shadowing, Dr. Okafor (family medicine), Lakeside Family Clinic, Spokane WA, summer 2023, 2 weeks. I "
             "followed Dr. Okafor in clinic and watched her examine babies and toddlers. The clinic was busy, many "
             "children came every day. It was an amazing experience.")
    says(suggest(linter, draft).text, ["[N] children came every day"], ["Patients per day: [N]"])


def test_responsible_for_patients_becomes_managed(linter):
    draft = ("---\ntype: clerkship\nstart: 2022-01\nend: 2022-02\n---\n"
             "Clerk, internal medicine ward, Korle Bu Teaching Hospital, Accra, Ghana, 6 weeks. I was responsible "
             "for 6-8 patients on the ward and presented them on rounds. It was a great learning experience.")
    says(suggest(linter, draft).text, ["Managed 6-8 patients"], ["[Handled/Worked on]", "[handled/worked on]"])
