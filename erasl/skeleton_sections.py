"""The section each kept sentence of a skeleton belongs to, in the order advisors teach: header, load, duties,
result, then a letter or what was learned. Read from the parse of the draft's sentence and the shared entry
profile (`profile.actions`, `profile.subjects`, `profile.third_person`); the word classes are data in
rules/rewrite/slots.toml [order]. The skeleton's template says the sections in order, each in the draft's own
order (a stable sort), so deciding a sentence's section is all that moves it."""

from __future__ import annotations

from erasl.skeleton_order import _span

_SELF = frozenset({"me", "us", "myself", "ourselves"})


def _order_words(builder, key: str) -> frozenset[str]:
    return frozenset(builder.rw.data.get("order", {}).get(key, []))


def _end(unit) -> int:
    return unit.end or unit.start + len(unit.text)


def own_verbs(builder, unit) -> list:
    """The applicant's verbs in the draft's sentence, as the entry profile reads them (first person, résumé
    fragments, or a third-person bio's applicant)."""
    return [a for a in builder.profile.actions if a.start is not None and unit.start <= a.start < _end(unit)]


def mixes_duties(builder, unit) -> bool:
    """A load sentence that also says a duty of the applicant's ("Took histories and wrote notes for 4 patients
    daily"): its verbs are more than the load's own (see, manage, follow ...)."""
    load_verbs = _order_words(builder, "load-verbs")
    ignored = frozenset(builder.rw.data.get("activities", {}).get("ignore", []))
    return any(a.lemma not in load_verbs and a.lemma not in ignored
               and a.group not in ("observer", "underselling") for a in own_verbs(builder, unit))


def _subject(token):
    return next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl")), None)


def tells_a_lesson(builder, unit) -> bool:
    """The sentence tells what the applicant learned or felt and states no fact: "I understood how a ward
    works", "This externship taught me the importance of teamwork", "It made me realize how much I had to
    learn". Its main verb is a mind verb of the applicant's, or a lesson given to "me" by something."""
    span = _span(builder, unit)
    if span is None or builder.carries_facts(unit.start, _end(unit)):
        return False
    root = span.root
    lemma = root.lemma_.lower()
    subject = _subject(root)
    if lemma in _order_words(builder, "reflection-verbs"):
        # "I realized ...", "Learned how ...": the applicant's own mind; "The team learned" is not the applicant's
        return subject is None or builder.about_the_applicant(unit)
    if lemma not in _order_words(builder, "lesson-verbs") or subject is None or subject.lower_ in ("i", "we"):
        return False
    # "taught me ...", "made me realize ...", "helped me understand ...": the one taught is the applicant
    taught = [c for c in root.children if c.dep_ in ("dative", "dobj", "iobj") and c.lower_ in _SELF]
    taught += [g for c in root.children if c.dep_ in ("ccomp", "xcomp") for g in c.children
               if g.dep_ == "nsubj" and g.lower_ in _SELF]
    return bool(taught)


def names_a_routine(builder, unit) -> bool:
    """The sentence is about a routine of the work with no subject of the applicant's ("Daily rounds with the
    consultant started at 7am", "Morning report was at 8"): a duty said impersonally."""
    span = _span(builder, unit)
    if span is None:
        return False
    subject = _subject(span.root)
    routines = _order_words(builder, "routines")
    return subject is not None and (subject.lower_ in routines or subject.lemma_.lower() in routines)


def sort_into_sections(builder, units: list, keep_first: bool) -> list:
    """Each kept sentence in its section: a load sentence that also says duties goes with the duties; a lesson
    or feeling that states no fact goes last, after the result (slot "motivation"). The draft's own header and
    any sentence already in the header stay where they are."""
    for index, unit in enumerate(units):
        if (keep_first and index == 0) or unit.slot in ("setting", "motivation", "result"):
            continue
        if tells_a_lesson(builder, unit):
            unit.slot = "motivation"
        elif unit.slot == "load" and mixes_duties(builder, unit):
            unit.slot = "actions"
    return units
