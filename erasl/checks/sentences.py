"""Sentence length, counted in words on spaCy's sentence boundaries."""

from __future__ import annotations

from erasl.checks import Check, check_kind


@check_kind("sentence-length")
class SentenceLengthCheck(Check):
    """Flags a sentence with more than `max-words` words (punctuation not counted);
    `max-words-for` sets a different limit per kind (essays read slower than a skimmed box)."""

    OPTIONS = {"max-words": (int, 35), "max-words-for": (dict, {})}

    def run(self, entry, doc):
        limit = self.options["max-words-for"].get(entry.kind, self.options["max-words"])
        for sentence in doc.sents:
            words = [t for t in sentence if not (t.is_punct or t.is_space)]
            if len(words) > limit:
                text = sentence.text.rstrip()
                yield self.diagnostic(sentence.start_char, sentence.start_char + len(text),
                                      count=len(words), limit=limit)
