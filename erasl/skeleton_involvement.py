"""Shared work said at the draft's own level: neither over- nor under-claiming the applicant's part.

"I was involved in writing the manuscript" is a share of the writing, never "Wrote the manuscript"; "part of
the team that ran a free clinic" is "Helped run a free clinic", never "Ran"; "took part in the city vaccination
campaigns" is joining them, never "Vaccinated". The skeleton names the share and asks for the applicant's own
part as a [placeholder]. A capacity claimed in front of a task ("I was able to assist in 15 cesarean
sections") goes, and the task stays ("Assisted in 15 cesarean sections"). A negated clause stays as written.
The words live in rules/lexicon/lexicon.toml [involvement]; the skeleton builder calls `say_shared_work`.
"""

from __future__ import annotations

from functools import lru_cache

from erasl.registry import RuleFileError

INVOLVEMENT_TABLE = "involvement"
_PHRASE_LISTS = ("involved", "took-part", "membership", "capacity")
_WORD_LISTS = ("gatherings", "leading", "shared-verbs", "reflexive")
_BE_FORMS = frozenset({"be", "am", "is", "are", "was", "were", "been", "being"})
_GROUPS = frozenset({"team", "group", "staff", "unit", "department", "service", "crew", "committee", "society",
                     "club", "squad", "taskforce", "task"})
# what leaves the share as it is, unsaid by the skeleton: "I was not involved", "never took part", "hardly"
_NEGATIONS = frozenset({"not", "n't", "never", "no", "hardly", "barely", "neither", "nor"})


def read_involvement(raw, where: str = "rules/lexicon/lexicon.toml") -> dict:
    """[involvement] validated: phrase and word lists of lower-case strings, and the own-part prompt."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise RuleFileError(f"{where}: [{INVOLVEMENT_TABLE}] must be a table")
    known = set(_PHRASE_LISTS) | set(_WORD_LISTS) | {"own-part"}
    for key, value in raw.items():
        if key not in known:
            raise RuleFileError(f"{where}: [{INVOLVEMENT_TABLE}] unknown key {key!r} (known: {', '.join(sorted(known))})")
        if key == "own-part":
            if not isinstance(value, str) or not (value.startswith("[") and value.endswith("]")):
                raise RuleFileError(f"{where}: [{INVOLVEMENT_TABLE}] own-part must be a [placeholder]")
            continue
        if not isinstance(value, list) or not all(isinstance(v, str) and v == v.lower() and v.strip() for v in value):
            raise RuleFileError(f"{where}: [{INVOLVEMENT_TABLE}] {key} must be a list of lower-case words")
    return raw


@lru_cache(maxsize=1)
def involvement_words() -> dict:
    """The [involvement] table of the lexicon, read once."""
    from erasl.lexicon import lexicon_file

    return read_involvement(lexicon_file().get(INVOLVEMENT_TABLE))


def shared_verbs() -> frozenset[str]:
    """Verbs that say a share of others' work ("help", "assist"): one is varied only with another."""
    return frozenset(involvement_words().get("shared-verbs", []))


def reflexive_verbs() -> frozenset[str]:
    """Verbs that take "myself" when said of oneself with "with" ("familiarized myself with")."""
    return frozenset(involvement_words().get("reflexive", []))


def _key(token) -> str:
    """A token as the phrase lists write it: auxiliaries as "be", verbs as their lemma, a participle as written."""
    if token.lower_ in _BE_FORMS:
        return "be"
    if token.tag_ == "VBN" and token.lower_.endswith("ed"):
        return token.lower_  # "involved", "allowed": written as the participle
    if token.pos_ in ("VERB", "AUX"):
        return token.lemma_.lower()
    return token.lower_


def _phrase_at(doc, first: int, phrases) -> int | None:
    """The index just after the listed phrase that starts at token `first`, skipping adverbs ("was actively
    involved in"); None when none starts there."""
    for phrase in sorted(phrases, key=len, reverse=True):
        words = phrase.split()
        at, matched = first, 0
        while at < len(doc) and matched < len(words):
            if doc[at].pos_ == "ADV" and _key(doc[at]) != words[matched]:
                at += 1  # "was also involved in", "was directly able to"
                continue
            if _key(doc[at]) != words[matched]:
                break
            at, matched = at + 1, matched + 1
        if matched == len(words):
            return at
    return None


def _negated(doc, first: int, last: int, start_token: int) -> bool:
    """A negation in the clause before or inside the phrase: "I did not take part in", "was never involved"."""
    return any(t.lower_ in _NEGATIONS or t.dep_ == "neg" for t in doc[max(start_token, first - 3):last])


def _object_end(head) -> int:
    """Where the phrase the share is about ends: the head's words, without a clause or comma hung after it
    ("writing the manuscript | , which was published in 2023")."""
    end = head.i
    for token in head.subtree:
        if token.i < head.i:
            continue
        ancestor, inside_clause = token, False
        while ancestor.i != head.i:
            if ancestor.dep_ in ("relcl", "advcl", "acl", "appos", "ccomp", "parataxis") and ancestor.i > head.i \
                    or ancestor.dep_ == "conj" and ancestor.pos_ in ("VERB", "AUX"):
                inside_clause = True
                break
            ancestor = ancestor.head
        if inside_clause or token.is_space or token.is_punct and token.text not in ("-", "/", "&", "%"):
            continue  # a list's commas stay inside ("management of DKA, MI and CKD patients")
        end = max(end, token.i)
    doc = head.doc
    while end + 1 < len(doc) and doc[end + 1].pos_ in ("NOUN", "PROPN") and doc[end + 1].head.i in (head.head.i, end + 1):
        end += 1  # "daily sign-out rounds": the tagger split the noun phrase into two objects; the prompt follows both
    return end


def _with_own_part(builder, last_token, text_end: int) -> tuple[int, str]:
    """Where the own-part prompt goes and how: ": [your own part: ...]" at the clause's end, else in brackets."""
    prompt = involvement_words().get("own-part", "[your own part]")
    doc = builder.doc
    after = doc[last_token.i + 1] if last_token.i + 1 < len(doc) else None
    if after is not None and after.text == ")" and after.idx < text_end:
        last_token, after = after, (doc[after.i + 1] if after.i + 1 < len(doc) else None)
    if after is not None and after.text == "(" and after.idx < text_end:
        # "writing of the manuscript (in preparation)": the parenthesis belongs to the phrase; the prompt follows it
        closing = next((t for t in doc[after.i:] if t.text == ")" and t.idx < text_end), None)
        if closing is not None:
            last_token = closing
            after = doc[closing.i + 1] if closing.i + 1 < len(doc) else None
    at = last_token.idx + len(last_token.text)
    if after is None or after.idx >= text_end or after.text in (".", "!", ";") or after.is_sent_start or after.is_space:
        return at, f": {prompt}"
    return at, f" ({prompt})"


def _lead(builder, span, start: int):
    """The token the rewrite starts at: "I" or "we" just before the phrase, else the phrase's first word."""
    doc = builder.doc
    lead = span[0].i
    if span[0].lower_ in ("i", "we"):
        return lead
    if lead > 0 and doc[lead - 1].lower_ in ("i", "we") and doc[lead - 1].idx >= start:
        return lead - 1
    return lead


def _say(builder, lead_i: int, words: str, start: int) -> str:
    """The verb phrase in the entry's tense and person, placed where the phrase stood."""
    from erasl.skeleton import inflect

    doc = builder.doc
    verb, _, rest = words.partition(" ")
    formed = f"{inflect(verb, builder.tense)} {rest}".strip()
    token = doc[lead_i]
    at_start = token.idx == start or token.is_sent_start
    if token.lower_ == "we":
        return f"{token.text} {formed}"
    if token.lower_ == "i" and not at_start:
        return f"I {formed}"
    if at_start and builder.tense != "past":
        return f"I {formed}"
    if at_start:
        return formed[:1].upper() + formed[1:]
    return formed


def _choice(builder, lead_i: int, start: int) -> str:
    """'[Joined/took part in]' in the entry's tense, placed where the phrase stood."""
    doc = builder.doc
    token = doc[lead_i]
    at_start = token.idx == start or token.is_sent_start
    past = builder.tense == "past"
    choice = "[joined/took part in]" if past else "[join/take part in]"
    if token.lower_ == "we":
        return f"{token.text} {choice}"
    if (token.lower_ == "i" and not at_start) or (at_start and not past):
        return f"I {choice}"
    if at_start:
        return "[" + choice[1].upper() + choice[2:]
    return choice


def say_shared_work(builder, span, d, start: int, end: int, edits) -> bool | None:
    """Say a share of shared work at the draft's level. True when the words were handled (rewritten, or a negated
    clause kept as written), None when the flagged words say no share of work this module reads."""
    words = involvement_words()
    if not words:
        return None
    doc = builder.doc
    first = span[1].i if len(span) > 1 and span[0].lower_ in ("i", "we") else span[0].i
    start_token = doc.char_span(start, end, alignment_mode="expand")
    start_token = start_token.start if start_token is not None else 0
    for kind in ("capacity", "involved", "took-part", "membership"):
        after = _phrase_at(doc, first, words.get(kind, []))
        if after is None:
            continue
        if _negated(doc, first, after, start_token):
            # "I was not able to assist", "I did not take part in the surgeries": a fact as the draft says it; the
            # sentence stays as written, never cut and never turned into a claim
            builder.listed.add(id(d))
            return True
        lead = _lead(builder, span, start)
        if kind == "capacity":
            return _capacity(builder, lead, after, start, end, edits, d)
        if kind == "membership":
            return _team_deed(builder, lead, after, start, end, edits, d)
        return _share(builder, kind, lead, after, start, end, edits, d)
    return None


def _capacity(builder, lead: int, after: int, start: int, end: int, edits, d) -> bool | None:
    """'I was able to assist in 15 cesarean sections' -> 'Assisted in 15 cesarean sections'."""
    doc = builder.doc
    if after >= len(doc) or doc[after].idx >= end or doc[after].tag_ not in ("VB", "VBP") \
            or doc[after].lemma_.lower() in ("be", "have", "do"):
        return None  # "was able to | [no task]": the builder's own reading
    verb = doc[after]
    said = _say(builder, lead, verb.lemma_.lower(), start)
    if not edits.add(doc[lead].idx, verb.idx + len(verb.text), said):
        return None
    builder.listed.add(id(d))
    builder._done_verbs.add(verb.i)
    builder._retense_infinitives(verb, end, edits)  # "... and to see how" -> "... and saw how"
    return True


def _share(builder, kind: str, lead: int, after: int, start: int, end: int, edits, d) -> bool | None:
    """'was involved in writing the manuscript' -> 'Participated in writing the manuscript: [your own part: ...]';
    'took part in the city vaccination campaigns' -> '[Joined/took part in] the city vaccination campaigns: [...]'."""
    doc = builder.doc
    if after >= len(doc) or doc[after].idx >= end or doc[after].is_punct:
        return None
    head = doc[after]
    gerund = head.tag_ == "VBG" or head.lower_.endswith("ing") and head.pos_ in ("VERB", "NOUN")
    if not gerund:
        # the noun the share is about: the head of the phrase after the preposition ("the city vaccination campaigns")
        head = next((t for t in doc[after:min(len(doc), after + 6)] if t.dep_ == "pobj" and t.idx < end), None)
        if head is None:
            return None
        from erasl.skeleton import _PROJECTS

        if kind == "involved" and head.lemma_.lower() in _PROJECTS | {"research"}:
            return None  # "was involved in clinical research": worked on it, the builder's own reading
    gathering = head.lemma_.lower() in involvement_words().get("gatherings", []) or head.lower_ in involvement_words().get(
        "gatherings", [])
    if kind == "took-part":
        said = _choice(builder, lead, start)
        if gerund:
            said = _say(builder, lead, "take part in", start)  # "took part in organizing": joining the task, as written
    else:
        said = _say(builder, lead, "participate in", start)
    if not edits.add(doc[lead].idx, doc[after].idx, said + " "):
        return None
    if not gathering:
        last = doc[_object_end(head)]
        at, prompt = _with_own_part(builder, last, end)
        edits.add(at, at, prompt)
    builder.left_out.append({"text": " ".join(doc[lead:after].text.split()), "reason": f"{d.code}: {d.message}"})
    builder.listed.add(id(d))
    if gerund:
        builder._done_verbs.add(head.i)
    return True


def _team_deed(builder, lead: int, after: int, start: int, end: int, edits, d) -> bool | None:
    """'I was part of the team that ran a free clinic' -> 'Helped run a free clinic: [your own part: ...]': what a
    group leads is no member's claim; another deed stays the builder's choice ("[Collected/helped collect]")."""
    doc = builder.doc
    group = next((t for t in doc[after:min(len(doc), after + 5)] if t.lemma_.lower() in _GROUPS and t.idx < end), None)
    if group is None:
        return None
    deed = next((c for c in group.children if c.dep_ == "relcl" and c.pos_ == "VERB"
                 and any(g.lower_ in ("that", "who", "which") and g.dep_ in ("nsubj", "nsubjpass") for g in c.children)),
                None)
    if deed is None or deed.lemma_.lower() not in involvement_words().get("leading", []):
        return None
    if any(c.dep_ == "neg" for c in deed.children):
        builder.listed.add(id(d))
        return True  # "the team that did not run it": as written
    said = _say(builder, lead, f"help {deed.lemma_.lower()}", start)
    if not edits.add(doc[lead].idx, deed.idx + len(deed.text), said):
        return None
    last = doc[_object_end(deed)]
    at, prompt = _with_own_part(builder, last, end)
    edits.add(at, at, prompt)
    builder.left_out.append({"text": " ".join(doc[lead:deed.i].text.split()), "reason": f"{d.code}: {d.message}"})
    builder.listed.add(id(d))
    builder._done_verbs.add(deed.i)
    return True
