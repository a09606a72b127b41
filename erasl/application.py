"""The application as a whole: every entry profiled, reflections linked, clinical experience timed.

Single-entry rules cannot see an application; this module can. It profiles each
entry (type, specialty, dates, weeks, US or not) from its metadata and text
with plain word cues, so the cross-entry rules run without spaCy (and a fully
cached `erasl check` stays fast). The parts that read verbs (hands-on work,
tense) take the spaCy Doc the linter already made in its one `nlp.pipe`.
Everything it knows about clinical experience and specialties is data in
rules/application/ (usce.toml, specialties.toml).
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from erasl.document import PRESENT, read_month
from erasl.registry import RuleFileError

if TYPE_CHECKING:
    from erasl.config import Settings
    from erasl.document import Entry
    from erasl.registry import RuleSet

DATA_FOLDER = "application"
WEEKS_PER_MONTH = 4.35
EXPERIENCE, REFLECTION, STATEMENT = "experience", "meaningful", "personal-statement"


def month_index(day: date) -> int:
    """A calendar date as the month number `read_month` uses (year * 12 + month - 1)."""
    return day.year * 12 + day.month - 1


def month_label(month: int | None) -> str:
    """24305 -> '2025-06', the way ERAS and the metadata write it."""
    if month is None:
        return "?"
    return f"{month // 12}-{month % 12 + 1:02d}"


# --- cue lists -----------------------------------------------------------------

_WORD_START = re.compile(r"(?<![\w-])\w+")

class Cues:
    """Labelled phrase lists compiled to one case-insensitive whole-word regex.

    A phrase is words separated by spaces; `a|b` gives alternatives for one word;
    a space or hyphen in a phrase matches either. Longer phrases win where two
    start at the same place ("internal medicine" over "medicine").
    """

    def __init__(self, phrases_by_label: dict[str, list[str]]):
        alternatives = []
        self.first_words: set[str] | None = set()  # None: some phrase starts with a non-word character
        for label, phrases in phrases_by_label.items():
            for phrase in phrases:
                for option in (phrase.split() or [""])[0].split("|"):
                    first = re.match(r"\w+", option)
                    if first and self.first_words is not None:
                        self.first_words.add(first.group(0).lower())
                    elif option:
                        self.first_words = None
                slots = []
                for word in phrase.split():
                    options = [re.escape(option).replace(r"\-", r"[\s-]") for option in word.split("|") if option]
                    slots.append("(?:" + "|".join(sorted(options, key=len, reverse=True)) + ")")
                if slots:
                    alternatives.append((label, r"[\s-]+".join(slots)))
        alternatives.sort(key=lambda item: len(item[1]), reverse=True)
        self.labels = [label for label, _ in alternatives]
        body = "|".join(f"(?P<c{index}>{pattern})" for index, (_, pattern) in enumerate(alternatives))
        self.pattern = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE) if alternatives else None

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, label) of every match, left to right, without overlaps."""
        if self.pattern is None or not text:
            return []
        if self.first_words is None:
            return [(m.start(), m.end(), self.labels[int(m.lastgroup[1:])]) for m in self.pattern.finditer(text)]
        # Try the big alternation only where a phrase's first word stands: much faster than
        # letting the regex try every alternative at every character.
        found, position = [], 0
        for word in _WORD_START.finditer(text):
            if word.start() < position or word.group(0).lower() not in self.first_words:
                continue
            match = self.pattern.match(text, word.start())
            if match:
                found.append((match.start(), match.end(), self.labels[int(match.lastgroup[1:])]))
                position = match.end()
        return found

    def first(self, text: str) -> tuple[int, int, str] | None:
        found = self.find(text)
        return found[0] if found else None

    def __bool__(self) -> bool:
        return self.pattern is not None


# --- the data in rules/application/ ---------------------------------------------

@dataclass(frozen=True)
class Tier:
    """One level of the USCE hierarchy: `rank` 4 (very strong) down to 1 (weak)."""

    name: str
    label: str
    what: str
    rank: int
    types: tuple[str, ...]
    weeks: tuple[int, int]


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
    type_cues: Cues
    activity_types: tuple[str, ...]
    activity_cues: Cues
    non_us_cues: Cues
    teaching_cues: Cues
    setting_cues: Cues
    letter_cues: Cues
    hands_on_verbs: frozenset[str]
    observer_verbs: frozenset[str]
    letter_min_weeks: int
    specialties: dict[str, Specialty]
    specialty_cues: Cues
    clinical_types: tuple[str, ...]

    def tier_for(self, experience_type: str | None) -> Tier | None:
        return next((tier for tier in self.tiers if experience_type in tier.types), None)

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
    if not path.is_file():
        raise RuleFileError(f"{path}: missing (erasl report and the A, S201, T and U rules need it)")
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise RuleFileError(f"{path}: not valid TOML: {error}") from None


@lru_cache(maxsize=4)
def _load(directory: Path, experience_types: tuple[str, ...], clinical_types: tuple[str, ...]) -> ApplicationData:
    usce_path = directory / DATA_FOLDER / "usce.toml"
    usce = _read(usce_path)
    name = f"{DATA_FOLDER}/usce.toml"
    _check_keys(usce, {"tiers", "type-cues", "clinical-activity", "location", "scorecard"}, name)
    tiers = []
    for rank, (tier_name, table) in enumerate(reversed(list(_table(usce, "tiers", name).items())), start=1):
        where = f"{name}: [tiers.{tier_name}]"
        _check_keys(table, {"label", "what", "types", "weeks"}, where)
        types = tuple(_strings(table.get("types", []), f"{where}: 'types'"))
        for kind in types:
            if kind not in clinical_types:
                raise RuleFileError(f"{where}: type {kind!r} is not a clinical type in kinds.toml "
                                    f"(clinical: {', '.join(clinical_types)})")
        weeks = table.get("weeks", [0, 0])
        if not (isinstance(weeks, list) and len(weeks) == 2 and all(isinstance(w, int) for w in weeks)):
            raise RuleFileError(f"{where}: 'weeks' must be [shortest, longest] typical weeks")
        tiers.append(Tier(tier_name, str(table.get("label", tier_name)), str(table.get("what", "")), rank, types,
                          (weeks[0], weeks[1])))
    tiers.reverse()  # strongest first; ranks were counted from the weakest

    type_cues = _table(usce, "type-cues", name)
    for kind, phrases in type_cues.items():
        if kind not in experience_types:
            raise RuleFileError(f"{name}: [type-cues]: unknown type {kind!r} (known: {', '.join(experience_types)})")
        _strings(phrases, f"{name}: [type-cues] {kind}")
    activity = _table(usce, "clinical-activity", name)
    _check_keys(activity, {"types", "cues"}, f"{name}: [clinical-activity]")
    location = _table(usce, "location", name)
    _check_keys(location, {"non-us-cues"}, f"{name}: [location]")
    scorecard = _table(usce, "scorecard", name)
    scorecard_keys = {"teaching-cues", "setting-cues", "hands-on-verbs", "observer-verbs", "letter-cues", "letter-min-weeks"}
    _check_keys(scorecard, scorecard_keys, f"{name}: [scorecard]")
    lists = {key: _strings(scorecard.get(key, []), f"{name}: [scorecard] '{key}'") for key in scorecard_keys - {"letter-min-weeks"}}
    letter_min_weeks = scorecard.get("letter-min-weeks", 4)
    if not isinstance(letter_min_weeks, int) or isinstance(letter_min_weeks, bool):
        raise RuleFileError(f"{name}: [scorecard] 'letter-min-weeks' must be a whole number of weeks")

    specialties_path = directory / DATA_FOLDER / "specialties.toml"
    specialties_name = f"{DATA_FOLDER}/specialties.toml"
    raw = _read(specialties_path)
    _check_keys(raw, {"specialties"}, specialties_name)
    specialties: dict[str, Specialty] = {}
    words: dict[str, list[str]] = {}
    for specialty_name, table in _table(raw, "specialties", specialties_name).items():
        where = f"{specialties_name}: [specialties.\"{specialty_name}\"]"
        _check_keys(table, {"words", "abbreviations", "aliases", "related"}, where)
        words[specialty_name] = _strings(table.get("words", []), f"{where}: 'words'")
        specialties[specialty_name] = Specialty(
            specialty_name, tuple(_strings(table.get("aliases", []), f"{where}: 'aliases'")),
            set(_strings(table.get("related", []), f"{where}: 'related'")),
            words=tuple(words[specialty_name]),
            abbreviations=tuple(_strings(table.get("abbreviations", []), f"{where}: 'abbreviations'")),
        )
    for specialty in specialties.values():
        for other in specialty.related:
            if other not in specialties:
                raise RuleFileError(f"{specialties_name}: [specialties.\"{specialty.name}\"]: "
                                    f"'related': unknown specialty {other!r}")
    return ApplicationData(
        tiers=tiers,
        type_cues=Cues(type_cues),
        activity_types=tuple(_strings(activity.get("types", []), f"{name}: [clinical-activity] 'types'")),
        activity_cues=Cues({"clinical": _strings(activity.get("cues", []), f"{name}: [clinical-activity] 'cues'")}),
        non_us_cues=Cues({"non-us": _strings(location.get("non-us-cues", []), f"{name}: [location] 'non-us-cues'")}),
        teaching_cues=Cues({"teaching": lists["teaching-cues"]}),
        setting_cues=Cues({"setting": lists["setting-cues"]}),
        letter_cues=Cues({"letter": lists["letter-cues"]}),
        hands_on_verbs=frozenset(lists["hands-on-verbs"]),
        observer_verbs=frozenset(lists["observer-verbs"]),
        letter_min_weeks=letter_min_weeks,
        specialties=specialties,
        specialty_cues=Cues(words),
        clinical_types=clinical_types,
    )


def load_application_data(ruleset: "RuleSet") -> ApplicationData:
    """The data beside the rules (rules/application/), read and validated once per rules folder."""
    return _load(Path(ruleset.directory), tuple(ruleset.experience_types), tuple(ruleset.clinical_types))


# --- one entry -------------------------------------------------------------------

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "sixteen": 16, "eighteen": 18, "twenty": 20,
    "twenty-four": 24, "thirty": 30,
}
_NUMBER = r"(?:\d+(?:\.\d+)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
_DURATION = re.compile(rf"(?<![\w-])({_NUMBER})(?:\s*[-–]\s*{_NUMBER})?[\s-]+(week|month|year)s?(?![\w])", re.IGNORECASE)
_UNIT_WEEKS = {"week": 1.0, "month": WEEKS_PER_MONTH, "year": 52.0}
# "currently" is left out: "the manuscript is currently under review" says nothing about the entry.
_ONGOING = re.compile(r"(?<![\w-])(?:ongoing|to present|[-–] present|to date|since (?:(?:19|20)\d\d|[A-Z][a-z]+ (?:19|20)\d\d))(?![\w-])",
                      re.IGNORECASE)
_COUNT = re.compile(rf"(?<![\w-])(?:\d+(?:[.,]\d+)?%?|{'|'.join(_NUMBER_WORDS)})(?![\w])", re.IGNORECASE)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_LEAD_SENTENCE = re.compile(r"\S.*?(?:[.!?](?=\s|$)|\n|$)", re.DOTALL)


def text_weeks(text: str) -> tuple[float, tuple[int, int]] | None:
    """The first stated duration ('4-week', 'two months', '4-6 weeks') in weeks, with its span."""
    match = _DURATION.search(text)
    if not match:
        return None
    number = match.group(1).lower()
    value = float(number) if number[0].isdigit() else float(_NUMBER_WORDS[number])
    return value * _UNIT_WEEKS[match.group(2).lower()], match.span()


def has_count(text: str) -> bool:
    """A concrete number (a bare year is a date, not a count)."""
    return any(not _YEAR.match(match.group(0)) for match in _COUNT.finditer(text))


def lead_span(text: str) -> tuple[int, int]:
    """The first sentence (or line) of a text: where an entry-wide finding points, without a parse."""
    match = _LEAD_SENTENCE.search(text)
    if not match:
        return 0, len(text)
    return match.start(), match.start() + len(match.group(0).rstrip())


@dataclass
class EntryProfile:
    """What erasl can tell about one entry without reading its grammar."""

    entry: "Entry"
    experience_type: str | None = None
    type_from: str = ""  # metadata | title | text
    specialty: str | None = None
    specialty_from: str = ""
    start: int | None = None  # month number (see read_month)
    end: int | None = None  # last month, inclusive; None when unknown or ongoing
    ongoing: bool | None = None  # None: erasl cannot tell
    status_from: str = ""  # metadata (the `end:` date) | text ('ongoing', 'since 2024')
    weeks: float | None = None
    weeks_from: str = ""  # text | dates
    us: bool | None = None
    tier: Tier | None = None
    clinical: bool = False

    @property
    def kind(self) -> str:
        return self.entry.kind

    @property
    def title(self) -> str:
        """The entry's title, else its first words: what the report and messages call it."""
        if self.entry.title:
            return self.entry.title
        words = self.entry.text.split()
        return " ".join(words[:6]) + ("..." if len(words) > 6 else "")

    @property
    def usce(self) -> bool:
        """US clinical experience: a US entry whose type is on the hierarchy."""
        return self.tier is not None

    def last_month(self, today: int) -> int | None:
        if self.ongoing:
            return today
        if self.end is not None:
            return self.end
        if self.start is not None and self.weeks:
            return self.start + max(round(self.weeks / WEEKS_PER_MONTH), 1) - 1
        return None


def _infer(cues: Cues, title: str | None, text: str) -> tuple[str | None, str]:
    """A label from the title's first cue, else the one the text names most (ties: the earliest)."""
    if title:
        found = cues.first(title)
        if found:
            return found[2], "title"
    counts: dict[str, list[int]] = {}
    for start, _, label in cues.find(text):
        counts.setdefault(label, []).append(start)
    if not counts:
        return None, ""
    best = max(counts.items(), key=lambda item: (len(item[1]), -item[1][0]))
    return best[0], "text"


def profile_entry(entry: "Entry", data: ApplicationData, today: int) -> EntryProfile:
    """Type, specialty, dates, weeks, US or not, tier and clinical-ness of one entry.

    Computed once per entry and kept in `entry.derived`: several rules and the
    report read the same profile.
    """
    key = ("application-profile", id(data), today)
    if key not in entry.derived:
        entry.derived[key] = _profile_entry(entry, data, today)
    return entry.derived[key]


def _profile_entry(entry: "Entry", data: ApplicationData, today: int) -> EntryProfile:
    profile = EntryProfile(entry)
    if entry.kind != EXPERIENCE:
        return profile
    metadata = entry.metadata
    text = entry.prose
    if metadata.get("type"):
        profile.experience_type, profile.type_from = metadata["type"], "metadata"
    else:
        profile.experience_type, profile.type_from = _infer(data.type_cues, entry.title, text)
        if profile.experience_type is None:
            profile.experience_type, profile.type_from = _earliest(data.type_cues, text)
    named = data.specialty_named(metadata.get("specialty"))
    if metadata.get("specialty"):
        profile.specialty, profile.specialty_from = named or metadata["specialty"].lower(), "metadata"
    else:
        profile.specialty, profile.specialty_from = _infer(data.specialty_cues, entry.title, text)

    start = read_month(metadata["start"]) if metadata.get("start") else None
    end = read_month(metadata["end"]) if metadata.get("end") else None
    profile.start = start if isinstance(start, int) else None
    if end == PRESENT:
        profile.ongoing, profile.status_from = True, "metadata"
    elif isinstance(end, int):
        profile.end = end
        profile.ongoing, profile.status_from = end >= today, "metadata"
        if profile.ongoing:
            profile.end = None
    elif _ONGOING.search(text):
        profile.ongoing, profile.status_from = True, "text"

    stated = text_weeks(text)
    span_weeks = None
    if profile.start is not None and (profile.end is not None or profile.ongoing):
        last = profile.end if profile.end is not None else today
        span_weeks = max(last - profile.start + 1, 1) * WEEKS_PER_MONTH
    if stated and (span_weeks is None or stated[0] <= span_weeks + 0.5):
        profile.weeks, profile.weeks_from = stated[0], "text"
    elif span_weeks is not None:
        profile.weeks, profile.weeks_from = round(span_weeks), "dates"

    if metadata.get("us") in ("true", "false"):
        profile.us = metadata["us"] == "true"
    elif data.non_us_cues.find(" ".join(filter(None, (entry.title, text, metadata.get("organization"))))):
        profile.us = False
    elif data.tier_for(profile.experience_type) is not None:
        profile.us = True
    if profile.us:
        profile.tier = data.tier_for(profile.experience_type)
    profile.clinical = profile.experience_type in data.clinical_types or (
        profile.experience_type in data.activity_types and bool(data.activity_cues.find(text))
    )
    return profile


def _earliest(cues: Cues, text: str) -> tuple[str | None, str]:
    found = cues.first(text)
    return (found[2], "text") if found else (None, "")


# --- verbs: hands-on work and tense (these need the parse) ---------------------------

@dataclass
class VerbUse:
    """The applicant's own verbs in one entry, sorted by what they show."""

    hands_on: list[tuple[object, str]] = field(default_factory=list)
    observer: list[tuple[object, str]] = field(default_factory=list)
    other: list[tuple[object, str]] = field(default_factory=list)
    present: list[tuple[object, str]] = field(default_factory=list)
    past: list[tuple[object, str]] = field(default_factory=list)


_OWN_SUBJECTS = {"i", "we"}
_FUTURE_OR_MODAL = {"will", "would", "can", "could", "may", "might", "shall", "should", "must", "to"}


def _subject(token):
    """The verb's subject, following `conj` links up to the verb that has one."""
    current = token
    for _ in range(6):
        subjects = [child for child in current.children if child.dep_ in ("nsubj", "nsubjpass", "expl")]
        if subjects:
            return subjects[0]
        if current.dep_ != "conj" or current.head is current:
            return None
        current = current.head
    return None


# Verbs whose past tense is spelled like the present ("Read 50 ECGs"): their tense cannot be told.
_SAME_IN_PAST = {"read", "put", "set", "cut", "let", "hit", "spread", "shut", "cast", "cost", "hurt", "quit",
                 "split", "upset", "broadcast", "forecast", "input", "output", "bet", "bid"}


def verb_tense(token, lemma: str, reader) -> str | None:
    """'past', 'present' or None (an infinitive, a modal, a perfect, someone else's verb, can't tell).

    The tagger often misreads résumé fragments ("Ran the statistics" as a base
    form), so the spelling decides: the dictionary form or its -s form is
    present, an -ing form is progressive, any other form of the verb is past.
    """
    auxiliaries = [child for child in token.children if child.dep_ in ("aux", "auxpass")]
    if any(aux.lower_ in _FUTURE_OR_MODAL or aux.lemma_ == "have" for aux in auxiliaries):
        return None
    if token.dep_ in ("xcomp", "advcl", "acl", "relcl", "pcomp", "csubj", "amod", "ccomp") and not auxiliaries:
        return None  # "to present", "after presenting", "patients admitted overnight", "showed me I enjoy"
    if token.whitespace_ == "" and token.i + 1 < len(token.doc) and token.nbor(1).text == "-":
        return None  # "co" of "co-authored"
    subject = _subject(token)
    if subject is not None:
        if subject.lower_ not in _OWN_SUBJECTS:
            return None  # the clinic, the team, the patients: not the applicant's role
        if subject.head is not token and token.tag_ == "VB":
            # A base form sharing a subject takes its tense from the verb it hangs on:
            # "I teach and write" is present; "I had to make schedules, solve conflicts" is not.
            return "present" if subject.head.tag_ in ("VBP", "VBZ") else None
    else:
        head = token
        while head.dep_ == "conj" and head.head is not head:
            head = head.head
            if not (head.tag_.startswith("VB") or head.pos_ == "VERB") and token.tag_ != "VBD":
                return None  # "morning report and bedside rounds": a noun phrase, not verbs
        if head.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl", "pcomp"):
            return None  # "to make schedules, solve conflicts and ..."
        if head.dep_ != "ROOT" and not reader._starts_fragment(head):
            return None  # a word the parser could not place ("progress notes" read as a verb)
    be = [aux for aux in auxiliaries if aux.lemma_ == "be"]
    if be:
        return "past" if be[0].lower_ in ("was", "were") else "present"
    word = token.lower_
    if word in ("has", "does", "is", "are", "am"):
        return "present"
    lemma = reader.irregular.get(word, [lemma])[0]  # "Ran" tagged as a base form: spaCy's tables say run
    if word == lemma and lemma in _SAME_IN_PAST:
        return None
    if word.endswith("ing"):
        return "present"
    if word in (lemma, lemma + "s", lemma + "es") or (lemma.endswith("y") and word == lemma[:-1] + "ies"):
        return "present"
    return "past"


def read_verbs(doc, reader, data: ApplicationData) -> VerbUse:
    """Sort the entry's active verbs into hands-on, observer and other, and read their tense."""
    use = VerbUse()
    if doc is None:
        return use
    for token, lemma in reader.action_verbs(doc, active_only=True):
        if lemma in data.hands_on_verbs:
            use.hands_on.append((token, lemma))
        elif lemma in data.observer_verbs:
            use.observer.append((token, lemma))
        else:
            use.other.append((token, lemma))
        tense = verb_tense(token, lemma, reader)
        if tense == "present":
            use.present.append((token, lemma))
        elif tense == "past":
            use.past.append((token, lemma))
    return use


# --- the scorecard ---------------------------------------------------------------

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


def _quoted(text: str, span: tuple[int, int, str] | None) -> str:
    return f'"{text[span[0]:span[1]]}"' if span else ""


def score_entry(profile: EntryProfile, verbs: VerbUse, application: "Application") -> Scorecard:
    """The five things an advisor weighs in a clinical entry, 0-2 points each."""
    data = application.data
    entry = profile.entry
    text = entry.prose
    setting = entry.metadata.get("setting", "")

    teaching = data.teaching_cues.first(text) or data.teaching_cues.first(setting)
    named = data.setting_cues.first(text) or (setting and (0, len(setting), "setting"))
    if teaching:
        where = text if data.teaching_cues.first(text) else setting
        criteria = [Criterion("teaching", "Teaching setting", 2, f"names a teaching setting: {_quoted(where, teaching)}")]
    elif named:
        where = text if data.setting_cues.first(text) else setting
        criteria = [Criterion("teaching", "Teaching setting", 1,
                              f"names a setting ({_quoted(where, named)}) but no teaching service or residents")]
    else:
        criteria = [Criterion("teaching", "Teaching setting", 0, "names no setting")]

    hands_on = sorted({lemma for _, lemma in verbs.hands_on})
    if len(hands_on) >= 2 and len(verbs.hands_on) > len(verbs.observer):
        criteria.append(Criterion("hands-on", "Hands-on work", 2, "hands-on verbs: " + ", ".join(hands_on[:5])))
    elif hands_on:
        criteria.append(Criterion("hands-on", "Hands-on work", 1,
                                  f"some hands-on work ({', '.join(hands_on)}), but observing carries the entry"
                                  if verbs.observer else f"one kind of hands-on work ({hands_on[0]})"))
    elif verbs.observer:
        criteria.append(Criterion("hands-on", "Hands-on work", 0, "only observer verbs ("
                                  + ", ".join(sorted({lemma for _, lemma in verbs.observer})) + ")"))
    else:
        criteria.append(Criterion("hands-on", "Hands-on work", 0, "no verb shows what you did"))

    alignment = application.alignment(profile)
    target = application.target
    if target is None:
        criteria.append(Criterion("alignment", "Specialty alignment", None, "no target-specialty set"))
    elif alignment is None:
        criteria.append(Criterion("alignment", "Specialty alignment", None, "the entry names no specialty"))
    else:
        score = {"same": 2, "related": 1, "other": 0}[alignment]
        reason = {"same": f"{profile.specialty}, your target", "related": f"{profile.specialty}, related to {target}",
                  "other": f"{profile.specialty}, not {target} or a related field"}[alignment]
        criteria.append(Criterion("alignment", "Specialty alignment", score, reason))

    supervisor = data.letter_cues.first(text)
    long_enough = (profile.weeks or 0) >= data.letter_min_weeks
    weak_tier = profile.tier is not None and profile.tier.rank <= 1
    if supervisor and long_enough and not weak_tier:
        criteria.append(Criterion("letter", "Letter potential", 2,
                                  f"works with {_quoted(text, supervisor)} for {profile.weeks:.0f} weeks"))
    elif supervisor and long_enough:
        criteria.append(Criterion("letter", "Letter potential", 1,
                                  f"a {profile.tier.label} tier: its letters carry little weight"))
    elif supervisor:
        criteria.append(Criterion("letter", "Letter potential", 1,
                                  f"works with {_quoted(text, supervisor)}, but under {data.letter_min_weeks} weeks "
                                  "(or no duration) is short for a letter"))
    elif long_enough:
        criteria.append(Criterion("letter", "Letter potential", 1, "long enough, but names no attending or supervisor"))
    else:
        criteria.append(Criterion("letter", "Letter potential", 0, "no supervisor named and no length stated"))

    present = {"dates": bool(entry.metadata.get("start")) and bool(entry.metadata.get("end")),
               "duration in the text": profile.weeks_from == "text", "numbers": has_count(text)}
    missing = [name for name, ok in present.items() if not ok]
    score = {3: 2, 2: 1}.get(sum(present.values()), 0)
    criteria.append(Criterion("documentation", "Documentation", score,
                              "dates, duration and numbers all stated" if not missing else "missing: " + ", ".join(missing)))
    return Scorecard(criteria)


# --- the whole application ----------------------------------------------------------

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


_WORD = re.compile(r"[a-z]+|\d+")
_SUFFIXES = ("ing", "ed", "es", "s")


def _normalized_words(text: str) -> list[str]:
    """Lower-case words, numbers as '#', crude suffixes off: 'Followed 4 patients' ~ 'follow # patient'."""
    words = []
    for word in _WORD.findall(text.lower()):
        if word.isdigit():
            words.append("#")
            continue
        for suffix in _SUFFIXES:
            if len(word) > len(suffix) + 3 and word.endswith(suffix):
                word = word[: -len(suffix)]
                break
        words.append(word)
    return words


class Application:
    """Every entry of one run, profiled, with the cross-entry facts the report and the A rules read."""

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
        profiles = [profile_entry(entry, data, month) for entry in entries]
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
        """Pairs of entries of one kind whose wording is mostly the same (copy-pasted rotations).

        Candidates share at least one run of `shingle` normalized words; each candidate
        pair is then compared word by word (difflib), so the cost stays near linear.
        """
        words = {id(p): _normalized_words(p.entry.prose) for p in self.profiles if p.kind in (EXPERIENCE, REFLECTION)}
        grams = {
            index: {tuple(sequence[i:i + shingle]) for i in range(len(sequence) - shingle + 1)}
            for index, profile in enumerate(self.profiles)
            if (sequence := words.get(id(profile))) is not None and len(sequence) >= min_words
        }
        holders: dict[tuple, list[int]] = defaultdict(list)
        shared: dict[tuple[int, int], int] = defaultdict(int)
        for index, entry_grams in grams.items():
            kind = self.profiles[index].kind
            for gram in entry_grams:
                for other in holders[(kind, gram)]:
                    shared[(other, index)] += 1
                holders[(kind, gram)].append(index)
        found = []
        for (first_index, second_index), count in sorted(shared.items()):
            # Cheap filter first: a near-duplicate shares a good part of its word runs.
            if count < 0.25 * min(len(grams[first_index]), len(grams[second_index])):
                continue
            first, second = self.profiles[first_index], self.profiles[second_index]
            ratio = difflib.SequenceMatcher(None, words[id(first)], words[id(second)], autojunk=False).ratio()
            if ratio >= min_similarity:
                found.append(Duplicate(first, second, ratio))
        return found


def _title_key(title: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", title.lower()).split())
