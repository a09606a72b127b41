"""An entry mostly about someone else's work (issue 12, blind review of set 34): "Dr. Ruiz is a transplant
hepatologist ... He sees over 25 patients a day ... He teaches the residents". The skeleton keeps one sentence
about that person as context, and those that carry a number or a name said nowhere else, as the draft wrote them;
the rest are left out and listed, and the applicant's own part is asked for. Words: rules/rewrite/slots.toml
[someone-else]."""

from __future__ import annotations

import re

_FACT = re.compile(r"\d[\d,.]*|(?<!^)(?<![.!?]\s)\b[A-Z][\w'-]+")


def _words(builder) -> dict:
    return builder.rw.data.get("someone-else", {})


def _a_person(builder, start: int, end: int) -> str | None:
    """The subject at start:end names another person ("Dr. Ruiz", "He", "the attending"): how to call them."""
    words = _words(builder)
    span = builder.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    lemma = root.lemma_.lower()
    if root.lower_ in words.get("pronouns", []):
        return "them"
    # "Dr. Ruiz", "Prof. Adeyemi": a title and a name, never a long phrase the parser took for a subject
    # ("shadowed dr patel (family med) at a community clinic")
    titled = len(span) <= 5 and root.pos_ == "PROPN" and any(t.text.rstrip(".").lower() in words.get("titles", [])
                                                              for t in span)
    if titled or lemma in words.get("people", []) or (root.pos_ == "NOUN" and lemma.endswith(tuple(words.get("people-endings", [])))):
        return span.text if titled else "the " + root.lower_
    return None


def someone_elses(builder, unit) -> str | None:
    """Every subject the profile reads in the sentence is another person (not the applicant, nor the applicant
    written about in the third person): who."""
    if builder.profile.third_person is not None:
        return None
    end = unit.end or unit.start + len(unit.text)
    found = [m for m in builder.profile.subjects if m.start is not None and unit.start <= m.start < end]
    if not found or any(m.label != "other" for m in found):
        return None
    people = [_a_person(builder, m.start, m.end) for m in found]
    return people[0] if all(people) else None


def one_line_for_others(builder, units: list, keep_first: bool) -> tuple[list, str | None]:
    """Leave out the sentences about someone else's work but the first (context) and those with facts said
    nowhere else; the person, named as the draft first names them, when the entry is mostly about them."""
    words = _words(builder)
    theirs = [(u, who) for u in units if not (keep_first and u is units[0]) and (who := someone_elses(builder, u))]
    own = [u for u in units if builder.about_the_applicant(u)]
    if len(theirs) < words.get("at-least", 2) or len(theirs) <= len(own):
        return units, None
    named = next((who for _, who in theirs if who not in ("them",) and not who.startswith("the ")), None)
    who = named or next(who for _, who in theirs)
    for unit, _ in theirs[1:]:  # the first stays: who they are, as context
        elsewhere = " ".join(u.text for u in units if u is not unit)
        if any(fact not in elsewhere for fact in _FACT.findall(unit.text)):
            continue  # "He sees over 25 patients a day": the load the applicant saw stays
        units.remove(unit)
        builder.left_out.append({"text": " ".join(builder.text[unit.start:unit.end or unit.start + len(unit.text)].split()),
                                 "reason": words.get("reason", "").format(who=who)})
    return units, who


def own_part_prompt(builder, who: str | None) -> str:
    """The placeholder that asks for the applicant's own part beside that person ("" when none is needed)."""
    if who is None:
        return ""
    return _words(builder).get("prompt", "").format(who=who if who != "them" else "them")
