"""A skeleton's opening line, slots and prompts, built from what the draft already says.

The opening names what the entry profile and facts found (dates, role, organisation); a placeholder
stands only for a slot that is really empty. A template's prompts ("[Only if true:] ...", the load
and result lines) are offered only where they fit the setting and the draft has not said them yet:
rules/rewrite/slots.toml says when each is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from erasl.document import MONTH_NAMES, MONTH_NUMBERS


# a numeric month and year as résumés write them: "2016/06", "06/2016", "2016-06", "6/2016"
_NUMERIC = r"(?:(?P<{y}>(?:19|20)\d\d)[/.-](?P<{m}>0?[1-9]|1[0-2])|(?P<{m}2>0?[1-9]|1[0-2])[/.](?P<{y}2>(?:19|20)\d\d))"
_NAMED = r"(?P<{m}n>[A-Z][a-z]{{2,8}}\.?)\s*'?\s*(?P<{y}n>(?:19|20)\d\d|'?\d\d)"
_POINT = "(?:" + _NUMERIC + "|" + _NAMED + ")"
_RANGE = re.compile(
    r"(?<![\w/])" + _POINT.format(y="y1", m="m1") + r"\s*(?:-|–|—|~|to|through|until)\s*(?:"
    + _POINT.format(y="y2", m="m2") + r"|(?P<now>present|now|current|ongoing|today))(?![\w/])", re.IGNORECASE)

_SINCE = re.compile(r"(?i)\bsince\s+(?P<point>" + _NUMERIC.format(y="y1", m="m1") + r")(?![\w/])")

# a day, month and year as European forms write them: "01.03.2023 - 18.06.2023" (day first with dots; with
# slashes only when a day over 12 says which number is the day: "25/03/2023")
_DAY_POINT = r"(?P<a{n}>\d{{1,2}})(?P<s{n}>[./])(?P<b{n}>\d{{1,2}})(?P=s{n})(?P<y{n}>(?:19|20)\d\d)"
_DAY_RANGE = re.compile(r"(?<![\w./])" + _DAY_POINT.format(n=1) + r"\s*(?:-|–|—|to|until|bis)\s*"
                        + _DAY_POINT.format(n=2) + r"(?![\w/]|\.\d)")


def month_number(word: str) -> int | None:
    """The month a word names, written out or shortened ("Jun", "Sept.", "march"), else None."""
    return MONTH_NUMBERS.get(word.rstrip(".").lower())


def _day_month_year(match: re.Match, n: int) -> tuple[int, int] | None:
    first, second, year = int(match.group(f"a{n}")), int(match.group(f"b{n}")), int(match.group(f"y{n}"))
    if match.group(f"s{n}") == ".":
        day, month = first, second
    elif first > 12 >= second:
        day, month = first, second
    elif second > 12 >= first:
        day, month = second, first
    else:
        return None  # "03/04/2023": April or March, the draft does not say
    return (month, year) if 1 <= month <= 12 and 1 <= day <= 31 else None


def _day_range(text: str) -> tuple[int, int, str] | None:
    """The draft's first day-month-year range as months: "01.03.2023 - 18.06.2023" -> "March 2023-June 2023"."""
    for match in _DAY_RANGE.finditer(text):
        first, last = _day_month_year(match, 1), _day_month_year(match, 2)
        if first is None or last is None or (last[1], last[0]) < (first[1], first[0]):
            continue
        words = f"{MONTH_NAMES[first[0] - 1]} {first[1]}"
        if last != first:
            words += f"-{MONTH_NAMES[last[0] - 1]} {last[1]}"
        return match.start(), match.end(), words
    return None


def states_a_date_range(text: str) -> bool:
    """The text gives the experience's dates as a range, in any form a reader can turn into months: no
    placeholder asks for them again."""
    return readable_dates(text) is not None or _DAY_RANGE.search(text) is not None or re.search(
        r"(?i)\b(?:" + "|".join(MONTH_NAMES) + r")\s+(?:19|20)\d\d\s*(?:-|–|—|to|through|until)\s*(?:(?:"
        + "|".join(MONTH_NAMES) + r")\s+)?(?:(?:19|20)\d\d|present|now)\b", text) is not None or re.search(
        # two months of one year ("Oct/Nov 2024", "Oct.-Nov. 2024", "October to November 2024")
        r"(?i)\b(?:" + "|".join(m[:3] for m in MONTH_NAMES) + r")[a-z]*\.?\s*(?:/|-|–|to|through)\s*(?:"
        + "|".join(m[:3] for m in MONTH_NAMES) + r")[a-z]*\.?,?\s+(?:19|20)\d\d\b", text) is not None


def _month_year(match: re.Match, n: str) -> tuple[int, int] | None:
    for month_key, year_key in ((f"m{n}", f"y{n}"), (f"m{n}2", f"y{n}2")):
        if match.group(month_key) and match.group(year_key):
            return int(match.group(month_key)), int(match.group(year_key))
    name, year = match.group(f"m{n}n"), match.group(f"y{n}n")
    if name and year:
        month = MONTH_NUMBERS.get(name.rstrip(".").lower()[:4]) or MONTH_NUMBERS.get(name.rstrip(".").lower()[:3])
        if month is None:
            return None
        digits = year.lstrip("'")
        return month, int(digits) if len(digits) == 4 else 2000 + int(digits)
    return None


# two months sharing one year: "Jan.-Mar. 2024", "June - August 2023" (the year is never lost)
_SHARED_YEAR = re.compile(r"(?<![\w.])(?P<m1>[A-Za-z]{3,9}\.?)\s*(?:-|–|—|~)\s*(?P<m2>[A-Za-z]{3,9}\.?),?\s*"
                          r"(?P<y>(?:19|20)\d\d)(?![\w/])")


def _shared_year(text: str) -> tuple[int, int, str] | None:
    for match in _SHARED_YEAR.finditer(text):
        first, last = month_number(match.group("m1")), month_number(match.group("m2"))
        if first is None or last is None or last < first:
            continue
        if not any(m.endswith(".") or len(m) <= 4 and m.lower() not in ("june", "july")
                   for m in (match.group("m1"), match.group("m2"))):
            continue  # "June-August 2023": the draft's own words read well, and keep the year
        year = match.group("y")
        words = f"{MONTH_NAMES[first - 1]} {year}-{MONTH_NAMES[last - 1]} {year}" if last != first else f"{MONTH_NAMES[first - 1]} {year}"
        return match.start(), match.end(), words
    return None


def readable_dates(text: str) -> tuple[int, int, str] | None:
    """The draft's first month range as a reader wants it: "2016/06-2019/08" -> "June 2016-August 2019",
    "Jan'24-Mar'24" -> "January 2024-March 2024", "01/2024 - present" -> "since January 2024". Returns
    (start, end, words) of the range in `text`, or None when it has none or is already written out.
    A hyphen, not an en dash: ERAS may garble an en dash (L201). A day-month-year range is said in months
    ("01.03.2023 - 18.06.2023" -> "March 2023-June 2023")."""
    day_range = _day_range(text)
    if day_range is not None:
        return day_range
    shared = _shared_year(text)
    if shared is not None and (_RANGE.search(text) is None or shared[0] < _RANGE.search(text).start()):
        return shared
    since = _SINCE.search(text)
    ranged = _RANGE.search(text)
    if since and (ranged is None or since.start() < ranged.start()):
        month, year = _month_year(since, "1")
        return since.start("point"), since.end(), f"{MONTH_NAMES[month - 1]} {year}"
    for match in _RANGE.finditer(text):
        first = _month_year(match, "1")
        if first is None:
            continue
        if match.group("now"):
            words = f"since {MONTH_NAMES[first[0] - 1]} {first[1]}"
        else:
            last = _month_year(match, "2")
            if last is None or last < (first[0], first[1]) and (last[1], last[0]) < (first[1], first[0]):
                continue
            words = f"{MONTH_NAMES[first[0] - 1]} {first[1]}-{MONTH_NAMES[last[0] - 1]} {last[1]}"
            if first == last:
                words = f"{MONTH_NAMES[first[0] - 1]} {first[1]}"
        if words.lower() == match.group(0).lower().replace(" ", ""):
            return None
        if re.fullmatch(r"(?i)[A-Z][a-z]+ \d{4}\s*-\s*[A-Z][a-z]+ \d{4}", match.group(0)) and \
                match.group(0).replace(" ", "") == words.replace(" ", "").replace("since", ""):
            return None
        return match.start(), match.end(), words
    return None


def with_readable_dates(text: str) -> str:
    """`text` with its first month range written out (see `readable_dates`)."""
    found = readable_dates(text)
    if found is None:
        return text
    start, end, words = found
    if words.startswith("since") and re.search(r"(?i)\bsince\s*$", text[:start]):
        words = words[len("since "):]
    if re.search(r"(?i)\b(?:from|between)\s*$", text[:start]):
        words = words.replace("-", " and " if text[:start].rstrip().lower().endswith("between") else " to ")
    elif re.search(r"[A-Z][\w.)-]*[ \t]+$", text[:start]):
        # a title line's dates after a tab ("St. Ansgar Klinikum Hamburg\t01.03.2023 - ..."): set off by a comma
        return text[:start].rstrip() + ", " + words + text[end:]
    return text[:start] + words + text[end:]


def metadata_dates(text: str, ongoing: bool | None) -> str:
    """The metadata's dates as the opening line says them: "January 2024-present" -> "since January 2024"."""
    found = re.fullmatch(r"(?i)\s*(?P<first>.+?)\s*(?:-|–|—|to)\s*(?:present|now|current|ongoing)\s*", text)
    if found:
        return f"since {found.group('first')}"
    return with_readable_dates(text)


_CHANGE = re.compile(r"(?i)\bfrom\s+\d[\d.,]*\s*%?\s+to\s+\d[\d.,]*\s*%?|\bby\s+\d[\d.,]*\s*%|\b\d[\d.,]*\s*%\s+(?:increase|decrease|reduction|rise|drop|fall)\b")


def measured_change(sentence: str) -> bool:
    """The sentence states a change in numbers ("from 42% to 71%", "by 30%"): a skeleton ends with it."""
    return _CHANGE.search(sentence) is not None


# --- the role and the organisation ---------------------------------------------------------------

@dataclass
class LeadRole:
    """The role a draft's first verb states, with what it founded or led and the verb itself."""

    role: str  # "Founder"
    organisation: str  # "a peer mentoring club for first-generation students"
    lemma: str  # "found"


def lead_role(doc, data: dict) -> LeadRole | None:
    """The role the draft's first verb states: "Founded a peer tutoring club ..." -> Founder of "a peer
    tutoring club ...", when its object is a group or programme (rules/rewrite/slots.toml [roles])."""
    roles = data.get("roles", {})
    verbs = roles.get("verbs", {})
    objects = set(roles.get("objects", [])) | set(data.get("institutions", {}).get("nouns", []))
    sentence = next(iter(doc.sents), None)
    if sentence is None:
        return None
    lead = next((t for t in sentence if t.pos_ in ("VERB", "AUX") or t.tag_ in ("VBD", "VBN", "VBZ", "VBP")), None)
    if lead is None or lead.pos_ == "AUX" or lead.lemma_.lower() not in verbs:
        return None
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in ("i", "we") for t in lead.children):
        return None  # someone else founded it
    obj = next((c for c in lead.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or obj.lemma_.lower() not in objects and obj.lower_ not in objects:
        return None
    role = verbs[lead.lemma_.lower()]
    words = list(obj.subtree)
    # the object with what names it ("a club for first-year students"), not a clause hung on it
    end = obj.i + 1
    for child in obj.rights:
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "in", "on") and child.right_edge.i - obj.i <= 8:
            end = child.right_edge.i + 1
            break
    else:  # the parser hung "for first-year students" on the verb, right after the object
        after = doc[obj.i + 1] if obj.i + 1 < len(doc) else None
        if after is not None and after.dep_ == "prep" and after.head == lead and after.lower_ in ("for", "of") \
                and after.right_edge.i - obj.i <= 8:
            end = after.right_edge.i + 1
    phrase = doc[words[0].i:end].text.rstrip(" ,;")
    return LeadRole(role[:1].upper() + role[1:], phrase, lead.lemma_.lower())


def role_from_lead_verb(doc, data: dict) -> str | None:
    """The role the draft's first verb states ("Founded a tutoring group" -> "Founder"), else None."""
    found = lead_role(doc, data)
    return found.role if found else None


_STATED_ROLE = re.compile(r"\b(?:[Aa]s|[Ss]erved as|[Ww]orked as)\s+(?:an?\s+|the\s+|our\s+)?(?P<role>(?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*)"
                          r"(?=\s+(?:at|in|for|with|of|on)\b|[,.;!]|$)")


def stated_role(doc) -> str | None:
    """A title the draft states: "as a Spanish medical interpreter for ..." -> "Spanish medical interpreter",
    "served as Clinic Manager at ..." -> "Clinic Manager": its last word a noun naming a person's job."""
    for match in _STATED_ROLE.finditer(doc.text):
        span = doc.char_span(match.start("role"), match.end("role"), alignment_mode="expand")
        if span is None or span[-1].pos_ not in ("NOUN", "PROPN") or span[-1].ent_type_ in ("GPE", "DATE"):
            continue
        if any(t.pos_ in ("VERB", "AUX", "DET", "PRON", "ADP") for t in span):
            continue
        if span[-1].lower_ in ("part", "result", "way", "means", "example", "well", "much", "such", "usual"):
            continue
        if not the_applicants_as(doc, match.start()):
            continue  # "Brucellosis presenting as spondylodiscitis": a disease's "as", not a post
        words = match.group("role")
        # "As President of the Global Health Interest Group": the group it names is part of the title
        group = re.match(r"\s+of\s+((?:the\s+)?(?:[A-Z][\w&'-]*\s+){0,5}[A-Z][\w&'-]*)", doc.text[match.end("role"):])
        if group is not None and names_an_organisation(doc, match.end("role") + group.start(1),
                                                       match.end("role") + group.end(1)):
            words += " of " + group.group(1)
        return words[:1].upper() + words[1:]
    return None


def the_applicants_as(doc, at: int) -> bool:
    """The "as" says what the applicant served as: it hangs on a verb of theirs ("I worked as", "Served as",
    "As president, I ..."), not on a participle describing something else ("a cyst presenting as a mass")."""
    found = doc.char_span(at, at + 2, alignment_mode="expand")
    if found is None or not len(found):
        return True
    head = found[0].head
    from erasl.facts import load_rewrite_data

    # "my 5 years as an ICU nurse", "my time as a paramedic": a post held before (slots.toml [roles] background),
    # whether the parse hangs the "as" on the noun or on the verb before it ("Drawing on my 5 years as ...")
    background = load_rewrite_data().get("roles", {}).get("background", [])
    before = found[0].nbor(-1) if found[0].i > 0 else None
    if any(t is not None and t.pos_ == "NOUN" and t.lemma_.lower() in background for t in (before, head)):
        return False
    if head.pos_ not in ("VERB", "AUX") or head.i == found[0].i:
        return True
    if head.dep_ in ("acl", "relcl", "amod"):
        return False
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not subjects or any(c.lower_ in ("i", "we") for c in subjects)


def names_an_organisation(doc, start: int, end: int) -> bool:
    """True when the words at start:end are a name for an organisation, not an adjective before a common
    noun: "Jackson Health System", "Walmart", "the Bucharest Food Bank"; never "Spanish-speaking
    (patients)" or "English (lessons)"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    last = span[-1]
    following = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if following is not None and following.pos_ == "NOUN" and following.is_lower:
        return False  # "Spanish-speaking patients": the capitalised words describe a common noun
    if last.pos_ == "ADJ" or last.tag_ in ("JJ", "VBG", "VBN") and last.ent_type_ not in ("ORG", "FAC", "GPE"):
        return False
    return any(t.pos_ == "PROPN" for t in span) or last.ent_type_ in ("ORG", "FAC")


# --- which prompts fit ---------------------------------------------------------------------------

_STAFF = {"attending", "attendings", "physician", "doctor", "surgeon", "resident", "residents", "consultant", "team",
          "fellow", "preceptor", "mentor", "registrar", "specialist", "nurse", "staff"}


def _trails(verb) -> bool:
    """The verb's object is a person it trails ("followed him on rounds", "followed the attending"), not the
    work a prompt asks about ("followed 4 patients")."""
    return any(c.dep_ in ("dobj", "obj") and (c.pos_ == "PRON" or c.ent_type_ == "PERSON" or c.lower_ in _STAFF)
               for c in verb.children)


def post_of(profile, data: dict) -> dict | None:
    """The post the draft names, read from the words the profile typed the entry by ("Data Analyst"), else from
    its title: it chooses the template and its placeholders (rules/rewrite/slots.toml [[posts]]). A post that is
    clinical only in a clinical entry ("intern" at a bank is no ward intern) needs the profile to read it so."""
    type_words = getattr(profile, "type_words", None)
    for words in (getattr(type_words, "text", None), getattr(profile, "title", None)):
        for spec in data.get("posts", []) if words else []:
            if re.search(spec["find"], words, re.IGNORECASE):
                if spec.get("clinical-only") and not getattr(profile, "clinical", False):
                    continue
                return spec
    return None


def names_a_post(text: str, data: dict) -> bool:
    """The text names a post of [[posts]] ("Internship (tirocinio)", "Senior Data Analyst")."""
    return any(re.search(spec["find"], text, re.IGNORECASE) for spec in data.get("posts", []))


def post_template(profile, data: dict, name: str) -> str:
    """The template the named post gets instead of `name` (a claims analyst: work.j2; a clinical internship
    abroad: non-us-clinical.j2), or `name` when the post says nothing of it."""
    post = post_of(profile, data)
    if post is None or not post.get("template") or name not in post.get("replaces", [name]):
        return name
    if post.get("template-abroad") and getattr(profile, "us", None) is not True:
        return post["template-abroad"]
    return post["template"]


def post_placeholders(profile, data: dict, kept: str) -> dict:
    """The post's own load and result placeholders for the template (None: the template's own). A load the
    kept sentences count already (`load-said-by-words`) is not asked again."""
    post = post_of(profile, data) or {}
    load = post.get("load")
    if load and any(re.search(p, kept, re.IGNORECASE) for p in post.get("load-said-by-words", [])):
        load = ""
    return {"post_load": load, "post_result": post.get("result"),
            "post_clinical": post.get("clinical", True)}


def fitted_result(text: str, data: dict, work: str | None = None) -> str | None:
    """A result placeholder fitted to what the draft names ("[How many of them passed the retake ...]" for a
    tutor whose students retake), instead of a template's generic one (rules/rewrite/slots.toml
    [[result-prompts]]); each part of it asked only of an activity the draft's `work` (`told_as_work`) names."""
    told = text if work is None else work
    for spec in data.get("result-prompts", []):
        if re.search(spec["find"], told, re.IGNORECASE):
            say = spec["say"]
            if spec.get("stated") and re.search(spec["stated"], text, re.IGNORECASE):
                return spec["stated-say"]  # "a survey with 240 responses": never "[N] [people] surveyed" again
            asked = asked_of_the_draft(say, told)
            if asked is not None:
                return asked  # else every part is counted already: the next fitting prompt, or the template's
    return None


def told_as_work(doc, data: dict) -> str:
    """The draft's sentences that tell work, not a lesson: a sentence whose main verb is a verb of learning
    ("I learned how much time US primary care gives to preventive screening") names no activity of the
    applicant's for a result placeholder to count (rules/rewrite/slots.toml [order] reflection-verbs)."""
    lessons = set(data.get("order", {}).get("reflection-verbs", []))
    return " ".join(sent.text for sent in doc.sents if sent.root.lemma_.lower() not in lessons)


_STATED_PERCENT = re.compile(r"\d+(?:\.\d+)?\s*%|\bper ?cent\b", re.IGNORECASE)


def asked_of_the_draft(say: str, text: str) -> str | None:
    """The parts of a fitted result placeholder ("[N] deliveries; [N] referrals.") the draft gives a reason to
    ask: the first part is what the placeholder's `find` matched ("labour room": deliveries); each further
    part names its activity ("referrals") and is asked only when the draft names it too (by its first five
    letters: "referred", "referral"), and a part of brackets alone ("[X%] [with the main finding]") only when
    the draft states no percentage. Never a count of an activity the draft does not name (review 16: "[N]
    referrals" for a house officer who never mentions one)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    parts = [p.strip() for p in say.rstrip(".").split(";")]
    kept = parts[:1]
    for part in parts[1:]:
        words = [w for w in re.findall(r"[a-z]{4,}", re.sub(r"\[[^\]]*\]", " ", part.lower()))
                 if w not in STOP_WORDS and w != "people"]
        if words and counted_in_the_draft(words[0], text):
            continue
        if words:
            if re.search(r"\b" + re.escape(words[0][:5]), text, re.IGNORECASE):
                kept.append(part)
        elif not _STATED_PERCENT.search(text):
            kept.append(part)
    first = [w for w in re.findall(r"[a-z]{4,}", re.sub(r"\[[^\]]*\]", " ", kept[0].lower()))
             if w not in STOP_WORDS and w != "people"] if kept else []
    if first and "[N]" in kept[0] and counted_in_the_draft(first[0], text):
        kept = kept[1:]  # "[N] people screened" when the draft says "screened about 900 residents"
    if not kept:
        return None
    said = "; ".join(kept) + "."
    return said[:1].upper() + said[1:] if said[:1].isalpha() else said


def counted_in_the_draft(word: str, text: str) -> bool:
    """The draft already gives the number a "[N] <word>" placeholder asks: a number within two words of the word's
    stem ("screened about 900 residents", "3 referral letters", "20 deliveries"), so asking it again is
    redundant (review 18: "[N] people screened" for "about 900 residents")."""
    stem = re.escape(word[:5])
    number = r"\d[\d,.]*\+?"
    near = r"(?:(?!(?:and|or|but)\b)[\w'-]+\s+){0,2}"  # within the phrase: "deliveries and referred 3" counts no delivery
    return re.search(rf"\b{number}\s+{near}{stem}\w*|\b{stem}\w*\s+{near}{number}(?!\s*(?:%|percent))", text,
                     re.IGNORECASE) is not None


def said_as_a_verb(text: str, verbs: set[str]) -> bool:
    """The skeleton's own sentences say one of `verbs` as a verb leading a sentence or after "I"/"we" (the
    skeleton turned "Discussion of cases of AKI" into "Discussed cases of AKI"): its prompt asks nothing new."""
    from lemminflect import getAllInflections

    forms = {form for verb in verbs for found in getAllInflections(verb, upos="VERB").values() for form in found}
    if not forms:
        return False
    pattern = r"(?:^|[.!?]\s+|\b(?:I|we)\s+)(?:" + "|".join(re.escape(f) for f in sorted(forms)) + r")\b"
    return re.search(pattern, text, re.IGNORECASE) is not None


@dataclass
class PromptFit:
    """Which of a template's prompts fit this entry: `fits(key)` for the template, `instead(key)` for what to
    ask when the draft says it without a number."""

    data: dict
    profile: object
    text: str
    kept: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, text) of sentences kept
    doc: object = None

    def condition(self, name: str) -> bool:
        spec = self.data.get("prompt-conditions", {}).get(name)
        if spec is None:
            return False
        profile = self.profile
        if spec.get("unless-teaching") and getattr(profile, "teaching", None):
            return False
        if getattr(profile, "experience_type", None) in spec.get("types", []):
            return True
        if spec.get("post-flags"):
            post = post_of(profile, self.data) or {}
            if any(post.get(flag) for flag in spec["post-flags"]):
                return True
        settings = [m.text.lower() for m in getattr(profile, "settings", []) or []]
        if any(word in setting for word in spec.get("settings", []) for setting in settings):
            return True
        return any(re.search(pattern, self.text, re.IGNORECASE) for pattern in spec.get("words", []))

    def template(self, name: str) -> str:
        """The template that fits the post and the setting: `name`, unless the post the draft names
        ([[posts]]) or [setting-templates] sends it elsewhere."""
        name = post_template(self.profile, self.data, name)
        for condition, spec in self.data.get("setting-templates", {}).items():
            if name in spec.get("from", []) and self.condition(condition):
                return spec["to"]
        return name

    def _said(self, spec: dict) -> re.Match | bool | None:
        verbs = set(spec.get("said-by", []))
        stems = {verb[:5] for verb in verbs}
        if verbs and self.doc is not None:
            for start, end, _ in self.kept:
                span = self.doc.char_span(start, end, alignment_mode="expand")
                for token in span or []:
                    if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in verbs and not _trails(token):
                        return True
        if verbs and self.doc is not None and any(
                said_as_a_verb(text, verbs) and any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower()[:5] in stems
                                                    for t in self.doc.char_span(start, end, alignment_mode="expand") or [])
                for start, end, text in self.kept):
            return True  # a noun the skeleton said as its verb ("Discussion of cases" -> "Discussed cases")
        if spec.get("said-by-procedures") and self.doc is not None:
            from erasl.skeleton_concrete import names_a_procedure

            if any(names_a_procedure(t, self.data, tasks=False) for start, end, _ in self.kept
                   for t in self.doc.char_span(start, end, alignment_mode="expand") or []):
                return True
        kept = " ".join(text for _, _, text in self.kept)
        return any(re.search(p, kept, re.IGNORECASE) for p in spec.get("said-by-words", []))

    def fits(self, key: str) -> bool:
        """Offer this prompt: its setting allows it and the kept sentences do not say it already."""
        spec = self.data.get("prompts", {}).get(key)
        if spec is None:
            return True
        if any(self.condition(name) for name in spec.get("not-in", [])):
            return False
        if spec.get("only-in") and not any(self.condition(name) for name in spec["only-in"]):
            return False
        return not self._said(spec)

    def said(self, key: str) -> bool:
        """The kept sentences already say what the prompt `key` asks ("presenting them to the attending"), and
        its setting allows it: a template asks only what is left of it (the talk's length, not the talk)."""
        spec = self.data.get("prompts", {}).get(key) or {}
        if any(self.condition(n) for n in spec.get("not-in", [])):
            return False
        return bool(self._said(spec))

    def counted(self, key: str) -> bool:
        """The kept sentences already give the number the prompt `key`'s follow-up asks ("around 40 per visit"):
        nothing more is asked of it (rules/rewrite/slots.toml `counted-by-words`)."""
        spec = self.data.get("prompts", {}).get(key) or {}
        kept = " ".join(text for _, _, text in self.kept)
        return any(re.search(p, kept, re.IGNORECASE) for p in spec.get("counted-by-words", []))

    def instead(self, key: str) -> str:
        """What to ask when the draft says the activity but the prompt was dropped: "[How many patients ...]"."""
        spec = self.data.get("prompts", {}).get(key) or {}
        if not spec.get("instead") or any(self.condition(n) for n in spec.get("not-in", [])) or self.counted(key):
            return ""  # never a second count of what a sentence already asks ("[N] kids came every day")
        return spec["instead"] if self._said(spec) else ""


# --- most-meaningful reflections -----------------------------------------------------------------

def _generic(data: dict) -> set[str]:
    return set(data.get("reflection", {}).get("generic-nouns", []))


def hollow(nlp, text: str, data: dict) -> bool:
    """A sentence with nothing concrete left once its cliché was cut ("This experience made me."): no noun,
    name or number beyond the generic ones."""
    if "[" in text:
        return False
    generic = _generic(data)
    doc = nlp(text)
    return not any(t.pos_ in ("NOUN", "PROPN", "NUM") and t.lemma_.lower() not in generic and t.lower_ not in generic
                   for t in doc)


def topic_of(span, data: dict) -> str | None:
    """What a left-out sentence was about, when it names something concrete: its gerund subject
    ("Working with refugees was a humbling journey" -> "Working with refugees") or a noun subject whose
    head is not generic ("The dialysis unit taught me ..." -> "The dialysis unit")."""
    generic = _generic(data)
    for token in span:
        if token.dep_ == "csubj" and token.tag_ == "VBG":
            words = [t for t in token.subtree]
            if any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() not in generic for t in words):
                return span.doc[words[0].i:words[-1].i + 1].text
        if token.dep_ == "nsubj" and token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() not in generic \
                and token.head.pos_ in ("VERB", "AUX"):
            words = [t for t in token.subtree]
            text = span.doc[words[0].i:words[-1].i + 1].text
            return text[:1].upper() + text[1:]
    return None


def a_moment(doc) -> bool:
    """The reflection tells of one person or moment: a singular subject with "a", "an" or "one" ("A farmer on
    my ward refused dialysis"), or a named person."""
    for token in doc:
        if token.dep_ in ("nsubj", "nsubjpass") and token.tag_ == "NN" \
                and any(c.lower_ in ("a", "an", "one") and c.dep_ in ("det", "nummod") for c in token.children):
            return True
        if token.ent_type_ == "PERSON" and token.dep_ in ("nsubj", "dobj", "pobj"):
            return True
        # "When my grandmother had a stroke ...", "That night ...", "One morning on call ...": a moment in time
        if token.lower_ == "when" and token.dep_ == "advmod" and token.head.tag_ == "VBD":
            return True
        if token.lower_ in ("night", "day", "morning", "evening", "afternoon", "shift", "call") \
                and any(c.lower_ in ("that", "one") and c.dep_ in ("det", "nummod") for c in token.children):
            return True
    return False


def carries_facts(sentence: str) -> bool:
    """A number, a name or an acronym beyond the sentence's first word: a reflection never drops it for room."""
    sentence = re.sub(r"\[[^\]]*\]", " ", sentence)  # a placeholder is no fact
    rest = sentence.split(" ", 1)[1] if " " in sentence else ""
    return re.search(r"\d|\b[A-Z][\w-]*", rest.replace(" I ", " i ")) is not None


# --- cutting for length --------------------------------------------------------------------------

def trim_for_length(text: str, data: dict) -> tuple[str, list[str]]:
    """`text` without praise of a supervisor and vague phrases (rules/rewrite/slots.toml [length]): what a
    skeleton over the box cuts before any sentence. Returns the trimmed text and the pieces cut."""
    cut: list[str] = []
    spec = data.get("length", {})
    for pattern in list(spec.get("puffery", [])) + list(spec.get("vague", [])):
        found = re.search(pattern, text, re.IGNORECASE)
        while found is not None and found.group(0).strip():
            piece = found.group(0)
            text = text[:found.start()] + text[found.end():]
            cut.append(piece.strip(" ,"))
            found = re.search(pattern, text, re.IGNORECASE)
    text = re.sub(r"\s{2,}", " ", text).replace(" ,", ",").replace(" .", ".")
    return text, cut


def concrete_words(nlp, sentence: str, data: dict) -> int:
    """How many concrete words (nouns, names, numbers that are not generic or puffery: rules/rewrite/slots.toml
    [reflection] and [length]) a sentence holds: over the box, the sentence with the fewest goes first."""
    empty = _generic(data) | set(data.get("length", {}).get("empty-nouns", []))
    text = re.sub(r"\[[^\]]*\]", " ", sentence)
    return sum(1 for t in nlp(text) if t.pos_ in ("NOUN", "PROPN", "NUM") and t.lemma_.lower() not in empty
               and t.lower_ not in empty)


# --- a pasted table's header -------------------------------------------------------------------------

@dataclass
class PastedTable:
    """A CV table pasted with its header ("Position<TAB>Institution<TAB>Dates<TAB>Hrs/week"): the header line
    (start, end) and what each column of the row below it holds (rules/rewrite/slots.toml [table])."""

    header: tuple[int, int]
    row: tuple[int, int]
    columns: list[str]  # "role", "place", "dates", "hours", "duties"
    rows: list[tuple[int, int]] = field(default_factory=list)  # every row under the header, the first one too


_CELL_BREAK = re.compile(r"\t+|\s*\|\s*| {3,}")
# a cell that repeats the row above ("same", "ditto", a bare quotation mark) or says nothing ("-", "n/a")
_NO_VALUE = re.compile(r"(?i)(?:same|ditto|do|\"|''|-|–|n/?a|the same)\.?")


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in _CELL_BREAK.split(line.strip()) if cell.strip()]


def cell_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each cell of the table row text[start:end], its spaces trimmed."""
    spans, at = [], start
    for found in list(_CELL_BREAK.finditer(text, start, end)) + [None]:
        stop = found.start() if found is not None else end
        piece = text[at:stop]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            spans.append((at + lead, at + lead + len(piece.strip())))
        if found is not None:
            at = found.end()
    return spans


def pasted_table(text: str, data: dict) -> PastedTable | None:
    """The draft opens with a table's header line and one row of values under it: the header is never the
    skeleton's opening line; the row's values are. Every header cell must name a known column."""
    columns = data.get("table", {}).get("columns", {})
    lines = list(re.finditer(r"[^\n]+", text))
    if len(lines) < 2 or not columns:
        return None
    first, second = lines[0], lines[1]
    if text[:first.start()].strip():
        return None
    heads = _cells(first.group(0))
    values = _cells(second.group(0))
    if len(heads) < 3 or len(values) != len(heads):
        return None
    names = []
    for head in heads:
        name = next((key for key, pattern in columns.items() if re.fullmatch(pattern, head, re.IGNORECASE)), None)
        if name is None:
            return None  # a cell that names no column: a title line, not a table's header
        names.append(name)
    # the rows under the header: each line with as many cells ("09.2020 - 02.2021 | Duty doctor | same | ...")
    rows = [(second.start(), second.end())]
    for line in lines[2:]:
        if len(_cells(line.group(0))) != len(heads):
            break
        rows.append((line.start(), line.end()))
    return PastedTable((first.start(), first.end()), (second.start(), second.end()), names, rows)


def table_row_header(text: str, table: PastedTable, row: tuple[int, int] | None = None) -> str:
    """The row's values as a title line, role first: "Research volunteer, Al-Rafidain Teaching Hospital,
    Baghdad, Iraq, October 2018-September 2019 (10 hours per week)". Its duties are no part of it
    (`table_row_duties`); a cell that repeats the row above ("same") says nothing here."""
    start, end = row or table.row
    values = _cells(text[start:end])
    said, hours = {}, None
    for name, value in zip(table.columns, values):
        if name == "hours" and re.fullmatch(r"~?\d+(?:[.,]\d+)?(?:\s*-\s*\d+)?", value):
            hours = value.lstrip("~")
        elif name == "duties" or _NO_VALUE.fullmatch(value):
            continue
        elif name == "dates":
            said.setdefault(name, []).append(with_readable_dates(value).replace("mos)", "months)"))
        else:
            said.setdefault(name, []).append(value.rstrip(".,;"))
    # the title line's order whatever the table's: role, place, dates
    line = ", ".join(v for name in ("role", "place", "dates", "hours") for v in said.get(name, []))
    if hours:
        line += f" ({hours} hours per week)"
    return line + "."


def table_row_duties(text: str, table: PastedTable, row: tuple[int, int]) -> tuple[int, int] | None:
    """(start, end) of the row's duties cell, the applicant's work in the row's words, else None."""
    spans = cell_spans(text, *row)
    if "duties" not in table.columns or len(spans) != len(table.columns):
        return None
    return spans[table.columns.index("duties")]


# --- a date or a length said on its own -------------------------------------------------------------

_LENGTH = r"(?:(?:about|around|approx\.?|approximately|~)\s*)?\d+(?:[.,]\d+)?\s*(?:-\s*\d+\s*)?(?:days?|wks?\.?|weeks?|mos?\.?|months?|yrs?\.?|years?)"


def states_a_length(text: str) -> bool:
    """The text says how long ("8 wks", "for 6 months", "3rd yr MBBS, 8 weeks")."""
    return re.search(r"(?i)(?<![\w-])" + _LENGTH + r"(?![\w-])", text) is not None


def only_a_time(text: str) -> bool:
    """The piece says only when or how long ("6 months", "from 02/2021 to 07/2021", "2019"): part of the header,
    never a sentence of the body."""
    bare = re.sub(r"^[\s(\[]*(?:from|since|between|for|during|duration:?|dates?:?|period:?)\s+", "", text.strip(), flags=re.IGNORECASE)
    bare = bare.strip(" .;,()[]")
    if not bare:
        return False
    if re.fullmatch(r"(?i)" + _LENGTH, bare) or re.fullmatch(r"(?:19|20)\d\d", bare):
        return True
    found = readable_dates(bare)
    if found is not None and not bare[:found[0]].strip() and not bare[found[1]:].strip(" .;,()"):
        return True
    return states_a_date_range(bare) and len(re.findall(r"[A-Za-z]+", re.sub(
        r"(?i)\b(?:" + "|".join(MONTH_NAMES) + r"|to|and|until|through|present|now)\b", "", bare))) == 0
