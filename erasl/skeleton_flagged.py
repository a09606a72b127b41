"""What the finished skeleton's own lint still flags is mended or left out, never kept (issue 12, skel21).

After the known fixes (erasl/skeleton_known_fixes.py) the skeleton is linted once more as its entry; each
warning left in its words (outside brackets) gets one general transformation, read from the parse:

- a role hidden in a phrase (P102): "had the opportunity to see" -> "saw", "was responsible for organizing X" ->
  "organized X", "responsible for the training of X" -> "trained X" (rules/rewrite/facts.toml [role-phrases]),
  any other "responsible for X" -> "oversaw X" (what the phrase means);
- a passive whose agent is the applicant (P101): "The cultures are processed by me" -> "I process the cultures";
- a vague quantity (F102) -> "[N]" + its noun, with the rule's own `repair-pattern`;
- a sentence that the linter calls filler or a trait claim and that states no fact (no number, name or
  acronym) -> left out, with the rule's reason.

Then the notes are read against the skeleton: a "kept as written" reason that quotes words the skeleton no
longer has is dropped, and a sentence is never both left out and kept.
"""

from __future__ import annotations

import re

from erasl.diagnostics import Severity

_PLACEHOLDER = re.compile(r"\[[^\[\]\n]*\]")
_FACT = re.compile(r"\d|\b[A-Z]{2,}\b")
_CUT_FAMILIES = ("F1", "F2")  # filler, hedges and trait claims: their rules leave the words out
_OPPORTUNITY = re.compile(r"(?i)\b(?:had|have|has|got|get|gets|was given|were given|am given|is given)\b")
_PASSES = 2


def _states_a_fact(sentence: str) -> bool:
    """A number, an acronym, or a capitalised name after the sentence's first word (not "I")."""
    bare = _PLACEHOLDER.sub(" ", sentence)
    if _FACT.search(bare):
        return True
    words = re.findall(r"[^\W\d_][\w'’-]*", bare)
    return any(w[:1].isupper() and w not in ("I", "I'm", "I've") for w in words[1:])


def _tense_of(tokens, tense: str | None) -> str:
    """The entry's tense, else the tense the flagged words carry ("had", "was" -> past)."""
    if tense:
        return tense
    return "past" if any(t.tag_ == "VBD" for t in tokens) else "present"


def _said(lemma: str, tense: str) -> str:
    """`lemma` in `tense` for the applicant: past "organized"; present "organize" after "I", a fragment's
    "organize" too (the skeleton's ongoing fragments are bare)."""
    from erasl.skeleton import inflect

    words = lemma.split()
    return " ".join([inflect(words[0], tense)] + words[1:])


def _role_edit(doc, span, tense: str | None, table: dict):
    """(start, end, words) for a P102 phrase with one safe active form, else None."""
    from erasl.skeleton import _lemma

    end = span.end
    if end >= len(doc):
        return None
    words = span.text.lower()
    said_tense = _tense_of(span, tense)
    adverbs = " ".join(t.text for t in span if t.pos_ == "ADV" and t.lower_ not in ("not",))
    if "opportunity" in words or "chance" in words or "privilege" in words or "honor" in words:
        verb = doc[end]
        if verb.pos_ not in ("VERB", "AUX") or not _OPPORTUNITY.search(span.text):
            return None
        lemma = _lemma(verb.text) or verb.lemma_.lower()
        start = span[0].idx
        said = _said(lemma, said_tense)
        edits = [(start, verb.idx + len(verb.text), " ".join(w for w in (adverbs, said) if w))]
        for joined in verb.conjuncts:  # "to see patients ... and then present them" -> "saw ... and then presented"
            if joined.i > verb.i and joined.tag_ == "VB" and not any(c.dep_ == "nsubj" for c in joined.children):
                edits.append((joined.idx, joined.idx + len(joined.text),
                              _said(_lemma(joined.text) or joined.lemma_.lower(), said_tense)))
        return edits
    if "responsible for" not in words and "in charge of" not in words:
        return None
    lead = span[0]
    if lead.lower_ in ("i", "we"):
        lead = doc[lead.i + 1]
    while lead.pos_ == "ADV" and lead.i > 0:  # "also responsible for": its "am" before it
        lead = doc[lead.i - 1]
    if lead.lemma_.lower() != "be":
        return None
    adverbs = " ".join(t.text for t in doc[lead.i + 1:span.end] if t.pos_ == "ADV")
    j = end
    nominal = table.get("nominal", {})
    if doc[j].tag_ == "VBG":  # "responsible for organizing the schedule"
        lemma, finish = _lemma(doc[j].text) or doc[j].lemma_.lower(), doc[j].idx + len(doc[j].text)
    else:
        k = j + 1 if doc[j].lower_ in ("the", "all") and j + 1 < len(doc) else j
        after = doc[k + 2].right_edge.i + 1 if k + 2 < len(doc) else len(doc)
        # "the admission of patients, the pre-operative care, ...": one verb would not fit every item
        listed = any(c.dep_ == "conj" for c in doc[k].children) or after < len(doc) and doc[after].text in (",", "and", "&")
        if doc[k].lower_ in nominal and k + 1 < len(doc) and doc[k + 1].lower_ == "of" and not listed:
            lemma, finish = nominal[doc[k].lower_], doc[k + 1].idx + len(doc[k + 1].text)
        elif "in charge of" in words:
            lemma, finish = table.get("in-charge", "manage"), span.end_char
        else:
            lemma, finish = "oversee", span.end_char  # what "responsible for" means, never a weaker "[Handled]"
    said = _said(lemma, said_tense)
    return [(lead.idx, finish, " ".join(w for w in (adverbs, said) if w))]


# Subjects a passive keeps: turned round, a pronoun or a relative word would need its clause rewritten
# ("I was posted to surgery", "which were screened").
_KEPT_SUBJECTS = {"i", "we", "you", "he", "she", "they", "it", "this", "that", "these", "those", "which", "who",
                  "whom", "what", "there"}


def _a_person(doer) -> bool:
    """The agent is someone: me or us, a name, or a person or team by the lexicon's people-objects and endings ("the
    microbiologist", "the students"); never a body ("the department", "the grant"), whose passive stays as written."""
    from erasl.skeleton_concrete import _people

    people, endings = _people()
    return doer.lower_ in ("me", "us") or doer.ent_type_ == "PERSON" or doer.lemma_.lower() in people \
        or doer.lower_ in people or doer.lower_.rstrip("s").endswith(endings)


def _mid_sentence(words: str, first) -> str:
    """`words` moved from a sentence's start to its middle: a common word's capital goes ("Anticoagulant doses" ->
    "anticoagulant doses"), a name's and an acronym's stay ("Dr. Rao", "ICU staff"). The tagger's PROPN is trusted
    only inside a sentence, where a capital was the writer's choice."""
    name = first.ent_type_ in ("PERSON", "ORG", "GPE", "FAC", "NORP", "LOC") or first.text.isupper() and len(first.text) > 1
    if name or first.pos_ == "PROPN" and not first.is_sent_start:
        return words
    return words[:1].lower() + words[1:]


def _third_person(lemma: str) -> str:
    """'check' -> 'checks': the present tense after a singular doer ("the nurse checks the doses")."""
    from lemminflect import getInflection

    forms = getInflection(lemma, tag="VBZ")
    return forms[0] if forms else lemma


def _active_edit(doc, d, tense: str | None):
    """(start, end, words): a passive whose agent is a person said actively, the agent as its subject ("The cultures
    are processed by me" -> "I process the cultures"; "Each culture was read by the microbiologist" -> "The
    microbiologist read each culture"). Only a plain "was/were/is/are" passive with a noun subject right before it
    is turned round: a negated, modal or perfect one, one with a pronoun subject, or one with no agent or a body as
    agent ("was funded by the department") stays as the skeleton has it."""
    from erasl.skeleton import _lemma

    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    if span is None:
        return None
    verb = next((t for t in span if t.tag_ == "VBN"), None)
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ in _KEPT_SUBJECTS or subject.tag_ in ("WDT", "WP"):
        return None
    if any(c.dep_ == "conj" and c.tag_ == "VBN" and not any(g.dep_ == "nsubjpass" for g in c.children)
           for c in verb.children):
        return None  # "were prepared by me and checked by the lecturer": the second passive shares the subject
    first, last = subject.left_edge, subject.right_edge
    between_words = doc[last.i + 1:verb.i]
    if last.i + 1 > verb.i or any(t.dep_ not in ("auxpass", "advmod") for t in between_words):
        return None
    auxiliaries = [t for t in between_words if t.dep_ == "auxpass"]
    if len(auxiliaries) != 1 or auxiliaries[0].lower_ not in ("was", "were", "is", "are", "am"):
        return None
    said_tense = "past" if auxiliaries[0].tag_ == "VBD" else "present"
    lemma = _lemma(verb.text) or verb.lemma_.lower()
    adverbs = " ".join(t.text for t in between_words if t.dep_ == "advmod")
    obj = _mid_sentence(doc.text[first.idx:last.idx + len(last.text)], first)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    doers = [c for c in agent.children if c.dep_ == "pobj"] if agent is not None else []
    if len(doers) != 1 or not _a_person(doers[0]):
        return None
    doer = doers[0]
    if doer.lower_ in ("me", "us"):
        who, said = "I" if doer.lower_ == "me" else "we", _said(lemma, said_tense)
    else:
        who = _mid_sentence(doc.text[doer.left_edge.idx:doer.right_edge.idx + len(doer.right_edge.text)], doer.left_edge)
        plural = doer.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in doer.children)
        said = _said(lemma, said_tense) if said_tense == "past" or plural else _third_person(lemma)
    between = doc.text[verb.idx + len(verb.text):agent.idx].strip()
    words = " ".join(w for w in (who, adverbs, said, obj, between) if w)
    return first.idx, doer.right_edge.idx + len(doer.right_edge.text), words


def _quantity_edit(rewriter, text: str, d):
    """(start, end, "[N]"): the vague quantity F102 flags said as a number to fill, by the rule's own pattern."""
    pattern = rewriter.repair_patterns.get(d.code)
    if pattern is None:
        return None
    found = pattern.match(text[d.start:d.end])
    if found is None or not found.end():
        return None
    counted = re.findall(r"[\w'-]+", text[d.start + found.end():d.end])
    if not counted or not re.search(r"(?i)(?:s|people|children|men|women|staff)$", counted[-1]):
        return None  # "Some student have difficulty": no plural to count, no "[N] student"
    return d.start, d.start + found.end(), "[N]"


_VAGUE_WORDS = ["many", "several", "numerous", "countless", "multiple"]
# A count said with no number where F102's noun reading has no plural to find: "participated in CPR many times",
# "went with him to rounds couple times", "did many suturing", "did a lot of suturing". Said as a count to fill.
_UNCOUNTED_PATTERNS = {
    "times": [
        [{"LOWER": {"IN": _VAGUE_WORDS}}, {"LOWER": "times"}],
        [{"LOWER": "a", "OP": "?"}, {"LOWER": "couple"}, {"LOWER": "of", "OP": "?"}, {"LOWER": "times"}],
        [{"LOWER": {"IN": ["a", "alot"]}, "OP": "?"}, {"LOWER": {"IN": ["lot", "lots"]}}, {"LOWER": "of"}, {"LOWER": "times"}],
    ],
    "act": [
        [{"LOWER": {"IN": [*_VAGUE_WORDS, "much"]}}, {"TEXT": {"REGEX": "^[a-z]+ing$"}, "TAG": {"IN": ["VBG", "NN"]}}],
        [{"LOWER": {"IN": ["a", "alot"]}, "OP": "?"}, {"LOWER": {"IN": ["lot", "lots"]}}, {"LOWER": "of"},
         {"TEXT": {"REGEX": "^[a-z]+ing$"}, "TAG": {"IN": ["VBG", "NN"]}}],
    ],
}


def _uncounted_edits(nlp, doc):
    """(start, end, words): "many times" -> "[N] times"; "many suturing" -> "suturing [N] times". A clause's
    opening frequency ("Many times, I wondered") is no count and stays."""
    from spacy.matcher import Matcher

    matcher = Matcher(nlp.vocab)
    for name, patterns in _UNCOUNTED_PATTERNS.items():
        matcher.add(name, patterns)
    edits, taken = [], set()
    for match_id, begin, end in sorted(matcher(doc), key=lambda m: (m[1], -m[2])):
        if any(i in taken for i in range(begin, end)):
            continue
        span = doc[begin:end]
        if span[0].is_sent_start or doc[begin - 1].is_punct:
            continue
        taken.update(range(begin, end))
        if nlp.vocab.strings[match_id] == "times":
            edits.append((span.start_char, span.end_char, "[N] times"))
        else:
            edits.append((span.start_char, span.end_char, f"{span[-1].text} [N] times"))
    return edits


def _sentence_of(doc, d):
    span = doc.char_span(d.start, d.end, alignment_mode="expand")
    return span.sent if span is not None else None


def flagged_edits(rewriter, text: str, kind: str, metadata: dict | None, tense: str | None):
    """(edits, cuts): (start, end, words) in `text` that mend what the skeleton's lint still flags, and the
    sentences (start, end, reason) to leave out."""
    from erasl.skeleton_known_fixes import _lint_skeleton

    linted = _lint_skeleton(rewriter, text, kind, metadata)
    if linted is None or linted[1] is None:
        return [], []
    entry, doc, found, offset = linted
    table = rewriter.data.get("role-phrases", {})
    edits, cuts = [], []
    for d in found:
        if d.severity < Severity.WARNING:
            continue
        rule = rewriter.rules.get(d.code)
        edit = None
        if d.code == "P102":
            span = doc.char_span(d.start, d.end, alignment_mode="expand")
            edit = _role_edit(doc, span, tense, table) if span is not None else None
        elif d.code == "P101":
            edit = _active_edit(doc, d, tense)
        elif rule is not None and rule.repair == "number":
            edit = _quantity_edit(rewriter, entry.text, d)
        elif rule is not None and rule.rewrite == "leave-out" and d.code.startswith(_CUT_FAMILIES):
            sentence = _sentence_of(doc, d)
            if sentence is not None and not _states_a_fact(sentence.text) and not sentence.text.lstrip().startswith("["):
                cuts.append((sentence.start_char, sentence.end_char, f"{d.code}: {d.message}"))
            continue
        if isinstance(edit, list):
            edits.extend(edit)
        elif edit is not None:
            edits.append(edit)
    claimed = [(s, e) for s, e, _ in edits]
    edits += [edit for edit in _uncounted_edits(rewriter.nlp, doc)
              if not any(edit[0] < e and s < edit[1] for s, e in claimed)]
    return _in_skeleton(entry, offset, edits), _in_skeleton(entry, offset, cuts)


def _in_skeleton(entry, offset: int, items):
    """(start, end, x) in entry-text offsets said in the skeleton's offsets; words that are not one unbroken run
    of the skeleton are dropped."""
    mapped = []
    for start, end, said in items:
        source_start, source_end = entry.to_source(start), entry.to_source(end)
        if source_end - source_start == end - start:
            mapped.append((source_start - offset, source_end - offset, said))
    return mapped


def _outside_brackets(text: str, start: int, end: int) -> bool:
    return "[" not in text[start:end] and "]" not in text[start:end] and \
        text[:start].count("[") == text[:start].count("]")


def resolve_flagged(rewriter, suggestion, metadata: dict | None, tense: str | None) -> None:
    """Mend or leave out what the finished skeleton's own lint still flags; list each change."""
    from erasl.skeleton_known_fixes import _record

    text = suggestion.text
    if not text:
        return
    for _ in range(_PASSES):
        edits, cuts = flagged_edits(rewriter, text, suggestion.kind, metadata, tense)
        chosen, claimed = [], []
        for start, end, words in sorted(edits) + [(s, e, None) for s, e, _ in sorted(set(cuts))]:
            if not (0 <= start <= end <= len(text)) or not _outside_brackets(text, start, start if words is None else end):
                continue  # a sentence left out may hold a placeholder; an edit never crosses one
            if any(start < e and s < end for s, e in claimed):
                continue
            claimed.append((start, end))
            chosen.append((start, end, words))
        if not chosen:
            break
        reasons = {(s, e): reason for s, e, reason in cuts}
        for start, end, words in sorted(chosen, reverse=True):
            if words is None:
                suggestion.left_out.append({"text": " ".join(text[start:end].split()), "reason": reasons[(start, end)]})
                text = text[:start] + text[end:]
                continue
            if text[start:end][:1].isupper() and words[:1].islower():
                words = words[:1].upper() + words[1:]
            _record(suggestion, text, [(start, end, words)])
            text = text[:start] + words + text[end:]
        text = re.sub(r"  +", " ", text).strip()
    suggestion.text = text


_QUOTED = re.compile(r"\"([^\"]+)\"")


def reconcile_notes(suggestion) -> None:
    """The notes say what the skeleton says: a "kept as written" reason quoting words the skeleton no longer has
    is dropped (and the line with it when none is left); a sentence the skeleton keeps is never also "left out",
    nor one it lacks "kept"."""
    text = " ".join(suggestion.text.split()).lower()
    if not text:
        return
    kept = []
    for item in suggestion.not_rewritten:
        said = " ".join(item["text"].split())
        if said.lower() not in text:
            for change in suggestion.changed:
                said = said.replace(change["from"], change["to"])
            bare = re.sub(r"^(?:I|We) ", "", said)  # the sentence said as a fragment since
            if said.lower() in text:
                item = {**item, "text": said}
            elif bare.lower() in text:
                item = {**item, "text": bare[:1].upper() + bare[1:]}
        clauses = []
        for clause in re.split(r"; (?=still says|kept in your words|passive kept|\")", item["reason"]):
            found = _QUOTED.search(clause) if clause.startswith(("still says", "kept in your words", '"')) else None
            if found is not None and found.group(1).lower() not in text:
                continue  # words the skeleton no longer has
            if clause.startswith('"') and not clauses:
                clause = f"kept in your words, still to fix: {clause}"
            clauses.append(clause)
        if not clauses:
            continue
        kept.append({**item, "reason": "; ".join(clauses)})
    suggestion.not_rewritten = kept
    kept_texts = {" ".join(item["text"].split()) for item in kept}
    suggestion.left_out = [item for item in suggestion.left_out
                           if " ".join(item["text"].split()) not in kept_texts]


# --- one voice per skeleton --------------------------------------------------------------------------------

_THIRD_PERSON = ("she", "he")


def _opening_voice(sentence, third_person: bool) -> str | None:
    """How a sentence of the skeleton speaks: "i" ("I attended ..."), "fragment" ("Attended ..."), "third" ("She
    attended ..." in an entry written about the applicant), or None (anything else: "My observership was ...")."""
    words = [t for t in sentence if not t.is_space]
    if len(words) < 3 or words[0].text.startswith("["):
        return None
    first, second = words[0], words[1]
    if first.text == "I" and second.pos_ == "ADV" and len(words) > 3:
        second = words[2]  # "I also attended"
    from erasl.skeleton import _TIMELESS

    if first.text == "I" and second.pos_ in ("VERB", "AUX") and second.dep_ == "ROOT" and second.tag_ in ("VBD", "VBP"):
        # "I hope", "I think": the applicant today, not an act of the entry; it keeps its "I"
        return None if second.lemma_.lower() in _TIMELESS else "i"
    if third_person and first.lower_ in _THIRD_PERSON and second.pos_ == "VERB" and second.dep_ == "ROOT" \
            and second.tag_ in ("VBD", "VBZ"):
        return "third"
    from erasl.skeleton import _past_form

    # a résumé fragment led by its verb ("Observed how ...": the tagger may read a bare "Observed" as VBN)
    led_by_verb = first.pos_ == "VERB" and first.tag_ in ("VBD", "VBP", "VB") or _past_form(first.text)
    if led_by_verb and first.dep_ == "ROOT" and first.text[:1].isupper() \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in first.children):
        return "fragment"
    return None


def voice_edits(rewriter, text: str, kind: str, metadata: dict | None, third_person: bool):
    """(start, end, words) in `text`: every sentence said in the voice most of the skeleton's own sentences use
    (résumé fragments, or "I"); a sentence about the applicant in the third person said in it too."""
    from erasl.skeleton import _lemma
    from erasl.skeleton_known_fixes import _lint_skeleton

    linted = _lint_skeleton(rewriter, text, kind, metadata)
    if linted is None or linted[1] is None:
        return []
    entry, doc, _found, offset = linted
    voices = [(sentence, _opening_voice(sentence, third_person)) for sentence in doc.sents]
    # the vote: a sentence whose main verb has "I" as subject speaks in "I" wherever the "I" stands ("During the
    # observership I followed ..."); a tie goes to the voice the skeleton's first such sentence uses
    mine = ["i" if voice is None and any(c.lower_ == "i" and c.dep_ == "nsubj" for c in sentence.root.children)
            else voice for sentence, voice in voices]
    mine = [v for v in mine if v in ("i", "fragment")]
    if not mine and not any(v == "third" for _, v in voices):
        return []
    fragments, firsts = mine.count("fragment"), mine.count("i")
    target = "fragment" if fragments > firsts or fragments == firsts and mine and mine[0] == "fragment" else "i"
    edits = []
    for index, (sentence, voice) in enumerate(voices):
        if voice is None or voice == target or index == 0 and voice == "fragment":
            continue  # the opening line keeps the template's form
        words = [t for t in sentence if not t.is_space]
        first, verb = words[0], words[1]
        if voice == "i" and target == "fragment":
            said = doc.text[words[1].idx:words[1].idx + len(words[1].text)]  # "I also attended" -> "Also attended"
            edits.append((first.idx, words[1].idx + len(words[1].text), said[:1].upper() + said[1:]))
        elif voice == "third" and target == "fragment":
            said = verb.text if verb.tag_ != "VBZ" else (_lemma(verb.text) or verb.lemma_)
            edits.append((first.idx, verb.idx + len(verb.text), said[:1].upper() + said[1:]))
        elif voice == "third":
            said = verb.text if verb.tag_ != "VBZ" else (_lemma(verb.text) or verb.lemma_)
            edits.append((first.idx, verb.idx + len(verb.text), f"I {said}"))
        elif voice == "fragment":
            edits.append((first.idx, first.idx + len(first.text), f"I {first.text[:1].lower()}{first.text[1:]}"))
    return _in_skeleton(entry, offset, edits)


def one_voice(rewriter, suggestion, metadata: dict | None, profile) -> None:
    """Say the skeleton in one voice (see `voice_edits`), each change listed under "changed:"."""
    from erasl.skeleton_known_fixes import _record

    text = suggestion.text
    if not text or suggestion.kind != "experience":
        return
    third_person = getattr(profile, "third_person", None) is not None
    edits = voice_edits(rewriter, text, suggestion.kind, metadata, third_person)
    for start, end, words in sorted(edits, reverse=True):
        if not (0 <= start <= end <= len(text)) or not _outside_brackets(text, start, end):
            continue
        _record(suggestion, text, [(start, end, words)])
        text = text[:start] + words + text[end:]
    suggestion.text = text
