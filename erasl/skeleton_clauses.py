"""Keeping the fact and cutting the vague part of a clause (issue 12, review 11 item 3), read from the parse.

"Under my leadership, numerous impactful events were organized, including mentorship programs, wellness
workshops and community outreach" names what was done only in its "including" list; the vague count and
its praise are the part to cut. The skeleton says the list, led by the verb, and asks for the count:
"Organized mentorship programs, wellness workshops and community outreach ([N] events)."
"""

from __future__ import annotations

# what a "under my ..." phrase says: the applicant ran it ("Under my leadership", "under my direction")
_LED_BY_ME = ("under", "through")


def _including_list(verb):
    """The "including ..." phrase of a verb (or of its subject) and the first item of its list, or None."""
    for holder in [verb] + [c for c in verb.children if c.dep_ == "nsubjpass"]:
        for prep in holder.children:
            if prep.lemma_.lower() == "include" and prep.dep_ in ("prep", "advcl", "acl"):
                first = next((c for c in prep.children if c.dep_ in ("pobj", "dobj")), None)
                if first is not None and any(c.dep_ == "conj" for c in first.subtree):
                    return prep, first
    return None


def named_list_behind_a_count(builder, start: int, end: int, inside) -> str | None:
    """The sentence said as the list it names, led by its verb, with the count asked for: a passive whose
    subject is a count the draft leaves vague (flagged, or "numerous/many/several ... events") and whose
    "including" phrase lists two or more named things. A choice of role unless the sentence says the
    applicant led it ("Under my leadership"). None when the sentence is not of that shape."""
    from erasl.skeleton import inflect

    span = builder.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    verb = span.root
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None  # "organized by the dean's office": someone else's work, kept as written
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NNS":
        return None
    vague = [d for d in inside if d.start <= subject.idx < d.end or subject.left_edge.idx <= d.start < subject.idx]
    counted = any(t.like_num for t in subject.subtree)
    if counted or not any(builder.rw.rules[d.code].repair == "number" for d in vague):
        return None
    found = _including_list(verb)
    if found is None:
        return None
    prep, first = found
    items = builder.text[first.left_edge.idx:prep.right_edge.idx + len(prep.right_edge.text)].strip(" ,.")
    led = any(t.dep_ == "prep" and t.lower_ in _LED_BY_ME and any(p.dep_ == "pobj" and any(
        g.dep_ == "poss" and g.lower_ in ("my", "our") for g in p.children) for p in t.children)
        for t in verb.children)
    lemma = verb.lemma_.lower()
    if led:
        said = inflect(lemma, builder.tense)
        said = said[:1].upper() + said[1:] if builder.tense == "past" else f"I {said}"
    elif builder.tense == "past":
        said = f"[{inflect(lemma, 'past').capitalize()}/helped {lemma}]"
    else:
        said = f"I [{lemma}/help {lemma}]"
    for d in inside:
        builder.listed.add(id(d))
        # praise of the count ("impactful events"): its words before the noun, which the skeleton still says
        praise = " ".join(builder.text[d.start:min(d.end, subject.idx)].split())
        if builder.rw.rules[d.code].repair not in ("number", "active") and subject.left_edge.idx <= d.start < subject.idx \
                and praise:
            builder.left_out.append({"text": praise, "reason": f"{d.code}: {d.message}"})
    return f"{said} {items} ([N] {subject.text.lower()})."
