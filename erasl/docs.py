"""Rule documentation from the rule data: `erasl rules`, `erasl rule CODE` and the README tables."""

from __future__ import annotations

import json
import textwrap

FAMILIES = {
    "F": "filler", "P": "passive", "N": "numbers", "V": "verbs", "D": "duration",
    "S": "setting and specialty", "L": "length and format", "R": "readability", "E": "metadata",
    "A": "application (across entries)", "T": "tense", "U": "US clinical experience",
    "G": "idiom", "M": "most-meaningful reflections",
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
         "kinds": list(r.kinds), "why": r.why, "example": r.example, "better": r.better, "file": r.file,
         "check": r.check, **behaviour(r)}
        for _, r in sorted(ruleset.rules.items())
    ]
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


def behaviour(rule) -> dict:
    """The rule's effective downstream behaviour (its table's keys, or its check kind's defaults)."""
    return {"placement": rule.placement, "rewrite": rule.rewrite, "repair": rule.repair or None,
            "repair_pattern": rule.repair_pattern or None, "advice": rule.advice or None,
            "advice_opening": rule.advice_opening or None, "export": rule.export, "report": rule.report}


def check_kinds_markdown_table(ruleset) -> str:
    """The README's list of check kinds, from the registered checker classes and the rules using them."""
    from erasl.checks import CHECK_KINDS

    lines = ["| check | module | what it does | placement | rewrite | report | rules |", "|---|---|---|---|---|---|---|"]
    for name, kind in sorted(CHECK_KINDS.items()):
        module = "erasl/" + kind.__module__.removeprefix("erasl.").replace(".", "/") + ".py"
        doc = " ".join((kind.__doc__ or "").strip().split("\n\n")[0].split()).replace("|", "\\|")
        codes = ", ".join(code for code, rule in sorted(ruleset.rules.items()) if rule.check == name) or "-"
        lines.append(f"| `{name}` | `{module}` | {doc} | {kind.placement} | {kind.rewrite} | {kind.report} | {codes} |")
    return "\n".join(lines) + "\n"


def rules_markdown_table(ruleset) -> str:
    """The README's rule table; tests keep the README in step with the data."""
    lines = ["| code | name | severity | applies to | flags |", "|---|---|---|---|---|"]
    for code, rule in sorted(ruleset.rules.items()):
        lines.append(f"| {code} | `{rule.name}` | {rule.severity.word} | {_scope(rule)} | {rule.summary} |")
    return "\n".join(lines) + "\n"


def _behaviour_lines(rule) -> list[str]:
    from erasl.registry import BEHAVIOUR_VALUES

    repair = f" ({rule.repair}: {BEHAVIOUR_VALUES['repair'][rule.repair]})" if rule.repair else ""
    lines = [f"  placement = {rule.placement}: {BEHAVIOUR_VALUES['placement'][rule.placement]}",
             f"  rewrite = {rule.rewrite}: {BEHAVIOUR_VALUES['rewrite'][rule.rewrite]}{repair}",
             f"  export = {rule.export}: {BEHAVIOUR_VALUES['export'][rule.export]}",
             f"  report = {rule.report}: {BEHAVIOUR_VALUES['report'][rule.report]}"]
    if rule.advice:
        lines.append(f"  advice (personal statements) = {rule.advice}")
    if rule.advice_opening:
        lines.append(f"  advice-opening = {rule.advice_opening}")
    return lines


def rule_text(rule) -> str:
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
    parts += ["", f"How erasl treats it (check = {rule.check}):", *_behaviour_lines(rule)]
    parts += ["", f"Defined in rules/{rule.file}; turn it off with --ignore {rule.code} or <!-- erasl-disable {rule.code} -->."]
    return "\n".join(parts) + "\n"
