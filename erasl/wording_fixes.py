"""Translated wording and its US form: the lexicon's [[wording-fixes]] table, read from the parse.

Each entry of rules/lexicon/lexicon.toml [[wording-fixes]] is a family of false friends and calques
("assisted to the rounds", "realized the surgery", "explained me the case") written as a spaCy
DependencyMatcher shape: nodes by lemma and by their place in the parse or the word order, so every
inflection and word order of the family matches. With the shape comes the US form: `fix` says what
each node becomes ("" drops it; a verb or a plural noun is inflected like the word it replaces;
"[a/b]" where US English has more than one form), or `say` writes the whole span from its nodes
("{num}-{unit.lemma}-old"); in `fix`, "{text}" is the node's own word, "{plural}" its plural and "{a}"
the article its sound takes. A family is written once over a class of words: the lexicon's [wording-classes]
names open classes (the uncountable nouns, each adjective's or verb's preposition, British clinical terms
with their US word); a shape says `IN = "@class"` for all its words, and `fix`/`say` "{node@class}" for the
US word the class gives that node's word. The entry profile keeps each finding as a WordingFix (span, draft words, US
words); G101 flags it and names the correction, and the skeleton says it (erasl/skeleton_wording.py).

The parse readings of erasl/grammar.py translated_wording (a department without "the", a role
without "a", "no bed free", "2 practical session") get their US form here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from erasl.grammar_slips import slip_at
from erasl.registry import RuleFileError

WORDING_FIXES_TABLE = "wording-fixes"
_ENTRY_KEYS = {"family", "shape", "fix", "say", "example", "says", "unless"}
_NODE = re.compile(r"\{(\w+)(?:\.(lemma))?\}")
_CLASS_WORD = re.compile(r"\{(\w+)@([\w-]+)\}")  # "{word@prepositions}": the US word the class gives the node's word
CLASSES_TABLE = "wording-classes"


@dataclass
class WordingFix:
    """Words of the draft that read as translated, with the one US form (or "[a/b]" when there are two)."""

    text: str
    start: int
    end: int
    correction: str
    family: str = ""
    # the smallest edits that say it, each [start, end, words], so the skeleton changes only those words
    # ("assisted to the rounds": "assisted" -> "attended", " to" -> ""); empty means the whole span
    changes: list = field(default_factory=list)

    @property
    def ambiguous(self) -> bool:
        return "[" in self.correction


@dataclass(frozen=True)
class FixEntry:
    """One [[wording-fixes]] entry, validated: its shape, and what its nodes become."""

    family: str
    shape: tuple
    fix: tuple  # (node, replacement) pairs
    say: str | None
    example: str
    says: str
    classes: dict = field(default_factory=dict, compare=False, hash=False)  # the [wording-classes] its fix names
    # words that make the draft's form right: a present perfect with "since", "already" or "yet" stays as written
    unless: frozenset = frozenset()


def read_word_classes(raw: Any, where: str) -> dict[str, dict[str, str]]:
    """[wording-classes]: each class a list of words (each its own US word) or a table word -> US word,
    keys in lower case; a wrong class is an error that names it."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise RuleFileError(f"{where}: [{CLASSES_TABLE}] must be a table of word lists or word tables")
    classes = {}
    for name, words in raw.items():
        if isinstance(words, list) and words and all(isinstance(w, str) and w.strip() for w in words):
            classes[name] = {w.lower(): w for w in words}
        elif isinstance(words, dict) and words and all(isinstance(v, str) for v in words.values()):
            classes[name] = {k.lower(): v for k, v in words.items()}
        else:
            raise RuleFileError(f"{where}: [{CLASSES_TABLE}] {name!r} must be a list of words or a table word -> US word")
    return classes


def _expand_classes(value: Any, classes: dict, at: str) -> Any:
    """A shape with its "@class" references replaced by the class's words (the lemma list spaCy matches)."""
    if isinstance(value, dict):
        return {key: _expand_classes(item, classes, at) for key, item in value.items()}
    if isinstance(value, list):
        return [_expand_classes(item, classes, at) for item in value]
    if isinstance(value, str) and value.startswith("@"):
        if value[1:] not in classes:
            raise RuleFileError(f"{at}: names the word class {value!r}, which [{CLASSES_TABLE}] does not have")
        return sorted(classes[value[1:]])
    return value


def read_fix_entries(raw: Any, where: str, classes: dict | None = None) -> tuple[FixEntry, ...]:
    """The [[wording-fixes]] entries as data; a wrong entry is an error that names the file and the entry.
    `classes` are the [wording-classes] (read_word_classes) a shape or a fix may name."""
    classes = classes or {}
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
        raise RuleFileError(f"{where}: [[{WORDING_FIXES_TABLE}]] must be a list of tables")
    entries = []
    for number, item in enumerate(raw, start=1):
        at = f"{where}: [[{WORDING_FIXES_TABLE}]] entry {number}"
        unknown = sorted(set(item) - _ENTRY_KEYS)
        if unknown:
            raise RuleFileError(f"{at}: unknown key {unknown[0]!r} (known: {', '.join(sorted(_ENTRY_KEYS))})")
        for key in ("family", "example", "says"):
            if not isinstance(item.get(key), str) or not item[key].strip():
                raise RuleFileError(f"{at}: needs {key!r} (a sentence or a name)")
        shape = item.get("shape")
        if not isinstance(shape, list) or not shape or not all(isinstance(node, dict) for node in shape):
            raise RuleFileError(f"{at}: 'shape' must be a list of DependencyMatcher nodes")
        shape = _expand_classes(shape, classes, at)
        nodes = [node.get("RIGHT_ID") for node in shape]
        if not any(isinstance(name, str) and not name.startswith("_") for name in nodes):
            raise RuleFileError(f"{at}: 'shape' needs a node that is not context (a name without a leading _)")
        fix, say = item.get("fix"), item.get("say")
        if (fix is None) == (say is None):
            raise RuleFileError(f"{at}: needs exactly one of 'fix' (node -> words) or 'say' (a template)")
        if fix is not None:
            if not isinstance(fix, dict) or not all(isinstance(v, str) for v in fix.values()):
                raise RuleFileError(f"{at}: 'fix' must map node names to words")
            missing = sorted(set(fix) - set(nodes))
            if missing:
                raise RuleFileError(f"{at}: 'fix' names {missing[0]!r}, which is not a node of its shape")
            _check_class_words(" ".join(fix.values()), nodes, classes, at)
        else:
            if not isinstance(say, str) or not say.strip():
                raise RuleFileError(f"{at}: 'say' must be words")
            missing = sorted({name for name, _ in _NODE.findall(say)} - set(nodes))
            if missing:
                raise RuleFileError(f"{at}: 'say' names {{{missing[0]}}}, which is not a node of its shape")
            _check_class_words(say, nodes, classes, at)
        used = {cls for _, cls in _CLASS_WORD.findall(" ".join((fix or {}).values()) + " " + (say or ""))}
        unless = _expand_classes(item.get("unless", []), classes, at)
        if not isinstance(unless, list) or not all(isinstance(w, str) and w.strip() and " " not in w.strip()
                                                   for w in unless):
            raise RuleFileError(f"{at}: 'unless' must be a list of single words or name a word class (\"@class\")")
        entries.append(FixEntry(item["family"], tuple(shape), tuple((fix or {}).items()), say,
                                item["example"], item["says"], {cls: classes[cls] for cls in sorted(used)},
                                frozenset(w.strip().lower() for w in unless)))
    return tuple(entries)


def _check_class_words(text: str, nodes: list, classes: dict, at: str) -> None:
    for node, cls in _CLASS_WORD.findall(text):
        if node not in nodes:
            raise RuleFileError(f"{at}: {{{node}@{cls}}} names {node!r}, which is not a node of its shape")
        if cls not in classes:
            raise RuleFileError(f"{at}: {{{node}@{cls}}} names the word class {cls!r}, which [{CLASSES_TABLE}] does not have")


def _class_word(classes: dict, cls: str, token, replaced=None) -> str:
    """The US word class `cls` gives `token` (by its word, then its lemma); its own word when none.
    "about|for" lists the words US English takes there: the replaced word stays when it is one of them,
    else the first is said ("" drops it)."""
    table = classes.get(cls, {})
    words = table.get(token.lower_, table.get(token.lemma_.lower(), token.text))
    if "|" not in words:
        return words
    options = words.split("|")
    return replaced.text if replaced is not None and replaced.lower_ in options else options[0]


# --- inflection --------------------------------------------------------------------

_INFLECTED_TAGS = {"VBD", "VBN", "VBG", "VBZ", "NNS"}


def _inflect(word: str, tag: str) -> str:
    """`word` (a lemma) in the form of `tag`: "attend" as VBD is "attended", "call" as NNS is "calls"."""
    if tag not in _INFLECTED_TAGS or not word.isalpha():
        return word
    from lemminflect import getInflection

    forms = getInflection(word, tag=tag)
    return forms[0] if forms else word


def plural_noun(lemma: str) -> str:
    """The plural of a noun from spaCy's lemma, which for a plural the tagger read as singular is the plural
    itself ("several audits": lemma "audits"); lemminflect's own lemma comes first, so never "auditses"."""
    from lemminflect import getAllLemmas

    own = getAllLemmas(lemma, upos="NOUN").get("NOUN") or (lemma,)
    return _inflect(own[0], "NNS")


def _inflect_like(replacement: str, token) -> str:
    """The replacement's verb (its first word) or noun (its last word) in the form of the word it replaces;
    each alternative of a "[a/b]" choice on its own."""
    choice = re.fullmatch(r"\[(.+)\]", replacement)
    if choice:
        return "[" + "/".join(_inflect_like(part, token) for part in choice.group(1).split("/")) + "]"
    words = replacement.split(" ")
    if token.tag_.startswith("VB") and words[0]:
        words[0] = _inflect(words[0], token.tag_)
    elif token.tag_ == "NNS" and words[-1]:
        words[-1] = plural_noun(words[-1])
    return " ".join(words)


def _with_case(text: str, first_token) -> str:
    if first_token.text[:1].isupper() and first_token.is_sent_start and text[:1].islower():
        return text[:1].upper() + text[1:]
    return text


def _tidy(text: str) -> str:
    return re.sub(r" {2,}", " ", re.sub(r" +([,.;:])", r"\1", text)).strip()


# --- the reader --------------------------------------------------------------------

class WordingFixer:
    """The [[wording-fixes]] table compiled once into one DependencyMatcher; `read(doc)` gives each finding."""

    def __init__(self, nlp, entries: tuple[FixEntry, ...], where: str = "lexicon.toml"):
        from spacy.matcher import DependencyMatcher

        self.entries = entries
        self.matcher = DependencyMatcher(nlp.vocab, validate=True)
        for number, entry in enumerate(entries):
            try:
                self.matcher.add(str(number), [list(entry.shape)])
            except (ValueError, KeyError, TypeError) as error:
                message = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
                raise RuleFileError(f"{where}: [[{WORDING_FIXES_TABLE}]] entry {number + 1} "
                                    f"({entry.family}): its shape is not a valid pattern: {message}") from None

    def read(self, doc) -> list[WordingFix]:
        """Every table finding in `doc`, the longest first where two overlap, in text order."""
        found = []
        for match_id, token_ids in self.matcher(doc):
            entry = self.entries[int(doc.vocab.strings[match_id])]
            if entry.unless and _sentence_says_any(doc[token_ids[0]], entry.unless):
                continue  # "I have worked there since 2019 and in 2020 ...": the perfect is right here
            nodes = {node["RIGHT_ID"]: doc[i] for node, i in zip(entry.shape, token_ids)}
            flagged = [i for node, i in zip(entry.shape, token_ids) if not node["RIGHT_ID"].startswith("_")]
            first, last = min(flagged), max(flagged)
            fix = self._fix(doc, entry, nodes, first, last)
            if fix.correction.lower() != fix.text.lower():  # "was assigned to": already the US form
                found.append(fix)
        return _longest_first(found)

    @staticmethod
    def _fix(doc, entry: FixEntry, nodes: dict, first: int, last: int) -> WordingFix:
        span = doc[first:last + 1]
        if entry.say is not None:
            said = _CLASS_WORD.sub(lambda m: _class_word(entry.classes, m.group(2), nodes[m.group(1)]), entry.say)
            said = _NODE.sub(lambda m: nodes[m.group(1)].lemma_ if m.group(2) else nodes[m.group(1)].text, said)
            said = _with_case(_tidy(said), span[0])
            return WordingFix(span.text, span.start_char, span.end_char, said, entry.family,
                              [[span.start_char, span.end_char, said]])
        replace = {nodes[name].i: _CLASS_WORD.sub(
                       lambda m, name=name: _class_word(entry.classes, m.group(2), nodes[m.group(1)], nodes[name]), words)
                   for name, words in entry.fix}
        pieces, changes = [], []
        for token in span:
            if token.i not in replace:
                pieces.append(token.text_with_ws)
                continue
            words = _node_words(replace[token.i], token)
            if token.i == span.start:
                words = _with_case(words, token)
            pieces.append(words + token.whitespace_ if words else "")
            if words:
                changes.append([token.idx, token.idx + len(token.text), words])
            elif token.i > span.start:  # a dropped word takes the space before it
                before = doc[token.i - 1]
                changes.append([before.idx + len(before.text), token.idx + len(token.text), ""])
            else:  # the first word dropped takes the space after it
                changes.append([token.idx, token.idx + len(token.text_with_ws), ""])
        said = _with_case(_tidy("".join(pieces)), span[0])
        return WordingFix(span.text, span.start_char, span.end_char, said, entry.family, changes)


def _sentence_says_any(token, words: frozenset) -> bool:
    """Whether the sentence of `token` has one of `words` (an entry's `unless`), as a whole word."""
    return any(t.lower_ in words for t in token.sent)


# the node's own word in another form: "{past}" did, "{participle}" done, "{ing}" doing, "{singular}" its lemma
_FORMS = {"{past}": "VBD", "{participle}": "VBN", "{ing}": "VBG", "{singular}": ""}


def _node_words(replacement: str, token) -> str:
    """What one node becomes: "{text}" its own word, "{a}" the article it takes, "{plural}" its plural,
    "{past}"/"{participle}"/"{ing}"/"{singular}" its own word in that form, "{has}" the perfect's auxiliary
    for its person; else the replacement, inflected like the word it replaces."""
    if "{text}" in replacement and not any(mark in replacement for mark in ("{a}", "{has}", *_FORMS)):
        return replacement.replace("{text}", token.text)  # "to {text}": the node's own word as it is, not inflected again
    words = replacement.replace("{text}", token.text)
    lemma = token.lemma_.lower()
    if any(form in words for form in _FORMS):  # the node's own verb or noun in another form: no more inflecting
        for form, tag in _FORMS.items():
            if form in words:
                words = words.replace(form, _inflect(lemma, tag) if tag else lemma)
        return words.replace("{has}", "has" if token.tag_ == "VBZ" or token.lower_ == "is" else "have")
    if "{has}" in words:  # "am working since" -> "have been working": the perfect's auxiliary by the person
        words = words.replace("{has}", "has" if token.tag_ == "VBZ" or token.lower_ == "is" else "have")
        return words
    if "{a}" in words:  # "was volunteer" -> "was a volunteer": the article by the word's sound
        words = words.replace("{a}", indefinite_article(token.text))
    if "{plural}" in words:
        return words.replace("{plural}", plural_noun(token.lemma_.lower()))
    return _inflect_like(words, token) if words else ""


def _longest_first(found: list[WordingFix]) -> list[WordingFix]:
    kept: list[WordingFix] = []
    for fix in sorted(found, key=lambda f: (f.start - f.end, f.start)):
        if not any(fix.start < other.end and other.start < fix.end for other in kept):
            kept.append(fix)
    return sorted(kept, key=lambda f: f.start)


# --- the parse readings of erasl/grammar.py translated_wording ------------------------

_AN_WORDS = ("hour", "honest", "honor", "honour", "heir")
_A_WORDS = ("uni", "use", "usu", "uro", "eu", "one", "once")


def indefinite_article(word: str) -> str:
    """"a" or "an" before `word`, by how it sounds at its start ("an intern", "a university", "an hour")."""
    lower = word.lower()
    if lower.startswith(_AN_WORDS):
        return "an"
    if lower.startswith(_A_WORDS) or re.match(r"u[b-df-hj-mp-tv-z][aeiou]", lower):
        return "a"  # "a urinary catheter", "a uterine", "a usual": a "u" that sounds "you" ("an ulcer", "an upper")
    return "an" if lower[:1] in "aeiou" else "a"


def reading_fix(doc, first: int, last: int) -> WordingFix | None:
    """The US form of one translated_wording reading (first and last token), or None when it has none
    to give: "as house officer" -> "as a house officer", "was child" -> "was a child", "in Cardiology department" -> "in the Cardiology
    department", "no bed free" -> "no free bed", "2 practical session" -> "2 practical sessions"."""
    span = doc[first:last + 1]
    slip = slip_at(doc, first, last)
    if slip is not None:  # a grammar slip (erasl/grammar_slips.py) says its own US form, or has none
        if slip.correction is None or slip.correction == span.text:
            return None
        return WordingFix(span.text, span.start_char, span.end_char, slip.correction, slip.family,
                          [[span.start_char, span.end_char, slip.correction]])
    head, noun = doc[first], doc[last]
    said = None
    if (head.lower_ == "as" or head.lemma_ == "be") and noun.pos_ in ("NOUN", "PROPN") and len(span) >= 2:
        said = f"{head.text} {indefinite_article(span[1].text)} {span[1:].text}"
    elif head.pos_ == "ADP" and noun.pos_ in ("NOUN", "PROPN") and len(span) >= 2:
        said = f"{head.text} the {span[1:].text}"
    elif head.lower_ == "no" and noun.lower_ == "free" and len(span) == 3:
        said = f"{head.text} free {span[1].text}"
    elif head.like_num and noun.tag_ == "NN":
        said = f"{doc[first:last].text_with_ws}{plural_noun(noun.lemma_.lower()) if noun.text.islower() else noun.text}"
    if said is None or said == span.text:
        return None
    said = _with_case(said, span[0])
    return WordingFix(span.text, span.start_char, span.end_char, said, "missing word",
                      [[span.start_char, span.end_char, said]])
