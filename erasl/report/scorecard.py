"""The advisor's scorecard for a clinical entry: five criteria, 0-2 points each, read from its profile."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from erasl.application import Application
    from erasl.profile import EntryProfile


@dataclass
class Criterion:
    """One line of the scorecard: 0, 1 or 2 points (None when it cannot be judged), and why."""

    key: str
    label: str
    score: int | None
    reason: str


@dataclass
class Scorecard:
    criteria: list[Criterion]

    @property
    def total(self) -> int:
        return sum(c.score for c in self.criteria if c.score is not None)

    @property
    def maximum(self) -> int:
        return 2 * sum(1 for c in self.criteria if c.score is not None)


def _quoted(mention) -> str:
    return f'"{mention.text}"' if mention else ""


def score_entry(profile: "EntryProfile", application: "Application") -> Scorecard:
    """The five things an advisor weighs in a clinical entry, 0-2 points each."""
    return Scorecard([_teaching(profile), _hands_on(profile), _alignment(profile, application),
                      _letter(profile, application), _documentation(profile)])


def _teaching(profile) -> Criterion:
    teaching = profile.teaching[0] if profile.teaching else None
    setting = profile.settings[0] if profile.settings else None
    if teaching:
        return Criterion("teaching", "Teaching setting", 2, f"names a teaching setting: {_quoted(teaching)}")
    if setting:
        return Criterion("teaching", "Teaching setting", 1,
                         f"names a setting ({_quoted(setting)}) but no teaching service or residents")
    return Criterion("teaching", "Teaching setting", 0, "names no setting")


def _hands_on(profile) -> Criterion:
    hands_on = sorted({action.lemma for action in profile.hands_on})
    observer = sorted({action.lemma for action in profile.observer})
    if len(hands_on) >= 2 and len(profile.hands_on) > len(profile.observer):
        return Criterion("hands-on", "Hands-on work", 2, "hands-on verbs: " + ", ".join(hands_on[:5]))
    if hands_on:
        return Criterion("hands-on", "Hands-on work", 1,
                         f"some hands-on work ({', '.join(hands_on)}), but observing carries the entry"
                         if observer else f"one kind of hands-on work ({hands_on[0]})")
    if observer:
        return Criterion("hands-on", "Hands-on work", 0, "only observer verbs (" + ", ".join(observer) + ")")
    return Criterion("hands-on", "Hands-on work", 0, "no verb shows what you did")


def _alignment(profile, application) -> Criterion:
    alignment = application.alignment(profile)
    target = application.target
    if target is None:
        return Criterion("alignment", "Specialty alignment", None, "no target-specialty set")
    if alignment is None:
        return Criterion("alignment", "Specialty alignment", None, "the entry names no specialty")
    score = {"same": 2, "related": 1, "other": 0}[alignment]
    reason = {"same": f"{profile.specialty}, your target", "related": f"{profile.specialty}, related to {target}",
              "other": f"{profile.specialty}, not {target} or a related field"}[alignment]
    return Criterion("alignment", "Specialty alignment", score, reason)


def _letter(profile, application) -> Criterion:
    minimum = application.data.letter_min_weeks
    supervisor = profile.supervisors[0] if profile.supervisors else None
    long_enough = (profile.weeks or 0) >= minimum
    weak_tier = profile.tier is not None and profile.tier.rank <= 1
    if supervisor and long_enough and not weak_tier:
        return Criterion("letter", "Letter potential", 2, f"works with {_quoted(supervisor)} for {profile.weeks:.0f} weeks")
    if supervisor and long_enough:
        return Criterion("letter", "Letter potential", 1, f"a {profile.tier.label} tier: its letters carry little weight")
    if supervisor:
        return Criterion("letter", "Letter potential", 1,
                         f"works with {_quoted(supervisor)}, but under {minimum} weeks (or no duration) is short for a letter")
    if long_enough:
        return Criterion("letter", "Letter potential", 1, "long enough, but names no attending or supervisor")
    return Criterion("letter", "Letter potential", 0, "no supervisor named and no length stated")


def _documentation(profile) -> Criterion:
    present = {"dates": profile.start is not None and (profile.end is not None or bool(profile.ongoing)),
               "duration in the text": profile.weeks_from == "text", "numbers": bool(profile.counts)}
    missing = [name for name, ok in present.items() if not ok]
    score = {3: 2, 2: 1}.get(sum(present.values()), 0)
    return Criterion("documentation", "Documentation", score,
                     "dates, duration and numbers all stated" if not missing else "missing: " + ", ".join(missing))
