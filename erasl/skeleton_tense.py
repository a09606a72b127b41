"""One tense per act, as a reader expects it (issue 12, skel17 class 4).

- "since" + a time in an ongoing entry takes the present perfect, whatever the draft's tense: "Since 2022 I
  learned" -> "Since 2022 I have learned"; "Since last year I also coordinate" -> "I have also coordinated"
  (an adverb between the subject and the verb goes after "have").
- Verbs joined by "and" under one subject share one tense: when the skeleton re-tenses the first ("have
  coordinated", "followed"), the verb joined to it follows ("... and made the schedule"), never "have
  coordinated ... and make".

Read from the parse; verbs are known by the lexicon's verb list and inflected with lemminflect.
"""

from __future__ import annotations

import re

_TIME_WORDS = frozenset({"year", "month", "week", "summer", "spring", "fall", "autumn", "winter", "semester",
                         "january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december", "childhood", "then"})


def _form(lemma: str, tag: str) -> str | None:
    from lemminflect import getInflection

    forms = getInflection(lemma, tag=tag)
    return forms[0] if forms else None


def _edit_at(edits, token):
    """The edit that replaces exactly this token's word, as (start, end, text), or None."""
    return next(((s, e, text) for s, e, text in edits.items if s == token.idx and e == token.idx + len(token.text)), None)


def _replace(edits, start: int, end: int, text: str, kind: str = "rewrite") -> None:
    old = next(((s, e, t) for s, e, t in edits.items if (s, e) == (start, end)), None)
    if old is not None:
        edits.items.remove(old)
        kind = edits.kinds.pop((start, end), kind)
    edits.add(start, end, text, kind)


def _a_time(since) -> bool:
    """ "since" with a point in time: a year, a month, "last year", "my first year" (not "since he asked")."""
    for child in since.children:
        if child.dep_ not in ("pobj", "pcomp"):
            continue
        if re.fullmatch(r"(?:19|20)\d\d", child.text) or child.lower_ in _TIME_WORDS:
            return True
    return False


def _verb(builder, token) -> str | None:
    """The lemma of a verb the lexicon knows, for a word the parse reads as a verb; None for anything else
    ("endoscopy" tagged as a verb is no verb)."""
    from erasl.skeleton import _lemma

    if token.pos_ not in ("VERB",) or not token.is_alpha:
        return None
    lemma = builder.rw.extractor.reader.lemma(token) or token.lemma_.lower()
    if lemma not in builder.rw.extractor.reader.verbs:
        lemma = _lemma(token.text)
    return lemma if lemma in builder.rw.extractor.reader.verbs and lemma not in ("be", "have", "do") else None


def _joined_verbs(verb):
    """The verbs joined to this one by "and" that share its subject (no subject or auxiliary of their own)."""
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ == "VERB" and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in child.children):
            yield child
            yield from _joined_verbs(child)


def since_perfect(builder, start: int, end: int, edits, tense: str) -> None:
    """In an ongoing entry (`tense` "present"), the applicant's verb that "since" + a time governs is said in
    the present perfect, with the verbs joined to it; an adverb before it ("also", "still") goes after "have"."""
    if tense != "present":
        return
    span = builder.doc.char_span(start, end, alignment_mode="expand")
    for verb in span or []:
        if verb.tag_ not in ("VBD", "VBP", "VBZ") or not any(c.dep_ == "prep" and c.lower_ == "since" and _a_time(c)
                                                             for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        lemma = _verb(builder, verb)
        if subject is None or subject.lower_ not in ("i", "we") or lemma is None \
                or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            continue
        participle = _form(lemma, "VBN")
        if participle is None:
            continue
        adverbs = [c for c in verb.children if c.dep_ == "advmod" and subject.i < c.i < verb.i and c.tag_ == "RB"]
        said = " ".join(["have", *(a.text for a in adverbs), participle])
        _replace(edits, verb.idx, verb.idx + len(verb.text), said)
        for adverb in adverbs:
            _replace(edits, adverb.idx - 1 if builder.text[adverb.idx - 1] == " " else adverb.idx,
                     adverb.idx + len(adverb.text), "", "fix")
        for joined in _joined_verbs(verb):
            joined_lemma = _verb(builder, joined)
            form = _form(joined_lemma, "VBN") if joined_lemma else None
            if form is not None and joined.tag_ in ("VB", "VBP", "VBZ", "VBD"):
                _replace(edits, joined.idx, joined.idx + len(joined.text), form)
        builder._done_verbs.update({verb.i, *(j.i for j in _joined_verbs(verb))})


def shared_tense(builder, start: int, end: int, edits) -> None:
    """A verb joined by "and" to one the skeleton put in the past takes the past too ("followed Dr. Lin ...
    and join the conference" -> "and joined"); only verbs the lexicon knows, never one with its own subject."""
    if builder.tense != "past":
        return
    span = builder.doc.char_span(start, end, alignment_mode="expand")
    for verb in span or []:
        edit = _edit_at(edits, verb)
        lemma = _verb(builder, verb)
        if edit is None or lemma is None:
            continue
        said = edit[2].split()
        if not said or said[-1].lower() != (_form(lemma, "VBD") or "").lower():
            continue
        for joined in _joined_verbs(verb):
            joined_lemma = _verb(builder, joined)
            if joined_lemma is None or joined.tag_ not in ("VBP", "VBZ", "VB") or _edit_at(edits, joined) is not None:
                continue
            if any(s < joined.idx + len(joined.text) and joined.idx < e for s, e, _ in edits.items):
                continue
            form = _form(joined_lemma, "VBD")
            if form is not None:
                edits.add(joined.idx, joined.idx + len(joined.text), form)
                builder._done_verbs.add(joined.i)
