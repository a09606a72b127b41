"""What an advisor looks for in a whole application, and the next steps it leads to.

Everything here is computed from the drafts' profiles (erasl/profile.py) and the
report date; nothing is invented. When the drafts do not say (no dates, no target
specialty), the finding says so instead of guessing. The thresholds and their
sources are in rules/application/advice.toml.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from erasl.application import month_label
from erasl.registry import RuleFileError

if TYPE_CHECKING:
    from erasl.profile import EntryProfile
    from erasl.report import ApplicationReport

ADVICE_FILE = "application/advice.toml"
_SECTIONS = {
    "recency": {"recent-months": int, "suggest-weeks": int, "source": str},
    "letters": {"us-letters": int, "in-specialty": int, "source": str},
    "overlap": {"min-months": int, "full-time-types": list, "source": str},
    "statement": {"short-words": int, "typical-words": list, "source": str},
    "progression": {"source": str},
}


@lru_cache(maxsize=4)
def load_advice_data(directory: Path) -> dict[str, dict[str, Any]]:
    """rules/application/advice.toml, validated: every section and key known, every value typed."""
    path = directory / ADVICE_FILE
    if not path.is_file():
        raise RuleFileError(f"{path}: missing (erasl report needs it for what an advisor looks for)")
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise RuleFileError(f"{ADVICE_FILE}: not valid TOML: {error}") from None
    for section, table in data.items():
        if section not in _SECTIONS or not isinstance(table, dict):
            raise RuleFileError(f"{ADVICE_FILE}: unknown section [{section}] (known: {', '.join(_SECTIONS)})")
        for key, value in table.items():
            kind = _SECTIONS[section].get(key)
            if kind is None:
                raise RuleFileError(f"{ADVICE_FILE}: [{section}]: unknown key '{key}'")
            if not isinstance(value, kind) or isinstance(value, bool):
                raise RuleFileError(f"{ADVICE_FILE}: [{section}]: '{key}' must be a {kind.__name__}")
    missing = [section for section in _SECTIONS if section not in data]
    if missing:
        raise RuleFileError(f"{ADVICE_FILE}: missing section [{missing[0]}]")
    return data


@dataclass
class NextStep:
    """One thing to do, and the finding it answers."""

    key: str  # which finding: errors, recency, letters, gap, overlap, progression, statement, observer, undated, target
    finding: str
    step: str


@dataclass
class Advice:
    recency: dict[str, Any]
    letters: dict[str, Any]
    progression: dict[str, Any]
    overlaps: list[dict[str, Any]]
    statement: dict[str, Any] | None
    next_steps: list[NextStep] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"recency": self.recency, "letters": self.letters, "progression": self.progression,
                "overlaps": self.overlaps, "statement": self.statement,
                "next_steps": [{"key": s.key, "finding": s.finding, "step": s.step} for s in self.next_steps]}


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else plural or word + 's'}"


def _ended(profile: "EntryProfile | None", today: int) -> dict[str, Any] | None:
    """When an entry ended relative to the report month: months ago (0 while ongoing)."""
    if profile is None:
        return None
    last = profile.last_month(today)
    ongoing = bool(profile.ongoing) or (last is not None and last >= today)
    return {"title": profile.title, "ongoing": ongoing, "ended": None if ongoing else month_label(last),
            "months_ago": 0 if ongoing else today - last, "specialty": profile.specialty}


def _recency(report: "ApplicationReport", data: dict) -> dict[str, Any]:
    app = report.application
    in_target = [p for p in app.usce if app.alignment(p) == "same"]
    recent = data["recent-months"]
    latest, latest_target = _ended(app.most_recent(app.usce), app.today), _ended(app.most_recent(in_target), app.today)
    return {
        "report_month": month_label(app.today), "recent_months": recent, "source": data["source"],
        "most_recent_usce": latest, "most_recent_in_target": latest_target,
        "in_target_entries": len(in_target), "undated_in_target": sum(p.last_month(app.today) is None for p in in_target),
        "recent_in_target": latest_target is not None and latest_target["months_ago"] <= recent,
    }


def _letters(report: "ApplicationReport", data: dict) -> dict[str, Any]:
    app = report.application
    rows = []
    for profile in app.experiences:
        mention = (profile.letters or profile.supervisors or [None])[0]
        if mention is None:
            continue
        weak = profile.tier is not None and profile.tier.rank <= 1
        rows.append({"title": profile.title, "words": mention.text, "letter": bool(profile.letters),
                     "us": profile.us is True, "weak_tier": weak, "alignment": app.alignment(profile),
                     "counts": profile.us is True and not weak})
    strong = [row for row in rows if row["counts"]]
    in_target = [row for row in strong if row["alignment"] == "same"]
    return {
        "entries": rows, "us": len(strong), "in_target": len(in_target),
        "related": sum(row["alignment"] == "related" for row in strong),
        "bar": {"us": data["us-letters"], "in_target": data["in-specialty"]},
        "met": len(strong) >= data["us-letters"] and (app.target is None or len(in_target) >= data["in-specialty"]),
        "source": data["source"],
    }


def _progression(report: "ApplicationReport", data: dict) -> dict[str, Any]:
    app = report.application
    dated = sorted((p for p in app.usce if p.start is not None), key=lambda p: (p.start, p.last_month(app.today) or p.start))
    order = [{"title": p.title, "start": month_label(p.start), "tier": p.tier.label, "rank": p.tier.rank} for p in dated]
    result: dict[str, Any] = {"order": order, "source": data["source"]}
    if len(dated) < 2:
        result.update(state="unknown", summary="fewer than two dated US clinical experiences: nothing to compare")
        return result
    ranks = [p.tier.rank for p in dated]
    strongest = max(dated, key=lambda p: (p.tier.rank, p.start))
    latest = dated[-1]
    if latest.tier.rank >= max(ranks):
        rising = ranks[-1] > ranks[0]
        result.update(state="rising" if rising else "level",
                      summary=(f"responsibility grows: from {dated[0].tier.label} ({dated[0].title}) to "
                               f"{latest.tier.label} ({latest.title})") if rising else
                      f"every dated US clinical experience is at the same tier ({latest.tier.label})")
    else:
        result.update(state="falling", strongest=strongest.title, latest=latest.title,
                      summary=f"the most recent ({latest.title}, {latest.tier.label}) is weaker than an earlier one "
                              f"({strongest.title}, {strongest.tier.label})")
    return result


def _overlaps(report: "ApplicationReport", data: dict) -> list[dict[str, Any]]:
    app = report.application
    full_time = [p for p in app.clinical if p.experience_type in data["full-time-types"]
                 and p.start is not None and p.last_month(app.today) is not None]
    found = []
    for index, first in enumerate(full_time):
        for second in full_time[index + 1:]:
            start = max(first.start, second.start)
            end = min(first.last_month(app.today), second.last_month(app.today))
            if end - start + 1 >= data["min-months"]:
                found.append({"first": first.title, "second": second.title, "months": end - start + 1,
                              "from": month_label(start), "to": month_label(end)})
    return found


def _statement(report: "ApplicationReport", data: dict) -> dict[str, Any] | None:
    statements = [item.profile for item in report.entries if item.profile.kind == "personal-statement"]
    if not statements:
        return None
    words = sum(len(p.entry.text.split()) for p in statements)
    low, high = data["typical-words"][0], data["typical-words"][-1]
    return {"words": words, "short_below": data["short-words"], "typical": [low, high],
            "short": words < data["short-words"], "source": data["source"]}


def advise(report: "ApplicationReport") -> Advice:
    """The advisor's view of one application, and the next steps, each tied to what was found."""
    ruleset = report.ruleset
    from erasl.registry import rules_dir

    data = load_advice_data(Path(ruleset.directory) if ruleset is not None else rules_dir())
    advice = Advice(_recency(report, data["recency"]), _letters(report, data["letters"]),
                    _progression(report, data["progression"]), _overlaps(report, data["overlap"]),
                    _statement(report, data["statement"]))
    advice.next_steps = _next_steps(report, advice, data)
    return advice


def _next_steps(report: "ApplicationReport", advice: Advice, data: dict) -> list[NextStep]:
    app, target = report.application, report.application.target
    steps: list[NextStep] = []
    errors = [d for d in report.diagnostics if d.severity.word == "error"]
    if errors:
        steps.append(NextStep("errors", f"{_plural(len(errors), 'error')}, e.g. {errors[0].code}: {errors[0].message}",
                              "Fix these first: ERAS will not accept the application as it is "
                              "(`erasl check` shows each one in place)."))
    recency, weeks = advice.recency, data["recency"]["suggest-weeks"]
    if target is None:
        steps.append(NextStep("target", "no target specialty set, so alignment, recency in the specialty and letters "
                              "in it cannot be judged", "Set `target-specialty` in this application's erasl.toml."))
    elif recency["in_target_entries"] == 0:
        steps.append(NextStep("recency", f"no US clinical experience in {target}",
                              f"Book a {weeks}-week inpatient {target} rotation (a sub-internship or hands-on externship) "
                              "before or during application season."))
    elif not recency["recent_in_target"] and recency["most_recent_in_target"] is not None:
        latest = recency["most_recent_in_target"]
        steps.append(NextStep("recency", f"no US clinical experience in {target} in the last "
                              f"{recency['recent_months']} months: the most recent, {latest['title']}, ended "
                              f"{latest['ended']} ({latest['months_ago']} months before this report)",
                              f"Book a {weeks}-week inpatient {target} rotation before or during application season; "
                              "USCE booked after submission still counts for later review waves."))
    elif recency["most_recent_in_target"] is None:
        steps.append(NextStep("recency", f"your {target} US clinical experience has no dates",
                              "Add start and end dates (metadata or text) so a reader can see how recent it is."))
    letters = advice.letters
    if not letters["met"]:
        where = f", {letters['in_target']} in {target}" if target else ""
        finding = (f"{_plural(letters['us'], 'letter-capable US experience')}{where} (entries that name a supervising "
                   f"attending or a letter)" if letters["entries"] else
                   "no entry names a supervising attending or a letter of recommendation")
        aim = f"{letters['bar']['us']} strong US letters" + (
            f", at least {letters['bar']['in_target']} in {target}" if target else "")
        steps.append(NextStep("letters", finding,
                              f"Aim for {aim}: ask attendings you worked with directly, and name them (by role) in "
                              "the entries where they supervised you."))
    for gap in app.gaps(report.gap_months):
        steps.append(NextStep("gap", f"a {gap.months}-month gap with no clinical contact from "
                              f"{month_label(gap.first_month)}, after {gap.before.title}",
                              "Explain it (research, exams, family) in an entry or the statement, or fill it with "
                              "clinical work; abroad, a relevant clinical role counts."))
    for overlap in advice.overlaps:
        steps.append(NextStep("overlap", f"{overlap['first']} and {overlap['second']} overlap for "
                              f"{overlap['months']} months ({overlap['from']} to {overlap['to']}), both full-time "
                              "clinical roles", "Check both entries' dates; if both are right, say which one was "
                              "part-time and how many hours a week."))
    if advice.progression["state"] == "falling":
        steps.append(NextStep("progression", advice.progression["summary"],
                              "Make the later role show more responsibility (what you did, with numbers), or plan "
                              "the next rotation one step up the hierarchy."))
    # weighed below their type's tier (an observership with no hands-on work: U101)
    downgraded = [p for p in app.usce if p.experience_type not in p.tier.types]
    if downgraded:
        steps.append(NextStep("observer", f"{_plural(len(downgraded), 'observership')} described only by watching "
                              f"({', '.join(p.title for p in downgraded)}), so weighed as shadowing",
                              "Name what you did there: histories taken, patients presented, notes written, with numbers."))
    statement = advice.statement
    if statement is not None and statement["short"]:
        low, high = statement["typical"]
        steps.append(NextStep("statement", f"the personal statement is {statement['words']} words; a typical one-page "
                              f"statement is {low}-{high}", "Develop it around a specific case from your US clinical "
                              "experience and what it showed about you as a future resident."))
    undated = app.undated
    if undated:
        steps.append(NextStep("undated", f"{_plural(len(undated), 'experience has', 'experiences have')} no dates "
                              f"({', '.join(p.title for p in undated[:3])}{'...' if len(undated) > 3 else ''})",
                              "Add start and end dates, in metadata or the text, so recency, gaps and weeks count them."))
    return steps
