"""The one reading of an entry: its profile, computed once from the parse, the lexicon and the metadata.

Rules, `erasl facts`, the report, the rewrites, the language server and the web
page all read this profile; none of them re-matches the words it holds. The
profile is plain data (`to_dict`/`from_dict`), so the cache keeps it beside the
diagnostics and the cross-entry rules run on a cached run without spaCy.

What it decides, and from what (metadata first, then the title, then the text):
kind and type; clinical or not; US or not, with the words that decided; specialty;
settings; dates and durations, from metadata or the text, in months and weeks;
counts; the applicant's own actions (first person or subjectless fragments, never
other people's verbs) with their tense; supervisors and letters mentioned.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields
from typing import TYPE_CHECKING, Any

from erasl.document import MONTH_NUMBERS, PRESENT, SEASON_MONTHS, read_month
from erasl.wording_fixes import WordingFix, WordingFixer, reading_fix
from erasl.grammar import (
    DATE_TOKEN, TraitWords, VerbReader, WordingWords, is_passive, is_quantity, own_subject, trait_claims,
    learned_topics, translated_wording, verb_tense,
)

if TYPE_CHECKING:
    from erasl.document import Entry

WEEKS_PER_MONTH = 4.35
EXPERIENCE = "experience"
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "eighteen": 18, "twenty": 20, "thirty": 30, "half": 0.5, "several": 3, "dozen": 12,
}
UNIT_WEEKS = {"week": 1.0, "wk": 1.0, "wks": 1.0, "month": WEEKS_PER_MONTH, "mo": WEEKS_PER_MONTH,
              "mos": WEEKS_PER_MONTH, "year": 52.0, "yr": 52.0, "yrs": 52.0, "semester": 18.0, "summer": 10.0,
              "day": 1 / 7}


@dataclass
class Mention:
    """Words of the draft (or its title or metadata) that decided something, with where they are."""

    text: str
    start: int | None = None  # offsets in the entry's text; None for the title and metadata
    end: int | None = None
    source: str = "text"  # text | title | metadata
    label: str | None = None  # what the words were read as: a type, a specialty, "non-us"...


@dataclass
class Action:
    """A verb the applicant did (first person or a subjectless fragment), with how it reads."""

    lemma: str
    text: str
    start: int
    end: int
    tense: str | None  # past | present | progressive (a bare -ing form) | None (cannot tell)
    group: str  # hands-on | observer | underselling | self-improvement | other
    role: bool  # a verb that shows the applicant's own role (V101), not self-improvement


@dataclass
class EntryProfile:
    """Everything erasl understands about one entry; the only place that interprets it."""

    kind: str
    title: str = ""  # the heading, else the first words: what reports and messages call the entry
    heading: str | None = None
    experience_type: str | None = None
    type_from: str = ""  # metadata | title | text
    type_words: Mention | None = None
    clinical: bool = False  # clinical work: a clinical type, or work and volunteering with patients (for gaps)
    clinical_type: bool = False  # a clinical type (rotation, clerkship...), or untyped with clinical words (S101)
    us: bool | None = None
    us_from: str = ""  # metadata | title | organization | text | type (on the USCE hierarchy, no place named)
    us_words: Mention | None = None
    specialty: str | None = None
    specialty_from: str = ""
    specialty_words: Mention | None = None
    settings: list[Mention] = field(default_factory=list)
    teaching: list[Mention] = field(default_factory=list)
    start: int | None = None  # month number (read_month)
    end: int | None = None  # last month, inclusive; None when unknown or ongoing
    ongoing: bool | None = None
    status_from: str = ""  # metadata | text
    dates_from: str = ""  # metadata | text
    dates_words: Mention | None = None
    weeks: float | None = None
    weeks_from: str = ""  # text | dates
    weeks_words: Mention | None = None
    time_frame: list[Mention] = field(default_factory=list)  # any duration or date words (D101)
    counts: list[Mention] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    # Résumé fragments led by an action noun, read as the act they name ("Observation of dialysis sessions",
    # "Attendance at grand rounds", "Management of 10 patients daily"): what the applicant did or watched
    # (U101, the USCE tier, the scorecard), never a role verb of their own (V101) nor a tense (T101).
    named_acts: list[Action] = field(default_factory=list)
    supervisors: list[Mention] = field(default_factory=list)
    letters: list[Mention] = field(default_factory=list)
    # One per sentence: who it is about (its subject): applicant (I, we, my..., or a résumé fragment),
    # organisation (the hospital, the program: lexicon [subjects]), other (patients, residents...) or
    # none (a heading-like phrase with no verb).
    subjects: list[Mention] = field(default_factory=list)
    # The applicant written about in the third person ("Ms. Alvarez served ... She completed"): who,
    # at the first mention (label "she", "he" or "they"); None when the entry is in the applicant's own voice.
    third_person: Mention | None = None
    # The applicant describing their own character (F201): "I am a passionate, results-driven leader",
    # "I consider myself very patient", "my caring nature" (erasl/grammar.py trait_claims).
    traits: list[Mention] = field(default_factory=list)
    # Wording a US reader notices as translated, read from the parse (G101): "in Cardiology department",
    # "working as house officer", "no ventilator free" (erasl/grammar.py translated_wording).
    unidiomatic: list[Mention] = field(default_factory=list)
    # Translated wording with its US form (G101 names it; the skeleton says it): the lexicon's
    # [[wording-fixes]] false friends and calques ("assisted to the rounds" -> "attended the rounds"), and the
    # readings above that have one ("as house officer" -> "as a house officer"). erasl/wording_fixes.py.
    wording_fixes: list[WordingFix] = field(default_factory=list)
    # What the entry says it learned about or was exposed to, kept as facts when the filler around them
    # goes: "got exposure to dialysis, AKI and transplant cases" (erasl/grammar.py learned_topics).
    topics: list[Mention] = field(default_factory=list)
    tier: Any = None  # the USCE Tier (rules/application/usce.toml) of a US clinical entry; stored by name
    entry: Any = field(default=None, repr=False, compare=False)  # the Entry it reads; not stored

    # --- what consumers ask --------------------------------------------------------

    @property
    def usce(self) -> bool:
        return self.tier is not None

    @property
    def hands_on(self) -> list[Action]:
        return [a for a in self.actions + self.named_acts if a.group == "hands-on"]

    @property
    def observer(self) -> list[Action]:
        return [a for a in self.actions + self.named_acts if a.group == "observer"]

    @property
    def role_actions(self) -> list[Action]:
        return [a for a in self.actions if a.role]

    def last_month(self, today: int) -> int | None:
        if self.ongoing:
            return today
        if self.end is not None:
            return self.end
        if self.start is not None and self.weeks:
            return self.start + max(round(self.weeks / WEEKS_PER_MONTH), 1) - 1
        return None

    def to_dict(self) -> dict[str, Any]:
        data = {}
        for item in fields(self):
            value = getattr(self, item.name)
            if item.name == "entry":
                continue
            if item.name == "tier":
                value = value.name if value is not None else None
            elif isinstance(value, list):
                value = [asdict(part) for part in value]
            elif value is not None and hasattr(value, "__dataclass_fields__"):
                value = asdict(value)
            data[item.name] = value
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any], tiers: dict[str, Any], entry=None) -> "EntryProfile":
        """Rebuild a stored profile; raises ValueError/TypeError/KeyError on a wrong shape."""
        values = dict(data)
        values["tier"] = tiers[values["tier"]] if values.get("tier") is not None else None
        for key in ("type_words", "us_words", "specialty_words", "dates_words", "weeks_words", "third_person"):
            if values.get(key) is not None:
                values[key] = Mention(**values[key])
        for key in ("settings", "teaching", "time_frame", "counts", "supervisors", "letters", "subjects", "traits", "unidiomatic", "topics"):
            values[key] = [Mention(**item) for item in values.get(key, [])]
        for key in ("actions", "named_acts"):
            values[key] = [Action(**item) for item in values.get(key, [])]
        values["wording_fixes"] = [WordingFix(**item) for item in values.get("wording_fixes", [])]
        profile = cls(**values)
        profile.entry = entry
        return profile


def month_index(day) -> int:
    """A calendar date as the month number `read_month` uses (year * 12 + month - 1)."""
    return day.year * 12 + day.month - 1


def display_title(entry) -> str:
    """The entry's heading, else its first six words (not the greeting pasted above it)."""
    if entry.title:
        return entry.title
    words = (entry.content if getattr(entry, "wrapper", None) else entry.text).split()
    return " ".join(words[:6]) + ("..." if len(words) > 6 else "")


# --- dates written in the text -------------------------------------------------------

_MONTH = r"(?:" + "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True)) + r")\.?"
_SEASON = r"(?:" + "|".join(SEASON_MONTHS) + r")"
_YEAR = r"(?:19|20)\d\d"
_SHORT_YEAR = r"['’]\d\d"  # "Jan'24", "Mar '24"
# a whole day, read to its month: "01.03.2023" (day first, as Europe dots it), "1/10/2020" and "30/9/2021" (day
# first when the day is over 12 or the other end says so), "2023-03-01" (ISO)
_FULL_DATE = rf"(?:\d{{1,2}}[./-]\d{{1,2}}[./-]{_YEAR}|{_YEAR}-\d{{1,2}}-\d{{1,2}})"
_NUMERIC = rf"(?:{_FULL_DATE}|{_YEAR}[./-](?:0?[1-9]|1[0-2])(?![\d])|(?:0?[1-9]|1[0-2])[./]{_YEAR})"  # "2023/06", "09.2019", "06/2023"
_DAY = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)"  # "1st March 2021", "28th of February"
_WHEN = rf"(?:{_NUMERIC}|(?:{_DAY})?(?:{_MONTH}|{_SEASON})(?:\s*{_SHORT_YEAR}|(?:\s+(?:of\s+)?|,\s*)?(?:{_YEAR})?)|{_YEAR})"
_TO = r"\s*(?:[-–—~]|to|through|till|until)\s*"
_NOW = r"(?:present|now|date|today|current(?:ly)?)"
_DATE_RANGE = re.compile(rf"(?<![\w-])(?:since\s+(?P<since>{_WHEN})|(?:from\s+)?(?P<first>{_WHEN})(?:{_TO}(?:(?P<now>{_NOW})|(?P<last>{_WHEN})))?)(?![\w-])",
                         re.IGNORECASE)


def _day_first(*dates: str | None) -> bool:
    """Whether whole numeric dates put the day first: dotted ("01.03.2023"), or a first number over 12 at either end
    of the range ("1/10/2020 to 30/9/2021"); a second number over 12 says the month is first ("3/15/2021")."""
    pairs = [re.fullmatch(r"(\d{1,2})([./-])(\d{1,2})[./-]\d{4}", (date or "").strip()) for date in dates]
    pairs = [pair for pair in pairs if pair]
    if any(int(pair.group(3)) > 12 for pair in pairs):
        return False
    return any(pair.group(2) == "." or int(pair.group(1)) > 12 for pair in pairs)


def _month_of(words: str, default_year: int | None = None, day_first: bool = True) -> int | None:
    """'June 2025' -> month number; 'Jun' with a default year; '2024' -> January 2024; '30/9/2021' -> September
    2021 (`day_first`, else '3/15/2021' -> March)."""
    whole = re.fullmatch(rf"(\d{{1,2}})[./-](\d{{1,2}})[./-]({_YEAR})|({_YEAR})-(\d{{1,2}})-\d{{1,2}}", words.strip())
    if whole:
        year, month = (whole.group(3), whole.group(2) if day_first else whole.group(1)) if whole.group(3) \
            else (whole.group(4), whole.group(5))
        return int(year) * 12 + int(month) - 1 if 1 <= int(month) <= 12 else None
    numeric = re.fullmatch(rf"({_YEAR})[./-](\d{{1,2}})|(\d{{1,2}})[./]({_YEAR})", words.strip())
    if numeric:
        year, month = (numeric.group(1), numeric.group(2)) if numeric.group(1) else (numeric.group(4), numeric.group(3))
        return int(year) * 12 + int(month) - 1
    text = words.strip().lower().replace(",", " ").replace(".", " ")
    text = re.sub(r"^\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?=[a-z])", "", text)  # a day before the month
    year_match = re.search(_YEAR, text)
    short_year = re.search(r"['’](\d\d)\b", text)
    year = int(year_match.group(0)) if year_match else 2000 + int(short_year.group(1)) if short_year else default_year
    if year is None:
        return None
    name = re.match(r"[a-z]+", text)
    if name and name.group(0) != "of":
        month = MONTH_NUMBERS.get(name.group(0)) or SEASON_MONTHS.get(name.group(0))
        if month is None:
            return None
        return year * 12 + month - 1
    return year * 12


def read_text_dates(text: str) -> tuple[int | None, int | None, bool, tuple[int, int]] | None:
    """The first date or date range written in a text: (start, last month, ongoing, span).

    "June–August 2025", "Jun-Aug 2025", "March 2024", "since 2023", "2022–2024",
    "January 2024 - present". A year alone covers the whole year. None when no year is written.
    """
    for match in _DATE_RANGE.finditer(text):
        if match.group("since"):
            start = _month_of(match.group("since"))
            if start is not None:
                return start, None, True, match.span()
            continue
        first, last = match.group("first"), match.group("last")
        if not re.search(rf"{_YEAR}|{_SHORT_YEAR}", match.group(0)):
            continue  # "June" alone: no year to place it
        day_first = _day_first(first, last)
        last_month = _month_of(last, day_first=day_first) if last else None
        last_year = last_month // 12 if last_month is not None else None
        start = _month_of(first, last_year, day_first)
        if start is None:
            continue
        if match.group("now"):
            return start, None, True, match.span()
        if last_month is None and last:
            last_month = _month_of(last, start // 12, day_first)
        if last_month is None:
            season = re.match(_SEASON, first.strip(), re.IGNORECASE)
            last_month = start + 11 if re.fullmatch(_YEAR, first.strip()) else start + 2 if season else start
        elif re.fullmatch(_YEAR, last.strip()):
            last_month += 11  # "2022-2024": to the end of 2024
        if last_month < start:
            continue
        return start, last_month, False, match.span()
    return None


# --- the reader ---------------------------------------------------------------------

class ProfileReader:
    """Compiled once per run: `read(entry, doc, title_doc)` gives the entry's profile."""

    def __init__(self, nlp, ruleset, lexicon=None):
        from erasl.application import load_application_data
        from erasl.lexicon import Lexicon

        self.ruleset = ruleset
        self.lexicon = lexicon if lexicon is not None else Lexicon(nlp, ruleset)
        self.words = self.lexicon.data
        self.application = load_application_data(ruleset)
        self.reader = VerbReader(nlp, self.words.verbs["role"] | self.words.verbs["hands-on"])
        # the tasks a noun can name after a light verb ("did the assessment", "carried out the screening")
        self.task_verbs = (self.words.verbs["role"] | self.words.verbs["hands-on"]) - self.words.verbs["not-tasks"]
        traits = self.words.traits
        self.trait_words = TraitWords(traits["character"], traits["quality"], traits["persons"], traits["natures"],
                                      traits["naming-verbs"], traits["growth-verbs"], traits["virtues"],
                                      traits["virtue-verbs"], traits["manner-virtues"])
        wording = self.words.wording
        self.wording_words = WordingWords(wording["article-nouns"], wording["roles"], wording["organisations"],
                                          wording["collective"], wording["learning-words"], wording["vague-topics"],
                                          *(wording[name] for name in ("count-nouns", "bare-idioms", "no-passive",
                                                                       "feeling-verbs", "mandative", "number-either",
                                                                       "offices", "bare-nouns", "topic-verbs",
                                                                       "emphasis-verbs", "destination-verbs",
                                                                       "clause-adjectives")))
        self.wording_fixer = WordingFixer(nlp, self.words.wording_fixes)

    def read(self, entry: "Entry", doc, title_doc=None, today: int = 0) -> EntryProfile:
        found = self.lexicon.find(doc)
        in_title = self.lexicon.find_in_title(title_doc) if title_doc is not None else {}
        profile = EntryProfile(kind=entry.kind, title=display_title(entry), heading=entry.title, entry=entry)
        metadata = entry.metadata
        self._type(profile, metadata, found, in_title)
        self._place(profile, metadata, found, in_title)
        self._specialty(profile, metadata, found, in_title)
        profile.settings = [_mention(span, "setting") for label, span in found.get("settings", [])
                            if label == "setting" or (label == "unit" and span.root.dep_ not in ("compound", "poss"))]
        if metadata.get("setting"):
            profile.settings.insert(0, Mention(metadata["setting"], source="metadata", label="setting"))
        profile.teaching = [_mention(span, label) for label, span in found.get("settings", []) if label == "teaching"]
        profile.supervisors = [_mention(span, label) for label, span in found.get("people", []) if label == "supervisors"]
        profile.letters = [_mention(span, label) for label, span in found.get("people", []) if label == "letters"]
        profile.subjects = sentence_subjects(doc, [span for _, span in found.get("subjects", [])]) \
            if doc is not None else []
        verbs = self.words.verbs
        outputs = [span for label, span in found.get("time", [])
                   if _dates_an_output(span, verbs["publication"], verbs["publication-states"])]
        not_own = _not_the_applicants(doc, profile.subjects, outputs, [span for _, span in found.get("types", [])],
                                      self.words.verbs["studied"])
        words = profile.type_words
        if profile.type_from == "text" and words is not None and words.start is not None \
                and any(start <= words.start < end for start, end in not_own):
            # "The department ... is known for its excellent teaching": what the hospital is known for is not the
            # entry's type; the type is read again from the sentences about the applicant
            profile.experience_type, profile.type_words, profile.type_from = None, None, ""
            own_types = [(label, span) for label, span in found.get("types", [])
                         if not any(start <= span.start_char < end for start, end in not_own)]
            self._type(profile, metadata, {**found, "types": own_types}, in_title)
        profile.time_frame = [_mention(span, "shift" if label == "duration" and _is_shift_length(span) else label)
                              for label, span in found.get("time", []) if not _verb_present(span)
                              and not _ordinal(span[0]) and not _is_age(entry.text, _mention(span))
                              and not any(start <= span.start_char and span.end_char <= end for start, end in not_own)]
        profile.counts = [Mention(t.text, t.idx, t.idx + len(t.text), label="count") for t in doc
                          if is_quantity(t) and not _date_part(t) and not _ordinal(t)] if doc is not None else []
        self._dates(profile, metadata, _blanked(entry.prose, not_own), today)
        self._weeks(profile, today, [span.start_char for label, span in found.get("types", [])
                                     if label == profile.experience_type])
        if doc is not None:
            profile.third_person = third_person_applicant(doc, profile.subjects, frozenset(verbs["people-objects"]))
        profile.actions = self._actions(doc, found, applicant_subjects(profile)) if doc is not None else []
        profile.named_acts = self._named_acts(doc) if doc is not None else []
        if doc is not None:
            self._traits(profile, doc)
            readings = _without_overlaps(translated_wording(doc, self.wording_words))
            profile.unidiomatic = [Mention(doc[first:last + 1].text, doc[first].idx, doc[last].idx + len(doc[last].text),
                                           label="wording")
                                   for first, last in readings]
            profile.wording_fixes = self.wording_fixer.read(doc)
            profile.wording_fixes += [fix for fix in (reading_fix(doc, first, last) for first, last in readings)
                                      if fix is not None and not any(fix.start < other.end and other.start < fix.end
                                                                     for other in profile.wording_fixes)]
            profile.wording_fixes.sort(key=lambda fix: fix.start)
            profile.topics = [Mention(doc[first:last + 1].text, doc[first].idx, doc[last].idx + len(doc[last].text),
                                      label="topic")
                              for first, last in _without_overlaps(learned_topics(doc, self.wording_words))]
        # a place or a patient named only in a wish is not where the work was ("I want to train in the United
        # States", "these skills will help me with patients in residency")
        general = [span for label, span in found.get("types", [])
                   if label in self.ruleset.clinical_types and _posts_in_general(span)]
        cues = {label for label, span in found.get("clinical", []) if not _in_a_wish(span, self.words.verbs["intention"])
                and not any(other.start <= span.start < other.end for other in general)}  # "during exams and rotations"
        profile.clinical_type = profile.experience_type in self.ruleset.clinical_types or (
            profile.experience_type is None and "cue" in cues)
        profile.clinical = profile.clinical_type or (
            profile.experience_type in self.words.clinical_activity_types and "activity" in cues)
        if profile.us and profile.kind == EXPERIENCE:
            profile.tier = self.application.tier_for(profile.experience_type)
            if profile.tier is not None and profile.tier.without_hands_on and doc is not None and not profile.hands_on:
                profile.tier = self.application.tier_named(profile.tier.without_hands_on)  # U101: weighs as shadowing
        return profile

    # --- each part ------------------------------------------------------------------

    def _type(self, profile, metadata, found, in_title) -> None:
        if profile.kind != EXPERIENCE:
            return
        if metadata.get("type"):
            profile.experience_type, profile.type_from = metadata["type"], "metadata"
            profile.type_words = Mention(metadata["type"], source="metadata", label=metadata["type"])
            return
        settings = [span for _, span in found.get("settings", [])]
        named = [(label, span) for label, span in found.get("types", []) if not _names_something_else(span, settings, self.words.verbs["lesson"],
                                                                                                     self.wording_words.roles)
                 and not (label in self.ruleset.clinical_types and _posts_in_general(span))]
        heading = [(label, span) for label, span in named if _in_a_heading_line(span)]
        chosen = _first(in_title.get("types", []), "title") or _first(heading, "text") or _most_named(named)
        if chosen:
            profile.type_words = chosen
            profile.experience_type, profile.type_from = chosen.label, chosen.source

    def _place(self, profile, metadata, found, in_title) -> None:
        if metadata.get("us") in ("true", "false"):
            profile.us, profile.us_from = metadata["us"] == "true", "metadata"
            profile.us_words = Mention(f"us: {metadata['us']}", source="metadata", label=metadata["us"])
            return
        # the title's doc includes `organization:` metadata (Linter.title_docs)
        intention = self.words.verbs["intention"]
        for source, matches in (("title", in_title.get("places", [])), ("text", found.get("places", []))):
            matches = [(label, span) for label, span in matches if not _named_after_abroad(span, label, matches)
                       and not _patron_saint(span) and not (source == "text" and _in_a_wish(span, intention))]
            place = _first(_where_the_entry_is(matches, profile.type_words if source == "text" else None), source)
            if place:
                profile.us, profile.us_from, profile.us_words = place.label == "us", source, place
                return
        if self.application.tier_for(profile.experience_type) is not None:
            profile.us, profile.us_from = True, "type"

    def _specialty(self, profile, metadata, found, in_title) -> None:
        if metadata.get("specialty"):
            named = self.application.specialty_named(metadata["specialty"])
            profile.specialty, profile.specialty_from = named or metadata["specialty"].lower(), "metadata"
            profile.specialty_words = Mention(metadata["specialty"], source="metadata", label=profile.specialty)
            return
        chosen = _first(in_title.get("specialties", []), "title") or _most_named(found.get("specialties", []))
        if chosen:
            profile.specialty, profile.specialty_from, profile.specialty_words = chosen.label, chosen.source, chosen

    def _dates(self, profile, metadata, text: str, today: int) -> None:
        start = read_month(metadata["start"]) if metadata.get("start") else None
        end = read_month(metadata["end"]) if metadata.get("end") else None
        if isinstance(start, int) or end is not None:
            profile.start = start if isinstance(start, int) else None
            profile.dates_from = "metadata"
            if end == PRESENT:
                profile.ongoing, profile.status_from = True, "metadata"
            elif isinstance(end, int):
                profile.end, profile.ongoing, profile.status_from = end, end >= today, "metadata"
            if profile.ongoing:
                profile.end = None
            if profile.start is None and (written := read_text_dates(text)) is not None and written[0] <= (profile.end or written[0]):
                left, right = written[3]  # `end:` alone, "from June to August 2022" in the text: the start is the text's
                profile.start, profile.dates_words = written[0], Mention(text[left:right], left, right, label="dates")
            return
        written = read_text_dates(text)
        if written is None:
            if any(m.text.lower() in ("ongoing", "currently") or m.text.lower().endswith(("present", "date", "now"))
                   for m in profile.time_frame):
                profile.ongoing, profile.status_from = True, "text"
            return
        first, last, ongoing, (left, right) = written
        profile.start, profile.dates_from = first, "text"
        profile.dates_words = Mention(text[left:right], left, right, label="dates")
        if ongoing or (last is not None and last >= today and today):
            profile.ongoing, profile.status_from = True, "text"
        else:
            profile.end, profile.ongoing, profile.status_from = last, False, "text"

    def _weeks(self, profile, today: int, type_starts=()) -> None:
        text = profile.entry.text if profile.entry is not None else ""
        span_weeks = None
        if profile.start is not None and (profile.end is not None or profile.ongoing):
            last = profile.end if profile.end is not None else today
            span_weeks = max(last - profile.start + 1, 1) * WEEKS_PER_MONTH
        lengths = [(weeks, m) for m in profile.time_frame if m.label == "duration" and not _a_change(text, m)
                   and not _is_frequency(text, m) and not _is_age(text, m) and (weeks := _weeks_of(m.text)) is not None]
        # a length said of the entry's own type is its length, whatever else the entry measures: "I was a dentist for
        # 6 years ... this 4 weeks observership", "a 6-week elective"
        typed = [length for length in lengths if length[1].end is not None and any(
            0 <= start - length[1].end <= 2 and not text[length[1].end:start].strip(" -") for start in type_starts)]
        # else the first length that is not a part of the dated span: "2 weeks each ..., 8 weeks in all" is 8
        stated = typed[0] if typed else next(
            (length for length in lengths if span_weeks is None or not self._a_part(text, profile, length, span_weeks)), None)
        single_month = profile.start is not None and profile.end == profile.start
        if stated and (span_weeks is None or single_month or stated[0] <= span_weeks + 0.5):
            profile.weeks, profile.weeks_from, profile.weeks_words = stated[0], "text", stated[1]
        elif span_weeks is not None:
            profile.weeks, profile.weeks_from = round(span_weeks), "dates"

    @staticmethod
    def _a_part(text: str, profile, stated, span_weeks: float) -> bool:
        """A stated length that is a part of the dated span, not its length."""
        if profile.dates_words is not None and _part_of_span(text, profile, stated):
            return True  # "Mar 2021 - Feb 2022 ... 2 months in cardiology": a part, not the whole
        # `start: 2022-09`, `end: 2024-06` and "cut the wait to 9 weeks": the metadata's span is the entry's; a length
        # under half of it is a part (two months hold a 4-week observership)
        return profile.dates_from == "metadata" and profile.end is not None and profile.end > profile.start + 1 \
            and stated[0] < span_weeks / 2

    def _traits(self, profile, doc) -> None:
        """Trait claims: the applicant's (I, or the third-person name and pronoun of an entry written
        about the applicant) description of their own character."""
        subjects, possessives = {"i"} | (applicant_subjects(profile) - _OWN_SUBJECT_WORDS), {"my"}
        if profile.third_person is not None:
            possessives |= _THIRD_PERSON_FORMS[profile.third_person.label]["possessives"]
        profile.traits = [Mention(doc[first:last + 1].text, doc[first].idx, doc[last].idx + len(doc[last].text),
                                  label="trait")
                          for first, last in _without_overlaps(trait_claims(doc, self.trait_words, frozenset(subjects),
                                                                            frozenset(possessives)))]

    def _actions(self, doc, found, subjects) -> list[Action]:
        """The applicant's own verbs: first person (or the third-person applicant's: `subjects`) or a
        subjectless fragment, active, not inside someone else's clause ("I observed how the residents are
        presenting" gives only "observed")."""
        verbs = self.words.verbs
        self_improvement = [span for _, span in found.get("objects", [])]
        actions = []
        for token, lemma in self.reader.action_verbs(doc, active_only=True):
            first = token
            while first.dep_ == "conj" and first.head.i != first.i and first.head.tag_ == "VBG":
                first = first.head  # "helped them in taking history and measuring blood pressure": both under "in"
            if not own_subject(token, subjects) or token.dep_ == "prep" or (token.tag_ == "VBG" and first.dep_ in ("pobj", "pcomp")):
                continue  # "including X", "assisted with pre-rounding": not a task of the applicant's own
            if token.tag_ == "VBG" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of" and not any(
                    child.dep_ in ("nsubj", "aux") for child in token.children):
                continue  # "Measuring of blood pressure", "Filling of histories": a duty named by a noun, no verb of one's own
            if token.tag_ == "VB" and (token.dep_ in ("pcomp", "pobj") and token.head.tag_ == "IN" or any(
                    child.dep_ == "aux" and child.tag_ == "IN" for child in token.children)):
                continue  # "the barriers for follow up", "came for check up": a noun the tagger read as a bare verb
            if token.dep_ == "xcomp" and self.reader.lemma(token.head) in verbs["lesson"]:
                continue  # "the job is teaching me how to manage patients": a lesson, not a task done
            if not any(c.dep_.startswith("nsubj") for c in token.children) and counted_plural(token):
                continue  # "2 overnight calls w/ night float": a count of things, not a verb
            if token.tag_ == "VBN" and token.dep_ == "conj" and (is_passive(token.head) or (
                    token.head.dep_ == "acomp" and token.head.head.lemma_ == "be")) and not any(
                    child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for child in token.children):
                continue  # "cells were cultured and treated with curcumin": the second verb shares the passive
            wished = token
            while wished.dep_ == "conj" and wished.head.i != wished.i:
                wished = wished.head  # "eager to grow and to teach": both wished
            if wished.dep_ == "xcomp" and (wished.head.lemma_.lower() in verbs["intention"]
                                           or self.reader.lemma(wished.head) in verbs["intention"]):
                continue  # "eager to grow", "I hope to lead": a wish, not a task done
            if any(child.dep_ in ("dobj", "dative") and child.lower_ in _APPLICANT_AS_OBJECT for child in token.children):
                continue  # "(it) really motivated me to go for IM", "taught me a lot": the applicant is who it acted on
            if lemma in verbs["care-calques"] and any(child.dep_ == "dobj" and child.lemma_.lower() in verbs["cared-for"]
                                                       for child in token.children):
                lemma = "see"  # "attended the patients with the attending" (atender): saw them, not watched
            trailing = lemma in verbs["trailing"] and any(
                _person_object(child, verbs["people-objects"], verbs["people-endings"]) for child in token.children)
            watched = lemma in verbs["perception"] and not any(child.dep_ == "dobj" for child in token.children) and any(
                child.dep_ == "ccomp" and child.left_edge.i <= token.i + 2
                and any(g.dep_ in ("nsubj", "nsubjpass") for g in child.children)
                for child in token.children)  # "saw how he talks with patients": a clause watched, not a task; "was
            # seeing many patients ... also I was doing deliveries" sees patients (a run-on's next clause is no object)
            watched = watched or lemma in verbs["perception"] and any(
                child.dep_ == "aux" and child.lower_ in verbs["perception-modals"] for child in token.children)
            if lemma in verbs["observer"] or trailing or watched:
                group = "observer"
            elif lemma in verbs["underselling"]:
                group = "underselling"
            elif lemma in verbs["hands-on"] and (lemma not in verbs["role-with-object"] or lemma in verbs["role"] or any(
                    _counted_role_object(c, verbs["role-objects"], lemma not in verbs["light"]) for c in token.children)):
                group = "hands-on"  # "saw 20 patients", "took histories"; "saw children with epilepsy" is watching
            else:
                group = "other"
            helping = token.dep_ == "xcomp" and self.reader.lemma(token.head) in verbs["underselling"]
            task = lemma in verbs["light"] and not helping and _nominal_task(token, self.task_verbs)
            # ("helped to do some presentations" is the help, not the task)
            if task and group == "other":
                group = "hands-on" if task in verbs["hands-on"] else "other"  # "did the first assessment"
            improving_oneself = any(span.root.head.i == token.i or span.start == token.i + 1
                                    for span in self_improvement)
            improving_oneself = improving_oneself or lemma in verbs["self-study"] and not any(
                child.dep_ in ("dobj", "nsubjpass") for child in token.children) and any(
                child.dep_ == "prep" and child.lower_ == "for" for child in token.children)  # "prepare for USMLE"
            if improving_oneself and group == "other":
                group = "self-improvement"  # "improved my English": neither a task nor an observer verb
            role = not improving_oneself and not trailing and not watched and (lemma in verbs["role"] or bool(task) or (
                lemma in verbs["role-with-object"] and not (helping and lemma in verbs["light"]) and any(
                    _counted_role_object(c, verbs["role-objects"], lemma not in verbs["light"]) for c in token.children)))
            actions.append(Action(lemma, token.text, token.idx, token.idx + len(token.text),
                                  verb_tense(token, lemma, self.reader, subjects), group, role))
        return self._observer_phrases(actions, found, subjects)

    def _named_acts(self, doc) -> list[Action]:
        """Each résumé fragment led by an action noun ("Participation in daily rounds", "Observation of
        hemodialysis"), as the act its verb names, grouped as the verb would be (the lexicon's [nominal-verbs])."""
        from erasl.skeleton_nominal import a_fragment, nominal_verbs

        verbs, table, acts = self.words.verbs, nominal_verbs(), []
        for sentence in doc.sents:
            first = next((token for token in sentence if token.is_alpha), None)
            if first is None or not first.is_title or first.i + 1 >= sentence.end or first.lower_ not in table \
                    or doc[first.i + 1].pos_ != "ADP" or not a_fragment(sentence):
                continue
            lemma = table[first.lower_].verbs[0].split()[0]
            group = next((name for name in ("observer", "underselling") if lemma in verbs[name]), None) or (
                "hands-on" if lemma in verbs["hands-on"] and lemma not in verbs["role-with-object"] else "other")
            acts.append(Action(lemma, first.text, first.idx, first.idx + len(first.text), None, group, False))
        return acts

    def _observer_phrases(self, actions: list[Action], found, subjects) -> list[Action]:
        """"Was part of the team", "got exposure of", "sat in OPD" (observer), "took part in" (underselling):
        one action each, in place of the bare verb, when the verb is the applicant's (lexicon [verbs]
        observer-phrases, underselling-phrases)."""
        for group, span in found.get("verb-phrases", []):
            verb = span[0]
            if not own_subject(verb, subjects) or not own_subject(span.root, subjects) or span.root.dep_ == "pobj" or any(
                    is_passive(token) and token.lemma_.lower() not in self.words.verbs["observer-passives"] for token in span):
                continue  # "the study was presented at": a passive, not the applicant being present
            if span[-1].lemma_.lower() == "see" and any(child.dep_ == "dobj" and child.lemma_.lower() in self.words.verbs[
                    "cared-for"] for child in span[-1].children):
                continue  # "had the opportunity to see patients on my own": seeing patients, not watching (P102 owns the hedge)
            actions = [a for a in actions if not verb.idx <= a.start < span.end_char]
            phrase = " ".join(token.lemma_.lower() for token in span)
            actions.append(Action(phrase, span.text, span.start_char, span.end_char,
                                  verb_tense(verb, verb.lemma_.lower(), self.reader, subjects), group, False))
        return sorted(actions, key=lambda action: action.start)


_APPLICANT = {"i", "we", "me", "us", "myself"}
_APPLICANT_AS_OBJECT = {"me", "us"}  # no one is their own object without "myself": "motivated me" is someone else's act
_OWN_POSSESSIVES = {"my", "our"}
_ORGANISATION_ENTITIES = {"ORG", "FAC"}


def sentence_subjects(doc, organisation_spans) -> list[Mention]:
    """Who each sentence is about, from the parse: its main verb's subject, read as the applicant,
    an organisation (a lexicon [subjects] word or a named organisation), someone or something
    else, or none (no verb: a heading-like phrase). A subjectless verb is a résumé fragment: the
    applicant's."""
    organisation_words = {token.i for span in organisation_spans for token in span}
    subjects = []
    for sentence in doc.sents:
        if not sentence.text.strip() or all(token.is_punct or token.is_space for token in sentence):
            continue
        root = sentence.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")), None)
        if subject is None:
            is_verb = root.pos_ in ("VERB", "AUX") or root.tag_.startswith("VB")
            label = "applicant" if is_verb else "none"
            subjects.append(Mention(root.text, root.idx, root.idx + len(root.text), label=label))
            continue
        words = list(subject.subtree) if subject.pos_ != "PRON" else [subject]
        if subject.lower_ in _APPLICANT or any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in subject.children):
            label = "applicant"
        elif subject.i in organisation_words or subject.ent_type_ in _ORGANISATION_ENTITIES or (
                subject.pos_ == "PROPN" and any(t.i in organisation_words for t in words)):
            label = "organisation"
        elif subject.lower_ in ("it", "they") and (any(t.i in organisation_words for t in sentence) or (
                subjects and subjects[-1].label == "organisation")):
            label = "organisation"  # "It is a 500-bed teaching hospital"; "The hospital ... It serves"
        else:
            label = "other"
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        subjects.append(Mention(doc.text[start:end], start, end, label=label))
    return subjects


# what ends just before a year that is part of a date: a month ("Mar. 2024", "sept 2023") or a range's dash
_ENDS_A_DATE = re.compile(rf"(?<![a-z])(?:{_MONTH}|{_SEASON})\s*(?:of\s+|,\s*)?$|(?:{_YEAR}|{_SHORT_YEAR})\s*(?:[-–—]|to)\s*$",
                          re.IGNORECASE)  # "Jan'24 - Mar'24, presented 6 patients": the range's end dates the work


def _dates_an_output(span, publication, states) -> bool:
    """A date that dates a product of the work, not the work: "published in 2022", "presented at
    Digestive Disease Week 2024", "searched up to December 2023", "Journal of Child Health (2024)",
    "currently under review", "under review since 5 months"."""
    doc, root = span.doc, span.root
    if _ENDS_A_DATE.search(doc.text[max(span.start_char - 16, 0):span.start_char]) or re.match(
            rf"\s*(?:[-–—]|to|until|till|through)\s*(?:{_WHEN}|{_NOW})", doc.text[span.end_char:span.end_char + 24], re.IGNORECASE):
        return False  # "(Jan.-Mar. 2024)", "oct. 2022 – sept. 2023", "(2014 - 2019)": a date range, not an edition's year
    if re.fullmatch(r"(19|20)\d\d", span.text) and root.head.pos_ == "PROPN" and root.head.i < root.i \
            and root.dep_ in ("nummod", "npadvmod", "appos", "compound", "nmod") \
            and root.head.lower_.rstrip(".") not in MONTH_NUMBERS and root.head.lower_ not in SEASON_MONTHS:
        return True  # the year of a named meeting or edition: "Digestive Disease Week 2024"
    if span.start >= 2 and doc[span.start - 1].text == "(" and doc[span.start - 2].pos_ == "PROPN" \
            and span.end < len(doc) and doc[span.end].text == ")" and root.like_num:
        return True  # "Pakistan Journal of Child Health (2024)"
    head = root
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX") or head.dep_ == "ROOT" or head.head is head:
            break
        head = head.head
    if head.lemma_.lower() in publication:
        return not (own_subject(head) and not is_passive(head))  # "I presented 3 cases in 2022" dates the work
    return any(c.dep_ == "prep" and c.lower_ == "under" and any(g.lemma_.lower() in states for g in c.children)
               for c in head.children)  # "is currently under review"


def _not_the_applicants(doc, subjects: list[Mention], outputs, experiences, studied=frozenset()) -> list[tuple[int, int]]:
    """Character ranges whose dates do not date the applicant's work: sentences about the organisation
    ("It has run a transplant program since 1989"), relative clauses about it, and the dates of a
    product of the work ("published in 2022"). A sentence whose subject is the experience itself ("The
    observership ran from June to August 2023"; `experiences` are the type words) keeps its dates."""
    if doc is None:
        return []
    ranges = []
    typed = [(span.start_char, span.end_char) for span in experiences]
    for sentence in doc.sents:
        subject = next((m for m in subjects if m.start is not None and sentence.start_char <= m.start < sentence.end_char), None)
        if any(t.lower_ in ("i", "we") and t.dep_ in ("nsubj", "nsubjpass") for t in sentence):
            continue  # the applicant is in it: "I did a 4 week observership in June 2023 - it was ..."
        opening = next((t for t in sentence if t.is_alpha), None)
        if opening is None or subject is None or subject.start != opening.idx or any(c in subject.text for c in ",:;"):
            continue  # "Treasurer, Global Health Society, AY2021/22: ran 4 fundraisers": a title line, not a sentence about it
        if subject.label == "organisation" and not any(
                start < subject.end and subject.start < end for start, end in typed) and (
                " " in subject.text.strip() or subject.text.lower() in ("it", "they")):  # "Clinic volunteer from
            # June": a bare word as subject is more often a misparsed title than the organisation
            ranges.append((sentence.start_char, sentence.end_char))
    for token in doc:
        if token.dep_ == "relcl" and token.head.pos_ in ("NOUN", "PROPN") and any(
                m.label == "organisation" and m.start is not None and m.start <= token.head.idx < m.end for m in subjects) \
                and not any(child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in _APPLICANT for child in token.children):
            # ("the clinic where I worked from 2019 to 2021": a clause the applicant is the subject of dates their work)
            words = list(token.subtree)
            ranges.append((words[0].idx, words[-1].idx + len(words[-1].text)))
        elif token.dep_ in ("relcl", "acl") and token.head.lemma_.lower() in studied and not any(
                child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in _APPLICANT for child in token.children):
            # "patients who underwent gastrectomy between 2015 and 2019": the data's dates; "patients I followed
            # from June to August" has the applicant as subject and dates the work
            words = list(token.subtree)
            ranges.append((words[0].idx, words[-1].idx + len(words[-1].text)))
    ranges += [(span.start_char, span.end_char) for span in outputs]
    return ranges


def _blanked(text: str, ranges) -> str:
    """The text with the ranges blanked, offsets kept."""
    chars = list(text)
    for start, end in ranges:
        for i in range(max(start, 0), min(end, len(chars))):
            if not chars[i].isspace():
                chars[i] = " "
    return "".join(chars)


def _without_overlaps(pairs) -> list[tuple[int, int]]:
    """Token ranges (first, last) without overlaps, the longest kept, in text order."""
    kept: list[tuple[int, int]] = []
    for first, last in sorted(set(pairs), key=lambda pair: pair[0] - pair[1]):
        if not any(first <= other_last and other_first <= last for other_first, other_last in kept):
            kept.append((first, last))
    return sorted(kept)


# --- an entry written in the third person about the applicant (V105) --------------------------

_SINGULAR_FIRST_PERSON = {"i", "me", "my", "mine", "myself"}
_THIRD_PERSON_FORMS = {
    "she": {"subjects": frozenset({"she"}), "possessives": frozenset({"her"})},
    "he": {"subjects": frozenset({"he"}), "possessives": frozenset({"his"})},
    "they": {"subjects": frozenset({"they"}), "possessives": frozenset({"their"})},
}
# A title before a name says who it is: "Ms. Alvarez", "Dr. Khan" (the small model has no named entities).
_TITLES = {"ms": "she", "mrs": "she", "miss": "she", "mr": "he", "dr": None, "mx": "they", "prof": None,
           # ... and spelled out, as US osteopathic and bio-style entries write them: "Student Doctor Kayla Brennan",
           # "Doctor Okafor", "Professor Lindqvist", "Mister Haddad"
           "doctor": None, "professor": None, "mister": "he", "madam": "she",
           # military ranks, as army and navy CV bios open: "Captain (Dr.) Ifeoma Nwosu served ...", "Maj. Bello"
           **dict.fromkeys(("captain", "capt", "major", "maj", "lieutenant", "lt", "colonel", "col", "commander", "cdr",
                            "sergeant", "sgt", "ensign", "corporal", "cpl"))}


def _title_of(subject) -> tuple[bool, str | None]:
    """Whether a subject is a titled name ("Ms. Alvarez", "Dr. Khan") and the pronoun its title implies."""
    if subject.pos_ != "PROPN":
        return False, None
    if subject.lower_.rstrip(".") in _TITLES and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children):
        return True, _TITLES[subject.lower_.rstrip(".")]  # "Captain (Dr.) Ifeoma Nwosu": the title heads, the name follows
    for word in subject.subtree:
        title = word.lower_.rstrip(".")
        if word.i < subject.i and title in _TITLES:
            return True, _TITLES[title]
    return False, None


def _named_forms(mention: Mention) -> set[str]:
    """The words an entry uses for its third-person applicant besides the pronoun: the name's last word, and
    the given name before it ("Student Doctor Daniel Reyes ... Daniel presented")."""
    words = mention.text.split()
    if not words or not words[-1][:1].isupper():
        return set()
    named = {words[-1]}
    if len(words) >= 2 and words[-2][:1].isupper() and words[-2].lower().rstrip(".") not in set(_TITLES) | _TITLE_WORDS:
        named.add(words[-2])
    return named


_OWN_SUBJECT_WORDS = frozenset({"i", "we"})
_TITLE_WORDS = {"doctor", "student", "professor", "nurse", "mister", "miss", "madam"}


def _someone_named_before(doc, at: int, people: frozenset[str]) -> bool:
    """A person a later "he" or "she" could mean, named before token `at`: a titled or proper name ("Dr. Patel",
    "Sarah"), a person noun ("the attending", "the patient") or a specialist ("the cardiologist")."""
    for token in doc[:at]:
        word = token.lower_.rstrip(".")
        if word in _TITLES or word in people or token.lemma_.lower() in _OTHERS_BEFORE and token.tag_ == "NN" \
                or token.pos_ == "PROPN" and token.ent_type_ == "PERSON" \
                or token.pos_ == "NOUN" and word.endswith(("ologist", "iatrist", "ician")):
            return True
    return False


# people besides the supervisors (lexicon people-objects) a later pronoun may mean
_OTHERS_BEFORE = frozenset({"patient", "man", "woman", "child", "boy", "girl", "mother", "father", "lady", "student"})


def applicant_subjects(profile) -> frozenset[str]:
    """The words that are the applicant as a subject: I and we, and in an entry written about the applicant
    in the third person (V105) its pronoun and name ("She", "Alvarez")."""
    if profile.third_person is None:
        return _OWN_SUBJECT_WORDS
    return _OWN_SUBJECT_WORDS | _THIRD_PERSON_FORMS[profile.third_person.label]["subjects"] | _named_forms(profile.third_person)


def third_person_applicant(doc, subjects: list[Mention], people: frozenset[str] = frozenset()) -> Mention | None:
    """The applicant, when the entry is written about them in the third person: no "I", "me" or "my"
    anywhere, the first person-subject is a titled name ("Ms. Alvarez served ...") or the opening
    sentence's pronoun ("She completed ..."), and at least two sentences, and at least half of those with
    a verb, have that same person (the name, or the one pronoun that fits it) as subject. A résumé fragment
    is the applicant's own voice: "Followed Dr. Smith in clinic. She let me do the exam." is not this.
    Mixed persons are read too: a bio that says "us" ("The consultant taught us"), and résumé fragments or
    "we" beside a "he"/"she" that no one named before it could be ("Worked as a house officer ... He managed
    15 patients ... He also wrote discharge summaries"); a titled name beside fragments is someone else
    ("Mr. D was admitted with sepsis. ... Took his history")."""
    if any(token.lower_ in _SINGULAR_FIRST_PERSON for token in doc):
        return None
    with_verbs = [s for s in subjects if s.label != "none"]
    # the applicant's own voice beside the third person: a résumé fragment's verb, or "we" (one word each;
    # "our group published" is about the group)
    own_voice = any(s.label == "applicant" and " " not in s.text for s in with_verbs)
    with_verbs = [s for s in with_verbs if s.label != "applicant"]
    if not with_verbs:
        return None
    who: Mention | None = None
    name = None
    same = 0
    for index, mention in enumerate(with_verbs):
        head = next((t for t in doc.char_span(mention.start, mention.end, alignment_mode="expand") or ()
                     if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
        if head is None:
            continue
        titled, pronoun = _title_of(head)
        if who is None:
            # an untitled full name opening the entry ("Jason Whitfield worked as a paramedic ... He"): the
            # pronouns that follow decide, as for a titled one
            titled = titled or index == 0 and head.pos_ == "PROPN" and head.text[:1].isupper() and any(
                c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == head.i - 1 for c in head.children) \
                and not any(c.dep_ == "appos" for c in head.children)  # "Maria Lopez, a 60-year-old farmer": a patient
            # a given name alone opening the entry's first sentence ("Marcus leveraged ... He collaborated"): a
            # bio's subject, as the pronouns that follow confirm
            titled = titled or index == 0 and head.pos_ == "PROPN" and head.text[:1].isupper() \
                and head.i == head.sent.start and not any(c.dep_ == "appos" for c in head.children)
            if titled and (own_voice or head.dep_ == "nsubjpass" and any(t.lower_ in ("us", "our") for t in doc)):
                # "Mr. B was admitted with DKA. ... Taught him": the fragments are the applicant's; "Mr. D was
                # admitted ... the team taught us": a patient done to, beside the applicant's "us"
                return None
            if titled:
                name = next((c.text for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                             and head.lower_.rstrip(".") in _TITLES), head.text)  # "Captain ... Nwosu": the name
                who = Mention(mention.text, mention.start, mention.end, label=pronoun or "they")
                same += 1
            elif head.lower_ in _THIRD_PERSON_FORMS and head.lower_ != "they" and index == 0 \
                    and not _someone_named_before(doc, head.i, people):
                who = Mention(mention.text, mention.start, mention.end, label=head.lower_)
                same += 1
            elif head.pos_ in ("PRON", "PROPN") or mention.label == "other":
                return None  # someone else is the first person spoken of: a patient, a supervisor
            continue
        if head.text == name:
            same += 1
        elif head.lower_ in _THIRD_PERSON_FORMS and (who.label == head.lower_ or (
                who.label == "they" and name is not None and head.lower_ != "they")):
            if who.label == "they" and name is not None:
                who = Mention(who.text, who.start, who.end, label=head.lower_)  # "Dr. Khan ... He": now known
            same += 1
    if who is None or same < 2 or same * 2 < len(with_verbs):
        return None  # one sentence about a titled name is a supervisor or a patient as often as the applicant
    return who


def _names_something_else(span, settings, lessons, roles=frozenset()) -> bool:
    """A type word that names a setting or a lesson, not the experience: "a community teaching hospital"
    (inside a setting's name), "it taught me to listen" (teach + me: a lesson)."""
    if any(other.start <= span.start and span.end <= other.end and len(other) > len(span) for other in settings):
        return True
    last = span[-1]
    if last.dep_ in ("dobj", "obj") and last.head.lemma_.lower() in _RAN_SOMETHING:
        return True  # "ran our team's on-call rotation", "scheduled the rotation": something run, not the experience
    if _someone_elses_post(last, roles):
        return True  # "followed the daily visit with the tutor": the tutor is another person, not the applicant's post
    return (last.lemma_.lower() in lessons or last.lower_ in ("taught",)) and last.i + 1 < len(last.doc) \
        and last.nbor(1).lower_ in ("me", "us", "myself")


def _posts_in_general(span) -> bool:
    """A clinical post named as a bare plural in a sentence's text ("to manage stress during exams and difficult
    rotations"): such posts in general, never this experience. "my rotations", "two clerkships", "the electives"
    and a heading or title line name the applicant's own; a word the tagger calls plural but that has no plural
    ending ("Famulatur") is no plural."""
    last = span[-1]
    if last.tag_ not in ("NNS", "NNPS") or last.lower_ == last.lemma_.lower() or _in_a_heading_line(span):
        return False
    return not any(child.dep_ in ("det", "poss", "nummod") for child in last.children)


_OTHERS_DETERMINERS = frozenset({"the", "my", "our", "his", "her", "their", "your"})


def _someone_elses_post(token, roles) -> bool:
    """A post named with "the" or a possessive that is not the applicant's own: "with the tutor", "my
    instructor explained", "the registrar taught me". "As the tutor" and "I was the tutor" are the
    applicant's, so a noun after "as" or said of the subject is left alone."""
    if token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() not in roles:
        return False  # only a person's post ("the tutor"); "the externship" is the experience itself
    if not any(child.dep_ in ("det", "poss") and child.lower_ in _OTHERS_DETERMINERS for child in token.children):
        return False
    if token.dep_ in ("attr", "appos", "oprd") or token.dep_ == "pobj" and token.head.lower_ == "as":
        return False
    return True


# verbs whose object is something the applicant ran or arranged, never the experience itself
_RAN_SOMETHING = frozenset({"run", "manage", "schedule", "coordinate", "organize", "organise", "plan", "arrange",
                            "cover", "staff", "build", "design", "automate"})


_ORDINAL = re.compile(r"^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$",
                      re.IGNORECASE)


def _ordinal(token) -> bool:
    """'first-year volunteers', 'my second night': an ordinal says which, not how many or how long."""
    return bool(_ORDINAL.match(token.text))


_NAMED_INSTITUTION = {"hospital", "hospitals", "clinic", "clinics", "medical", "health", "healthcare", "mercy", "university",
                      "college", "school", "church", "regional", "free", "community", "memorial", "children", "charity",
                      "infirmary", "center", "centre", "'s", "’s", "general", "family", "catholic"}


def _in_a_wish(span, intention) -> bool:
    """Words said inside a wish or a future ("I want to continue my training in the United States", "these skills
    will help me communicate with patients"): a verb above them is a wish ("want", "hope") or has "will"/"would"."""
    for token in span.root.ancestors:
        if token.lemma_.lower() in intention or any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll")
                or c.dep_ == "nsubj" and c.lemma_.lower() in intention for c in token.children):
            return True  # "I want to train in ...", "will help me with patients", "My goal is to train in ..."
    return False


def _patron_saint(span) -> bool:
    """"Saint Vincent Free Clinic", "St. Lucia's Hospital": a saint naming an institution, not the island."""
    if span[0].lower_ not in ("st", "st.", "saint") or span.end >= len(span.doc):
        return False
    return span.doc[span.end].lower_ in _NAMED_INSTITUTION


def _person_object(child, people, endings=()) -> bool:
    """A direct object that is a person: him, her, them, a name, "the attending", "Dr. Patel", a specialist
    named by the word's ending ("the cardiologist")."""
    if child.dep_ != "dobj":
        return False
    return child.lower_ in ("him", "her", "them") or child.lemma_.lower() in people or child.lower_ in people \
        or child.lower_.rstrip("s").endswith(tuple(endings)) \
        or (child.pos_ == "PROPN" and any(grand.lower_.rstrip(".") == "dr" for grand in child.children)) \
        or child.ent_type_ == "PERSON"


_NUMERIC_DATE = re.compile(DATE_TOKEN + r"|^['’]\d\d$", re.IGNORECASE)
_DAY_OF_MONTH = re.compile(r"^\d{1,2}(?:st|nd|rd|th)?$", re.IGNORECASE)


def _date_part(token) -> bool:
    """A number that is part of a date, not a count: "2021.03", "06/2023", "1st March", "March 15", "2022-23",
    "Jan '24"."""
    if _NUMERIC_DATE.match(token.text):
        return True
    doc = token.doc
    if re.fullmatch(r"\d\d", token.text) and token.i >= 2 and doc[token.i - 1].text in ("-", "–", "/") \
            and re.fullmatch(r"(?:19|20)\d\d", doc[token.i - 2].text):
        return True  # the end of a year range written short: "2022-23", "AY 2021/22"
    if re.fullmatch(r"\d\d", token.text) and token.i >= 2 and doc[token.i - 1].text in ("'", "’") \
            and doc[token.i - 2].text.lower().rstrip(".") in MONTH_NUMBERS:
        return True  # "Jan '24 - Mar '24": a year written short after its month
    if not _DAY_OF_MONTH.match(token.text):
        return False
    neighbours = [doc[i] for i in (token.i - 1, token.i + 1, token.i + 2) if 0 <= i < len(doc)]
    if token.i + 1 < len(doc) and doc[token.i + 1].lower_ != "of":
        neighbours = neighbours[:2]  # "1st of March": the month two words on
    return any(n.text.lower().rstrip(".") in MONTH_NUMBERS for n in neighbours)


def _task_verb(noun: str, task_verbs, same_spelling: bool = True) -> str | None:
    """The task verb a noun is made from: assessment -> assess, examination -> examine, evaluation -> evaluate,
    analysis -> analyze, diagnosis -> diagnose, suturing -> suture, referral -> refer, and (`same_spelling`)
    review -> review."""
    candidates = [noun] if same_spelling else []
    for ending, stems in (("ment", ("",)), ("ation", ("", "e", "ate")), ("ition", ("", "e")), ("ion", ("", "e")),
                          ("sis", ("ze", "se")), ("ing", ("", "e")), ("al", ("", "e"))):
        if noun.endswith(ending) and len(noun) > len(ending) + 2:
            candidates += [noun[:-len(ending)] + stem for stem in stems]
    if noun.endswith("ing") and len(noun) > 5 and noun[-4] == noun[-5]:
        candidates.append(noun[:-4])  # "running" -> run
    return next((verb for verb in candidates if verb in task_verbs), None)


def _nominal_task(verb, task_verbs) -> str | None:
    """The task a light verb's object names, when it is a task verb made into a noun: "did the first
    assessment of the patient", "realized the analysis of readmission data" (a calque of realizar, réaliser),
    "carried out the screening", "made the evaluation". The object's own "and" list counts too."""
    objects = [child for child in verb.children if child.dep_ in ("dobj", "obj")]
    for particle in (child for child in verb.children if child.dep_ == "prt"):  # "carried out the screening"
        objects += [child for child in particle.children if child.dep_ in ("dobj", "pobj")]
    objects += [conj for noun in objects for conj in noun.conjuncts]
    for noun in objects:
        if noun.pos_ != "NOUN" or any(child.dep_ == "poss" for child in noun.children) or any(
                word.dep_ == "poss" and word.lower_ in _OWN_POSSESSIVES for prep in noun.children if prep.lower_ == "of"
                for pobj in prep.children for word in pobj.children):
            continue  # "did their screening" is someone else's; "an assessment of my strengths" is about me
        same = verb.lemma_.lower() != "make"  # "did the review" is a task; "made the schedule", "made a plan" a thing
        task = _task_verb(noun.lemma_.lower(), task_verbs, same) or _task_verb(noun.lower_, task_verbs, same)
        if task:
            return task
    return None


def _counted_role_object(child, role_objects, compounds: bool = True) -> bool:
    """A direct object that makes "saw" or "took" a role: patients, histories, or anything counted; with
    `compounds`, an object named by the measurement before it ("checked the blood pressure"). A light verb's
    object is its own head noun ("did blood pressure checks" says what was around, not what the writer did)."""
    if child.dep_ != "dobj" or child.pos_ not in ("NOUN", "PROPN"):
        return False
    return child.lemma_.lower() in role_objects or child.lower_ in role_objects or any(
        grand.dep_ == "nummod" for grand in child.children) or compounds and any(
        word.dep_ == "compound" and word.lemma_.lower() in role_objects for word in child.subtree if word.i < child.i)


def _mention(span, label: str | None = None, source: str = "text") -> Mention:
    if source != "text":
        return Mention(span.text, source=source, label=label)
    return Mention(span.text, span.start_char, span.end_char, label=label)


def _named_after_abroad(span, label, matches) -> bool:
    """A US town or a US hospital named after a place abroad, told by the US city or state written after it in
    the same address: "Warsaw, Indiana", "Paris, TX", "Jamaica Bay Medical Center, Queens NY", "Lebanon Valley
    Hospital, Annville, PA". The foreign name is not where the work was. Only names and commas may come between,
    and no other place abroad ("Cairo University, Egypt, then Houston" stays abroad)."""
    if label == "us":
        return False
    doc = span.doc
    for other_label, other in matches:
        if other_label != "us" or not 0 <= other.start - span.end <= 6:
            continue
        between = doc[span.end:other.start]
        if all(token.pos_ == "PROPN" or token.text == "," for token in between) and not any(
                other_label != "us" and span.end <= match.start < other.start for other_label, match in matches):
            return True
    return False


def _in_a_heading_line(span) -> bool:
    """Words in the entry's first line when that line is a heading: no finite verb, and a line of its own
    ("Clinical Externship, Internal Medicine – Jersey City NJ (Aug 2024, 4 weeks)"). What it names is the entry,
    whatever the text below mentions more often ("the QI poster", "a research day")."""
    doc = span.doc
    first = next(doc.sents, None)
    if first is None or not first.start <= span.start < first.end:
        return False
    line_ends = first.end >= len(doc) or "\n" in doc[first.end - 1].text_with_ws or doc[first.end].is_space
    return line_ends and not any(token.tag_ in ("VBD", "VBZ", "VBP", "MD") for token in first)


def _where_the_entry_is(matches, type_words: Mention | None) -> list:
    """The places in the order they decide: those named in the sentence that names the entry's type first ("I was a
    dentist in Shiraz ... In this observership at Bayou General Hospital (Houston)"), and a hospital or school
    named in its own language only after a US city or state of the same sentence ("Clínica San Rafael, an
    outpatient practice in Hialeah")."""
    if type_words is not None and type_words.start is not None:
        typed = [(label, span) for label, span in matches if span.sent.start_char <= type_words.start < span.sent.end_char]
        matches = typed + [match for match in matches if match not in typed]
    if matches and matches[0][0] == "named-abroad":
        sentence = matches[0][1].sent
        us = [match for match in matches if match[0] == "us" and match[1].sent == sentence]
        matches = us + [match for match in matches if match not in us]
    return matches


def _first(matches, source: str) -> Mention | None:
    return _mention(matches[0][1], matches[0][0], source) if matches else None


def _most_named(matches) -> Mention | None:
    """The label named most often (ties: the earliest), at its first mention."""
    if not matches:
        return None
    counts: dict[str, list] = {}
    for label, span in matches:
        counts.setdefault(label, []).append(span)
    label, spans = max(counts.items(), key=lambda item: (len(item[1]), -item[1][0].start))
    return _mention(spans[0], label)


def _verb_present(span) -> bool:
    """'to present one case', 'to present health talks': the verb, not the date word 'present'.

    Decided from the parse: the verb takes an object or a complement; the date follows a date
    ("2022 to present") and takes nothing. The tagger alone is not trusted (it tags both ways).
    """
    last = span[-1]
    if last.lower_ != "present":
        return False
    before = span.doc[max(span.start - 3, 0):span.start]
    if any(token.like_num or token.text.lower().rstrip(".") in MONTH_NUMBERS for token in before):
        return False
    return any(child.dep_ in ("dobj", "dative", "prep", "ccomp", "xcomp", "attr", "npadvmod") for child in last.children) \
        or (last.tag_ == "VB" and last.dep_ in ("xcomp", "acl", "relcl"))


_FREQUENCY_BEFORE = re.compile(r"\b(?:once|twice|thrice|times|per|every|each|x)\s*$", re.IGNORECASE)
# "36 hours a week", "3 days a week", "2 clinics a month": an amount per unit of time, a rate.
_RATE_BEFORE = re.compile(r"\b(?:hours?|hrs?|h|days?|nights?|shifts?|sessions?|clinics?|visits?|patients?|pts|classes|"
                          r"lectures?|times?|calls?|weekends?|mornings?|afternoons?|evenings?)\s*$", re.IGNORECASE)
_LEADING_NUMBER = re.compile(r"^\s*(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                             r"fifteen|eighteen|twenty|thirty)\b)", re.IGNORECASE)


def _is_frequency(text: str, mention: Mention) -> bool:
    """'twice a week', '3 times a month', 'per week', '36 hours a week': how often, not how long.
    'x 18 mos' after a title is a length ("Observership x 6 weeks")."""
    if mention.start is None or mention.source != "text":
        return False
    before = text[max(0, mention.start - 12):mention.start]
    if _LEADING_NUMBER.match(mention.text):
        return bool(re.search(r"\b(?:per|every|each)\s*$", before, re.IGNORECASE))
    return bool(_FREQUENCY_BEFORE.search(before) or _RATE_BEFORE.search(before))


_SHIFT_UNIT = re.compile(r"(?i)\b\d*\s*-?\s*(?:hours?|hrs?|h|minutes?|mins?)$")
_SHIFT_AFTER = re.compile(r"(?i)^\s*-?\s*(?:long\s+)?(?:straight|shifts?|calls?|duty|duties|on\s+call|in\s+a\s+row|"
                          r"non-?stop|at\s+a\s+time|a\s+day|per\s+day|each\s+day|daily)\b")


def _is_shift_length(span) -> bool:
    """'36 hours straight', '12-hour shifts', '24h calls': how long a shift lasted, not the experience
    (read, but it does not satisfy D101). '120 hours of volunteering' is a length."""
    text = span.doc.text
    return bool(_SHIFT_UNIT.search(span.text) and _SHIFT_AFTER.match(text[span.end_char:span.end_char + 20]))


def _is_age(text: str, mention: Mention) -> bool:
    """'a 19-year-old athlete': an age, not how long the experience lasted."""
    return mention.end is not None and mention.source == "text" and bool(re.match(r"\s*-?\s*olds?\b", text[mention.end:mention.end + 6]))


# a length said of each part of the time: "every rotation was", "each block lasted", "each of them for"
_EACH_PART_BEFORE = re.compile(r"\b(?:each|every)\s+(?:of\s+\w+\s+|\w+\s+){0,2}?(?:was|were|is|lasted|of|for|took)\s+"
                               r"(?:about\s+|around\s+|approximately\s+)?$"
                               # the verb dropped, as dictation and many first languages say it: "four departments
                               # each one three months", "two blocks, each of them 6 weeks"
                               r"|\beach(?:\s+one|\s+of\s+them)?,?\s+(?:about\s+|around\s+)?$", re.IGNORECASE)
# the time a result took, not the entry's length: "pass rate went from 48% to 81% over three years", "reduced
# duplicate orders by 40% in 6 mos", "cut the wait from 9 weeks to 3"
_CHANGE_BEFORE = re.compile(r"(?:\bfrom\b[^.;!?\n]{1,60}\bto\b[^.;!?\n]{1,40}|\bby\s+(?:about\s+)?\d+(?:\.\d+)?\s*%[^.;!?\n]{0,30})"
                            r"\b(?:in|over|within|after)\s+(?:the\s+)?(?:first\s+|next\s+|last\s+)?$", re.IGNORECASE)


def _a_change(text: str, mention: Mention) -> bool:
    """A length that is how long a change took or a quantity that changed, not how long the entry lasted:
    "from 58% to 74% in two years", "by 40% in 6 mos", "cut the wait from 9 weeks to 3"."""
    if mention.start is None or mention.source != "text":
        return False
    before, after = text[max(0, mention.start - 120):mention.start], text[mention.end:mention.end + 20]
    return bool(_CHANGE_BEFORE.search(before)) or bool(
        re.search(r"\bfrom\s+(?:about\s+)?$", before, re.IGNORECASE) and re.match(r"\s*to\b", after))


def _part_of_span(text: str, profile: "EntryProfile", stated) -> bool:
    """A stated duration after a date range, and at most half of it: a part of the time, not its length,
    when it is in a later sentence ("Mar 2021 - Feb 2022 ... spent 2 months in cardiology") or, in
    the same sentence, spent somewhere inside a range given to the month ("01/2021 to 12/2021, 6 months in
    Medicine")."""
    weeks, mention = stated
    dates = profile.dates_words
    if mention.start is None or dates.end is None or mention.start < dates.end or profile.end is None:
        return False
    span_weeks = (profile.end - profile.start + 1) * WEEKS_PER_MONTH
    if any(m.label == "dates" and dates.end <= m.start and 0 <= mention.start - m.end <= 3 for m in profile.time_frame):
        return True  # "09.2020 - 02.2021 (6 mos)" on a later row: the length of that row's dates, not the entry's
    if weeks > span_weeks / 2 + 0.5:
        return False  # half the range may be a part ("6 months in Medicine and 6 in Surgery"); more is its length
    between = text[dates.end:mention.start]
    if _EACH_PART_BEFORE.search(between[-40:]) or re.match(r"\s*(?:each|apiece)\b", text[mention.end:]):
        return True  # "every rotation was 3 months", "4 blocks of 3 months each": the length of each part
    if re.fullmatch(rf"\D*{_YEAR}\D*", dates.text):
        return False  # "2023. ... 8 weeks in all": a year alone says when, and a length in it is how long
    if re.search(r"[.;!?]\s|\n", between):
        return True  # a later sentence, or a later line or bullet ("(Jun 2014 – Aug 2017)\n• ... for 1 year")
    # In the same sentence, a length spent somewhere inside a range given to the month is one of its parts:
    # "from 01/2021 to 12/2021, 6 months in Medicine and 6 in Surgery", "Mar-Aug 2022: 2 months on the ward"
    to_the_month = not re.fullmatch(rf"\D*{_YEAR}\D+{_YEAR}\D*|\D*{_YEAR}\D*", dates.text)
    return to_the_month and bool(re.match(r"\s*(?:each\s+)?(?:in|on|at)\b", text[mention.end:]))


def _weeks_of(words: str) -> float | None:
    """'4-week' -> 4, 'two months' -> 8.7, '6 mos' -> 26.1, 'a month and a half' -> 6.5, '10 days' -> 1.4,
    '12h' -> None (hours are not a length)."""
    fraction = re.search(r"(\d{1,2})/(52|12)$", words.strip())
    if fraction:  # "6/52" (six weeks), "for 3/12" (three months): British clinical shorthand
        return int(fraction.group(1)) * (1.0 if fraction.group(2) == "52" else WEEKS_PER_MONTH)
    half = re.fullmatch(r"(\d+|[a-z]+)\s+and\s+a\s+half\s+([a-z]+)|(\d+|[a-z]+)\s+([a-z]+)\s+and\s+a\s+half",
                        words.lower().strip())
    if half:  # "six and a half weeks", "a month and a half": the whole length plus half a unit
        number, unit = (half.group(1), half.group(2)) if half.group(1) else (half.group(3), half.group(4))
        whole = _weeks_of(f"{number} {unit}")
        return None if whole is None else whole * (1 + 0.5 / (float(number) if number[0].isdigit() else NUMBER_WORDS[number]))
    match = re.search(r"(\d+(?:\.\d+)?|[a-z]+)\s*[-–]?\s*(?:(?:to|[-–])\s*\d+\s*[-–]?\s*)?(weeks?|wks?|months?|mos?|years?|yrs?|semesters?|summers?|days?)\b",
                      words.lower())
    if not match:
        return None
    number, unit = match.group(1), match.group(2)
    if unit.startswith("day") and not number[0].isdigit() and number not in NUMBER_WORDS or number == "half":
        return None  # "3 half-days per week": a frequency's unit, never a length
    value = float(number) if number[0].isdigit() else NUMBER_WORDS.get(number)
    if value is None:
        return None
    unit = unit if unit in UNIT_WEEKS else unit.rstrip("s")
    return value * UNIT_WEEKS.get(unit, UNIT_WEEKS.get(unit + "s", 0)) or None


def counted_plural(token) -> bool:
    """A word ending in -s after a number and at most two describing words ("2 overnight calls", "3 weekly
    visits"), which lemminflect knows as a plural noun: a count of things the tagger read as a verb."""
    from erasl.nlp import plural_of_a_noun

    if token.tag_ not in ("VBZ", "VBP", "NNS") or not token.lower_.endswith("s"):
        return False
    before = token.doc[max(0, token.i - 3):token.i]
    number = next((t for t in reversed(before) if t.like_num), None)
    if number is None or any(t.pos_ not in ("ADJ", "NOUN", "ADV", "PROPN") for t in token.doc[number.i + 1:token.i]):
        return False
    return plural_of_a_noun(token.lower_)
