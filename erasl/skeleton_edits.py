"""Sentence edits of the rewrite skeleton that keep its English sound.

erasl/skeleton.py rewrites each of the draft's sentences (tense, weak verbs, filler cut). This module holds
the edits and checks that guard the grammar of those rewrites:

- `vet_edits`: a word the sentence uses as a noun ("weekend calls") is never inflected as a verb;
- `grammar_problem`: the gate every rewritten sentence passes, read against the draft's sentence: a past
  form after "to", "helped", "did" or a modal ("Proud to served", "helped doctors communicated"), a "%" or a
  particle lost ("carried out" -> "carried"), a sentence left ending on "made me";
- `progressive_edits`: the applicant's progressive actions said simply ("I was doing night calls and
  managing patients" -> "did night calls and managed patients");
- `perfect_counts`: a count in an ongoing role in the present perfect ("have written 150 questions");
- `split_actions`: a run-on of actions joined by "and ... and ..." split into one sentence per action;
- `recheck`: erasl's own detectors run on the skeleton's sentences; a filler or trait sentence they still
  flag is left out, anything else they flag is listed "kept as written" with its reason.
"""

from __future__ import annotations

import functools

import re

# words after which English wants a verb's base form, never its past: "to", modals, "helped", "did"
_BASE_AFTER = {"to", "can", "could", "will", "would", "shall", "should", "may", "might", "must", "did", "does",
               "do", "help", "helps", "helped", "helping", "let", "lets", "make", "makes"}
_PRONOUN_END = re.compile(r"\b(?:made|make|makes|shaped|turned|taught|showed|helped|reminded|left)\s+"
                          r"(?:me|us|him|her|them)\s*[.!?]$", re.IGNORECASE)


def _parse(builder, sentence: str):
    from erasl.skeleton import _as_sentence

    return builder.rw.nlp(_as_sentence(sentence))


def vet_edits(builder, start: int, end: int, edits) -> None:
    """Undo rewrites of single words that the sentence, read as a sentence of its own ("I ran weekend calls
    ..."), uses as nouns: the draft's own parse may take a résumé fragment's noun for its verb."""
    from erasl.skeleton import _as_sentence

    sentence = builder.text[start:end]
    stripped = sentence.lstrip()
    offset = start + len(sentence) - len(stripped)
    read = _as_sentence(stripped)
    shift = len(read) - len(stripped) if read.endswith(stripped[len(stripped.split(" ", 1)[0]):]) else None
    if shift is None or "[" in stripped:
        return
    doc = builder.rw.nlp(read)
    # a noun by its tag, or by its place: a verb is never the object ("ran weekend calls", read as "calls" VBZ)
    nouns = {(t.idx - shift + offset, t.idx - shift + offset + len(t.text)) for t in doc
             if t.i > 0 and (t.tag_ in ("NN", "NNS") or t.dep_ in ("dobj", "pobj", "compound"))}
    for item in list(edits.items):
        s, e, replacement = item
        if (s, e) in nouns and edits.kinds.get((s, e)) == "rewrite" and re.fullmatch(r"[A-Za-z-]+", replacement) \
                and not builder.text[s:e].lower().endswith("ing") \
                and replacement.lower() != builder.text[s:e].lower():
            edits.items.remove(item)


def grammar_problem(builder, source: str, output: str) -> str | None:
    """What a rewrite broke in the sentence's grammar, in words an applicant understands; None when it reads
    as English. `source` is the draft's sentence, `output` the rewrite."""
    from erasl.skeleton import _lemma, _past_form

    found = re.search(r"\b(am|is|are|was|were)\s+\[([A-Za-z]+)[/ ][^\]]*\]", output, re.IGNORECASE)
    if found and _past_form(found.group(2)) and f"{found.group(1).lower()} {found.group(2).lower()}" not in source.lower():
        return f'put a verb choice after "{found.group(1)}" ("{found.group(0)}")'  # "I was [handled/worked on]"
    plain = re.sub(r"\[([^\]/]*)/[^\]]*\]", r"\1", output)  # a choice read as its first alternative
    plain = re.sub(r"\[[^\]]*\]", "X", plain)
    source_words = re.findall(r"[A-Za-z'-]+", source.lower())
    words = re.findall(r"[A-Za-z'-]+", plain)
    for before, word in zip(words, words[1:]):
        if before.lower() in _BASE_AFTER and _past_form(word) and word.lower() not in source_words \
                and _lemma(word) != word.lower():
            return f'put a past-tense verb after "{before}" ("{before} {word}")'
    for match in re.finditer(r"\b(?:help|helps|helped|make|makes|made|let|lets)\s+((?:\w+\s+){1,4}?)(\w+ed)\b", plain,
                             re.IGNORECASE):
        verb = match.group(2)
        if verb.lower() not in source_words and _past_form(verb) and not re.search(r"\b(?:who|that|which|I|we|and|or|but)\b|,",
                                                                                    match.group(1)):
            # "made the quiz and marked the exam": two verbs of one list, not "made them marked"
            return f'put a past-tense verb after "{match.group(0).split()[0]}" ("{match.group(0)}")'
    for symbol in re.findall(r"\d+(?:\.\d+)?\s?%", source):
        if symbol.replace(" ", "") not in output.replace(" ", ""):
            return f'lost the "%" of "{symbol}"'
    for particle in ("out", "up", "off", "over"):
        for verb in re.findall(rf"\b([a-z]+)\s+{particle}\b", source.lower()):
            lemma = _lemma(verb)
            if lemma and lemma in builder.rw.extractor.reader.verbs and verb in output.lower() \
                    and not re.search(rf"\b{particle}\b", output.lower()):
                return f'lost the "{particle}" of "{verb} {particle}"'
    for match in re.finditer(r"\b(when|while|whereas|because|although|though|after|before|until|once)\s+([A-Za-z]+)\b",
                             plain, re.IGNORECASE):
        if _past_form(match.group(2)) and match.group(0).lower() not in source.lower():
            return f'left a clause with no subject ("{match.group(0)}")'
    found = _PRONOUN_END.search(plain)
    if found and not _PRONOUN_END.search(source):
        return f'left the sentence ending on "{found.group(0).rstrip(".!?")}"'
    lowered_source = " ".join(source_words)
    for match in re.finditer(r"\b(?:am|is|are|was|were)\s+(\w+)\b", plain, re.IGNORECASE):
        word = match.group(1).lower()
        if match.group(0).lower() not in lowered_source and (word == "got" or (
                _lemma(word) == word and word in builder.rw.extractor.reader.verbs and word not in _ADJECTIVE_VERBS)):
            return f'put "{match.group(0)}" together'  # "was make", "It was got familiar"
    for match in re.finditer(r"\b(?:gave|give|gives|giving)\s+(?:me|us)\s+(\w+ed)\b", plain, re.IGNORECASE):
        if match.group(0).lower() not in lowered_source:
            return f'put a past-tense verb after "{match.group(0).rsplit(" ", 1)[0]}"'  # "gave me managed"
    for first, second in zip(words, words[1:]):
        stem = second.lower()[:-2] if second.lower().endswith("ed") else None
        plural = next((f"{stem}{ending}" for ending in ("s", "es") if stem and
                       f"{first.lower()} {stem}{ending}" in lowered_source), None)
        before = plain[:plain.lower().find(f"{first.lower()} {second.lower()}")] if plural else ""
        clause = re.split(r"[,;:.!?]|\b(?:and|or|but|who|which|that|where|when|while)\b", before, flags=re.IGNORECASE)[-1]
        if plural and f"{first.lower()} {second.lower()}" not in lowered_source and any(
                _past_form(word) for word in re.findall(r"[A-Za-z]+", clause)) \
                and not (first.lower() in ("and", "or") and _a_verb_in(builder, source, plural)):
            # "Answered customer calls" -> "customer called"; not "The attending reviews my plans" -> "reviewed"
            return f'turned the noun "{plural}" into a verb ("{first} {second}")'
    for match in re.finditer(r"\b(\w+ed)\s+will\b", plain, re.IGNORECASE):
        if match.group(0).lower() not in lowered_source:
            return f'changed the tense before "will" ("{match.group(0)}")'  # "I believed will"
    for match in re.finditer(r"\b(?:was|were)\s+(\w+?)(?:ed|d)\b", plain, re.IGNORECASE):
        if match.group(0).lower() not in lowered_source and re.search(
                rf"\b(?:am|is|are|was|were)\s+{re.escape(match.group(1).lower())}\w*ing\b", lowered_source):
            return f'made "{match.group(0)}" of a progressive'  # "I am working as" -> "I was worked as"
    opener = re.match(r"\W*([A-Za-z]+)", source)
    if opener and opener.group(1).lower().endswith("ing") and not plain.lower().startswith(opener.group(1).lower()):
        head = next((t for t in builder.rw.nlp(source) if t.lower_ == opener.group(1).lower()), None)
        if head is not None and head.tag_ == "VBG" and (head.dep_ in ("csubj", "nsubj", "csubjpass") or any(
                a.dep_ in ("csubj", "nsubj") and head in a.subtree for a in head.ancestors)):
            # "Seeing the impact it had was inspiring" -> "Saw the impact it had was inspiring"
            return f'turned the subject "{opener.group(1)}" into a verb'
    first = re.match(r"\W*([A-Za-z]+)\s+(?:was|is|were|are)\b", plain)
    if first and _past_form(first.group(1)) and first.group(1).lower() not in source_words:
        return f'turned the subject "{first.group(1)}" into a verb'  # "Teaching was my passion" -> "Taught was"
    if re.search(r"\b(?:am|is|are|was|were)\s*[.!?]\s*$", plain, re.IGNORECASE) and not re.search(
            r"\b(?:am|is|are|was|were)\s*[.!?]\s*$", source, re.IGNORECASE):
        return "left the sentence ending on its verb \"be\""  # "the attending was."
    return None


# verbs that are also adjectives, so "was clear", "is open" read as English
_ADJECTIVE_VERBS = frozenset({
    "present", "open", "clear", "clean", "free", "close", "dry", "empty", "warm", "calm", "cool", "complete",
    "correct", "busy", "tired", "separate", "able", "fit", "quiet", "right", "wrong", "even", "slow", "fast",
    "ready", "direct", "perfect", "secure", "steady", "level", "equal", "short", "long", "low", "high", "better",
    "worse", "live", "alert", "stable", "well", "due", "round", "double", "last", "own", "welcome", "back",
})


def progressive_edits(builder, start: int, end: int, edits) -> None:
    """'I was doing night calls and managing patients' -> 'did night calls and managed patients': the
    applicant's own progressive action said simply, in the experience's tense ('I am seeing patients' -> 'Saw
    patients' in a finished entry, 'I see patients' in an ongoing one)."""
    from lemminflect import getInflection

    from erasl.skeleton import _lemma, _like

    doc = builder.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    for token in span or []:
        if token.tag_ != "VBG" or token.i in builder._done_verbs:
            continue
        aux = [c for c in token.children if c.dep_ == "aux" and c.lemma_.lower() == "be"]
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if len(aux) != 1 or subject is None or subject.lower_ not in ("i", "we"):
            continue
        if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children):
            continue  # "I have been doing this job for 10 years": the perfect says how long; never "have complete"
        be = aux[0]
        # the experience decides the tense: "I am working as a tutor" in an entry that ended says "Worked as a
        # tutor", never "I was worked"; "I was doing night calls" in an ongoing one says "I do night calls"
        tense = builder.tense
        verbs = [token]
        for later in doc[token.i + 1:span.end]:  # "doing night calls and managing patients": the list goes with it
            if later.lower_ in ("which", "who", "where", "while", "when", "that", ";", ".") or later.dep_.startswith("nsubj"):
                break
            if (later.tag_ == "VBG" or later.lower_.endswith("ing") and later.tag_ in ("NN", "NNP")) \
                    and doc[later.i - 1].lower_ in ("and", ",", "or") \
                    and (_lemma(later.text) or "") in builder.rw.extractor.reader.verbs:
                verbs.append(later)
        forms = []
        for verb in verbs:
            lemma = _lemma(verb.text) or verb.lemma_.lower()
            if lemma == "do":
                from erasl.skeleton import _object_of

                lemma = builder._do_as(_object_of(verb))
            tag = "VBD" if tense == "past" else ("VBP" if subject.lower_ in ("i", "we") else "VBZ")
            form = (getInflection(lemma, tag=tag) or [None])[0]
            if not form:
                break
            forms.append((verb, form))
        else:
            if any(s_ < be.idx + len(be.text) and be.idx < e_ for s_, e_, _ in edits.items):
                continue
            first_verb, first_form = forms[0]
            # "I was seeing" -> "Saw"; "we were seeing 60 patients" keeps its "we": the team's load is not the applicant's
            at_start = subject.idx == start and tense == "past" and subject.lower_ == "i"
            begin = subject.idx if at_start else be.idx
            replacement = _like(first_form, "X") if at_start else first_form
            if not edits.add(begin, first_verb.idx + len(first_verb.text), replacement):
                continue
            builder._done_verbs.add(first_verb.i)
            for verb, form in forms[1:]:
                if edits.add(verb.idx, verb.idx + len(verb.text), form):
                    builder._done_verbs.add(verb.i)


_RATE = re.compile(r"(?i)\b(?:per|a day|a week|a month|a year|daily|weekly|monthly|each|every|an hour)\b")


def perfect_counts(builder, start: int, end: int, edits) -> bool:
    """In an ongoing role, an action told with a count and no rate ("wrote 150 practice questions", "Mentored
    12 students") is cumulative: 'have written 150 practice questions', 'I have mentored 12 students'.
    True when it changed a verb."""
    from lemminflect import getInflection

    from erasl.skeleton import _lemma, _past_form

    if builder.tense != "present":
        return False
    doc = builder.doc
    span = doc.char_span(start, end, alignment_mode="expand")
    changed = False
    for token in span or []:
        if token.i in builder._done_verbs or not _past_form(token.text) or token.pos_ not in ("VERB", "PROPN", "NOUN"):
            continue
        lemma = _lemma(token.text)
        if not lemma or lemma not in builder.rw.extractor.reader.verbs or lemma in ("be", "have", "do"):
            continue
        if any(c.dep_ in ("aux", "auxpass") for c in token.children):
            continue
        first = token.i == span.start or all(not t.is_alpha for t in doc[span.start:token.i])
        if not first and not (token.dep_ == "conj" and doc[token.i - 1].lower_ in ("and", ",")):
            continue
        own = [t for t in token.subtree if not any(a.dep_ == "conj" and a.i != token.i and a.i <= t.i
                                                  and t in a.subtree for a in token.subtree)]
        # the verb's own words, up to the next action it is joined to
        stop = next((c.i for c in token.children if c.dep_ == "conj" and c.i > token.i), None)
        words = [t for t in own if t.i >= token.i and (stop is None or t.i < stop)]
        text = " ".join(t.text for t in words)
        if not re.search(r"\b\d[\d,]*\b", text) or _RATE.search(text) or re.search(r"\b(?:of them|since|from)\b", text):
            continue
        participle = (getInflection(lemma, tag="VBN") or [None])[0]
        if not participle:
            continue
        form = f"I have {participle}" if first else f"have {participle}"
        if edits.add(token.idx, token.idx + len(token.text), form):
            builder._done_verbs.add(token.i)
            changed = True
    return changed


def split_actions(builder, text: str) -> list[str]:
    """A run-on of three or more actions joined by "and ... and ..." ("admitted patients and took their
    history and performed examination and wrote notes") becomes one sentence per action, each led by its
    verb (or "I" and the verb in an ongoing entry). A list joined by commas stays as it is."""
    if len(re.findall(r"\band\b", text)) < 2:
        return [text]
    doc = _parse(builder, text)
    prefix = len(doc.text) - len(text) if doc.text.endswith(text[text.find(" "):]) else None
    if prefix is None:
        return [text]
    cuts = []
    for token in doc:
        if token.dep_ != "conj" or token.pos_ != "VERB" or token.tag_ not in ("VBD", "VBP", "VBZ"):
            continue
        before = [t for t in doc[max(token.i - 3, 0):token.i]]
        joiner = next((t for t in reversed(before) if t.lower_ == "and"), None)
        if joiner is None or any(t.is_punct for t in doc[joiner.i:token.i]):
            continue
        if any(t.pos_ not in ("ADV", "PRON") for t in doc[joiner.i + 1:token.i]):
            continue  # "DKA and community acquired pneumonia": a noun between, so "acquired" names the pneumonia
        if joiner.i > 0 and doc[joiner.i - 1].tag_.startswith("VB") and token.head.i == joiner.i - 1:
            continue  # "checked and dispensed 300 prescriptions": the two verbs share the object; never "I checked."
        if any(t.dep_ == "nsubj" and t.lower_ not in ("i", "we") for t in token.children):
            continue
        cuts.append((joiner, token))
    if len(cuts) < 2:
        return [text]
    pieces, last = [], 0
    for joiner, verb in cuts:
        at = joiner.idx - prefix
        pieces.append(text[last:at])
        last = verb.idx - prefix
    pieces.append(text[last:])
    from erasl.skeleton import _tidy_sentence

    out = []
    for index, piece in enumerate(pieces):
        piece = piece.strip(" ,")
        if index and builder.tense == "present":
            piece = "I " + piece
        out.append(_tidy_sentence(piece))
    if any(len(p.split()) < 2 for p in out):
        return [text]
    return out


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _states_facts(text: str) -> bool:
    """The words state a number or a name (a capitalised word past the first, an acronym)."""
    words = re.findall(r"[A-Za-z][\w'&-]*|\d", re.sub(r"\[[^\]]*\]", " ", text))
    from erasl.skeleton import _NOT_FACTS

    return any(w[0].isdigit() or (i and w[0].isupper() and w != "I" and w.lower() not in _NOT_FACTS)
               for i, w in enumerate(words))


MOTIVATION_REASON = "why you chose medicine: it belongs in your personal statement, not in this entry"


def only_motivation(builder, unit) -> bool:
    """The sentence says why the applicant chose medicine and nothing else ("This experience made me decide to
    become a doctor", "That was why I chose medicine"): no number, no name, and no act of the applicant's
    before the words that say the choice (rules/rewrite/slots.toml [order] motivation). One that tells an
    act first ("I watched how the intensivists reason, that's why I chose medicine") stays, said last."""
    draft = builder.text[unit.start:unit.end or unit.start + len(unit.text)]
    patterns = builder.rw.data.get("order", {}).get("motivation", [])
    found = [m for m in (re.search(p, draft, re.IGNORECASE) for p in patterns) if m is not None]
    # the skeleton's words too: a third-person bio's "made her decide" is "made me decide" once said as "I"
    if not (found or any(re.search(p, unit.text, re.IGNORECASE) for p in patterns)) or _states_facts(draft):
        return False
    said_from = unit.start + min(m.start() for m in found) if found else unit.start
    ignored = builder.rw.extractor.ignored_verbs
    profile = getattr(builder, "profile", None)
    return not any(unit.start <= action.start < said_from and action.lemma not in ignored
                   for action in getattr(profile, "actions", None) or ())


def recheck(builder, units: list, keep_first: bool = False) -> list:
    """Run erasl's own detectors on the skeleton's sentences (placeholders filled, as the applicant would):
    a sentence still flagged for filler, a trait claim or a cliché that states no fact is left out and listed
    with the reason; one that states a fact stays and is listed "kept as written" with what is left to fix.
    The first unit stays when it is the draft's own opening line (`keep_first`)."""
    import erasl
    from erasl.diagnostics import Severity
    from erasl.docs import FAMILIES
    from erasl.rewrite import fill_placeholders

    if not units:
        return units
    pieces, spans, at = [], [], 0
    for unit in units:
        filled = fill_placeholders(unit.text)
        pieces.append(filled)
        spans.append((at, at + len(filled)))
        at += len(filled) + 1
    try:
        found = erasl.lint_text(" ".join(pieces), kind=builder.entry.kind, settings=builder.rw.settings,
                                path="skeleton.md")
    except ValueError:
        return units
    rules = builder.rw.rules
    kept_units = []
    listed = {_key(item["text"]) for item in builder.not_rewritten}
    for index, (unit, (s, e)) in enumerate(zip(units, spans)):
        # a warning the skeleton rewrites, or a filler note whose words it leaves out ("testament to",
        # "navigate the complexities"): the same reading `Rewriter._suggest` gives the draft
        flagged = [d for d in found if s <= d.start < e and d.code in rules
                   and rules[d.code].placement == "span"
                   and rules[d.code].rewrite != "keep"  # named by the rewriter itself (`_name_kept_words`)
                   and (d.severity >= Severity.WARNING
                        and (rules[d.code].rewrite != "none" or rules[d.code].check == "sentence-length")
                        or rules[d.code].rewrite == "leave-out" and FAMILIES.get(d.code[0]) == "filler")]
        draft = " ".join(builder.text[unit.start:unit.end or unit.start + len(unit.text)].split())
        if not (keep_first and index == 0) and unit.slot != "setting" and only_motivation(builder, unit):
            # "This experience made me decide to become a doctor": why medicine, no fact of the entry's
            builder.left_out.append({"text": draft, "reason": MOTIVATION_REASON})
            builder.not_rewritten[:] = [item for item in builder.not_rewritten if _key(item["text"]) != _key(draft)]
            continue
        if not flagged:
            kept_units.append(unit)
            continue
        # filler, traits and clichés (the filler family) empty a sentence; a hidden role ("was in charge of
        # scheduling") does not: the duty stays, kept as written
        filler = [d for d in flagged if rules[d.code].rewrite == "leave-out" and FAMILIES.get(d.code[0]) == "filler"]
        # left out whole: filler stating no fact, or a sentence of two filler phrases whose only "facts" are
        # what the filler was exposed to ("a great learning experience and gave me good exposure to the US
        # healthcare system, EMR"); a number always keeps a sentence
        mostly_filler = len({(d.start, d.end) for d in filler}) >= 2 and not re.search(r"\d", unit.text)
        if filler and (mostly_filler or not _states_facts(unit.text)) and not (keep_first and index == 0):
            # quoted as the draft says it, word for word ("its super busy and u learn a lot"), never as rewritten
            builder.left_out.append({"text": draft, "reason": f"{filler[0].code}: {filler[0].message}"})
            builder.not_rewritten[:] = [item for item in builder.not_rewritten if _key(item["text"]) != _key(draft)]
            continue
        if filler and not (keep_first and index == 0) and unit.slot != "setting":
            # kept for its facts: the filler phrase goes when the rest stands, else the sentence when the filler is
            # all it says (erasl/skeleton_filler.py)
            from erasl.skeleton_filler import cut_flagged_filler, filler_is_the_sentence

            if cut_flagged_filler(builder, unit, filler, s):
                builder.not_rewritten[:] = [item for item in builder.not_rewritten if _key(item["text"]) != _key(draft)]
                kept_units.append(unit)
                continue
            if filler_is_the_sentence(builder, unit, filler, s):
                builder.left_out.append({"text": draft, "reason": f"{filler[0].code}: {filler[0].message}"})
                builder.not_rewritten[:] = [item for item in builder.not_rewritten if _key(item["text"]) != _key(draft)]
                continue
        judged = any(rules[d.code].repair == "active" for d in builder._overlapping(unit.start, unit.end or unit.start))
        if all(rules[d.code].repair == "active" for d in flagged) and not judged:
            # a passive of the applicant's work the draft's reading let through: said actively, as a choice of role
            fronted = front_passive(builder, unit.text)
            if fronted is not None and builder.broken(unit.text, fronted) is None:
                unit.text = fronted
                builder.not_rewritten[:] = [item for item in builder.not_rewritten if _key(item["text"]) != _key(draft)]
                kept_units.append(unit)
                continue
        kept_units.append(unit)
        if _key(draft) in listed:
            continue  # already listed with what is left to fix
        d = flagged[0]
        words = " ".join(" ".join(pieces)[d.start:d.end].split())
        reason = f"{d.code}: {d.message}" if len(words.split()) > 8 else f'still says "{words}": {d.code}: {d.message}'
        # the sentence as the skeleton says it (the opening may have been reworded around it), for the applicant to find
        builder.not_rewritten.append({"text": " ".join(unit.text.split()) if keep_first and index == 0 else draft,
                                      "reason": reason})
        listed.add(_key(draft))
    return kept_units


def reconcile(suggestion) -> None:
    """The lists match the skeleton: nothing is "left out" that the skeleton still says, and nothing is "kept
    as written" that the skeleton no longer holds (cut for length: it is listed as left out instead)."""
    from erasl.skeleton_register import write_out

    said = _key(suggestion.text)
    # the draft's words as the skeleton writes them out too ("def one of" is said "Definitely one of")
    suggestion.left_out[:] = [item for item in suggestion.left_out
                              if not any(len(_key(words).split()) >= 4 and _key(words) in said
                                         for words in (item["text"], write_out(item["text"])))]
    # a piece of a sentence listed whole is not listed again ("As a patient teacher" beside the sentence it opens)
    wholes = [_key(item["text"]) for item in suggestion.left_out]
    suggestion.left_out[:] = [item for index, item in enumerate(suggestion.left_out)
                              if not any(i != index and len(w) > len(wholes[index]) and wholes[index] in w
                                         and "limit" not in item["reason"] for i, w in enumerate(wholes))]
    out_texts = {_key(item["text"]) for item in suggestion.left_out}

    def present(text: str) -> bool:
        words = _key(text).split()
        head = " ".join(words[:4])
        return head in said or " ".join(words[-4:]) in said

    merged: dict[str, dict] = {}
    for item in suggestion.not_rewritten:  # one line per sentence, with every reason it was kept
        key = _key(item["text"])
        if key in merged:
            if item["reason"] not in merged[key]["reason"]:
                merged[key]["reason"] += "; " + item["reason"]
        else:
            merged[key] = dict(item)
    suggestion.not_rewritten[:] = list(merged.values())
    suggestion.not_rewritten[:] = [item for item in suggestion.not_rewritten
                                   if present(item["text"]) or _key(item["text"]) not in out_texts
                                   and not any(_key(item["text"])[:40] in t for t in out_texts)]


_REFERENCE = re.compile(r"(?i)\b(?:this|that|these|those|such)\s+([a-z]+)\b")


def leaves_a_reference(builder, remaining: str, before: str) -> bool:
    """What a cut leaves points back at the words it cut: "I bring this energy to everything I do" after "I
    am a hard worker, and" goes. True when the rest says "this/that/such <noun>" and the noun names nothing
    the draft said before it."""
    for match in _REFERENCE.finditer(remaining):
        noun = match.group(1).lower()
        if noun in ("is", "was", "are", "were", "has", "had", "will", "one", "time", "year", "month", "week", "day"):
            continue
        stem = noun[:5]
        if not re.search(rf"(?i)\b{re.escape(stem)}", before):
            return True
    return False


def trait_intro(builder, span, start: int) -> tuple[int, int] | None:
    """The trait claim sits in an opening "As a ..." phrase that, without its trait words, names no place,
    number or organisation ("As a passionate advocate for health equity and a natural-born leader,"): the whole
    phrase goes, up to its comma; (first, past-the-comma) token indices, else None. "As a dedicated house
    officer at Mayo Hospital," keeps its role and place."""
    doc = builder.doc
    first = doc[span.start]
    while first.i > 0 and doc[first.i - 1].idx >= start:
        first = doc[first.i - 1]
    if first.lower_ != "as" or first.idx != start and not first.is_sent_start:
        return None
    # the comma that closes the phrase, after its noun, never one inside its list of traits ("As a highly
    # motivated, detail-oriented and hardworking individual, I ...": never "Hardworking individual, I")
    closing = max(first.right_edge.i, first.i) if first.dep_ == "prep" else first.i
    comma = next((t for t in doc[closing:first.i + 25] if t.text == ","), None) \
        or next((t for t in doc[first.i:first.i + 25] if t.text == ","), None)
    if comma is None or comma.i < span.end - 1:
        return None
    words = [t.text for t in doc[first.i + 1:comma.i] if t.pos_ not in ("ADJ",) and "-" != t.text]
    if _states_facts("x " + " ".join(words)):
        return None
    return first.i, comma.i + 1


_BOAST = re.compile(r"(?i)^(\s*)(?:(?:I am|I'm|I was|we are|we were)\s+)?(?:so\s+|very\s+|truly\s+|deeply\s+)?"
                    r"(?:proud|honou?red|thrilled|excited|humbled|privileged|blessed|delighted)\s+to\s+(?P<perfect>have\s+)?"
                    r"(?:been\s+able\s+to\s+)?(?P<verb>[A-Za-z-]+)\b")


def plain_opening(builder, start: int, end: int, edits) -> None:
    """A social-media opening says the act alone: "Proud to have served as clinic manager!" -> "Served as
    clinic manager." (and "I serve" in an ongoing entry); the sentence's "!" becomes a full stop. An act still to
    come ("Thrilled to bring ... to a US residency program") is never said as done."""
    from erasl.skeleton import _lemma, inflect

    sentence = builder.text[start:end]
    found = _BOAST.match(sentence)
    if found and (found.group("perfect") or builder.tense != "past"):
        # "Thrilled to bring my skills to a US program": without "to have", the act is still to come, never
        # "Brought ..." claimed for a finished entry
        verb = found.group("verb")
        lemma = _lemma(verb) or verb.lower()
        if lemma in builder.rw.extractor.reader.verbs:
            form = inflect(lemma, builder.tense)
            form = form[:1].upper() + form[1:] if builder.tense == "past" else f"I {form}"
            if edits.add(start + len(found.group(1)), start + found.end(), form, "cut"):
                builder._done_verbs.update(t.i for t in builder.doc.char_span(start + found.start("verb"),
                                                                             start + found.end(), alignment_mode="expand") or [])
    for bang in re.finditer(r"!+", sentence):
        if not re.search(r"[\"“”]", sentence):
            edits.add(start + bang.start(), start + bang.end(), ".", "cut")


def filler_owns_sentence(builder, d, start: int, end: int) -> bool:
    """The flagged filler is the sentence's only verb and what follows names no number and no proper name,
    only an acronym or two ("I was exposed to the US healthcare system and to the EMR"): the sentence goes
    whole and is listed (its acronyms with it), never kept as a fact."""
    if start in builder.owned_by_filler:
        return True
    span = builder.doc.char_span(start, end, alignment_mode="expand")
    if span is None or re.search(r"\d", span.text):
        return False
    verbs = [t for t in span if t.pos_ == "VERB" and not (d.start <= t.idx < d.end)
             and t.dep_ in ("ROOT", "conj", "ccomp", "advcl", "relcl", "xcomp", "pcomp")
             and t.tag_ in ("VBD", "VBZ", "VBP", "VB", "VBG")]  # "fast paced" (a participle): no act
    if verbs:
        return False
    from erasl.skeleton import _NOT_FACTS

    words = [t for t in span if t.is_alpha]
    names = [t for t in words[1:] if t.text[:1].isupper() and not t.is_upper and t.text != "I"
             and t.lower_ not in _NOT_FACTS]
    acronyms = [t for t in words if t.is_upper and len(t.text) > 1 and t.lower_ not in _NOT_FACTS]
    listed = sum(1 for t in span if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN")) >= 2
    return not names and len(acronyms) <= 1 and not listed  # "sepsis, DKA and AKI": a list of facts stays


def front_passive(builder, text: str) -> str | None:
    """'A quality improvement project was conducted in the ER to improve compliance' -> '[Conducted/helped
    conduct] a quality improvement project in the ER to improve compliance': a sentence that opens with the
    subject of its one passive verb (no agent, or "by me") says the act first, as a choice of role, and keeps
    every other word. None when the sentence is not of that shape."""
    from erasl.skeleton import inflect

    readable = text.replace("[N]", "999")  # the parser reads a number where the applicant will write one
    if "[" in readable:
        return None
    doc = builder.rw.nlp(readable)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.tag_ != "VBN":
        return None
    aux = [c for c in root.children if c.dep_ == "auxpass"]
    subject = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
    if len(aux) != 1 or subject is None or subject.left_edge.i != 0 or aux[0].i != subject.right_edge.i + 1 \
            or root.i != aux[0].i + 1:
        return None
    if any(c.dep_ == "agent" for c in root.children) or any(c.lower_ == "being" for c in root.children):
        return None  # "was organized by the dean", "is being prepared": not the applicant's act, or a status
    if subject.pos_ == "PRON" or subject.ent_type_ in ("ORG", "FAC", "EVENT"):
        return None
    if root.lemma_.lower() in builder.rw.data.get("passive-kept", {}).get("decisions", []):
        return None  # "The abstract was accepted": a decision of others, never "[Accepted/helped accept]"
    lemma_of = builder.rw.extractor.reader.verbs
    verbs = [root]
    after = root.i + 1
    while after + 1 < len(doc) and doc[after].lower_ == "and" and doc[after + 1].tag_ == "VBN" \
            and doc[after + 1].dep_ == "conj":
        verbs.append(doc[after + 1])
        after += 2
    if any(t not in verbs and any(c.dep_ == "auxpass" for c in t.children) for t in doc):
        return None  # a second passive ("..., and the data were analyzed"): fronting one would mix the voices
    if len(doc) > 40:
        return None
    particle = ""
    if after < len(doc) and (doc[after].dep_ == "prt" or doc[after].tag_ == "RP" or doc[after].lower_ in ("out", "up")
                             and after + 1 < len(doc) and doc[after + 1].pos_ in ("ADP", "DET", "PUNCT")):
        particle = " " + doc[after].text  # "was carried out" -> "[Carried/helped carry] out"
        after += 1
    following = doc[after] if after < len(doc) else None
    kept = builder.rw.data.get("passive-kept", {})
    if following is not None and (following.pos_ == "ADP" and not any(c.dep_ == "pobj" for c in following.children)
                                  or f"{root.lemma_.lower()} {following.lower_}" in kept.get("adjectival", [])):
        return None  # "were attended to with ...", "was geared towards": never "[Attended] patients to with"
    if any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in root.children):
        return None  # "was aimed to study": a purpose, not a task
    if subject.lemma_.lower() in kept.get("events", []):
        return None  # "The camp was organized": an event the applicant joined
    choices = []
    from erasl.lexicon import lexicon_data

    learning = lexicon_data(builder.rw.ruleset).wording["learning-words"]
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if lemma in learning and len(verbs) == 1 and not particle:
            # "Three techniques were learned": only the applicant can have learned them, so no role to choose
            said = inflect(lemma, builder.tense)
            subject_text = text[subject.left_edge.idx:subject.right_edge.idx + len(subject.right_edge.text)]
            if not (subject.left_edge.pos_ == "PROPN" or subject.left_edge.text.isupper()):
                subject_text = subject_text[:1].lower() + subject_text[1:]
            rest = text[doc[after].idx:] if after < len(doc) else ""
            out = f"{said[:1].upper()}{said[1:]} {subject_text} {rest}" if builder.tense == "past" else \
                f"I {said} {subject_text} {rest}"
            out = re.sub(r"\s+([,.;:])", r"\1", out.strip())
            return out if out.endswith((".", "!", "?")) else out + "."
        if lemma not in lemma_of or lemma in ("be", "have", "do", "give", "expose", "involve") \
                or lemma in builder.rw.extractor.ignored_verbs:
            return None  # no act of the applicant's: never "[Learned/helped learn]", "[Realized/helped realize]"
        choices.append(f"[{inflect(lemma, builder.tense)}/help{'ed' if builder.tense == 'past' else ''} {lemma}]")
    subject_text = text[subject.left_edge.idx:subject.right_edge.idx + len(subject.right_edge.text)]
    if not (subject.left_edge.pos_ == "PROPN" or subject.left_edge.text.isupper() and len(subject.left_edge.text) > 1
            or subject_text.startswith("[")):
        subject_text = subject_text[:1].lower() + subject_text[1:]
    rest = text[doc[after].idx:] if after < len(doc) else ""
    act = " and ".join(choices) + particle
    out = f"[{act[1].upper()}{act[2:]} {subject_text} {rest}".strip() if builder.tense == "past" else \
        f"I {act} {subject_text} {rest}".strip()
    out = re.sub(r"\s+([,.;:])", r"\1", out)
    return out if out.endswith((".", "!", "?")) else out + "."


# --- an entry written in the third person about the applicant --------------------------------------

_OWN_PRONOUNS = {"she": ("her", "her", "herself"), "he": ("him", "his", "himself")}
# people a "she" or "he" may mean instead of the applicant, when named earlier in the same sentence
_OTHER_PEOPLE = {"patient", "woman", "man", "girl", "boy", "child", "mother", "father", "daughter", "son", "wife",
                 "husband", "nurse", "doctor", "physician", "attending", "mentor", "supervisor", "resident", "lady",
                 "gentleman", "baby", "infant", "toddler", "teenager", "student", "colleague", "friend"}


_TITLE_WORDS = {"ms", "mr", "mrs", "miss", "dr", "doctor", "student", "prof", "professor", "mx"}


def applicant_in_third_person(doc, profile):
    """Who the applicant is in an entry written about them ("Ms. Alvarez served as ... She completed ..."),
    as the entry profile reads it (`profile.third_person`, the reading V105 flags): (the token indices of
    every mention of their name, their pronoun), or None. "They" is not said as "I": its verbs would not agree."""
    who = getattr(profile, "third_person", None)
    if who is None or who.start is None or who.label not in _OWN_PRONOUNS:
        return None
    span = doc.char_span(who.start, who.end, alignment_mode="expand")
    # every capitalised word of the mention: the name and a title before it ("Student Doctor Daniel Reyes")
    named = [t for t in span or [] if t.pos_ == "PROPN" or t.is_title or t.lower_.rstrip(".") in ("ms", "mr", "mrs", "miss", "dr")]
    # the name as written, hyphens and all ("Mr. Tomas Reyes-Whitfield"), from its first word on while its words
    # run on; a credential after a comma ("Kayla Brennan, OMS-IV") is no part of it
    name = []
    for token in doc[named[0].i:named[-1].i + 1] if named else []:
        joined = token in named or (token.text in ("-", "\u2010") and not token.whitespace_
                                    and name and not name[-1].whitespace_)
        if name and not joined:
            break
        name.append(token)
    while name and not (name[-1] in named):
        name.pop()
    if not name:
        return set(), who.label  # the entry opens with the pronoun: "She completed 600 hours ..."
    # every time the name is said ("Dr. Ahmed rotated ... Dr. Ahmed attended ..."), or its surname alone
    words = [t.text for t in name]
    # ... or the given name alone ("Daniel presented each patient"), the word before the surname
    given = words[-2] if len(words) >= 2 and words[-2].rstrip(".").lower() not in _TITLE_WORDS else None
    found = set()
    for token in doc:
        if [t.text for t in doc[token.i:token.i + len(words)]] == words:
            found.update(range(token.i, token.i + len(words)))
        elif token.text in (words[-1], given) and token.pos_ == "PROPN" and not token.text.isupper() \
                and token.i not in found:  # a surname alone, never an all-capitals word ("IV", "MD")
            found.add(token.i)
    return found, who.label


def first_person_edits(builder, start: int, end: int, edits, applicant) -> None:
    """The applicant's name and pronouns said as "I", "me" and "my", with the verb agreeing ("She is" ->
    "I am", "Ms. Alvarez's role" -> "my role"). A pronoun after another person named in the same sentence
    ("the patient ... she") may be that person's and stays."""
    from erasl.skeleton import _like

    name, pronoun = applicant
    object_form, possessive, reflexive = _OWN_PRONOUNS[pronoun]
    span = builder.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return
    # one other person named (singular) in this sentence or the one before: a later "she" may be theirs
    previous = [s for s in builder.doc.sents if s.end_char <= start][-1:]
    lead_in = previous[0].start_char if previous else 0
    someone_else = any(_another_person(t) for t in builder.doc if lead_in <= t.idx < start)
    done_names: set[int] = set()
    for token in span:
        if _another_person(token):
            someone_else = True
        if token.i in name and token.i not in done_names:
            words = [token]  # this mention of the name: the run of its words from here
            while words[-1].i + 1 < span.end and words[-1].i + 1 in name:
                words.append(builder.doc[words[-1].i + 1])
            subject = next((t for t in words if t.dep_ in ("nsubj", "nsubjpass")), None)
            first, last = words[0].idx, words[-1].idx + len(words[-1].text)
            # a title the name's run left out ("dr. Putri Lestari", tokenised "dr" "."): it goes with the name,
            # never "Dr. I worked"
            title = re.search(r"\b(?:dr|drs|ms|mr|mrs|miss|prof)\.?\s*$", builder.text[max(span.start_char, first - 8):first],
                              re.IGNORECASE)
            if title is not None:
                first -= len(title.group(0))
            following = builder.doc[words[-1].i + 1] if words[-1].i + 1 < len(builder.doc) else None
            if following is not None and following.text in ("'s", "’s"):
                last, replacement = following.idx + len(following.text), "my"
            elif subject is not None:
                replacement = "I"
                _agree(builder, subject, edits)
            else:
                replacement = "me"
            if first == span.start_char and replacement != "I":
                replacement = replacement.capitalize()
            edits.add(first, last, replacement, kind="fix")  # safe: kept even where a rewrite falls back
            done_names.update(t.i for t in words)
            continue
        lower = token.lower_
        if someone_else or lower not in (pronoun, object_form, possessive, reflexive):
            continue
        if lower == pronoun and token.dep_ in ("nsubj", "nsubjpass"):
            replacement = "I"
            _agree(builder, token, edits)
        elif lower == reflexive:
            replacement = "myself"
        elif lower == "her" and _before_a_bare_verb(token):
            replacement = "me"  # "made her decide", "let her scrub in": the one made to act, never "my decide"
        elif lower == possessive and (token.dep_ == "poss" or lower == "his" or token.tag_ == "PRP$"
                                      or _before_its_noun(token)):
            replacement = "my"  # "to her attending": hers, whatever the parse calls it
        elif lower == object_form:
            replacement = "me"
        else:
            continue
        edits.add(token.idx, token.idx + len(token.text), _like(replacement, token.text) if replacement != "I" else "I",
                  kind="fix")


def _a_verb_in(builder, source: str, word: str) -> bool:
    """`word`, after "and", is a present-tense verb in the draft's sentence as parsed ("She clerks new patients ... and
    presents them"), so its past ("and presented") is no noun made a verb ("Answered customer calls" -> "customer
    called")."""
    return any(t.lower_ == word.lower() and t.tag_ == "VBZ" and t.pos_ == "VERB" for t in builder.rw.nlp(source))


def _before_a_bare_verb(token) -> bool:
    """"made her decide", "let her scrub in": "her" before a verb's base form after make/let/help/have/see/
    watch is the one made to act (an object), whatever the tagger called it."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before = doc[token.i - 1] if token.i > 0 else None
    if following is None or before is None or before.lemma_.lower() not in ("make", "let", "help", "have", "see", "watch", "hear"):
        return False
    from lemminflect import getAllLemmas

    return following.tag_ == "VB" or following.lower_ in getAllLemmas(following.lower_).get("VERB", ())


def _before_its_noun(token) -> bool:
    """"her" said before the noun it owns ("presented each child to her attending", the noun read as a verb),
    never "her" as an object ("asked her to", "gave her the keys")."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and token.dep_ not in ("dobj", "dative", "iobj") \
        and (following.pos_ in ("NOUN", "PROPN", "ADJ") or following.tag_ == "VBG")


def _another_person(token) -> bool:
    """A singular person noun a later pronoun may mean; not one of the applicant's own ("his supervisor"), nor
    what the subject is said to be ("She is a dedicated educator and physician")."""
    described = token.dep_ in ("attr", "appos") or (token.dep_ == "conj" and token.head.dep_ in ("attr", "appos"))
    return token.lemma_.lower() in _OTHER_PEOPLE and token.tag_ == "NN" and token.dep_ != "compound" \
        and not described \
        and not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in token.children) \
        and not any(c.dep_ == "det" and c.lower_ in ("each", "every", "any", "no") for c in token.children)
    # ("student government"); "each patient" is no one a later "he" could mean


def _agree(builder, subject, edits) -> None:
    """The verbs of a subject turned "I" agree: "is" -> "am", "has" -> "have", "admits and presents" ->
    "admit and present"."""
    from erasl.skeleton import _lemma

    # verbs joined to it share its subject, when they share its present tense ("admits and presents"; never
    # "responded to calls, falls and overdoses", where the "verbs" are nouns of a list)
    verbs = [subject.head] + [c for c in subject.head.conjuncts if subject.head.tag_ == "VBZ"
                              and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    for verb in verbs:
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
        target = auxiliaries[0] if auxiliaries else verb
        if target.tag_ != "VBZ":
            continue
        lemma = target.lemma_.lower()
        if lemma not in ("be", "have", "do"):
            lemma = _lemma(target.text) or lemma
        form = {"be": "am", "have": "have", "do": "do"}.get(lemma, lemma)
        if target is verb and lemma not in ("be", "have", "do") and getattr(builder, "tense", None) == "past":
            from erasl.skeleton import inflect

            # a finished experience told in a bio's present ("Dr. Ahmed rotates ... from June to August 2024"):
            # the verb agrees with "I" in the entry's tense at once ("rotated"), never "rotate", which the
            # skeleton's own past would then find claimed
            form = inflect(lemma, "past")
        edits.add(target.idx, target.idx + len(target.text), form, kind="fix")


# --- a run-on read as its clauses ------------------------------------------------------------------

# subjects that open a clause of their own inside a run-on: the applicant's voice, and "it" of a comment
# ("... in the clinic it was very hard")
_CLAUSE_SUBJECTS = {"i", "we", "it"}
_HANGING = {"which", "that", "who", "whom", "whose", "where", "when", "because", "since", "as", "if", "while",
            "although", "though", "so", "than", "until", "before", "after", "once", "whether", "what", "how", "why"}
_JOINING = {"and", "but", "then"}


def _words(text: str) -> int:
    return len(re.findall(r"[A-Za-z0-9]+", text))


def _main_finite(token, within=None) -> bool:
    """A finite verb with a subject of its own, in no clause that hangs on a word ("where we saw", "which they
    have", "Working at ... taught me": a subject made of a clause); `within`, a piece of a run-on, limits the
    clauses it may hang on to those inside the piece."""
    finite = token.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in token.children)
    if not finite or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children) and _unread_subject(token) is None:
        return False
    chain = [token, *token.ancestors]
    if within is not None:  # a piece split off a run-on: only what hangs inside it can make it hang
        chain = [t for t in chain if within.start <= t.i < within.end]
    return not any(t.dep_ in ("relcl", "acl", "advcl", "csubj", "pcomp") and not complete_relative(t) for t in chain)


def complete_relative(verb) -> bool:
    """A clause the parser hung on a noun as a relative clause that has no gap and no relative word, so is a
    clause of its own run on after the noun: "... every day [I saw 25 patients]", "to the specialists [this
    work was very hard]". A true relative clause with no relative word lacks its object ("the patients I saw
    were elderly"); this one has an object or a complement of its own."""
    if verb.dep_ != "relcl" or any(c.tag_ in ("WDT", "WP", "WP$", "WRB") for c in verb.children):
        return False
    return any(c.dep_ in ("dobj", "acomp", "attr") for c in verb.children) and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _lead_in_start(doc, verb, subject, clause: int, first: int) -> int:
    """Where a clause starts once the phrase that leads into it is counted whole: "and in the final year I was
    team leader" starts at "in", never at "I" (which would leave "..., and in the final year." a fragment). A
    phrase of the verb's, just before the subject, with no comma inside."""
    for child in sorted((c for c in verb.children if c.i < subject.i and c.dep_ in ("prep", "npadvmod", "advmod")),
                        key=lambda c: -c.i):
        edge = child.left_edge.i
        if child.right_edge.i + 1 != clause or edge <= first or clause - edge > 6:
            break
        if any(t.text in ",;" or t.lower_ in _JOINING for t in doc[edge:clause]):
            break
        clause = edge
    return clause


def _prepositional_lead(doc, clause: int, first: int) -> int:
    """Where a clause starts when a prepositional phrase leads into its subject, however the parser hung it:
    "... and in surgery I assisted" starts at "in" even when "in" was read as joined to the clause before
    (which would leave "... followed the investigations and in surgery." a fragment). The phrase sits between
    a joining word (or a comma) and the subject, and is at most five words with no comma inside."""
    if clause - 2 > first and doc[clause - 2].lower_ in _EVERY and doc[clause - 1].pos_ == "NOUN":
        return clause - 2  # "... from 2019 to 2021 | every day I saw 25 patients", however "every day" was hung
    for adposition in range(clause - 2, max(first, clause - 6), -1):
        token = doc[adposition]
        # every word up to the subject inside the phrase (its right edge may run on over a clause the parser
        # hung on its noun: "in the night shifts [I sutured ...]")
        if token.pos_ != "ADP" or not all(token.is_ancestor(t) for t in doc[adposition + 1:clause]):
            continue
        if any(t.text in ",;" or t.lower_ in _JOINING for t in doc[adposition:clause]):
            return clause
        before = doc[adposition - 1]
        return adposition if before.lower_ in _JOINING or before.text in ",;" \
            or section_label(doc[adposition:clause]) else clause
    return clause


@functools.lru_cache(maxsize=1)
def _section_labels() -> frozenset[str]:
    from erasl.lexicon import lexicon_file

    return frozenset(w.lower() for w in lexicon_file().get("wording", {}).get("section-labels", []))


def section_label(words) -> bool:
    """"in pediatrics", "in the ER", "on general surgery": a rotation's section named before a dictated clause
    (lexicon [wording] section-labels), which opens that clause even with no comma or "and" before it."""
    if not 2 <= len(words) <= 3 or words[0].lower_ not in ("in", "on"):
        return False
    return words[-1].lower_ in _section_labels() and all(t.is_alpha or "-" in t.text for t in words[1:])


def opening_header(builder, left_span, first: int) -> bool:
    """The run-on opens with a header said with no verb, then the applicant's first clause: "House officer
    year at Wad Nubawi General Hospital in Omdurman from March 2021 to February 2022 I rotated in ...". The
    header (no verb at all, at the sentence's start, naming a date or a capitalised place) is its own line; a
    phrase opened by a preposition ("In July 2024 after Hurricane Beryl I volunteered") leads into the clause."""
    if left_span.start != first or any(t.pos_ in ("VERB", "AUX") for t in left_span):
        return False
    if left_span[0].pos_ in ("ADP", "SCONJ"):
        return False  # "In March-April 2025 | I completed ...": a lead-in of the clause after it, never a header
    return any(t.like_num or t.ent_type_ == "DATE" for t in left_span) and \
        any(t.pos_ == "PROPN" and t.i != first for t in left_span)


def _phrase_of_the_clause(doc, verb, clause: int, first: int) -> int:
    """Never a boundary inside a phrase of the new clause's own: when the word before the clause hangs on its
    verb ("so as the only doctor on duty in the nights and weekends | I was responsible"), the clause starts
    where that phrase starts, so what leads into it ("so as ...") is read whole and can hang on the clause
    before."""
    if clause - 1 <= first:
        return clause
    previous = doc[clause - 1]
    if previous.text in ",;" or previous.lower_ in _JOINING or verb not in list(previous.ancestors):
        return clause
    top = previous
    while top.head.i != verb.i:
        top = top.head
    # a phrase that opens the sentence is its header ("House officer year at ... 2022 | I rotated"), not a lead-in
    return clause if top.left_edge.i <= first else min(clause, top.left_edge.i)


_EVERY = {"every", "each"}
# a subject that can open a clause run on straight after a noun ("... to the specialists this work was hard")
_DEMONSTRATIVES = {"this", "these", "those"}

# the words that open a subject the parser read as a time phrase: "... caesarean sections this year was very hard"
_SUBJECT_OPENERS = {"this", "that", "these", "those", "the", "my", "our", "it", "everything"}


def _unread_subject(verb):
    """The subject of a finite verb the parser left without one, read from the words just before it: "this
    year" in "... sections this year was very hard" (parsed as a time phrase). None when the verb has its own
    subject, is no finite verb, or the words before it are no noun phrase opened by a determiner."""
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") and verb.pos_ in ("VERB", "AUX")
    if not finite or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "aux", "auxpass") for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1] if verb.i > 0 else None
    if noun is None or noun.pos_ not in ("NOUN", "PRON") or noun.head.i != verb.i:
        return None
    opener = noun.left_edge
    if opener.lower_ not in _SUBJECT_OPENERS or noun.i - opener.i > 3 or opener.i == 0:
        return None
    before = verb.doc[opener.i - 1]
    # the clause before ends on a word of its own ("sections"), never on a joining or a hanging word
    return noun if before.pos_ in ("NOUN", "PROPN", "NUM", "ADV") and before.lower_ not in _HANGING else None


def split_run_on(builder, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence over the length limit (R101) that runs several of the applicant's clauses together ("... to
    January 2020 we saw around 60 patients ... since the war I did triage", "..., every morning I was
    pre-rounding my patients, usually I followed 3-4 patients", "..., and I presented ...") read as its
    clauses. A clause starts at "I", "we" or "it" as the subject of a finite verb, with the words that lead into
    it ("every morning", "usually"), when nothing makes it hang on the clause before ("which they", "because I",
    "found it was"). Each piece keeps the draft's words (a joining ", and" between them goes); a sentence at or
    under the limit, or one with no such boundary, stays one piece."""
    rule = builder.rw.rules.get("R101")
    limit = int(rule.options.get("max-words", 35)) if rule is not None else 35
    span = builder.doc.char_span(start, end, alignment_mode="expand")
    if _words(builder.text[start:end]) <= limit or span is None:
        return [(start, end)]
    doc = builder.doc
    pieces, begin, first = [], start, span.start
    for word in span:
        unread = _unread_subject(word) if word.i > first + 3 else None
        token = unread if unread is not None else word
        passive_me = token.dep_ == "nsubjpass" and token.lower_ in ("i", "we")  # "... for one year I was posted in"
        there = token.dep_ == "expl" and token.lower_ == "there"  # "... in pediatrics there was a lot of malaria"
        if unread is None and (token.dep_ != "nsubj" and not passive_me and not there or token.i <= first + 3):
            continue
        # "I", "we", "it" start a clause of their own; any other subject only after ", and" ("..., and this
        # house job has shaped me into ...") or after "and" when a determiner opens it ("... and the work was
        # very hard"): the sure signs that a new clause, not a phrase, begins there
        named = token.lower_ not in _CLAUSE_SUBJECTS and not there and unread is None
        opened = named and (token.head.dep_ not in ("relcl", "acl", "ccomp", "advcl", "csubj", "xcomp")
                            or complete_relative(token.head)) \
            and token.left_edge.lower_ in _SUBJECT_OPENERS and token.left_edge.i > first \
            and (doc[token.left_edge.i - 1].lower_ in _JOINING or token.left_edge.lower_ in _DEMONSTRATIVES
                 and doc[token.left_edge.i - 1].pos_ in ("NOUN", "PROPN"))
        verb = word if unread is not None else token.head
        if verb.i < token.i or not (verb.tag_ in ("VBD", "VBZ", "VBP") or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in verb.children)):
            continue
        clause = token.left_edge.i if named else token.i
        # the clause's first word: back over what leads into it ("every morning", "usually")
        while clause - 1 > first and token.i - (clause - 1) <= 4 and doc[clause - 1].text not in ",;" \
                and doc[clause - 1].lower_ not in _JOINING and doc[clause - 1].head.i >= clause - 1 \
                and verb in list(doc[clause - 1].ancestors):
            clause -= 1
        clause = _lead_in_start(doc, verb, token, clause, first)
        clause = _prepositional_lead(doc, clause, first)
        clause = _phrase_of_the_clause(doc, verb, clause, first)
        joint = clause
        joined = doc[joint - 1].lower_ in _JOINING
        if joined:
            joint -= 1  # ", and I presented": the joining word goes with the boundary
        if named and not (joined and doc[joint - 1].text == ",") and not opened:
            continue
        before = doc[joint - 1]
        lead = doc[clause:token.i + 1]
        if before.lower_ in _HANGING or before.pos_ in ("VERB", "AUX", "ADP") and before.text not in ",;" and not joined \
                or any(t.lower_ in _HANGING or t.dep_ == "mark" for t in lead):
            continue  # "which they", "found it was", "because I": the clause hangs on the one before
        left = builder.text[begin:doc[joint].idx].rstrip(" ,;")
        left_span = doc.char_span(begin, begin + len(left), alignment_mode="expand")
        if _words(left) < 4 or left_span is None:
            continue
        if not any(_main_finite(t, left_span) for t in left_span) and not opening_header(builder, left_span, first):
            continue  # the piece before is no clause of its own ("Working at a camp where we saw ...")
        if _words(builder.text[doc[clause].idx:end]) < 4:
            continue
        pieces.append((begin, begin + len(left)))
        begin = doc[clause].idx
    pieces.append((begin, end))
    return pieces


# what a sentence of thanks says it is ("I was thankful to Dr. X for this opportunity", "We thank the team")
_THANKS = frozenset({"thankful", "grateful", "indebted", "thank"})


# what a sentence gives when it thanks ("I would like to express my deep gratitude to Dr. X and the team")
_GRATITUDE = frozenset({"gratitude", "thanks", "appreciation", "gratefulness"})
_GIVING = frozenset({"express", "extend", "convey", "offer", "give", "owe", "show"})


def _gives_thanks(root) -> bool:
    """The applicant's main verb, or the verb it wants ("would like to thank", "wish to express my
    gratitude"), thanks someone or gives gratitude."""
    verbs = [root] + [c for c in root.children if c.dep_ == "xcomp"]
    return any(verb.lemma_.lower() == "thank" or verb.lemma_.lower() in _GIVING and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _GRATITUDE for c in verb.children) for verb in verbs)


def thanks_or_aspiration(builder, start: int, end: int) -> str | None:
    """Why a sentence is a line of thanks or of aspiration, which goes to "left out" wherever it sits ("I was
    thankful to Dr. Patel sir for this opportunity", "I want to continue to serve the underserved"); None for
    any other sentence. Read from the parse: the applicant as subject of thanks, or of a verb of wishing (the
    lexicon's [verbs] intention) in the present. A sentence with a number is a plan with a fact ("I plan to
    submit the manuscript in 2025") and stays. Never in a reflection for a wish: its change may be one."""
    return sentence_of_thanks_or_aspiration(builder.doc.char_span(start, end, alignment_mode="expand"),
                                            builder.reflection)


def sentence_of_thanks_or_aspiration(span, reflection: bool = False) -> str | None:
    """`thanks_or_aspiration`, read from one parsed sentence."""
    from erasl.lexicon import lexicon_file

    if span is None or re.search(r"\d", span.text):
        return None
    root = span.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None and root.lemma_.lower() in ("thank", "thanks") and root.i == span.start + \
            sum(1 for t in span if t.i < root.i and t.dep_ in ("amod", "advmod", "intj")):
        # "Thank you to Dr. M for accepting me", "Special thanks to the team": thanks with no subject, said first
        return "thanks: they belong in a letter, not in the entry"
    if subject is None or subject.lower_ not in ("i", "we"):
        return None
    if any(c.dep_ == "conj" and c.pos_ == "VERB" for c in root.children):
        return None  # "I thanked the interpreter after each visit and wrote the notes": an act among acts
    thanked = root.lemma_.lower() == "thank" or root.lemma_.lower() == "be" and any(
        c.dep_ == "acomp" and c.lower_ in _THANKS for c in root.children) or _gives_thanks(root)
    if thanked:
        return "thanks: they belong in a letter, not in the entry"
    intention = set(lexicon_file().get("verbs", {}).get("intention", []))
    if not reflection and root.lemma_.lower() in intention and root.tag_ in ("VBP", "VBZ") \
            and any(c.dep_ == "xcomp" for c in root.children):
        return "an aspiration: it belongs in the personal statement"
    if not reflection and any(t.dep_ == "acomp" and t.lemma_.lower() in intention and t.head.lemma_ == "be"
                              and t.head.tag_ in ("VBP", "VBZ")
                              and any(c.dep_ == "nsubj" and c.lower_ == "i" for c in t.head.children) for t in span):
        # "I am using this opportunity to say that I am ready for residency": a wish said as readiness
        return "an aspiration: it belongs in the personal statement"
    return None
