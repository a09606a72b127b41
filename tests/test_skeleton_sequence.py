"""The order advisors teach (review 18, the largest class: "duration after load, result before duties, duties cut
from their context, rows shuffled, placeholder mid-entry"): frame, load, duties, result, each in the draft's own
order, nothing torn from what it belongs to, and every prompt after the draft's sentences.

Every draft here was written for this test, in wordings unlike the corpus: résumé fragments, run-ons, non-native
phrasing, a frame line after the opening, context lines, and near-misses whose order must stay."""

from __future__ import annotations

import re

import pytest

from erasl.config import Settings
from erasl.engine import Linter
from tests.skeleton_helpers import suggest


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Settings())


def _before(text: str, first: str, second: str) -> None:
    """`first` and `second` are both in the skeleton, `first` ahead of `second`."""
    assert first in text and second in text, text
    assert text.index(first) < text.index(second), text


def _draft_sentences_before_prompts(text: str) -> None:
    """No sentence of the draft comes after a placeholder-only prompt: the prompts are one list at the end."""
    sentences = re.split(r"(?<=[.!?])\s+(?=\[|[A-Z])", text)
    prompt_seen = False
    for sentence in sentences:
        prompt = sentence.startswith("[Only if true:]") or re.fullmatch(r"\[[^\]]*\]\.?", sentence.strip()) is not None
        if prompt:
            prompt_seen = True
        elif prompt_seen and "[" not in sentence:
            raise AssertionError(f"draft sentence after a prompt: {sentence!r} in {text!r}")


# (draft, pairs that must keep their order in the skeleton)
ORDERED = [
    # a frame line after a header: it stays ahead of the load that follows it
    ("Observership, Nephrology - Dr. Ruth Adeyemi, Lakeside Kidney Center, Madison, Wisconsin.\n"
     "Three weeks in May 2024 (about 60 hours). I sat in the dialysis unit and the renal clinic with Dr. Adeyemi. "
     "I observed around 45 patient visits, mostly CKD stage 4 and transplant follow-ups. "
     "I made a table of every eGFR trend I saw and discussed it with her on Fridays.",
     [("Three weeks in May 2024", "45 patient visits")]),
    # duties cut from one run-on sentence stay in their order: the presenting stays with the history taking
    ("Family Medicine Externship, Cedar Grove Health Center, Toledo, Ohio, 6 weeks in 2024. "
     "We were seeing 20 patients every morning. I was taking vitals and the history, then I present them to the "
     "attending physician. I also wrote 3 referral letters. Most of the patients spoke Somali so I was helping "
     "with translating.",
     [("vitals", "referral letters"), ("attending physician", "referral letters")]),
    # résumé fragments: the rows keep the draft's order, whatever verb leads them
    ("House Officer, Surgery | Mulago Hospital, Kampala, Uganda | 01/2022 - 12/2022\n"
     "- Clerked new admissions on the surgical ward\n"
     "- Assisted in laparotomies and hernia repairs\n"
     "- Participated in weekly trauma drills\n"
     "- Maintained the operating list and consent forms\n",
     [("Took histories from new admissions", "Assisted in laparotomies"), ("Assisted in laparotomies", "weekly trauma drills"),
      ("weekly trauma drills", "operating list")]),
    # a line about someone else explains the one before it and stays after it
    ("Cardiology shadowing at Brookline Heart Clinic, Boston, Massachusetts, 2 weeks in June 2023. "
     "I followed Dr. Chen through 30 clinic visits and 4 echocardiograms. "
     "Dr. Chen explained how she titrates beta blockers after a heart attack. "
     "Each evening I wrote a one-page summary of the cases.",
     [("30 clinic visits", "Dr. Chen explained"), ("Dr. Chen explained", "one-page summary")]),
    # a result stated in the middle of passives stays after the duties it follows, never before them
    ("Twelve-week core surgery clerkship at Riverbend Medical Center, Albany. New patients were seen in clinic by "
     "the students and were presented to the chief resident. Operative notes were drafted by the students. "
     "At the end of the rotation a case report was submitted by our group, and the clerkship was completed "
     "with Honors.",
     [("chief resident", "Honors"), ("Operative notes", "Honors")]),
    # a sentence that points back ("this team") stays after the one it points at
    ("Sub-internship in the cardiac ICU of Hillcrest University Hospital, Denver, 4 weeks in March 2025. "
     "The unit is run by two intensivists and four fellows. I joined this team as the only student. "
     "I followed 2 patients a day and wrote their notes.",
     [("run by two intensivists", "I joined this team"), ("this team", "2 patients a day")]),
    # non-native run-on: the procedure stays with the ward it was done on
    ("I did my internship in Hopital Central de Yaounde, Cameroon from March 2020 to February 2021 in medicine and "
     "surgery six months each and in medicine we were receiving 15 patients in the night and I was doing the "
     "history and also I did lumbar punctures and in surgery I was assisting for hernia and appendicitis.",
     [("15 patients", "the history"), ("the history", "lumbar punctures"), ("lumbar punctures", "for hernia")]),
    # a research bio: what the study was comes before the tasks in it
    ("Research Assistant, Institute of Tropical Medicine, Manila, Philippines, 2020 to 2022. "
     "I worked on a community leptospirosis surveillance study. I collected serum samples from 300 farmers in "
     "four villages and entered the data into REDCap. The results were shown at a national conference.",
     [("leptospirosis surveillance study", "300 farmers"), ("300 farmers", "national conference")]),
]


@pytest.mark.parametrize("draft, pairs", ORDERED, ids=range(len(ORDERED)))
def test_sentences_keep_the_order_advisors_teach_and_the_draft_gives(linter, draft, pairs):
    text = suggest(linter, draft).text
    for first, second in pairs:
        _before(text, first, second)


def test_a_closing_line_about_the_future_ends_the_draft_sentences_before_any_prompt(linter):
    """A motivation line is the last of the draft's sentences; the prompts come after it, never between two."""
    draft = ("Surgery clerkship (final year), Rajshahi Medical College Hospital, Bangladesh, 8 weeks in 2021. "
             "Our unit was admitting patients three days in a week. I took the history of the patients and "
             "presented them in the ward round. I assisted in 12 operations in the OT. This clerkship made me sure "
             "that I want to become a surgeon.")
    text = suggest(linter, draft).text
    assert "12 operations" in text, text
    _draft_sentences_before_prompts(text)


def test_the_count_a_load_sentence_leaves_out_is_asked_after_the_draft_sentences(linter):
    """"[N] ..." for a load said without a number comes after the draft's sentences, never between them."""
    draft = ("Shadowing in family medicine with Dr. Alvarez at Valley Clinic, Yuma, Arizona, 3 weeks in 2023. "
             "I saw a lot of diabetes and hypertension patients. She let me do vitals on some patients. "
             "I practiced taking histories with the medical assistant before each visit.")
    _draft_sentences_before_prompts(suggest(linter, draft).text)


# near-misses: drafts already in the advisors' order come back in that order
IN_ORDER = [
    ("Internal medicine observership, St. Agnes Hospital, Baltimore, 4 weeks in July 2024. I saw about 12 patients "
     "a day on the teaching service. I presented 3 patients on rounds. My case summary on hyponatremia was added "
     "to the team's handbook.",
     ["4 weeks", "12 patients", "3 patients on rounds", "hyponatremia"]),
    ("Volunteer, Riverside Free Clinic, Tucson, Arizona, 4 hours per week since 2022. I check in 20 patients each "
     "Saturday. I translate for Spanish-speaking patients. I helped start a reminder call list that cut no-shows "
     "from 30% to 18%.",
     ["4 hours per week", "20 patients", "translate", "30% to 18%"]),
    ("Medical Officer, Kasese District Hospital, Uganda, 2019-2021. I covered a 90-bed ward with 2 other doctors. "
     "I ran the HIV clinic on Tuesdays. I started a triage board in the emergency room.",
     ["2019-2021", "90-bed ward", "HIV clinic", "triage board"]),
]


@pytest.mark.parametrize("draft, in_order", IN_ORDER, ids=range(len(IN_ORDER)))
def test_a_draft_already_in_order_keeps_it(linter, draft, in_order):
    text = suggest(linter, draft).text
    for first, second in zip(in_order, in_order[1:]):
        _before(text, first, second)
