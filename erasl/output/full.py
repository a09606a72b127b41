"""The default human format: location, code and message, the source line with a caret, a hint."""

from __future__ import annotations

import click

SEVERITY_COLORS = {"error": "red", "warning": "yellow", "note": "cyan"}


def _caret_line(source_line: str, column: int, end_column: int, same_line: bool) -> tuple[str, str]:
    display = source_line.replace("\t", " ")
    start = max(column - 1, 0)
    end = end_column - 1 if same_line else len(display)
    width = max(end - start, 1)
    return display, " " * start + "^" * width


def summary_line(report) -> str:
    counts = {"error": 0, "warning": 0, "note": 0}
    for d in report.diagnostics:
        counts[d.severity.word] += 1
    files = report.files_checked
    entries = report.entries_checked
    scope = f"{entries} {'entry' if entries == 1 else 'entries'} in {files} {'file' if files == 1 else 'files'}"
    total = sum(counts.values())
    unread = len(report.errors)
    if unread:  # never "No problems found" when some input was not read at all
        could_not = f"Could not read {unread} {'input' if unread == 1 else 'inputs'} (see the error above)"
        if not total:
            return f"{could_not}; nothing found in the {scope} read."
        parts = [f"{n} {word}{'' if n == 1 else 's'}" for word, n in counts.items() if n]
        return f"{could_not}. Found {total} problem{'' if total == 1 else 's'} ({', '.join(parts)}) in {scope}."
    if not total:
        return f"No problems found in {scope}."
    parts = [f"{n} {word}{'' if n == 1 else 's'}" for word, n in counts.items() if n]
    return f"Found {total} problem{'' if total == 1 else 's'} ({', '.join(parts)}) in {scope}."


def render(report, settings=None, color: bool = False, column_unit: str = "char") -> str:
    from erasl.columns import column_in

    sources = {document.source.path: document.source for document in report.documents}
    out: list[str] = []
    for d in report.diagnostics:
        severity = click.style(d.severity.word, fg=SEVERITY_COLORS[d.severity.word], bold=True) if color else d.severity.word
        code = click.style(d.code, bold=True) if color else d.code
        location = f"{d.path}:{d.line}:{column_in(column_unit, sources, d.path, d.line, d.column)}:"
        where = click.style(location, bold=True) if color else location
        out.append(f"{where} {code} {severity}: {d.message}")
        source = sources.get(d.path)
        if source is not None and 0 < d.line <= len(source.line_starts):
            line_text, carets = _caret_line(source.line_text(d.line), d.column, d.end_column, d.line == d.end_line)
            gutter = f"{d.line:>4} | "
            out.append(f"{gutter}{line_text}")
            out.append(" " * (len(gutter) - 2) + "| " + (click.style(carets, fg=SEVERITY_COLORS[d.severity.word]) if color else carets))
        if d.help:
            out.append(f"     = help: {d.help}")
        out.append("")
    out.append(summary_line(report))
    return "\n".join(out) + "\n"
