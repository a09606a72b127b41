"""A list dictated without punctuation, said as a punctuated list (issue 12, review 16: 11-omdurman).

"I rotated in four departments medicine surgery pediatrics and obstetrics each one three months" names its
count and then its items with no comma: the skeleton says "four departments: medicine, surgery, pediatrics
and obstetrics, each ...". Read from the parse: a plural noun counted by a number ("four departments",
"3 wards"), then exactly that many one-word nouns, the last joined by "and" or "or". A count that does not
match the words after it ("10 patients pneumonia and sepsis") is no list and stays as written.
"""

from __future__ import annotations

import re

from erasl.profile import NUMBER_WORDS

# a counted list names two to twelve things (profile's number words, whole numbers only)
_NUMBER_WORDS = {word: number for word, number in NUMBER_WORDS.items() if isinstance(number, int) and 2 <= number <= 12}
_ITEM_TAGS = ("NOUN", "PROPN")


def _count_of(noun) -> int | None:
    """The number a plural noun is counted by ("four departments" -> 4), else None."""
    if noun.i == 0 or not noun.doc[noun.i - 1].like_num:
        return None  # the number just before the noun, however the parser hung it ("two departments cardiology")
    word = noun.doc[noun.i - 1].lower_
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word)


def unpunctuated_list(span) -> tuple[object, list] | None:
    """The counted noun and the items of a list dictated after it with no comma, else None."""
    doc = span.doc
    for noun in span:
        if noun.tag_ != "NNS" or noun.i + 3 >= span.end:
            continue
        count = _count_of(noun)
        if count is None or count < 2:
            continue
        items, at = [], noun.i + 1
        while at < span.end and doc[at].pos_ in _ITEM_TAGS and not doc[at].is_punct:
            items.append(doc[at])
            at += 1
        if not items or at + 1 >= span.end or doc[at].lower_ not in ("and", "or") \
                or doc[at + 1].pos_ not in _ITEM_TAGS:
            continue
        items.append(doc[at + 1])
        if len(items) == count and len({t.lower_ for t in items}) == count:
            return noun, items
    return None


def punctuated(span) -> tuple[str, str] | None:
    """The words of a counted list dictated with no comma in `span`, and the same words punctuated: a colon
    after the counted noun, a comma after each item but the one before "and", and a comma after the last
    when the sentence goes on ("four departments: medicine, surgery, pediatrics and obstetrics, each ...")."""
    found = unpunctuated_list(span)
    if found is None:
        return None
    noun, items = found
    doc = noun.doc
    marks = {noun.i: ":"} | {item.i: "," for item in items[:-2]}
    words = doc[noun.i:items[-1].i + 1]
    said = "".join(t.text + marks.get(t.i, "") + t.whitespace_ for t in words).rstrip()
    return words.text, said


def punctuate_counted_lists(builder, units: list) -> list:
    """Each kept sentence says a counted list of the draft's as a punctuated list, whichever path kept it (a
    repaired sentence, a passive kept as written, the draft's own opening)."""
    lists = [found for sent in builder.doc.sents if (found := punctuated(sent)) is not None]
    for unit in units:
        for written, said in lists:
            at = unit.text.find(written)
            if at < 0:
                continue
            after = unit.text[at + len(written):]
            goes_on = re.match(r"\s+[a-z]", after) is not None  # "..., pediatrics and obstetrics, each one ..."
            unit.text = unit.text[:at] + said + ("," if goes_on else "") + after
    return units
