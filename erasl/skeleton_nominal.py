"""Résumé fragments led by an action noun, said as the act itself, and the wording changes the skeleton lists.

CVs in many languages list duties as nouns: "Participation in morning conferences", "Curation of patients",
"Measuring of blood pressure, ECG registration". An advisor says each as a role verb in the entry's tense:
"Participated in morning conferences", "[Followed/managed] patients", "Measured blood pressure and recorded
ECG". The noun -> verb family is data (rules/lexicon/lexicon.toml [nominal-verbs]); lemminflect gives the
tense. Every word after the noun stays: only the noun (and an "of" the verb does not take) changes. A sentence
with a verb of its own ("Management of sepsis was the topic of my talk") is not a fragment and stays.

Each wording change the skeleton makes in the draft's kept words (these, and G101's translated wording) is
recorded, so the applicant sees it under "changed:".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from erasl.registry import RuleFileError

NOMINAL_TABLE = "nominal-verbs"
# after a verb with a preposition of its own, the noun's "in/at/on/with/during" stays (a place or a time:
# "Assistance in the OR"), and "to/at" becomes "in" where the verb takes "in" ("Participation to congresses")
_KEPT = frozenset({"in", "at", "on", "with", "during"})
_INTO_IN = frozenset({"to", "at"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_LIST_WORDS = frozenset({"NOUN", "PROPN", "ADJ"})
# verbs whose object is a topic: after them a listed action noun is what was discussed, never an act of the
# applicant's ("Discussion of dialysis indications and management of hyperkalemia" never "managed hyperkalemia")
_TOPIC_VERBS = frozenset({"discuss", "study", "present", "teach", "review", "observe", "educate"})


@dataclass(frozen=True)
class NominalVerb:
    """One [nominal-verbs] entry: the verbs the noun names (two or more: a choice) and their preposition."""

    verbs: tuple[str, ...]
    preposition: str  # "" when the verb takes its object directly

    def said(self, tense: str) -> str:
        """The verb(s) in the entry's tense: "participated", "[followed/managed]"; present keeps the base form."""
        from erasl.skeleton import inflect

        forms = [_inflect_phrase(verb, tense, inflect) for verb in self.verbs]
        return forms[0] if len(forms) == 1 else "[" + "/".join(forms) + "]"


def _inflect_phrase(verb: str, tense: str, inflect) -> str:
    """A phrasal verb inflects its first word: "fill out" -> "filled out", "take part" -> "took part"."""
    head, _, rest = verb.partition(" ")
    return " ".join(part for part in (inflect(head, tense), rest) if part)


def read_nominal_verbs(raw, where: str = "rules/lexicon/lexicon.toml") -> dict[str, NominalVerb]:
    """[nominal-verbs] validated: noun -> "verb [preposition]" or "verb|verb" (a choice); an error names the key."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise RuleFileError(f"{where}: [{NOMINAL_TABLE}] must be a table of noun = \"verb\"")
    table = {}
    for noun, value in raw.items():
        if not isinstance(value, str) or not value.strip() or not re.fullmatch(r"[a-z-]+", noun):
            raise RuleFileError(f"{where}: [{NOMINAL_TABLE}] {noun!r} must be a lower-case noun with a verb as its value")
        choices = [choice.split() for choice in value.split("|")]
        prepositions = {words[-1] for words in choices if len(words) > 1 and words[-1] in _PREPOSITIONS}
        if len(prepositions) > 1:
            raise RuleFileError(f"{where}: [{NOMINAL_TABLE}] {noun!r}: a choice must share one preposition")
        preposition = prepositions.pop() if prepositions else ""
        verbs = tuple(" ".join(words[:-1] if preposition and words[-1] == preposition else words) for words in choices)
        table[noun] = NominalVerb(verbs, preposition)
    return table


_PREPOSITIONS = frozenset({"in", "with", "for", "at", "on", "to"})


@functools.lru_cache(maxsize=1)
def nominal_verbs() -> dict[str, NominalVerb]:
    from erasl.lexicon import lexicon_file

    return read_nominal_verbs(lexicon_file().get(NOMINAL_TABLE))


def _verb_preposition(entry: NominalVerb, preposition: str) -> str | None:
    """What the noun's preposition becomes after the verb ("" for none), or None when the fragment cannot be
    said with this verb ("Management in the ICU": "manage" takes no "in"). "of" becomes the verb's own; a verb
    with a preposition keeps the draft's place words ("Assistance in the OR" -> "Assisted in the OR"), and
    another language's "to"/"at" before an event becomes "in" ("Participation to congresses")."""
    if preposition == "of":
        return entry.preposition
    if not entry.preposition:
        return None
    if preposition in _INTO_IN and entry.preposition == "in":
        return "in"
    return preposition if preposition in _KEPT else None


def a_fragment(span) -> bool:
    """A résumé fragment: no finite verb governs its first word ("Management of sepsis was the topic" has one)."""
    first = next((t for t in span if t.is_alpha), None)
    if first is None or first.dep_ in ("nsubj", "nsubjpass", "csubj"):
        return False
    for token in span:
        if token.tag_ in _FINITE and token.i != first.i and (token.dep_ == "ROOT" or first in token.subtree):
            return False
    return True


def nominal_fragment(builder, start: int, end: int, edits) -> bool:
    """"Participation in morning conferences" -> "Participated in morning conferences" (past) or "I participate
    in ..." (present); a postposed item of the same fragment too ("ECG registration" -> "recorded ECG")."""
    doc = builder.doc
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is None or len(span) < 3 or builder._title_line(start, end):
        return False
    table = nominal_verbs()
    first = next((t for t in span if t.is_alpha), None)
    if first is None or not first.text[:1].isupper() or first.i + 1 >= len(doc):
        return False
    noun = first.lower_
    if noun not in table and first.i + 2 < len(doc) and doc[first.i + 1].text == "-":
        noun = f"{noun}-{doc[first.i + 2].lower_}"  # "Follow-up of patients"
    entry = table.get(noun)
    if entry is None or not a_fragment(span):
        return False
    after = doc[first.i + len(noun.split("-")) * 2 - 1] if "-" in noun else doc[first.i + 1]
    said_preposition = _verb_preposition(entry, after.lower_) if after.pos_ == "ADP" else None
    if said_preposition is None or after.i + 1 >= span.end:
        return False
    verb = entry.said(builder.tense)
    said = f"{verb} {said_preposition}".strip() if said_preposition else verb
    said = _capitalised(said) if builder.tense == "past" else f"I {said}"
    if not edits.add(first.idx, after.idx + len(after.text), said, "nominal"):
        return False
    record_change(builder, doc[first.i:after.i + 1].text, said)
    builder.__dict__.setdefault("nominal_acts", {})[first.idx] = {verb.split()[0] for verb in entry.verbs}
    builder._done_verbs.update(t.i for t in span)  # the object's words are never re-verbed ("follow up visits")
    if not set(entry.verbs) & _TOPIC_VERBS:
        for act in [t for t in span if t.i > after.i and t.dep_ == "conj" and t.head.i == first.i]:
            _coordinated_act(builder, act, edits)
    _postposed_item(builder, span, after, edits)
    return True


def _coordinated_act(builder, act, edits) -> None:
    """A second act of the same fragment, joined to its noun ("Registration of ECG and interpretation of
    X-rays" -> "... and interpreted X-rays"); never a noun inside the object ("Study of methods of diagnostics
    and treatment of hypertension": "treatment" belongs to "methods")."""
    entry = nominal_verbs().get(act.lower_)
    doc = act.doc
    if entry is None or act.i + 1 >= len(doc) or doc[act.i + 1].pos_ != "ADP":
        return
    after = doc[act.i + 1]
    preposition = _verb_preposition(entry, after.lower_)
    if preposition is None:
        return
    said = f"{entry.said(builder.tense)} {preposition}".strip()
    if edits.add(act.idx, after.idx + len(after.text), said, "nominal"):
        record_change(builder, doc[act.i:after.i + 1].text, said)
        builder.__dict__.setdefault("nominal_acts", {})[act.idx] = {verb.split()[0] for verb in entry.verbs}


def _postposed_item(builder, span, after, edits) -> None:
    """The last item of the fragment's list, when it is "<object> <action noun>" ("Measuring of blood pressure,
    ECG registration"): "recorded ECG", joined with "and" ("Measured blood pressure and recorded ECG")."""
    commas = [t for t in span if t.text == "," and t.i > after.i]
    if len(commas) != 1:
        return
    item = [t for t in span if t.i > commas[0].i and not t.is_punct]
    if not 2 <= len(item) <= 4 or item[-1].lower_ not in nominal_verbs():
        return
    entry = nominal_verbs()[item[-1].lower_]
    if entry.preposition or len(entry.verbs) > 1 or not all(t.pos_ in _LIST_WORDS for t in item[:-1]):
        return
    doc = span.doc
    object_words = doc[item[0].i:item[-1].i].text
    said = f"and {entry.said(builder.tense)} {object_words}"
    comma = commas[0]
    if edits.add(comma.idx, item[-1].idx + len(item[-1].text), " " + said, "nominal"):
        record_change(builder, doc[item[0].i:item[-1].i + 1].text, said.removeprefix("and "))


def _capitalised(words: str) -> str:
    """The first letter in upper case, inside a choice too: "[Followed/managed]"."""
    at = 1 if words.startswith("[") else 0
    return words[:at] + words[at:at + 1].upper() + words[at + 1:]


def said_as_acts(builder, start: int, end: int) -> bool:
    """Whether a fragment in start:end was said as the applicant's act ("Participation in conferences")."""
    return any(start <= at < end for at in getattr(builder, "nominal_acts", {}))


def nominal_categories(builder, start: int, end: int) -> set[str]:
    """The kinds of work (rules/rewrite/facts.toml [activities]) the fragments said as verbs in start:end name, so
    the template does not ask again for what the fragment says ("Curation of patients": patient care)."""
    categories = builder.rw.extractor.categories
    return {categories[lemma] for at, lemmas in getattr(builder, "nominal_acts", {}).items() if start <= at < end
            for lemma in lemmas if lemma in categories}


def record_change(builder, draft_words: str, said: str) -> None:
    """One change of the draft's words the skeleton makes, for the applicant to see under "changed:"."""
    changes = builder.__dict__.setdefault("wording_changes", [])
    change = {"from": " ".join(draft_words.split()), "to": " ".join(said.split())}
    if change["from"] != change["to"] and change not in changes:
        changes.append(change)


def changes_said(builder, skeleton: str) -> list[dict]:
    """The recorded changes the finished skeleton still says (a sentence cut later, or kept as written after a
    broken rewrite, takes its changes with it)."""
    said = skeleton.lower()
    return [change for change in getattr(builder, "wording_changes", [])
            if change["to"].lower().removeprefix("i ") in said]


_LEAD = re.compile(r"(?P<lead>(?:I )?(?P<verb>[A-Za-z]+)(?: (?:in|with|for|on|at|to))?) (?P<rest>[^,;\[\]]+?)\.$")


def join_same_verb(builder, units: list) -> list:
    """Two adjacent action sentences led by the same verb become one, with a list: "Attended morning
    conferences. Attended the professor's rounds." -> "Attended morning conferences and the professor's rounds."
    Only where it is safe: short sentences of one clause each (no comma, "and" or bracket), neither a header nor
    a result, and at least one of them a fragment said as a verb here."""
    joined: list = []
    for unit in units:
        previous = joined[-1] if joined else None
        first = _LEAD.match(previous.text) if previous is not None else None
        second = _LEAD.match(unit.text)
        if first and second and {previous.slot, unit.slot} <= {"actions", "setting"} and "actions" in (
                previous.slot, unit.slot) and first.group("lead") == second.group("lead") \
                and not re.search(r"\band\b|\bor\b", first.group("rest") + " " + second.group("rest")) \
                and len((first.group("rest") + " " + second.group("rest")).split()) <= 16 \
                and (said_as_acts(builder, previous.start, previous.end or previous.start + 1)
                     or said_as_acts(builder, unit.start, unit.end or unit.start + 1)):
            previous.text = f"{first.group('lead')} {first.group('rest')} and {second.group('rest')}."
            previous.categories = previous.categories | unit.categories
            previous.slot = "actions"  # an observer line the sequence read as the frame joins the acts it leads
            continue
        joined.append(unit)
    return joined


# a short action sentence led by a verb of watching, or the skeleton's own "[Joined/observed]" choice
_WATCHED = re.compile(r"^(?:I )?(?P<verb>\[Joined/observed\]|\[Join/observe\]|[A-Za-z]+) (?P<rest>[^,;\[\]]+?)\.$")
_WATCHING = frozenset({"observe", "shadow", "watch", "witness"})


def one_clause_for_watching(builder, units: list) -> list:
    """Three or more adjacent sentences that each only watch ("Shadowed Dr. X in clinic. [Joined/observed] rounds.
    Watched catheterizations.") become one clause with one verb ("Observed Dr. X in clinic, rounds and
    catheterizations"): the draft's objects all stay, and a filled-in skeleton no longer repeats observer verbs
    (V102, V103). Only short sentences of one clause each, with no "and" of their own."""
    from erasl.skeleton import _lemma, inflect

    def watched(unit):
        # an observer line the sequence read as the frame ("Shadowed Dr. X in clinic") joins too; never the header
        found = _WATCHED.match(unit.text.strip()) if unit.slot in ("actions", "setting") and unit is not units[0] \
            else None
        if found is None or re.search(r"\b(?:and|or)\b", found.group("rest")) or len(found.group("rest").split()) > 10:
            return None
        verb = found.group("verb")
        return found.group("rest") if verb.startswith("[") or (_lemma(verb.lower()) or "") in _WATCHING else None

    merged: list = []
    run: list = []

    def close_run() -> None:
        if len(run) >= 3:
            rests = [rest for _, rest in run]
            first = run[0][0]
            verb = inflect("observe", builder.tense)
            first.text = f"{verb[:1].upper()}{verb[1:]} {', '.join(rests[:-1])} and {rests[-1]}."
            first.slot = "actions"
            for unit, _ in run[1:]:
                first.categories = first.categories | unit.categories
            merged.append(first)
        else:
            merged.extend(unit for unit, _ in run)
        run.clear()

    for unit in units:
        rest = watched(unit)
        if rest is None:
            close_run()
            merged.append(unit)
        else:
            run.append((unit, rest))
    close_run()
    return merged
