"""A short sentence that only helps or watches ("Helped doctors.", "Watched the team do rounds.") says nothing the
applicant did. The skeleton keeps it, and asks beside it, as a [placeholder], for the tasks the applicant did
(never invents one): "Helped doctors [with what: the tasks you did yourself, each led by a verb]." The verbs and the
asks come from rules/rewrite/slots.toml [vague-work]. The skeleton builder calls `ask_what_was_done`.
"""

from __future__ import annotations

_MOST_WORDS = 7  # a longer sentence says something of its own: it is left as it is
# what makes the help concrete already: "helped doctors with wound dressings", "assisted in 3 deliveries"
_DETAIL_DEPS = frozenset({"prep", "advcl", "xcomp", "npadvmod", "dative", "conj", "acomp", "nummod", "advmod"})


def vague_ask(nlp, text: str, asks: dict) -> str | None:
    """The ask for a sentence that only helps or watches, or None when it says what was done."""
    if "[" in text or len(text.split()) > _MOST_WORDS:
        return None
    # parsed with its subject, as a fragment reads ("I helped doctors."): a bare "Observed surgeries" parses as a noun
    doc = nlp("I " + text[:1].lower() + text[1:])
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if len(roots) != 1 or roots[0].pos_ != "VERB" or any(t.like_num for t in doc):
        return None
    root = roots[0]
    lemma = root.lemma_.lower()
    if any(child.dep_ in _DETAIL_DEPS for child in root.children) \
            or any(t.dep_ in ("neg", "prep") for t in doc):
        return None
    helped_with = [t for t in doc if t.pos_ == "VERB" and t.i != root.i]  # "Helped patients fill out forms"
    if lemma in asks.get("help-verbs", []) and "help" in asks and not helped_with:
        return asks["help"]
    if lemma in asks.get("watch-verbs", []) and "watch" in asks:
        return asks["watch"]
    return None


def ask_what_was_done(builder, units: list) -> list:
    """Each kept sentence that only helps or watches, with the ask put before its full stop."""
    asks = builder.rw.data.get("vague-work", {})
    if not asks:
        return units
    for unit in units:
        if unit.slot not in ("actions", "load"):
            continue
        ask = vague_ask(builder.rw.nlp, unit.text, asks)
        if ask:
            unit.text = unit.text.rstrip(" .") + " " + ask + "."
    return units
