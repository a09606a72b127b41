"""The default human format: location, code and message, the source line with a caret, a hint.

Written for a person reading a whole application: an entry-wide finding shows the entry's
title (or first line) instead of reprinting its paragraph; repeats of one fixable kind in an
entry are printed once with a count; a rule's help is printed once per entry.
"""

from __future__ import annotations

import re

import click

SEVERITY_COLORS = {"error": "red", "warning": "yellow", "note": "cyan"}
WIDTH = 100  # characters of a source line shown around a finding
_QUOTED = re.compile(r'"[^"\n]*"')


def _caret_line(source_line: str, column: int, end_column: int, same_line: bool) -> tuple[str, str]:
    """The line (clipped to WIDTH characters around the finding) and the carets under it."""
    display = source_line.replace("\t", " ")
    start = max(column - 1, 0)
    end = end_column - 1 if same_line else len(display)
    if len(display) > WIDTH:
        left = max(0, min(start - 20, len(display) - WIDTH))
        right = left + WIDTH
        clipped = ("…" if left else "") + display[left:right] + ("…" if right < len(display) else "")
        shift = left - (1 if left else 0)
        start, end = start - shift, min(end, right) - shift
        display = clipped
    width = max(end - start, 1)
    return display, " " * start + "^" * width


def _clip(text: str, width: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


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


def group_repeats(diagnostics) -> list[tuple[object, int]]:
    """(first finding, how many more like it) per entry and kind of fixable problem.

    Findings with a fix (characters ERAS garbles, invisible characters) are mechanical: nine
    curly quotes in an entry are one problem to fix, so they are shown once with a count. Two
    findings are of one kind when their messages differ only in the quoted words.
    """
    grouped: list[list] = []
    seen: dict[tuple, list] = {}
    for d in diagnostics:
        if d.fix is None:
            grouped.append([d, 0])
            continue
        key = (d.path, d.entry, d.code, d.fix.safe, _QUOTED.sub('""', d.message))
        if key in seen:
            seen[key][1] += 1
            continue
        seen[key] = [d, 0]
        grouped.append(seen[key])
    return [(d, more) for d, more in grouped]


def _entry_wide_codes() -> set[str]:
    """Rules whose findings are about a whole entry (`placement = \"entry\"` in their table)."""
    from erasl.registry import RuleFileError, load_rules

    try:
        ruleset = load_rules()
    except RuleFileError:  # the run itself reports a broken rules folder
        return set()
    return {code for code, rule in ruleset.rules.items() if rule.placement == "entry"}


def _entry_heading(report, d) -> str:
    """An entry's title, else its first line: where an entry-wide finding is shown."""
    if d.entry_title:
        return _clip(d.entry_title)
    for document in report.documents:
        if document.source.path == d.path:
            for entry in document.entries:
                if entry.index == d.entry:
                    first = next((line for line in entry.content.splitlines() if line.strip()), "")
                    return _clip(first)
    return ""


def render(report, settings=None, color: bool = False, column_unit: str = "char") -> str:
    from erasl.columns import column_in

    sources = {document.source.path: document.source for document in report.documents}
    entry_wide = _entry_wide_codes()
    helped: set[tuple] = set()
    out: list[str] = []
    for d, more in group_repeats(report.diagnostics):
        severity = click.style(d.severity.word, fg=SEVERITY_COLORS[d.severity.word], bold=True) if color else d.severity.word
        code = click.style(d.code, bold=True) if color else d.code
        location = f"{d.path}:{d.line}:{column_in(column_unit, sources, d.path, d.line, d.column)}:"
        where = click.style(location, bold=True) if color else location
        message = d.message
        if more:
            message += f" ({more} more like it in this entry" + (": run `erasl check --fix`)" if d.fix.safe else ")")
        out.append(f"{where} {code} {severity}: {message}")
        source = sources.get(d.path)
        if d.code in entry_wide:
            heading = _entry_heading(report, d)
            if heading:
                out.append(f"     | entry: {heading}")
        elif source is not None and 0 < d.line <= len(source.line_starts):
            line_text, carets = _caret_line(source.line_text(d.line), d.column, d.end_column, d.line == d.end_line)
            gutter = f"{d.line:>4} | "
            out.append(f"{gutter}{line_text}")
            out.append(" " * (len(gutter) - 2) + "| " + (click.style(carets, fg=SEVERITY_COLORS[d.severity.word]) if color else carets))
        help_key = (d.path, d.entry, d.code, d.help)
        if d.help and help_key not in helped:
            helped.add(help_key)
            out.append(f"     = help: {d.help}")
        out.append("")
    out.append(summary_line(report))
    return "\n".join(out) + "\n"
