"""Phrase lists written in plain words, compiled to spaCy Matcher patterns.

The phrase language (documented in README.md, "Rule data"):
  word          matches any inflection (by lemma) or the exact word: `gain` matches gained, gaining
  a|b|c         any one of the alternatives
  word?         the word may be missing
  *             up to three words of anything (no punctuation)
  <NUM> <YEAR> <MONTH> <NOUN> <ADJ> <ADV>   a number (digits or spelled out, spaCy's like_num), a year or year range,
                a month name, a noun, an adjective, an adverb; each may end in `?`
  <SP>          a space kept as a token (a non-breaking space from Word: '8 weeks'), usually `<SP>?`
  <NUMUNIT>     a number written together with its unit, one token to spaCy: 12h, 24hr, 2wks, 6mos
  <DATE>        a date written as one token: 2023/06, 06/2023, 2021.03, Dec'22, AY22–23
Raw spaCy token patterns can be given too (`patterns = [[{...}, ...]]`); both are
validated when the rules load.
"""

from __future__ import annotations

import dataclasses

import itertools
import re
from functools import lru_cache
from typing import Any

from erasl.checks import Check, check_kind
from erasl.grammar import DATE_TOKEN, NUMBER_WITH_UNIT
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
    # Two digits: with an apostrophe before them, a year written short after its month ("Jan '24", "Mar ’22").
    "TWODIGITS": {"TEXT": {"REGEX": r"^\d\d$"}},
    "DATE": {"LOWER": {"REGEX": DATE_TOKEN}},
    "NOUN": {"POS": {"IN": ["NOUN", "PROPN"]}},
    "ADJ": {"POS": "ADJ"},
    "ADV": {"POS": "ADV"},
    # A space the tokenizer keeps as a token: a non-breaking space pasted from Word ("8\u00a0weeks").
    "SP": {"IS_SPACE": True},
    # A number fused with its unit ("12h", "2wks", "6mos"), one token to spaCy.
    "NUMUNIT": {"LOWER": {"REGEX": NUMBER_WITH_UNIT}},
    # British clinical shorthand for a length: "6/52" (weeks out of 52), "3/12" (months out of 12).
    "WEEKFRACTION": {"TEXT": {"REGEX": r"^\d{1,2}/52$"}},
    "MONTHFRACTION": {"TEXT": {"REGEX": r"^(?:[1-9]|1[01])/12$"}},
}
_GAP = {"IS_PUNCT": False, "IS_SPACE": False, "OP": "{0,3}"}


def _word_variants(word: str, tokenizer) -> list[list[str]]:
    """A phrase word as token sequences: `hard-working` is three tokens to spaCy."""
    return [[token.text.lower() for token in tokenizer(alt)] for alt in word.split("|") if alt]


# spaCy's English lemmatizer folds object pronouns into subject ones ("me" -> "I").
_PRONOUN_LEMMAS = {"i": "I", "me": "I", "us": "we", "him": "he", "them": "they"}


@lru_cache(maxsize=None)
def inflections(word: str) -> tuple[str, ...]:
    """Every inflection of a phrase word (lemminflect), itself first: the lower-case match of
    `Got`, `Learnt`, `Shadowed` when spaCy's tagger misreads them and its lemma is the word as
    written (often at a sentence's start, in résumé fragments)."""
    from lemminflect import getAllInflections

    if not word.isalpha():
        return (word,)
    forms = {form.lower() for found in getAllInflections(word).values() for form in found}
    return (word, *sorted(forms - {word}))



def lemma_form(word: str) -> str:
    """How a phrase word appears as a lemma: itself, except for pronouns."""
    return _PRONOUN_LEMMAS.get(word, word)


def literal_sequences(phrase: str, tokenizer, limit: int = 500) -> list[list[str]] | None:
    """Every word sequence a phrase of plain words, `a|b` and `word?` stands for, or None when it
    has a gap (`*`) or a word class (`<NUM>`), which need the token Matcher."""
    sequences: list[list[str]] = [[]]
    for raw in phrase.split():
        optional = raw.endswith("?") and raw != "?"
        word = raw[:-1] if optional else raw
        if word == "*" or (word.startswith("<") and word.endswith(">")):
            return None
        choices = _word_variants(word, tokenizer) + ([[]] if optional else [])
        sequences = [sequence + choice for sequence in sequences for choice in choices]
        if len(sequences) > limit:
            return None
    return [sequence for sequence in sequences if sequence]


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
                        words = [lemma_form(word) for word in words]
                    else:
                        words = list(dict.fromkeys(form for word in words for form in inflections(word)))
                    token = {attribute: words[0] if len(words) == 1 else {"IN": words}}
                    if "OP" in spec:
                        token["OP"] = spec["OP"]
                    pattern.append(token)
                else:
                    pattern.append(spec)
            if pattern not in patterns:
                patterns.append(pattern)
    return patterns


def _add_patterns(matcher, key: str, rule, tokenizer, phrases: list[str], raw_patterns: list) -> None:
    """Compile a rule's phrases and raw patterns into `matcher` under `key`; errors name rule and phrase."""
    for phrase in phrases:
        try:
            matcher.add(key, compile_phrase(phrase, tokenizer))
        except (ValueError, KeyError) as error:
            raise RuleFileError(f"{rule.file}: [{rule.code}]: phrase {phrase!r}: {error}") from None
    for index, pattern in enumerate(raw_patterns):
        try:
            matcher.add(key, [pattern])
        except (ValueError, KeyError, TypeError) as error:
            raise RuleFileError(f"{rule.file}: [{rule.code}]: patterns[{index}]: {error}") from None


def build_matcher(rule, nlp, phrases: list[str], raw_patterns: list) -> Any:
    """One Matcher for a rule's phrases and raw patterns (for code outside the engine's checks)."""
    from spacy.matcher import Matcher

    matcher = Matcher(nlp.vocab, validate=True)
    _add_patterns(matcher, rule.code, rule, nlp.tokenizer, phrases, raw_patterns)
    return matcher


def matched_spans(matcher, doc) -> list:
    """Matches without overlaps, longest first, in text order."""
    from spacy.util import filter_spans

    return sorted(filter_spans(matcher(doc, as_spans=True)), key=lambda span: span.start)


def inflected_sequences(words: list[str], limit: int = 64) -> list[tuple[str, ...]]:
    """A word sequence with each word in every inflection (at most `limit` sequences; past that,
    the words as written)."""
    choices = [inflections(word) for word in words]
    total = 1
    for forms in choices:
        total *= len(forms)
    if total > limit:
        return [tuple(words)]
    return list(itertools.product(*choices))


class MatcherPool:
    """Every phrase rule's patterns in one spaCy Matcher: one pass over each entry, not one per rule.

    Each rule gets a `PooledMatcher` handle; the first handle asked about a Doc
    runs the shared matcher and the results are kept until the next Doc.
    """

    def __init__(self, nlp):
        from spacy.matcher import Matcher, PhraseMatcher

        self.vocab = nlp.vocab
        self.matcher = Matcher(nlp.vocab, validate=True)
        # Phrases without gaps or word classes go to PhraseMatchers, which cost the same however
        # many phrases they hold; the token Matcher costs time per pattern for every token.
        self.by_lemma = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.by_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.by_orth = PhraseMatcher(nlp.vocab, attr="ORTH")  # words written exactly, case included: IM, US
        self.tokenizer = nlp.tokenizer
        self._added = 0
        self._doc = None
        self._found: dict[int, list] = {}

    def add(self, rule, phrases: list[str], raw_patterns: list, exact: list[str] = ()) -> "PooledMatcher":
        """One rule's (or lexicon list's) phrases; `exact` phrases match only as written, case included."""
        from spacy.tokens import Doc

        key = f"{rule.code}#{self._added}"
        self._added += 1
        token_phrases = []
        for phrase in phrases:
            sequences = literal_sequences(phrase, self.tokenizer)
            if sequences is None:
                token_phrases.append(phrase)
                continue
            for words in sequences:
                lemmas = [lemma_form(word) for word in words]
                self.by_lemma.add(key, [Doc(self.vocab, words=words, lemmas=lemmas)])
                self.by_lower.add(key, [Doc(self.vocab, words=list(forms)) for forms in inflected_sequences(words)])
        _add_patterns(self.matcher, key, rule, self.tokenizer, token_phrases, raw_patterns)
        for phrase in exact:
            self.by_orth.add(key, [self.tokenizer(phrase)])
        return PooledMatcher(self, self.vocab.strings[key])

    def spans(self, doc, key: int) -> list:
        if self._doc is not doc:
            from spacy.tokens import Span
            from spacy.util import filter_spans

            grouped: dict[int, list] = {}
            matches = [match for matcher in (self.matcher, self.by_lemma, self.by_lower, self.by_orth) if len(matcher)
                       for match in matcher(doc)]
            for match_id, start, end in matches:
                grouped.setdefault(match_id, []).append(Span(doc, start, end))
            self._found = {k: sorted(filter_spans(v), key=lambda span: span.start) for k, v in grouped.items()}
            self._doc = doc
        return self._found.get(key, [])


class PooledMatcher:
    """One rule's view of the shared matcher: its own matches, without overlaps, in text order."""

    def __init__(self, pool: MatcherPool, key: int):
        self.pool, self.key = pool, key

    def spans(self, doc) -> list:
        return self.pool.spans(doc, self.key)


@check_kind("phrases")
class PhraseCheck(Check):
    """Flags every occurrence of a listed phrase, unless it overlaps one of the rule's `exceptions`;
    with `profile-spans`, also the words the entry profile lists under those names (F201: `traits`,
    the trait claims read from the parse), the longer of two overlapping findings kept. `corrections`
    (regex and replacement) are not read here: `erasl suggest` says the flagged words that way."""

    rewrite = "leave-out"

    OPTIONS = {"phrases": (list, []), "patterns": (list, []), "exceptions": (list, []), "profile-spans": (list, []),
               "corrections": (list, []), "corrected-message": (str, "")}
    PROFILE_SPANS = ("traits", "unidiomatic", "wording_fixes")  # EntryProfile fields that hold a list of Mentions a phrase rule can flag

    def compile(self, nlp) -> None:
        if not self.options["phrases"] and not self.options["patterns"]:
            raise RuleFileError(f"{self.rule.file}: [{self.rule.code}]: needs 'phrases' or 'patterns'")
        for name in self.options["profile-spans"]:
            if name not in self.PROFILE_SPANS:
                raise RuleFileError(f"{self.rule.file}: [{self.rule.code}]: unknown profile-spans {name!r} "
                                    f"(known: {', '.join(self.PROFILE_SPANS)})")
        self.matcher = self.matchers(nlp).add(self.rule, self.options["phrases"], self.options["patterns"])
        self.exceptions = self.matchers(nlp).add(self.rule, self.options["exceptions"], []) if self.options["exceptions"] else None

    def run(self, entry, doc):
        excepted = self.exceptions.spans(doc) if self.exceptions else []
        found = []
        for span in self.matcher.spans(doc):
            if any(span.start < other.end and other.start < span.end for other in excepted):
                continue  # e.g. "multiple sclerosis" is a disease, not a vague quantity
            while len(span) > 1 and (span[0].is_punct or span[0].is_space or not any(c.isalnum() for c in span[0].text)):
                span = span[1:]  # a list marker before a fragment ("- Responsible for", "•<tab>Responsible for") is not the phrase
            found.append((span.start_char, span.end_char))
        profile = getattr(entry, "profile", None)
        for name in self.options["profile-spans"]:
            found += [(m.start, m.end) for m in getattr(profile, name, None) or () if m.start is not None]
        kept: list[tuple[int, int]] = []
        for start, end in sorted(set(found), key=lambda pair: pair[0] - pair[1]):
            if not any(start < other_end and other_start < end for other_start, other_end in kept):
                kept.append((start, end))
        text = doc.text if doc is not None else entry.text
        for start, end in sorted(kept):
            said = self._corrected(profile, text, start, end)
            if said is not None and self.options["corrected-message"]:
                # the profile knows the US form (its `wording_fixes`): the message says it
                found = self.diagnostic(start, end, match=text[start:end])
                yield dataclasses.replace(found, message=self.options["corrected-message"].format(
                    match=text[start:end], correction=said))
                continue
            yield self.diagnostic(start, end, match=text[start:end])

    def _corrected(self, profile, text: str, start: int, end: int) -> str | None:
        """The flagged words with the profile's US form of the wording inside them, or None when it has none."""
        fixes = [f for f in getattr(profile, "wording_fixes", None) or () if start <= f.start and f.end <= end]
        if not fixes or "wording_fixes" not in self.options["profile-spans"]:
            return None
        said = text[start:end]
        for fix in sorted(fixes, key=lambda f: f.start, reverse=True):
            said = said[:fix.start - start] + fix.correction + said[fix.end - start:]
        return " ".join(said.split())


def rule_correction(rule, text: str, start: int, end: int) -> tuple[int, str, str] | None:
    """The one US form a rule's `corrections` give for the words it flagged at `start` (a regex may look on to
    `end`): (where the replaced words end, what to say, the words replaced), or None when none applies. The
    skeleton says it in every sentence it keeps, built or kept as written."""
    for correction in rule.options.get("corrections", []):
        found = re.match(correction["regex"], text[start:end])
        if found is None or not found.end():
            continue
        said = found.expand(correction["replacement"])
        if text[start].isupper():
            said = said[:1].upper() + said[1:]
        return start + found.end(), said, found.group(0)
    return None

