"""The skeleton's own cuts, read again: is what is left still a sentence that says what the draft said?

A filler phrase cut out of a sentence can leave a broken one ("Leveraged guidelines to draft orders" ->
"Guidelines to draft orders", "..., and." , "Which helped me ...") or a changed claim ("I am determined to
become an internist" -> "Became an internist"). After the cuts, every sentence of the rewrite must parse as
a sentence: a finite verb with its subject, or a résumé fragment led by its verb. Where it does not, the cut
broke it; the builder then leaves the whole sentence out and lists it (or, if it carries facts, keeps the
draft's words). The checks read the spaCy parse and the lexicon's [verbs] intention; no sentence lists.
"""

from __future__ import annotations

import functools
import re

_JOINERS = frozenset({"and", "or", "but", "nor", "so"})
_RELATIVES = frozenset({"which", "who", "whom", "whose", "that", "where", "wherein"})


@functools.lru_cache(maxsize=1)
def _intention_words() -> frozenset[str]:
    """The lexicon's words whose "to ..." is a wish, not a deed ("determined to become", "hope to lead")."""
    from erasl.lexicon import lexicon_file

    return frozenset(lexicon_file().get("verbs", {}).get("intention", []))


def cut_spans(edits, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of the draft's sentence start:end that the skeleton cut (filler taken out whole)."""
    if edits is None:
        return []
    return [(s, e) for s, e, text in edits.items
            if start <= s and e <= end and edits.kinds.get((s, e)) == "cut" and not text.strip()]


def stands_as_sentence(doc) -> bool:
    """A sentence as a reader needs one: a finite verb with its own subject ("I measured BP", "There were 20
    patients"), or a résumé fragment led by its verb ("Performed OMT on 3 patients", "Also helped ...")."""
    from erasl.skeleton_guard import _verb_led

    words = [t for t in doc if t.is_alpha]
    if not words:
        return True
    if words[0].lower_ in _JOINERS | _RELATIVES - {"that"} or words[-1].lower_ in _JOINERS:
        return False  # "And presented ...", "Which helped me ...", "... and."
    for token in doc:
        if token.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in token.children) \
                and (token.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
                    c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in token.children)):
            return True
    return _verb_led(doc)


def aspiration_made_a_claim(doc, cuts: list[tuple[int, int]]) -> str | None:
    """A cut that took away the wish a verb hung on ("I am determined to | become an excellent internist"):
    what is left claims the wish came true. Read from the draft's parse: a cut word of intention whose
    infinitive (xcomp) stays outside the cut."""
    words = _intention_words()
    for token in doc:
        if not any(s <= token.idx < e for s, e in cuts) or token.lemma_.lower() not in words:
            continue
        # "determined to | become", or a wish as the subject of "be": "My dream is to | train"
        holders = [token] + ([token.head] if token.dep_ == "nsubj" and token.head.lemma_ == "be" else [])
        for wished in (c for holder in holders for c in holder.children if c.dep_ == "xcomp"):
            if not any(s <= wished.idx < e for s, e in cuts):
                return f'cutting "{token.text}" would turn a wish into a claim ("{wished.text}")'
    return None


def broken_by_a_cut(builder, start: int, end: int, output: str) -> str | None:
    """Why the cuts in the draft's sentence start:end left a rewrite `output` that is no longer a sentence, or
    that claims what the draft only hoped; None when no cut was made or what is left reads as a sentence. A
    draft sentence that was no sentence to begin with (a title line, a list fragment) is never the cut's fault."""
    from erasl.rewrite import fill_placeholders
    from erasl.skeleton_guard import output_sentence_spans

    cuts = cut_spans(getattr(builder, "_edits", None), start, end)
    if not cuts:
        return None
    span = builder.doc.char_span(start, end, alignment_mode="expand")
    if span is not None:
        claim = aspiration_made_a_claim(span, cuts)
        if claim is not None:
            return claim
    nlp = builder.rw.nlp
    source = " ".join(builder.text[start:end].split())
    if not stands_as_sentence(nlp(fill_placeholders(source))):
        return None
    for s, e in output_sentence_spans(output):
        piece = output[s:e]
        if piece.startswith("[") and re.match(r"\[[^\]]*\]\s*", piece):
            continue  # a prompt of the skeleton's own ("[Only if true:] ..."), not the draft's sentence
        if not stands_as_sentence(nlp(fill_placeholders(piece))):
            cut = " ".join(" ".join(builder.text[s_:e_].split()) for s_, e_ in cuts)
            return f'once "{cut.strip(" ,")}" is cut, "{piece}" is no sentence'
    return None
