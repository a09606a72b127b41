"""The kind of a draft from what the file is: its name read as words, or its content.

Front matter (`kind:`), `--kind` and the config's `[kinds]` globs come first (they pin the
kind); then the file-name patterns of rules/kinds.toml; then the words of the name
(`[filename-words]`: "My Personal Statement.txt", "PS final.txt", "IM PS.docx"); and last,
an untyped one-entry draft that is clearly a personal statement by its content
(`[statement-content]`) is read as one, with a note that says how to pin the kind.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path, PurePosixPath

from erasl.registry import KINDS_FILE, RuleFileError

_NAME_WORD = re.compile(r"[a-z0-9]+")
_FIRST_PERSON = re.compile(r"\b(?:i|me|my|myself|mine)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z']+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class FileKinds:
    """rules/kinds.toml's `[filename-words]` and `[statement-content]`, validated."""

    words: tuple[tuple[tuple[str, ...], str], ...]
    min_characters: int
    min_paragraphs: int
    min_first_person: float

    def kind_from_name(self, path: str) -> str | None:
        """'My Personal Statement.txt' -> 'personal-statement'; None when no word of the name says."""
        words = _NAME_WORD.findall(PurePosixPath(path.replace("\\", "/")).stem.lower())
        for phrase, kind in self.words:
            if any(tuple(words[i:i + len(phrase)]) == phrase for i in range(len(words) - len(phrase) + 1)):
                return kind
        return None

    def statement_evidence(self, text: str) -> str | None:
        """Why a text reads as a personal statement ('2,140 characters in 4 paragraphs of first-person
        prose'), or None when it does not clearly read as one."""
        stripped = text.strip()
        if len(stripped) < self.min_characters:
            return None
        paragraphs = [p for p in _PARAGRAPH_BREAK.split(stripped) if len(p.strip()) >= 80]
        if len(paragraphs) < self.min_paragraphs:
            return None
        words = _WORD.findall(stripped)
        first_person = len(_FIRST_PERSON.findall(stripped))
        if not words or first_person / len(words) < self.min_first_person:
            return None
        return f"{len(stripped):,} characters in {len(paragraphs)} paragraphs of first-person prose"


@lru_cache(maxsize=4)
def _load(directory: Path) -> FileKinds:
    path = directory / KINDS_FILE
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    kinds = set(data.get("kinds", {}))
    words = []
    for phrase, kind in data.get("filename-words", {}).items():
        if kind not in kinds:
            raise RuleFileError(f"{KINDS_FILE}: [filename-words] {phrase!r}: unknown kind {kind!r}")
        words.append((tuple(_NAME_WORD.findall(phrase.lower())), kind))
    content = data.get("statement-content", {})
    unknown = set(content) - {"min-characters", "min-paragraphs", "min-first-person"}
    if unknown:
        raise RuleFileError(f"{KINDS_FILE}: [statement-content]: unknown key '{sorted(unknown)[0]}'")
    try:
        return FileKinds(tuple(words), int(content.get("min-characters", 1500)),
                         int(content.get("min-paragraphs", 3)), float(content.get("min-first-person", 0.03)))
    except (TypeError, ValueError):
        raise RuleFileError(f"{KINDS_FILE}: [statement-content]: values must be numbers") from None


def file_kinds(ruleset) -> FileKinds:
    """The file-kind data of a rules folder, read once."""
    return _load(Path(ruleset.directory))
