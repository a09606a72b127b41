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



def _passive_root(builder, start: int, end: int):
    """The sentence's main verb when it is a passive participle ("were organized", "It was found"), else None."""
    span = builder.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    return root if root.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in root.children) else None


def named_list_behind_a_count(builder, start: int, end: int, inside) -> str | None:
    """The sentence said as the list it names, led by its verb, with the count asked for: a passive whose
    subject is a count the draft leaves vague (flagged, or "numerous/many/several ... events") and whose
    "including" phrase lists two or more named things. A choice of role unless the sentence says the
    applicant led it ("Under my leadership"). None when the sentence is not of that shape."""
    from erasl.skeleton import inflect

    verb = _passive_root(builder, start, end)
    if verb is None:
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


# verbs of the mind whose "that ..." clause a cliché fills: "I realized that medicine is not only a science"
_REALISED = frozenset({"realize", "realise", "understand", "learn", "see", "feel", "know", "discover", "think"})
# a clause about a moment that can stand alone once its conjunction goes: "When Am Sayed died ..., I realized"
_MOMENT_MARKS = frozenset({"when", "after", "as", "once", "while"})


def moment_without_its_cliche(builder, span, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A reflection's sentence whose main clause only says a cliché was realised, after a clause that tells the
    moment: "When Am Sayed died in our ICU after 3 weeks on the ventilator, I realized that medicine is not only
    a science but an art." The moment stays as its own sentence ("Am Sayed died in our ICU after 3 weeks on
    the ventilator.") and the realisation goes. Returns the two cuts (the conjunction; the main clause from
    the comma to the full stop), or None when the sentence is not of that shape. Read from the words' order
    and tags, not the clause tree: a name in the moment ("Am Sayed") can throw the parse off."""
    doc = builder.doc
    sentence = doc.char_span(start, end, alignment_mode="expand")
    if sentence is None or len(sentence) < 6:
        return None
    mark = sentence[0]
    if mark.lower_ not in _MOMENT_MARKS:
        return None
    # ", I realized (that) ..." before the cliché, the comma closing the moment
    for token in sentence:
        if token.i >= span.start:
            return None
        following = doc[token.i + 1:token.i + 3]
        if token.text == "," and len(following) == 2 and following[0].lower_ == "i" \
                and (following[1].lemma_.lower() in _REALISED or following[1].lower_ in ("realized", "realised")):
            break
    else:
        return None
    moment = doc[mark.i + 1:token.i]
    if len(moment) < 3 or not any(t.tag_ in ("VBD", "VBN") for t in moment) \
            or not any(t.pos_ in ("NOUN", "PROPN") for t in moment):
        return None  # "When I was young, I realized ...": no moment told, nothing to keep
    finish = end
    while finish > token.idx and builder.text[finish - 1] in ".!? \n":
        finish -= 1
    return (mark.idx, moment[0].idx), (token.idx, finish)


# prepositions whose object says where or on what the applicant worked ("across the product lifecycle of
# orthopedic implants", "in the cardiac cath lab", "on 3 clinical trials")
_WHERE_OR_WHAT = frozenset({"across", "in", "on", "for", "within", "throughout", "into"})
# prepositions whose phrase is the content of a lesson or a topic, never a place of work
_CONTENT_OF = frozenset({"about", "of"})


def concrete_object_of_filler(builder, start: int, end: int, inside) -> str | None:
    """What a filler sentence about the applicant still names, as a prompt: "Marcus leveraged his passion for
    innovation to spearhead cross-functional initiatives across the product lifecycle of orthopedic implants"
    -> "[What you did] across the product lifecycle of orthopedic implants." The last "across/in/on ..." phrase
    after every flagged word, with two or more nouns; None when the sentence names nothing concrete there or
    is not about the applicant."""
    span = builder.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    named = builder.applicant_named[0] if builder.applicant_named is not None else set()
    if subject is None or not (subject.lower_ in ("i", "we", "he", "she") or subject.i in named):
        return None
    flagged_end = max((d.end for d in inside), default=start)
    # the applicant's verbs of learning (rules/rewrite/slots.toml [order] reflection-verbs)
    lessons = set(builder.rw.data.get("order", {}).get("reflection-verbs", []))
    for prep in reversed([t for t in span if t.dep_ == "prep" and t.lower_ in _WHERE_OR_WHAT and t.idx >= flagged_end]):
        words = list(prep.subtree)
        if words[-1].i >= span.end or prep.head.i == root.i and prep.head.lemma_.lower() == "be":
            continue
        nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN")]
        if len(nouns) < 2:
            continue
        if prep.head.lemma_.lower() in lessons or any(a.lower_ in _CONTENT_OF and a.dep_ == "prep"
                                                      for a in prep.ancestors if a.i > root.i):
            # "I have learned about research methodology ... | in STEMI management": what was learned, not where
            # the work was; a prompt made of it is a fragment of the cut sentence (review 16)
            continue
        phrase = builder.text[prep.idx:words[-1].idx + len(words[-1].text)]
        act = _act_named(builder, prep.head)
        if act is not None:
            # "improved my skills in counseling for diabetes": the act the draft names is said, whom it was
            # for left to fill, never "[What you did] for diabetes" (review 17)
            return f"{act} [patients] {' '.join(phrase.split())}."
        did = "[What you did]" if builder.tense == "past" else "[What you do]"
        return f"{did} {' '.join(phrase.split())}."
    return None


def _act_named(builder, head) -> str | None:
    """The verb of an act named by an -ing noun ("counseling", "teaching"), in the entry's tense, capitalised;
    None for any other head."""
    from erasl.skeleton import _lemma, inflect

    if not head.lower_.endswith("ing") or head.pos_ not in ("NOUN", "VERB"):
        return None
    lemma = _lemma(head.lower_)
    if lemma is None or lemma not in builder.rw.extractor.reader.verbs:
        return None
    said = inflect(lemma, builder.tense)
    if builder.tense == "past":
        from lemminflect import getInflection

        # the draft's own spelling: "counseling" -> "counseled", "counselling" -> "counselled"
        doubled = "ll" in head.lower_
        said = next((f for f in getInflection(lemma, tag="VBD") if ("ll" in f) == doubled), said)
    return said[:1].upper() + said[1:] if builder.tense == "past" else f"I {said}"


def finding_said_actively(builder, start: int, end: int) -> str | None:
    """A finding the draft reports in an impersonal passive ("It was discovered that most of the women were not
    aware of their status", "It was found that ..."): the result of the work, which a skeleton never drops. Said
    with a choice of who found it and the finding itself as written: "[The study/We] found that most of the
    women ...". None for any other sentence."""
    root = _passive_root(builder, start, end)
    if root is None:
        return None
    if not any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in root.children):
        return None
    clause = next((c for c in root.children if c.dep_ == "ccomp"
                   and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)), None)
    if clause is None:
        return None
    first = clause.left_edge.idx
    finding = builder.text[first:end].strip().rstrip(".!? ")
    if len(finding.split()) < 4:
        return None
    if builder.tense == "past":  # told in the past: "found that most of the women were not aware"
        from erasl.skeleton import inflect

        backshift = {"are": "were", "is": "was", "am": "was"}
        for token in sorted((t for t in clause.subtree if t.tag_ in ("VBZ", "VBP")), key=lambda t: -t.i):
            at = token.idx - first
            if at < 0 or at >= len(finding):
                continue
            said = backshift.get(token.lower_) or inflect(token.lemma_.lower(), "past")
            finding = finding[:at] + said + finding[at + len(token.text):]
    verb = "found" if builder.tense == "past" else "find"
    return f"[The study/We] {verb} {finding}."


APOLOGY_REASON = ("an apology for yourself (\"my English is not perfect\"): leave it out; what you did with patients "
                  "shows how you communicate")


def apology_clause(builder, start: int, end: int) -> tuple[int, int] | None:
    """Where a concession the applicant makes about themself opens the sentence, read from the parse: an
    "although"/"though" clause whose subject is theirs ("my English") and whose predicate is negated ("is not
    perfect", "was not fluent"), with the comma after it. Cut, the rest of the sentence stays: "Although my English
    is not perfect, I took histories from 12 patients" -> "I took histories from 12 patients". None otherwise."""
    span = builder.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for clause in span:
        if clause.dep_ != "advcl" or clause.head.i <= clause.i:
            continue
        children = list(clause.children)
        if not any(c.dep_ == "mark" and c.lower_ in ("although", "though") for c in children):
            continue
        subject = next((c for c in children if c.dep_ == "nsubj"), None)
        if subject is None or not any(g.dep_ == "poss" and g.lower_ == "my" for g in subject.children) \
                or not any(c.dep_ == "neg" for c in children) or not any(c.dep_ == "acomp" for c in children):
            continue
        first, last = clause.left_edge.i, clause.right_edge.i
        if first != span.start:
            return None  # only a concession that opens the sentence: the rest then stands as written
        after = builder.doc[last + 1] if last + 1 < len(builder.doc) else None
        if after is None or after.text != ",":
            return None
        rest = builder.doc[last + 2] if last + 2 < len(builder.doc) else None
        if rest is None:
            return None
        return builder.doc[first].idx, rest.idx
    return None
