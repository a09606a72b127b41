"""Filler that erasl flags (vague filler, machine-sounding words, trait claims, clichés, hedges) never survives
into a skeleton, even in a sentence kept for its facts: the filler's own phrase is cut when the rest stands as a
sentence ("..., a testament to my commitment to medicine", "... and he teaches us a lot", "Aside from that, "),
else the sentence goes when the filler is its main clause and it states no fact of its own ("It was a wonderful
learning experience for me in Miami"). No fact ever goes with the filler. Each cut is listed with its reason."""

from __future__ import annotations

import re

# the parts of a sentence that can go whole and leave a sentence: a clause joined by "and", a clause or phrase
# hung on the sentence, an appositive after a comma, a relative clause, an opening phrase before a comma
_SEPARABLE = frozenset({"conj", "advcl", "appos", "relcl", "prep", "npadvmod", "advmod", "acl", "ccomp", "xcomp",
                        "dobj", "attr", "pobj"})


def _cuttable(doc, first: int, last: int):
    """The smallest part of the sentence around tokens first..last whose whole subtree can go: (start, end)
    characters, with the comma or "and" that joins it, or None when only the main clause holds it."""
    token = doc[first]
    while token.head.i != token.i and not (token.left_edge.i <= first and last <= token.right_edge.i
                                            and token.dep_ in _SEPARABLE and _joined(token)):
        token = token.head
    if token.head.i == token.i:
        return None  # the filler is the main clause: nothing separable holds it
    left, right = token.left_edge.i, token.right_edge.i
    # the joining word or comma before it ("and he teaches us a lot", ", a testament to ...")
    while left > 0 and (doc[left - 1].dep_ in ("cc", "punct") and doc[left - 1].text in (",", "and", ";", "—", "-")):
        left -= 1
    start = doc[left].idx
    end = doc[right].idx + len(doc[right].text)
    if left == doc[0].i:
        # an opening phrase ("Aside from that, I helped ..."): it goes with the comma after it
        while right + 1 < len(doc) and doc[right + 1].text == ",":
            right += 1
            end = doc[right].idx + len(doc[right].text)
    return start, end


def _joined(token) -> bool:
    """The part is joined to the rest by a comma or a conjunction, or opens the sentence before a comma: cutting it
    leaves the words around it in order."""
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i
    before = doc[left - 1] if left > 0 else None
    after = doc[right + 1] if right + 1 < len(doc) else None
    if token.dep_ == "conj":
        return before is not None and before.dep_ == "cc"
    if left == 0:
        return after is not None and after.text == ","
    return before is not None and before.text in (",", ";") and (after is None or after.is_punct)


def cut_flagged_filler(builder, unit, filler: list, offset: int) -> bool:
    """Cut each flagged filler phrase (`filler`: diagnostics at `offset` in the linted skeleton) out of the unit's
    sentence when the rest stands as a sentence; True when the sentence is now free of it. The phrase is listed
    as left out with its reason."""
    if "[" in unit.text:
        return False  # a placeholder moves the linted text against the unit's own
    text = unit.text
    cuts = []
    doc = builder.rw.nlp(text)
    for d in filler:
        start, end = d.start - offset, d.end - offset
        if not (0 <= start < end <= len(text)):
            return False
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        found = _cuttable(doc, span[0].i, span[-1].i)
        if found is None:
            return False
        cuts.append((found, d))
    # overlapping cuts (two findings in one clause) are one
    merged: list[list[int]] = []
    for (start, end), _ in sorted(cuts, key=lambda c: c[0]):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    if any(_holds_a_fact(builder, unit, text[start:end]) for start, end in merged):
        return False  # "... the poor Filipinos in the provinces": a name goes nowhere with the filler
    rest = text
    for start, end in reversed(merged):
        rest = rest[:start] + rest[end:]
    rest = re.sub(r"\s+([,.;!?])", r"\1", re.sub(r"\s{2,}", " ", rest)).strip(" ,;")
    rest = rest[:1].upper() + rest[1:]
    if not rest.endswith((".", "!", "?")):
        rest += "."
    if len(re.findall(r"[A-Za-z]+", rest)) < 3 or builder.broken(text, rest) is not None \
            or not _a_sentence(builder, rest):
        return False
    for start, end in merged:
        d = next(d for (s, e), d in cuts if start <= s < end)
        builder.left_out.append({"text": " ".join(text[start:end].strip(" ,;").split()),
                                 "reason": f"{d.code}: {d.message}"})
    unit.text = rest
    return True


def _holds_a_fact(builder, unit, piece: str) -> bool:
    """The words state a number, an acronym or a name the draft says nowhere else: cutting them would lose a fact."""
    from erasl.skeleton import _NOT_FACTS

    elsewhere = builder.text[:unit.start] + " " + builder.text[unit.end or unit.start + len(unit.text):]
    for word in re.findall(r"[A-Za-z][\w'&-]*|\d[\d,.]*", piece):
        fact = word[0].isdigit() or word[0].isupper() and word != "I" and word.lower() not in _NOT_FACTS
        if fact and not re.search(rf"\b{re.escape(word)}\b", elsewhere):
            return True
    return False


def _a_sentence(builder, text: str) -> bool:
    """A sentence of its own, or a résumé fragment led by its verb ("Delivered first-aid trainings for 250 workers")."""
    if builder._stands_alone(text):
        return True
    doc = builder.rw.nlp(text)
    root = next(iter(doc.sents)).root
    return root.i == 0 and root.tag_ in ("VBD", "VBN", "VBP", "VB") and root.pos_ == "VERB"


def filler_is_the_sentence(builder, unit, filler: list, offset: int) -> bool:
    """The flagged filler is the sentence's main clause and the sentence states no number, list, acronym or name
    the draft does not say elsewhere ("It was a wonderful learning experience for me in Miami", beside a header
    that names Miami): nothing of it stands without the filler, so it goes whole."""
    if re.search(r"\d", unit.text) or "[" in unit.text:
        return False
    doc = builder.rw.nlp(unit.text)
    # a list, an acronym or a name is a fact the filler is about ("Learned about the management of sepsis, DKA and
    # AKI"): the sentence stays, kept as written
    from erasl.skeleton import _NOT_FACTS

    words = [t for t in doc if t.is_alpha]
    # a name the draft says elsewhere too ("in Miami" beside the header's "Miami") is not lost with the sentence
    elsewhere = builder.text[:unit.start] + " " + builder.text[unit.end or unit.start + len(unit.text):]
    names = [t for t in words[1:] if t.text[:1].isupper() and not t.is_upper and t.text != "I"
             and t.lower_ not in _NOT_FACTS and not re.search(rf"\b{re.escape(t.text)}\b", elsewhere)]
    # ... read as the fact count reads it too ("Mr. Alvarez": "Mr" is a word of the name)
    after_first = unit.text.split(None, 1)[1] if len(unit.text.split(None, 1)) > 1 else ""
    if any(t.is_upper and len(t.text) > 1 and t.lower_ not in _NOT_FACTS for t in words) or names \
            or _holds_a_fact(builder, unit, after_first) \
            or sum(1 for t in doc if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN")) >= 2:
        return False
    root = next(iter(doc.sents)).root
    for d in filler:
        start, end = d.start - offset, d.end - offset
        span = doc.char_span(max(start, 0), min(end, len(unit.text)), alignment_mode="expand")
        if span is None:
            continue
        # the filler holds the root, or is the root's complement ("it was a very good experience")
        if any(t.i == root.i or t.head.i == root.i and t.dep_ in ("attr", "acomp", "dobj", "xcomp", "ccomp")
               for t in span):
            return True
    return False
