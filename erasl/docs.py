"""Rule documentation from the rule data: `erasl rules`, `erasl rule CODE` and the README table."""

from __future__ import annotations

import json
import textwrap

FAMILIES = {
    "F": "filler", "P": "passive", "N": "numbers", "V": "verbs", "D": "duration",
    "S": "setting and specialty", "L": "length and format", "R": "readability", "E": "metadata",
    "A": "application (across entries)", "T": "tense", "U": "US clinical experience",
}


def _scope(rule) -> str:
    return ", ".join(rule.kinds) if rule.kinds else "all kinds"


def rules_text(ruleset) -> str:
    lines = []
    for code, rule in sorted(ruleset.rules.items()):
        lines.append(f"{code}  {rule.name:<22} {rule.severity.word:<8} {rule.summary}")
    return "\n".join(lines) + "\n"


def rules_json(ruleset) -> str:
    payload = [
        {"code": r.code, "name": r.name, "severity": r.severity.word, "summary": r.summary,
         "kinds": list(r.kinds), "why": r.why, "example": r.example, "better": r.better, "file": r.file}
        for _, r in sorted(ruleset.rules.items())
    ]
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


def rules_markdown_table(ruleset) -> str:
    """The README's rule table; tests keep the README in step with the data."""
    lines = ["| code | name | severity | applies to | flags |", "|---|---|---|---|---|"]
    for code, rule in sorted(ruleset.rules.items()):
        lines.append(f"| {code} | `{rule.name}` | {rule.severity.word} | {_scope(rule)} | {rule.summary} |")
    return "\n".join(lines) + "\n"


def rule_text(rule, ruleset) -> str:
    wrap = lambda text: textwrap.fill(text, width=88, initial_indent="  ", subsequent_indent="  ")  # noqa: E731
    example = "\n".join("  " + line for line in rule.example.splitlines())
    better = "\n".join("  " + line for line in rule.better.splitlines())
    parts = [
        f"{rule.code} {rule.name} ({rule.severity.word}; {FAMILIES.get(rule.code[0], '')}; applies to {_scope(rule)})",
        "",
        "What it flags:",
        wrap(rule.summary + "."),
        "",
        "Why it matters:",
        wrap(rule.why),
        "",
        "Example:",
        example,
        "",
        "Better:",
        better,
    ]
    if rule.help:
        parts += ["", "How to fix:", wrap(rule.help.replace("{", "").replace("}", ""))]
    parts += ["", f"Defined in rules/{rule.file}; turn it off with --ignore {rule.code} or <!-- erasl-disable {rule.code} -->."]
    return "\n".join(parts) + "\n"
