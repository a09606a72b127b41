"""Sentence length, counted in words on spaCy's sentence boundaries."""

from __future__ import annotations

import re

from erasl.checks import Check, check_kind


@check_kind("sentence-length")
class SentenceLengthCheck(Check):
    """Flags a sentence with more than `max-words` words (punctuation not counted) in one part (a colon or
    semicolon ends a part); `max-words-for` sets a different limit per kind (essays read slower than a skimmed box)."""

    OPTIONS = {"max-words": (int, 35), "max-words-for": (dict, {}), "max-semicolon-parts": (int, 3)}

    def run(self, entry, doc):
        limit = self.options["max-words-for"].get(entry.kind, self.options["max-words"])
        chain = self.options["max-semicolon-parts"]
        for sentence in doc.sents:
            words = [t for t in sentence if not (t.is_punct or t.is_space)]
            if len(words) > limit and max(_part_lengths(sentence, chain)) > limit:
                text = sentence.text.rstrip()
                yield self.diagnostic(sentence.start_char, sentence.start_char + len(text),
                                      count=len(words), limit=limit)


_STATE_CODE = re.compile(r"^[A-Z]{2}\.$")


_FINITE = ("VBD", "VBZ", "VBP", "MD")


def _clause_follows(tokens, index: int) -> bool:
    """The part after a semicolon has a finite verb of its own ("; compliance rose to 81%", "; wrote notes"),
    so the semicolon ends a clause; "; pill counts; tracing of defaulters" are items of one long list."""
    for token in tokens[index + 1:]:
        if token.text in (";", ":"):
            return False
        if token.tag_ in _FINITE:
            return True
    return False


def _part_lengths(sentence, chain: int = 3) -> list[int]:
    """Words in each part a reader takes in at once: a colon or a semicolon before a clause ends a part
    ("Carried 5 patients: wrote notes, entered orders and called consults"), and so does a state code ending a
    sentence the parser ran on ("a hospital in Miami, FL. Carried 5 patients"). Semicolons between items with
    no verb of their own ("screening and enrollment; pill counts; data entry into REDCap") join one list, and so
    do semicolons that string more than `chain` parts into one sentence: a whole entry of "; I did ...; I
    did ..." is one run-on however its parts are cut."""
    parts, count = [], 0
    tokens = list(sentence)
    semicolons_end_parts = sum(token.text == ";" for token in tokens) + 1 <= chain
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.text == ":" or (token.text == ";" and semicolons_end_parts and _clause_follows(tokens, index)) \
                or (token.text == "." and following is not None and following.is_title):
            parts.append(count)  # a full stop the parser ran over: "a hospital in Miami, FL. Carried 5 patients"
            count = 0
            continue
        if token.is_punct or token.is_space:
            continue
        count += 1
        if _STATE_CODE.match(token.text) and following is not None and following.is_title:
            parts.append(count)
            count = 0
    parts.append(count)
    return parts
