"""The draft's register said as an application's (issue 12, review 12 item 9), adding nothing of its own.

A draft typed like a text message ("its really busy and u learn a lot abt ... lol. also helped organize ...")
keeps its facts and its words, written out: the shorthand the rewrite data lists as full words
(rules/rewrite/facts.toml [shorthand]: "u" -> "you", "abt" -> "about", "IPD" -> "inpatient department", "f/u"
-> "follow-up"; a laugh marker as nothing), "its" before a word a possessive never comes before as "it's", a
sentence's first word and the calendar's names with their capitals. Abbreviations that never end a sentence
are read from the one list the segmentation uses (facts.toml [abbreviations], erasl/nlp.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from erasl.document import MONTH_NAMES

# "its" is "it's" before these: a possessive "its" is never followed by an article, "not" or an intensifier
_IT_IS_BEFORE = ("a", "an", "the", "not", "so", "very", "really", "just", "also", "always", "too", "been", "quite",
                 "pretty", "definitely")
_CALENDAR = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             *(month.lower() for month in MONTH_NAMES if month not in ("March", "May")))  # "may", "march": verbs too


_MONTH_BY_SHORT = {name[:3]: name for name in MONTH_NAMES}


@lru_cache(maxsize=1)
def _shorthand() -> tuple[dict[str, str], dict[str, str]]:
    """The [shorthand] table, as (words written in lower case, matched whatever their case; words written with a
    capital or a slash, matched as written)."""
    from erasl.facts import load_rewrite_data

    table = load_rewrite_data().get("shorthand", {})
    loose = {k: v for k, v in table.items() if k.islower() and k.isalpha()}
    exact = {k: v for k, v in table.items() if k not in loose}
    return loose, exact


def write_out(piece: str) -> str:
    """Shorthand and texting written out in one stretch of skeleton text outside [brackets]."""
    from erasl.skeleton import _like

    loose, exact = _shorthand()

    def said(match: re.Match, full: str, text: str) -> str:
        place = " " in full
        head, _, last = full.rpartition(" ")
        if head and re.match(rf"\s+{re.escape(last)}s?\b", text[match.end():], re.IGNORECASE):
            full = head  # "IPD ward" -> "inpatient ward", never "inpatient ward ward"
        if _starts_sentence(text, match.start()):
            return _like(full, "X")
        if place and re.search(r"(?i)\b(?:in|at|to|from|on|into|of)\s+$", text[:match.start()]):
            return f"the {full}"  # "sat in OPD" -> "sat in the outpatient clinic": a place takes "the"
        return full

    for short, full in exact.items():
        # a slash shorthand is one whatever its case ("F/u", "F/U", "f/u"); a capital one only as written ("IPD")
        case = re.IGNORECASE if "/" in short and short.islower() else 0
        if not case and short[:1].islower() and " " in short:  # "did PE", "Did PE": a phrase opening a sentence
            short_pattern = f"[{short[0]}{short[0].upper()}]{re.escape(short[1:])}"
            piece = re.sub(rf"(?<![\w/]){short_pattern}(?![\w/])", lambda m, f=full, t=piece: said(m, f, t), piece)
            continue
        # a verb made of the shorthand ("f/u'd results", "d/c'd"): its full words as a verb in the past
        piece = re.sub(rf"(?<![\w/]){re.escape(short)}['’]e?d\b", lambda m, f=full: _past_of(f), piece, flags=case)
        piece = _verb_in_a_list(piece, short, full)
        piece = re.sub(rf"(?<![\w/]){re.escape(short)}(?![\w/])", lambda m, f=full, t=piece: said(m, f, t), piece,
                       flags=case)
    # a word on its own; a single letter beside a slash is one half of a shorthand ("u/s" is ultrasound, "F/u"
    # follow-up: never "you/s"), while "days/wk" is still a word written short
    piece = re.sub(r"\b([A-Za-z]+)\b", lambda m, t=piece: _like(loose[m.group(1).lower()], _case_model(t, m, loose))
                   if m.group(1).lower() in loose and (m.group(1).islower() or m.group(1).istitle() and len(m.group(1)) > 1)
                   and not _half_of_a_letter_pair(t, m) and not _in_a_name(t, m)
                   and _object_follows(loose[m.group(1).lower()], t[m.end():]) else m.group(1), piece)
    piece = lengths_in_words(piece)
    # "what the dr says": after a determiner "dr" is the word doctor, never a title before a name
    piece = re.sub(r"(?i)\b(the|a|my|our|your|his|her|their|this|that)\s+dr\b\.?(?=\s+([a-z]+))",
                   lambda m: f"{m.group(1)} doctor" if _no_name(m.group(2)) else m.group(0), piece)
    # texting's "n" between two clauses ("how private practice works n how you build trust"): "and"
    piece = re.sub(r"(?<=[a-z] )n(?= (?:how|what|why|when|then|the|a|i|u|you|we|he|she|they|it|also)\b)", "and", piece)
    # and between two words ("diabetes n hypertension"); never a count's "n" ("n = 40", "n of 30 samples")
    piece = re.sub(r"(?<=[a-z] )n(?= (?!of\b)[a-z])", "and", piece)
    # texting's "like" before a number is no fact ("for like 6 months"): the number says it
    piece = _TEXTED_LIKE.sub(r"\1 ", piece)
    piece = re.sub(r"(?<=\w)\.\.(?=\s|$)", ".", piece)  # a doubled stop ("in 2023.. i took"): one
    piece = titled_names(capitalised_names(institution_names(piece)))
    piece = re.sub(rf"\b([Ii])ts(?=\s+(?:{'|'.join(_IT_IS_BEFORE)})\b)", r"\1t's", piece)
    piece = re.sub(rf"\b({'|'.join(_CALENDAR)})(s?)\b", lambda m: m.group(1).title() + m.group(2), piece)
    piece = months_in_full(piece)
    return re.sub(r"  +", " ", dates_in_words(piece))


# the small words inside a name ("Department of Paediatrics", "St. Mark's Paediatric Unit")
_NAME_JOINERS = {"of", "and", "&", "for", "the"}
# words after which a verb whose full words end in a preposition has no object ("clerked in the ward")
_NO_OBJECT = re.compile(r"\s*(?:$|[^\w\s]|(?:in|on|at|for|during|with|and|or|to|from|under|over|overnight|"
                        r"while|when|as|there|here|by|throughout|alongside|daily|nightly|weekly)\b)", re.IGNORECASE)


def _in_a_name(text: str, match: re.Match) -> bool:
    """A capitalised word beside another capitalised word (not a sentence's first) is part of a name and keeps
    its spelling: "St. Mark's Paediatric Unit", "Department of Paediatrics", never "rotation in Paediatrics"."""
    from lemminflect import getAllLemmas

    if not match.group(0)[:1].isupper() or not getAllLemmas(match.group(0).lower()):
        return False  # chart shorthand ("Hx", "Sx") is in no name; a word spelled the Commonwealth way may be
    return _beside_a_capital(text, match)


def _beside_a_capital(text: str, match: re.Match, skip: frozenset | dict = frozenset()) -> bool:
    """Whether a capitalised word (not `skip`'s) stands next to the match, across "of"/"and": the match is part of
    a name or a title."""
    after = re.match(r"\s+([A-Z][\w'’]*)", text[match.end():])
    if after and after.group(1) not in ("I",) and after.group(1).lower() not in skip:
        return True
    before = text[:match.start()].split()
    while before and before[-1].lower() in _NAME_JOINERS:
        before.pop()
    if not before or _starts_sentence(text, match.start()):
        return False
    from spacy.lang.en.stop_words import STOP_WORDS

    word = before[-1].strip("(\"“")
    # a sentence's first word has its capital from its place: "In Paediatrics" is no name, "Department of" is
    opener = _starts_sentence(text, text.rfind(before[-1], 0, match.start())) and word.lower() in STOP_WORDS
    return (word[:1].isupper() and word not in ("I",) and word.lower() not in skip and not opener
            and not word.endswith((":", ".", ",", ";")))


def _case_model(text: str, match: re.Match, loose: dict) -> str:
    """The case a shorthand's full words take: the draft's, except chart shorthand a note writes with a capital
    mid-sentence ("with Hx of asthma" -> "with history of asthma"), which is no name and no sentence's start."""
    from lemminflect import getAllLemmas

    word = match.group(0)
    if (word.istitle() and not getAllLemmas(word.lower()) and not _starts_sentence(text, match.start())
            and not _beside_a_capital(text, match, loose)):
        return word.lower()
    return word


def _object_follows(full: str, rest: str) -> bool:
    """Full words that end in a preposition ("took histories from") are said only before their object."""
    if full.rsplit(" ", 1)[-1] not in ("from", "on", "with", "to", "for", "of", "in", "at"):
        return True
    return not _NO_OBJECT.match(rest)


_LETTER_PAIR = re.compile(r"(?<![A-Za-z])[A-Za-z]/[A-Za-z](?![A-Za-z])")


def _half_of_a_letter_pair(piece: str, match: re.Match) -> bool:
    """"u/s", "F/u", "w/o": a letter, a slash and a letter are one shorthand, whose halves are no words."""
    return any(pair.start() <= match.start() and match.end() <= pair.end() for pair in _LETTER_PAIR.finditer(piece))


# "like" as texting's "about" before a number ("for like 6 months", "saw like 30 ppl"); never after a verb of
# seeming ("felt like 6 hours"), where "like" is the comparison itself
_TEXTED_LIKE = re.compile(r"(?i)\b(for|about|around|saw|see|had|with|of|was|were|took|spent|in|over|to) like (?=\d)")


# a title that shows the next word is a name, however the draft wrote both ("dr. wongsakul", "dr w", "prof lee");
# "mr", "mrs" and "ms" only with their full stop ("ms" alone may be multiple sclerosis)
_NAME_TITLE = re.compile(r"(?<![\w.])(?:(?P<doctor>[Dd]r|DR|[Pp]rof|PROF)\.?|(?P<courtesy>[Mm]rs?|[Mm]s)\.)"
                         r"(?P<space>\s+)(?P<name>[a-z][a-z'-]*)\b")


# the last of a run of verbs said in the past ("Placed orders, called consults, f/u labs"): a shorthand
# whose full words are a verb's ("follow-up") is that verb there, never a noun in a list of acts
_PAST_LIST = re.compile(r"\b[A-Za-z]+ed\b[^.;:,]*,\s+(?:and\s+)?$")


def _verb_in_a_list(piece: str, short: str, full: str) -> str:
    """ "called consults, f/u labs/imaging" -> "called consults, followed up on labs/imaging": the shorthand
    stands where the list's verbs stand, before the noun it acts on."""
    from lemminflect import getAllLemmas

    first = full.replace("-", " ").split()[0].lower()
    if "VERB" not in getAllLemmas(first, upos="VERB") or "-" not in full:
        return piece  # only a noun that is a phrasal verb written with a hyphen ("follow-up", "work-up")

    def said(match: re.Match) -> str:
        if not _PAST_LIST.search(piece[:match.start()]):
            return match.group(0)
        return f"{_past_of(full)} on "

    return re.sub(rf"(?<![\w/]){re.escape(short)}\s+(?=[a-z])", said, piece)


def _past_of(words: str) -> str:
    """A shorthand's full words said as a verb in the past: "follow-up" -> "followed up" (lemminflect)."""
    from erasl.skeleton import inflect

    first, *rest = words.replace("-", " ").split()
    return " ".join([inflect(first.lower(), "past"), *rest])


def _a_verb_form(word: str) -> bool:
    """ "says", "said", "told": a verb's present or past form (lemminflect), not a name after a title."""
    from lemminflect import getAllLemmas, getInflection

    return any(word in (form.lower() for form in getInflection(lemma, tag=tag))
               for lemma in getAllLemmas(word, upos="VERB").get("VERB", ()) for tag in ("VBZ", "VBD"))


@lru_cache(maxsize=1)
def _length_data() -> tuple[re.Pattern | None, re.Pattern | None, dict[str, str], dict[str, str]]:
    """The [shorthand-lengths] table as (a fraction of a year after a word that makes it a length, a fraction
    before a noun of an experience, units by denominator, words for how many times)."""
    from erasl.facts import load_rewrite_data

    table = load_rewrite_data().get("shorthand-lengths", {})
    units = {str(k): v for k, v in table.get("units", {}).items()}
    if not units:
        return None, None, {}, {}
    fraction = rf"(?P<n>\d{{1,2}})/(?P<of>{'|'.join(units)})(?![\w/])"
    after = "|".join(map(re.escape, table.get("after", [])))
    before = "|".join(map(re.escape, table.get("before", [])))
    after_pattern = re.compile(rf"(?i)(?<![\w/])(?P<word>{after})\s+{fraction}(?!\s+(?:{before})s?\b)") if after else None
    before_pattern = re.compile(rf"(?<![\w/]){fraction}\s+(?=(?i:{before})s?\b)") if before else None
    times = {str(k): v for k, v in table.get("times", {}).items()}
    return after_pattern, before_pattern, units, times


# how often, written short: "2x/week", "3x per day", "1x a month"
_HOW_OFTEN = re.compile(r"(?<![\w/])(?P<n>\d{1,2})\s?[x×]\s?(?:/\s?|per\s+|a\s+|an\s+)"
                        r"(?P<unit>week|wk|day|d|month|mo|year|yr)\b(?![\w/])", re.IGNORECASE)
_UNIT_WORDS = {"wk": "week", "d": "day", "mo": "month", "yr": "year"}


def lengths_in_words(piece: str) -> str:
    """The chart's fractions of a year and counts of times said in words where they are a length or a rate: "for
    6/52" -> "for 6 weeks", "x 3/12" -> "for 3 months", "a 3/12 rotation" -> "a 3-month rotation", "2x/week" ->
    "twice a week". A bare "3/12" may be a date and stays."""
    after, before, units, times = _length_data()
    if after is None:
        return piece

    def length(n: str, of: str, joined: bool = False) -> str:
        unit = units[of]
        return f"{n}-{unit}" if joined else f"{n} {unit}{'' if n == '1' else 's'}"

    if after is not None:
        piece = after.sub(lambda m: f"{'for' if m.group('word').lower() == 'x' else m.group('word')} "
                          f"{length(m.group('n'), m.group('of'))}", piece)
    if before is not None:
        piece = before.sub(lambda m: f"{length(m.group('n'), m.group('of'), joined=True)} ", piece)

    def how_often(match: re.Match) -> str:
        unit = match.group("unit").lower()
        unit = _UNIT_WORDS.get(unit, unit)
        n = match.group("n")
        return f"{times.get(n, n + ' times')} a {unit}"

    return _HOW_OFTEN.sub(how_often, piece)


_SHORT_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
# a month written short before its year ("Jul 2025", "Sept. 2019"); a range of two short months ("Aug-Sep 2022")
# stays as the draft wrote it, never "Aug-September"
_SHORT_MONTH = re.compile(rf"(?<!(?:{_SHORT_MONTHS})[-–/])(?<!(?:{_SHORT_MONTHS})\.[-–/])(?<!(?:{_SHORT_MONTHS})\s[-–]\s)"
                          r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?=\s*[-–]?\s*(?:19|20)\d\d\b)")


# a month typed short in lower case before a year cut to two digits ("winter break dec '24"): the month and year
_TEXTED_MONTH = re.compile(r"(?i)\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+['’](\d\d)\b")


def months_in_full(piece: str) -> str:
    """A month written short before its year said by its name, as the header says dates: "Jul 2025" -> "July 2025",
    "dec '24" -> "December 2024"."""
    piece = _TEXTED_MONTH.sub(lambda m: f"{_MONTH_BY_SHORT[m.group(1)[:3].title()]} 20{m.group(2)}", piece)
    return _SHORT_MONTH.sub(lambda m: _MONTH_BY_SHORT[m.group(1)[:3]], piece)


def said_in_full(piece: str) -> str:
    """What `write_out` changes that is no shorthand of the draft's: a name typed in lower case, a short month
    before its year. A strong entry that only needs these is still strong (erasl/skeleton_guard.py)."""
    return months_in_full(capitalised_names(piece))


def _no_name(word: str) -> bool:
    """A word after a title that is no name: a stop word ("dr. and") or a verb's form ("the dr says")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return word in STOP_WORDS and len(word) > 1 or _a_verb_form(word)


@lru_cache(maxsize=1)
def _proper_names() -> tuple[re.Pattern | None, dict[str, str]]:
    """The lexicon's names English writes with a capital: its [wording] proper-adjectives (languages, peoples)
    and its [places] names none of whose words is a common English word (lemminflect knows no lemma for it:
    "minneapolis" but never "buffalo", "phoenix", "china"), keyed by their lower-case form."""
    from lemminflect import getAllLemmas
    from spacy.lang.en.stop_words import STOP_WORDS

    from erasl.lexicon import lexicon_file

    data = lexicon_file()
    names = {name.lower(): name for name in data.get("wording", {}).get("proper-adjectives", [])}
    for listed in data.get("places", {}).values():
        for name in listed if isinstance(listed, list) else ():
            if name.startswith("=") or "|" in name or not name[:1].isupper():
                continue
            words = re.findall(r"[A-Za-z]+", name)
            if words and not any(getAllLemmas(w.lower()) or w.lower() in STOP_WORDS or len(w) < 4 for w in words):
                names.setdefault(name.lower(), name)
    if not names:
        return None, {}
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w/-])(?:{alternatives})(?![\w/-])"), names


# the small words inside a name in the language of the country stay in lower case ("Esperanza del Sur")
_NAME_PARTICLES = {"de", "del", "la", "las", "los", "el", "y", "da", "do", "das", "dos", "di", "du", "des", "e", "et"}
_NOT_IN_A_NAME = ("in", "at", "on", "for", "every", "from", "during", "since", "with", "to", "and", "near", "where",
                  "which", "as", "for", "i", "we", "when")


@lru_cache(maxsize=1)
def _foreign_institution() -> re.Pattern | None:
    """A name in the language of the country typed in lower case after "at": it starts with one of the rewrite
    data's institution nouns that is no English word ("clinica", "centro", "hôpital")."""
    from lemminflect import getAllLemmas

    from erasl.facts import load_rewrite_data

    nouns = [n for n in load_rewrite_data().get("institutions", {}).get("nouns", []) if not getAllLemmas(n)]
    if not nouns:
        return None
    stop = "|".join(_NOT_IN_A_NAME)
    return re.compile(rf"(?<=\bat )(?:{'|'.join(map(re.escape, nouns))})(?: (?!(?:{stop})\b)[a-zà-ÿ]+){{1,5}}\b")


def institution_names(piece: str) -> str:
    """"at clinica comunitaria esperanza del sur" -> "at Clinica Comunitaria Esperanza del Sur": a name the draft
    typed in lower case, with its capitals (its small words stay small). A name with any capital is as written."""
    pattern = _foreign_institution()
    if pattern is None:
        return piece
    return pattern.sub(lambda m: " ".join(w if w in _NAME_PARTICLES else w[:1].upper() + w[1:]
                                          for w in m.group(0).split()), piece)


def capitalised_names(piece: str) -> str:
    """A language, a people or a place the draft typed in lower case, with its capital: "somali interpreter in
    minneapolis" -> "Somali interpreter in Minneapolis". Only a name typed all in lower case is touched."""
    pattern, names = _proper_names()
    if pattern is None:
        return piece
    return pattern.sub(lambda m: names[m.group(0)], piece)


def titled_names(piece: str) -> str:
    """A name the draft wrote in lower case after a title, capitalised with it: "dr. wongsakul" -> "Dr.
    Wongsakul", "dr w" -> "Dr. W". A common word after the title ("dr. and ...") is no name and stays."""
    from spacy.lang.en.stop_words import STOP_WORDS

    def said(match: re.Match) -> str:
        name = match.group("name")
        if name in STOP_WORDS and len(name) > 1 or match.group("doctor") and _no_name(name):
            return match.group(0)  # "dr. and", "what the dr says": no name follows the title
        title = (match.group("doctor") or match.group("courtesy")).lower().title()
        return f"{title}.{match.group('space')}{name[0].upper()}{name[1:]}"

    return _NAME_TITLE.sub(said, piece)


def _starts_sentence(text: str, at: int) -> bool:
    """Whether `at` opens a sentence: nothing before it, or a stop that is no abbreviation's ("incl. med rec" ->
    "incl. medication reconciliation", never "incl. Medication")."""
    from erasl.nlp import _abbreviations

    before = text[:at].rstrip()
    if not before:
        return True
    if before[-1] == "." and (before[:-1].split() or [""])[-1].lower().lstrip("(") in _abbreviations():
        return False
    return before[-1] in ".!?:"


def capital_starts(text: str) -> str:
    """A lower-case word after a sentence's full stop takes its capital ("lol. also helped" -> "... Also helped"),
    unless the stop is an abbreviation's ("approx. 40", "pts. daily", "e.g. insulin")."""
    from erasl.nlp import _abbreviations

    words = _abbreviations()

    def capital(match: re.Match) -> str:
        word = match.group(1).lower().rstrip(".")
        if word in words or len(word) <= 1 or "." in match.group(1)[:-1]:
            return match.group(0)
        return match.group(0)[:-1] + match.group(0)[-1].upper()

    # (a year ends a sentence too: "over winter break December 2024. saw lots" -> ". Saw lots")
    return re.sub(r"(?<![\w.])([A-Za-z][\w.]*\.|(?:19|20)\d\d\.)\s+[a-z]", capital, text)


# a month and a year in digits ("01/2022", "2019-08"): a date the opening line's reading writes out
_NUMERIC_MONTH = re.compile(r"(?<![\w/.])(?:\d{1,2}[/.](?:19|20)\d\d|(?:19|20)\d\d[/.-]\d{1,2})(?![\w/])")


def dates_in_words(piece: str) -> str:
    """Numeric date ranges said in words, the way the opening line says them: "01.03.2023 – 18.06.2023" ->
    "March 2023-June 2023", "01/2022-12/2022" -> "January 2022-December 2022" (erasl/skeleton_slots.py
    `readable_dates`). Only a form with one reading: the day-first dotted form, month and year."""
    from erasl.skeleton_slots import _DAY_RANGE, with_readable_dates

    if not (_NUMERIC_MONTH.search(piece) or _DAY_RANGE.search(piece)):
        return piece  # "Mar 2019 - Aug 2020" is already words: the draft's own stay
    for _ in range(3):  # each range once, the first each time
        converted = with_readable_dates(piece)
        if converted == piece:
            break
        piece = converted
    return piece
