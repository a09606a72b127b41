"""`erasl report`: the whole application at a glance, built on one lint run.

`build_report` takes the linter's `Report` made with `keep_parses=True`, so the
scorecards read the same spaCy parses the rules did (no second parse), and the
cross-entry facts come from the same `Application` the A rules use. Each output
format is one module: `text` (terminal), `json_format`, `html` (one
self-contained page from rules/templates/report.html.j2).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from erasl.application import Application, month_label
from erasl.diagnostics import Diagnostic, Severity
from erasl.profile import EntryProfile
from erasl.report.scorecard import Scorecard, score_entry

SCHEMA_VERSION = 1


@dataclass
class EntryReport:
    """One entry as the report shows it: its profile, scorecard, problems and suggestion."""

    profile: EntryProfile
    diagnostics: list[Diagnostic]
    scorecard: Scorecard | None = None
    limit: int | None = None
    suggestion: str | None = None

    @property
    def entry(self):
        return self.profile.entry


@dataclass
class ApplicationReport:
    """Everything `erasl report` prints, in every format."""

    paths: list[str]
    application: Application
    entries: list[EntryReport]
    diagnostics: list[Diagnostic]
    errors: list[Any] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    max_experiences: int = 10
    max_meaningful: int = 3
    gap_months: int = 6
    duplicate_options: dict[str, Any] = field(default_factory=dict)
    ruleset: Any = None
    generated: str = ""
    name: str = ""  # the applicant's folder, in a cohort
    _advice: Any = field(default=None, repr=False)

    # --- the numbers a reader looks for first ---------------------------------------

    def counts(self) -> dict[str, int]:
        return {word: sum(d.severity == severity for d in self.diagnostics)
                for word, severity in (("errors", Severity.ERROR), ("warnings", Severity.WARNING),
                                       ("notes", Severity.NOTE))}

    @property
    def cross_entry(self) -> list[Diagnostic]:
        """Findings of rules whose table says `report = "application"` (the cross-entry rules)."""
        rules = self.ruleset.rules if self.ruleset is not None else {}
        return [d for d in self.diagnostics if d.code in rules and rules[d.code].report == "application"]

    def summary(self) -> dict[str, Any]:
        """The application-level facts, as the JSON format and the templates read them."""
        app = self.application
        same, related = app.aligned_weeks()
        total = app.usce_weeks
        reflections = app.reflections
        statements = [e for e in self.entries if e.profile.kind == "personal-statement"]
        recent_clinical = app.most_recent(app.clinical)
        recent_usce = app.most_recent(app.usce)
        return {
            "target_specialty": app.target,
            "target_known": app.target_known,
            "experiences": {"count": len(app.experiences), "max": self.max_experiences},
            "meaningful": {
                "count": len(reflections), "max": self.max_meaningful,
                "linked": sum(app.linked_experience(r) is not None for r in reflections),
            },
            "personal_statement": {
                "count": len(statements),
                "characters": sum(len(e.entry.text) for e in statements),
                "limit": statements[0].limit if statements else None,
            },
            "usce": {
                "entries": len(app.usce),
                "weeks": round_weeks(total),
                "aligned_weeks": round_weeks(same + related) if app.target else None,
                "target_weeks": round_weeks(same) if app.target else None,
                "related_weeks": round_weeks(related) if app.target else None,
                "aligned_share": round((same + related) / total, 2) if app.target and total else None,
                "by_type": {k: round_weeks(v) for k, v in app.weeks_by("type").items()},
                "by_specialty": {k: round_weeks(v) for k, v in app.weeks_by("specialty").items()},
                "by_tier": self.weeks_by_tier(),
            },
            "most_recent_clinical": _when(recent_clinical, app),
            "most_recent_usce": _when(recent_usce, app),
            "gaps": [
                {"from": month_label(g.first_month), "months": g.months, "before": g.before.title, "after": g.after.title}
                for g in app.gaps(self.gap_months)
            ],
            "duplicates": [
                {"first": d.first.title, "second": d.second.title, "similarity": round(d.similarity, 2)}
                for d in app.duplicates(**self.duplicate_options)
            ],
            "undated": [p.title for p in app.undated],
            "problems": self.counts(),
            "advisor": {key: value for key, value in self.advice.to_dict().items() if key != "next_steps"},
            "next_steps": self.advice.to_dict()["next_steps"],
        }

    @property
    def advice(self):
        """What an advisor looks for, and the next steps (erasl/report/advice.py), computed once."""
        if self._advice is None:
            from erasl.report.advice import advise

            self._advice = advise(self)
        return self._advice

    def cohort_row(self) -> dict[str, Any]:
        """One line of the cohort table: what an advisor compares across applicants."""
        app, advice = self.application, self.advice
        same, related = app.aligned_weeks()
        strongest = max((p.tier for p in app.usce), key=lambda tier: tier.rank, default=None)
        counts = self.counts()
        return {
            "name": self.name, "paths": self.paths, "target_specialty": app.target,
            "experiences": len(app.experiences), "max_experiences": self.max_experiences,
            "aligned_usce_weeks": round_weeks(same + related) if app.target else None,
            "usce_weeks": round_weeks(app.usce_weeks),
            "strongest_tier": strongest.label if strongest else None,
            "most_recent_usce": advice.recency["most_recent_usce"],
            "letters": {"us": advice.letters["us"], "in_target": advice.letters["in_target"],
                        "met": advice.letters["met"]},
            "errors": counts["errors"], "warnings": counts["warnings"],
            "next_steps": len(advice.next_steps),
        }

    def weeks_by_tier(self) -> dict[str, float]:
        app = self.application
        return {tier.label: round_weeks(sum(p.weeks or 0 for p in app.usce if p.tier is tier)) for tier in app.data.tiers}

    def to_dict(self) -> dict[str, Any]:
        from erasl.output.json_format import diagnostic_record

        return {
            "version": SCHEMA_VERSION,
            "paths": self.paths,
            "generated": self.generated,
            "application": self.summary(),
            "entries": [self.entry_dict(item) for item in self.entries],
            "diagnostics": [diagnostic_record(d) for d in self.diagnostics],
            "errors": [{"path": e.path, "message": e.message} for e in self.errors],
        }

    def entry_dict(self, item: EntryReport) -> dict[str, Any]:
        from erasl.output.json_format import diagnostic_record

        profile, app = item.profile, self.application
        linked = app.linked_experience(profile) if profile.kind == "meaningful" else None
        reflection = app.reflection_for(profile) if profile.kind == "experience" else None
        return {
            "path": profile.entry.path,
            "entry": profile.entry.index,
            "title": profile.title,
            "kind": profile.kind,
            "type": profile.experience_type,
            "type_from": profile.type_from or None,
            "specialty": profile.specialty,
            "alignment": app.alignment(profile),
            "start": month_label(profile.start) if profile.start is not None else None,
            "end": "present" if profile.ongoing else (month_label(profile.end) if profile.end is not None else None),
            "ongoing": profile.ongoing,
            "weeks": round_weeks(profile.weeks) if profile.weeks is not None else None,
            "us": profile.us,
            "clinical": profile.clinical,
            "tier": {"name": profile.tier.name, "label": profile.tier.label, "rank": profile.tier.rank}
            if profile.tier else None,
            "characters": len(profile.entry.text),
            "limit": item.limit,
            "experience": linked.title if linked else None,
            "reflection": reflection.title if reflection else None,
            "scorecard": None if item.scorecard is None else {
                "total": item.scorecard.total, "maximum": item.scorecard.maximum,
                "criteria": [{"key": c.key, "label": c.label, "score": c.score, "reason": c.reason}
                             for c in item.scorecard.criteria],
            },
            "suggestion": item.suggestion,
            "diagnostics": [diagnostic_record(d) for d in item.diagnostics],
        }


def round_weeks(weeks: float) -> float:
    """Weeks to the nearest half: 4.35 -> 4.5, 26.0 -> 26 (as an int when whole)."""
    value = round(weeks * 2) / 2
    return int(value) if value == int(value) else value


def _when(profile: EntryProfile | None, app: Application) -> dict[str, Any] | None:
    if profile is None:
        return None
    return {"title": profile.title, "ongoing": bool(profile.ongoing),
            "ended": None if profile.ongoing else month_label(profile.last_month(app.today))}


def build_report(lint_report, linter, paths: list[str], today: date | None = None,
                 suggestions: bool = True) -> ApplicationReport:
    """The application report from a lint run made with `keep_parses=True` (one parse for everything)."""
    settings, ruleset = linter.settings, linter.ruleset
    entries = [entry for document in lint_report.documents for entry in document.entries]
    application = Application.build(entries, ruleset, settings, today)
    by_entry: dict[tuple[str, int], list[Diagnostic]] = {}
    for diagnostic in lint_report.diagnostics:
        by_entry.setdefault((diagnostic.path, diagnostic.entry), []).append(diagnostic)
    skeletons = _suggestions(lint_report, linter) if suggestions else {}
    items = []
    for profile in application.profiles:
        key = (profile.entry.path, profile.entry.index)
        scorecard = score_entry(profile, application) if profile.clinical and profile.kind == "experience" else None
        items.append(EntryReport(
            profile, sorted(by_entry.get(key, []), key=Diagnostic.sort_key), scorecard,
            settings.limit_for(profile.kind, ruleset), skeletons.get(key),
        ))
    duplicate = _options(ruleset, settings, "near-duplicate")
    notes = list(lint_report.notes)
    if settings.target_specialty and not application.target_known:
        known = ", ".join(sorted(application.data.specialties))
        notes.append(f"target-specialty {settings.target_specialty!r} is not a specialty erasl knows, so only entries "
                     f"that name it exactly count as aligned (known: {known})")
    return ApplicationReport(
        paths=list(paths), application=application, entries=items, diagnostics=list(lint_report.diagnostics),
        errors=list(lint_report.errors), notes=notes,
        max_experiences=_options(ruleset, settings, "entry-count", kind="experience").get("max", 10),
        max_meaningful=_options(ruleset, settings, "entry-count", kind="meaningful").get("max", 3),
        gap_months=_options(ruleset, settings, "clinical-gap").get("months", 6),
        duplicate_options={key.replace("-", "_"): duplicate[key] for key in ("min-similarity", "min-words", "shingle")
                           if key in duplicate},
        generated=(today or date.today()).isoformat(), ruleset=ruleset,
    )


def build_reports(lint_report, paths: list[str], today: date | None = None,
                  suggestions: bool = True) -> list[ApplicationReport]:
    """One report per application in the run (erasl/discovery.py decides them), each with its own settings.

    Nothing is added up across two applications: each report reads only its own drafts and findings.
    A run of one application gives one report with the run's notes and errors, as before.
    """
    from erasl.engine import Report

    groups = lint_report.applications
    if len(groups) <= 1:
        linter = groups[0].linter if groups else None
        report = build_report(lint_report, linter, paths, today, suggestions)
        report.name = groups[0].name if groups else ""
        return [report]
    reports = []
    for group in groups:
        mine = {document.source.path for document in group.documents}
        part = Report(diagnostics=[d for d in lint_report.diagnostics if d.path in mine],
                      documents=group.documents, parses=lint_report.parses)
        report = build_report(part, group.linter, [group.label or "(files named one by one)"], today, suggestions)
        report.name = group.name
        reports.append(report)
    return reports


def _options(ruleset, settings, check: str, kind: str | None = None) -> dict[str, Any]:
    """The options (config overrides included) of the rule that checks what a summary line counts
    (the entry-count rule for `kind`, the gap rule), so the report shows the limits the rules apply."""
    for code, rule in sorted(ruleset.rules.items()):
        if rule.check == check and (kind is None or rule.options.get("kind") == kind):
            return {**rule.options, **settings.rule_options.get(code, {})}
    return {}


def _suggestions(lint_report, linter) -> dict[tuple[str, int], str]:
    """Rewrite skeletons (erasl/rewrite.py) for entries with warnings, from the same parses."""
    from erasl.rewrite import suggestions_for

    worth = {(d.path, d.entry) for d in lint_report.diagnostics if d.severity >= Severity.WARNING}
    found = {}
    for suggestion in suggestions_for(lint_report, linter):
        key = (suggestion.path, suggestion.entry)
        if key in worth and suggestion.template and suggestion.text:
            found[key] = suggestion.text
    return found
