"""The last step of every draft: exactly the text to paste into MyERAS, and its count against the box.

An entry's `text` already leaves out front matter, headings, metadata blocks and
comments. Export then applies the safe fixes of the rules whose table says
`export = "fix"` (L201, characters ERAS renders badly; L203, invisible characters),
found by running those rules, so the character table lives only in
rules/format.toml; a rule with `export = "block"` (L301, a leftover placeholder)
keeps the entry from being pasted. And it joins soft line wraps
(the same ones the checks read as spaces), since a hard-wrapped paragraph would
otherwise reach ERAS as broken lines. Neither changes the words: a fix that would
drop or alter a word is left undone and reported instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from erasl.diagnostics import Diagnostic
from erasl.document import Document, Entry


# Typographic variants that are the same word to a reader ("don’t" and "don't").
_SAME_CHARACTER = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
    "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
})
_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """The words of a text, quotes and dashes normalised, so a typographic fix is not a lost word."""
    return _WORD.findall(text.translate(_SAME_CHARACTER))


def export_rules(ruleset) -> list[str]:
    """The codes export runs: rules whose table says `export = "fix"` or `export = "block"`."""
    return [code for code, rule in sorted(ruleset.rules.items()) if rule.export != "none"]


@dataclass
class PasteText:
    """One entry as it goes into MyERAS, with what export could not fix by itself."""

    entry: Entry
    text: str
    limit: int | None
    left_as_is: list[Diagnostic] = field(default_factory=list)
    placeholders: list[Diagnostic] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.text)

    def label(self, entries_in_file: int) -> str:
        if self.entry.title:
            return self.entry.title
        if entries_in_file == 1:
            return self.entry.path
        return f"{self.entry.path}, entry {self.entry.index}"

    def count_line(self, entries_in_file: int = 1) -> str:
        """`Internal Medicine Observership: 612/750 characters`, what goes to stderr."""
        label = self.label(entries_in_file)
        if self.limit is None:
            return f"{label}: {self.count} characters (no limit set for {self.entry.kind})"
        line = f"{label}: {self.count}/{self.limit} characters"
        if self.count > self.limit:
            line += f" ({self.count - self.limit} over: ERAS will not accept it)"
        return line

    @property
    def over_limit(self) -> bool:
        return self.limit is not None and self.count > self.limit

    @property
    def ready(self) -> bool:
        """Fits the box and has no leftover placeholder."""
        return not self.over_limit and not self.placeholders


def soft_wraps(entry: Entry) -> list[int]:
    """Offsets of the line breaks the checks read as spaces (`Entry.parse_text`): a paragraph's hard wraps."""
    parse_text = entry.parse_text
    return [i for i, char in enumerate(entry.prose) if char == "\n" and parse_text[i] == " "]


def paste_text(entry: Entry, diagnostics: list[Diagnostic], limit: int | None, ruleset) -> PasteText:
    """Apply the entry's safe fixes (`export = "fix"`) and join its soft wraps; every word is kept.

    `diagnostics` are the entry's from a run with `export_rules`; findings of
    `export = "block"` rules (placeholders) are passed through for the caller to report.
    """
    edits: list[tuple[int, int, str]] = [(offset, offset + 1, " ") for offset in soft_wraps(entry)]
    left_as_is, placeholders = [], []
    for d in diagnostics:
        if ruleset.rules[d.code].export == "block":
            placeholders.append(d)
            continue
        fix = d.fix
        original = entry.text[fix.start:fix.end] if fix else ""
        if (
            fix is None or not fix.safe
            or entry.prose[fix.start:fix.end] != original  # built from masked text (a URL, code)
            or words(original) != words(fix.replacement)
        ):
            left_as_is.append(d)
            continue
        edits.append((fix.start, fix.end, fix.replacement))
    pieces, position = [], 0
    for start, end, replacement in sorted(edits, key=lambda edit: (edit[0], edit[1])):
        if start < position:  # overlaps an edit already made
            continue
        pieces += [entry.text[position:start], replacement]
        position = end
    pieces.append(entry.text[position:])
    return PasteText(entry, "".join(pieces), limit, left_as_is, placeholders)


def paste_texts(documents: list[Document], diagnostics: list[Diagnostic], settings, ruleset) -> list[PasteText]:
    """Every entry of the documents, given the diagnostics of a run over them with `export_rules`."""
    by_entry: dict[tuple[str, int], list[Diagnostic]] = {}
    for d in diagnostics:
        if d.code in ruleset.rules and ruleset.rules[d.code].export != "none":
            by_entry.setdefault((d.path, d.entry), []).append(d)
    return [
        paste_text(entry, by_entry.get((entry.path, entry.index), []), settings.limit_for(entry.kind, ruleset), ruleset)
        for document in documents for entry in document.entries
    ]
