"""Skeletons that read as good English for non-native drafts (issue 12, skelnat).

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

import erasl
from erasl.config import Settings
from erasl.engine import Linter
from erasl.registry import RuleFileError
from erasl.wording_fixes import read_fix_entries
from tests.skeleton_helpers import says, suggest


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Settings())


def wording(text: str) -> list[tuple[str, str]]:
    profile = erasl.read_text(text, settings=Settings())[0]
    return [(fix.text, fix.correction) for fix in profile.wording_fixes if fix.family == "tense"]


# --- present perfect: `unless` a word of time makes it right ----------------------------------------

@pytest.mark.parametrize("text", [
    "I have stayed in touch with the team ever since I left two years ago.",
    "I have practiced in Lagos since I qualified two years ago.",
    "I have seen the clinic grow from 2 to 9 doctors since it opened two years ago.",
    "I have worked there till today, since the day I joined two years ago.",
])
def test_a_present_perfect_with_a_word_of_time_is_not_said_in_the_past(text):
    assert wording(text) == []


@pytest.mark.parametrize("text, said", [
    ("I have started my research fellowship two years ago.", "started"),
    ("I have completed my internship in 2019 at a district hospital.", "completed"),
    ("My grandfather has passed away when I was a fourth-year student.", "passed"),
])
def test_a_present_perfect_with_a_past_time_is_still_said_in_the_past(text, said):
    assert [correction.split()[0] for _, correction in wording(text)] == [said]


def test_unless_is_a_list_of_words_or_a_word_class():
    shape = [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMMA": "go"}}]
    entry = {"family": "x", "example": "a", "says": "b", "say": "c", "shape": shape}
    assert read_fix_entries([{**entry, "unless": ["Since", "yet"]}], "lexicon.toml")[0].unless == {"since", "yet"}
    classes = {"time": {"since": "since", "ever": "ever"}}
    assert read_fix_entries([{**entry, "unless": "@time"}], "lexicon.toml", classes)[0].unless == {"since", "ever"}
    with pytest.raises(RuleFileError, match="'unless' must be"):
        read_fix_entries([{**entry, "unless": ["so far"]}], "lexicon.toml")
    with pytest.raises(RuleFileError, match="does not have"):
        read_fix_entries([{**entry, "unless": "@nope"}], "lexicon.toml", classes)


# --- no "[N] patients per day" beside a sentence that counts the patients ------------------------------

from erasl.skeleton_answered import counts_patients  # noqa: E402


@pytest.mark.parametrize("text, counted", [
    ("Followed 4-5 patients.", True),
    ("Took histories from two new admissions a day under supervision.", True),
    ("Presented 2–3 patients daily to the attending.", True),
    ("Saw 20+ clinic patients each morning.", True),
    ("Wrote 3 notes on my patients.", False),
    ("Presented [N] patients to the attending.", False),
    ("The 420-bed hospital admits many patients.", False),
])
def test_a_sentence_that_counts_the_patients(text, counted):
    assert counts_patients(text) is counted


HOSPITAL = ("Mercy Ridge Medical Center in Visalia is a 380-bed teaching hospital and a Level II trauma center. It has "
            "served the valley since 1922, and its internal medicine residency trains 30 residents. The hospitalist "
            "service admits more than 20 patients each night, and the program is known for its focus on rural "
            "communities. In May-June 2025 I completed a 6-week observership there on the inpatient medicine service")


def test_no_patient_load_prompt_beside_the_applicants_own_count(linter):
    draft = HOSPITAL + (", attended rounds and noon conferences, and took histories from two new admissions a day "
                        "under the senior resident's supervision.")
    says(suggest(linter, draft).text, said=["two new admissions a day"],
         never=["[N] patients per", "[N] [patients/cases] per"])


def test_a_count_only_the_hospital_gives_still_asks_for_the_applicants_load(linter):
    """"The hospitalist service admits more than 20 patients each night" is the hospital's load, not the applicant's."""
    draft = HOSPITAL + " and attended rounds and noon conferences with the team."
    assert "[N] patients per" in suggest(linter, draft).text


def test_a_bare_count_of_followed_patients_is_the_load(linter):
    draft = ("---\ntype: externship\nsetting: inpatient\nstart: 2023-03\nend: 2023-08\n---\n"
             "Clinical Externship - Internal Medicine, Houston, TX (03/2023-08/2023)\n"
             "- Rounded daily with the hospitalist team on a 28-bed medical floor; followed 4-5 patients\n"
             "- Took histories and performed physical exams, then presented to the attending\n"
             "- Learned so many things about American medical system and documentation in Epic\n")
    says(suggest(linter, draft).text, said=["4-5 patients"], never=["[N] patients per day"])


# --- dictated run-ons: sections, "there was", lead-ins, cases -------------------------------------------

DICTATED = ("House job at Hospital Provincial do Huambo Angola from January 2022 to December 2022 I rotated in "
            "internal medicine pediatrics surgery and maternity in medicine I was responsible for 10 beds and I "
            "wrote the notes every day and presented to the chief in the round in pediatrics there was a lot of "
            "malaria and malnutrition and I put 30 venous lines in the children in surgery I assisted 12 hernia "
            "repairs and I did sutures and drainage of abscess in maternity I did 25 deliveries with the midwives.")


def test_a_section_label_before_a_dictated_clause_starts_a_new_sentence(linter):
    text = suggest(linter, DICTATED).text
    says(text, said=["In surgery I assisted 12 hernia repairs", "In maternity I did 25 deliveries"],
         never=["in the round in pediatrics", "in the children in surgery", "abscess in maternity"])


def test_there_was_opens_a_clause_and_a_vague_disease_count_asks_for_cases(linter):
    text = suggest(linter, DICTATED).text
    says(text, said=["In pediatrics there were [N] cases of malaria and malnutrition"],
         never=["there was [N] malaria", "There was [N] malaria"])


def test_a_section_word_that_ends_a_phrase_of_its_own_stays(linter):
    """"residency in surgery" with a comma and "and" before the next clause: nothing to split at the label."""
    draft = ("I spent my internship year at Hospital Provincial do Huambo in Angola from January 2022 to December 2022 "
             "as a house officer in surgery, and I assisted 12 hernia repairs and did sutures and drainage of abscesses "
             "under the supervision of the chief surgeon.")
    says(suggest(linter, draft).text, said=["in surgery"], never=["In surgery."])


@pytest.mark.parametrize("draft, said, never", [
    ("In July 2024 after Hurricane Beryl I volunteered with the Parish Relief Committee for 3 weeks in St. Elizabeth, "
     "we went out to the shelters and did blood pressure and sugar checks for about 200 persons and I helped to sort "
     "the medication donations at the church hall.",
     ["In July 2024 after Hurricane Beryl I volunteered"], ["Hurricane Beryl. "]),
    ("During my 4-week sub-internship in the MICU in July 2025 as a final-year student from Damascus I was part of "
     "this team, I followed 3 patients every day, I wrote their progress notes and presented them on rounds at the "
     "Lakeview University Medical Center in Ohio.",
     ["from Damascus I"], ["from Damascus. "]),
])
def test_a_verbless_lead_in_is_never_made_a_header(linter, draft, said, never):
    says(suggest(linter, draft).text, said=said, never=never)


def test_a_verbless_header_before_the_first_clause_is_still_its_own_line(linter):
    draft = ("House officer year at Wad Nubawi General Hospital in Omdurman from March 2021 to February 2022 I rotated "
             "in medicine, surgery, pediatrics and obstetrics and I admitted 8 to 10 patients on each call night and "
             "followed them until discharge with the registrar.")
    says(suggest(linter, draft).text, said=["February 2022. "])


from erasl.skeleton_evaluation import counted_as_cases  # noqa: E402


@pytest.mark.parametrize("text, said", [
    ("There was [N] malaria and malnutrition.", "There were [N] cases of malaria and malnutrition."),
    ("We saw [N] tuberculosis in the camp.", "We saw [N] cases of tuberculosis in the camp."),
    ("In the ward there is [N] meningitis every winter.", "In the ward there are [N] cases of meningitis every winter."),
    ("We saw [N] patients in the camp.", "We saw [N] patients in the camp."),
    ("There was [N] work in the clinic.", "There was [N] work in the clinic."),
])
def test_a_vague_disease_count_is_said_in_cases(text, said):
    assert counted_as_cases(text) == said


# --- the finished skeleton: G101's one US form said, "[reword: ...]" where there is none ------------------

from erasl.rewrite import fill_placeholders  # noqa: E402


def test_a_sure_us_form_is_said_even_when_a_late_pass_brought_the_words_back(linter):
    draft = ("im observership at a community hospital in fresno ca for 4 weeks in jan 2025 under dr gill. i followed "
             "him on rounds in the morning and saw lot of diabetic pts. doctor saab was very kind and showed me how to "
             "adjust insulin. also went with him to dialysis unit few times. overall very good exposure to us healthcare")
    found = suggest(linter, draft)
    says(found.text, said=["to the dialysis unit"], never=["to dialysis unit"])
    assert {"from": "to dialysis unit", "to": "to the dialysis unit"} in found.changed


@pytest.mark.parametrize("draft, marked", [
    ("Internato in Emergency Medicine at Hospital Municipal do Tatuape, Sao Paulo, 12 weeks in 2023. I did shifts of "
     "12 hours in the admission department and sutured 40 lacerations under the preceptor.",
     "[reword: admission department]"),  # "put in practice" has one US form now: test_skeleton_thin.py
    ("Social service year at Centro de Salud Rural Los Altos, Jalisco, August 2020 - July 2021. During my social "
     "service I realized the consultation of approximately 25 patients per day in a rural community of 3,000 people.",
     "[reword: realized the consultation]"),
])
def test_wording_with_no_sure_us_form_is_marked_to_reword(linter, draft, marked):
    found = suggest(linter, draft)
    assert marked in found.text
    words = marked[len("[reword: "):-1]
    assert words in fill_placeholders(found.text) and "reword" not in fill_placeholders(found.text)
    assert any(words in item["reason"] for item in found.not_rewritten)  # the note still says why


def test_us_wording_and_names_are_never_marked(linter):
    draft = ("Internship Doctor at Puskesmas Sungai Raya, West Kalimantan, February 2022 - January 2023. I saw 40 "
             "patients a day in the outpatient clinic and put my training into practice in 12 home visits a month. "
             "It was a great experience.")
    text = suggest(linter, draft).text
    says(text, said=["Puskesmas"], never=["[reword: Puskesmas", "[reword: put"])


def test_fill_placeholders_says_the_words_to_reword():
    assert fill_placeholders("I could [reword: put in practice] the theory.") == "I could put in practice the theory."
