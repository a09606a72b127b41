"""The application as a whole: every entry's profile, reflections linked, clinical experience timed.

Single-entry rules cannot see an application; this model can. It reads each
entry's profile (erasl/profile.py), made once by the linter from the parse and
kept in the cache, so the cross-entry rules and the report need no parse of their
own and a fully cached `erasl check` never imports spaCy.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Iterable

from erasl.application_data import ApplicationData, Tier, load_application_data  # noqa: F401 (re-exported)
from erasl.duplicates import normalized_words as _normalized_words  # noqa: F401 (checks/reflection.py reads it)
from erasl.profile import EntryProfile, month_index

if TYPE_CHECKING:
    from erasl.config import Settings
    from erasl.document import Entry
    from erasl.registry import RuleSet

EXPERIENCE, REFLECTION, STATEMENT = "experience", "meaningful", "personal-statement"
_LEAD_SENTENCE = re.compile(r"\S.*?(?:[.!?](?=\s|$)|\n|$)", re.DOTALL)


def month_label(month: int | None) -> str:
    """24305 -> '2025-06', the way ERAS and the metadata write it."""
    if month is None:
        return "?"
    return f"{month // 12}-{month % 12 + 1:02d}"


def lead_span(text: str) -> tuple[int, int]:
    """The first sentence (or line) of a text: where an entry-wide finding points, without a parse."""
    match = _LEAD_SENTENCE.search(text)
    if not match:
        return 0, len(text)
    return match.start(), match.start() + len(match.group(0).rstrip())


@dataclass
class Gap:
    """A stretch with no clinical activity between two clinical entries."""

    before: EntryProfile
    after: EntryProfile
    first_month: int
    months: int


@dataclass
class Duplicate:
    first: EntryProfile
    second: EntryProfile
    similarity: float


class Application:
    """Every entry of one run, profiled, with the cross-entry facts the report and the A rules read."""

    signature_store = None  # where near-duplicate signatures are kept between runs (a ResultCache), if anywhere

    def __init__(self, profiles: list[EntryProfile], data: ApplicationData, target: str | None,
                 target_known: bool, today: int):
        self.profiles = profiles
        self.data = data
        self.target = target
        self.target_known = target_known
        self.today = today
        self._by_title: dict[str, EntryProfile] = {}
        for profile in self.experiences:
            if profile.entry.title:
                self._by_title.setdefault(_title_key(profile.entry.title), profile)

    @classmethod
    def build(cls, entries: Iterable["Entry"], ruleset: "RuleSet", settings: "Settings",
              today: date | None = None) -> "Application":
        data = load_application_data(ruleset)
        month = month_index(today or date.today())
        profiles = []
        for entry in entries:
            if entry.profile is None:
                raise ValueError(f"{entry.path}: entry {entry.index} was not read (lint it before building the application)")
            profiles.append(entry.profile)
        target = settings.target_specialty
        known = data.specialty_named(target)
        return cls(profiles, data, known or (target.strip().lower() if target else None), known is not None, month)

    # structure
    @property
    def experiences(self) -> list[EntryProfile]:
        return [p for p in self.profiles if p.kind == EXPERIENCE]

    @property
    def reflections(self) -> list[EntryProfile]:
        return [p for p in self.profiles if p.kind == REFLECTION]

    def reflection_names(self, reflection: EntryProfile) -> str | None:
        """What a reflection says it belongs to: its `experience:` metadata, else its own title."""
        return reflection.entry.metadata.get("experience") or reflection.entry.title

    def linked_experience(self, reflection: EntryProfile) -> EntryProfile | None:
        """The experience a reflection belongs to: the one whose title it names (case and spacing ignored)."""
        name = self.reflection_names(reflection)
        return self._by_title.get(_title_key(name)) if name else None

    def reflection_for(self, experience: EntryProfile) -> EntryProfile | None:
        return next((r for r in self.reflections if self.linked_experience(r) is experience), None)

    # specialty
    def alignment(self, profile: EntryProfile) -> str | None:
        """'same', 'related' or 'other' against the target specialty; None when either is unknown."""
        if not self.target or not profile.specialty:
            return None
        if profile.specialty == self.target:
            return "same"
        return "related" if self.data.related(profile.specialty, self.target) else "other"

    # time
    @property
    def clinical(self) -> list[EntryProfile]:
        return [p for p in self.experiences if p.clinical]

    @property
    def usce(self) -> list[EntryProfile]:
        return [p for p in self.experiences if p.usce]

    @property
    def undated(self) -> list[EntryProfile]:
        return [p for p in self.experiences if p.start is None]

    def gaps(self, min_months: int = 6) -> list[Gap]:
        """Stretches longer than `min_months` with no clinical activity, between dated clinical entries."""
        dated = sorted((p for p in self.clinical if p.start is not None and p.last_month(self.today) is not None),
                       key=lambda p: (p.start, p.last_month(self.today)))
        gaps = []
        covered_until, last = None, None
        for profile in dated:
            if covered_until is not None and profile.start - covered_until - 1 > min_months:
                gaps.append(Gap(last, profile, covered_until + 1, profile.start - covered_until - 1))
            end = profile.last_month(self.today)
            if covered_until is None or end > covered_until:
                covered_until, last = end, profile
        return gaps

    def most_recent(self, profiles: list[EntryProfile]) -> EntryProfile | None:
        dated = [p for p in profiles if p.last_month(self.today) is not None]
        return max(dated, key=lambda p: (p.last_month(self.today), p.start or 0), default=None)

    def weeks_by(self, key: str) -> dict[str, float]:
        """USCE weeks by 'type' or 'specialty', largest first (undated, unmeasured entries count 0)."""
        totals: dict[str, float] = defaultdict(float)
        for profile in self.usce:
            label = profile.experience_type if key == "type" else (profile.specialty or "not stated")
            totals[label or "not stated"] += profile.weeks or 0
        return dict(sorted(totals.items(), key=lambda item: (-item[1], item[0])))

    @property
    def usce_weeks(self) -> float:
        return sum(p.weeks or 0 for p in self.usce)

    def aligned_weeks(self) -> tuple[float, float]:
        """(weeks in the target itself, weeks in related fields) of USCE."""
        same = sum(p.weeks or 0 for p in self.usce if self.alignment(p) == "same")
        related = sum(p.weeks or 0 for p in self.usce if self.alignment(p) == "related")
        return same, related

    # repetition
    def duplicates(self, min_similarity: float = 0.7, min_words: int = 20, shingle: int = 3) -> list[Duplicate]:
        """Entries of one kind whose wording mostly repeats an earlier one (copy-pasted rotations).

        Each later entry is paired once, with the earlier entry it is most like; see erasl/duplicates.py.
        """
        from erasl.duplicates import near_duplicates, signature_for

        groups: dict[str, list] = {EXPERIENCE: [], REFLECTION: []}
        for index, profile in enumerate(self.profiles):
            if profile.kind in groups:
                entry = profile.entry
                signature = signature_for(entry.prose, shingle, self.signature_store, entry.derived)
                groups[profile.kind].append((index, signature))
        return [Duplicate(self.profiles[first], self.profiles[second], similarity)
                for first, second, similarity in near_duplicates(groups.values(), min_similarity, min_words)]


def _title_key(title: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", title.lower()).split())
