"""One tense per act (issue 12, skel17 class 4): "since" + a time in an ongoing entry takes the present perfect
(with the verbs joined to it, an adverb after "have"); verbs joined by "and" share the tense the skeleton gave
the first; a finished entry's present ("During the observership I follow") goes into the past, a noun the
tagger read as a verb ("clinic and endoscopy suite") stays a noun; a job title is never re-tensed.

Every draft here was written for this test (none is a corpus sentence)."""

from __future__ import annotations

import pytest

from erasl.config import Settings
from erasl.engine import Linter
from tests.skeleton_helpers import says, suggest

ONGOING = "---\ntype: volunteer\ntitle: Volunteer doctor\nstart: 2022-03\nend: present\n---\n" \
          "Volunteer doctor at the Caritas clinic in Porto, 2 evenings a week. I see 12 patients per evening. " \
          "It is a truly wonderful experience. "
FINISHED = "---\ntype: observership\ntitle: Nephrology observership\nstart: 2024-02\nend: 2024-03\n---\n" \
           "Nephrology observership at Lakeview Hospital, Cleveland, 4 weeks. It was a great learning experience. "


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Settings())


@pytest.mark.parametrize("sentence, said, never", [
    ("Since 2023 I learned to run the triage desk alone.", "Since 2023 I have learned", "I learned"),
    ("Since last year I also coordinate 5 students and make the rota.",
     "I have also coordinated 5 students and made the rota", "and make the rota"),
    ("Since January I organize the pharmacy shelf and order the insulin.",
     "I have organized the pharmacy shelf and ordered the insulin", "and order the insulin"),
    # (G101 reads "visit 3 patients" as "see 3 patients", and the skeleton says every correction erasl knows)
    ("Since 2022 I still visit 3 bedridden patients at home.", "I have still seen 3 bedridden patients", "I still visit"),
    ("Since my first year we collect blood pressure readings for the registry.",
     "we have collected blood pressure readings", "we collect"),
])
def test_since_a_time_in_an_ongoing_entry_takes_the_present_perfect(linter, sentence, said, never):
    text = suggest(linter, ONGOING + sentence + "\n").text
    says(text, said=[said], never=[never])


@pytest.mark.parametrize("sentence, kept", [
    ("Since he retired, I run the Monday clinic with 2 nurses.", "run the Monday clinic"),  # "since" as "because/after"
    ("I train 4 new volunteers every month.", "train 4 new volunteers"),                      # no "since" at all
])
def test_a_since_that_is_no_time_or_no_since_keeps_the_present(linter, sentence, kept):
    says(suggest(linter, ONGOING + sentence + "\n").text, said=[kept], never=["have run", "have trained"])


@pytest.mark.parametrize("sentence, said, never", [
    ("During the observership I follow Dr. Patel in outpatient clinic and dialysis unit.",
     "I followed Dr. Patel in", "I follow Dr."),
    ("I follow Dr. Okoro in clinic and endoscopy suite every morning.",
     "endoscopy suite", "endoscopied"),
    ("Every day I review the labs with the fellow and write a short summary.",
     "reviewed the labs with the fellow and wrote a short summary", "and write a short"),
])
def test_a_finished_entry_says_joined_verbs_in_the_past(linter, sentence, said, never):
    says(suggest(linter, FINISHED + sentence + "\n").text, said=[said], never=[never])


def test_a_job_title_is_never_re_tensed(linter):
    text = suggest(linter, "---\ntype: work\ntitle: Reporting Analyst\nstart: 2016-01\nend: 2018-12\n---\n"
                           "Reporting Analyst, Ministry of Health, Lima, 2016-2018. I built 12 monthly dashboards "
                           "for the regional hospitals.\n").text
    says(text, said=["Reporting Analyst"], never=["Reported Analyst"])


def test_a_finished_list_keeps_every_item_in_the_past_and_its_plural_nouns_as_nouns():
    """A bulleted résumé list under a heading, in a finished entry: the first item's verb before a count
    ("Coordinate 9 section heads") is put in the past like the others, and a plural object the tagger read as a
    verb ("- Arrange blood donation drives") stays a noun. A month before a year stays a month."""
    import erasl

    draft = ("---\ntype: leadership\nstart: September 2021\nend: June 2023\n---\n"
             "President, Student Scientific Society, Riverside Medical University\n"
             "- Coordinate 9 section heads and a budget of 40,000 UAH per year\n"
             "- Arrange blood donation drives with the regional blood center, 3 per semester\n"
             "- Represent students at the university academic council\n")
    skeleton = erasl.suggest_text(draft, path="draft.md")[0].text
    assert "Coordinated 9 section heads" in skeleton
    assert "Arranged blood donation drives" in skeleton and "drove" not in skeleton
    assert "Represented students" in skeleton
    dated = erasl.suggest_text("---\nstart: 2019-03\nend: 2020-06\n---\nResearch assistant, Mar 2019 - Jun 2020. "
                               "Coordinate 12 volunteers.", path="draft.md")[0].text
    assert "Marred" not in dated and "Coordinated 12 volunteers" in dated


def test_a_list_item_that_names_a_ward_is_never_re_tensed(linter):
    """'Labour ward admissions' names where the work was (its first word modifies a place noun of the rewrite
    table's [role-phrases] places), never 'Laboured ward admissions'; a verb item beside it is still re-tensed."""
    draft = ("---\ntype: work\nstart: 2021-07\nend: 2023-06\n---\n"
             "Medical Officer, Dept. of Obstetrics, 250-bed district hospital, Sylhet, Bangladesh (July 2021-June 2023).\n"
             "- Labour ward admissions, 15 per night.\n- Maintain ward registers for 40 beds.\n")
    says(suggest(linter, draft).text, ["Labour ward admissions, 15 per night", "Maintained ward registers for 40 beds"],
         ["Laboured"])


@pytest.mark.parametrize("draft, said, never", [
    # a rotation of a stated length, its CV bullets in the present, no dates: finished, so said in the past
    ("Surgery clerkship, 3 months, Haifa. I see 10 post-op patients daily and assist in 2 hernia repairs a week.",
     ["Saw 10 post-op patients"], ["since [month year]", "I see 10"]),
    ("Pediatrics posting, 6 weeks, district hospital. I examine 8 children daily and it is a great learning experience.",
     ["xamined 8 children"], ["since [month year]", "examine 8"]),
    # a job or volunteering of some length may go on: its own tense stands
    ("Volunteer at the Saturday free clinic, 2 years. I take vitals for 20 patients each Saturday.",
     ["take vitals"], ["took vitals"]),
])
def test_a_rotation_of_a_stated_length_is_finished(linter, draft, said, never):
    says(suggest(linter, draft).text, said, never)


def test_a_one_word_line_of_the_draft_is_kept_or_listed(linter):
    """A CV's one-word line ("Admissions.") is a fact: kept as written, never dropped unlisted."""
    suggestion = suggest(linter, "Internship rotation in surgery, 3 months, Haifa. Admissions. Ward rounds. "
                                 "Post-op care of 10 patients daily.")
    listed = " ".join(item["text"] for item in suggestion.left_out)
    assert "Admissions" in suggestion.text or "Admissions" in listed
