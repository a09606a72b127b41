"""Printing rewrite suggestions: `erasl suggest` (text and JSON) and `erasl check --suggest`."""

from __future__ import annotations

from erasl.rewrite import STATEMENT_KINDS, Suggestion, fill_placeholders, placeholders, suggestions_for


def heading(suggestion: Suggestion) -> str:
    title = f' "{suggestion.title}"' if suggestion.title else ""
    where = f"{suggestion.path}: entry {suggestion.entry}{title}"
    if suggestion.kind in STATEMENT_KINDS:
        return f"{where} ({suggestion.kind}: advice paragraph by paragraph)"
    blanks = len(placeholders(suggestion.text))
    if suggestion.template is None:  # an entry with no warnings: its own text, tidied (erasl/rewrite.py)
        return f"{where} (no warnings: your draft, tightened, {len(suggestion.text)} characters)"
    template = suggestion.template.removesuffix(".j2")
    limit = f" of {suggestion.limit}" if suggestion.limit else ""
    fill = f"; fill the {blanks} [placeholder{'s' if blanks != 1 else ''}]" if blanks else ""
    # the size once the brackets are filled in, as the applicant will paste it ("[Presented/helped present]" is one verb)
    size = len(fill_placeholders(suggestion.text))
    return f"{where} ({template} template, {size}{limit} characters{fill})"


def format_suggestion(suggestion: Suggestion) -> str:
    """One suggestion as text: a heading, then the skeleton on its own line (paste-ready), then notes."""
    lines = [f"==> {heading(suggestion)}"]
    if suggestion.kind in STATEMENT_KINDS:
        if not suggestion.advice:
            lines.append("No paragraph-level advice: nothing flagged at warning level.")
        for item in suggestion.advice:
            lines.append(f"Paragraph {item['paragraph']} ({item['excerpt']}):")
            lines.extend(f"  - {line}" for line in item["advice"])
    else:
        lines.append(suggestion.text)
        for item in suggestion.left_out:
            words = " ".join(item["text"].split())
            words = words if len(words) <= 70 else words[:67] + "..."
            lines.append(f"  left out: \"{words}\" ({item['reason']})")
        for item in getattr(suggestion, "not_rewritten", []):
            words = " ".join(item["text"].split())
            words = words if len(words) <= 70 else words[:67] + "..."
            lines.append(f"  kept as written: \"{words}\" ({item['reason']})")
        for change in getattr(suggestion, "changed", []):
            lines.append(f"  changed: '{change['from']}' -> '{change['to']}'")
    return "\n".join(lines) + "\n"


def render_suggestions_text(suggestions: list[Suggestion]) -> str:
    return "\n".join(format_suggestion(s) for s in suggestions)


def render_suggestions_json(suggestions: list[Suggestion]) -> str:
    import json

    return json.dumps({"version": 1, "suggestions": [s.to_dict() for s in suggestions]},
                      indent=2, ensure_ascii=False) + "\n"


def render_check_with_suggestions(report, linter, color: bool = False) -> str:
    """`erasl check --suggest`: the full format's problems for each entry, then that entry's skeleton."""
    from erasl.engine import Report
    from erasl.output.full import render as render_full, summary_line

    by_entry = {(s.path, s.entry): s for s in suggestions_for(report, linter)}

    def problems(diagnostics, document) -> str:
        if not diagnostics:
            return ""
        part = Report(diagnostics=diagnostics, documents=[document])
        return render_full(part, linter.settings, color).removesuffix(summary_line(part) + "\n")

    out = []
    for document in report.documents:
        path = document.source.path
        out.append(problems([d for d in report.diagnostics if d.path == path and d.entry == 0], document))
        for entry in document.entries:
            out.append(problems([d for d in report.diagnostics if d.path == path and d.entry == entry.index], document))
            out.append(format_suggestion(by_entry[(path, entry.index)]) + "\n")
    out.append(summary_line(report) + "\n")
    return "".join(out)
