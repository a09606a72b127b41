"""The suggestion `erasl suggest` gives one entry, for the skeleton tests (one parse, the linter's own diagnostics)."""

from __future__ import annotations

from erasl.document import SourceFile
from erasl.rewrite import Rewriter


def suggest(linter, text: str, kind: str = "experience"):
    document = linter.parse(SourceFile("entry.md", text), kind)
    parses: dict = {}
    diagnostics = linter.lint_documents([document], parses=parses)
    entry = document.entries[0]
    return Rewriter(linter.nlp, linter.ruleset, linter.settings).suggest(entry, parses[(entry.path, 1)], diagnostics)


def says(text: str, said=(), never=()) -> None:
    """Every phrase of `said` is in the skeleton, and none of `never`."""
    for words in said:
        assert words in text, text
    for words in never:
        assert words not in text, text
