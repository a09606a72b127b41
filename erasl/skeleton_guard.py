"""The parse's word on a rewritten sentence: is it still English?

The skeleton rewrites the draft's sentences (a verb re-tensed, filler cut, a hedge taken off). Each
rewrite is read again by the parser, and compared with the parse of the draft's own sentence; what the
rewrite made that the draft did not have is a problem, said in words an applicant understands:

- a verb form its auxiliary cannot take ("It was very saw", "was see", "can showed");
- a noun left without the determiner the draft gave it ("That night changed me" -> "Night changed me");
- a clause put in the past over a clause left in the present ("I hoped this experience can show").

The checks read tags and dependencies, and lemminflect for the forms a verb has; no word lists.
"""

from __future__ import annotations

import functools
import re


def _forms(lemma: str, tag: str) -> set[str]:
    from lemminflect import getInflection

    return {form.lower() for form in getInflection(lemma, tag=tag)}


def _verb_lemma(token) -> str | None:
    from lemminflect import getLemma

    found = getLemma(token.lower_, upos="VERB")
    return found[0] if found else None


def _pairs(doc) -> set[tuple[str, str]]:
    """(auxiliary, verb) pairs a sentence says, in lower case."""
    return {(c.lower_, t.lower_) for t in doc for c in t.children if c.dep_ in ("aux", "auxpass")}


def parse_problem(nlp, source: str, output: str, tense: str | None = None) -> str | None:
    """What the rewrite `output` of the draft's sentence `source` broke, read from both parses; None when the
    rewrite says nothing the parse finds wrong. Choices ("[Managed/helped manage]") are read as their first
    alternative, a placeholder as a noun. `tense` is the entry's ("past" for a finished one)."""
    from erasl.skeleton import _as_sentence

    from erasl.rewrite import fill_placeholders

    read, draft = nlp(_as_sentence(output)), nlp(_as_sentence(source))
    return _changed_name(read, draft) or _wrong_form(read, draft) or _joined_infinitive(read, draft) \
        or _verb_as_subject(nlp(fill_placeholders(output)), nlp(fill_placeholders(source))) \
        or _lost_determiner(read, draft) or _mixed_tense(read, draft, _known_verbs(nlp)) or _disagreement(read, draft) \
        or _present_in_a_finished_entry(read, draft, tense) \
        or _verb_from_a_noun(nlp(fill_placeholders(output)), nlp(fill_placeholders(source)))


class DraftWasRight(str):
    """A problem the rewrite made in words the draft had right (a name, a date, a verb's agreement or tense):
    the sentence goes back to the draft's words and there is nothing for the applicant to fix."""


def _capitalised(token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and token.text != "I"


def _names(doc) -> list[str]:
    """The names a sentence says, as runs of capitalised words with the small lower-case words names carry
    between them ("Universidade Estadual do Vale Paulista", "Hospital de la Paz", "Ludwig van Beethoven"):
    read from the words' shape, so no language's particles need listing."""
    found, run = [], []

    def close() -> None:
        while run and not _capitalised(run[-1]):
            run.pop()
        if sum(_capitalised(t) for t in run) >= 2 and any(not _capitalised(t) for t in run):
            found.append(doc[run[0].i:run[-1].i + 1].text)
        run.clear()

    opening = next((t.i for t in doc if t.is_alpha), -1)  # a sentence's first word is capitalised anyway
    for token in doc:
        if token.i == opening:
            continue
        if _capitalised(token) and (not run or not run[-1].whitespace_ == "" or token.i == run[-1].i + 1):
            run.append(token)
        elif run and token.is_lower and token.is_alpha and len(token) <= 4 and token.i + 1 < len(doc) \
                and (_capitalised(doc[token.i + 1]) or doc[token.i + 1].is_lower and len(doc[token.i + 1]) <= 3
                     and token.i + 2 < len(doc) and _capitalised(doc[token.i + 2])):
            run.append(token)  # "do", "de la": a name's particle, between two of its capitalised words
        else:
            close()
    close()
    return found


def _changed_name(read, draft) -> str | None:
    """A word changed inside a name ("Universidade Estadual do Vale" -> "Universidade Estadual did Vale"), or a
    capitalised word before a number (a month, "Mar 2019") made into a verb ("Marred 2019")."""
    text = " ".join(read.text.split())
    for name in _names(draft):
        words = name.split()
        if name not in text and all(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in (words[0], words[-1])):
            return DraftWasRight(f'changed a word inside the name "{name}"')
    draft_words = {t.lower_ for t in draft}
    from erasl.skeleton_slots import month_number

    # never the draft's own verb leading a résumé line ("Carry 3-4 pts"), unless the word is a month's ("Mar")
    # nor a verb counting the things after it ("Coordinate 9 section heads"): the number counts a plural noun
    dated = {t.lower_ for t in draft if _capitalised(t) and t.i + 1 < len(draft) and draft[t.i + 1].like_num
             and not (t.pos_ == "VERB" and t.dep_ == "ROOT" and month_number(t.text) is None)
             and not (month_number(t.text) is None and _counts_a_plural(draft[t.i + 1]))}
    for token in read:
        if token.lower_ not in draft_words and token.is_alpha and (_verb_lemma(token) or "") in dated:
            return DraftWasRight(f'made "{token.text}" out of "{_verb_lemma(token).title()}", which the draft wrote '
                                 f'before a number')
    return None


def _counts_a_plural(number) -> bool:
    """"9 section heads", "3-4 pts": the number counts a plural noun just after it, not a date or a room."""
    from erasl.nlp import plural_of_a_noun

    for token in number.doc[number.i + 1:number.i + 4]:
        if token.tag_ in ("NNS", "NNPS") or token.pos_ == "NOUN" and plural_of_a_noun(token.text):
            return True
        if token.pos_ not in ("NOUN", "ADJ") and token.text not in ("-", "–"):
            return False
    return False


def _verb_from_a_noun(read, draft) -> str | None:
    """A word the draft used as a noun or a noun's modifier, made a verb: "tracing of defaulters" -> "Traced of
    defaulters", "Scheduling follow up visits" -> "Scheduling followed up visits"."""
    draft_words = {t.lower_ for t in draft}
    nominal = {_verb_lemma(t) for t in draft if t.i + 1 < len(draft) and draft[t.i + 1].lower_ == "of"
               and t.tag_ in ("VBG", "NN")} - {None}
    modifiers = {_verb_lemma(t) for t in draft if t.dep_ in ("amod", "compound") and t.head.pos_ == "NOUN"
                 and t.head.i > t.i} - {None}
    for token in read:
        if token.lower_ in draft_words or not token.is_alpha or not token.tag_.startswith("VB"):
            continue
        lemma = _verb_lemma(token)
        if lemma in nominal and token.i + 1 < len(read) and read[token.i + 1].lower_ == "of":
            return DraftWasRight(f'made "{token.text} of" out of a noun')
        # the "-ing" noun before it read as its subject ("Scheduling followed up visits"); never a list's verb
        # the tagger took for a noun's modifier ("Adjust doses, order labs" -> "ordered labs")
        if lemma in modifiers and token.tag_ in ("VBD", "VBN") and any(
                c.dep_ == "nsubj" and c.i == token.i - 1 and c.lower_.endswith("ing") for c in token.children):
            return DraftWasRight(f'made "{token.text}", which described a noun, a verb')
    return None


_SINGULAR_PRONOUNS = {"he", "she", "it", "this", "that"}
_PLURAL_PRONOUNS = {"i", "we", "they", "you", "these", "those"}


def _disagreement(read, draft) -> str | None:
    """A verb the rewrite changed that no longer agrees with its subject: "Our team do", "The nurses does"."""
    draft_words = {t.lower_ for t in draft}
    for verb in read:
        if verb.lower_ in draft_words or verb.tag_ not in ("VBP", "VBZ") or not verb.is_alpha:
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or any(c.dep_ == "conj" for c in subject.children) or not subject.is_alpha:
            continue
        word = subject.lower_
        singular = subject.tag_ in ("NN", "NNP") and word not in _PLURAL_PRONOUNS or word in _SINGULAR_PRONOUNS
        plural = subject.tag_ in ("NNS", "NNPS") or word in _PLURAL_PRONOUNS
        if singular and verb.tag_ == "VBP" or plural and verb.tag_ == "VBZ":
            return DraftWasRight(f'put "{subject.text} {verb.text}" together, which does not agree')
    return None


def _present_in_a_finished_entry(read, draft, tense: str | None) -> str | None:
    """A verb the draft said in the past, put in the present in a finished entry ("I also helped in writing" ->
    "I also help in writing", "I presented" -> "I present"): a finished entry stays in the past."""
    if tense != "past":
        return None
    past = {_verb_lemma(t) for t in draft if t.tag_ in ("VBD", "VBN") and t.is_alpha} - {None}
    draft_words = {t.lower_ for t in draft}
    for verb in read:
        if verb.lower_ in draft_words or not verb.is_alpha:
            continue
        present = verb.tag_ in ("VBP", "VBZ") or verb.tag_ == "VB" and verb.dep_ == "ROOT" \
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        if present and _verb_lemma(verb) in past:
            return DraftWasRight(f'put "{verb.text}" in the present, in a finished entry')
    return None


def _joined_infinitive(read, draft) -> str | None:
    """"be" put before a verb the draft said with "to" ("This was a great opportunity to understand the US
    system" -> "This was understood the US system"): a cut joined two clauses into one that is no English."""
    # a bare infinitive of the draft ("to understand"), not a perfect or passive one ("to have been recognized")
    infinitives = {t.lemma_.lower() for t in draft if t.tag_ == "VB" and [c.tag_ for c in t.children if c.dep_ in ("aux", "auxpass")] == ["TO"]}
    said = _pairs(draft)
    for token in read:
        for aux in token.children:
            if aux.dep_ in ("aux", "auxpass") and aux.lemma_.lower() == "be" and aux.i < token.i \
                    and (aux.lower_, token.lower_) not in said and token.lemma_.lower() in infinitives:
                return f'joined "{aux.text}" to "{token.text}", which the draft said with "to"'
    return None


def _verb_as_subject(read, draft) -> str | None:
    """A subject made into a past verb ("Volunteering in hospice was ..." -> "Volunteered in hospice was"), or a
    participle that leads into the subject ("Leveraging data, I thrived" -> "Leveraged data, I thrived")."""
    draft_words = {t.lower_ for t in draft}
    first = next((t for t in read if t.is_alpha), None)
    opening = next((t for t in draft if t.is_alpha), None)
    root = next((t for t in read if t.dep_ == "ROOT"), None)
    if first is not None and opening is not None and root is not None and first.lower_ not in draft_words \
            and opening.lower_ in _forms(_verb_lemma(opening) or opening.lower_, "VBG") \
            and _verb_lemma(first) == _verb_lemma(opening) and first.lower_ in _forms(_verb_lemma(first), "VBD") \
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > first.i
                    and any(t.text == "," for t in read[first.i:c.i]) for c in root.children) and root.i != first.i:
        # the parse may read it as an adjective; its place says what it is: before the sentence's own subject
        return f'turned "{opening.text}", which leads into the subject, into "{first.text}"'
    for token in read:
        leads_in = token.dep_ == "advcl" and token.i < token.head.i and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in token.head.children)
        # the parse's other reading of it: a verb whose auxiliary comes after it ("Tutored in the prison was")
        aux_after = any(c.dep_ in ("aux", "auxpass") and c.i > token.i for c in token.children) \
            and not read.text.rstrip().endswith("?")
        if (token.dep_ in ("nsubj", "nsubjpass", "csubj") or leads_in or aux_after) and token.lower_ not in draft_words and token.is_alpha:
            lemma = _verb_lemma(token)
            if lemma and lemma != token.lower_ and token.lower_ in _forms(lemma, "VBD") \
                    and any(t.lower_ in _forms(lemma, "VBG") and not any(c.dep_ == "aux" for c in t.children) for t in draft):
                # (the draft's "-ing" a subject of its own, never a progressive's: "I was handling calls")
                return f'turned the subject "{token.text}" into a verb'
    return None


def _wrong_form(read, draft) -> str | None:
    """An auxiliary with a verb form it cannot take: "be" or "have" before anything but a participle ("was
    saw"), a modal before anything but the base form ("can showed"), "be" with a bare verb as its complement
    ("was very see")."""
    said = _pairs(draft)
    complements = {(t.head.lower_, t.lower_) for t in draft if t.dep_ in ("acomp", "attr")}
    for token in read:
        lemma = _verb_lemma(token)
        if lemma is None or not token.is_alpha:
            continue
        for aux in (c for c in token.children if c.dep_ in ("aux", "auxpass") and c.i < token.i):
            if (aux.lower_, token.lower_) in said:
                continue  # the draft's own words
            auxiliary = aux.lemma_.lower()
            if auxiliary in ("be", "have") and aux.tag_ != "TO":
                allowed = _forms(lemma, "VBN") | (_forms(lemma, "VBG") if auxiliary == "be" else set())
                # "have" takes a participle only ("I have complete this job"), unless the base form is one ("have run")
                if token.lower_ not in allowed and (token.lower_ != lemma or auxiliary == "have") \
                        or auxiliary == "be" and token.lower_ == lemma and token.tag_ != "VBN":
                    return f'put "{aux.text} {token.text}" together, which is not English'
            elif aux.tag_ == "MD" and token.lower_ != lemma and token.lower_ not in _forms(lemma, "VB"):
                return f'put "{aux.text} {token.text}" together, which is not English'
        if token.tag_.startswith("VB") and token.tag_ != "VBG" and token.dep_ in ("acomp", "attr") \
                and token.head.lemma_ == "be" and not any(c.dep_ == "aux" for c in token.children) \
                and (token.head.lower_, token.lower_) not in complements \
                and token.lower_ not in _participles(token.lower_) \
                and f"{token.head.lower_} {token.lower_}" not in draft.text.lower():  # "Am Sayed": the draft's name
            # "It was very see ...", "It was very saw ...": "be" takes a participle or an adjective, never these
            return f'put "{token.head.text} ... {token.text}" together, which is not English'
    return None


def _participles(word: str) -> set[str]:
    """Every past participle of every verb `word` may be a form of ("tired" of "tire")."""
    from lemminflect import getAllLemmas

    lemmas = {lemma for group in getAllLemmas(word, upos="VERB").values() for lemma in group}
    return {form for lemma in lemmas for form in _forms(lemma, "VBN")}


def _lost_determiner(read, draft) -> str | None:
    """A noun that had a determiner in the draft ("that night", "the team") and stands bare in the rewrite."""
    def determined(doc) -> dict[str, int]:
        counts: dict[str, int] = {}
        for t in doc:
            if t.pos_ == "NOUN" and any(c.dep_ in ("det", "poss") for c in t.children):
                counts[t.lower_] = counts.get(t.lower_, 0) + 1
        return counts

    bare = {t.lower_ for t in read if t.tag_ == "NN" and t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass", "dobj")
            and not any(c.dep_ in ("det", "poss", "nummod", "compound", "amod", "nmod") for c in t.children)}
    before, after = determined(draft), determined(read)
    for token in draft:
        if token.lower_ in bare and before.get(token.lower_, 0) > after.get(token.lower_, 0) \
                and any(c.dep_ in ("det", "poss") for c in token.children):
            det = next(c for c in token.children if c.dep_ in ("det", "poss"))
            return f'taken the "{det.text}" from "{det.text} {token.text}"'
    return None


_VERBS_OF: dict[int, frozenset] = {}


def _known_verbs(nlp) -> frozenset:
    """The verbs spaCy's own lemmatizer tables know (as `grammar.VerbReader` reads them), once per pipeline;
    empty when the pipeline has none."""
    if id(nlp) not in _VERBS_OF:
        from erasl.grammar import VerbReader

        _VERBS_OF[id(nlp)] = frozenset(VerbReader(nlp).verbs) if hasattr(nlp, "pipe_names") else frozenset()
    return _VERBS_OF[id(nlp)]


def _mixed_tense(read, draft, verbs: frozenset = frozenset()) -> str | None:
    """A verb the rewrite put in the past, with a clause under it or a verb beside it left in the present: "I
    hoped this experience can show", "Adjusted doses, order labs". A word the tagger took for a verb that no
    verb table knows ("clinic and endoscopy suite") is no verb left behind."""
    draft_words = {t.lower_ for t in draft}
    present_in_draft = {t.lower_ for t in draft if t.tag_ in ("VBP", "VBZ", "MD") or t.tag_ == "VB" and t.dep_ == "conj"}
    for verb in read:
        if verb.tag_ != "VBD" or verb.lower_ in draft_words or _verb_lemma(verb) is None:
            continue  # only a verb the rewrite moved into the past
        for clause in verb.children:
            if clause.dep_ == "ccomp" and any(c.lower_ in ("how", "why", "what", "whether") and c.i < clause.i
                                              for c in clause.subtree):
                continue  # "saw how the system works": how things are stays in the present
            if clause.dep_ == "ccomp":
                present = [c for c in clause.children if c.dep_ == "aux" and c.tag_ == "MD"] + \
                    ([clause] if clause.tag_ in ("VBP", "VBZ") else [])
            elif clause.dep_ == "conj" and clause.pos_ == "VERB":
                present = [clause] if clause.tag_ in ("VBP", "VBZ", "VB") and not any(
                    c.dep_ in ("aux", "auxpass", "nsubj") for c in clause.children) else []
            else:
                continue
            present = [p for p in present if p.lower_ in present_in_draft
                       and (not verbs or p.lemma_.lower() in verbs or p.tag_ in ("MD", "VBZ"))]
            if present:
                return f'mixed tenses ("{verb.text}" beside "{present[0].text}")'
    return None


def quote_as_shown(suggestion, builder, units) -> None:
    """The two lists quote what the applicant can find: "kept as written" the sentence as the skeleton shows
    it (re-tensed, say: "Some student had difficulty ..."), "left out" the draft's own words (never a
    rewrite of them the skeleton dropped, with its [N])."""
    from erasl.skeleton_edits import _key

    from erasl.skeleton import _BULLET

    shown, written = _key(suggestion.text), _key(builder.text)
    for item in suggestion.not_rewritten + suggestion.left_out:  # an item is quoted without its bullet or "2)"
        stripped = re.sub(r"^\s*(?:" + _BULLET + r"|\(?\d{1,2}[.)])\s+", "", item["text"])
        if len(stripped.split()) >= 2:  # never a flagged "* " itself
            item["text"] = stripped

    def draft_of(unit) -> str:
        return " ".join(builder.text[unit.start:unit.end or unit.start + len(unit.text)].split())

    for item in suggestion.not_rewritten:
        if _key(item["text"]) in shown:
            continue
        unit = next((u for u in units if _key(draft_of(u)) == _key(item["text"]) and _key(u.text) in shown), None)
        if unit is not None:
            item["text"] = " ".join(unit.text.split())
    for item in suggestion.left_out:
        if _key(item["text"]) in written:
            continue
        unit = next((u for u in units if _key(u.text) == _key(item["text"])), None)
        if unit is not None and _key(draft_of(unit)) in written:
            item["text"] = draft_of(unit)


def vague_reason(builder, unit, limit: int) -> str:
    """Why a sentence that says nothing concrete (no number, no name) was the first to go for the box: it is
    about what the experience did for the applicant ("This year permits me to be more autonomous"), or it is
    vague; the limit is said too, as the reason it went now."""
    doc = builder.rw.nlp(unit.text)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    # "me" said as the one the experience acted on ("allowed me to be", "gave me"), its subject not "I"
    about_you = root is not None and any(t.lower_ in ("me", "us") and root in [t.head, t.head.head] for t in doc) \
        and not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in root.children)
    what = "says what the experience did for you, not what you did" if about_you else \
        "vague: no number, name or act of yours"
    return f"{what}; cut first to fit the {limit}-character limit"


def output_sentence_spans(text: str) -> list[tuple[int, int]]:
    """Where each sentence of a rewrite starts and ends, split where a full stop ends one (never after
    "Prof.", "Dr." or "St.", nor after an initial)."""
    from erasl.skeleton import _SENTENCE_STOP

    spans, begin = [], 0
    for stop in _SENTENCE_STOP.finditer(text):
        if re.search(r"(?:^|[\s.])[A-Z]$", text[:stop.start()]):
            continue  # an initial ("Irina V. Sokolova", "J. Smith"), never a sentence's end
        spans.append((begin, stop.end()))
        begin = stop.end()
    spans.append((begin, len(text)))
    trimmed = []
    for start, end in spans:
        piece = text[start:end]
        start += len(piece) - len(piece.lstrip())
        end -= len(piece) - len(piece.rstrip())
        if re.search(r"[A-Za-z]", text[start:end]):
            trimmed.append((start, end))
    return trimmed


def _output_sentences(text: str) -> list[str]:
    """The sentences of a rewrite, split where a full stop ends one (never after "Prof." or "Dr.")."""
    return [text[start:end] for start, end in output_sentence_spans(text)]


_JOINERS = {"and", "or", "but", "nor"}


def sentence_problem(nlp, source: str, output: str) -> str | None:
    """What makes one of the rewrite's sentences no sentence at all, read from its parse against the draft's:
    a word said twice in a row ("the the"), an ending on a joining word or a phrase hung on one ("..., and in the
    last year."), a verb cut off from the object it shared ("Each shift, I checked." from "checking and
    dispensing 300 prescriptions"), or no subject and no leading verb where the draft had a clause of its own.
    The draft's own words, where they already did so, are never a problem of the rewrite's."""
    from erasl.rewrite import fill_placeholders

    draft = nlp(fill_placeholders(source))
    draft_words = [t.lower_ for t in draft if t.is_alpha]
    draft_text = " ".join(draft_words)
    sentences = _output_sentences(output)
    for sentence in sentences:
        read = nlp(fill_placeholders(sentence))
        words = [t for t in read if t.is_alpha]
        if not words:
            continue
        for a, b in zip(words, words[1:]):
            if a.lower_ == b.lower_ and b.i == a.i + 1 and f"{a.lower_} {b.lower_}" not in draft_text:
                return f'said "{a.text}" twice in a row'
        last = words[-1]
        joiners = [t for t in read if t.lower_ in _JOINERS and t.i > 0 and read[t.i - 1].text == ","]
        if joiners:
            tail = read[joiners[-1].i + 1:]
            tail_words = [t for t in tail if t.is_alpha]
            ended = " ".join(t.lower_ for t in tail_words)
            if tail_words and tail_words[0].pos_ in ("ADP", "ADV") and not any(t.pos_ in ("VERB", "AUX") for t in tail) \
                    and not re.search(rf"\b{re.escape(ended)}\s*[.!?]", " ".join(source.lower().split())):
                return f'left "{joiners[-1].text} {tail.text.rstrip(".!? ")}" hanging at the end'
        if last.lower_ not in (w for w in draft_words[-1:]) and last.tag_ in ("VBD", "VB", "VBP", "VBZ") \
                and not any(c.dep_ in ("dobj", "prep", "xcomp", "ccomp", "prt", "attr", "acomp") for c in last.children):
            lemma = last.lemma_.lower()
            shared = any(t.lemma_.lower() == lemma and t.i + 1 < len(draft) and draft[t.i + 1].lower_ in _JOINERS
                         for t in draft)
            if shared:
                return f'cut "{last.text}" off from the words it shared with the next verb'
        if len(sentences) > 1 and len(words) >= 3 and _has_clause(draft) and not _has_clause(read) and not _verb_led(read):
            return f'left "{sentence}" with no subject and no verb to lead it'
    return None


def _has_clause(doc) -> bool:
    return any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in doc)


def _verb_led(doc) -> bool:
    """A résumé line led by its verb ("Did the first assessment ..."), or by a phrase and then its verb."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    first = next((t for t in doc if t.is_alpha and t.pos_ != "ADV"), None)
    if first is not None and first.text[:1].isupper() and (first.tag_.startswith("VB") or (
            (lemma := _verb_lemma(first)) and lemma != first.lower_ and first.lower_ in _forms(lemma, "VBD"))):
        return True  # "Performed 3 procedures like ...", read by the tagger as a participle or a name before its noun
    if root.pos_ not in ("VERB", "AUX"):
        return False
    # what comes before the verb only leads into it: "Also helped ...", "After the course, served on ..."
    leading = {c.i for c in root.children if c.i < root.i and c.dep_ in ("advmod", "prep", "npadvmod", "punct", "cc")}
    return all(t.i in leading or any(a.i in leading for a in t.ancestors) for t in doc[:root.i])


# Nouns of change said of the applicant ("got very big improvement", "became a good impression"): with the
# lexicon's learning words and self-improvement nouns they make a sentence about what the experience did for
# the applicant. (They belong in the lexicon's [wording] learning-words, which is the shared reading's area.)
_CHANGE_NOUNS = frozenset({"improvement", "impression", "growth", "development", "progress", "enrichment"})


@functools.lru_cache(maxsize=1)
def _growth_words() -> frozenset[str]:
    """The lexicon's learning words ([wording] learning-words, the reading of profile `topics`) and its
    self-improvement nouns (the objects that make a verb filler for F101), with the nouns of change."""
    from erasl.lexicon import lexicon_file
    from erasl.skeleton import _growth_nouns

    learning = set(lexicon_file().get("wording", {}).get("learning-words", []))
    learning.discard("read")
    learning.discard("hear")
    learning.discard("experience")  # "experience" is what the entry is, not what it taught
    return frozenset(learning | _growth_nouns() | _CHANGE_NOUNS | {"learn", "understand", "improve", "know"})


@functools.lru_cache(maxsize=1)
def _vague_topics() -> frozenset[str]:
    """The lexicon's [wording] vague-topics: heads that name nothing to keep ("a lot", "the importance of")."""
    from erasl.lexicon import lexicon_file

    return frozenset(lexicon_file().get("wording", {}).get("vague-topics", []))


def growth_only(builder, start: int, end: int) -> bool:
    """A sentence whose only content is what the experience taught or did for the applicant, in any person
    and tense: its main verb, or the head of its subject or object, is a word of learning, improvement,
    impression or exposure ("This experience gave me good understanding of how the hospital works", "Through
    this project my research ability got very big improvement", "She learned a lot about teamwork"), and it
    says no number, no name the draft does not say elsewhere, and no act of the applicant's with a role verb."""
    span = builder.doc.char_span(start, end, alignment_mode="expand")
    if span is None or re.search(r"\d", span.text):
        return False
    root = span.root
    words = _growth_words()
    if re.search(r"(?i)\b(?:like|such as|including|e\.g\.)\s+\S", span.text):
        return False  # "Many techniques were learned, like Western blot, qPCR and cell culture": what, by name
    heads = [root] + [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "acomp", "xcomp")]
    heads += [g for c in heads if c.dep_ == "xcomp" for g in c.children if g.dep_ == "dobj"]
    if not any(t.lemma_.lower() in words or t.lower_ in words for t in heads):
        return False
    if root.lemma_.lower() in builder.rw.extractor.reader.verbs and root.lemma_.lower() not in words \
            and root.lemma_.lower() not in ("give", "get", "have", "gain", "make", "be", "become", "receive",
                                            "help", "allow", "teach", "show", "provide", "offer", "enable"):
        return False  # "I managed 10 patients and improved my notes": an act of the applicant's
    vague = _vague_topics()
    if any(c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() not in words | vague and c.lower_ not in words | vague
           for c in root.children):
        return False  # "I learned how to dress wounds", "learned ECG reading": what was learned is a task
    profile = getattr(builder, "profile", None)
    if any(start <= topic.start < end for topic in getattr(profile, "topics", None) or ()):
        return False  # a topic the profile keeps as a fact ("exposure to dialysis and AKI"): the filler cut keeps it
    if any(t.pos_ == "VERB" and t.i != root.i and t.lemma_.lower() not in words and any(
            c.dep_ == "dobj" for c in t.children) and any(a.i == root.i for a in t.ancestors) for t in span):
        return False  # "I learned how to dress wounds": a skill, a task named with its object
    elsewhere = builder.text[:start] + " " + builder.text[end:]
    for token in span:
        named = (token.pos_ == "PROPN" or token.is_upper and len(token) >= 2 and token.is_alpha) \
            and token.ent_type_ not in ("GPE", "NORP")  # "how the US hospital works" is no fact of the applicant's
        # a name in a clause about how things are ("how the US hospital is working") is no fact of the work
        general = any(a.dep_ in ("pcomp", "ccomp") and any(c.lower_ in ("how", "what", "why") for c in a.children)
                      for a in token.ancestors)
        if named and not general and token.i != span.start and not re.search(rf"(?<!\w){re.escape(token.text)}(?!\w)", elsewhere):
            return False  # a name kept only here ("exposure to Epic"): the fact stays, in a fact sentence
    for action in getattr(profile, "actions", None) or ():
        if start <= action.start < end and getattr(action, "role", False) and action.lemma not in words:
            return False
    return True


GROWTH_REASON = ("says what the experience taught or gave you, not what you did; show it with a task, a number "
                 "or a result, or leave it out")


TRAIT_THROUGH_REASON = ("a trait claim: it says what the experience made of you, not what you did; show it with a "
                        "task, a number or a result")


def trait_through_the_experience(builder, start: int, end: int, inside) -> bool:
    """A sentence (or a clause split off a run-on) whose subject is the experience and whose object is the
    applicant, and which a filler rule flags for a trait ("this house job has shaped me into a hardworking and
    dedicated doctor", "The rotation made me a better team player"): once the trait words go nothing is left
    but "made me a doctor", so it goes whole and is listed. Never one with a number, nor one of the applicant's
    own acts ("I made the patients comfortable")."""
    from erasl.docs import FAMILIES

    span = builder.doc.char_span(start, end, alignment_mode="expand")
    if span is None or re.search(r"\d", span.text):
        return False
    rules = builder.rw.rules
    if not any(d.code in rules and rules[d.code].rewrite == "leave-out" and FAMILIES.get(d.code[0]) == "filler"
               and d.code.startswith("F2") for d in inside):
        return False
    root = span.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in ("i", "we") or subject.pos_ == "PRON" and subject.lower_ not in ("it", "this", "that"):
        return False
    return any(c.dep_ == "dobj" and c.lower_ in ("me", "us") for c in root.children)


def weaker_than_it_reads(rewriter, entry, doc) -> str | None:
    """Why an entry no rule warns about is still no strong entry, or None when it is one: shorthand the
    skeleton writes out ("~3 yrs", "pts"), a closing line about why the applicant chose medicine (personal-
    statement material), or the applicant's own verbs in more than one tense form in a finished entry ("were
    dispensing ... used to inform ... did the audit"). Such an entry gets the skeleton, never "tightened"."""
    from erasl.skeleton_register import dates_in_words, said_in_full, write_out

    text = entry.text
    # a numeric date the skeleton says in words ("04/2021") is no shorthand, nor "Jul 2025" or a lower-case place;
    # a lower-case name after a title is
    if re.search(r"~\s*\d", text) or any(write_out(line) != said_in_full(dates_in_words(line))
                                         for line in text.splitlines() if line.strip()):
        return "shorthand"
    patterns = rewriter.data.get("order", {}).get("motivation", [])
    sentences = list(doc.sents)
    if len(sentences) > 1 and any(re.search(p, sentences[-1].text, re.IGNORECASE) for p in patterns):
        return "a closing motivation line"
    if entry.profile.ongoing is False and len(_tense_forms(doc, entry.profile)) > 1:
        return "mixed tense"
    from erasl.skeleton_edits import sentence_of_thanks_or_aspiration

    if any(sentence_of_thanks_or_aspiration(sentence) for sentence in sentences):
        return "a line of thanks or aspiration"
    return None


def _tense_forms(doc, profile) -> set[str]:
    """The forms the applicant's own finite verbs take: simple past ("did"), past progressive ("was doing"),
    habitual ("used to inform"), present ("check")."""
    forms: set[str] = set()
    by_start = {t.idx: t for t in doc}
    for action in profile.actions:
        token = by_start.get(action.start)
        if token is None or token.dep_ in ("xcomp", "advcl", "acl", "relcl", "pcomp"):
            continue
        # only verbs said with the applicant as their subject ("I was doing", "I also did"): a résumé fragment's
        # verb ("Splinted 40 fractures") is read too loosely by the tagger to count
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "we", "myself") for c in token.children):
            continue
        auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        if token.lower_ == "used" and any(c.tag_ == "VB" for c in token.children if c.dep_ == "xcomp"):
            forms.add("habitual")
        elif token.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ == "VBD" for a in auxiliaries):
            forms.add("progressive")
        elif token.tag_ == "VBD" and not auxiliaries:
            forms.add("past")
        elif token.tag_ in ("VBP", "VBZ") and not auxiliaries:
            forms.add("present")
    return forms


def tighten(rewriter, doc, text: str, left_out: list[dict]) -> str:
    """A strong entry's own words, tightened: shorthand written out ("~3 yrs" -> "about 3 years"), and a line
    about why the applicant chose medicine, of thanks or of aspiration left out (listed)."""
    from erasl.skeleton_register import write_out

    from erasl.skeleton_edits import sentence_of_thanks_or_aspiration

    patterns = rewriter.data.get("order", {}).get("motivation", [])
    for sentence in doc.sents:
        said = sentence.text.strip()
        wish = sentence_of_thanks_or_aspiration(sentence)
        if said and said in text and wish:
            text = text.replace(said, "", 1)
            left_out.append({"text": said, "reason": wish})
        elif said and said in text and any(re.search(p, said, re.IGNORECASE) for p in patterns):
            text = text.replace(said, "", 1)
            left_out.append({"text": said, "reason": "why you chose medicine: it belongs in the personal statement"})
    text = re.sub(r"(?<![\w])~\s?(?=\d)", "about ", text)
    return "\n".join(write_out(line) if line.strip() else line for line in text.split("\n"))
