"""Which kept sentences are concrete work, which the box never cuts before a placeholder (issue 12, review 16).

Over the character limit, advisors cut template prompts and filler before any sentence that names what the
applicant did: "I assisted in many operations like appendectomy and hernia", "I did normal deliveries under
supervision of the registrar" and "I continued the chronic care ... with home visits in the villages" name a
procedure, a person or a setting though they hold no digit. A sentence is concrete work when it names one of:
a count (a number or a number word counting a noun), a person (a name, or the lexicon's [verbs] people-objects and
people-endings), a setting the entry's profile read inside it, a procedure or bedside task
(rules/rewrite/slots.toml [length] procedures, bedside-tasks and procedure-endings), or a hands-on verb of the lexicon's
with its object ("had to stabilise the patients"). A judgement of the experience ("This
year was very hard because of the shortage of the staff") names no work, whatever people it mentions.
"""

from __future__ import annotations

import functools


def _procedures(data: dict, tasks: bool = True) -> tuple[frozenset[str], tuple[str, ...]]:
    spec = data.get("length", {})
    words = set(spec.get("procedures", [])) | (set(spec.get("bedside-tasks", [])) if tasks else set())
    return frozenset(words), tuple(spec.get("procedure-endings", []))


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


def _a_count(token) -> bool:
    """A number that counts something ("220 pregnant women", "two echocardiograms", "6 exams"), never one in a
    name or a date ("USMLE Step 1", "March 2021")."""
    after_a_name = token.i > 0 and token.doc[token.i - 1].pos_ == "PROPN"  # "Step 1 preparation", "COVID 19"
    return token.like_num and token.head.pos_ == "NOUN" and token.head.i != token.i and not after_a_name


def names_a_procedure(token, data: dict, tasks: bool = True) -> bool:
    """A noun that names a procedure ("appendectomy", "deliveries", "the suturing") or, with `tasks`, a bedside
    task ("took the blood samples")."""
    words, endings = _procedures(data, tasks)
    lemma, lower = token.lemma_.lower(), token.lower_
    return token.pos_ in ("NOUN", "PROPN", "VERB") and (lemma in words or lower in words or lower.endswith(endings))


def names_a_person(token) -> bool:
    """A person the work was done with or under ("the registrar", "Dr. Aziz", "the cardiologist")."""
    people, endings = _people()
    return token.pos_ in ("NOUN", "PROPN") and (token.lemma_.lower() in people or token.lower_.endswith(endings))


def names_concrete_work(builder, start: int, end: int, strict: bool = False) -> bool:
    """The draft's sentence start:end names a count, a person, a setting or a procedure (module docstring).
    `strict`, for a sentence kept with its filler: only a count, a procedure or a hands-on act of the
    applicant's count ("my future career as a physician in the United States" names no work)."""
    span = builder.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    profile = getattr(builder, "profile", None)
    settings = getattr(profile, "settings", []) if profile is not None else []
    if not strict and any(m.start is not None and start <= m.start < end for m in settings):
        return True
    if any(_a_count(t) for t in span):
        return True
    root = span.root
    pronoun_subject = any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in root.children)
    if root.lemma_ == "be" and any(c.dep_ == "acomp" or c.dep_ == "attr" and pronoun_subject for c in root.children):
        # a judgement of the experience ("This year was very hard because of the shortage of staff", "It was a
        # very rich experience because I could put in practice what I learned in the faculty")
        return False
    data = builder.rw.data
    if any(_hands_on(t) for t in span):
        return True
    if strict:
        return any(names_a_procedure(t, data) for t in span)
    return any(names_a_person(t) or names_a_procedure(t, data)
               or t.pos_ == "PROPN" and t.i != span.start and t.text[:1].isupper() and t.ent_type_ != "NORP"
               for t in span)
