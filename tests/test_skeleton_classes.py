"""The skeleton on drafts it was not built from: one test per class of problem seen there (issue 12, round 2).

Each test gives a draft the way applicants write it and checks the skeleton as a reader would: no
sentence said twice, no nonsense from a passive that is not the applicant's work, no verb made from
a preposition, both ends of a date range, trait claims cut from kept sentences, and a short
reflection kept in its own words.
"""

from __future__ import annotations

import pytest

from erasl.config import Settings
from erasl.diagnostics import Severity
from erasl.document import SourceFile
from erasl.engine import Linter
from erasl.rewrite import Rewriter, fill_placeholders


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Settings())


def suggest(linter, text: str, kind: str = "experience"):
    document = linter.parse(SourceFile("entry.md", text), kind)
    parses: dict = {}
    diagnostics = linter.lint_documents([document], parses=parses)
    entry = document.entries[0]
    return Rewriter(linter.nlp, linter.ruleset, linter.settings).suggest(entry, parses[(entry.path, 1)], diagnostics)


def warnings_when_filled(linter, text: str, kind: str = "experience") -> list[str]:
    document = linter.parse(SourceFile("filled.md", fill_placeholders(text)), kind)
    return [d.code for d in linter.lint_documents([document], across_entries=False) if d.severity >= Severity.WARNING]


def left_out_reasons(suggestion) -> list[str]:
    return [item["reason"].split(":")[0] for item in suggestion.left_out]


def test_a_first_sentence_that_says_length_and_where_is_the_only_opening(linter):
    text = ("Clinical observership in Cardiology department at Memorial Hermann Hospital, Houston, Texas for 4 weeks "
            "in September 2024. I observed the attending cardiologist during rounds and clinic, and I learned a lot "
            "about echocardiography.")
    skeleton = suggest(linter, text).text
    assert skeleton.startswith("Clinical observership in Cardiology department at Memorial Hermann Hospital, Houston, "
                               "Texas for 4 weeks in September 2024.")
    assert skeleton.count("Memorial Hermann Hospital") == 1 and skeleton.count("September 2024") == 1
    assert "4-week" not in skeleton


def test_a_first_sentence_without_where_still_gets_the_template_opening(linter):
    skeleton = suggest(linter, "Internal Medicine Observership, 4 weeks. I observed patient care and presented "
                               "some patients.").text
    assert skeleton.startswith("4-week [inpatient/outpatient] internal medicine observership at [hospital name].")


def test_a_passive_that_is_not_the_applicants_work_stays_as_written(linter):
    text = ("I volunteered at a medical outreach camp in Karachi in 2022. The outreach was geared towards providing "
            "free medical services to over 500 people in rural Sindh. The camp was organized by the district health "
            "office. Blood pressure was checked by me for 200 patients.")
    skeleton = suggest(linter, text).text
    assert "The outreach was geared towards providing free medical services to over 500 people in rural Sindh." in skeleton
    assert "The camp was organized by the district health office." in skeleton
    assert "[Geared" not in skeleton and "gear]" not in skeleton and "[Organized" not in skeleton
    assert "Checked blood pressure for 200 patients." in skeleton  # "by me": the applicant's work, said actively


def test_an_agentless_passive_of_a_task_still_offers_the_role_choice(linter):
    text = ("6-month retrospective chart review at Aga Khan University Hospital, Karachi, 2023. Data were analyzed "
            "in SPSS. The study was funded by the department.")
    skeleton = suggest(linter, text, "experience").text
    assert "[Analyzed/helped analyze] data in SPSS." in skeleton
    assert "The study was funded by the department." in skeleton


def test_a_filler_main_verb_is_cut_with_its_clause_never_a_verb_from_a_preposition(linter):
    text = ("I worked as a house officer in Medicine at Services Hospital Lahore from 2021 to 2022. I have gained "
            "valuable experience regarding management of various diseases like dengue, typhoid and tuberculosis. "
            "I took histories from 15 patients daily.")
    suggestion = suggest(linter, text)
    assert "regarded" not in suggestion.text.lower() and "regarding" not in suggestion.text.lower()
    assert "Took histories from 15 patients daily." in suggestion.text
    cut = [item for item in suggestion.left_out if item["reason"].startswith("F101")]
    assert cut and "dengue, typhoid and tuberculosis" in cut[0]["text"]  # the applicant is told what went


def test_a_date_range_keeps_both_ends(linter):
    from erasl.skeleton import _date_range

    assert _date_range("from 1st March 2021 to 28th February 2022") == "March 2021-February 2022"
    assert _date_range("in 2022") is None  # a year alone: the draft's own words stay
    text = ("---\ntype: observership\n---\nI observed in the cardiology clinic. The observership ran from 1st March "
            "2021 to 28th February 2022. I took histories from 5 patients daily.")
    opening = suggest(linter, text).text.split(". ")[0]
    assert opening.endswith("March 2021-February 2022")


def test_day_ordinals_are_read_as_dates_by_the_profile():
    from erasl.profile import read_text_dates

    start, last, ongoing, _ = read_text_dates("from 1st March 2021 to 28th February 2022")
    assert (start % 12, start // 12, last % 12, last // 12, ongoing) == (2, 2021, 1, 2022, False)
    start, last, ongoing, _ = read_text_dates("12 patients in March 2024")
    assert (start, last) == (2024 * 12 + 2, 2024 * 12 + 2)


def test_a_trait_claim_opening_a_kept_sentence_is_cut(linter):
    text = ("I worked as a house officer at Services Hospital Lahore from 2021 to 2022. As a humble and dedicated "
            "young doctor, I participated in morning rounds and took histories from 15 patients daily.")
    suggestion = suggest(linter, text)
    assert "humble" not in suggestion.text and "dedicated" not in suggestion.text
    assert "morning rounds" in suggestion.text and "15 patients daily" in suggestion.text
    assert "F201" in left_out_reasons(suggestion)


def test_a_reflection_keeps_its_own_sentences_and_only_loses_filler(linter):
    text = ("---\nkind: meaningful\n---\nIn my PGY1 year at Mayo Hospital Lahore, a 9-year-old with DKA arrived at "
            "2 am. I ran the insulin drip and checked her glucose hourly for 12 hours. I learned a lot. Now I recheck "
            "every order twice.")
    suggestion = suggest(linter, text, "meaningful")
    assert suggestion.text == ("In my PGY1 year at Mayo Hospital Lahore, a 9-year-old with DKA arrived at 2 am. I ran "
                               "the insulin drip and checked her glucose hourly for 12 hours. Now I recheck every "
                               "order twice.")
    assert left_out_reasons(suggestion) == ["F101"]
    assert not warnings_when_filled(linter, suggestion.text, "meaningful")


def test_a_first_sentence_kept_as_the_opening_loses_only_the_days_of_its_dates(linter):
    text = ("I worked as a house officer in Medicine at Services Hospital Lahore from 1st March 2021 to 28th February "
            "2022. I took histories from 15 patients daily and learned a lot.")
    skeleton = suggest(linter, text).text
    assert skeleton.startswith("Worked as a house officer in Medicine at Services Hospital Lahore from March 2021 to "
                               "February 2022.")
    assert skeleton.count("Services Hospital Lahore") == 1
