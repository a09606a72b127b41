"""Sentences that, once their filler is gone, only evaluate the experience ("The experience was useful for me"),
claim a trait or growth ("developed my cultural competency"), say what it did for the applicant's career ("which
was very helpful for my future career"), teach a lesson with no act ("Learned how to work in a team") or describe
the institution ("one of the largest cardiac centers in the South") leave the skeleton, listed with their reason:
the same classes wherever they appear, whatever else flagged them (rules/rewrite/evaluation.toml). A fact such a
sentence holds never goes silently: its clause is kept as a sentence of its own, or the fact is put in a line of
its own ("Before this: 20 years as cardiologist in Aleppo and Damascus."), else it is named in the left-out list."""

from __future__ import annotations

import re
from functools import lru_cache
from types import SimpleNamespace

from erasl.registry import rules_dir

# where an evaluation clause can hang on a sentence and go alone (erasl/skeleton_filler.py cuts it)
_CLAUSE_DEPS = frozenset({"conj", "relcl", "advcl", "ccomp"})


@lru_cache(maxsize=1)
def evaluation_data() -> dict:
    """rules/rewrite/evaluation.toml [evaluation], with its patterns compiled once."""
    import tomllib

    with (rules_dir() / "rewrite" / "evaluation.toml").open("rb") as handle:
        data = tomllib.load(handle)["evaluation"]
    data["compiled"] = {name: [re.compile(p, re.IGNORECASE) for p in patterns]
                        for name, patterns in data["patterns"].items()}
    return data


def evaluation_spans(text: str) -> list[tuple[int, int, str]]:
    """Each stretch of the text that only evaluates, claims, credits the experience or describes the place:
    (start, end, class), in text order."""
    found = [(m.start(), m.end(), name) for name, patterns in evaluation_data()["compiled"].items()
             for pattern in patterns for m in pattern.finditer(text) if m.end() > m.start()]
    return sorted(found, key=lambda f: (f[0], -f[1]))  # the longer reading first where two start together


def _covered(token, spans) -> str | None:
    for start, end, name in spans:
        if start <= token.idx < end:
            return name
    return None


def whole_sentence_class(sentence, spans) -> str | None:
    """The class of an evaluation that holds the sentence's main verb (or its complement) and every clause joined
    to it: nothing of the sentence stands without it. None when some clause says something else."""
    root = sentence.root
    heads = [root] + [t for t in root.children if t.dep_ in ("attr", "acomp", "xcomp", "dobj") and root.lemma_ == "be"]
    name = next((n for n in (_covered(t, spans) for t in heads) if n), None)
    if name is None:
        return None
    for clause in (t for t in root.children if t.dep_ in ("conj", "ccomp", "advcl") and t.pos_ in ("VERB", "AUX")):
        if _covered(clause, spans) is None and not any(_covered(t, spans) for t in clause.children
                                                         if t.dep_ in ("attr", "acomp", "dobj", "xcomp")):
            return None
    return name


def _reason(name: str) -> str:
    return evaluation_data()["reasons"][name]


def leave_out_evaluation(builder, units: list, keep_first: bool = False) -> list:
    """Leave out each sentence that only evaluates, claims or describes (its class's reason listed), and cut an
    evaluation clause hung on a sentence that says more; a sentence's facts are kept (`keep_lost_facts`)."""
    from erasl.skeleton_edits import _key
    from erasl.skeleton_filler import cut_flagged_filler

    kept = []
    for index, unit in enumerate(units):
        if (keep_first and index == 0) or "[" in unit.text:
            kept.append(unit)
            continue
        spans = evaluation_spans(unit.text)
        if not spans:
            kept.append(unit)
            continue
        doc = builder.rw.nlp(unit.text)
        draft = " ".join(builder.text[unit.start:unit.end or unit.start + len(unit.text)].split())
        sentences = list(doc.sents)
        classes = [whole_sentence_class(sentence, spans) for sentence in sentences]
        if all(classes):
            builder.left_out.append({"text": draft, "reason": _reason(classes[0])})
            builder.not_rewritten[:] = [i for i in builder.not_rewritten if _key(i["text"]) != _key(draft)]
            continue
        if any(classes):
            # a unit of two sentences ("I want to do FM. Would definitely recommend to anyone."): the one that only
            # evaluates goes
            for sentence, name in zip(sentences, classes):
                if name:
                    builder.left_out.append({"text": sentence.text.strip(), "reason": _reason(name)})
            unit.text = " ".join(s.text.strip() for s, name in zip(sentences, classes) if not name)
            kept.append(unit)
            continue
        # a clause of it: cut when the rest stands as a sentence ("..., which was very helpful for my future career")
        clauses = [SimpleNamespace(start=s, end=e, code="left out", message=_reason(n)) for s, e, n in spans
                   if _a_clause(doc, s, e)]
        if clauses and not cut_flagged_filler(builder, unit, clauses, 0):
            _cut_closing_relative(builder, unit, doc, clauses)
        kept.append(unit)
    return kept


def _cut_closing_relative(builder, unit, doc, clauses) -> None:
    """A relative clause that ends the sentence with no comma before it ("... management which was very helpful
    for my future career"): it goes, and the rest ends the sentence."""
    last = clauses[-1]
    span = doc.char_span(last.start, last.end, alignment_mode="expand")
    if span is None or span[0].dep_ not in ("nsubj", "relcl") or span[0].lower_ not in ("which", "that"):
        return
    if unit.text[last.end:].strip(" .") or len(unit.text[:last.start].split()) < 4:
        return
    builder.left_out.append({"text": unit.text[last.start:last.end].strip(), "reason": last.message})
    unit.text = unit.text[:last.start].rstrip(" ,;") + "."


def _a_clause(doc, start: int, end: int) -> bool:
    """The stretch holds a clause's verb hung on the sentence (a relative clause, a joined clause), not a phrase
    inside the main one."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.dep_ in _CLAUSE_DEPS for t in span)


# --- facts of a left-out sentence ---------------------------------------------------------------------------

_NUMBER = re.compile(r"\d")


def sentence_facts(doc) -> list:
    """The tokens of a sentence that state a fact: a number, a name or an acronym past the first word, or a
    topic noun (what a lesson or a brochure line was about: "sepsis", "postpartum hemorrhage")."""
    from erasl.skeleton import _NOT_FACTS

    data = evaluation_data()["facts"]
    generic = set(data["generic"])
    facts = []
    for t in doc:
        if not (t.is_alpha or _NUMBER.search(t.text)):
            continue
        if _NUMBER.search(t.text):
            facts.append(t)
        elif t.i > 0 and t.text[:1].isupper() and t.text != "I" and t.lower_ not in _NOT_FACTS \
                and t.pos_ in ("PROPN", "NOUN", "ADJ"):
            facts.append(t)
        elif t.pos_ == "NOUN" and t.lower_ not in generic and not t.is_stop \
                and any(a.dep_ == "pobj" and a.head.lower_ in data["topic-prepositions"]
                        for a in [t, *t.ancestors][:3]):
            facts.append(t)
    return facts


def _named(word: str) -> bool:
    """A fact worth naming to the applicant: a number or a name ("20", "Aleppo"), not a topic word ("charge")."""
    return bool(_NUMBER.search(word)) or word[:1].isupper()


def _said(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE) is not None


def lost_facts(builder, sentence: str, said: str) -> list[str]:
    """The facts of a left-out sentence that neither the skeleton nor another sentence of the draft says."""
    doc = builder.rw.nlp(sentence)
    return [t.text for t in sentence_facts(doc) if not _said(t.text, said)]


def _clause_of(tokens):
    """The largest clause below the main verb (a verb with its own subject, hung on the sentence) that holds every
    token: "I saw a mother die from ...", not only "a mother die from ..."; or None."""
    candidates = [t for t in [tokens[0], *tokens[0].ancestors] if t.pos_ in ("VERB", "AUX") and t.head.i != t.i
                  and t.dep_ in ("advcl", "ccomp", "conj")
                  and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
                  and all(t.left_edge.i <= f.i <= t.right_edge.i for f in tokens)]
    return candidates[-1] if candidates else None


def _phrase_of(tokens):
    """The smallest phrase below the main verb that holds every token (a prepositional phrase, an object), or None."""
    node = tokens[0]
    while node.head.i != node.i:
        if all(node.left_edge.i <= t.i <= node.right_edge.i for t in tokens) and node.dep_ in ("prep", "pobj", "dobj"):
            return node
        node = node.head
    return None


def _in_relcl(token, top) -> bool:
    """The token is inside a relative clause below `top` ("which performs thousands of procedures")."""
    return any(a.dep_ in ("relcl", "acl") for a in [token, *token.ancestors] if a.i != top.i
               and top.left_edge.i <= a.i <= top.right_edge.i)


def _words(span_tokens) -> str:
    return "".join(t.text_with_ws for t in span_tokens).strip(" ,;")


_VAGUE_QUANTITY = re.compile(r"\b(?:a lot of|lots of|a great deal of|a number of|plenty of|many|several|numerous)\b",
                             re.IGNORECASE)


@lru_cache(maxsize=1)
def _case_endings() -> tuple[str, ...]:
    from erasl.lexicon import lexicon_file

    return tuple(w.lower() for w in lexicon_file().get("wording", {}).get("case-endings", []))


_THERE_IS = {"there was": "there were", "there is": "there are", "There was": "There were", "There is": "There are"}


def counted_as_cases(text: str) -> str:
    """"[N]" before a disease counts its cases: "there was [N] malaria and malnutrition" -> "there were [N] cases
    of malaria and malnutrition" (a disease is a word with one of the lexicon's [wording] case-endings)."""
    found = re.search(r"\[N\]\s+([A-Za-z-]+)", text)
    if found is None or not found.group(1).lower().endswith(_case_endings()):
        return text
    text = text[:found.start(1)] + "cases of " + text[found.start(1):]
    return re.sub(r"\b([Tt]here (?:was|is))(?= (?:\w+ ){0,2}\[N\] cases of)",
                  lambda m: _THERE_IS[m.group(1)], text, count=1)


def fact_line(builder, sentence: str, lost: list[str], about_place: bool = False) -> str | None:
    """A line that keeps a left-out sentence's lost facts and none of its evaluation: the clause that holds them
    when it is an act of its own ("I saw a mother die from postpartum hemorrhage ..."), a prior career as
    "Before this: ...", what a lesson was about as "[What you did in] ..." (asked in the left-out reason, never a
    line); None when no such part holds them all, or the sentence describes the place (its facts are named in
    the reason)"""
    doc = builder.rw.nlp(sentence)
    tokens = [t for t in doc if t.text in lost]
    if not tokens:
        return None
    spans = evaluation_spans(sentence)
    about_place = about_place or any(n == "institution" for _, _, n in spans)
    if about_place:
        return None  # what the place has is named in the left-out reason (`keep_lost_facts`)
    if _VAGUE_QUANTITY.search(sentence) and not any(start == 0 for start, _, _ in spans):
        # left out for a vague quantity: the sentence stays, asking for the number ("[N] cases of gastroenteritis")
        text = counted_as_cases(_VAGUE_QUANTITY.sub("[N]", sentence.strip(), count=1))
        # ... without an evaluation hung on it ("which gave me a good experience in dealing with ...")
        hung = [s for s, _, _ in evaluation_spans(text)]
        if hung:
            text = text[:min(hung)].rstrip(" ,;")
        text = text.rstrip(".") + "."
        return text[:1].upper() + text[1:]
    clause = _clause_of(tokens)
    if clause is not None and clause.dep_ in ("advcl", "ccomp", "conj") and _covered(clause, spans) is None:
        words = [t for t in clause.subtree if not (t.i == clause.left_edge.i and (
            t.dep_ in ("mark", "cc") or t.dep_ == "advmod" and t.lower_ in ("when", "while", "as", "after", "once")))]
        text = _own_act(builder, clause, words)
        return text if text is not None and _a_sentence(builder, text) else None
    phrase = _phrase_of(tokens)
    if phrase is None:
        return None
    if phrase.dep_ == "pobj":
        phrase = phrase.head
    if phrase.dep_ != "prep":
        return None
    # the phrase without its preposition and "my" ("after my 20 years as ..." -> "20 years as ...")
    inner = [t for t in phrase.subtree if t.i != phrase.i and not (t.dep_ == "poss" and t.head.head.i == phrase.i)
             and not _in_relcl(t, phrase)]
    text = _words(inner).rstrip(".")
    if not text:
        return None
    head = phrase.lower_
    if head in ("after", "following", "before") and any(_NUMBER.search(t.text) for t in tokens):
        return f"Before this: {text}."
    if head in ("about", "in", "on") and phrase.head.lemma_ in ("lot", "learn", "knowledge", "exposure", "much"):
        return f"[What you did in] {text}."
    return None


def _own_act(builder, clause, words) -> str | None:
    """The clause said as a sentence of the applicant's: "(which allowed) me to familiarize with the US health
    system" -> "Familiarized myself with the US health system", never the fragment "Me to familiarize with ..."."""
    from erasl.skeleton import inflect
    from erasl.skeleton_involvement import reflexive_verbs

    if len(words) >= 2 and words[0].lower_ in ("me", "us") and words[0].dep_ in ("nsubj", "dobj") :
        rest = [t for t in words[1:] if not (t.lower_ == "to" and t.dep_ == "aux" and t.head.i == clause.i)]
        if not rest or rest[0].i != clause.i:
            return None  # "me | [something other than the act]": no sentence of the applicant's
        lemma = clause.lemma_.lower()
        verb = inflect(lemma, builder.tense)
        after = rest[1] if len(rest) > 1 else None
        if lemma in reflexive_verbs() and after is not None and after.lower_ == "with":
            verb += " myself" if words[0].lower_ == "me" else " ourselves"
        tail = _words(rest[1:])
        text = f"{verb} {tail}".strip() if builder.tense == "past" or words[0].lower_ == "us" else f"I {verb} {tail}".strip()
        if words[0].lower_ == "us":
            text = f"We {text}"
        return text[:1].upper() + text[1:] + "."
    text = _words(words)
    return text[:1].upper() + text[1:] + "."


def _a_sentence(builder, text: str) -> bool:
    """A line the skeleton may add: a sentence with a subject and a finite verb, or a résumé line led by a past
    verb ("Familiarized myself with ..."), never a fragment ("Me to familiarize with ...")."""
    from erasl.skeleton import _past_form

    first = (re.findall(r"[A-Za-z]+", text) or [""])[0]
    return builder._stands_alone(text) or _past_form(first)


def p_covers(text: str, word: str) -> bool:
    return _said(word, text)


def keep_lost_facts(builder, units: list, since: int, make_unit) -> list:
    """Every fact of a sentence left out since `since` (builder.left_out's length before) stays: in a line of its
    own placed where the sentence was, else named in the sentence's left-out reason. `make_unit(text, start, end, slot)`
    builds a skeleton unit."""
    added = []
    for item in builder.left_out[since:]:
        if "limit" in item["reason"] or "facts kept" in item["reason"] or "said nowhere else" in item["reason"]:
            continue
        said = " ".join([u.text for u in units + added] + [builder.facts.title or ""]
                        + [f.value for f in _facts_said_in_the_header(builder.facts)])
        about_place = "V104" in item["reason"] or item["reason"] == _reason("institution")
        prior = fact_line(builder, item["text"], lost_facts(builder, item["text"], said))
        if about_place and not (prior or "").startswith("Before this"):
            lost = [t for t in lost_facts(builder, item["text"], said) if _NUMBER.search(t) or t[:1].isupper()]
            if lost:  # a brochure's numbers and names are told, never made a placeholder line (review 19 start)
                item["reason"] += f"; its facts, said nowhere else: {', '.join(dict.fromkeys(lost))}: keep the ones " \
                                  "that say where you worked"
            continue
        else:
            lost = lost_facts(builder, item["text"], said)
        if not lost:
            continue
        line = fact_line(builder, item["text"], lost, about_place and not (prior or "").startswith("Before this"))
        if line is not None and line.startswith("[What you did in]"):
            topic = line[len("[What you did in] "):].rstrip(".")  # a lesson's topic: asked in the reason, not a line
            item["reason"] += f"; it was about {topic}: say what you did in it"
            continue
        kept_in_line = [word for word in lost if line is not None and _said(word, line)]
        if kept_in_line:
            at = builder.text.find(item["text"][:30])
            slot = "setting" if line.startswith("Before this") else "actions"
            added.append(make_unit(line, max(at, 0), max(at, 0) + len(item["text"]), slot))
            item["reason"] += f"; its facts kept as \"{line}\""
            rest = [word for word in lost if word not in kept_in_line and _named(word)]
            if rest:
                item["reason"] += f"; said nowhere else: {', '.join(dict.fromkeys(rest))}: put them in the entry"
        elif any(_named(word) for word in lost):
            named = [word for word in lost if _named(word)]
            item["reason"] += f"; its facts, said nowhere else: {', '.join(dict.fromkeys(named))}: put them in the entry"
    return units + added



def _facts_said_in_the_header(facts) -> list:
    """The facts a composed opening line says (the institution, the place, the setting, the length)."""
    return [f for group in (facts.institutions, facts.places, facts.settings, facts.specialties)
            for f in group if isinstance(getattr(f, "value", None), str)]
