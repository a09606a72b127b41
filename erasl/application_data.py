"""The data beside the rules in rules/application/: the USCE hierarchy and the specialties.

Read and validated once per rules folder. The words that find types, places and
specialties in a draft are in the lexicon (erasl/lexicon.py); this module keeps
what erasl knows about them: tiers, aliases, related fields, letter weeks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from erasl.registry import RuleFileError, read_data_file

if TYPE_CHECKING:
    from erasl.registry import RuleSet

DATA_FOLDER = "application"


@dataclass(frozen=True)
class Tier:
    """One level of the USCE hierarchy: `rank` 4 (very strong) down to 1 (weak)."""

    name: str
    label: str
    what: str
    rank: int
    types: tuple[str, ...]
    weeks: tuple[int, int]
    without_hands_on: str | None = None  # the tier an entry of this tier weighs as when it shows no hands-on work


@dataclass
class Specialty:
    name: str
    aliases: tuple[str, ...]
    related: set[str] = field(default_factory=set)
    words: tuple[str, ...] = ()  # how drafts name it (`a|b` alternatives per word)
    abbreviations: tuple[str, ...] = ()  # matched in text only as written: IM, OB/GYN


@dataclass
class ApplicationData:
    """rules/application/*.toml, validated and compiled once."""

    tiers: list[Tier]
    letter_min_weeks: int
    specialties: dict[str, Specialty]
    clinical_types: tuple[str, ...]

    def tier_for(self, experience_type: str | None) -> Tier | None:
        return next((tier for tier in self.tiers if experience_type in tier.types), None)

    def tier_named(self, name: str | None) -> Tier | None:
        return next((tier for tier in self.tiers if tier.name == name), None)

    def specialty_named(self, name: str | None) -> str | None:
        """The canonical specialty for a name or alias ('IM' -> 'internal medicine'), else None."""
        if not name:
            return None
        wanted = " ".join(name.lower().replace("-", " ").split())
        for specialty in self.specialties.values():
            forms = {specialty.name, *specialty.aliases}
            if wanted in {" ".join(form.lower().replace("-", " ").split()) for form in forms}:
                return specialty.name
        return None

    def related(self, first: str, second: str) -> bool:
        one, other = self.specialties.get(first), self.specialties.get(second)
        return bool((one and second in one.related) or (other and first in other.related))


def _table(data: dict, key: str, where: str) -> dict:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise RuleFileError(f"{where}: '{key}' must be a table")
    return value


def _strings(value, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise RuleFileError(f"{where} must be a list of strings")
    return value


def _check_keys(table: dict, known: set[str], where: str) -> None:
    unknown = sorted(set(table) - known)
    if unknown:
        raise RuleFileError(f"{where}: unknown key '{unknown[0]}' (known: {', '.join(sorted(known))})")


def _read(path: Path) -> dict:
    return read_data_file(path, "erasl report and the A, S201, T and U rules need it")


@lru_cache(maxsize=4)
def _load(directory: Path, experience_types: tuple[str, ...], clinical_types: tuple[str, ...]) -> ApplicationData:
    usce_path = directory / DATA_FOLDER / "usce.toml"
    usce = _read(usce_path)
    name = f"{DATA_FOLDER}/usce.toml"
    _check_keys(usce, {"tiers", "scorecard"}, name)
    tiers = []
    for rank, (tier_name, table) in enumerate(reversed(list(_table(usce, "tiers", name).items())), start=1):
        where = f"{name}: [tiers.{tier_name}]"
        _check_keys(table, {"label", "what", "types", "weeks", "without-hands-on"}, where)
        types = tuple(_strings(table.get("types", []), f"{where}: 'types'"))
        for kind in types:
            if kind not in clinical_types:
                raise RuleFileError(f"{where}: type {kind!r} is not a clinical type in kinds.toml "
                                    f"(clinical: {', '.join(clinical_types)})")
        weeks = table.get("weeks", [0, 0])
        if not (isinstance(weeks, list) and len(weeks) == 2 and all(isinstance(w, int) for w in weeks)):
            raise RuleFileError(f"{where}: 'weeks' must be [shortest, longest] typical weeks")
        tiers.append(Tier(tier_name, str(table.get("label", tier_name)), str(table.get("what", "")), rank, types,
                          (weeks[0], weeks[1]), table.get("without-hands-on")))
    tiers.reverse()  # strongest first; ranks were counted from the weakest
    for tier in tiers:
        if tier.without_hands_on is not None and tier.without_hands_on not in {t.name for t in tiers}:
            raise RuleFileError(f"{name}: [tiers.{tier.name}]: 'without-hands-on': unknown tier {tier.without_hands_on!r}")

    scorecard = _table(usce, "scorecard", name)
    _check_keys(scorecard, {"letter-min-weeks"}, f"{name}: [scorecard]")
    letter_min_weeks = scorecard.get("letter-min-weeks", 4)
    if not isinstance(letter_min_weeks, int) or isinstance(letter_min_weeks, bool):
        raise RuleFileError(f"{name}: [scorecard] 'letter-min-weeks' must be a whole number of weeks")

    specialties_path = directory / DATA_FOLDER / "specialties.toml"
    specialties_name = f"{DATA_FOLDER}/specialties.toml"
    raw = _read(specialties_path)
    _check_keys(raw, {"specialties"}, specialties_name)
    specialties: dict[str, Specialty] = {}
    for specialty_name, table in _table(raw, "specialties", specialties_name).items():
        where = f"{specialties_name}: [specialties.\"{specialty_name}\"]"
        _check_keys(table, {"words", "abbreviations", "aliases", "related"}, where)
        specialties[specialty_name] = Specialty(
            specialty_name, tuple(_strings(table.get("aliases", []), f"{where}: 'aliases'")),
            set(_strings(table.get("related", []), f"{where}: 'related'")),
            words=tuple(_strings(table.get("words", []), f"{where}: 'words'")),
            abbreviations=tuple(_strings(table.get("abbreviations", []), f"{where}: 'abbreviations'")),
        )
    for specialty in specialties.values():
        for other in specialty.related:
            if other not in specialties:
                raise RuleFileError(f"{specialties_name}: [specialties.\"{specialty.name}\"]: "
                                    f"'related': unknown specialty {other!r}")
    return ApplicationData(tiers=tiers, letter_min_weeks=letter_min_weeks, specialties=specialties,
                           clinical_types=clinical_types)


def load_application_data(ruleset: "RuleSet") -> ApplicationData:
    """The data beside the rules (rules/application/), read and validated once per rules folder."""
    return _load(Path(ruleset.directory), tuple(ruleset.experience_types), tuple(ruleset.clinical_types))


