"""The skeleton says translated wording the US way, in the draft's own kept sentence.

The entry profile's `wording_fixes` (erasl/wording_fixes.py: the lexicon's [[wording-fixes]] false friends
and calques, and the parse readings with one US form) each carry the draft's words and their US form.
Where the skeleton keeps a sentence, each one inside it is said that way: an unambiguous form inline
("assisted to the rounds" -> "attended the rounds"), a choice as "[a/b]" for the applicant to pick
("took the patients in charge" -> "[admitted/managed] the patients"). Never inside a name or a title line.
"""

from __future__ import annotations

import functools
import re

# Named-entity kinds whose words are a name as written ("Clinical History Unit of Hospital X").
_NAME_ENTITIES = {"PERSON", "ORG", "GPE", "FAC", "LOC", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"}


def changes_a_name(doc, start: int, end: int, correction: str) -> bool:
    """Whether saying `correction` for the words start:end would change a proper name: a capitalised word (in a
    named entity, or not the first of its sentence) that the correction does not keep as written. "in Cardiology
    department" -> "in the Cardiology department" only adds a word before the name."""
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is None:
        return True  # cannot tell where the words are: leave them as written
    kept = set(correction.split())
    for token in span:
        if token.text[:1].isupper() and token.text != "I" and (token.ent_type_ in _NAME_ENTITIES or not token.is_sent_start) \
                and token.text not in kept:
            return True
    return False


def say_wording_fixes(builder, start: int, end: int, edits) -> int:
    """Edit each profile wording fix inside the kept sentence start:end; returns how many were said."""
    profile = getattr(builder, "profile", None)
    said = 0
    if builder._title_line(start, end):
        return said  # a title line ("Rotating Internship - General Surgery") is a name
    for fix in getattr(profile, "wording_fixes", None) or ():
        if not (start <= fix.start and fix.end <= end) or builder.text[fix.start:fix.end] != fix.text:
            continue
        if changes_a_name(builder.doc, fix.start, fix.end, fix.correction):
            continue
        if builder.tense == "past" and fix.family == "tense" and re.match(r"(?i)ha(?:ve|s)\b", fix.correction):
            continue  # "I work here since 2019" in a finished entry: the tense pass says "Worked", never "Have worked"
        gloss = re.search(r"(\w+)\s*\(\s*$", builder.text[start:fix.start])
        if gloss and builder.text[fix.end:fix.end + 1] == ")" and gloss.group(1).lower() == fix.correction.lower():
            # "Internship (internatura)": the gloss says the word before it; it goes, never "Internship (internship)"
            opened = start + gloss.end(1)
            if edits.add(opened, fix.end + 1, "", "fix"):
                said += 1
            continue
        changes = [tuple(change) for change in fix.changes] or [(fix.start, fix.end, fix.correction)]
        if any(s < e_ and s_ < e or s == e == s_ for s, e, _ in changes for s_, e_, _r in edits.items):
            continue  # words another edit already claimed: all of the fix or none of it
        for s, e, words in changes:  # only the words that change, so the rest stays open to other repairs
            edits.add(s, e, words, "fix")
        from erasl.skeleton_nominal import record_change

        record_change(builder, fix.text, fix.correction)
        said += 1
    return said


@functools.lru_cache(maxsize=1)
def _count_nouns() -> frozenset[str]:
    """Singular count nouns a sentence says with "a" ("completed a clerkship", "a very busy department"): the
    lexicon's experience-type words ([types], their last word) and its [wording] article-nouns."""
    from erasl.lexicon import lexicon_file

    data = lexicon_file()
    nouns: set[str] = set(data.get("wording", {}).get("article-nouns", []))
    for patterns in data.get("types", {}).values():
        for pattern in patterns:
            last = pattern.split()[-1]
            if not last.startswith(("=", "<")):
                nouns.update(word for word in last.split("|") if not word.endswith("s") or word.endswith("ss"))
    return frozenset(nouns)


_NO_ARTICLE = ("det", "poss", "nummod", "predet")


def say_missing_articles(builder, start: int, end: int, edits) -> int:
    """"a"/"an" where the draft leaves a singular count noun bare as the object of a verb or after "was": "I
    completed clerkship" -> "I completed a clerkship", "It was very busy department" -> "It was a very busy
    department". Never inside a name, never before a noun with a determiner, a number or a name of its own."""
    span = builder.doc.char_span(start, end, alignment_mode="expand") if builder.doc is not None else None
    if span is None or builder._title_line(start, end):
        return 0
    nouns, said = _count_nouns(), 0
    for token in span:
        if token.tag_ != "NN" or not token.is_lower or token.lemma_.lower() not in nouns:
            continue
        if token.dep_ not in ("dobj", "attr") or token.head.pos_ not in ("VERB", "AUX"):
            continue
        if token.head.tag_ == "VBG" and (token.head.dep_ in ("pcomp", "pobj", "amod", "compound")
                                         or token.head.i > 0 and token.doc[token.head.i - 1].pos_ in ("ADP", "DET")):
            continue  # "part of teaching team": a gerund naming the team, not a verb with its object
        if token.head.i > 0 and token.doc[token.head.i - 1].pos_ in ("NOUN", "PROPN"):
            continue  # "the student run free clinic": a noun's modifier, not a verb with its object
        if any(c.dep_ in _NO_ARTICLE or c.pos_ == "PROPN" or c.dep_ == "compound" and not c.is_lower
               for c in token.children):
            continue
        if token.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we", "he", "she", "they")
                                        for c in token.head.children):
            continue  # "I was coordinator of the night transports": an office held, which takes no article
        first = token.left_edge
        if first.i <= token.head.i or first.pos_ in ("DET", "PRON", "PROPN", "NUM") or not first.is_lower:
            continue
        if any(s_ < first.idx + 1 and first.idx < e_ for s_, e_, _ in edits.items):
            continue  # words another edit already claimed
        article = "an" if first.lower_[:1] in "aeiou" else "a"
        if edits.add(first.idx, first.idx, f"{article} ", "fix"):
            said += 1
    return said
