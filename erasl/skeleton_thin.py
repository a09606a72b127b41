"""The skeleton of a thin draft: the advisor's whole order, with the draft's few facts slotted in (issue 12).

A one-line entry with no number and no verb of the applicant's own role ("Helped the doctors at a free clinic in
Mandalay for two summers, good experience.") gives the sentence-by-sentence rewrite nothing to restructure: kept
as written, it comes back unchanged. An advisor hands back the order instead (role, where and when; the patient
load; the tasks, each led by a verb; the result) with the draft's own words where it has them ("at a free clinic
in Mandalay", "for two summers", "the doctors") and a named [placeholder] for everything else. Nothing is
claimed: the role, the tasks and the numbers are all asked for. The filler ("good experience", "learned a lot")
is left out and listed with its rule's reason.
"""

from __future__ import annotations

from erasl.diagnostics import Severity

THIN_TEMPLATE = "thin-draft"  # the name output shows ("thin-draft template"): the order is built here, no .j2
# A verb that only says the applicant was there ("helped", "worked", "was at"): it names no task of their own.
_PRESENCE_VERBS = {"help", "assist", "work", "volunteer", "observe", "shadow", "spend", "be", "do", "go", "join",
                   "participate", "attend", "serve", "support", "stay", "gain", "get", "have", "learn"}
_MOST_SENTENCES = 2
_MOST_WORDS = 40
# what may hang on the presence verb and is still where and when (kept in the opening line)
_WHERE_WHEN = {"prep", "npadvmod", "advmod", "obl", "agent", "dative"}
_PLACE_PREPOSITIONS = {"at", "in", "with", "for", "near", "on", "through", "inside"}
_DROPPED = {"nsubj", "aux", "auxpass", "punct", "cc", "neg"}
_CLINICAL_WORDS = ("clinic", "hospital", "ward", "patient", "health", "medical", "doctor", "nurse", "camp", "dispensary")


def _filler_spans(rewriter, diagnostics) -> list[tuple[int, int, object]]:
    """The spans the rules flag as filler, hedge or trait claim: what the skeleton leaves out."""
    from erasl.docs import FAMILIES

    return [(d.start, d.end, d) for d in diagnostics
            if FAMILIES.get(d.code[0]) == "filler" and d.code in rewriter.rules]


def _in_filler(span, fillers) -> bool:
    """Every word of the tokens' span is inside a filler finding, or is the frame around one ("it was a ..." /
    ", good experience")."""
    return any(start <= span.start_char + 1 and span.end_char - 1 <= end for start, end, _ in fillers)


def _touches_filler(tokens, fillers) -> bool:
    return any(start < t.idx + len(t.text) and t.idx < end for t in tokens for start, end, _ in fillers)


def _reads_thin(entry, doc, fillers) -> list | None:
    """The draft's sentences when it is thin: at most two short sentences, no digit, no verb of the applicant's
    own role, and every sentence but the first nothing but filler. None otherwise (the full rewrite handles it)."""
    profile = entry.profile
    text = entry.text
    if profile is None or any(ch.isdigit() for ch in text) or any(a.role for a in profile.actions):
        return None
    sentences = [s for s in doc.sents if s.text.strip()]
    if not sentences or len(sentences) > _MOST_SENTENCES or len(text.split()) > _MOST_WORDS:
        return None
    if any(not _touches_filler(list(s), fillers) for s in sentences[1:]):
        return None  # a second sentence with something of its own: not thin
    return sentences


def _without_filler(tokens, fillers) -> str:
    """The tokens' words with the filler inside them taken out, and the comma or "and" left before it
    ("for two summers, good experience" -> "for two summers")."""
    kept = [t for t in tokens if not _touches_filler([t], fillers)]
    while kept and (kept[-1].is_punct or kept[-1].lower_ in ("and", "but", "a", "an", "the", "very", "it", "was")):
        kept.pop()
    return "".join(t.text_with_ws for t in kept).strip()


def _lemma(verb, profile) -> str | None:
    """The profile's reading of the verb first: a résumé line's first word may be parsed as a name ("Volunteered")."""
    lemma = next((a.lemma for a in profile.actions if a.start == verb.idx), None)
    if lemma is None and verb.pos_ in ("VERB", "AUX"):
        lemma = verb.lemma_.lower()
    return lemma


def _presence_verb(sentence, fillers, profile):
    """The verb that only says the applicant was there: the sentence's root, or the clause beside a root that is
    filler ("Worked at a pharmacy after school, learned a lot"); None when the sentence says anything else."""
    root = sentence.root
    for verb in [root] + [c for c in root.children if c.dep_ in ("advcl", "conj")]:
        if _touches_filler([verb], fillers) or _lemma(verb, profile) not in _PRESENCE_VERBS:
            continue
        if verb is root:
            return verb
        inside = {t.i for t in verb.subtree}
        rest = [t for t in sentence if t.i not in inside and not t.is_punct and t.dep_ != "cc"]
        return verb if all(_touches_filler([t], fillers) for t in rest) else None
    return None


def _opening_and_object(sentence, fillers, profile):
    """(where and when in the draft's words, the presence verb's object, the verb) of the draft's sentence, or None when the
    sentence says more than where and when (a clause of its own, a task) and so is no thin draft."""
    root = _presence_verb(sentence, fillers, profile)
    if root is None:
        return None
    where, obj = [], None
    for child in root.children:
        subtree = list(child.subtree)
        span = sentence.doc[subtree[0].i:subtree[-1].i + 1]
        if child.dep_ in _DROPPED or _in_filler(span, fillers) or child.dep_ == "conj" and _touches_filler(subtree, fillers):
            continue
        if child.lower_ == "as" or any(t.pos_ == "VERB" and not _touches_filler([t], fillers) for t in subtree):
            return None  # "as a patient navigator", "..., Detroit, and booked visits": a role or a task of its own
        words = _without_filler(subtree, fillers)
        if child.dep_ in ("dobj", "obj") and obj is None:
            obj = words
        elif child.dep_ in _WHERE_WHEN:
            where.append(words)
        elif child.dep_ in ("appos", "attr", "acomp", "dep") and _touches_filler(subtree, fillers):
            continue
        else:
            return None  # "Helped to set up the pharmacy": a task of its own, for the full rewrite
    if not any(part.split()[0].lower() in _PLACE_PREPOSITIONS for part in where):
        return None  # no "at ..."/"in ...": nothing says where; the full rewrite asks for it
    return " ".join(where), obj, root


def _when(entry, facts) -> str:
    """The dates the front matter gives, else a placeholder for them (a length alone is no dates)."""
    from erasl.skeleton_slots import metadata_dates

    dates = facts.dates.text if facts.dates is not None and facts.dates.source == "metadata" else None
    if dates:
        return metadata_dates(dates, entry.profile.ongoing)
    return "since [month year]" if entry.profile.ongoing else "[month year-month year]"


def build_thin_skeleton(rewriter, entry, doc, facts, diagnostics, suggestion) -> bool:
    """Fill `suggestion` with the advisor's order for a thin draft; False (and nothing changed) when the draft is
    not thin."""
    fillers = _filler_spans(rewriter, diagnostics)
    sentences = _reads_thin(entry, doc, fillers)
    if sentences is None:
        return False
    found = _opening_and_object(sentences[0], fillers, entry.profile)
    if found is None:
        return False
    where, obj, verb = found
    from erasl.skeleton import _tense

    ongoing = _tense(entry.profile) == "present"
    role = "Volunteer [role]" if entry.profile.experience_type == "volunteer" else "[Your role]"
    clinical = any(word in entry.text.lower() for word in _CLINICAL_WORDS) or entry.profile.clinical
    who = "patients" if clinical else "[patients/people]"
    see = "[See/help with]" if ongoing else "[Saw/helped with]"
    tasks = ("[The tasks you do yourself, each led by a verb: take vitals/dress wounds/explain medicines]" if ongoing
             else "[The tasks you did yourself, each led by a verb: took vitals/dressed wounds/explained medicines]")
    if not clinical:
        tasks = ("[The tasks you do yourself, each led by a verb]" if ongoing
                 else "[The tasks you did yourself, each led by a verb]")
    lines = [f"{role} {where} ({_when(entry, facts)}, [N] hours per week).",
             f"{tasks}{' for ' + obj if obj else ''}.",
             f"{see} [N] {who} per [day/week].",
             "[Only if true:] [One result of your work, with a number]."]
    suggestion.template = THIN_TEMPLATE
    suggestion.text = " ".join(lines)
    text = entry.text
    first_end = sentences[0].end_char
    for start, end, diagnostic in sorted(fillers, key=lambda f: f[0]):
        if start < first_end and diagnostic.severity >= Severity.NOTE:
            suggestion.left_out.append({"text": " ".join(text[start:end].split()),
                                        "reason": f"{diagnostic.code}: {diagnostic.message}"})
    for sentence in sentences[1:]:  # a sentence of filler alone goes whole, with its first finding's reason
        reason = next(f"{d.code}: {d.message}" for start, end, d in sorted(fillers, key=lambda f: f[0])
                      if start < sentence.end_char and sentence.start_char < end)
        suggestion.left_out.append({"text": " ".join(sentence.text.split()), "reason": reason})
    suggestion.left_out.append({"text": verb.text, "reason": f"\"{verb.text}\" names no task of yours: "
                                "say your role and what you did, each led by a verb"})
    return True
