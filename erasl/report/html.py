"""`erasl report --html`: one self-contained page (inline CSS and SVG, no scripts, no fetched fonts).

This module turns the report into what the template draws: timeline rows and
chart bars as percentages, entry texts cut into highlighted pieces. The page
itself is rules/templates/report.html.j2, so its look can change without code.
"""

from __future__ import annotations

import re
from typing import Any

import jinja2

from erasl.application import month_label
from erasl.report import round_weeks
from erasl.diagnostics import Severity
from erasl.registry import load_rules, rules_dir

TEMPLATE = "report.html.j2"
# A line break inside a paragraph (a hard-wrapped draft) shows as a space; offsets are unchanged.
_SOFT_WRAP = re.compile(r"(?<=[^\n])\n(?=[ \t]*[^\n\s*•\-])")
TYPE_ORDER = ("sub-internship", "clerkship", "externship", "observership", "tele-rotation", "shadowing")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(rules_dir() / "templates")),
        autoescape=jinja2.select_autoescape(default=True, default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def month_name(month: int | None) -> str:
    """24305 -> 'Jun 2025'."""
    return "?" if month is None else f"{MONTHS[month % 12]} {month // 12}"


def highlight(text: str, diagnostics: list, rules) -> list[dict[str, Any]]:
    """The entry's text as pieces: plain, or marked with the worst severity over it and the numbers ending there.

    `diagnostics` is the entry's numbered list; entry-wide findings (`placement = "entry"`: their
    span only marks where the finding is) are listed, not marked.
    """
    spans = []
    for number, d in enumerate(diagnostics, start=1):
        rule = rules.get(d.code)
        if rule is None or rule.placement == "entry" or not 0 <= d.start < d.end <= len(text):
            continue
        if d.end - d.start > 0.6 * len(text):
            continue
        spans.append((d.start, d.end, number, d.severity))
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [span for span in spans if span[0] <= start and end <= span[1]]
        ending = [span[2] for span in spans if span[1] == end]
        worst = max((span[3] for span in covering), default=None)
        pieces.append({"text": text[start:end], "severity": worst.word if worst else None,
                       "numbers": [span[2] for span in covering], "ends": ending})
    return pieces


def timeline(report) -> dict[str, Any] | None:
    """Rows of dated experiences on a shared month axis, plus the clinical gaps, in percent of the width."""
    app = report.application
    rows = []
    for profile in app.experiences:
        last = profile.last_month(app.today)
        if profile.start is None or last is None:
            continue
        rows.append((profile, profile.start, max(last, profile.start)))
    if not rows:
        return None
    first_year = min(start for _, start, _ in rows) // 12
    last_year = max(end for _, _, end in rows) // 12
    origin, span = first_year * 12, (last_year - first_year + 1) * 12

    def percent(month: int) -> float:
        return round(100 * (month - origin) / span, 2)

    drawn = []
    for profile, start, end in sorted(rows, key=lambda row: (row[1], row[2])):
        if profile.tier:
            category = profile.tier.name
        elif profile.clinical:
            category = "clinical"
        else:
            category = "other"
        drawn.append({
            "title": profile.title, "category": category, "left": percent(start),
            "width": max(percent(end + 1) - percent(start), 0.6),
            "when": _dates(profile, app),
            "anchor": f"entry-{report.entries.index(next(e for e in report.entries if e.profile is profile)) + 1}",
        })
    gaps = [{"left": percent(g.first_month), "width": percent(g.first_month + g.months) - percent(g.first_month),
             "months": g.months, "from": month_name(g.first_month)} for g in app.gaps(report.gap_months)]
    years = [{"label": str(year), "left": percent(year * 12)} for year in range(first_year, last_year + 1)]
    return {"rows": drawn, "gaps": gaps, "years": years, "undated": [p.title for p in app.undated]}


def usce_chart(report) -> dict[str, Any]:
    """USCE weeks by specialty, each bar split by experience type, scaled to the longest bar."""
    app = report.application
    by_specialty: dict[str, dict[str, float]] = {}
    for profile in app.usce:
        specialty = profile.specialty or "not stated"
        by_specialty.setdefault(specialty, {})
        by_specialty[specialty][profile.experience_type] = (
            by_specialty[specialty].get(profile.experience_type, 0) + (profile.weeks or 0))
    longest = max((sum(types.values()) for types in by_specialty.values()), default=0) or 1
    bars = []
    for specialty, types in sorted(by_specialty.items(), key=lambda item: (-sum(item[1].values()), item[0])):
        total = sum(types.values())
        segments, left = [], 0.0
        for kind in sorted(types, key=lambda k: TYPE_ORDER.index(k) if k in TYPE_ORDER else len(TYPE_ORDER)):
            width = 100 * types[kind] / longest
            segments.append({"type": kind, "left": round(left, 2), "width": round(width, 2), "weeks": types[kind]})
            left += width
        alignment = None
        if app.target:
            alignment = "same" if specialty == app.target else (
                "related" if app.data.related(specialty, app.target) else "other")
        bars.append({"specialty": specialty, "weeks": round_weeks(total), "segments": segments,
                     "alignment": alignment})
    present = sorted({s["type"] for bar in bars for s in bar["segments"]},
                     key=lambda k: TYPE_ORDER.index(k) if k in TYPE_ORDER else len(TYPE_ORDER))
    return {"bars": bars, "types": present}


def application_context(report, prefix: str = "", depth: int = 0) -> dict[str, Any]:
    """What report_application.html.j2 draws for one application; `prefix` keeps ids unique on a shared page."""
    rules = (report.ruleset or load_rules()).rules
    entries = []
    for number, item in enumerate(report.entries, start=1):
        profile = item.profile
        entries.append({
            "number": number,
            "anchor": f"entry-{number}",
            "data": report.entry_dict(item),
            "profile": profile,
            "pieces": highlight(_SOFT_WRAP.sub(" ", profile.entry.text), item.diagnostics, rules),
            "diagnostics": item.diagnostics,
            "scorecard": item.scorecard,
            "suggestion": item.suggestion,
            "dates": _dates(profile, report.application),
            "worst": max((d.severity for d in item.diagnostics), default=None),
        })
    summary = report.summary()
    return {"report": report, "summary": summary, "entries": entries, "timeline": timeline(report),
            "chart": usce_chart(report), "counts": summary["problems"], "cross_entry": report.cross_entry,
            "p": prefix, "d": depth}


def _page(apps: list[dict[str, Any]], title: str, generated: str, cohort=None, back: str | None = None) -> str:
    return _environment().get_template(TEMPLATE).render(
        apps=apps, page_title=title, generated=generated, cohort=cohort, back=back,
        Severity=Severity, month_label=month_label,
    )


def render(report) -> str:
    """The HTML page for one ApplicationReport."""
    return _page([application_context(report)], f"Application report: {', '.join(report.paths)}", report.generated)


def _slug(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "application"
    slug, number = base, 2
    while slug in taken or slug == "index":
        slug, number = f"{base}-{number}", number + 1
    taken.add(slug)
    return slug


def _cohort_table(cohort, hrefs: list[str]) -> dict[str, Any]:
    from erasl.report.cohort import COLUMNS

    return {"columns": COLUMNS, "rows": [{"cells": cohort.cells(row), "href": href}
                                         for row, href in zip(cohort.rows(), hrefs)]}


def render_page(cohort) -> str:
    """`--html`: one application's page, or one page for several: the cohort table as an index, then each."""
    if len(cohort.reports) == 1:
        return render(cohort.reports[0])
    taken: set[str] = set()
    prefixes = [_slug(report.name, taken) + "-" for report in cohort.reports]
    apps = [application_context(report, prefix, depth=1) for report, prefix in zip(cohort.reports, prefixes)]
    return _page(apps, f"Cohort report: {len(apps)} applications", cohort.generated,
                 cohort=_cohort_table(cohort, [f"#{prefix}top" for prefix in prefixes]))


def render_pages(cohort) -> dict[str, str]:
    """`--html-dir`: index.html (the cohort table) and one page per application, by file name."""
    taken: set[str] = set()
    names = [_slug(report.name, taken) + ".html" for report in cohort.reports]
    pages = {"index.html": _page([], f"Cohort report: {len(names)} applications", cohort.generated,
                                 cohort=_cohort_table(cohort, names))}
    for report, name in zip(cohort.reports, names):
        pages[name] = _page([application_context(report)], f"Application report: {report.name}", report.generated,
                            back="index.html")
    return pages


def _dates(profile, app) -> str:
    if profile.start is None:
        return ""
    if profile.ongoing:
        return f"{month_name(profile.start)} to present"
    last = profile.last_month(app.today)
    return month_name(profile.start) if last in (None, profile.start) else f"{month_name(profile.start)} to {month_name(last)}"
