"""Facts a draft already states: duration, type, specialty, setting, institution, counts, activities, outcomes.

Rewrite suggestions (erasl/rewrite.py) are built only from these facts and
visible [placeholders], so every fact keeps the span of the entry's text it
came from. Extraction reads the spaCy parse the linter already made (one
`nlp.pipe` per run) and the phrase lists in rules/: durations and settings
reuse the D101 and S101 phrases, so a fact is found exactly where those rules
are satisfied; specialties, types and verb groups live in rules/rewrite/.

The pipeline is loaded without `ner` (see erasl/nlp.py), so institutions and
places come from noun phrases after at/with/in whose head is an institution
noun, and from runs of proper nouns; this misses some names a statistical
entity recogniser would catch, and never costs a second model.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from erasl.document import MONTH_NAMES
from erasl.grammar import is_passive
from erasl.grammar import is_quantity
from erasl.grammar import VerbReader
from erasl.registry import RuleFileError, RuleSet, rules_dir

_APPLICANT = {"i", "we", "me", "us", "myself"}
_PRONOUN_OBJECTS = {"them", "him", "her", "it", "they", "those", "these", "this", "that", "everyone"}


@dataclass
class Fact:
    """Something the draft says, with where it says it (None for metadata and titles)."""

    text: str
    start: int | None = None
    end: int | None = None
    source: str = "text"  # text | metadata | title
    value: str | None = None  # normalised form: canonical specialty, "4-week", "dates", ...


@dataclass
class Count(Fact):
    """A number with its unit and rate: "4-6 patients daily" -> number 4-6, unit patients, rate daily."""

    number: str = ""
    unit: str = ""
    rate: str | None = None


@dataclass
class Activity(Fact):
    """A verb and what it acts on, as written: "presented 6 cases at noon conference"."""

    verb: str = ""  # the verb as written
    lemma: str = ""
    object: str = ""  # the words after the verb, as written
    category: str = "other"  # slot group from rules/rewrite/facts.toml [activities]
    voice: str = "active"  # active | passive
    by_applicant: bool | None = True  # passive with no agent: None (the draft does not say who)
    weak: bool = False
    helped_by: str | None = None  # "helped prepare slides": the weak verb that governs this one
    object_start: int | None = None  # where `object` lies in the entry's text (None when reordered: passive)
    object_end: int | None = None
    shared: bool = False  # "we saw", "were seen by us": the team's work, said with "we", never as "I"


@dataclass
class Facts:
    """Everything extracted from one entry; `to_dict` is the JSON `erasl facts` prints."""

    kind: str
    title: str | None = None
    type: Fact | None = None
    us: bool | None = None
    durations: list[Fact] = field(default_factory=list)
    specialties: list[Fact] = field(default_factory=list)
    settings: list[Fact] = field(default_factory=list)
    institutions: list[Fact] = field(default_factory=list)
    places: list[Fact] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    outcomes: list[Fact] = field(default_factory=list)

    @property
    def specialty(self) -> str | None:
        """The entry's specialty: metadata, else the title, else the first one the text names."""
        for source in ("metadata", "title", "text"):
            for fact in self.specialties:
                if fact.source == source:
                    return fact.value
        return None

    @property
    def length(self) -> Fact | None:
        """How long the experience lasted ("4-week", "for two years"), if the draft says.

        Weeks and longer only: "a 24-hour call" or "a 10-minute talk" is not the experience's length.
        """
        long_units = ("week", "month", "year", "semester", "summer", "term", "quarter", "wk", "mo", "yr")
        return next((d for d in self.durations if d.value not in ("dates", "frequency")
                     and any(unit in d.text.lower() for unit in long_units)), None)

    @property
    def dates(self) -> Fact | None:
        return next((d for d in self.durations if d.value == "dates"), None)

    @property
    def frequency(self) -> Fact | None:
        return next((d for d in self.durations if d.value == "frequency"), None)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["specialty"] = self.specialty
        return data


# --- data ----------------------------------------------------------------------

@lru_cache(maxsize=4)
def load_rewrite_data(directory: Path | None = None) -> dict[str, Any]:
    """rules/rewrite/facts.toml and slots.toml as one dict; a table both keep is joined, never one lost."""
    folder = Path(directory) if directory else rules_dir() / "rewrite"
    data: dict[str, Any] = {}
    for name in ("facts.toml", "slots.toml"):
        path = folder / name
        try:
            with path.open("rb") as handle:
                read = tomllib.load(handle)
            for table_name, table in read.items():
                if isinstance(table, dict) and isinstance(data.get(table_name), dict):
                    data[table_name] = {**data[table_name], **table}  # a table both files keep ([tense]): its keys joined
                else:
                    data[table_name] = table
        except FileNotFoundError:
            raise RuleFileError(f"{path}: missing (rewrite suggestions need it)") from None
        except tomllib.TOMLDecodeError as error:
            raise RuleFileError(f"{path}: not valid TOML: {error}") from None
    return data


def past_tense(lemma: str, irregular: dict[str, list[str]] | None = None) -> str:
    """'write' -> 'wrote', 'present' -> 'presented', 'co-lead' -> 'co-led', inflected by lemminflect.

    `irregular` is no longer needed (kept so older callers still work).
    """
    from erasl.skeleton import inflect

    return inflect(lemma, "past")


# A US city and its state's postal code, as addresses write it ("Atlanta, GA").
_CITY_STATE = re.compile(
    r"\b[A-Z][a-z]+(?: [A-Z][a-z]+){0,2},\s+(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|"
    r"O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\b")


class FactExtractor:
    """Compiled once per run from the rule data; `extract(entry, doc)` reads one entry's parse."""

    def __init__(self, nlp, ruleset: RuleSet, data: dict[str, Any] | None = None):

        self.nlp = nlp
        self.data = data or load_rewrite_data()
        self.reader = VerbReader(nlp)

        institutions = self.data.get("institutions", {})
        self.institution_nouns = set(institutions.get("nouns", []))
        self.institution_preps = set(institutions.get("prepositions", []))
        self.partner_words = set(institutions.get("partner-words", []))
        from erasl.lexicon import lexicon_data

        self.places = {word for word in lexicon_data(ruleset).phrases["places"]["non-us"] if " " not in word}
        # every city, state and country the lexicon names (written out, not "=NY"): a place the draft names
        # anywhere ("run from Cairo", "in Boise, Idaho") is where the entry happened, for the skeleton's opening
        named = [word for words in lexicon_data(ruleset).phrases["places"].values() for word in words
                 if not word.startswith("=") and "|" not in word and word[:1].isupper()]
        self.named_places = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(named, key=len, reverse=True))
                                       + r")(?:,\s+[A-Z][A-Za-z]+(?:\s+[A-Z][a-z]+)?)?\b") if named else None
        counts = self.data.get("counts", {})
        self.rate_words = set(counts.get("rate-words", []))
        self.rate_preps = set(counts.get("rate-prepositions", []))
        self.duration_units = set(counts.get("duration-units", []))
        self.emergency_numbers = set(counts.get("emergency-numbers", []))
        self.categories = {
            verb: group for group, verbs in self.data.get("activities", {}).items() if group != "ignore" for verb in verbs
        }
        self.ignored_verbs = set(self.data.get("activities", {}).get("ignore", []))
        self.weak_verbs = {verb for verb in self.data.get("weak-verbs", {}) if verb != "passive"}
        outcomes = self.data.get("outcomes", {})
        self.outcome_verbs = set(outcomes.get("verbs", []))
        self.outcome_patterns = [re.compile(p) for p in outcomes.get("patterns", [])]

    # --- the whole entry ----------------------------------------------------------

    def extract(self, entry, doc) -> Facts:
        """Every fact of one entry, from its text, title and metadata."""
        metadata = entry.metadata
        facts = Facts(kind=entry.kind, title=entry.title)
        profile = entry.profile
        facts.us = profile.us if profile.us_from != "type" else None
        facts.durations = self._durations(doc, metadata, profile)
        facts.type = self._type(profile)
        facts.specialties = self._specialties(profile)
        facts.settings = self._settings(doc, profile)
        facts.institutions, facts.places = self._institutions(doc, metadata)
        facts.institutions = [f for f in facts.institutions if not _a_specialty_named(f, facts.specialties)]
        facts.places += self._places_named(doc, facts.institutions + facts.places)
        facts.counts = self._counts(doc)
        facts.activities = self._activities(doc)
        facts.outcomes = self._outcomes(doc)
        return facts

    # --- each kind of fact ---------------------------------------------------------

    def _durations(self, doc, metadata, profile) -> list[Fact]:
        """The profile's time words (durations and dates), adjacent ones joined ("June 2024 to August 2024")."""
        found = []
        if metadata.get("start") or metadata.get("end"):
            months = [_month_year(str(metadata[key])) for key in ("start", "end") if metadata.get(key)]
            if len(months) == 2 and months[0] == months[1]:
                months = months[:1]  # one month: "February 2024", never "February 2024-February 2024"
            text = "-".join(months)
            found.append(Fact(text, source="metadata", value="dates"))
        spans = [span for m in profile.time_frame if (span := doc.char_span(m.start, m.end)) is not None]
        merged: list[list] = []
        for span in spans:
            if merged and span.start < merged[-1][1]:
                continue
            if merged:
                gap = doc[merged[-1][1]:span.start]
                if all(t.text in ("-", "–", "to", "through", "until", "and") or t.is_space for t in gap) and len(gap) <= 2:
                    merged[-1][1] = span.end
                    continue
            merged.append([span.start, span.end])
        for start, end in merged:
            span = doc[start:end]
            if _a_class_year(span):
                continue  # "first-year volunteers", "a third-year student": who, not how long
            rate = re.match(r"\s?/\s?(?:wk|wks|week|day|d|mo|month|shift|night)\b", doc.text[span.end_char:span.end_char + 8],
                            re.IGNORECASE)
            if rate is not None:  # "10 hrs/wk": a rate, the "/wk" with it
                end_char = span.end_char + rate.end()
                found.append(Fact(doc.text[span.start_char:end_char], span.start_char, end_char, value="frequency"))
                continue
            found.append(Fact(span.text, span.start_char, span.end_char, value=self._duration_value(span)))
        return found

    def _duration_value(self, span) -> str:
        """'dates', 'frequency', or the length as an adjective ("4-week", "two-year") when it is one."""
        words = [t.lower_ for t in span]
        if any(re.fullmatch(r"(19|20)\d\d.*", w) for w in words) or any(
            t.text in MONTH_NAMES or t.text[:3] in {m[:3] for m in MONTH_NAMES} and t.is_title for t in span
        ) or words[0] in ("since", "until", "currently", "ongoing", "from"):
            return "dates"
        if words[0] in self.rate_preps or words[0] in self.rate_words or words[-1] in self.rate_words or "per" in words:
            return "frequency"
        tokens = [t for t in span if t.lower_ not in ("for", "over", "about", "nearly", "almost", "more", "than")]
        if len(tokens) >= 2 and tokens[0].like_num and not re.search(r"(st|nd|rd|th)$", tokens[0].lower_):
            unit = tokens[-1].lemma_.lower()
            if unit in self.duration_units:
                return f"{tokens[0].text}-{unit}"
        return "length"

    @staticmethod
    def _type(profile) -> Fact | None:
        """The type the profile read, with the words that named it."""
        words = profile.type_words
        if words is None:
            return None
        if words.source == "title":
            return Fact(profile.heading or words.text, source="title", value=profile.experience_type)
        return Fact(words.text, words.start, words.end, source=words.source, value=profile.experience_type)

    @staticmethod
    def _specialties(profile) -> list[Fact]:
        words = profile.specialty_words
        if words is None:
            return []
        value = profile.specialty if words.source != "metadata" else words.text.lower()
        return [Fact(words.text, words.start, words.end, source=words.source, value=value)]

    @staticmethod
    def _settings(doc, profile) -> list[Fact]:
        found = []
        for mention in profile.settings:
            if mention.source == "metadata":
                found.append(Fact(mention.text, source="metadata", value=mention.text))
                continue
            span = doc.char_span(mention.start, mention.end)
            if span is not None:
                found.append(Fact(span.text, span.start_char, span.end_char, value=_phrase_around(span)))
        return found

    def _institutions(self, doc, metadata) -> tuple[list[Fact], list[Fact]]:
        institutions: list[Fact] = []
        places: list[Fact] = []
        if metadata.get("organization"):
            institutions.append(Fact(metadata["organization"], source="metadata", value=metadata["organization"]))
        for token in doc:
            if token.lower_ not in self.institution_preps or token.dep_ != "prep":
                continue
            objects = [child for child in token.children if child.dep_ == "pobj"]
            if not objects:
                continue
            head = objects[0]
            if token.head.lemma_.lower() in self.partner_words or token.head.lower_ in self.partner_words:
                continue  # "a partnership with a Belgian university": a partner, not where the entry was
            left = min(t.i for t in head.subtree if t.i <= head.i)
            words = doc[left:head.i + 1]
            # a name in the language of the country starts with its institution noun, typed in any case ("at
            # clinica comunitaria esperanza del sur", "at Hospital San Juan de Dios")
            named_first = head.pos_ == "PROPN" and len(words) >= 2 and next(
                (t for t in words if t.dep_ not in ("det", "poss")), head).lower_ in self.institution_nouns
            if head.lemma_.lower() in self.institution_nouns or head.lower_ in self.institution_nouns or named_first:
                end = head.i + 1
                # keep a short "of ..." or "in <Place>" that names it ("department of a busy trauma center")
                for child in head.rights:
                    if child.dep_ == "prep" and child.lower_ in ("of", "in") and child.right_edge.i - head.i <= 6:
                        end = child.right_edge.i + 1
                        break
                span = doc[token.i:end]
                institutions.append(Fact(span.text, span.start_char, span.end_char, value=doc[left:end].text))
            elif token.lower_ == "in" and head.pos_ == "PROPN" and all(t.pos_ in ("PROPN", "ADJ", "PUNCT", "CCONJ") for t in words):
                end = head.i + 1
                while end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].text in self.places:
                    end += 2  # "Lahore, Pakistan"
                span = doc[token.i:end]
                # a place is a country or city erasl knows, or a place named after an institution
                if any(t.text in self.places for t in span) or token.head.lemma_.lower() in self.institution_nouns:
                    places.append(Fact(span.text, span.start_char, span.end_char, value=doc[left:end].text))
        for match in _CITY_STATE.finditer(doc.text):  # "Atlanta, GA", "Queens, NY": a US place as addresses write it
            if not any(f.start is not None and f.start <= match.start() < f.end for f in places + institutions):
                places.append(Fact(match.group(0), match.start(), match.end(), value=match.group(0)))
        institutions[len(institutions) and institutions[0].source == "metadata":0] = self._named(doc)
        order = {"metadata": 0, "name": 1, "at": 2, "with": 3}
        institutions.sort(key=lambda f: order.get(f.source if f.source in ("metadata", "name") else f.text.split()[0].lower(), 4))
        return institutions, places

    def _places_named(self, doc, found: list[Fact]) -> list[Fact]:
        """Cities, states and countries the lexicon knows, wherever the draft names them ("run from Cairo",
        "a surgeon in Boise, Idaho"), not already inside an institution or place read above; with the
        ", Idaho" that follows a city."""
        if self.named_places is None:
            return []
        places: list[Fact] = []
        for match in self.named_places.finditer(doc.text):
            start, end = match.span()
            if any(f.start is not None and f.start <= start < f.end for f in found + places):
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or span[0].pos_ not in ("PROPN", "NOUN", "ADJ") or span[0].ent_type_ in ("PERSON", "ORG"):
                continue  # "Dr. Jackson", "Henry Ford": a person or an organisation, not where
            places.append(Fact(match.group(0), start, end, value=match.group(0)))
        return places

    def _named(self, doc) -> list[Fact]:
        """Institutions the draft names ("Mayo Hospital Lahore", "Kasr Al-Ainy Hospital", "Cairo University"):
        a run of capitalised words, joined by of/and/&/-, that holds an institution noun."""
        found = []
        position = 0
        joiners = {"of", "and", "&", "-", "for", "the", "'s", "de", "del", "des", "du", "di", "da", "do"}
        while position < len(doc):
            token = doc[position]
            if not _capitalised(token):
                position += 1
                continue
            end = position
            while end < len(doc) and (_capitalised(doc[end]) or (doc[end].lower_ in joiners and end + 1 < len(doc)
                                                                  and _capitalised(doc[end + 1]))):
                end += 1
            span = doc[position:end]
            if any(t.lower_ in self.institution_nouns or t.lemma_.lower() in self.institution_nouns for t in span) \
                    and len(span) >= 2 and not all(t.lower_ in self.institution_nouns for t in span):
                # "Lincoln Medical Center, Bronx": the city the draft puts after the name
                if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].pos_ == "PROPN" \
                        and doc[end + 1].text not in ("Dr", "Mr", "Mrs", "Ms", "Prof") and _capitalised(doc[end + 1]):
                    end += 2
                    while end < len(doc) and doc[end].pos_ == "PROPN" and _capitalised(doc[end]):
                        end += 1
                    span = doc[position:end]
                found.append(Fact(span.text, span.start_char, span.end_char, source="name", value=span.text))
            position = max(end, position + 1)
        return found

    def _counts(self, doc) -> list[Count]:
        found: list[Count] = []
        used: set[int] = set()
        for token in doc:
            if token.i in used or not is_quantity(token, ignore_years=True):
                continue
            if token.text in self.emergency_numbers:
                continue  # "911 calls": the number people dial, not how many
            start = token.i
            end = token.i + 1
            # a range: 4-6, 4 to 6, 10-15
            if end + 1 < len(doc) and doc[end].text in ("-", "–", "to") and is_quantity(doc[end + 1], True):
                end += 2
            number = doc[start:end].text
            if start > 0 and doc[start - 1].lower_ in ("about", "approximately", "roughly", "nearly", "over", "up"):
                start -= 1
                if start > 0 and doc[start].lower_ == "to" and doc[start - 1].lower_ == "up":
                    start -= 1
            if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].pos_ in ("NOUN", "PROPN", "ADJ"):
                # "400-bed", "four-week": the unit is the hyphenated word (a duration is found elsewhere)
                if doc[end + 1].lemma_.lower() in self.duration_units:
                    used.update(range(start, end + 2))
                    continue
                span = doc[start:end + 2]
                used.update(range(start, end + 2))
                found.append(Count(span.text, span.start_char, span.end_char, number=number, unit=doc[end + 1].text))
                continue
            unit_end = end
            unit_tokens = []
            while unit_end < len(doc) and unit_end - end < 5:
                candidate = doc[unit_end]
                if candidate.text in ("-", "%") or candidate.pos_ in ("ADJ", "NOUN", "PROPN", "NUM") and not candidate.is_punct:
                    if candidate.pos_ in ("NOUN", "PROPN") or candidate.text == "%":
                        unit_tokens.append(candidate)
                    unit_end += 1
                    if candidate.text == "%":
                        break
                    continue
                break
            if not unit_tokens:
                continue
            last_unit = unit_tokens[-1]
            unit_end = last_unit.i + 1
            unit = last_unit.lemma_.lower() if last_unit.text != "%" else "%"
            if unit in self.duration_units and unit_end - end <= 2:
                continue  # "4 weeks", "6-week": a duration, found by _durations
            rate = None
            if unit_end < len(doc) and doc[unit_end].lower_ in self.rate_words:
                rate = doc[unit_end].text
                unit_end += 1
            elif unit_end + 1 < len(doc) and doc[unit_end].lower_ in self.rate_preps:
                for look in range(unit_end + 1, min(unit_end + 5, len(doc))):
                    if doc[look].pos_ == "NOUN":
                        while look + 1 < len(doc) and doc[look + 1].pos_ == "NOUN":
                            look += 1  # "per 24-hour call"
                        rate = doc[unit_end:look + 1].text
                        unit_end = look + 1
                        break
                    if doc[look].is_punct and doc[look].text != "-":
                        break
            used.update(range(start, unit_end))
            span = doc[start:unit_end]
            found.append(Count(span.text, span.start_char, span.end_char, number=number,
                               unit=last_unit.text if unit != "%" else "%", rate=rate))
        return found

    def _activities(self, doc) -> list[Activity]:
        """Verb + object, as written, for each thing the applicant did (not what others or places did)."""
        # not "including X" or "using X": a participle that belongs to the phrase before it
        verbs = [token for token, _ in self.reader.action_verbs(doc)
                 if token.dep_ != "prep" and not (token.tag_ == "VBG" and token.dep_ == "advcl" and token.i > token.head.i)]
        # a list of duties the small parser reads as adjectives: "managed A, managed B and managed C"
        verbs += [token for token in doc if token.dep_ == "amod" and token.head.i > token.i and (
            token.tag_ == "VBD" or token.tag_ == "VBN" and token.i > 0 and doc[token.i - 1].text in (",", "and"))]
        heads = {}  # aux "did" used as a main verb ("did stitching of wounds") -> the verb it points at
        for token in doc:
            if token.lemma_.lower() == "do" and token.dep_ == "aux" and token.head.i > token.i and not any(
                child.dep_ == "neg" for child in token.head.children
            ):
                heads[token.i] = token.head
        starts = sorted(({t.i for t in verbs} | set(heads)) - {h.i for h in heads.values()})
        # "Rats were divided into 4 groups and blood samples were collected": the second clause's own subject,
        # which the small parser hangs on "groups"; the first clause's object stops at the "and" before it
        own_subjects = {index: _joined_passive_subject(doc[index]) for index in starts}
        stops = {span.start - 1 for span in own_subjects.values() if span is not None}
        found = []
        for index in starts:
            token = doc[index]
            main = heads.get(index, token)
            lemma = "do" if index in heads else self.reader.lemma(token) or token.lemma_.lower()
            own_subject = any(c.dep_ == "nsubj" and c.lower_ in _APPLICANT for c in main.children)
            if lemma in self.ignored_verbs or (main.dep_ in ("relcl", "acl", "csubj") and not own_subject):
                continue
            if self.reader.verbs and lemma not in self.reader.verbs and lemma not in self.categories and lemma != "do" \
                    and not self.reader.irregular.get(token.lower_):
                continue  # "tuberculosis symptoms", "trauma emergencies": a noun the tagger took for a verb
            if main.tag_ == "VBG" and not (main.is_sent_start or main.i == 0 or main.dep_ == "conj"):
                continue  # "listening without judgment matters": a gerund names an idea, not a task
            governor = None if own_subject else self._governing_verb(main)
            if governor is not None and (governor.lemma_.lower() in self.ignored_verbs or is_passive(governor)
                                         or governor.dep_ in ("relcl", "acl")):
                continue  # "allowed me to develop", "was shown how to tie": not the applicant's own act
            helped_by = governor.lemma_.lower() if governor is not None and governor.lemma_.lower() in self.weak_verbs else None
            subject = _subject(main)
            passive = index not in heads and is_passive(main)
            if subject is not None and not passive and _someone_else(subject):
                continue  # "the attendings said", "this rotation enhanced": not the applicant's activity
            end = self._activity_end(doc, main, starts, index, stops)
            if end <= index + 1 and not passive:
                continue
            by_applicant: bool | None = True
            obj_text = doc[index + 1:end].text if end > index + 1 else ""
            if passive:
                agent = next((child for child in main.children if child.dep_ == "agent"), None)
                agent_words = {t.lower_ for t in agent.subtree} - {"by"} if agent is not None else set()
                if agent is not None and not agent_words <= _APPLICANT:
                    continue
                by_applicant = True if agent is not None else None
                if own_subjects.get(index) is not None:
                    subject_span = own_subjects[index]
                elif _unread_subject(main):
                    continue  # "... and then samples were collected": its subject is not safely known
                elif subject is None or subject.lower_ in _APPLICANT:
                    continue  # "I was chosen": an honour, not an activity
                else:
                    subject_span = doc[subject.left_edge.i:subject.right_edge.i + 1]
                rest = [t for t in doc[main.i + 1:end] if not (agent is not None and agent.i <= t.i <= agent.right_edge.i)
                        and t.dep_ != "prt"]
                # "a review was carried out" -> "carried out a review": the particle stays with its verb
                particle = [c.text for c in main.children if c.dep_ == "prt" and c.i > main.i]
                obj_text = " ".join(particle + [_lower_first(subject_span.text)] + ([_join(rest)] if rest else []))
                start_char = subject_span.start_char
            else:
                start_char = token.idx
                if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 2].whitespace_ \
                        and not doc[token.i - 1].whitespace_:
                    start_char = doc[token.i - 2].idx  # "co-led", "co-authored": the prefix is part of the claim
            end_char = doc[end - 1].idx + len(doc[end - 1].text) if end > index else token.idx + len(token.text)
            objects = [t for t in doc[index + 1:end] if t.dep_ in ("dobj", "pobj", "dative")]
            if objects and objects[0].lower_ in _PRONOUN_OBJECTS and objects[0].dep_ == "dobj":
                continue  # "helped them with ...": who "them" are is lost out of context
            object_span = (None, None)
            if not passive and end > index + 1:
                object_span = (doc[index + 1].idx, end_char)
            if passive:
                shared = agent is not None and bool(agent_words & {"us", "ourselves"})
            else:
                shared = subject is not None and subject.lower_ == "we"
            found.append(Activity(
                shared=shared,
                text=doc.text[start_char:end_char], start=start_char, end=end_char,
                object_start=object_span[0], object_end=object_span[1],
                verb=doc.text[start_char:token.idx + len(token.text)] if not passive else token.text,
                lemma=lemma, object=obj_text.strip(),
                category=self.categories.get(lemma, "other"),
                voice="passive" if passive else "active", by_applicant=by_applicant,
                weak=lemma in self.weak_verbs or helped_by is not None, helped_by=helped_by,
            ))
        return found

    def _activity_end(self, doc, verb, starts: list[int], index: int, stops=frozenset()) -> int:
        """One past the last word of the verb's own phrase: its objects and modifiers, not the next clause."""
        end = verb.i + 1
        if verb.dep_ == "amod":  # read as an adjective: its object is simply the words that follow
            end = len(doc)
        for child in verb.children:
            if child.dep_ == "advcl" and child.tag_ == "VBG" and child.i > verb.i:
                pass  # "analyzed data using logistic regression"
            elif child.i < verb.i or child.dep_ in ("conj", "cc", "punct", "advcl", "parataxis", "mark", "relcl", "nsubj", "nsubjpass", "ccomp"):
                if not (child.dep_ == "nsubj" and child.i > verb.i):  # "Did dressings": a misparsed object
                    continue
            if child.pos_ in ("VERB", "AUX") and child.i in starts:
                continue
            end = max(end, child.right_edge.i + 1)
        dangling = [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i and not list(c.children)]
        if dangling:  # "performed for insulin and HOMA-IR was ...": the parser gave "insulin" to the next clause
            later = [stop for stop in stops if stop > dangling[-1].i]
            if later:
                end = max(end, min(later))
        # stop at the next activity, a sentence break, or a bracket
        full_end = end
        for position in range(index + 1, end):
            word = doc[position]
            if position in starts or position in stops or word.text in (";", ".", "(", ")", ":", "!", "?") or "\n" in word.text or word.is_sent_start \
                    or (verb.dep_ == "amod" and word.text == ","):
                end = position
                break
        if end < full_end:  # cut short by the next activity: drop a relative clause left dangling ("that the attending")
            for back in range(end - 1, max(index, end - 5), -1):
                if doc[back].lower_ in ("that", "which", "who", "whom", "where", "when", "whose"):
                    end = back
                    break
        while end > index + 1 and ((doc[end - 1].is_punct and doc[end - 1].text != "%") or doc[end - 1].lower_ in ("and", "or", "but", "also")
                                   or doc[end - 1].is_space or doc[end - 1].pos_ in ("ADP", "DET", "CCONJ")
                                   or doc[end - 1].lower_ == "to"):
            end -= 1
        return end

    @staticmethod
    def _governing_verb(verb):
        """The verb this one completes ("helped prepare", "allowed me to develop"), if any.

        Coordination is looked through ("helped prepare slides and print them"); a verb
        inside a relative clause is governed by the clause ("students who ... achieve").
        """
        current = verb
        while current.dep_ == "conj" and current.head is not current:
            current = current.head
        if current.dep_ in ("relcl", "acl"):
            return current
        if current.dep_ in ("xcomp", "advcl", "ccomp") and current.head.pos_ in ("VERB", "AUX"):
            return current.head
        return None

    def _outcomes(self, doc) -> list[Fact]:
        found = []
        for sentence in doc.sents:
            text = sentence.text.strip()
            if not text:
                continue
            # verbs of a clause, not a list's nouns the tagger took for verbs ("calls, falls and overdoses")
            lemmas = {t.lemma_.lower() for t in sentence if (t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB"))
                      and (t.dep_ == "ROOT" or t.head.pos_ in ("VERB", "AUX"))
                      and not (t.dep_ == "conj" and t.tag_ == "VBZ" and t.head.tag_ == "VBD")  # "responded ..., falls"
                      and not _aim_or_means(t)
                      # "I used to translate for them": a habit, never a result
                      and not (t.lemma_.lower() == "use" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to")}
            # "from 2022 to 2023" is when, not a change in numbers
            without_years = re.sub(r"\b(?:19|20)\d\d\b", "", text)
            if lemmas & self.outcome_verbs or any(p.search(without_years) for p in self.outcome_patterns):
                start = sentence.start_char + (len(sentence.text) - len(sentence.text.lstrip()))
                found.append(Fact(text, start, start + len(text)))
        return found

# --- small helpers -------------------------------------------------------------------

def _aim_or_means(verb) -> bool:
    """A change verb that is not a result: the aim of the work ("a project to improve compliance"), the
    means ("implemented using PDSA cycles") or an action under way ("holding the hooks and cutting the
    sutures"). A number in the sentence keeps it a result ("reducing wait times from 40 to 25 minutes")."""
    if any(c.isdigit() for c in verb.sent.text):
        return False
    if verb.dep_ in ("advcl", "acl", "relcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return verb.head.lemma_.lower() not in ("help", "aim", "want")  # "helped to reduce": the result, shared
    if verb.tag_ != "VBG":
        return False  # "Publishing a case report in ...": a résumé fragment's result stays one

    def under_way(token) -> bool:
        """Progressive ("was cutting"), or a participle clause with no subject of its own ("using PDSA
        cycles", "..., holding retractors")."""
        return any(c.dep_ == "aux" and c.lemma_ == "be" for c in token.children) or (
            token.dep_ in ("advcl", "xcomp", "acl") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children))

    return under_way(verb) or verb.dep_ == "conj" and verb.head.tag_ == "VBG" and under_way(verb.head)

def _a_class_year(span) -> bool:
    """An ordinal year before a noun ("first-year volunteers", "final-year students") names a class of
    people, not the entry's length."""
    text = span.text.lower()
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return bool(re.fullmatch(r"(?:first|second|third|fourth|fifth|sixth|final|last|1st|2nd|3rd|[4-6]th|pre-final)[- ]years?", text)) \
        and following is not None and following.pos_ in ("NOUN", "PROPN")


def _capitalised(token) -> bool:
    """A word of a name: capitalised or an acronym, not a sentence's first word alone."""
    return token.text[:1].isupper() and token.text.lower() not in ("i", "my", "our", "the", "a", "an") \
        and token.pos_ in ("PROPN", "NOUN", "ADJ", "NUM") or token.text.isupper() and len(token.text) > 1


def _month_year(value: str) -> str:
    """'2025-06' -> 'June 2025'; anything else as written."""
    match = re.fullmatch(r"((?:19|20)\d\d)-(\d\d?)(?:-\d\d?)?", value.strip())
    if match and 1 <= int(match.group(2)) <= 12:
        return f"{MONTH_NAMES[int(match.group(2)) - 1]} {match.group(1)}"
    return value.strip()


def _subject(verb):
    """The verb's subject, looking through coordination ("I wrote notes and presented them")."""
    current = verb
    for _ in range(6):
        for child in current.children:
            if child.dep_ in ("nsubj", "nsubjpass", "csubj") and child.i < current.i:
                return child
        if current.dep_ in ("conj", "xcomp") and current.head is not current:
            current = current.head
            continue
        return None
    return None


def _unread_subject(verb) -> bool:
    """A passive joined to another ("and ... were collected") with its own auxiliary but no subject the
    parse gives it: the subject of the first clause is not its subject, so it cannot be rewritten safely."""
    return verb.dep_ == "conj" and any(c.dep_ == "auxpass" and c.i > verb.head.i + 1 for c in verb.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
        and not (verb.i >= 2 and verb.doc[verb.i - 2].lower_ in ("and", "or", ","))


def _joined_passive_subject(verb):
    """The own subject of a passive joined by "and" whose subject the parser hung on the clause before:
    "... into 4 groups and blood samples were collected" -> "blood samples"; "... and HOMA-IR was
    calculated" -> "HOMA-IR". None when the verb has its own subject or the words are not a plain noun phrase."""
    if verb.dep_ != "conj":
        return None
    parsed = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    auxiliary = next((c for c in verb.children if c.dep_ == "auxpass" and c.i < verb.i), None)
    if auxiliary is None or auxiliary.i < 2:
        return None
    doc = verb.doc
    noun = doc[auxiliary.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    first = noun.i
    while first > 0 and (doc[first - 1].dep_ in ("compound", "amod", "det", "nummod", "poss")
                         or doc[first - 1].tag_ == "HYPH") and doc[first - 1].pos_ != "CCONJ":
        first -= 1
    if first == 0 or doc[first - 1].lower_ not in ("and", "or", ",", ";"):
        return None
    if parsed is not None and first <= parsed.i <= noun.i and parsed.left_edge.i >= first:
        return None  # the parse already gives it this subject
    return doc[first:noun.i + 1]


def _someone_else(subject) -> bool:
    """A subject that is clearly not the applicant: 'she', 'the attendings', 'this rotation'.

    Adjectives and other odd subjects are the small parser misreading a fragment
    ("Pre-rounded on 4 inpatients, wrote notes"), so they do not count.
    """
    if subject.pos_ == "PRON":
        return subject.lower_ not in _APPLICANT
    if subject.lower_ in ("many", "some", "most", "several", "all", "few", "none", "both", "each"):
        return True  # "many of my students passed"
    return subject.pos_ in ("NOUN", "PROPN")


def _phrase_around(span) -> str | None:
    """The setting with the words the draft put around it: 'on the inpatient teaching service'."""
    doc = span.doc
    left, right = span.start, span.end
    chunked = False
    for chunk in doc.noun_chunks:
        if chunk.start <= span.start < chunk.end or chunk.start < span.end <= chunk.end:
            left, right = min(left, chunk.start), max(right, chunk.end)
            chunked = True
    if not chunked and span.root.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None  # "did ward rounds" misread: no setting phrase to reuse
    if left > 0 and doc[left - 1].dep_ == "prep" and doc[left - 1].lower_ in ("on", "in", "at"):
        left -= 1
    return doc[left:right].text


def _lower_first(text: str) -> str:
    """'Cells were...' -> 'cells': lower a sentence-initial capital, but not a name or acronym."""
    words = text.split(" ", 1)
    if words[0][:1].isupper() and (words[0][1:].islower() or words[0] == "A"):  # "A rare case" -> "a rare case"
        return text[:1].lower() + text[1:]
    return text


def _join(tokens) -> str:
    return "".join(t.text_with_ws for t in tokens).strip()


def _a_specialty_named(institution: Fact, specialties: list[Fact]) -> bool:
    """'OBSERVERSHIP – HOSPITAL MEDICINE': words the specialty list reads as a specialty ("hospital medicine") are
    the specialty, never the institution, though they hold an institution noun and are written in capitals."""
    if institution.start is None or institution.source == "metadata":
        return False
    return any(s.start is not None and s.start <= institution.start and institution.end <= s.end for s in specialties)
