"""Phrase lists written in plain words, compiled to spaCy Matcher patterns.

The phrase language (documented in rules/README.md):
  word          matches any inflection (by lemma) or the exact word: `gain` matches gained, gaining
  a|b|c         any one of the alternatives
  word?         the word may be missing
  *             up to three words of anything (no punctuation)
  <NUM> <YEAR> <MONTH> <NOUN> <ADJ> <ADV>   a number (digits or spelled out, spaCy's like_num), a year or year range,
                a month name, a noun, an adjective, an adverb; each may end in `?`
Raw spaCy token patterns can be given too (`patterns = [[{...}, ...]]`); both are
validated when the rules load.
"""

from __future__ import annotations

import itertools
from typing import Any

from erasl.checks import Check, check_kind
from erasl.registry import RuleFileError

_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec",
]
TOKEN_CLASSES: dict[str, dict[str, Any]] = {
    "NUM": {"LIKE_NUM": True},
    "YEAR": {"TEXT": {"REGEX": r"^(19|20)\d\d([–-]((19|20)?\d\d|present|now|today))?$"}},
    "MONTH": {"TEXT": {"IN": _MONTHS}},
    "NOUN": {"POS": {"IN": ["NOUN", "PROPN"]}},
    "ADJ": {"POS": "ADJ"},
    "ADV": {"POS": "ADV"},
}
_GAP = {"IS_PUNCT": False, "IS_SPACE": False, "OP": "{0,3}"}


def _word_variants(word: str, tokenizer) -> list[list[str]]:
    """A phrase word as token sequences: `hard-working` is three tokens to spaCy."""
    return [[token.text.lower() for token in tokenizer(alt)] for alt in word.split("|") if alt]


def compile_phrase(phrase: str, tokenizer) -> list[list[dict[str, Any]]]:
    """Compile one phrase into Matcher patterns: a lemma form (every inflection) and an
    exact-word form (for words the tagger misreads, whose lemma is then the word itself)."""
    slots: list[list[list[dict[str, Any]]]] = []  # per slot: alternative token-spec sequences
    for raw in phrase.split():
        optional = raw.endswith("?") and raw != "?"
        word = raw[:-1] if optional else raw
        op = {"OP": "?"} if optional else {}
        if word == "*":
            slots.append([[dict(_GAP)]])
            continue
        if word.startswith("<") and word.endswith(">"):
            name = word[1:-1].upper()
            if name not in TOKEN_CLASSES:
                raise ValueError(f"unknown token class <{name}> (known: {', '.join('<' + n + '>' for n in TOKEN_CLASSES)})")
            slots.append([[{**TOKEN_CLASSES[name], **op}]])
            continue
        variants = _word_variants(word, tokenizer)
        single = sorted({v[0] for v in variants if len(v) == 1})
        alternatives: list[list[dict[str, Any]]] = []
        if single:
            alternatives.append([{"WORD": single, **op}])
        for sequence in (v for v in variants if len(v) > 1):
            alternatives.append([{"WORD": [token], **op} for token in sequence])
        slots.append(alternatives)
    patterns = []
    for combination in itertools.product(*slots):
        sequence = [spec for part in combination for spec in part]
        for attribute in ("LEMMA", "LOWER"):
            pattern = []
            for spec in sequence:
                if "WORD" in spec:
                    # Plain values where there is one: spaCy compares those directly, while
                    # every distinct IN list is a predicate evaluated on every token.
                    words = spec["WORD"]
                    if attribute == "LEMMA":
                        words = ["I" if word == "i" else word for word in words]  # spaCy's lemma of "I"
                    token = {attribute: words[0] if len(words) == 1 else {"IN": words}}
                    if "OP" in spec:
                        token["OP"] = spec["OP"]
                    pattern.append(token)
                else:
                    pattern.append(spec)
            if pattern not in patterns:
                patterns.append(pattern)
    return patterns


def build_matcher(rule, nlp, phrases: list[str], raw_patterns: list) -> Any:
    """One Matcher for a rule's phrases and raw patterns; errors name the rule and phrase."""
    from spacy.matcher import Matcher

    matcher = Matcher(nlp.vocab, validate=True)
    for phrase in phrases:
        try:
            matcher.add(rule.code, compile_phrase(phrase, nlp.tokenizer))
        except (ValueError, KeyError) as error:
            raise RuleFileError(f"{rule.file}: [{rule.code}]: phrase {phrase!r}: {error}") from None
    for index, pattern in enumerate(raw_patterns):
        try:
            matcher.add(rule.code, [pattern])
        except (ValueError, KeyError, TypeError) as error:
            raise RuleFileError(f"{rule.file}: [{rule.code}]: patterns[{index}]: {error}") from None
    return matcher


def matched_spans(matcher, doc) -> list:
    """Matches without overlaps, longest first, in text order."""
    from spacy.util import filter_spans

    return sorted(filter_spans(matcher(doc, as_spans=True)), key=lambda span: span.start)


@check_kind("phrases")
class PhraseCheck(Check):
    """Flags every occurrence of a listed phrase, unless it overlaps one of the rule's `exceptions`."""

    OPTIONS = {"phrases": (list, []), "patterns": (list, []), "exceptions": (list, [])}

    def compile(self, nlp) -> None:
        if not self.options["phrases"] and not self.options["patterns"]:
            raise RuleFileError(f"{self.rule.file}: [{self.rule.code}]: needs 'phrases' or 'patterns'")
        self.matcher = build_matcher(self.rule, nlp, self.options["phrases"], self.options["patterns"])
        self.exceptions = build_matcher(self.rule, nlp, self.options["exceptions"], []) if self.options["exceptions"] else None

    def run(self, entry, doc):
        excepted = matched_spans(self.exceptions, doc) if self.exceptions else []
        for span in matched_spans(self.matcher, doc):
            if any(span.start < other.end and other.start < span.end for other in excepted):
                continue  # e.g. "multiple sclerosis" is a disease, not a vague quantity
            yield self.diagnostic(span.start_char, span.end_char, match=span.text)
