"""Placeholders that fit (issue 12, review 17): every choice the skeleton offers is a choice of content.

A choice whose alternatives are only function words ("in [a/the] paper journal") asks the applicant about
grammar, not about their work: the skeleton says one article itself. A choice whose alternatives are one word
in two forms ("saw how he [talks/talked]") asks about tense, which the entry's own tense already answers. A
numeric date that reads two ways ("02/09/2024": 2 September or February 9) is said in words when another date
of the draft shows its order, and is otherwise a placeholder that asks for the month, never a guess.
"""

from __future__ import annotations

import os
import re

from erasl.document import MONTH_NAMES

CHOICE = re.compile(r"\[([^\[\]\n/]+(?:/[^\[\]\n/]+)+)\]")

# closed-class words: never the content of a placeholder
FUNCTION_WORDS = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "some", "any", "no",
    "in", "on", "at", "to", "of", "for", "with", "from", "by", "into", "onto", "about", "during",
    "and", "or", "but", "nor", "so", "yet",
    "i", "we", "he", "she", "it", "they", "you", "me", "us", "him", "her", "them", "my", "our", "his", "its", "their",
    "is", "are", "was", "were", "be", "been", "am", "has", "have", "had", "do", "does", "did",
})
# after these a noun the reader already knows takes "the" ("went to the ward"); elsewhere "a" introduces it
_DEFINITE_AFTER = frozenset({"to", "at", "from", "during", "of", "into"})


def function_word_choice(alternatives: list[str]) -> bool:
    """Every alternative is a function word ("[a/the]", "[in/at]")."""
    return all(a.strip().lower() in FUNCTION_WORDS for a in alternatives)


def _lemma_of(word: str) -> str:
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word.lower())
    for pos in ("VERB", "AUX", "NOUN", "ADJ"):
        if lemmas.get(pos):
            return lemmas[pos][0]
    return word.lower()


def same_word_choice(alternatives: list[str]) -> bool:
    """The alternatives are one word in different forms ("[talks/talked]", "[is/was]"): equal once lemmatised."""
    words = [a.strip() for a in alternatives]
    if any(" " in w or not w.isalpha() for w in words) or len({_lemma_of(w) for w in words}) != 1:
        return False
    from lemminflect import getInflection

    past = {f.lower() for f in getInflection(_lemma_of(words[0]), tag="VBD")}
    return any(w.lower() in past for w in words)  # a tense choice; "[patient/patients]" asks for a count


def _in_tense(alternatives: list[str], tense: str) -> str:
    """The alternative in the entry's tense: the past form in a finished entry, the present in an ongoing one."""
    from lemminflect import getInflection

    for alternative in alternatives:
        lemma = _lemma_of(alternative)
        past = {f.lower() for f in getInflection(lemma, tag="VBD")}
        if (tense == "past") == (alternative.lower() in past):
            return alternative.strip()
    return alternatives[0].strip()


def fit_choices(text: str, tense: str = "past") -> str:
    """`text` with every choice that asks about grammar said in one word (articles, one verb's two tenses)."""

    def said(match: re.Match) -> str:
        alternatives = match.group(1).split("/")
        if same_word_choice(alternatives):
            return _in_tense(alternatives, tense)
        if function_word_choice(alternatives):
            words = [a.strip() for a in alternatives]
            before = re.findall(r"[A-Za-z]+", text[:match.start()])
            articles = [w for w in words if w.lower() in ("a", "an", "the")]
            if articles and len(articles) == len(words):
                definite = bool(before) and before[-1].lower() in _DEFINITE_AFTER
                indefinite = next((w for w in words if w.lower() in ("a", "an")), None)
                word = "the" if definite or indefinite is None else indefinite
            else:
                word = words[0]
            return word[:1].upper() + word[1:] if match.group(1)[:1].isupper() else word
        return match.group(0)

    return CHOICE.sub(said, text)


def unfit_placeholders(text: str) -> list[str]:
    """The placeholders of `text` that ask about grammar rather than content (for the property test)."""
    unfit = []
    for match in CHOICE.finditer(text):
        alternatives = match.group(1).split("/")
        if function_word_choice(alternatives) or same_word_choice(alternatives):
            unfit.append(match.group(0))
    for match in re.finditer(r"\[([^\[\]\n]+)\]", text):
        if match.group(1).strip().lower() in FUNCTION_WORDS:
            unfit.append(match.group(0))
    return unfit


# a full numeric date written with slashes ("02/09/2024", "27/9/2024"); the dotted day-first form is read by
# erasl/skeleton_register.py dates_in_words
_SLASH_DATE = re.compile(r"(?<![\w/.])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\w/])")


def date_order(draft: str) -> str | None:
    """"day" or "month" when a slashed date of the draft can only be read one way ("27/09/2024": day first);
    None when none shows it, or the draft shows both."""
    orders = set()
    for first, second, _ in _SLASH_DATE.findall(draft):
        if int(first) > 12 >= int(second):
            orders.add("day")
        elif int(second) > 12 >= int(first):
            orders.add("month")
    return orders.pop() if len(orders) == 1 else None


def dates_said(text: str, draft: str) -> str:
    """Slashed dates said in words: "27/09/2024" -> "September 27, 2024"; "02/09/2024" the same way when the draft
    shows its order, else "[September 2/February 9], 2024", for the applicant to say which."""
    order = date_order(draft)

    def said(match: re.Match) -> str:
        first, second, year = int(match.group(1)), int(match.group(2)), match.group(3)
        if not (1 <= first <= 31 and 1 <= second <= 31) or first > 12 and second > 12:
            return match.group(0)
        day_first = f"{MONTH_NAMES[second - 1]} {first}" if second <= 12 else None
        month_first = f"{MONTH_NAMES[first - 1]} {second}" if first <= 12 else None
        if day_first and month_first and first != second:
            if order == "day":
                return f"{day_first}, {year}"
            if order == "month":
                return f"{month_first}, {year}"
            return f"[{day_first}/{month_first}], {year}"
        return f"{day_first or month_first}, {year}"

    pieces = re.split(r"(\[[^\]]*\])", text)
    return "".join(piece if index % 2 else _SLASH_DATE.sub(said, piece) for index, piece in enumerate(pieces))


# --- what an edit must not make of a kept sentence (erasl/skeleton.py `broken` asks these last) ---------------

# a cut that leaves words with no verb or preposition before the sentence's subject ("Hardworking individual,
# I help ...", "Detail-oriented, I ..."): the opening of a phrase whose head was cut
_STUB_BEFORE_SUBJECT = re.compile(r"^(?P<stub>[A-Z][\w-]*(?:\s+[\w-]+){0,2}),\s+(?:I|we|We)\s")
_OPENERS = frozenset({"as", "in", "at", "on", "during", "after", "before", "since", "for", "from", "with", "while",
                      "when", "over", "through", "every", "each", "then", "later", "there", "here", "today", "now",
                      "first", "next", "finally", "also", "however", "besides", "overall", "currently", "recently",
                      "twice", "once", "daily", "weekly", "monthly", "yearly", "often", "sometimes", "usually",
                      "initially", "subsequently", "additionally", "moreover", "meanwhile", "together",
                      "alongside", "under", "within", "outside", "across", "throughout", "because", "although",
                      "though", "if", "until", "once", "upon", "by", "to", "of", "besides"})


def stub_before_subject(source: str, output: str) -> str | None:
    """The edit left a stub before the subject that the draft's sentence did not open with: "Hardworking
    individual, I help" from "As a highly motivated, ... and hardworking individual, I helped"."""
    found = _STUB_BEFORE_SUBJECT.match(output)
    if found is None or source.lstrip().startswith(found.group("stub")):
        return None
    words = found.group("stub").split()
    if words[0].lower() in _OPENERS or any(w[:1].isdigit() for w in words) or any(w[:1].isupper() for w in words[1:]):
        return None  # "In 2019, I", "Every Saturday, I", "At Mayo Hospital, I": an opening of its own
    return f'left a stub before the subject ("{found.group("stub")},")'


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _dictionary() -> frozenset[str]:
    """Every English word cmudict knows, in lower case (loaded once)."""
    global _WORDS
    if _WORDS is None:
        from erasl.nlp import cmudict_words
        from erasl.registry import rules_dir

        words = set(cmudict_words())
        # and the reviewed English of erasl's own data: templates, rewrite tables (the shorthand's full words,
        # "atrial fibrillation"); never the lexicon, whose examples hold the errors it finds ("runned")
        for path in [*(rules_dir() / "templates").glob("*.j2"), *(rules_dir() / "rewrite").glob("*.toml")]:
            words |= {w.lower() for w in _WORD.findall(path.read_text(encoding="utf-8"))}
        _WORDS = frozenset(words)
    return _WORDS


_WORDS: frozenset[str] | None = None


def _inflects_to(lemma: str, word: str) -> bool:
    """lemminflect makes `word` from `lemma` ("analysed" from "analyse"; never "runned" from "run")."""
    from lemminflect import getAllInflections

    return word == lemma or any(word in forms for forms in getAllInflections(lemma).values())


def new_non_word(source: str, output: str) -> str | None:
    """A word the edit made that is no English word (cmudict) and no form of a word of the draft's sentence
    ("Runned", "Readed"): the draft's wording stays."""
    from lemminflect import getAllLemmas

    plain = re.sub(r"\[[^\]]*\]", " ", output)
    known = {w.lower() for w in _WORD.findall(source)}
    known_lemmas = {lemma for w in known for found in getAllLemmas(w).values() for lemma in found}
    words = _dictionary()
    for match in _WORD.finditer(plain):
        word = match.group(0)
        lower = word.lower().strip("'’-")
        if not lower or lower in known or lower in words or "-" in lower:
            continue
        if any((lemma in known_lemmas or lemma in words) and _inflects_to(lemma, lower)
               for found in getAllLemmas(lower).values() for lemma in found):
            continue
        if any(len(os.path.commonprefix([lower, w])) >= max(5, len(lower) - 3) for w in known):
            continue  # the draft's own word in another form ("Organisation of" -> "Organised"): its spelling
        opens = not plain[:match.start()].strip() or plain[:match.start()].rstrip()[-1] in ".!?"
        if word[:1].isupper() and not opens:
            continue  # a name the skeleton composed from the profile ("Rotating intern at Cliniques ...")
        return f'made a word that is no English ("{word}")'
    return None


# a list's lead-in left with nothing after it once its first item was cut ("The main activities were.",
# "My duties included.")
_STRANDED_LEAD = re.compile(r"(?:(?<=[.!?] )|^)(?P<lead>[A-Z][^.!?\[\]]{0,60}?\b(?:were|was|are|is|included|include|"
                            r"includes|consisted of|comprised|involved|as follows|the following))\s*\.\s*(?=[A-Z\[]|$)")


def drop_stranded_leads(suggestion) -> None:
    """A lead-in sentence that introduces nothing ("The main activities were.") goes, and is listed."""
    def dropped(match: re.Match) -> str:
        suggestion.left_out.append({"text": match.group("lead"),
                                    "reason": "a list's opening words, with no item after them in the skeleton"})
        return ""

    suggestion.text = _STRANDED_LEAD.sub(dropped, suggestion.text).strip()


def said_twice(text: str) -> str:
    """A US word said beside the word it already covers ("OB/GYN and obstetrics departments" -> "OB/GYN
    departments"): rules/rewrite/facts.toml [covers]."""
    from erasl.facts import load_rewrite_data

    for word, partners in load_rewrite_data().get("covers", {}).items():
        alternation = "|".join(re.escape(p) for p in partners)
        text = re.sub(rf"(?<![\w/]){re.escape(word)}\s+(?:and|&|/)\s+(?:{alternation})\b(?!/)", word, text,
                      flags=re.IGNORECASE)
        text = re.sub(rf"(?<![\w/])(?:{alternation})\s+(?:and|&|/)\s+{re.escape(word)}(?![\w/])", word, text,
                      flags=re.IGNORECASE)
    return text


def answered_by_the_draft(text: str, draft: str) -> str:
    """A choice of nouns one of which is the draft's own word ("[Took/wrote] the [histories/charts]" for "I made
    the clinical histories"): the draft's word, never a question the draft already answered. Only words that are
    nouns alone (lemminflect): "[Joined/observed]" and "[calls/shifts]" stay choices."""
    from lemminflect import getAllLemmas

    said = {w.lower() for w in _WORD.findall(draft)}

    def answered(match: re.Match) -> str:
        alternatives = [a.strip() for a in match.group(1).split("/")]
        if any(" " in a or not a.isalpha() for a in alternatives):
            return match.group(0)
        found = [a for a in alternatives if a.lower() in said]
        if len(found) != 1 or set(getAllLemmas(found[0].lower())) != {"NOUN"}:
            return match.group(0)
        return found[0]

    return CHOICE.sub(answered, text)


_FACT_WORD = re.compile(r"\d[\d,.\-–]*|\b[A-Z][\w'’-]*")
_BRACKETED = re.compile(r"\[[^\[\]\n]*\]")


_MARK = re.compile(r"\[(?:reword|only if true|fix|check)\s*:\s*([^\[\]\n]*)\]", re.IGNORECASE)
_CHOICE_MARK = re.compile(r"\[([^\[\]\n/]+)/[^\[\]\n]*\]")


def _marks_removed(sentence: str) -> str:
    """A sentence with its marks taken off the draft's own words ("a ward [reword: of 45 beds]" -> "a ward of 45
    beds", "[Saw/helped see] patients" -> "Saw patients"), and bare prompts ("[N]") gone: what it says once
    filled in, so a copy with marks and a copy without read alike."""
    sentence = _MARK.sub(lambda m: m.group(1), sentence)
    sentence = _CHOICE_MARK.sub(lambda m: m.group(1), sentence)
    return _BRACKETED.sub(" ", sentence)


def _content_words(sentence: str) -> list[str]:
    """The words a sentence says once its marks are taken off, lower-cased."""
    return [w.lower() for w in _WORD.findall(_marks_removed(sentence))]


def repeated_sentence_left_out(suggestion) -> None:
    """A sentence the skeleton says twice, once rewritten and once as written (issue 12: "the same sentence
    twice"): the later one goes, listed as said already, when every fact it states (numbers, capitalised names)
    is in the earlier one and most of its words are too (rapidfuzz's Indel similarity of the words, >= 0.8)."""
    from rapidfuzz.distance import Indel

    from erasl.skeleton_guard import output_sentence_spans

    text = suggestion.text
    spans = output_sentence_spans(text)
    cut = []
    for index, (start, end) in enumerate(spans):
        later = text[start:end]
        words = _content_words(later)
        if len(words) < 5 or later.lstrip().lower().startswith("[only if true"):  # a prompt, not the draft's
            continue
        body = _marks_removed(later).strip()
        opening = re.match(r"[A-Z][\w'’-]*", body)  # the sentence's own capital is no name
        facts = set(_FACT_WORD.findall(body[opening.end():] if opening else body))
        for s, e in spans[:index]:
            earlier = text[s:e]
            if (s, e) in cut or not all(fact.lower() in _marks_removed(earlier).lower() for fact in facts):
                continue
            if Indel.normalized_similarity(words, _content_words(earlier)) >= 0.8:
                cut.append((start, end))
                suggestion.left_out.append({"text": " ".join(later.split()),
                                            "reason": "said already, earlier in the skeleton"})
                break
    for start, end in reversed(cut):
        text = text[:start] + text[end:]
    suggestion.text = re.sub(r"  +", " ", text).strip()


# a sentence of the draft that ends where a cut ended it, with no full stop, right before a prompt line
# ("... was a privilege [Only if true:] ..."): the cut took its stop with the words it removed
_UNCLOSED_BEFORE_PROMPT = re.compile(r"(?<=[\w)\"”’'%])[ \t]*,?[ \t]+(?=\[Only if true:\])")


def sentences_closed(text: str) -> str:
    """Every sentence before a "[Only if true:]" line ends with its full stop, whatever a cut took with it."""
    return _UNCLOSED_BEFORE_PROMPT.sub(". ", text)
