"""erasl's one vocabulary: rules/lexicon/lexicon.toml and the specialty list, compiled once per run.

Every word list that interprets an entry (types, places, settings, durations and
dates, verbs, supervisors, letters, specialties) is read here and compiled into
the same matcher pool as the phrase rules, so one pass over each entry finds all
of them. `erasl/profile.py` turns the matches into the entry profile; nothing
else matches these words again.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from erasl.registry import RuleFileError, read_data_file
from erasl.wording_fixes import CLASSES_TABLE, WORDING_FIXES_TABLE, read_fix_entries, read_word_classes

if TYPE_CHECKING:
    from erasl.registry import RuleSet

LEXICON_FILE = Path("lexicon") / "lexicon.toml"
SPECIALTIES_FILE = Path("application") / "specialties.toml"
# The phrase groups of lexicon.toml: each maps a label to a list of phrases.
PHRASE_GROUPS = ("types", "places", "settings", "time", "people", "subjects")
VERB_LISTS = ("observer", "underselling", "hands-on", "role", "role-with-object", "role-objects", "lesson",
              "trailing", "people-objects", "people-endings", "intention", "publication", "publication-states", "light", "not-tasks",
              "observer-passives", "care-calques", "cared-for", "perception", "perception-modals", "studied",
              "self-study")
# Word lists of [traits] (F201 trait claims, read from the parse by erasl/grammar.py trait_claims).
TRAIT_LISTS = ("character", "quality", "persons", "natures", "naming-verbs", "growth-verbs", "virtues", "virtue-verbs",
               "manner-virtues")
# Word lists of [wording] (G101 translated wording, read from the parse by erasl/grammar.py translated_wording).
WORDING_LISTS = ("article-nouns", "roles", "organisations", "collective", "learning-words", "vague-topics",
                 "count-nouns", "bare-idioms", "no-passive", "feeling-verbs", "mandative", "number-either",
                 "proper-adjectives", "offices", "bare-nouns", "topic-verbs", "emphasis-verbs", "destination-verbs",
                 "clause-adjectives", "section-labels", "case-endings")
TITLE_GROUPS = ("types", "places", "specialties")  # what a title can name; one label per word


@dataclass(frozen=True)
class PhraseSource:
    """Where a lexicon phrase came from, for error messages (stands in for a Rule)."""

    code: str
    file: str


@dataclass(frozen=True)
class LexiconData:
    """The lexicon as data, validated: phrase lists by group and label, verb sets, and specialties."""

    phrases: dict[str, dict[str, tuple[str, ...]]]  # group -> label -> phrases
    verbs: dict[str, frozenset[str]]
    clinical_activity_types: tuple[str, ...]
    specialty_words: dict[str, tuple[str, ...]]  # specialty -> phrases (case ignored)
    specialty_abbreviations: dict[str, tuple[str, ...]]  # specialty -> exact forms ("IM", "OB/GYN")
    traits: dict[str, frozenset[str]]  # [traits]: TRAIT_LISTS (lower case)
    wording: dict[str, frozenset[str]]  # [wording]: WORDING_LISTS (lower case)
    wording_fixes: tuple = ()  # [[wording-fixes]]: false friends and calques with their US form (erasl/wording_fixes.py)

    @property
    def type_order(self) -> tuple[str, ...]:
        return tuple(self.phrases["types"])


def _read(path: Path) -> dict:
    return read_data_file(path, "erasl reads every entry with it")


@lru_cache(maxsize=1)
def lexicon_file() -> dict:
    """The lexicon's tables as written (rules/lexicon/lexicon.toml), read once, for the skeleton's readings that
    take a word list straight from it ("article-nouns", "learning-words", "vague-topics")."""
    from erasl.registry import rules_dir

    return _read(rules_dir() / "lexicon" / "lexicon.toml")


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise RuleFileError(f"{where}: must be a list of words or phrases")
    return tuple(value)


@lru_cache(maxsize=4)
def load_lexicon_data(directory: Path, experience_types: tuple[str, ...]) -> LexiconData:
    """Read and validate the lexicon once per rules folder; errors name the file and key."""
    name = LEXICON_FILE.as_posix()
    raw = _read(Path(directory) / LEXICON_FILE)
    from erasl.skeleton_nominal import NOMINAL_TABLE, read_nominal_verbs
    from erasl.wrapper_text import WRAPPER_TABLE, read_wrapper_words
    from erasl.skeleton_involvement import INVOLVEMENT_TABLE, read_involvement

    known = set(PHRASE_GROUPS) | {"verbs", "clinical-activity", "clinical-cues", "traits", "wording", WORDING_FIXES_TABLE,
                                  CLASSES_TABLE, NOMINAL_TABLE, WRAPPER_TABLE, INVOLVEMENT_TABLE}
    read_involvement(raw.get(INVOLVEMENT_TABLE), name)  # validated with the rest; erasl/skeleton_involvement.py reads it
    read_nominal_verbs(raw.get(NOMINAL_TABLE), name)  # validated with the rest; erasl/skeleton_nominal.py reads it
    read_wrapper_words(raw.get(WRAPPER_TABLE, {}), name)  # validated with the rest; erasl/wrapper_text.py reads it
    unknown = sorted(set(raw) - known)
    if unknown:
        raise RuleFileError(f"{name}: unknown table [{unknown[0]}] (known: {', '.join(sorted(known))})")
    phrases: dict[str, dict[str, tuple[str, ...]]] = {}
    for group in PHRASE_GROUPS:
        table = raw.get(group, {})
        if not isinstance(table, dict):
            raise RuleFileError(f"{name}: [{group}] must be a table of phrase lists")
        phrases[group] = {label: _strings(value, f"{name}: [{group}] {label}") for label, value in table.items()}
    for label in phrases["types"]:
        if label not in experience_types:
            raise RuleFileError(f"{name}: [types] unknown type {label!r} (known: {', '.join(experience_types)})")
    activity = raw.get("clinical-activity", {})
    phrases["clinical"] = {
        "activity": _strings(activity.get("cues", []), f"{name}: [clinical-activity] cues"),
        "cue": _strings(raw.get("clinical-cues", {}).get("cues", []), f"{name}: [clinical-cues] cues"),
    }
    verb_table = raw.get("verbs", {})
    verbs = {}
    for label, value in verb_table.items():
        words = _strings(value, f"{name}: [verbs] {label}")
        if label == "self-improvement":
            phrases.setdefault("objects", {})["self-improvement"] = words
        elif label in ("observer-phrases", "underselling-phrases"):
            phrases.setdefault("verb-phrases", {})[label.removesuffix("-phrases")] = words
        elif label in VERB_LISTS:
            verbs[label] = frozenset(word.lower() for word in words)
        else:
            raise RuleFileError(f"{name}: [verbs] unknown list {label!r} (known: {', '.join(VERB_LISTS)}, self-improvement, observer-phrases, underselling-phrases)")
    for label in VERB_LISTS:
        verbs.setdefault(label, frozenset())
    trait_table = raw.get("traits", {})
    if not isinstance(trait_table, dict):
        raise RuleFileError(f"{name}: [traits] must be a table of word lists")
    traits = {}
    for label in TRAIT_LISTS:
        traits[label] = frozenset(word.lower() for word in _strings(trait_table.get(label, ["-"]), f"{name}: [traits] {label}"))
    unknown_traits = sorted(set(trait_table) - set(TRAIT_LISTS))
    if unknown_traits:
        raise RuleFileError(f"{name}: [traits] unknown list {unknown_traits[0]!r} (known: {', '.join(TRAIT_LISTS)})")
    wording_table = raw.get("wording", {})
    if not isinstance(wording_table, dict):
        raise RuleFileError(f"{name}: [wording] must be a table of word lists")
    unknown_wording = sorted(set(wording_table) - set(WORDING_LISTS))
    if unknown_wording:
        raise RuleFileError(f"{name}: [wording] unknown list {unknown_wording[0]!r} (known: {', '.join(WORDING_LISTS)})")
    wording = {label: frozenset(word.lower() for word in _strings(wording_table.get(label, ["-"]), f"{name}: [wording] {label}"))
               for label in WORDING_LISTS}

    specialties_name = SPECIALTIES_FILE.as_posix()
    specialties = _read(Path(directory) / SPECIALTIES_FILE).get("specialties", {})
    words = {}
    abbreviations = {}
    for specialty, table in specialties.items():
        where = f"{specialties_name}: [specialties.\"{specialty}\"]"
        words[specialty] = _strings(table.get("words", []) or [specialty], f"{where}: 'words'")
        abbreviations[specialty] = _strings(table.get("abbreviations", []) or ["-"], f"{where}: 'abbreviations'")
        if abbreviations[specialty] == ("-",):
            abbreviations[specialty] = ()
    return LexiconData(
        phrases=phrases, verbs=verbs,
        clinical_activity_types=_strings(activity.get("types", []), f"{name}: [clinical-activity] types"),
        specialty_words=words, specialty_abbreviations=abbreviations, traits=traits, wording=wording,
        wording_fixes=read_fix_entries(raw.get(WORDING_FIXES_TABLE), name,
                                       read_word_classes(raw.get(CLASSES_TABLE), name)),
    )


def lexicon_data(ruleset: "RuleSet") -> LexiconData:
    return load_lexicon_data(Path(ruleset.directory), tuple(ruleset.experience_types))


class Lexicon:
    """The lexicon compiled into a matcher pool: `find(doc)` gives every group's matches in one pass.

    A phrase word written `=WORD` matches only exactly as written (case included), for
    abbreviations such as `=IM` or `=US` that are ordinary words in lower case.
    """

    def __init__(self, nlp, ruleset: "RuleSet", pool=None):
        from erasl.checks.phrases import MatcherPool

        self.data = lexicon_data(ruleset)
        self.pool = pool if pool is not None else MatcherPool(nlp)
        # Titles are short and need only types, places and specialties: a small pool of their own,
        # so the rules' patterns never run over them.
        self.title_pool = MatcherPool(nlp)
        self.nlp = nlp
        self._handles: list[tuple[str, str, Any]] = []  # (group, label, pooled matcher)
        self._title_handles: list[tuple[str, str, Any]] = []
        lists = [(group, label, list(phrases)) for group, labels in self.data.phrases.items()
                 for label, phrases in labels.items()]
        lists += [("specialties", name, list(words) + [f"={a}" for a in self.data.specialty_abbreviations[name]])
                  for name, words in self.data.specialty_words.items()]
        for group, label, phrases in lists:
            self._handles.append((group, label, self._add(self.pool, group, label, phrases)))
            if group in TITLE_GROUPS:
                self._title_handles.append((group, label, self._add(self.title_pool, group, label, phrases)))

    def _add(self, pool, group: str, label: str, phrases: list[str]):
        source = PhraseSource(f"{group}:{label}", LEXICON_FILE.as_posix())
        plain = [phrase for phrase in phrases if "=" not in phrase]
        exact = [phrase[1:] for phrase in phrases if phrase.startswith("=") and " " not in phrase]
        mixed = [self._exact_pattern(phrase, source) for phrase in phrases
                 if "=" in phrase and not (phrase.startswith("=") and " " not in phrase)]
        try:
            return pool.add(source, plain, mixed, exact)
        except RuleFileError as error:
            raise RuleFileError(str(error).replace(f"[{source.code}]", f"[{group}] {label}")) from None

    def _exact_pattern(self, phrase: str, source: PhraseSource) -> list[dict]:
        """`=Dr. Lee` -> a token pattern: `=` words on their exact text, the others case-insensitively."""
        pattern = []
        for word in phrase.split():
            exact = word.startswith("=")
            for token in self.nlp.tokenizer(word[1:] if exact else word):
                pattern.append({"ORTH": token.text} if exact else {"LOWER": token.lower_})
        if not pattern:
            raise RuleFileError(f"{source.file}: [{source.code}]: phrase {phrase!r} is empty")
        return pattern

    def find_in_title(self, doc) -> dict[str, list[tuple[str, Any]]]:
        """Types, places and specialties named in a title (with its `organization:`)."""
        return self._collect(doc, self._title_handles)

    def find(self, doc) -> dict[str, list[tuple[str, Any]]]:
        """Group -> (label, span) of every match, left to right; types, places and specialties
        give one label per word (the longest span wins)."""
        return self._collect(doc, self._handles)

    @staticmethod
    def _collect(doc, handles) -> dict[str, list[tuple[str, Any]]]:
        from spacy.util import filter_spans

        if doc is None:
            return {}
        by_group: dict[str, list[tuple[str, Any]]] = {}
        for group, label, handle in handles:
            for span in handle.spans(doc):
                by_group.setdefault(group, []).append((label, span))
        found = {}
        for group, matches in by_group.items():
            if group in TITLE_GROUPS:
                # one word belongs to one label: "virtual rotation" is a tele-rotation, not a clerkship
                labels = {(span.start, span.end): label for label, span in reversed(matches)}
                matches = [(labels[(s.start, s.end)], s) for s in filter_spans([span for _, span in matches])]
            found[group] = sorted(matches, key=lambda pair: pair[1].start)
        return found
