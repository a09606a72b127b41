"""Machine-readable output; the schema is documented in the README and versioned."""

from __future__ import annotations

import json

SCHEMA_VERSION = 1


def diagnostic_record(d) -> dict:
    """One diagnostic as the documented JSON object (lines and columns 1-based, end exclusive)."""
    record = {
        "path": d.path,
        "line": d.line,
        "column": d.column,
        "end_line": d.end_line,
        "end_column": d.end_column,
        "code": d.code,
        "rule": d.rule,
        "severity": d.severity.word,
        "message": d.message,
        "help": d.help,
        "entry": d.entry,
        "entry_title": d.entry_title,
        "kind": d.kind,
        "fix": None,
    }
    if d.fix is not None:
        record["fix"] = {"replacement": d.fix.replacement, "safe": d.fix.safe}
    return record


def render(report, settings=None, color: bool = False) -> str:
    payload = {
        "version": SCHEMA_VERSION,
        "diagnostics": [diagnostic_record(d) for d in report.diagnostics],
        "errors": [{"path": e.path, "message": e.message} for e in report.errors],
        "summary": {
            "files": report.files_checked,
            "entries": report.entries_checked,
            "errors": sum(d.severity.word == "error" for d in report.diagnostics),
            "warnings": sum(d.severity.word == "warning" for d in report.diagnostics),
            "notes": sum(d.severity.word == "note" for d in report.diagnostics),
        },
    }
    # One diagnostic per line: easy to read and diff, and fast (`indent` makes the json
    # module fall back to its pure-Python encoder, seconds for an advisor's thousands).
    lines = [json.dumps(record, ensure_ascii=False) for record in payload.pop("diagnostics")]
    head = json.dumps(payload, ensure_ascii=False)[1:-1]
    body = ",\n    ".join(lines)
    return f'{{\n  {head},\n  "diagnostics": [\n    {body}\n  ]\n}}\n' if lines else f'{{{head}, "diagnostics": []}}\n'

