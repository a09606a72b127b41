"""The last step of every draft: exactly the text to paste into MyERAS, and its count against the box.

An entry's `text` already leaves out front matter, headings, metadata blocks and
comments. Export then applies the safe fixes of the rules whose table says
`export = "fix"` (L201, characters ERAS renders badly; L203, invisible characters),
found by running those rules, so the character table lives only in
rules/format.toml; a rule with `export = "block"` (L301, a leftover placeholder)
keeps the entry from being pasted. And it joins soft line wraps
(the same ones the checks read as spaces), since a hard-wrapped paragraph would
otherwise reach ERAS as broken lines. Neither changes the entry's words: a fix that would
drop or alter a word is left undone and reported instead. The message pasted around
the entry (the greeting, "plz check", the sign-off: erasl/wrapper_text.py) is left
out, as the character count leaves it out, and named for the caller to report.
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
    left_out: list[str] = field(default_factory=list)  # the message around the entry, as written

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


def wrapper_cuts(entry: Entry) -> list[tuple[int, int]]:
    """What leaving out the message around the entry deletes: each piece (a sign-off with its signature as one)
    with the spaces and line breaks after it, or, at the end of a line, the spaces before it, so no blank line or
    stray space is left where it was."""
    from erasl.wrapper_text import sign_offs_joined

    text, cuts = entry.text, []
    for span in sign_offs_joined(text, entry.wrapper):
        start, end = span.start, span.end
        while end < len(text) and text[end].isspace():
            end += 1
        if end < len(text) and "\n" not in text[span.end:end]:
            cuts.append((start, end))  # "Hi madam, I volunteered": the entry goes on on this line
            continue
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        cuts.append((start, end if end == len(text) or start == 0 or text[start - 1] == "\n" else span.end))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(cuts):  # "Please find below ... as you asked. Kindly correct ...": one cut
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def paste_text(entry: Entry, diagnostics: list[Diagnostic], limit: int | None, ruleset) -> PasteText:
    """Leave out the message around the entry, apply the entry's safe fixes (`export = "fix"`) and join its soft
    wraps; every word of the entry is kept.

    `diagnostics` are the entry's from a run with `export_rules`; findings of
    `export = "block"` rules (placeholders) are passed through for the caller to report.
    """
    cuts = wrapper_cuts(entry)

    def cut(start: int, end: int) -> bool:
        return any(start < cut_end and cut_start < end for cut_start, cut_end in cuts)

    edits: list[tuple[int, int, str]] = [(start, end, "") for start, end in cuts]
    edits += [(offset, offset + 1, " ") for offset in soft_wraps(entry) if not cut(offset, offset + 1)]
    left_as_is, placeholders = [], []
    for d in diagnostics:
        if ruleset.rules[d.code].export == "block":
            placeholders.append(d)
            continue
        if cut(d.start, d.end) and d.fix is not None and cut(d.fix.start, d.fix.end):
            continue  # in the message left out
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
    from erasl.wrapper_text import sign_offs_joined

    left_out = [entry.text[span.start:span.end] for span in sign_offs_joined(entry.text, entry.wrapper)]
    return PasteText(entry, "".join(pieces).strip() if cuts else "".join(pieces), limit, left_as_is, placeholders,
                     left_out)


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
