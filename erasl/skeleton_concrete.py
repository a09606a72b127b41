"""Which kept sentences are concrete work, which the box never cuts before a placeholder (issue 12, review 16).

Over the character limit, advisors cut template prompts and filler before any sentence that names what the
applicant did: "I assisted in many operations like appendectomy and hernia", "I did normal deliveries under
supervision of the registrar" and "I continued the chronic care ... with home visits in the villages" name a
procedure, a person or a setting though they hold no digit. A sentence is concrete work when it names one of:
a count (a number or a number word), a person (a name, or the lexicon's [verbs] people-objects and
people-endings), a setting the entry's profile read inside it, a procedure or bedside task
(rules/rewrite/slots.toml [length] procedures and procedure-endings), or a hands-on verb of the lexicon's
with its object ("had to stabilise the patients"). A judgement of the experience ("This
year was very hard because of the shortage of the staff") names no work, whatever people it mentions.
"""

from __future__ import annotations

import functools


def _procedures(data: dict) -> tuple[frozenset[str], tuple[str, ...]]:
    spec = data.get("length", {})
    return frozenset(spec.get("procedures", [])), tuple(spec.get("procedure-endings", []))


@functools.lru_cache(maxsize=1)
def _people() -> tuple[frozenset[str], tuple[str, ...]]:
    from erasl.lexicon import lexicon_file

    verbs = lexicon_file().get("verbs", {})
    return frozenset(verbs.get("people-objects", [])), tuple(verbs.get("people-endings", []))


@functools.lru_cache(maxsize=1)
def _hands_on_verbs() -> frozenset[str]:
    from erasl.lexicon import lexicon_file

    return frozenset(lexicon_file().get("verbs", {}).get("hands-on", []))


def _hands_on(token) -> bool:
    """A hands-on verb of the lexicon's with its object ("stabilise the patients", "inserted the cannulas"),
    British spelling too."""
    lemma = token.lemma_.lower()
    lemma = lemma[:-3] + "ize" if lemma.endswith("ise") and lemma[:-3] + "ize" in _hands_on_verbs() else lemma
    # the applicant's own act ("I inserted", "Took the histories"), never the experience's ("It taught me")
    theirs = not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("i", "we") for c in token.children)
    return token.pos_ == "VERB" and lemma in _hands_on_verbs() and theirs and any(c.dep_ == "dobj" for c in token.children)


def names_a_procedure(token, data: dict) -> bool:
    """A noun that names a procedure or a bedside task ("appendectomy", "deliveries", "the suturing")."""
    words, endings = _procedures(data)
    lemma, lower = token.lemma_.lower(), token.lower_
    return token.pos_ in ("NOUN", "PROPN", "VERB") and (lemma in words or lower in words or lower.endswith(endings))


def names_a_person(token) -> bool:
    """A person the work was done with or under ("the registrar", "Dr. Aziz", "the cardiologist")."""
    people, endings = _people()
    return token.pos_ in ("NOUN", "PROPN") and (token.lemma_.lower() in people or token.lower_.endswith(endings))


def names_concrete_work(builder, start: int, end: int) -> bool:
    """The draft's sentence start:end names a count, a person, a setting or a procedure (module docstring)."""
    span = builder.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    profile = getattr(builder, "profile", None)
    settings = getattr(profile, "settings", []) if profile is not None else []
    if any(m.start is not None and start <= m.start < end for m in settings):
        return True
    if any(t.like_num for t in span):
        return True
    root = span.root
    if root.lemma_ == "be" and any(c.dep_ == "acomp" for c in root.children):
        return False  # a judgement of the experience ("This year was very hard because of the shortage of staff")
    data = builder.rw.data
    if any(_hands_on(t) for t in span):
        return True
    return any(t.like_num or names_a_person(t) or names_a_procedure(t, data)
               or t.pos_ == "PROPN" and t.i != span.start and t.text[:1].isupper() and t.ent_type_ != "NORP"
               for t in span)
