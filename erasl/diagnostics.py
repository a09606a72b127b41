"""The one diagnostic type every rule produces and every output format reads."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class Severity(IntEnum):
    """Ordered so that `severity >= fail_on` decides the exit code."""

    NOTE = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, word: str) -> "Severity":
        try:
            return cls[word.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {word!r} (use error, warning or note)") from None

    @property
    def word(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Fix:
    """A replacement of one span of the entry's text; `safe` fixes keep the meaning."""

    start: int
    end: int
    replacement: str
    safe: bool = True

    def title(self, original: str) -> str:
        """What the fix does, for an editor's menu: 'Replace "“" with "\""' or 'Delete "• "'."""
        if not self.replacement:
            return f"Delete {original!r}"
        return f"Replace {original!r} with {self.replacement!r}"


@dataclass
class Diagnostic:
    """One problem: a rule, a span of an entry's text, and what to say about it.

    Rules fill `start`/`end` as offsets into the entry's text; the engine then
    maps them once to the source file (`line`, `column`, 1-based, in characters).
    """

    code: str
    rule: str
    severity: Severity
    message: str
    start: int
    end: int
    help: str = ""
    fix: Fix | None = None
    path: str = "<text>"
    entry: int = 0
    entry_title: str | None = None
    kind: str = ""
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    source_start: int = 0
    source_end: int = 0
    # `fix`'s span in the source file, for editors that apply it in place; None when
    # the fixed text is not one unbroken run of the file.
    fix_source_start: int | None = None
    fix_source_end: int | None = None

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.code)
