"""Shared work said at the draft's own level (issue 12, erasl/skeleton_involvement.py, lexicon [involvement]).

A share in others' work is named as a share and the applicant's own part is asked for, never claimed whole
("Wrote", "Ran", "Led"); a capacity claimed in front of a task goes and the task stays; negation stays; a
shared-work verb is varied only with another; a specialty written in capitals is no institution; facts of a
left-out clause come back only as a full sentence. Every draft here was written for this test."""

from __future__ import annotations

import pytest

from erasl.config import Settings
from erasl.engine import Linter
from erasl.registry import RuleFileError
from erasl.skeleton_involvement import read_involvement
from tests.skeleton_helpers import says, suggest

OWN_PART = "[your own part: "


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Settings())


# --- must change: the share said as a share, the own part asked for --------------------------------------------

@pytest.mark.parametrize("draft, said, never", [
    # a share in writing: never "Wrote the manuscript"
    ("Research assistant in the Department of Cardiology, Ain Shams University, Cairo, from 2021 to 2022. I "
     "collected data from 140 patients with atrial fibrillation. I was involved in writing the manuscript.",
     ["Participated in writing the manuscript: " + OWN_PART, "140 patients", "Ain Shams University"],
     ["Wrote the manuscript", "wrote the manuscript", "was involved"]),
    # a résumé fragment, with an adverb in the phrase
    ("Research elective in nephrology at Aga Khan University Hospital, Karachi, 2022. Reviewed 210 dialysis charts. "
     "Actively involved in drafting the discussion section.",
     ["Participated in drafting the discussion section: " + OWN_PART, "210 dialysis charts"],
     ["Drafted the discussion", "Actively involved"]),
    # a bulleted CV line with a list after the share: the prompt follows the whole list, never splits it
    ("Clinical Rotation - Internal Medicine, Services Hospital Lahore\n- Saw 15-20 patients daily in the wards\n"
     "- Was involved in management of DKA, MI and CKD patients\n- Took histories\n",
     ["Participated in management of DKA, MI and CKD patients: " + OWN_PART], ["DKA ("]),
    # joining a campaign: a choice of joining, and the own part asked for; never "Vaccinated", "Led", "Ran"
    ("Volunteer with the district health office in Ibadan, Nigeria, in 2022. I took part in the city vaccination "
     "campaigns and recorded 300 doses in the register.",
     ["[Joined/took part in] the city vaccination campaigns", OWN_PART, "300 doses"],
     ["Vaccinated", "Led ", "Ran ", "[Led", "[Ran"]),
    # a member of the team that ran it: helped run it, never "Ran" nor a choice that offers it
    ("Volunteer at a refugee clinic in Amman, Jordan, in 2022. I was part of the team that ran a free clinic for "
     "Syrian refugees every Saturday. We saw about 30 patients a day.",
     ["Helped run a free clinic for Syrian refugees every Saturday: " + OWN_PART, "30 patients"],
     ["[Ran/", "Ran a free", "Led "]),
    # a capacity in front of a task: the task stays, at the draft's own level ("assist", never "perform")
    ("Clerkship in obstetrics at Mulago Hospital, Kampala, Uganda, 2021. I was able to assist in 15 cesarean "
     "sections and did 20 normal deliveries under supervision.",
     ["Assisted in 15 cesarean sections", "20 normal deliveries"],
     ["was able to", "Performed 15", "[Performed"]),
])
def test_a_share_of_shared_work_is_said_as_a_share(linter, draft, said, never):
    says(suggest(linter, draft).text, said, never)


def test_the_own_part_prompt_never_splits_a_sentence_from_its_clause(linter):
    draft = ("Research assistant at Cairo University, Egypt, from 2021 to 2022. I collected data from 120 patients "
             "with heart failure. I was involved in writing the manuscript, which was published in 2023.")
    text = suggest(linter, draft).text
    says(text, ["Participated in writing the manuscript (" + OWN_PART, "), which was published in 2023"])


# --- must not change: negation, meetings, the builder's own readings ------------------------------------------

@pytest.mark.parametrize("draft, said, never", [
    # negation is the draft's fact: kept as written, never turned into a claim, never cut
    ("Surgery rotation at Mbarara Regional Hospital, Uganda, 2021. I did not take part in the operations. I "
     "presented 3 patients daily on rounds.",
     ["I did not take part in the operations."], ["[Joined/took part in] the operations", OWN_PART]),
    ("Research elective at Makerere University, Kampala, 2022. I entered 90 questionnaires in REDCap. I was not "
     "involved in writing the paper.",
     ["I was not involved in writing the paper."], ["Participated in writing the paper", OWN_PART]),
    # joining a meeting is all there is: no own part asked for
    ("Internal medicine observership at Lakeside Medical Center, Tampa, FL, 4 weeks in 2024. I took part in the "
     "morning rounds and presented 3 patients daily.",
     ["[Joined/took part in] the morning rounds and presented 3 patients daily"], [OWN_PART]),
    # a team's deed that one member may well have done stays a choice
    ("QI project on sepsis handoffs, Maple Grove Hospital, Flint, MI (2024). I was part of the team that collected "
     "the data. Compliance rose to 80%.",
     ["[Collected/helped collect] the data"], [OWN_PART, "Helped collect"]),
    # a project the applicant was involved in: worked on
    ("Observership in Internal Medicine at Riverside General Hospital, Toledo, OH, 3 weeks in May 2024. I assisted "
     "with two thoracenteses. I was involved in a project about readmissions.",
     ["Worked on a project about readmissions."], ["Participated in a project", OWN_PART]),
    # a negated capacity stays as the draft says it
    ("Clerkship in obstetrics at Mulago Hospital, Kampala, Uganda, 2021. I did 20 normal deliveries under "
     "supervision. I was not able to assist in cesarean sections.",
     ["not able to assist in cesarean sections."], ["Assisted in cesarean sections"]),
])
def test_negation_meetings_and_other_readings_are_left_alone(linter, draft, said, never):
    says(suggest(linter, draft).text, said, never)


# --- variety: a shared-work verb only with another ---------------------------------------------------------------

def test_a_shared_work_verb_is_varied_only_with_another(linter):
    draft = ("Volunteer at Hope Free Clinic, Detroit, MI, 2023. I helped the nurses with triage of 20 patients a "
             "night. I helped the residents with 12 admissions. I helped the families with 30 insurance forms.")
    text = suggest(linter, draft).text
    says(text, ["20 patients", "12 admissions", "30 insurance forms"],
         ["oached", "[Performed", "[performed", "[Led", "[led"])


# --- a specialty in capitals is the specialty ----------------------------------------------------------------------

def test_a_specialty_heading_in_capitals_is_never_the_institution(linter):
    draft = ("OBSERVERSHIP - HOSPITAL MEDICINE\nBayou Regional Hospital, Dallas TX, June 2025 (4 weeks)\nI observed "
             "the hospitalist team on rounds and presented 4 patients to Dr. Grace Ofori.")
    suggestion = suggest(linter, draft)
    says(suggestion.text, ["Bayou Regional Hospital", "Dr. Grace Ofori"], ["at HOSPITAL MEDICINE"])
    assert "HOSPITAL MEDICINE" not in [f.text for f in suggestion.facts.institutions]


def test_a_department_named_for_the_specialty_stays_an_institution(linter):
    draft = ("Research elective in the Department of Hospital Medicine, Lakeside Medical Center, Tampa, FL, 2024. "
             "I reviewed 300 charts for readmissions and presented a poster.")
    suggestion = suggest(linter, draft)
    assert any("Lakeside Medical Center" in f.text for f in suggestion.facts.institutions), suggestion.facts.institutions


# --- facts of a left-out clause come back as a full sentence --------------------------------------------------------

def test_a_left_out_clauses_facts_are_kept_as_a_full_sentence(linter):
    draft = ("Observership in family medicine at Cedar Grove Clinic, Omaha, NE, 4 weeks in 2025. I presented 5 "
             "patients to Dr. Lena Park. It was an eye opening experience which allowed me to familiarize with the "
             "US health system and documentation in Epic.")
    suggestion = suggest(linter, draft)
    text = suggestion.text
    says(text, ["Dr. Lena Park"], ["Me to familiarize", "me to familiarize", "Familiarize with"])
    assert "Epic" in text or any("Epic" in item["reason"] for item in suggestion.left_out), (text, suggestion.left_out)
    if "Epic" in text:
        assert "Familiarized myself with the US health system" in text, text


# --- the lexicon table is validated ---------------------------------------------------------------------------------

@pytest.mark.parametrize("raw", [
    {"involved": "be involved in"},  # not a list
    {"leading": ["Run"]},  # not lower case
    {"own-part": "your own part"},  # not a placeholder
    {"led-by": ["run"]},  # unknown key
])
def test_a_malformed_involvement_table_is_an_error(raw):
    with pytest.raises(RuleFileError):
        read_involvement(raw)
