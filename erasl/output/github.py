"""GitHub Actions workflow commands: each problem becomes an annotation on the pull request's diff.

`::warning file=drafts/im.md,line=8,col=44,endLine=8,endColumn=52,title=V102 observer-verbs::message`.
Values are escaped the way actions/toolkit escapes them (`%`, CR and LF in the
message; also `:` and `,` in properties). GitHub only places columns on a
single line, so a span over several lines gets `line`/`endLine` alone.
"""

from __future__ import annotations

LEVELS = {"error": "error", "warning": "warning", "note": "notice"}


def escape_data(value: str) -> str:
    """The message after `::`."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """A `key=value` before `::`, where `:` and `,` would end the value."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def _command(level: str, properties: dict[str, object], message: str) -> str:
    joined = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{level} {joined}::{escape_data(message)}"


def annotation(d) -> str:
    """One diagnostic as a workflow command."""
    properties: dict[str, object] = {"file": d.path, "line": d.line}
    if d.end_line == d.line:
        properties.update(col=d.column, endLine=d.end_line, endColumn=d.end_column)
    else:
        properties["endLine"] = d.end_line
    properties["title"] = f"{d.code} {d.rule}"
    return _command(LEVELS[d.severity.word], properties, d.message)


def render(report, settings=None, color: bool = False) -> str:
    lines = [annotation(d) for d in report.diagnostics]
    lines += [_command("error", {"file": error.path, "title": "erasl"}, error.message) for error in report.errors]
    return "\n".join(lines) + ("\n" if lines else "")
