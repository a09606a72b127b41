"""Classes of phrasing the entry profile reads (issue 11): observer phrasing, fused durations,
'to present' as a verb, and who each sentence is about."""

from __future__ import annotations

import erasl
from erasl.config import Settings


def profile(text: str):
    return erasl.read_text(text, settings=Settings())[0]


def test_observer_phrasing_of_international_drafts_is_read_as_observing():
    read = profile("I attended the zoom rounds and listened the case discussions. "
                   "Was part of the team and got exposure of 40 cases.")
    assert [(a.lemma, a.group) for a in read.actions] == [
        ("attend", "observer"), ("listen", "observer"), ("be part of the team", "observer"),
        ("get exposure of", "observer")]
    assert not read.role_actions


def test_someone_elses_team_membership_is_not_the_applicants():
    assert profile("Presented 3 patients daily; the residents were part of a busy team.").observer == []


def test_improving_my_skills_is_not_a_role():
    read = profile("Improved my clinical skills and presented 2 patients.")
    assert [a.lemma for a in read.role_actions] == ["present"]


def test_durations_written_with_the_unit_attached_are_read():
    read = profile("Covered 12h night shifts in the ER, 2wks in OPD and 6mos on the ward.")
    assert [m.text for m in read.time_frame] == ["12h", "2wks", "6mos"]
    assert read.weeks == 2.0
    assert "12h" in [m.text for m in read.counts]


def test_to_present_is_a_verb_with_an_object_and_a_date_after_a_date():
    assert profile("I had the opportunity to present one case.").time_frame == []
    assert profile("Volunteered at the clinic to present health talks.").time_frame == []
    assert [m.text for m in profile("Research assistant, January 2024 to present.").time_frame] == [
        "January 2024", "to present"]


def test_each_sentence_says_who_it_is_about():
    read = profile("Mayo Hospital Lahore is a 2400-bed teaching hospital. It serves all of Punjab. "
                   "Took histories daily. The residents reviewed my notes.")
    assert [m.label for m in read.subjects] == ["organisation", "organisation", "applicant", "other"]
