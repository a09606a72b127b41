"""Rewrites that never make the English worse: each sentence the skeleton edits, read against the draft's.

The skeleton's passes (re-tensing, articles, counts, splitting) each see a few words; what one of them breaks
shows only in the whole sentence. Read from both parses, an edit must not add:

- a noun or an -ing word the draft used as a noun or a modifier, turned into a past verb ("Family updates were
  given" -> "Family updated were given", "16S sequencing analysis" -> "16S sequenced analysis", "learned dressing
  of wounds and giving the stitches" -> "... and gave the stitches");
- an article inside a noun phrase, or before "more" and an uncounted noun ("rotating internship" -> "rotating an
  internship", "need more practice" -> "needed a more practice");
- a capital after an abbreviation's full stop ("pres. to attending" -> "pres. To attending");
- a count on a singular or uncounted noun ("[N] diabetes");
- one verb of a pair put in the past, the other left in the present ("[Drafted/prepared] mock exams and go
  through the results");
- an auxiliary moved before the adverb the draft had after it ("have always dreamed" -> "always have dreamed").

`english_made_worse` says what, for the builder's guard (erasl/skeleton.py `broken`); `undo_worse_english` reads
the finished skeleton, after every later pass, and puts the draft's own words back where an edit broke them.
Tags, dependencies and lemminflect; no word lists.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

_PAST_TAGS = ("VBD", "VBN")


def _verb_lemma(word: str) -> str | None:
    from lemminflect import getLemma

    found = getLemma(word.lower(), upos="VERB")
    return found[0] if found else None


def _dictionary_verb(word: str) -> bool:
    """English has the word as a verb ("perform"), not only lemminflect's guess for any word ("then")."""
    from lemminflect import getAllLemmas

    return "VERB" in getAllLemmas(word.lower())


def _plural_noun(word: str) -> bool:
    """A noun's plural ("sutures", "calls"), not a word that merely ends in s ("dress", "pass")."""
    from lemminflect import getAllLemmas

    return any(lemma != word.lower() for lemma in getAllLemmas(word.lower()).get("NOUN", ()))


def _is_past_form(word: str) -> bool:
    from lemminflect import getInflection

    lemma = _verb_lemma(word)
    return bool(lemma) and word.lower() in {form.lower() for tag in _PAST_TAGS
                                           for form in getInflection(lemma, tag=tag)} and word.lower() != lemma


_AUXILIARIES = {"am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "do", "does", "did",
                "will", "would", "can", "could", "shall", "should", "may", "might", "must", "to"}


def _plain(text: str) -> str:
    """A skeleton sentence as the parser should read it: a choice as its first alternative, "[N]" as a number,
    any other placeholder as a noun."""
    text = re.sub(r"\[N\]", "12", text)
    text = re.sub(r"\[([^\]/]+)/[^\]]*\]", r"\1", text)
    return re.sub(r"\[[^\]]*\]", "things", text)


def _changed_words(source_words: list[str], output_words: list[str]):
    """(source index, output index) of each word the edit changed one for one ("updates" -> "updated")."""
    matcher = difflib.SequenceMatcher(a=[w.lower() for w in source_words], b=[w.lower() for w in output_words],
                                      autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "replace":
            for offset in range(min(a1 - a0, b1 - b0)):
                yield a0 + offset, b0 + offset


@lru_cache(maxsize=1)
def _numbered_labels() -> frozenset[str]:
    """Nouns that name a class or a place by a number after them (rules/rewrite/facts.toml [tense])."""
    from erasl.facts import load_rewrite_data

    return frozenset(load_rewrite_data().get("tense", {}).get("numbered-labels", []))


def _a_numbered_label(word: str, following: list[str]) -> bool:
    """"type 1 diabetes", "ward 7.", "stage 3 cancer": a label's noun and its number; never "type 40 notes", a count
    of a plural the verb acts on."""
    from erasl.nlp import plural_of_a_noun

    if word.lower() not in _numbered_labels() or not following or not following[0].isdigit():
        return False
    counted = following[1] if len(following) > 1 else ""
    return not (counted.isalpha() and plural_of_a_noun(counted))


def _retensed_out_of_place(source_words: list[str], output_words: list[str]) -> str | None:
    """A word the edit put in the past where no verb can stand: before an auxiliary ("Family updated were
    given"), right after another verb ("Perform sutured"), inside a noun phrase ("16S sequenced analysis"), or
    beside a gerund it was coordinated with ("learned dressing of wounds and gave the stitches")."""
    for a, b in _changed_words(source_words, output_words):
        before, after = source_words[a], output_words[b]
        if not after.isalpha() or not _is_past_form(after) or _verb_lemma(before) != _verb_lemma(after):
            continue
        following = output_words[b + 1].lower() if b + 1 < len(output_words) else ""
        previous = output_words[b - 1] if b > 0 else ""
        if _a_numbered_label(before, source_words[a + 1:a + 3]):
            return f'turned "{before} {source_words[a + 1]}" into the verb "{after}"'
        if following in ("was", "were", "is", "are", "had", "has", "have"):
            return f'turned "{before}" into the verb "{after}" before "{following}"'
        if previous.isalpha() and previous.lower() not in _AUXILIARIES and _dictionary_verb(previous) \
                and previous.lower() == _verb_lemma(previous) and b > 0 and source_words[a - 1] == previous \
                and _plural_noun(before):  # "Perform sutures" -> "sutured"; not "then dress" -> "then dressed"
            return f'put "{after}" right after the verb "{previous}"'
        if before.lower().endswith("ing"):
            prior = source_words[a - 1] if a > 0 else ""
            if re.fullmatch(r"\d\w*|[A-Z0-9]{2,}", prior):
                return f'turned "{before}" in "{prior} {before}" into the verb "{after}"'
            if prior.lower() in ("and", "or"):
                partner = next((w for w in reversed(source_words[:a - 1]) if w.lower().endswith("ing")), None)
                if partner is not None and partner in output_words[:b]:
                    return f'turned "{before}" into "{after}" beside "{partner}"'
    return None


def _article_inside_a_phrase(output: str, source: str, read) -> str | None:
    """An article the draft did not have, put before "more" ("a more practice") or between a modifier and its
    noun ("rotating an internship")."""
    for token in read:
        if token.lower_ not in ("a", "an") or token.i == 0 or token.i + 1 >= len(read):
            continue
        before, after = read[token.i - 1], read[token.i + 1]
        if after.lower_ in ("more", "less", "much") and not re.search(rf"\b{token.lower_}\s+{after.lower_}\b", source,
                                                                       re.IGNORECASE):
            return f'put "{token.text}" before "{after.text}"'
        together = rf"\b{re.escape(before.text)}\s+{re.escape(after.text)}\b"
        if not re.search(together, source, re.IGNORECASE) or re.search(
                rf"\b{re.escape(before.text)}\s+{token.lower_}\s+{re.escape(after.text)}\b", source, re.IGNORECASE):
            continue
        if before.tag_ in ("JJ", "NN", "NNS", "NNP", "CD") or (
                before.tag_ == "VBG" and (before.i == 0 or read[before.i - 1].is_punct)):
            return f'put "{token.text}" inside "{before.text} {after.text}"'
    return None


_ABBREVIATION_CAPITAL = re.compile(r"\b([a-z]{1,6})\.\s+([A-Z][a-z]+)\b")


# words that continue a sentence and never start one in a draft: after "pres." they show the stop was an
# abbreviation's ("pres. to attending"), not a sentence's end ("3 weeks. we saw")
_CONTINUING = frozenset({"to", "of", "for", "with", "and", "or", "on", "in", "at", "by", "from", "per", "via", "re"})


def _capital_after_abbreviation(output: str, source: str) -> str | None:
    for match in _ABBREVIATION_CAPITAL.finditer(output):
        if match.group(2).lower() in _CONTINUING and re.search(rf"\b{re.escape(match.group(1))}\.\s+{match.group(2).lower()}\b", source):
            return f'put a capital after "{match.group(1)}." ("{match.group(2)}")'
    return None


def _count_on_a_singular(output: str) -> str | None:
    """"[N] diabetes": a count on a noun phrase with no plural in it. The count is on the phrase's head, so "[N]
    complex renal cases" and "[N] trauma and blast injury patients" count their plurals."""
    from lemminflect import getLemma

    for match in re.finditer(r"\[N\]\s+([a-z]+)\b(?![-/])", output):
        word = match.group(1)
        phrase = [word]
        for following in re.findall(r"[a-z-]+|[^\sa-z]", output[match.end():])[:5]:
            if not following[0].isalpha() or following in _PHRASE_ENDS:
                break
            phrase.append(following)
        if any(_plural_noun(w) for w in phrase):
            continue
        lemma = getLemma(word, upos="NOUN")
        if lemma and lemma[0] == word:
            return f'counted "{word}", which is not a plural'
    return None


_PHRASE_ENDS = {"were", "was", "is", "are", "per", "in", "on", "of", "for", "with", "at", "to", "from", "by", "a",
                "the", "each", "every", "who", "that", "which", "i", "we"}


def _one_verb_of_a_pair_in_the_past(read, source: str) -> str | None:
    """"[Drafted/prepared] mock exams and go through the results": of the draft's two present verbs, one moved."""
    for token in read:
        if token.dep_ != "conj" or token.tag_ not in ("VBP", "VB") or not _is_past_form(token.head.text):
            continue
        if any(child.dep_ in ("aux", "nsubj") for child in token.children):
            continue
        said = [word.lower() for word in re.findall(r"\b(?:and|or)\s+(\w+)", source) if _verb_lemma(word) == token.lemma_]
        as_written = token.lower_ in said and re.search(rf"\b{re.escape(token.head.text)}\b", source)
        if said and not as_written:  # the draft's pair agreed, or said other forms: the edit split them
            return f'put "{token.head.text}" in the past and "{token.text}" in the present'
    return None


_ADVERB_BEFORE_AUXILIARY = re.compile(r"\b(always|never|already|often|also|just|ever)\s+(have|has|had)\s+(\w+ed|\w+en)\b",
                                      re.IGNORECASE)


def _auxiliary_moved(output: str, source: str) -> str | None:
    for match in _ADVERB_BEFORE_AUXILIARY.finditer(output):
        adverb, auxiliary = match.group(1), match.group(2)
        if match.group(0).lower() not in source.lower():  # "have always dreamed", or "always dreamed", in the draft
            return f'moved "{adverb}" before "{auxiliary}"'
    return None


def english_made_worse(nlp, source: str, output: str) -> str | None:
    """What the edit from the draft's sentence `source` to `output` made worse in its English, else None.
    A placeholder is read as a word ("[N]" as 12, a choice as its first alternative)."""
    if output.strip() == source.strip():
        return None
    words = re.compile(r"[\w'&-]+|[^\w\s]")
    problem = _capital_after_abbreviation(output, source) or _auxiliary_moved(output, source) \
        or _retensed_out_of_place(words.findall(_plain(source)), words.findall(_plain(output))) \
        or _count_on_a_singular(output)
    if problem:
        return problem
    read = nlp(_plain(output))
    return _article_inside_a_phrase(output, source, read) or _one_verb_of_a_pair_in_the_past(read, source)


def one_sentence(text: str) -> bool:
    """The text is one sentence (a rewrite unit can hold several, the next one maybe in lower case)."""
    return not re.search(r"[a-z0-9)\]][.!?]\s+\S", text.strip())


def _content_words(text: str) -> set[str]:
    return {word.lower() for word in re.findall(r"[A-Za-z][A-Za-z'-]+|\d+", re.sub(r"\[[^\]]*\]", " ", text))}


def draft_sentence_of(output: str, draft_sentences: list[str]) -> str | None:
    """The draft's sentence a skeleton sentence was made from: the one sharing most of its words (None for a
    sentence the skeleton wrote itself, a prompt or a heading of facts)."""
    words = _content_words(output)
    if len(words) < 3:
        return None
    best, best_share = None, (0.0, 0.0)
    for sentence in draft_sentences:
        theirs = _content_words(sentence)
        if not theirs:
            continue
        share = (len(words & theirs) / len(words), len(words & theirs) / len(words | theirs))
        if share > best_share:
            best, best_share = sentence, share
    return best if best_share[0] >= 0.6 and best_share[1] >= 0.3 else None


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """The skeleton's sentences, and within them the ones a lower-case draft ran on ("... and [N] peds. she let
    me do vitals"): each is read against its own draft sentence."""
    from erasl.skeleton_guard import output_sentence_spans

    spans = []
    for start, end in output_sentence_spans(text):
        begin = start
        for stop in re.finditer(r"(?<=[a-z0-9)\]][.!?])\s+(?=[a-z])", text[start:end]):
            spans.append((begin, start + stop.start()))
            begin = start + stop.end()
        spans.append((begin, end))
    return spans


def _abbreviations_as_written(text: str, draft_text: str) -> str:
    """"pres. To attending" -> "pres. to attending": a word after an abbreviation's full stop keeps the draft's
    lower case (a pass that starts sentences at every full stop capitalised it)."""
    def lowered(match: re.Match) -> str:
        if _capital_after_abbreviation(match.group(0), draft_text):
            return match.group(0)[:-len(match.group(2))] + match.group(2).lower()
        return match.group(0)

    return _ABBREVIATION_CAPITAL.sub(lowered, text)


def undo_worse_english(rewriter, suggestion, draft_text: str) -> None:
    """After every pass: a skeleton sentence whose edit made the English worse than the draft's sentence goes
    back to the draft's words, and is listed as kept in the applicant's words."""
    if not suggestion.text:
        return
    # a draft typed in lower case has no capital after its full stops: its sentences end at any stop and a space
    draft_sentences = [" ".join(piece.split()) for line in draft_text.splitlines()
                       for piece in re.split(r"(?<=[a-z0-9)][.!?])\s+", line) if piece.strip()]
    text = _abbreviations_as_written(suggestion.text, draft_text)
    for start, end in reversed(_sentence_spans(text)):
        sentence = text[start:end]
        source = draft_sentence_of(sentence, draft_sentences)
        if source is None or source == sentence:
            continue
        problem = english_made_worse(rewriter.nlp, source, sentence)
        if problem is None:
            continue
        kept = source[:1].upper() + source[1:]
        if kept[-1:] not in ".!?":
            kept += "."
        text = text[:start] + kept + text[end:]
        suggestion.not_rewritten.append({"text": kept, "reason": f"kept in your words: the rewrite {problem}"})
    suggestion.text = text
