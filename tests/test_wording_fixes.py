"""Translated wording with its US form (issue 11, G101; issue 12, skeletons): the lexicon's [[wording-fixes]]
false friends and calques, read by lemma and by the parse, named in G101's message and said in the skeleton.

Every sentence here was written for this test."""

from __future__ import annotations

import pytest

import erasl
from erasl.config import Settings
from erasl.engine import Linter
from erasl.lexicon import lexicon_data
from erasl.registry import RuleFileError
from erasl.wording_fixes import WordingFixer, indefinite_article, read_fix_entries
from tests.skeleton_helpers import suggest


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Settings())


def fixes(linter, text: str) -> list[tuple[str, str]]:
    profile = erasl.read_text(text, settings=Settings())[0]
    return [(fix.text, fix.correction) for fix in profile.wording_fixes]


def test_every_table_entry_gives_its_own_example(linter):
    """Each [[wording-fixes]] entry proves itself: its `example` gives its `says` (proselint's rule)."""
    entries = lexicon_data(linter.ruleset).wording_fixes
    assert len(entries) >= 40
    fixer = WordingFixer(linter.nlp, entries)
    wrong = []
    for entry in entries:
        said = [fix.correction for fix in fixer.read(linter.nlp(entry.example))]
        if entry.says not in said:
            wrong.append((entry.example, entry.says, said))
    assert not wrong, wrong


@pytest.mark.parametrize("text, words, correction", [
    # every inflection and word order of a family: the verb takes the form of the word it replaces
    ("She assists to the tumor board every Friday.", "assists to", "attends"),
    ("Assisting to grand rounds taught me to present.", "Assisting to", "Attending"),
    ("The lumbar punctures were realized under ultrasound guidance.", "punctures were realized", "punctures were performed"),
    ("I have realised three skin biopsies.", "realised three skin biopsies", "performed three skin biopsies"),
    ("My chief explained us the new protocol.", "explained us", "explained to us"),
    ("The residents were saying me that I was slow.", "saying me", "telling me"),
    ("I held the hook while the resident closed.", "held the hook", "held the retractor"),
    ("I passed out from Nishtar Medical College in 2018.", "passed out from", "graduated from"),
    ("She is interested to family medicine.", "interested to", "interested in"),
    ("I am working here since four months.", "since four months", "for four months"),
    ("A 3 months old baby came with fever.", "3 months old", "3-month-old"),
    ("My batchmate helped me revise.", "batchmate", "classmate"),
])
def test_a_family_matches_every_form_and_says_the_us_form(linter, text, words, correction):
    assert (words, correction) in fixes(linter, text)


@pytest.mark.parametrize("text", [
    "I assisted the surgeon in two hernia repairs.",
    "I assisted in surgeries and attended to patients at night.",
    "I realized the study needed a larger sample.",
    "I explained her diagnosis to her in Spanish.",
    "She said her name twice.",
    "I took charge of the ward on weekends.",
    "I was in charge of the night team.",
    "The patient passed out from dehydration.",
    "We waited two hours for the bus.",
    "Data were entered in REDCap each evening.",
    "Since 2019 I have led the journal club.",
    "During 2 years of residency I taught 40 students.",
    "Many a patient came back to thank us.",
    "More importantly, I learned to listen.",
    "Under the supervision of Dr. Rao, I wrote progress notes.",
    "I am interested to see how your residents choose electives.",
    "He described me as calm under pressure.",
])
def test_us_wording_has_nothing_to_fix(linter, text):
    assert fixes(linter, text) == []


@pytest.mark.parametrize("text, words, correction", [
    ("I worked as house officer for a year.", "as house officer", "as a house officer"),
    ("I worked as intern doctor for a year.", "as intern doctor", "as an intern doctor"),
    ("I examined patients in Cardiology department.", "in Cardiology department", "in the Cardiology department"),
    ("There was no bed free in the ward.", "no bed free", "no free bed"),
    ("I teach 2 practical session every week.", "2 practical session", "2 practical sessions"),
])
def test_the_parse_readings_get_their_us_form(linter, text, words, correction):
    assert (words, correction) in fixes(linter, text)


def test_indefinite_article_follows_the_sound():
    assert [indefinite_article(w) for w in ("intern", "university", "hour", "house", "elective", "one-year")] == \
        ["an", "a", "an", "a", "an", "a"]


def test_g101_names_the_us_form_in_its_message(linter):
    found = erasl.lint_texts(["I assisted to the morning rounds and said me nothing."], kind="experience",
                             settings=Settings(select=["G101"]))[0]
    messages = [d.message for d in found]
    assert any('"assisted to"' in m and 'say "attended"' in m for m in messages), messages
    assert any('say "told me"' in m for m in messages), messages


def test_g101_without_a_us_form_keeps_its_plain_message(linter):
    found = erasl.lint_texts(["I made my stage in a rural clinic."], kind="experience",
                             settings=Settings(select=["G101"]))[0]
    assert found and all("say \"" not in d.message for d in found)


@pytest.mark.parametrize("draft, said, not_said", [
    ("Internal medicine rotation, Hospital Central, Lima, 8 weeks in 2022. I assisted to the morning rounds and "
     "realized 15 lumbar punctures under control of a senior doctor.",
     ["ttended the morning rounds", "performed 15 lumbar punctures", "under the supervision of a senior doctor"],
     ["assisted to", "realized", "under control of"]),
    ("Rotation in the Hospital de Clinicas, Asuncion, 4 weeks in 2023. We took the new patients in charge every night "
     "and I wrote the evolution notes of 6 patients.",
     ["[admitted/managed] the new patients", "progress notes"], ["in charge", "evolution notes"]),
    ("House officer, Mulago Hospital, Kampala, 6 months in 2021. I worked as house officer in Cardiology department "
     "and saw 30 patients a day.", ["as a house officer in the Cardiology department", "Mulago Hospital"], ["as house officer"]),
])
def test_the_skeleton_says_the_us_form_in_the_drafts_sentence(linter, draft, said, not_said):
    """Only the words that change are edited, so the sentence's other repairs still reach the rest of it."""
    text = suggest(linter, draft).text
    for words in said:
        assert words in text, text
    for words in not_said:
        assert words not in text, text


def test_a_name_is_never_reworded(linter):
    """"Clinical History" in a department's name is the name, not the calque."""
    draft = ("Observership at the Clinical History Archive of Hospital Italiano, Buenos Aires, 4 weeks in 2023. "
             "I made the Clinical Histories Review with the archivist and presented 3 cases.")
    text = suggest(linter, draft).text
    assert "Clinical History Archive" in text and "Clinical Histories Review" in text, text


@pytest.mark.parametrize("raw, message", [
    ([{"family": "x", "example": "a", "says": "b", "shape": [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMMA": "go"}}]}],
     "needs exactly one of 'fix'"),
    ([{"family": "x", "example": "a", "says": "b", "fix": {"w": ""},
       "shape": [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMMA": "go"}}]}], "'fix' names 'w'"),
    ([{"family": "x", "example": "a", "says": "b", "say": "{w}",
       "shape": [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMMA": "go"}}]}], "'say' names {w}"),
    ([{"family": "x", "example": "a", "says": "b", "say": "c",
       "shape": [{"RIGHT_ID": "_v", "RIGHT_ATTRS": {"LEMMA": "go"}}]}], "not context"),
    ([{"family": "x", "example": "a", "says": "b", "say": "c", "colour": 1,
       "shape": [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMMA": "go"}}]}], "unknown key 'colour'"),
    ([{"example": "a", "says": "b", "say": "c", "shape": [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMMA": "go"}}]}],
     "needs 'family'"),
])
def test_a_wrong_table_entry_is_a_one_line_error(raw, message):
    with pytest.raises(RuleFileError, match=message):
        read_fix_entries(raw, "lexicon.toml")


def test_a_shape_spacy_cannot_compile_names_its_entry(linter):
    entries = read_fix_entries([{"family": "bad", "example": "a", "says": "b", "say": "c",
                                 "shape": [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMMA": {"NOPE": ["go"]}}}]}],
                               "lexicon.toml")
    with pytest.raises(RuleFileError, match=r"entry 1 \(bad\): its shape is not a valid pattern"):
        WordingFixer(linter.nlp, entries)


def test_only_the_changed_words_are_edited(linter):
    """"realized several lumbar punctures": the verb is said the US way and "several" still becomes [N]."""
    text = suggest(linter, "Internal medicine rotation, Hospital Central, Lima, 8 weeks in 2022. I realized several "
                           "lumbar punctures under control of a senior doctor.").text
    assert "erformed [N] lumbar punctures under the supervision of a senior doctor" in text, text


def test_a_plural_the_tagger_reads_as_singular_is_never_pluralised_again():
    """"several audits": spaCy tags "audits" NN with the lemma "audits"; the plural comes from lemminflect's own
    lemma, so neither G101 nor the skeleton says "auditses"."""
    import erasl
    from erasl.wording_fixes import plural_noun

    assert plural_noun("audits") == "audits" and plural_noun("audit") == "audits" and plural_noun("patient") == "patients"
    draft = "Conducted several audits on hand hygiene in the surgical wards."
    assert not [d for d in erasl.lint_text(draft, path="draft.txt") if d.code == "G101"]
    skeleton = erasl.suggest_text(draft, path="draft.txt")[0].text
    assert "auditses" not in skeleton and "[N] audits" in skeleton
    still_flagged = erasl.lint_text("I helped many poor patient in the rural area.", path="draft.txt")
    assert any(d.code == "G101" and "many poor patients" in d.message for d in still_flagged)
