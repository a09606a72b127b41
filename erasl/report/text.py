"""The terminal summary of `erasl report`: structure, USCE, time, then one line per entry."""

from __future__ import annotations

import click

SEVERITY_COLORS = {"error": "red", "warning": "yellow", "note": "cyan"}
TITLE_WIDTH = 40
KIND_LABELS = {"meaningful": "reflection", "personal-statement": "statement", "impactful": "impactful essay"}


def _plural(count: float, word: str, plural: str | None = None) -> str:
    return f"{count:g} {word if count == 1 else plural or word + 's'}"


def _weeks_line(weeks: dict[str, float]) -> str:
    return " · ".join(f"{label} {value:g}" for label, value in weeks.items()) or "none"


def _short(text: str, width: int = TITLE_WIDTH) -> str:
    return text if len(text) <= width else text[: width - 3].rstrip() + "..."


def render(report, color: bool = False) -> str:
    """The summary a person reads in a terminal; `erasl check` has the line-by-line detail."""
    bold = (lambda text: click.style(text, bold=True)) if color else (lambda text: text)
    summary = report.summary()
    target = summary["target_specialty"]
    out = [bold(f"Application: {', '.join(report.paths)}") + (f"  (target: {target})" if target else
                                                                "  (no target-specialty set)"), ""]
    for section in (_structure, _usce, _time, _entries, _across_entries):
        out.extend(section(report, summary, bold, color))
    out += _advisor_lines(summary["advisor"], target, bold)
    counts = summary["problems"]
    out.append(f"Problems: {_plural(counts['errors'], 'error')}, {_plural(counts['warnings'], 'warning')}, "
               f"{_plural(counts['notes'], 'note')}. `erasl check {' '.join(report.paths)}` shows each one in place; "
               "--html writes the full report.")
    out += ["", *_next_steps(summary, bold)]
    return "\n".join(out) + "\n"


def _next_steps(summary, bold) -> list[str]:
    """The report's last section: each step with the finding it answers."""
    out = [bold("Next steps")]
    for number, step in enumerate(summary["next_steps"], start=1):
        out.append(f"  {number}. {step['step']}")
        out.append(f"     Because: {step['finding']}.")
    if not summary["next_steps"]:
        out.append("  Nothing the drafts show needs doing; keep the entries current as the season goes on.")
    return out


def _structure(report, summary, bold, color) -> list[str]:
    experiences, meaningful, statement = summary["experiences"], summary["meaningful"], summary["personal_statement"]
    out = [bold("Structure"), f"  Experiences          {experiences['count']} of {experiences['max']}"]
    linked = meaningful["linked"]
    if meaningful["count"]:
        how = "each linked to its experience" if linked == meaningful["count"] else f"{linked} linked to an experience"
        out.append(f"  Most meaningful      {meaningful['count']} of {meaningful['max']}, {how}")
    else:
        out.append(f"  Most meaningful      none (ERAS lets you mark up to {meaningful['max']})")
    if statement["count"]:
        limit = f" of {statement['limit']:,}" if statement["limit"] else ""
        out.append(f"  Personal statement   {statement['characters']:,}{limit} characters")
    else:
        out.append("  Personal statement   none found")
    return out + [""]


def _usce(report, summary, bold, color) -> list[str]:
    usce, target = summary["usce"], summary["target_specialty"]
    out = [bold(f"US clinical experience (USCE): {_plural(usce['weeks'], 'week')} in "
                f"{_plural(usce['entries'], 'entry', 'entries')}")]
    if target and usce["weeks"]:
        out.append(f"  Aligned with {target}: {usce['aligned_weeks']:g} weeks ({usce['aligned_share']:.0%}): "
                   f"{usce['target_weeks']:g} in {target}, {usce['related_weeks']:g} in related fields")
    out.append(f"  By type:        {_weeks_line(usce['by_type'])}")
    out.append(f"  By specialty:   {_weeks_line(usce['by_specialty'])}")
    out.append(f"  By strength:    {_weeks_line({k: v for k, v in usce['by_tier'].items() if v})}")
    return out + [""]


def _time(report, summary, bold, color) -> list[str]:
    out = [bold("Time")]
    for label, key in (("Most recent clinical work", "most_recent_clinical"), ("Most recent USCE", "most_recent_usce")):
        when = summary[key]
        if when is None:
            out.append(f"  {label + ':':<27}none dated")
        else:
            state = "ongoing" if when["ongoing"] else f"ended {when['ended']}"
            out.append(f"  {label + ':':<27}{when['title']} ({state})")
    for gap in summary["gaps"]:
        out.append(f"  Gap with no clinical work: {gap['months']} months from {gap['from']}, after {gap['before']}")
    if not summary["gaps"] and any(p.start is not None for p in report.application.clinical):
        out.append(f"  No gap longer than {report.gap_months} months between dated clinical entries")
    if summary["undated"]:
        out.append(f"  Undated (add dates to place them): {', '.join(summary['undated'])}")
    return out + [""]


def _entries(report, summary, bold, color) -> list[str]:
    out = [bold("Entries"),
           f"  {'#':>2}  {'Entry':<{TITLE_WIDTH}}  {'Type':<15} {'USCE tier':<12} {'Weeks':>5}  {'Score':>5}  Problems"]
    for number, item in enumerate(report.entries, start=1):
        profile = item.profile
        kind = profile.experience_type or KIND_LABELS.get(profile.kind, profile.kind)
        tier = profile.tier.label if profile.tier else ("non-US" if profile.clinical and profile.us is False else "")
        weeks = f"{profile.weeks:.0f}" if profile.weeks and profile.kind == "experience" else ""
        score = f"{item.scorecard.total}/{item.scorecard.maximum}" if item.scorecard else ""
        counts = {word: sum(d.severity.word == word for d in item.diagnostics) for word in ("error", "warning", "note")}
        problems = ", ".join(_plural(n, word) for word, n in counts.items() if n) or "-"
        out.append(f"  {number:>2}  {_short(profile.title):<{TITLE_WIDTH}}  {kind:<15} {tier:<12} {weeks:>5}  {score:>5}  "
                   f"{problems}")
    return out + [""]


def _across_entries(report, summary, bold, color) -> list[str]:
    if not report.cross_entry:
        return []
    out = [bold("Across entries")]
    for d in report.cross_entry:
        severity = click.style(d.severity.word, fg=SEVERITY_COLORS[d.severity.word]) if color else d.severity.word
        out.append(f"  {d.code} {severity}  {_short(d.entry_title or '', 30)}: {d.message}")
    return out + [""]


def _when_line(when) -> str:
    if when is None:
        return "none dated"
    if when["ongoing"]:
        return f"{when['title']} (ongoing)"
    return f"{when['title']} (ended {when['ended']}, {_plural(when['months_ago'], 'month')} before this report)"


def _advisor_lines(advisor, target, bold) -> list[str]:
    """Recency, letters, progressive responsibility, overlaps and the statement's length, as computed."""
    recency, letters, progression = advisor["recency"], advisor["letters"], advisor["progression"]
    out = [bold(f"What an advisor looks for (report month {recency['report_month']})")]
    out.append(f"  Most recent USCE:       {_when_line(recency['most_recent_usce'])}")
    if target:
        out.append(f"  Most recent in target:  {_when_line(recency['most_recent_in_target'])}")
    bar = letters["bar"]
    status = "meets" if letters["met"] else "below"
    where = f", {letters['in_target']} in {target}" if target else ""
    out.append(f"  Letters:                {letters['us']} letter-capable US "
               f"{'experience' if letters['us'] == 1 else 'experiences'}{where} ({status} the bar of {bar['us']} US, "
               f"{bar['in_target']} in the specialty)")
    for row in letters["entries"]:
        flags = ", ".join(filter(None, ("US" if row["us"] else "not US", "weak tier" if row["weak_tier"] else "",
                                        {"same": "target", "related": "related field"}.get(row["alignment"] or "", ""))))
        out.append(f"    - {_short(row['title'], 36)}: \"{row['words']}\" ({flags})")
    out.append(f"  Progressive responsibility: {progression['summary']}")
    for overlap in advisor["overlaps"]:
        out.append(f"  Overlap: {overlap['first']} and {overlap['second']}, {overlap['months']} months "
                   f"({overlap['from']} to {overlap['to']}), both full-time clinical roles")
    statement = advisor["statement"]
    if statement is not None:
        low, high = statement["typical"]
        verdict = "far shorter than" if statement["short"] else "compare with"
        out.append(f"  Personal statement:     {statement['words']} words ({verdict} a typical one-page {low}-{high})")
    out.append("")
    return out
