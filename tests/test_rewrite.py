"""Rewrite suggestions over the whole corpus: facts kept, none invented, clean once filled, within the box.

Each corpus draft (bad and better) is linted once with its parse kept, and every
entry's suggestion is checked as a user would use it: every number and
capitalised word comes from the draft or sits inside a [placeholder] or is the
template's own wording; with its placeholders filled by neutral values it
raises no warning or error and fits the ERAS box; unfilled, every placeholder
is flagged (L301), so it cannot be submitted by mistake.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from erasl.cli import main
from erasl.config import Settings
from erasl.diagnostics import Severity
from erasl.document import SourceFile
from erasl.engine import Linter
from erasl.facts import FactExtractor, load_rewrite_data, past_tense
from erasl.registry import rules_dir
from erasl.rewrite import PLACEHOLDER, fill_placeholders, placeholders, suggestions_for

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
DRAFTS = sorted(p.relative_to(CORPUS).as_posix() for folder in ("experience", "personal-statement")
                for p in (CORPUS / folder).glob("*.md"))
EXPERIENCES = [name for name in DRAFTS if name.startswith("experience/")]
STATEMENTS = [name for name in DRAFTS if name.startswith("personal-statement/")]


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Settings())


@pytest.fixture(scope="module")
def corpus(linter):
    """name -> (entry, suggestion) for every corpus draft, from one lint run with parses kept."""
    report = linter.lint_paths([str(CORPUS / name) for name in DRAFTS], keep_parses=True)
    suggestions = suggestions_for(report, linter)
    entries = {(e.path, e.index): e for d in report.documents for e in d.entries}
    found = {}
    for suggestion in suggestions:
        name = Path(suggestion.path).relative_to(CORPUS).as_posix()
        found[name] = (entries[(suggestion.path, suggestion.entry)], suggestion)
    return found


def _boilerplate() -> set[str]:
    """Every word erasl itself may write: the templates and the rewrite data (weak-verb choices, specialties)."""
    words = set()
    from erasl.skeleton import inflect

    for path in (rules_dir() / "templates").glob("*.j2"):
        source = path.read_text(encoding="utf-8")
        words |= set(re.findall(r"[A-Za-z][\w'-]*", source))
        # verbs the templates inflect to the entry's tense: V("write") is "Wrote" or "Write"
        words |= {inflect(lemma, "past") for lemma in re.findall(r"\b[vV]\(\"([a-z-]+)\"\)", source)}
    from erasl.skeleton import _SPLITS

    words |= {w for _, joiner in _SPLITS for w in re.findall(r"[A-Za-z]+", joiner)}
    data = load_rewrite_data()
    words |= {inflect(lemma, "past") for lemma in data.get("vary", {}).values()}
    words |= {inflect(spec["direct"], "past") for spec in data["weak-verbs"].values() if "direct" in spec}
    for spec in data["weak-verbs"].values():
        for choice in spec["choices"]:
            words |= set(re.findall(r"[A-Za-z][\w'-]*", choice))
    from erasl.lexicon import lexicon_data
    from erasl.registry import load_rules

    for name in lexicon_data(load_rules()).specialty_words:
        words |= set(name.split())
    return {w.lower() for w in words}


BOILERPLATE = _boilerplate()


def _input_words(entry) -> set[str]:
    """The applicant's own words: the entry's text, its title and its metadata values."""
    text = " ".join([entry.text, entry.title or "", *entry.metadata.values()])
    text = text.replace("\u2019", "'")  # L201's safe fix makes "IV’s" "IV's": the same word
    words = {w.lower() for w in re.findall(r"[\w][\w'%,.-]*[\w%]|\w", text)}
    return words | {part for w in words for part in w.split("-")} | {w.lower() for w in re.findall(r"[A-Za-z][\w'-]*", text)}


def _stem(word: str) -> str:
    """Crude English stem, enough to match a verb in another tense: checked/checking/check -> check."""
    for suffix in ("ied", "ing", "ed", "es", "s", "d", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _outside_placeholders(text: str) -> str:
    return PLACEHOLDER.sub(" ", text)


def test_every_corpus_draft_gets_a_suggestion(corpus):
    assert sorted(corpus) == DRAFTS
    for name in EXPERIENCES:
        assert corpus[name][1].text, name
    for name in STATEMENTS:
        assert corpus[name][1].text == ""


@pytest.mark.parametrize("name", EXPERIENCES)
def test_suggestion_invents_no_number_or_name(corpus, name):
    entry, suggestion = corpus[name]
    own = _input_words(entry)
    invented = []
    for word in re.findall(r"[\w][\w'%,.-]*[\w%]|\w", _outside_placeholders(suggestion.text)):
        word = word.strip(".,'")
        if any(ch.isdigit() for ch in word):
            # "6-week" from "6 weeks" is the draft's number, reworded: each number must be the draft's
            parts = [part for part in word.lower().split("-") if part]
            if word.lower() not in own and not all(
                part in own if any(ch.isdigit() for ch in part) else part in own | BOILERPLATE for part in parts
            ):
                invented.append(word)
        elif word[:1].isupper():
            # a capitalised word: the draft's (in any inflection: "checking" -> "Checked") or erasl's own
            known = own | BOILERPLATE
            parts = [part for part in word.lower().split("-") if part]
            if not (word.lower() in known or all(p in known or _stem(p) in {_stem(w) for w in own} for p in parts)):
                invented.append(word)
    assert not invented, f"{name}: {invented} are in neither the draft nor a placeholder:\n{suggestion.text}"


@pytest.mark.parametrize("name", EXPERIENCES)
def test_filled_suggestion_lints_clean_and_fits_the_box(corpus, linter, name):
    entry, suggestion = corpus[name]
    filled = fill_placeholders(suggestion.text)
    # pasted into the same ERAS experience, so it keeps the entry's type (which decides S101)
    front = f"---\ntype: {entry.metadata['type']}\n---\n" if entry.metadata.get("type") else ""
    document = linter.parse(SourceFile(f"suggestion-of-{Path(name).name}", front + filled), kind=entry.kind)
    filled = document.entries[0].text
    problems = [
        f"{d.code} {filled[d.start:d.end]!r}: {d.message}"
        for d in linter.lint_documents([document], across_entries=False) if d.severity >= Severity.WARNING
        if not _told_to_fix(suggestion, filled[d.start:d.end])
    ]
    assert not problems, f"{name}:\n{filled}\n" + "\n".join(problems)
    limit = 750 if entry.kind == "experience" else 300
    assert len(suggestion.text) <= limit and len(filled) <= limit


@pytest.mark.parametrize("name", [n for n in EXPERIENCES if n.endswith(".bad.md")])
def test_filled_skeleton_of_an_ongoing_experience_lints_clean(linter, name):
    """The same drafts, marked ongoing (`end: present`): the skeleton speaks in the present, so filled in
    it raises no T101 (nor any other warning)."""
    source = (CORPUS / name).read_text(encoding="utf-8")
    front, body = source.split("---\n", 2)[1:] if source.startswith("---\n") else ("", source)
    ongoing = f"---\n{front}start: 2025-01\nend: present\n---\n{body}"
    [suggestion] = _suggest_all(linter, ongoing)
    filled = fill_placeholders(suggestion.text)
    document = linter.parse(SourceFile("filled.md", f"---\n{front}start: 2025-01\nend: present\n---\n{filled}"),
                            kind="experience")
    filled = document.entries[0].text
    problems = [f"{d.code} {filled[d.start:d.end]!r}: {d.message}"
                for d in linter.lint_documents([document], across_entries=False)
                if d.severity >= Severity.WARNING and not _told_to_fix(suggestion, filled[d.start:d.end])]
    assert not problems, f"{name}:\n{filled}\n" + "\n".join(problems)


def _told_to_fix(suggestion, words: str) -> bool:
    """Round 4: a sentence that carries facts is never deleted for one filler phrase, and a rewrite that would
    break a sentence is not made; such a sentence stays as the draft wrote it, and the suggestion names it under
    `not_rewritten` (printed as "kept as written"). Its own findings are the applicant's to fix, and are told."""
    def stems(text: str) -> list[str]:  # "enhanced my skills" and the present skeleton's "enhance my skills"
        return [word[:5] for word in re.findall(r"[a-z0-9]+", text.lower())]

    said = " ".join(stems(words))
    return bool(said) and any(said in " ".join(stems(item["text"])) for item in suggestion.not_rewritten)


def _suggest_all(linter, text: str):
    from erasl.rewrite import Rewriter

    document = linter.parse(SourceFile("ongoing.md", text), "experience")
    parses: dict = {}
    diagnostics = linter.lint_documents([document], parses=parses)
    rewriter = Rewriter(linter.nlp, linter.ruleset, linter.settings)
    return [rewriter.suggest(e, parses[(e.path, e.index)], diagnostics) for e in document.entries]


def test_negation_is_kept_and_a_job_outside_medicine_gets_the_general_template(linter):
    text = ("---\ntype: observership\n---\nI did a 4-week internal medicine observership at Henry Ford Hospital "
            "in Detroit. Since I don't speak Spanish, my job was locating charts. I learned a lot.")
    suggestion = _suggest(linter, text, "experience")
    assert "Since I don't speak Spanish, my job was locating charts." in suggestion.text
    assert "Henry Ford Hospital" in suggestion.text and "[hospital name]" not in suggestion.text
    cashier = _suggest(linter, "Cashier and shift supervisor at a grocery store. I trained new cashiers and "
                               "learned a lot about people.", "experience")
    assert cashier.template in ("work.j2", "general.j2"), cashier.text  # never teaching: "trained" is a verb


def test_ongoing_skeleton_is_in_the_present_tense(linter):
    text = "---\nstart: 2024-01\nend: present\n---\nI tutored 6 classmates weekly and learned a lot."
    suggestion = _suggest(linter, text, "experience")
    assert "I tutor 6 classmates weekly." in suggestion.text, suggestion.text


def test_a_strong_entry_comes_back_as_itself(corpus):
    entry, suggestion = corpus["experience/work-emt.better.md"]
    assert suggestion.template is None
    assert suggestion.text == " ".join(entry.text.split())


@pytest.mark.parametrize("name", EXPERIENCES)
def test_every_placeholder_is_flagged_until_filled(corpus, linter, name):
    entry, suggestion = corpus[name]
    document = linter.parse(SourceFile("suggestion.md", suggestion.text), kind=entry.kind)
    flagged = [(d.start, d.end) for d in linter.lint_documents([document], across_entries=False) if d.code == "L301"]
    for match in PLACEHOLDER.finditer(suggestion.text):
        assert any(start <= match.start() and match.end() <= end for start, end in flagged), (
            f"{name}: {match.group(0)} is not flagged by L301")


@pytest.mark.parametrize("name", [n for n in EXPERIENCES if n.endswith(".bad.md")])
def test_suggestion_keeps_the_drafts_duration_and_specialty(corpus, name):
    entry, suggestion = corpus[name]
    facts = suggestion.facts
    text = suggestion.text.lower()
    if facts.length is not None and "-" in (facts.length.value or ""):
        number = facts.length.value.split("-")[0].lower()
        assert number in text, f"{name}: lost the duration {facts.length.text!r}"
    clinical = facts.type is not None and facts.type.value in ("clerkship", "sub-internship", "externship",
                                                               "observership", "shadowing", "tele-rotation")
    if clinical and facts.specialty:
        assert facts.specialty in text, f"{name}: lost the specialty {facts.specialty!r}"


def test_the_issue_example_keeps_its_facts_and_marks_the_rest(linter):
    text = ("Internal Medicine Observership, 4 weeks. I observed patient care, presented some patients, "
            "and learned about the US healthcare system.")
    suggestion = _suggest(linter, text, "experience")
    assert suggestion.text.startswith("4-week [inpatient/outpatient] internal medicine observership at [hospital name].")
    # round 4: "joined" fits only rounds, teams and meetings ("joined patient care" is not English); the verb stays
    assert "Observed patient care and presented [N] patients." in suggestion.text  # "some" -> [N]
    assert "learned" not in suggestion.text  # filler is left out, and listed
    assert any("F101" in item["reason"] for item in suggestion.left_out)


def test_a_weak_verb_keeps_the_drafts_level_of_involvement(linter):
    # review 14: "[Performed/helped with]" offers a claim the draft never makes; the draft's verb stays
    suggestion = _suggest(linter, "---\ntype: sub-internship\n---\nDuring a 4-week rotation I helped with admissions.",
                          "experience")
    assert "helped with admissions" in suggestion.text.lower() and "Performed/" not in suggestion.text


def test_passive_work_becomes_a_choice_of_role(linter):
    suggestion = _suggest(linter, "---\ntype: research\n---\nData were analyzed using logistic regression.", "experience")
    assert "[Analyzed/helped analyze] data using logistic regression" in suggestion.text


def test_statement_cliche_opener_gets_a_prompt_for_a_specific_case(corpus):
    _, suggestion = corpus["personal-statement/why-internal-medicine.bad.md"]
    first = suggestion.advice[0]
    assert first["paragraph"] == 1
    assert first["advice"][0] == "Start with one specific case: [setting], [what you saw], [what you did]."
    _, better = corpus["personal-statement/why-internal-medicine.better.md"]
    assert better.advice == []


def test_fill_placeholders_uses_neutral_values():
    assert fill_placeholders("Followed [N] patients [per day/at a time] at [hospital name].") == (
        "Followed 3 patients per day at hospital name.")
    assert placeholders("[N]-week [inpatient/outpatient]") == ["N", "inpatient/outpatient"]


@pytest.mark.parametrize(("lemma", "past"), [
    ("write", "wrote"), ("present", "presented"), ("study", "studied"), ("plan", "planned"),
    ("see", "saw"), ("lead", "led"), ("put", "put"), ("show", "showed"), ("tie", "tied"),
])
def test_past_tense(linter, lemma, past):
    lookups = linter.nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc").get("verb", {})
    irregular: dict[str, list[str]] = {}
    for form, lemmas in lookups.items():
        for base in lemmas:
            irregular.setdefault(base, []).append(form)
    assert past_tense(lemma, irregular) == past


def test_facts_from_text_and_metadata(linter):
    text = ("---\ntype: observership\norganization: Riverside Community Hospital\nstart: 2025-06\nend: 2025-07\n---\n"
            "Four-week inpatient OB/GYN observership. Followed 4-6 patients daily, saw 3 clinics per week "
            "and presented 2 cases at noon conference.")
    document = linter.parse(SourceFile("entry.md", text), "experience")
    parses: dict = {}
    linter.lint_documents([document], parses=parses)
    entry = document.entries[0]
    facts = FactExtractor(linter.nlp, linter.ruleset).extract(entry, parses[(entry.path, entry.index)])
    assert facts.type.value == "observership"
    assert facts.specialty == "obstetrics and gynecology"
    assert facts.length.value == "Four-week"
    assert facts.dates.text == "June 2025-July 2025" and facts.dates.source == "metadata"
    assert facts.institutions[0].text == "Riverside Community Hospital"
    assert [s.text for s in facts.settings] == ["inpatient", "clinics"]
    counts = {c.text: (c.number, c.unit, c.rate) for c in facts.counts}
    assert counts["4-6 patients daily"] == ("4-6", "patients", "daily")
    assert counts["3 clinics per week"] == ("3", "clinics", "per week")
    activities = {a.lemma: a.object for a in facts.activities}
    assert activities["follow"] == "4-6 patients daily"
    assert activities["present"] == "2 cases at noon conference"
    for fact in facts.counts + facts.activities:
        assert entry.text[fact.start:fact.end] == fact.text  # every fact keeps its span in the draft



def test_an_emergency_number_is_no_count_but_a_count_of_calls_is(linter):
    def counts(text):
        document = linter.parse(SourceFile("entry.md", text), "experience")
        parses: dict = {}
        linter.lint_documents([document], parses=parses)
        entry = document.entries[0]
        facts = FactExtractor(linter.nlp, linter.ruleset).extract(entry, parses[(entry.path, entry.index)])
        return [c.text for c in facts.counts]

    assert counts("As an EMT I answered 911 calls on a county ambulance.") == []
    assert counts("As an EMT I answered 14 calls per shift on a county ambulance.") == ["14 calls per shift"]

def _suggest(linter, text: str, kind: str):
    from erasl.rewrite import Rewriter

    document = linter.parse(SourceFile("entry.md", text), kind)
    parses: dict = {}
    diagnostics = linter.lint_documents([document], parses=parses)
    entry = document.entries[0]
    return Rewriter(linter.nlp, linter.ruleset, linter.settings).suggest(entry, parses[(entry.path, 1)], diagnostics)


# --- the command line ---------------------------------------------------------------------

def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def test_suggest_prints_a_paste_ready_skeleton(tmp_path):
    draft = tmp_path / "im.md"
    draft.write_text("Internal Medicine Observership, 4 weeks. I observed patient care and presented some patients.\n")
    result = run("suggest", "--isolated", str(draft))
    assert result.exit_code == 0, result.output
    heading, skeleton = result.stdout.splitlines()[:2]
    assert heading.startswith(f"==> {draft}: entry 1 (observership template,")
    assert skeleton.startswith("4-week [inpatient/outpatient] internal medicine observership")


def test_suggest_json_has_skeleton_placeholders_and_facts(tmp_path):
    draft = tmp_path / "im.md"
    draft.write_text("Internal Medicine Observership, 4 weeks. I presented some patients.\n")
    result = run("suggest", "--isolated", "--format", "json", str(draft))
    payload = json.loads(result.stdout)
    item = payload["suggestions"][0]
    assert payload["version"] == 1
    assert item["template"] == "observership.j2" and item["limit"] == 750
    assert "N" in item["placeholders"] and item["characters"] == len(item["suggestion"])
    assert item["facts"]["specialty"] == "internal medicine"


def test_facts_command_prints_json_for_one_entry(tmp_path):
    draft = tmp_path / "two.md"
    draft.write_text("## One\nFollowed 4 patients daily for 6 weeks.\n\n## Two\nScreened 120 adults.\n")
    result = run("facts", "--isolated", "--entry", "2", str(draft))
    assert result.exit_code == 0, result.output
    entries = json.loads(result.stdout)["entries"]
    assert [e["entry"] for e in entries] == [2]
    assert entries[0]["facts"]["counts"][0]["text"] == "120 adults"


def test_check_suggest_prints_each_skeleton_after_its_problems(tmp_path):
    draft = tmp_path / "two.md"
    draft.write_text("## One\nI observed patient care.\n\n## Two\nI gained valuable experience.\n")
    result = run("check", "--isolated", "--suggest", str(draft))
    assert result.exit_code == 1
    out = result.stdout
    first_problem, first_skeleton = out.index(":2:3: V102"), out.index("==> ")
    second_problem = out.index(":5:3: F101")
    assert first_problem < first_skeleton < second_problem < out.index("==> ", first_skeleton + 1)
    assert out.rstrip().splitlines()[-1].startswith("Found ")


def test_check_suggest_needs_the_full_format(tmp_path):
    draft = tmp_path / "a.md"
    draft.write_text("Followed 4 patients.\n")
    result = run("check", "--isolated", "--suggest", "--format", "json", str(draft))
    assert result.exit_code == 2 and "--suggest" in result.stderr


def test_fact_recall_on_the_better_drafts_stays_above_its_floor(linter):
    """Hand-listed facts in corpus/expected-facts.toml; run `python -m tests.fact_recall` for the misses."""
    from tests.fact_recall import measure

    results = measure(linter)
    floors = {"durations": 0.95, "specialty": 0.85, "settings": 0.85, "counts": 0.9}
    for kind, (recovered, expected, misses) in results.items():
        assert recovered / expected >= floors[kind], f"{kind}: {recovered}/{expected}; missed {misses}"


def test_a_reflection_keeps_its_own_sentence_and_fits_300(linter):
    text = ("---\nkind: meaningful\n---\nOn my surgery rotation I sat with a frightened patient before her operation "
            "and explained the consent form in Arabic. I learned a lot about trust.")
    suggestion = _suggest(linter, text, "meaningful")
    assert suggestion.template == "meaningful.j2"
    filled = fill_placeholders(suggestion.text)
    assert len(suggestion.text) <= 300 and len(filled) <= 300
    # its own words, with every fact; only the filler goes (tests/test_skeleton_classes.py has the class)
    # the draft no longer says what changed once the filler is cut (M101): the template's prompt asks for it
    assert suggestion.text == ("On my surgery rotation I sat with a frightened patient before her operation and "
                               "explained the consent form in Arabic. [Why it changed you: what you do differently now].")
    assert [item["text"] for item in suggestion.left_out] == ["I learned a lot about trust."]
    document = linter.parse(SourceFile("reflection.md", filled), "meaningful")
    problems = [d.code for d in linter.lint_documents([document], across_entries=False) if d.severity >= Severity.WARNING]
    assert not problems, (filled, problems)


def test_readme_suggest_example_is_current(monkeypatch):
    root = Path(__file__).resolve().parent.parent
    monkeypatch.chdir(root)  # the README shows the path as a user in the repo types it
    result = run("suggest", "--isolated", "examples/drafts/experiences.md")
    first = result.stdout.split("\n\n")[0]
    assert first in (root / "README.md").read_text(encoding="utf-8"), (
        "README's `erasl suggest` example is stale; paste:\n" + first)


def test_readme_before_and_after_from_outside_the_corpus_is_current(monkeypatch):
    root = Path(__file__).resolve().parent.parent
    monkeypatch.chdir(root)
    result = run("suggest", "--isolated", "examples/drafts/house-officer.md")
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert result.stdout.strip() in readme, "README's house-officer example is stale; paste:\n" + result.stdout
    skeleton = result.stdout.splitlines()[1]
    for fact in ("Mayo Hospital Lahore", "10-12 patients per shift", "60-bed ward", "two night calls", "ED",
                 "Since I don't speak Punjabi well"):
        assert fact in skeleton


def test_python_api_suggest_text_keeps_the_drafts_facts():
    import erasl

    [suggestion] = erasl.suggest_text(
        "Internal Medicine Observership, 4 weeks. I observed patient care, presented some patients, "
        "and learned about the US healthcare system.", kind="experience")
    assert "4-week" in suggestion.text and "internal medicine" in suggestion.text.lower()
    assert "[N]" in suggestion.text  # "some patients" becomes a number to fill in
    assert suggestion.to_dict()["placeholders"]


def test_translated_wording_that_carries_a_fact_is_kept_and_named(linter):
    """G101 (`rewrite = "keep"`): wording with one US form is said that way ("since 2 years" -> "for 2 years",
    its `corrections`); wording with none ("made my stage") is the entry's own fact, so the skeleton keeps it
    and names its sentence under "kept as written" with the finding, for the applicant to reword."""
    [suggestion] = _suggest_all(linter, "I am observer since 2 years in the clinic of Brookdale Hospital, Brooklyn. "
                                        "I made my stage in the morning rounds and presented 2 patients daily. "
                                        "I gained valuable experience.\n")
    assert "for 2 years" in suggestion.text and "since 2 years" not in suggestion.text and "Brookdale" in suggestion.text
    kept = {item["reason"].split(": ")[0]: item["text"] for item in suggestion.not_rewritten if "G101" in item["reason"]}
    # quoted as the skeleton writes it (in the draft's own first person, its one voice), and found in it word for word
    assert 'still says "made my stage"' in kept and "morning rounds" in kept['still says "made my stage"']
    assert all(text in suggestion.text for text in kept.values())
    assert all(reason.split('"')[1] in suggestion.text for reason in kept)


def test_two_translated_phrases_in_one_sentence_are_one_kept_as_written_line(linter):
    # two phrases with no single US form ("realized a survey" has one, "conducted a survey": tests/test_wording_fixes.py)
    [suggestion] = _suggest_all(linter, "I made my stage and did a research in the clinic "
                                        "of Brookdale Hospital, Brooklyn. I presented 2 patients daily. "
                                        "I gained valuable experience.\n")
    lines = [item for item in suggestion.not_rewritten if "G101" in item["reason"]]
    assert len(lines) == 1
    # "a research" has one US form, which the finished skeleton says (and lists under changed); "made my stage"
    # has none and is named
    assert '"made my stage"' in lines[0]["reason"] and '"a research"' not in lines[0]["reason"]
    assert "did research" in suggestion.text and {"from": "a research", "to": "research"} in suggestion.changed
