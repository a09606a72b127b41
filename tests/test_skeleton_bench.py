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
