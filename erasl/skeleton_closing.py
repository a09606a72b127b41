"""Closing lines that say nothing checkable (issue 12, skel17 class 3).

"This experience molded me to be a compassionate future physician", "This job gave me a great interest in
medicine", "It was a great opportunity", "I am very grateful for this opportunity", "I learned a lot": an
advisor cuts them, as no program director can check them. Read from the parse, with the word lists of
rules/rewrite/facts.toml [closing-lines]: every clause of the sentence is (a) the experience as the subject
of a verb of giving or shaping, (b) a verdict said with "be" on the experience or of the applicant's
feelings, or (c) a lesson with no task in it. A number, a name the draft says nowhere else, or one of the
applicant's acts keeps the sentence.
"""

from __future__ import annotations

import re


def _words(data: dict, key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in data.get("closing-lines", {}).get(key, []))


def _subject(verb):
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _about_the_experience(subject, data: dict) -> bool:
    """ "This experience", "the rotation", "it", "this": the entry itself as the subject."""
    return subject is not None and (subject.lemma_.lower() in _words(data, "subjects") or subject.lower_ in _words(data, "subjects"))


def _empty_clause(verb, data: dict) -> bool:
    """One clause that says nothing checkable: the experience gives or shapes, a verdict, or a lesson."""
    subject = _subject(verb)
    lemma = verb.lemma_.lower()
    if lemma in _words(data, "verbs") or verb.lower_ in _words(data, "verbs"):
        return _about_the_experience(subject, data)  # "This job gave me a great interest in medicine"
    if lemma == "be":
        verdict = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
        said = {t.lemma_.lower() for c in verdict for t in c.subtree if t.dep_ in ("amod", "acomp", "attr", "advmod") or t is c}
        if not verdict or not said & _words(data, "verdicts"):
            return False
        if any(t.pos_ == "VERB" and t.dep_ in ("xcomp", "acl", "advcl", "relcl") for t in verb.subtree):
            return False  # "It was a great experience to work with Dr. Keller's team": the act is said (`_it_was`)
        # "It was a great opportunity", "The rotation was very valuable", "I am very grateful for this opportunity"
        return _about_the_experience(subject, data) or subject is not None and subject.lower_ in ("i", "we")
    if lemma in _words(data, "lessons") and subject is not None and subject.lower_ in ("i", "we"):
        objects = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "npadvmod", "advmod")]
        # "I learned a lot", "I understood that orthopaedics in the US is very organized"; never "learned to
        # suture" (xcomp: a skill) nor "learned ECG reading" (a task named by its object)
        return bool(objects) and not any(c.dep_ == "xcomp" for c in verb.children) and all(
            c.dep_ == "ccomp" or c.lower_ in ("lot", "much", "so", "a", "plenty") or c.lemma_.lower() == "lot"
            for c in objects)
    return False


def empty_closing(builder, start: int, end: int) -> bool:
    """The sentence start:end says nothing a program director can check (see the module's docstring): every
    clause of it is empty, it has no number, and no name the draft says nowhere else. A verdict or a lesson is
    read only in the entry's last two sentences (its closing); the experience shaping the applicant anywhere."""
    spans = builder.sentences()
    closing = bool(spans) and start >= spans[max(len(spans) - 2, 0)][0]
    span = builder.doc.char_span(start, end, alignment_mode="expand")
    if span is None or re.search(r"\d", span.text):
        return False
    elsewhere = builder.text[:start] + " " + builder.text[end:]
    for token in span:
        named = (token.pos_ == "PROPN" or token.is_upper and len(token) >= 2 and token.is_alpha) \
            and token.ent_type_ not in ("GPE", "NORP")  # "organized in the US" is no fact of the applicant's
        if named and token.i != span.start and not re.search(rf"(?<!\w){re.escape(token.text)}(?!\w)", elsewhere):
            return False  # a name said only here is a fact
    data = builder.rw.data
    root = span.root
    hedged = next((c for c in root.children if c.dep_ == "ccomp"), None)
    if root.lemma_.lower() in ("think", "believe", "feel", "guess") and hedged is not None \
            and _subject(root) is not None and _subject(root).lower_ in ("i", "we"):
        root = hedged  # "I think that this job taught me ...": the clause the hedge holds
    clauses = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                        and _subject(c) is not None]
    if not all(_empty_clause(clause, data) for clause in clauses):
        return False
    if not closing and not all(clause.lemma_.lower() in _words(data, "verbs") for clause in clauses):
        return False  # mid-entry, only "It made me a better listener" says nothing wherever it stands
    profile = getattr(builder, "profile", None)
    return not any(start <= action.start < end and getattr(action, "role", False)
                   and action.lemma not in _words(data, "lessons") | _words(data, "verbs")
                   for action in getattr(profile, "actions", None) or ())


def closing_reason(builder) -> str:
    return builder.rw.data.get("closing-lines", {}).get(
        "reason", "a closing line that says nothing a program director can check")
