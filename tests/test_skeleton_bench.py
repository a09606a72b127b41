"""bench/skeletons.py's measures, on small examples: what counts as a fact, a non-word, a did-alternative."""

from __future__ import annotations

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "skeletons.py"
spec = importlib.util.spec_from_file_location("bench_skeletons", BENCH)
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)


def test_facts_are_numbers_names_and_acronyms_not_sentence_openers():
    facts = bench.draft_facts("---\ntype: work\n---\nI saw 312 pts at Mayo Hospital Lahore. Took USMLE Step 1 in 2023.")
    assert {"312", "Mayo", "Hospital", "Lahore", "USMLE", "Step", "1", "2023"} <= facts
    assert "Took" not in facts and "I" not in facts and "work" not in facts


def test_a_fact_is_found_as_a_whole_word():
    assert bench.found_in("1,100", "Responded to 1100 calls.")
    assert bench.found_in("ED", "two night calls in the ED.")
    assert not bench.found_in("ED", "Managed 4 patients.")


def test_did_alternatives_are_choices_with_did_not_prompts_that_use_the_word():
    for choice in ("[inserted/did insert]", "[did/did do]", "[Performed/did]"):
        assert bench.DID_ALTERNATIVE.search(choice), choice
    for prompt in ("[What you did for them, in one sentence]", "[Joined/observed]"):
        assert not bench.DID_ALTERNATIVE.search(prompt), prompt


def test_non_words_are_made_up_words_outside_brackets():
    words = bench._dictionary()
    assert bench.non_words("Runned the REDCap database. Readed charts. [Xyzzy]", "Used REDCap.", words) == [
        "Runned", "Readed"]
    assert bench.non_words("Ran the REDCap database. Scribed notes.", "I used REDCap as a scribe.", words) == []


def test_a_name_in_any_alphabet_is_one_fact_and_a_month_written_out_is_kept():
    facts = bench.draft_facts("Volunteered at a clinic in São Paulo, checking HbA1c monthly, Dec 2022-Jan 2023.")
    assert {"São", "Paulo", "HbA1c"} <= facts and "Sa" not in facts and "HbA" not in facts
    assert bench.found_in("Dec", "December 2022-January 2023") and bench.found_in("Jan", "December 2022-January 2023")
    assert not bench.found_in("Dec", "A decade of work.")


def test_an_inflection_of_the_drafts_own_word_is_not_a_non_word():
    dictionary = {"i", "the", "notes"}
    assert bench.non_words("I analyse the notes.", "I analysed the notes.", dictionary) == []
    assert bench.non_words("I readed the notes.", "I read the notes.", dictionary) == ["readed"]


def test_a_date_or_an_abbreviation_said_in_words_is_the_same_fact():
    draft = "Rotation 01.03.2023 - 18.06.2023. Internship 01/2022-12/2022 in the OPD."
    facts = bench.draft_facts(draft)
    assert {"01.03.2023", "18.06.2023", "01/2022", "12/2022", "OPD"} <= facts and "01" not in facts
    shorthand = {"OPD": "outpatient clinic"}
    skeleton = "Rotation March 2023-June 2023. Internship January 2022-December 2022 in the outpatient clinic."
    for fact in ("01.03.2023", "18.06.2023", "01/2022", "12/2022"):
        assert bench.found_in(fact, skeleton), fact
    assert bench.found_another_way("OPD", skeleton, shorthand)
    assert not bench.found_in("01/2022", "Rotation in 2022.")
    assert not bench.found_another_way("OPD", "Saw 40 patients a day.", shorthand)
    # a word of a shorthand phrase ("Asst" of "Asst Prof") is found as the phrase said in full
    shorthand = {"Asst Prof": "Assistant Professor"}
    assert bench.found_another_way("Asst", "Rounds with the Assistant Professor.", shorthand)
    assert not bench.found_another_way("Asst", "Rounds with the registrar.", shorthand)


def test_a_chart_length_or_rate_said_in_words_is_one_fact():
    draft = "Covered the ward for 6/52 and ran a 3/12 clinic 2x/week, then taught 4x per month."
    facts = bench.draft_facts(draft)
    assert {"6/52", "3/12", "2x/week", "4x per month"} <= facts and "52" not in facts and "2" not in facts
    skeleton = "Covered the ward for 6 weeks and ran a 3-month clinic twice a week, then taught 4 times a month."
    for fact in ("6/52", "3/12", "2x/week", "4x per month"):
        assert bench.found_in(fact, skeleton), fact
    assert not bench.found_in("6/52", "Covered the ward for 6 months.")
    assert not bench.found_in("2x/week", "Ran a clinic once a week.")
