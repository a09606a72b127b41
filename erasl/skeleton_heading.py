"""A draft that opens with its own post line ("Cashier at a family pharmacy.", "Tour guide for a travel company
in the hills, 2 years.") has said the role and the place already, in words erasl reads as no title. The
skeleton's opening line then says that fragment in place of "[role] at [organization name]", so it never asks
above a sentence for what the sentence says. The job nouns live in rules/rewrite/slots.toml [roles] heading and
rules/lexicon/lexicon.toml [wording] roles; the skeleton builder calls `post_line`.
"""

from __future__ import annotations

from functools import lru_cache

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_WHERE = frozenset({"at", "for", "with", "in"})  # the prepositions that put a post at a place or an employer
_AGENT_ENDINGS = ("ist", "ian")  # "pharmacist", "phlebotomist", "librarian": a person's job by its ending
_MOST_TOKENS = 20  # a longer fragment is a sentence of its own, not a post line


@lru_cache(maxsize=1)
def _job_nouns() -> frozenset[str]:
    from erasl.facts import load_rewrite_data
    from erasl.lexicon import lexicon_file

    listed = load_rewrite_data().get("roles", {}).get("heading", [])
    return frozenset(w.lower() for w in listed) | frozenset(lexicon_file().get("wording", {}).get("roles", []))


def names_a_job(token) -> bool:
    """The noun names a person's job ("cashier", "tour guide", "pharmacist"), not a place or an event."""
    lemma = token.lemma_.lower()
    if token.pos_ not in ("NOUN", "PROPN") or not token.is_alpha:
        return False
    return lemma in _job_nouns() or token.lower_ in _job_nouns() or (len(lemma) > 5 and lemma.endswith(_AGENT_ENDINGS))


def job_line(nlp, text: str) -> str | None:
    """A line that is only a job's name ("General practitioner.", "Night cashier."): the role, as written."""
    doc = nlp(text)
    words = [t for t in doc if not t.is_punct]
    if not words or len(words) > 4 or any(t.pos_ not in ("NOUN", "PROPN", "ADJ") for t in words) \
            or not names_a_job(words[-1]):
        return None
    line = text.strip().rstrip(".;").strip()
    return line[:1].upper() + line[1:]


def post_line(nlp, text: str) -> str | None:
    """The fragment as the opening line's role and place ("Cashier at a family pharmacy"), when `text` is a
    verbless line headed by a job noun with where it was held ("at", "for", "with", "in" ...); else None."""
    doc = nlp(text)
    if len(doc) > _MOST_TOKENS or any(t.tag_ in _FINITE or t.pos_ == "AUX" or t.lower_ in ("i", "we") for t in doc):
        return None
    roots = [t for t in doc if t.dep_ == "ROOT" and not t.is_punct]
    if len(roots) != 1 or not names_a_job(roots[0]):
        return None
    root = roots[0]
    if not any(child.dep_ == "prep" and child.lower_ in _WHERE and any(c.dep_ == "pobj" for c in child.children)
               for child in root.children):
        return None
    line = text.strip().rstrip(".;").strip()
    return line[:1].upper() + line[1:] if line else None
