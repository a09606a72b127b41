"""One line per problem in the gcc convention that Vim, Emacs and VS Code parse with no setup."""

from __future__ import annotations


def render(report, settings=None, color: bool = False) -> str:
    lines = [
        f"{d.path}:{d.line}:{d.column}: {d.severity.word}: {d.message} [{d.code}]"
        for d in report.diagnostics
    ]
    return "\n".join(lines) + ("\n" if lines else "")
