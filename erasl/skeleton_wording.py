"""The skeleton says translated wording the US way, in the draft's own kept sentence.

The entry profile's `wording_fixes` (erasl/wording_fixes.py: the lexicon's [[wording-fixes]] false friends
and calques, and the parse readings with one US form) each carry the draft's words and their US form.
Where the skeleton keeps a sentence, each one inside it is said that way: an unambiguous form inline
("assisted to the rounds" -> "attended the rounds"), a choice as "[a/b]" for the applicant to pick
("took the patients in charge" -> "[admitted/managed] the patients"). Never inside a name or a title line.
"""

from __future__ import annotations

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
        changes = [tuple(change) for change in fix.changes] or [(fix.start, fix.end, fix.correction)]
        if any(s < e_ and s_ < e or s == e == s_ for s, e, _ in changes for s_, e_, _r in edits.items):
            continue  # words another edit already claimed: all of the fix or none of it
        for s, e, words in changes:  # only the words that change, so the rest stays open to other repairs
            edits.add(s, e, words, "fix")
        said += 1
    return said
