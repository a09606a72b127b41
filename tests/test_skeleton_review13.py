"""Skeleton classes from blind review 13 (issue 12): most-meaningful reflections whose length reasons are
true and whose prompts stand in order, a strong path only for drafts that really are strong, third-person
bios said in the applicant's voice, filler left out rather than paraphrased, shorthand written out.

Every draft here was written for this test (none is a corpus sentence)."""

from __future__ import annotations

import pytest

from erasl.config import Settings
from erasl.engine import Linter
from tests.skeleton_helpers import says, suggest

MEANINGFUL = "---\nkind: meaningful\n---\n"


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Settings())


def _left_out(suggestion) -> str:
    return " | ".join(f"{item['text']} ({item['reason']})" for item in suggestion.left_out)


# --- 1. most-meaningful reflections ---------------------------------------------------------------------------

def test_a_realised_cliche_goes_and_the_moment_stays_as_its_own_sentence(linter):
    draft = (MEANINGFUL + "When Mrs. Banda died on our ward in Lilongwe after 9 days of dialysis, I realized that "
             "medicine is not only a science but an art. Since then I always sit with the family before rounds and "
             "ask what they already know. It was a turning point in my journey.")
    suggestion = suggest(linter, draft)
    text = suggestion.text
    says(text, ["Mrs. Banda died on our ward in Lilongwe after 9 days of dialysis.",
                "Since then I always sit with the family before rounds"],
         ["not only a science", "When Mrs. Banda", "turning point", "over the 300"])
    # the prompt for what the applicant did stands between the moment and what changed
    assert text.index("dialysis.") < text.index("[What you did]") < text.index("Since then"), text
    listed = _left_out(suggestion)
    assert "not only a science but an art" in listed and "turning point" in listed, listed


def test_a_named_patient_is_the_moment_and_every_hedge_goes_alike(linter):
    draft = (MEANINGFUL + "I think that my months on the night shelter van in Leeds changed my practice. I feel that "
             "sitting with Mr. K, who slept outside, changed how I ask about housing. I believe I now ask every "
             "patient where they will sleep tonight.")
    suggestion = suggest(linter, draft)
    says(suggestion.text, ["Sitting with Mr. K, who slept outside", "I now ask every patient"],
         ["I think that", "I feel that", "I believe", "[One patient or moment"])
    listed = _left_out(suggestion)
    for hedge in ("I think that", "I feel that", "I believe"):
        assert hedge in listed, listed


def test_no_draft_sentence_is_cut_because_the_prompts_do_not_fit(linter):
    # 279 characters of duties: the draft fits the box, only the prompts would not
    draft = (MEANINGFUL + "At the district hospital of Ixcan I did my supervised practice year. I saw the clinic "
             "patients, the night emergencies and the births, I ran the antenatal checks of the women from the "
             "villages and I went out with the nurse every month on the immunisation tours.")
    suggestion = suggest(linter, draft)
    assert "immunisation tours" in suggestion.text and "antenatal checks" in suggestion.text, suggestion.text
    assert not any("limit" in item["reason"] for item in suggestion.left_out), suggestion.left_out
    assert len(suggestion.text) <= 300
    # the applicant is told, truthfully, why nothing was asked and what to shorten
    told = " ".join(item["reason"] for item in suggestion.not_rewritten)
    assert "of the 300 characters" in told and "shorten" in told, suggestion.not_rewritten


# --- 2. the strong path -----------------------------------------------------------------------------------------

STRONG = ("---\ntype: work\nstart: 2016-02\nend: 2019-01\n---\nNight pharmacist, Harbour General Hospital, Durban "
          "(310 beds), {length}. Checked 140 prescriptions per night and called prescribers about 6 dosing errors "
          "per week. Ran the monthly controlled-drug audit for 12 wards and presented the results to the pharmacy "
          "committee each quarter.{closing}")


def test_a_strong_draft_is_only_tightened(linter):
    suggestion = suggest(linter, STRONG.format(length="3 years", closing=""))
    assert suggestion.template is None and "[" not in suggestion.text, suggestion.text
    says(suggestion.text, ["Checked 140 prescriptions per night"])


@pytest.mark.parametrize("length, closing", [
    ("~3 yrs", ""),  # shorthand
    ("3 years", " Because of this job I got the interest to study medicine."),  # a closing motivation line
])
def test_shorthand_or_a_motivation_line_is_no_strong_draft(linter, length, closing):
    suggestion = suggest(linter, STRONG.format(length=length, closing=closing))
    assert suggestion.template is not None, suggestion.text  # the skeleton, never "your draft, tightened"
    assert "~3 yrs" not in suggestion.text and "yrs" not in suggestion.text, suggestion.text


def test_mixed_tense_is_no_strong_draft(linter):
    draft = ("---\ntype: work\nstart: 2016-02\nend: 2019-01\n---\nNight pharmacist, Harbour General Hospital, Durban "
             "(310 beds), 3 years. I was checking 140 prescriptions per night and I used to call prescribers about 6 "
             "dosing errors per week. I ran the monthly controlled-drug audit for 12 wards and presented the results "
             "to the pharmacy committee each quarter.")
    assert suggest(linter, draft).template is not None


# --- 3. third-person bios ---------------------------------------------------------------------------------------

def test_a_bio_opened_by_a_given_name_is_said_in_the_applicants_voice(linter):
    draft = ("Process Engineer, Northfield Catheter Systems, Galway, Ireland (2014-2018)\n"
             "Aoife harnessed her passion for excellence to champion synergistic initiatives across the validation "
             "of balloon catheters. She is a driven, detail-oriented engineer. She worked with clinicians and "
             "quality teams on 4 product recalls.")
    suggestion = suggest(linter, draft)
    says(suggestion.text, ["across the validation of balloon catheters", "Worked with clinicians and quality teams"],
         ["She ", "Aoife harnessed", "her passion"])
    assert "[What you did] across the validation of balloon catheters" in suggestion.text, suggestion.text


# --- 4. filler left out, never paraphrased ---------------------------------------------------------------------

def test_filler_about_a_system_goes_whole_never_into_a_bracket(linter):
    draft = ("Observership - Family Medicine, Lakeside Community Clinic, Tampa, FL, June-August 2023\n"
             "- Joined the morning huddles and saw 12 patients a day with Dr. Reyes.\n"
             "- Gained valuable exposure to the American primary care system - EHR (Athena), team huddles and "
             "preventive care.\n")
    suggestion = suggest(linter, draft)
    says(suggestion.text, ["12 patients a day"], ["[Used/worked with]", "American primary care system"])
    assert "Gained valuable exposure" in _left_out(suggestion)


@pytest.mark.parametrize("line, reason", [
    ("I want to continue to serve the rural poor.", "aspiration"),
    ("I was thankful to Dr. Okoro for this opportunity.", ""),
])
def test_thanks_and_aspiration_lines_go_to_left_out_wherever_they_sit(linter, line, reason):
    draft = ("Volunteer, Hope Outreach Clinic, Enugu, Nigeria, 2021-2022. Screened 30 adults per visit for "
             f"hypertension. {line} Referred 45 patients to the general hospital.")
    suggestion = suggest(linter, draft)
    assert line.split()[1] + " " + line.split()[2] not in suggestion.text, suggestion.text
    says(suggestion.text, ["Referred 45 patients"])
    assert any(line.rstrip(".") in item["text"] and reason in item["reason"] for item in suggestion.left_out), \
        suggestion.left_out


# --- 5. shorthand and names -------------------------------------------------------------------------------------

def test_shorthand_is_written_out_throughout_one_entry(linter):
    draft = ("Surgery clerkship, Kisumu County Hospital, Kenya. 4th yr MBChB, 6 wks. Ward round daily w/ Asst Prof "
             "& registrars. Saw a large no. of trauma pts. Wrote d/c summaries & did med rec for 20 patients.")
    text = suggest(linter, draft).text
    says(text, ["4th year", "Assistant Professor and registrars", "discharge summaries",
                "medication reconciliation"],
         [" yr ", "Asst", " & ", "d/c", "med rec", " no. "])


def test_a_lower_case_name_after_a_title_is_capitalised(linter):
    draft = ("shadowing dr. okonkwo (cardiology) at his clinic in Lagos, 2022, 3 weeks. i followed dr o on "
             "rounds and saw 15 patients a day.")
    says(suggest(linter, draft).text, ["Dr. Okonkwo", "Dr. O "], ["dr. okonkwo", "dr o "])
