"""How erasl reads English grammar: verbs in résumé fragments, passives, quantities, tense, subjects.

Shared by the checks, the entry profile (erasl/profile.py) and the rewrites, so
that a verb, a passive or a number is recognised the same way everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from erasl.document import MONTH_NAMES
from erasl.grammar_slips import is_rank, read_slips
from erasl.nlp import INVISIBLE, plural_of_a_noun, shorthand_lemmas

_YEAR = re.compile(r"^(19|20)\d\d([–-](19|20)?\d\d)?$")
_DIGITS = re.compile(r"^[\d.,–\-/:%+x]*\d[\d.,–\-/:%+x]*$")
# A number written together with its unit, which spaCy keeps as one token: "12h", "24hr", "2wks", "6mos".
NUMBER_WITH_UNIT = r"^\d+(\.\d+)?(min|mins|h|hr|hrs|hour|hours|d|day|days|wk|wks|week|weeks|mo|mos|month|months|yr|yrs|year|years)$"
_NUMBER_WITH_UNIT = re.compile(NUMBER_WITH_UNIT, re.IGNORECASE)
# A date written as one token: "2023/06", "06/2023", "2021.03", "15/06/2023", "Dec'22", "Jan'24".
DATE_TOKEN = (r"^(?:(?:19|20)\d\d[./-]\d{1,2}(?:[./-]\d{1,2})?|\d{1,2}[./-](?:19|20)\d\d|\d{1,2}/\d{1,2}/\d{2,4}"
              r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?['’]\d\d"
              r"|ay(?:19|20)?\d\d(?:[–/-](?:19|20)?\d\d)?)$")  # an academic year: AY22–23, AY2021/22


# Words before a number that make it part of a name, not a count: "Step 1", "type 2 diabetes", "PGY-2".
_NAMING_WORDS = {"step", "type", "level", "grade", "stage", "phase", "class", "tier", "pgy", "covid", "part",
                 "version", "chapter", "section", "block", "room", "ward", "bed", "unit", "floor", "building",
                 "sars-cov", "hba1c", "g6pd", "il", "cd", "vitamin", "apgar", "gcs", "nyha", "bi-rads", "ecog"}


def is_quantity(token, ignore_years: bool = True) -> bool:
    """A count or measure: `4`, `4–6`, `twelve`, `a dozen`, `30%`, `12h`; a bare year or year range is a date, and a
    number in a name ("Step 1", "type 2 diabetes", "PGY-2", "24/7") is part of the name, not a count."""
    text = token.text
    if ignore_years and _YEAR.match(text):
        return False
    if not (token.like_num or _DIGITS.match(text) or _NUMBER_WITH_UNIT.match(text) or token.lower_ == "dozen"):
        return False  # "a dozen", "two dozen" count twelve; "dozens of" (plural) is as vague as "many"
    return text != "24/7" and not _named_number(token) and not _pronoun_one(token) and not _phone_line(token)


_EMERGENCY_LINES = {"911", "999", "112", "000"}
_LINE_WORDS = {"call", "dispatch", "dispatcher", "line", "operator", "system", "center", "centre", "service", "response"}


def _pronoun_one(token) -> bool:
    """"one of the most profound experiences", "the one who stayed": "one" as a pronoun, not a count."""
    doc = token.doc
    return token.lower_ == "one" and (token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of"
                                      or token.pos_ in ("PRON", "NOUN") and not any(c.dep_ == "nummod" for c in token.children))


def _phone_line(token) -> bool:
    """"many 911 calls": an emergency number names the line, it counts nothing."""
    doc = token.doc
    return token.text in _EMERGENCY_LINES and token.i + 1 < len(doc) and doc[token.i + 1].lemma_.lower() in _LINE_WORDS


def _named_number(token) -> bool:
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.text == "-" and token.i > 1:
        before = doc[token.i - 2]  # "PGY-2", "COVID-19"
    return before is not None and before.lower_ in _NAMING_WORDS


def is_passive(token) -> bool:
    """A participle used passively: with its own auxpass, a `by` agent, or joined to a passive verb."""
    if token.tag_ != "VBN":
        return False
    children = {child.dep_ for child in token.children}
    if "auxpass" in children or "agent" in children and "dobj" not in children:
        return True  # ("Presented 4 cases by Zoom": a participle with an object and no auxiliary is active; "by" a means)
    if token.dep_ == "conj" and not children & {"nsubj", "nsubjpass", "aux"}:
        return is_passive(token.head)
    return False


_VERB_PREFIXES = {"pre", "co", "re", "self", "cross", "double", "over", "under"}
_BEFORE_A_VERB = {"and", "or", ",", "then", "also", "i", "we", "she", "he", "they", "always", "often", "usually"}
_LIST_MARKERS = {"-", "*", "+", "•", "◦", "▪", "‣", "–"}
_IMPERSONAL = {"it", "this", "that", "which", "these", "those"}


def _has_impersonal_subject(token) -> bool:
    for child in token.children:
        if child.dep_ == "nsubj":
            return child.lower_ in _IMPERSONAL or (child.pos_ == "NOUN" and child.lemma_.lower() in
                                                   {"experience", "rotation", "opportunity", "observership", "time"})
    return False


_SHORT_STEM = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")


def _silent_e(lemma: str, word: str) -> str:
    """The verb behind "hoping", "hoped", "coping", "taping", which spaCy reads as hop, cop, tap.

    A one-syllable verb ending in one vowel and one consonant doubles it before -ing and -ed
    (hop: hopping, hopped), so the undoubled form is the verb with a silent e (hope)."""
    if _SHORT_STEM.match(lemma) and word in (lemma + "ing", lemma + "ed"):
        return lemma + "e"
    return lemma


class VerbReader:
    """Finds verbs, including the ones the tagger misses in résumé-style fragments.

    "Wrote notes daily." and "Observed surgeries." start with a capitalised verb
    that the small English model tags as a proper noun or adjective. A
    fragment-initial word is read as a verb when spaCy's own lemmatizer tables
    know it as one ("wrote" -> write, "observed" -> observe).
    """

    def __init__(self, nlp, known_verbs=()):
        self.irregular: dict = {}
        self.verbs: set = set(known_verbs)  # a rule's own verb list counts too ("triaged" -> triage)
        self.known: frozenset = frozenset(known_verbs)
        if nlp is not None and "lemmatizer" in nlp.pipe_names:
            lookups = nlp.get_pipe("lemmatizer").lookups
            if lookups.has_table("lemma_exc") and lookups.has_table("lemma_index"):
                self.irregular = dict(lookups.get_table("lemma_exc").get("verb", {}))
                self.verbs |= set(lookups.get_table("lemma_index").get("verb", ()))

    def lemma(self, token) -> str | None:
        """The verb's dictionary form if the token is used as a verb, else None."""
        if token.dep_ in ("aux", "auxpass") or token.pos_ == "AUX" or not token.is_alpha:
            return None
        if token.lower_ in _VERB_PREFIXES and not token.whitespace_ and token.i + 1 < len(token.doc) \
                and token.nbor(1).text == "-":
            return None  # "re" of "re-examined": the verb is the word after the hyphen
        if token.is_lower and token.lower_ in shorthand_lemmas() and token.lemma_ not in self.verbs:
            return None  # "saw lots of pts": shorthand for a noun ("patients") is never a verb, whatever its tag
        if _plural_noun_read_as_verb(token):
            return None  # "wrote draft progress notes that", "explain the echo results to them"
        # a fragment opens with a capital, or in phone typing without one: "shadowed dr. reyes at his office"
        if (token.is_title or token.is_lower and token.is_sent_start) and self._starts_fragment(token):
            if token.tag_.startswith("VB"):
                return self._tagged_lemma(token)
            guess = self._verb_form(token.lower_)
            if guess:
                return guess
            if self._present_list_item(token) or self._bare_opening_verb(token):
                return token.lower_
        prefix = self._prefix(token)
        if prefix is not None:
            guess = self._verb_form(token.lower_)
            if guess:
                return f"{prefix}-{guess}" if f"{prefix}-{guess}" in self.known else guess  # "re-examined": examine
        if token.dep_ in ("amod", "compound"):
            return None  # participles used as adjectives: "hard-working", "trained staff"
        if token.pos_ == "VERB" or token.tag_.startswith("VB"):
            return self._tagged_lemma(token)
        return None

    def _tagged_lemma(self, token) -> str | None:
        """spaCy's lemma, unless it left an irregular form as written ("Got", "Kept", "Felt" opening a fragment).
        None for an adjective in -ing that has no verb behind it: "I am hardworking", "an easygoing person"."""
        lemma = token.lemma_.lower()
        word = token.lower_
        if token.tag_ == "VBG" and word.endswith("ing") and self.verbs and lemma not in self.verbs \
                and not {word[:-3], word[:-3] + "e", word[:-4]} & self.verbs \
                and not any(child.dep_ in _VERB_PARTS - {"aux", "neg"} for child in token.children):
            return None  # no verb spelled so, and nothing a verb takes after it ("a pipetting robot" is no case)
        if lemma == token.lower_ and lemma in self.irregular:
            return self.irregular[lemma][0]
        return _silent_e(lemma, token.lower_)

    @staticmethod
    def _prefix(token) -> str | None:
        """'pre' of a fragment that opens "Pre-rounded on 4 patients" (spaCy splits the word in three), or of
        a verb after a subject or in a list of verbs: "I pre-rounded", "closed skin and pre-rounded on 4 patients",
        "then re-examined them" (not "a pre-rounded list", "self-reported data")."""
        doc = token.doc
        if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_ \
                and not doc[token.i - 2].whitespace_ and doc[token.i - 2].lower_ in _VERB_PREFIXES \
                and (VerbReader._starts_fragment(doc[token.i - 2])
                     or token.i >= 3 and doc[token.i - 3].lower_ in _BEFORE_A_VERB):
            return doc[token.i - 2].lower_
        return None

    @staticmethod
    def _starts_fragment(token) -> bool:
        """First word of a sentence, a line, a list item ("- Triaged ...") or a clause after ';' or ':'."""
        if token.is_sent_start:
            return True
        i = token.i - 1
        while i >= 0 and (token.doc[i].is_punct or token.doc[i].is_space or token.doc[i].text in _LIST_MARKERS
                          or all(character in INVISIBLE for character in token.doc[i].text)) \
                and "\n" not in token.doc[i].text:  # a tab after a bullet or a label: "•<tab>Documented", "Duties:<tab>"
            if token.doc[i].text in (";", ":"):
                return True
            i -= 1
        return i < 0 or (token.doc[i].is_space and "\n" in token.doc[i].text)

    def _present_list_item(self, token) -> bool:
        """A bulleted résumé list in the present tense, each line opening with a known task verb
        ("•<tab>Document HPI and ROS", "- Train new scribes"), which the tagger reads as nouns. Only after a
        list marker, with an object after the verb ("Review of 40 charts" is a noun), and only when a second
        line of the list opens the same way ("- Program coordinator" alone is a title)."""
        if not self._opens_list_line_with_verb(token):
            return False
        return sum(self._opens_list_line_with_verb(other) for other in token.doc
                   if other.i != token.i and other.is_title) >= 1

    def _bare_opening_verb(self, token) -> bool:
        """A present-tense résumé line whose opening task verb is also a noun, which the tagger reads as one:
        "Review labs each morning", "Order labs, chart vitals", "Dress wounds and remove sutures". The word is a
        lexicon task verb in its bare form, an object follows it, and it is not part of a real subject ("Staff
        meetings happen weekly", "Rounds start at 7": a finite verb of their own)."""
        if token.lower_ not in self.known or not _bare_verb_form(token.lower_) or token.i + 1 >= len(token.doc):
            return False
        following = token.nbor(1)
        if following.is_punct or following.is_space or following.tag_ in ("VBD", "VBN", "MD", "IN", "CC", "TO", "PRP"):
            return False
        if token.dep_ == "compound" and token.head.i == following.i and following.tag_ in ("NN", "NNP"):
            return False  # "Chart review of 200 patients", "Order entry", "Case presentation": a noun compound
        phrase = token
        while phrase.dep_ in ("compound", "amod", "nmod") and phrase.head is not phrase:
            phrase = phrase.head
        finite = phrase.head
        finite_verb = finite.tag_ in ("VBD", "VBP", "VBZ", "MD") or any(
            child.dep_ in ("aux", "auxpass") for child in finite.children)  # "Order sets were revised"
        return not (phrase.dep_ in ("nsubj", "nsubjpass") and finite_verb and not _plural_noun_read_as_verb(finite))

    def _opens_list_line_with_verb(self, token) -> bool:
        if token.lower_ not in self.known or token.i + 1 >= len(token.doc):
            return False
        following = token.nbor(1)
        if following.is_punct or following.is_space or following.tag_ in ("VBD", "VBN", "MD", "IN", "CC", "TO"):
            return False
        i, marked = token.i - 1, False
        while i >= 0 and "\n" not in token.doc[i].text:
            if token.doc[i].text in _LIST_MARKERS:
                marked = True
            elif not token.doc[i].is_space:
                return False
            i -= 1
        return marked

    def _verb_form(self, word: str) -> str | None:
        """'wrote' -> write, 'coordinated' -> coordinate, 'studied' -> study, by spaCy's tables."""
        if word in self.irregular:
            return self.irregular[word][0]
        if word.endswith("ed"):
            stem = word[:-2]
            for candidate in (stem, word[:-1], stem[:-1], stem[:-1] + "y" if stem.endswith("i") else ""):
                if candidate in self.verbs:
                    return candidate
        return None

    def verb_words(self, doc, ignore: set[str] = frozenset()) -> list[tuple[object, str]]:
        """(token, lemma) for every word tagged as a verb, whatever the parser made of it.

        Repetition is about words on the page, so a participle the parser read as an
        adjective ("presented posters") or a main verb it read as an auxiliary
        ("did stitching") still counts.
        """
        found = []
        for token in doc:
            if not token.is_alpha or _ing_word_as_noun(token):
                continue
            lemma = token.lemma_.lower() if token.tag_.startswith("VB") else self.lemma(token)
            if lemma and lemma not in ignore:
                found.append((token, lemma))
        return found

    def action_verbs(self, doc, ignore: set[str] = frozenset(), active_only: bool = False) -> list[tuple[object, str]]:
        """(token, lemma) for every content verb (no auxiliaries, nothing in `ignore`).

        `active_only` keeps only verbs that can show the applicant's role: no
        passive participles ("data were analyzed") and no verbs whose subject is
        a thing ("it taught me", "this experience showed me").
        """
        found = []
        for token in doc:
            lemma = self.lemma(token)
            if not lemma or lemma in ignore:
                continue
            if active_only and (is_passive(token) or _has_impersonal_subject(token)):
                continue
            if _compound_modifier(token):
                continue
            found.append((token, lemma))
        return found


def _bare_verb_form(word: str) -> bool:
    """Whether English uses the word as a verb in its dictionary form ("review", "dress"; not "reviews")."""
    from lemminflect import getAllLemmas

    return word in getAllLemmas(word).get("VERB", ())


def _plural_noun_read_as_verb(token) -> bool:
    """A word in -s tagged a present verb, straight after a noun or an adjective and with no subject of its own, is
    the plural that ends a noun phrase: "draft progress notes", "the echo results", "blood pressure checks". "The
    patient presents with chest pain" has its subject."""
    if token.tag_ != "VBZ" or token.i == 0 or not token.lower_.endswith("s"):
        return False
    if plural_after_an_opening_verb(token):
        return True
    before = token.doc[token.i - 1]
    return before.pos_ in ("NOUN", "ADJ") and bool(before.whitespace_) and not any(
        child.dep_ in ("nsubj", "nsubjpass", "expl") for child in token.children)


BULLET_MARKS = "-–•*▪◦‣▸►➢➤✓✔○●■□"  # the marks that open a list item, before the item's first word


def plural_after_an_opening_verb(token) -> bool:
    """A résumé fragment's opening verb read as the subject of the plural after it: "Perform sutures, nasogastric
    tubes ...", "Perform night calls every third day", "- Arrange blood donation drives". A subject never opens with a verb's bare form, so the word
    in -s is the object, a plural noun, and the opening word is the act. "Rounds start at 7" has a noun subject."""
    from lemminflect import getAllLemmas

    if token.tag_ not in ("VBZ", "VBP") or not token.lower_.endswith("s"):
        return False
    subject = next((child for child in token.children if child.dep_ == "nsubj"), None)
    if subject is None:
        return False
    first, doc = subject.left_edge, token.doc
    if first.is_sent_start and first.text in BULLET_MARKS and first.i + 1 < token.i:
        first = doc[first.i + 1]  # "- Arrange ...": the item's first word, after its marker
    elif not first.is_sent_start:
        return False
    if not first.is_title or first.tag_ not in ("VB", "VBP", "NN", "NNP"):
        return False
    if not _bare_verb_form(first.lower_) or (set(getAllLemmas(first.lower_)) != {"VERB"} and first.tag_ != "VB"):
        return False  # a bare verb form: only ever a verb ("Perform", "Assist"; not "Rounds"), or one the tagger
        # itself read as a verb ("Handle calls from the nurses"; "Nurse calls" is tagged a noun)
    return plural_of_a_noun(token.lower_)


_VERB_PARTS = {"dobj", "obj", "iobj", "dative", "prep", "advmod", "aux", "auxpass", "prt", "xcomp", "ccomp", "acomp",
               "npadvmod", "attr", "oprd", "agent", "neg"}


def _ing_word_as_noun(token) -> bool:
    """An -ing word the tagger read as a verb where the draft uses it as a noun naming a person or a thing:
    "the attending was reviewing it", "a team of attending and 3 residents", "the briefing and the debriefing".
    It has nothing a verb takes (no object, adverb, preposition or auxiliary) and stands as a subject, after a
    determiner, or joined to a noun by "and"."""
    if token.tag_ != "VBG" or any(child.dep_ in _VERB_PARTS for child in token.children):
        return False
    if any(child.dep_ == "det" for child in token.children) or token.dep_ in ("nsubj", "nsubjpass", "csubj"):
        return True
    if token.dep_ in ("pcomp", "pobj") and all(child.dep_ in ("cc", "conj", "punct") for child in token.children):
        return True  # "team of attending and 3 residents", "the art of listening"
    return any(conj.pos_ in ("NOUN", "PROPN") for conj in token.conjuncts)


def _compound_modifier(token) -> bool:
    """A participle written after its noun without a hyphen, before another noun: "the student run free
    clinic" (tagged a past or a bare form), "a family owned pharmacy", "a physician led team". The parser may
    read it as a verb joined to the sentence's verb; nothing joins it (no "and" or comma before it), so it is
    no act of the applicant's."""
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc):
        return False
    if token.tag_ in ("VB", "VBP"):
        # read as a bare verb joined to the sentence's verb ("volunteered at the student run free clinic"):
        # a modifier only when nothing joins it, no "and", "or" or comma between the two verbs
        between = doc[min(token.head.i, token.i) + 1:token.i]
        if token.dep_ != "conj" or token.head.i > token.i or any(t.dep_ == "cc" or t.text in ",;" for t in between):
            return False
    elif token.tag_ not in ("VBN", "VBD"):
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    spaced = bool(before.whitespace_)  # "student run", not a hyphenated "student-run"
    return spaced and before.pos_ in ("NOUN", "PROPN") and after.pos_ in ("NOUN", "ADJ", "PROPN") \
        and before.dep_ not in ("nsubj", "nsubjpass") and (
            before.dep_ == "pobj" or not any(c.dep_ == "nsubj" for c in token.children))  # "at the student run clinic"


_OWN_SUBJECTS = {"i", "we"}
_FUTURE_OR_MODAL = {"will", "would", "can", "could", "may", "might", "shall", "should", "must", "to"}


def verb_subject(token):
    """The verb's subject, following `conj` links up to the verb that has one (None for a fragment)."""
    return _subject(token)


def _subject(token):
    """The verb's subject, following `conj` links up to the verb that has one."""
    current = token
    for _ in range(6):
        subjects = [child for child in current.children if child.dep_ in ("nsubj", "nsubjpass", "expl")]
        if subjects:
            return subjects[0]
        if current.dep_ != "conj" or current.head is current:
            return None
        current = current.head
    return None


# Verbs whose past tense is spelled like the present ("Read 50 ECGs"): their tense cannot be told.
_SAME_IN_PAST = {"read", "put", "set", "cut", "let", "hit", "spread", "shut", "cast", "cost", "hurt", "quit",
                 "split", "upset", "broadcast", "forecast", "input", "output", "bet", "bid"}


def verb_tense(token, lemma: str, reader, subjects=frozenset(_OWN_SUBJECTS)) -> str | None:
    """'past', 'present', 'progressive' (an -ing form with no `be`) or None (an infinitive, a modal, a
    perfect, someone else's verb, an aside in brackets, can't tell).

    The tagger often misreads résumé fragments ("Ran the statistics" as a base
    form), so the spelling decides: the dictionary form or its -s form is
    present, a bare -ing form is progressive (untimed: it fits an ongoing entry
    and is no tense error in a finished one), any other form of the verb is past.
    """
    auxiliaries = [child for child in token.children if child.dep_ in ("aux", "auxpass")]
    if any(aux.lower_ in _FUTURE_OR_MODAL or aux.lemma_ == "have" for aux in auxiliaries):
        return None
    if not token.tag_.startswith("VB") and (token.is_title and (reader._present_list_item(token) or (
            reader._starts_fragment(token) and reader._bare_opening_verb(token)))):
        return "present"  # "•<tab>Document HPI", "- Train new scribes": the tagger's noun or adjective is misread
    fragment = token.dep_ in ("amod", "compound") and token.is_title and reader._starts_fragment(token)
    if token.dep_ in ("xcomp", "advcl", "acl", "relcl", "pcomp", "csubj", "amod", "ccomp") and not auxiliaries \
            and not fragment:  # "- Conducted small group tutorials": a résumé line the parser read as a modifier
        return None  # "to present", "after presenting", "patients admitted overnight", "showed me I enjoy"
    if token.whitespace_ == "" and token.i + 1 < len(token.doc) and token.nbor(1).text == "-":
        return None  # "co" of "co-authored"
    if _inside_brackets(token):
        return None  # an aside: "(in Spanish, 'once' means eleven)", "(the clinic still runs it)"
    subject = _subject(token)
    if subject is not None and _bare_form_with_noun_subject(subject, subject.head):
        subject = None  # "Build FE models from CT scans, run simulations": a present-tense fragment
    if subject is not None:
        if subject.lower_ not in subjects and subject.text not in subjects:
            return None  # the clinic, the team, the patients: not the applicant's role
        if subject.head is not token and token.tag_ in ("VBZ", "VBP") and (
                subject.head.tag_ == "VBD" or token.tag_ == "VBZ" and subject.lower_ in _OWN_SUBJECTS):
            return None  # "She responded to calls, falls in the elderly": a noun of a list read as a verb
        if subject.head is not token and token.tag_ == "VB":
            # A base form sharing a subject takes its tense from the verb it hangs on:
            # "I teach and write" is present; "I had to make schedules, solve conflicts" is not.
            return "present" if subject.head.tag_ in ("VBP", "VBZ") else None
    else:
        head = token
        while head.dep_ == "conj" and head.head is not head:
            head = head.head
            if not (head.tag_.startswith("VB") or head.pos_ == "VERB") and token.tag_ != "VBD" and not (
                    reader._starts_fragment(head.left_edge) and reader._bare_opening_verb(head.left_edge)):
                return None  # "morning report and bedside rounds": a noun phrase, not verbs ("Review labs and
                # write notes": the noun is the object of a misread opening verb, and "write" a verb of the line)
        if head.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl", "pcomp"):
            return None  # "to make schedules, solve conflicts and ..."
        if head.dep_ != "ROOT" and not reader._starts_fragment(head) and not fragment:
            return None  # a word the parser could not place ("progress notes" read as a verb)
    be = [aux for aux in auxiliaries if aux.lemma_ == "be"]
    if be:
        return "past" if be[0].lower_ in ("was", "were") else "present"
    word = token.lower_
    if word in ("has", "does", "is", "are", "am"):
        return "present"
    lemma = reader.irregular.get(word, [lemma])[0]  # "Ran" tagged as a base form: spaCy's tables say run
    if word == lemma and lemma in _SAME_IN_PAST:
        return None
    if word.endswith("ing"):
        # a participle with no `be` is not finite: "Teaching assistant in physiology" says nothing of a
        # finished entry's tense, though "Volunteering weekly since 2022" fits an ongoing one
        return "progressive"
    if word in (lemma, lemma + "s", lemma + "es") or (lemma.endswith("y") and word == lemma[:-1] + "ies"):
        return "present"
    return "past"




def _inside_brackets(token) -> bool:
    """The token stands between '(' and ')' (or '[' and ']') within its sentence."""
    sentence = token.sent
    depth = 0
    for before in token.doc[sentence.start:token.i]:
        if before.text in ("(", "["):
            depth += 1
        elif before.text in (")", "]") and depth:
            depth -= 1
    if not depth:
        return False
    return any(after.text in (")", "]") for after in token.doc[token.i + 1:sentence.end])


_OBJECT_PRONOUNS_OF_APPLICANT = {"me", "us"}


def _misread_subject(subject, verb) -> bool:
    """A "subject" the small parser made up in a résumé fragment: "Registered patients, directed them"
    (the fragment's first verb read as an adjective), "Did the literature search" (an inverted auxiliary),
    a list glyph pasted from a word processor ("•<tab>Helped the pharmacist") or a title line before a full stop."""
    if not any(character.isalnum() for character in subject.text):
        return True
    if any(t.text in (".", "!", "?", ":", ";") or "\n" in t.text for t in subject.doc[subject.i + 1:verb.i]):
        return True  # "Cardiology Observership, Atlanta GA. Observed the team", "Duties: ... supervised 4 interns":
        # a title or a field label the parser ran into a fragment
    first = subject.left_edge
    if first.tag_ in ("VBD", "VBN") and first.dep_ in ("amod", "compound") and first.is_sent_start:
        return True
    if _bare_form_with_noun_subject(subject, verb) or plural_after_an_opening_verb(verb):
        return True  # "Handle calls from the nurses, write summaries": the opening verb is no subject
    if subject.tag_ == "CD" and verb.tag_ == "VBG" and verb.dep_ != "ROOT":
        return True  # "a team of 2 residents and 1 attending and followed 3 patients": a count of a person noun
        # the tagger read as a verb ("1 attending"), so the verbs joined to it are still the writer's
    return any(child.dep_ == "aux" and child.i < subject.i for child in verb.children)


def _bare_form_with_noun_subject(subject, verb) -> bool:
    """A present-tense résumé line whose first verb the tagger read as a noun: "Build FE models from CT scans,
    run simulations" ("models" as the subject of "run"), "Design surveys, collect responses". English gives a
    bare verb (tag VB) a subject only after an auxiliary or a verb of making ("will run", "had them run"); a
    sentence's main verb in the bare form with a noun subject and no auxiliary is a fragment in the imperative
    shape, the applicant's own (the tagger says VBP for a real plural present: "The nurses run the desk")."""
    if verb.tag_ != "VB" or verb.dep_ not in ("ROOT", "conj") or subject.pos_ not in ("NOUN", "PROPN"):
        return False
    return not any(child.dep_ in ("aux", "auxpass") for child in verb.children)  # tagged VBP when it is finite


def _list_item(token) -> bool:
    """A past-tense duty after a comma that the parser read as a clause on the noun before it."""
    if token.dep_ != "acl" or token.tag_ not in ("VBD", "VBN") or token.i == 0:
        return False
    following = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    before = token.i - 1
    while before > 0 and token.doc[before].is_space and "\n" not in token.doc[before].text:
        before -= 1  # "Duties:<tab>Admitted and managed": a field label, then its duties
    return token.doc[before].text in (",", ";", ":") and following != "by" and not _closes_an_apposition(token, before)


def _closes_an_apposition(verb, comma: int) -> bool:
    """"The attending surgeon, Dr. Whitfield, performed": the comma closes a name set beside a noun phrase that
    opens with a determiner or a possessive, so that phrase is the verb's subject, not a list the duty belongs to."""
    noun = verb.head
    return any(child.dep_ == "appos" and child.right_edge.i + 1 == comma for child in noun.children) \
        and any(child.dep_ in ("det", "poss") and child.i < noun.i for child in noun.children)


def own_subject(token, subjects=frozenset(_OWN_SUBJECTS)) -> bool:
    """Whether a verb is the applicant's own: its subject is I/we, or it has none (a résumé fragment).

    Other people's verbs are not: "the residents are presenting", "residents presenting
    patients" (a clause on a noun), "watched the fellow place lines". A verb completing
    "allowed me to" or "asked us to" is the applicant's. `subjects` are the words that are the applicant:
    I and we, and in an entry written about the applicant in the third person its pronoun and name.
    """
    current = token
    for _ in range(8):
        subject = next((c for c in current.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")
                        and c.i < current.i), None)  # "Followed 4-6 patients": a misparsed object, not a subject
        if subject is not None and not _misread_subject(subject, current):
            return subject.lower_ in subjects or subject.text in subjects  # I/we, or the third-person applicant
        if current.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children) \
                and current.head.head is not current.head:
            current = current.head.head  # "had the opportunity to present": the one who had it presented
            continue
        if _list_item(current):
            current = current.head.head if current.head.head is not current.head else current.head
            continue  # "wrote SOAP notes, presented on rounds": a duty in a list the parser hung on a noun
        if current.dep_ in ("acl", "relcl"):
            return False
        if current.dep_ == "xcomp" and any(c.dep_ == "dobj" and c.lower_ in _OBJECT_PRONOUNS_OF_APPLICANT
                                           for c in current.head.children):
            return True
        if current.dep_ in ("conj", "xcomp", "advcl", "ccomp", "pcomp") and current.head is not current:
            if current.dep_ in ("conj", "ccomp", "advcl") and _across_a_semicolon(current, current.head):
                return True  # "2 wks Dec 2022; did triage for many pts; ... it was a great exposure": a fragment of
                # a semicolon chain is the writer's own, whatever the parser hung it on across the semicolon
            current = current.head
            continue
        return True
    return True


def _across_a_semicolon(clause, head) -> bool:
    """Whether a semicolon stands between a subjectless clause and the verb the parser hung it on."""
    first, last = sorted((clause.i, head.i))
    return any(token.text == ";" for token in clause.doc[first + 1:last])


# Passive voice, read from the parse ------------------------------------------------------------

@dataclass(frozen=True)
class PassiveWords:
    """The words a passive reading needs besides the parse (from the P101 table, rules/passive.toml)."""

    statives: frozenset = frozenset()      # idioms that are never about a role: "was born", "is located"
    allowed: frozenset = frozenset()       # the user's passive-allow: never flagged, whatever the parse says
    honours: frozenset = frozenset()       # being the recipient is the point: "was elected", "was awarded"
    work_honours: frozenset = frozenset()  # honours a piece of work can earn too: "our abstract was accepted"
    honours_with: dict = field(default_factory=dict)  # verb -> what makes it an honour: give: award, prize
    chance: frozenset = frozenset()        # chosen by lot, not merit: "was randomly selected"
    honour_frames: frozenset = frozenset()  # an infinitive honour on these is the writer's: "a privilege to be selected"
    own_passives: frozenset = frozenset()  # hide nothing said of me or my work: "I was assigned", "my paper was published"
    feelings: frozenset = frozenset()      # participles of feeling: "am stunned", "was moved by her story"
    adjectives: frozenset = frozenset()    # participles that are plain adjectives without an agent: "was heated"
    covering: frozenset = frozenset()      # how full a place is, with or without "with": "the hall was packed"
    handled: frozenset = frozenset()       # put or covered by hand, an action when instructed: "should be hidden in"
    states: dict = field(default_factory=dict)  # preposition -> participles it makes a state: with: fill, cover
    degree: frozenset = frozenset()        # "very", "so", "too": they grade adjectives, never passive verbs
    people: frozenset = frozenset()        # relatives and others whose passive hides nobody's role
    patients: frozenset = frozenset()      # patients: someone else in a clause about them ("a patient who was admitted")
    persons: frozenset = frozenset()       # nouns for people and groups who can earn an honour or act as an agent
    devices: frozenset = frozenset()       # things named like people who act: "sensor", "motor" (not "inspector")
    institutions: frozenset = frozenset()  # places the writer belongs to, whose honours are not theirs: "our hospital"
    person_statives: frozenset = frozenset()  # states only when said of a person: "I was raised in Ohio"
    animals: frozenset = frozenset()       # living beings a person-stative is said of too: "The fox got lost"
    present_states: frozenset = frozenset()  # states in the present with a particle or a when-clause: "is done when"
    placed: frozenset = frozenset()        # thing-states whose `by` always acts: "set by the market"
    thing_states: frozenset = frozenset()  # how a thing is laid out, in the present: "The atlas is divided into maps"
    verbs: frozenset = frozenset()         # the model's dictionary of verbs, to tell "wooded" (from a noun) from "woven"
    nouns: frozenset = frozenset()         # the model's dictionary of nouns
    get_states: frozenset = frozenset()    # what people do or become, said with `get`: "got started", "got changed"
    get_events: frozenset = frozenset()    # states after `be` that need a doer, done to the subject after `get`: "got locked"
    known_adjectives: frozenset = frozenset()  # the model's dictionary of adjectives: "tired" is one, "misread" is not
    place_statives: frozenset = frozenset()  # states only where the clause says where: "is located near", not "could not be located"
    feeling_results: frozenset = frozenset()  # what a feeling drives someone to, not a place: "moved to tears", "stunned into silence"
    not_distinctions: frozenset = frozenset()  # what an honour verb is for that is no honour: "accepted for review", "invited to a wedding"
    two_objects: frozenset = frozenset()  # verbs that keep an object in the passive: "I was given a pager", "was named chief"
    present_person_states: frozenset = frozenset()  # a status in the present said of a person: "I am graduated from"
    own_actives: frozenset = frozenset()  # said of I/we with `be`, the writer's own active past: "I am worked in"
    own_phrasal_actives: dict = field(default_factory=dict)  # particle -> the writer's own act with `be`: in: scrub
    infinitive_states: frozenset = frozenset()  # with an infinitive, what is certain or meant: "is bound to stop"
    aspect_actives: frozenset = frozenset()  # said of I/we with an infinitive, the writer's own start: "I was started to work"
    present_descriptions: dict = field(default_factory=dict)  # preposition -> what describes a thing in the present: with: label
    timetable_states: frozenset = frozenset()  # how a service runs, with nobody acting: "The 9.15 is delayed"
    own_trainings: frozenset = frozenset()  # the writer's training, non-native: "I was formed in internal medicine"
    study_steps: frozenset = frozenset()  # what a study team does to its participants: "Patients were enrolled in the trial"
    study_subjects: frozenset = frozenset()  # who a study enrols: patients, participants
    to_nouns: frozenset = frozenset()  # states whose "to" always comes before a noun: "limited to chart review"


@dataclass(frozen=True)
class Passive:
    """One passive clause: its auxiliary, its participle, and what it is about."""

    auxiliary: object
    verb: object
    negated: bool
    subject: object | None
    # "role": it may hide who did the work; "someone-else": it is about a relative, a third party or
    # how things are done, so nobody's role is hidden.
    about: str


_THIRD_PERSONS = {"he", "she", "him", "her", "everyone", "someone", "somebody", "anyone", "nobody"}
_RELATIVES = {"who", "whom", "that", "which", "whose"}
_GENERAL_CLAUSE_WORDS = {"how", "why", "where", "whether"}
_DIRECTIONS = {"to", "into", "onto", "from", "out", "off", "away", "back", "in"}


# Forms of the passive auxiliaries, for when the lemmatizer leaves a capitalised one alone ("Getting rejected").
_AUXILIARY_FORMS = {"be": {"be", "am", "is", "are", "was", "were", "been", "being", "'s", "'re", "'m"},
                    "get": {"get", "gets", "got", "gotten", "getting"}}


def _is_auxiliary(token, auxiliaries) -> bool:
    return token.lemma_.lower() in auxiliaries or any(
        token.lower_ in _AUXILIARY_FORMS.get(name, ()) for name in auxiliaries)


def _passive_auxiliary(verb, auxiliaries):
    for child in verb.children:
        if child.dep_ == "auxpass" and child.i < verb.i and _is_auxiliary(child, auxiliaries):
            return child
    if verb.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in verb.children):
        # "I got hurt playing football": the parser calls `got` a plain auxiliary, yet its subject a passive one
        return next((c for c in verb.children if c.dep_ == "aux" and c.i < verb.i and c.lemma_.lower() != "have"
                     and _is_auxiliary(c, auxiliaries) and c.lower_ not in ("be", "been")), None)
    if verb.tag_ == "VBN" and "be" in auxiliaries:
        # "The filter needs to be reset", the parser's `be` a plain auxiliary: "to be" + participle is a passive
        be = next((c for c in verb.children if c.dep_ == "aux" and c.i == verb.i - 1 and c.lower_ == "be"), None)
        if be is not None and any(c.dep_ == "aux" and c.lower_ == "to" and c.i == be.i - 1 for c in verb.children):
            return be
    return None


def passive_subject(verb):
    """What the passive is about: its subject, the noun a relative clause hangs on ("my father, who
    was diagnosed" -> father), the subject of the verb it is joined to ("were reviewed and signed"), or
    of the verb its infinitive completes ("The patient needs to be admitted" -> patient)."""
    current = verb
    for _ in range(4):
        subject = next((c for c in current.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        if subject is not None:
            if subject.lower_ in _RELATIVES and current.dep_ == "relcl":
                return current.head
            return subject
        if current.dep_ in ("relcl", "acl"):
            return current.head
        if current.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children):
            current = current.head  # "Everyone likes to be praised": the one who likes it is the one praised
            continue
        if current.dep_ != "conj" or current.head is current:
            return None
        current = current.head
    return None


def is_adjectival_participle(verb, words: PassiveWords) -> bool:
    """A participle after `be` that names a state, not an action: "was filled with smoke", "is
    overrated", "am stunned by the news", "was so tired", "was heated". Read from the parse: a
    degree adverb on it, a preposition that makes it a state, a participle of feeling, or a
    present-tense clause that ends at it."""
    if verb.dep_ == "amod":
        return True
    forms = participle_forms(verb, words)
    children = list(verb.children)
    if _in_progress(verb) and not forms & words.feelings:
        return False  # "The boy was being prepared for surgery": something under way is done, not a state
    if any(c.dep_ == "conj" and c.tag_ in ("JJ", "JJR", "JJS") for c in children) or (
            verb.dep_ == "conj" and verb.head.tag_ in ("JJ", "JJR", "JJS")):
        return True  # "dehydrated and lethargic": joined to an adjective, it is one
    if any(c.dep_ == "conj" and c.tag_ == "VBG" and not any(g.dep_ in ("aux", "nsubj", "nsubjpass") for g in c.children)
           for c in children) and all(c.dep_ in ("auxpass", "nsubjpass", "cc", "conj", "punct") or c.i < verb.i and
                                      c.dep_ in ("advmod", "neg") for c in children):
        return True  # "The tree was uprooted and lying across the road": one description shares the `was`
    if verb.dep_ == "conj" and verb.head.lemma_ == "be" and any(c.dep_ == "nsubjpass" for c in children) and \
            not any(c.i > verb.i and c.dep_ not in ("punct", "cc", "conj") for c in children) and any(
            c.dep_ == "acomp" and c.tag_ in ("JJ", "JJR", "JJS") for c in verb.head.children):
        # "The fridge was empty and the sink was blocked": a description, clause by clause, ending at
        # the participle; not "The patient was stable and was discharged home"
        return True
    doc = verb.doc
    if verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].head == verb and not _agents(verb) and \
            doc[verb.i - 2].lower_ not in _VERB_PREFIXES - {"self"} and not _done_then(verb, words):
        return True  # "The room is air-conditioned", "I am self-taught": a compound adjective
    if _from_a_noun(verb, words):
        return True  # "The area is heavily wooded", "a talented player": no verb behind them
    if _negated_state(verb, words):
        return True  # "The team is unbeaten", "The driver was unharmed": no verb "unbeat", so no one acted
    if _from_an_adjective(verb, words):
        return True  # "I was opportuned to lead the outreach": no verb "opportune", so no one acted
    agents = _agents(verb)
    # "made up of six nurses": a preposition on the particle belongs to the participle too
    heads = [verb, *(c for c in children if c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in _PARTICLES)]
    # "by Friday" says when; "by a week of fever" names what came before: a stretch of something is no time
    preps = {c.lower_ for h in heads for c in h.children if c in agents or c.dep_ in ("prep", "agent") and not (
        c.lower_ == "by" and all(_time_word(g) and not any(d.dep_ == "prep" and d.lower_ == "of" for d in g.children)
                                 for g in c.children if g.dep_ == "pobj"))}
    preps |= {c.lower_ for c in heads[1:]}  # a particle names a state too: "worn out", "fed up"
    if forms & words.to_nouns and _to_read_as_an_infinitive(verb):
        preps.add("to")  # "My role was limited to chart review", the parser's "to chart" an infinitive
    if any(c.lower_ == "by" and [g.lower_ for g in c.children if g.dep_ == "pobj"] == ["default"] for c in children):
        preps = (preps - {"by"}) | {"default"}  # "is disabled by default": a setting, no one acted
    if any(c.lower_ == "by" and (any(g.dep_ == "pcomp" for g in c.children) and not any(
            g.dep_ == "pobj" for g in c.children) or _opens_a_question(c)) for c in children):
        # "struck by how calm she was", "struck by how much time they spent": a clause acts on no one
        preps = (preps - {"by"}) | {"by-clause"}
    # a degree word after the auxiliary ("was so tired"); not "so" opening the clause ("so the food was ordered")
    after = next((c.i for c in children if c.dep_ == "auxpass"), -1)
    # before the participle only: "less any deductions", "examined too" say nothing of a degree
    graded = [c.lower_ for c in children if c.dep_ == "advmod" and c.lower_ in words.degree and after < c.i < verb.i
              and not any(g.lower_ == "than" for g in c.children)]  # not "reminded more than once"
    if graded and not (set(graded) <= _MANNER_DEGREE and ("by" in preps or _eventive(verb, words))) and not (
            not forms & words.feelings and _agent_is_person(verb, words)):
        # "very pleased", "well known"; not "well received by nurses" or "should be fully charged", nor a degree on
        # something people do to someone: "He was deeply loved by everyone", "is highly regarded by surgeons"
        return True
    if _graded_after(verb) and _present_be(verb) and not agents and not _is_person(passive_subject(verb), words, or_theirs=False):
        return True  # "My clinical skill is improved very much": how far it has come now; not "I was helped very much by"
    # "gets flooded with patients every time the clinic closes": what happens again and again is done, not a state
    again = not forms & words.feelings and any(_happens_again(c) for c in children)
    # "is stocked with trout every spring": a habit said anywhere after the participle makes a state's phrase an act
    habit = again or not forms & words.feelings and any(  # its own phrases, not a verb joined on ("and cleaned ...")
        _every_time(t) for c in children if c.i > verb.i and c.dep_ not in ("conj", "cc") for t in c.subtree)
    if forms & words.timetable_states and not agents and not _eventive(verb, words) and _runs_to_a_timetable(verb, words):
        return True  # "The 11.05 is delayed by fifteen minutes", "My flight was delayed"; not "delayed by rain"
    if forms & words.study_steps and _study_subject(passive_subject(verb), words):
        return False  # "Fifty-two patients were enrolled in the trial": the study team enrolled them
    if _accustomed(verb, forms):
        return True  # "I am used to work under pressure": used to it, said of the writer, not used by anyone
    if forms & words.infinitive_states and _infinitive_next(verb):
        return True  # "The rain is bound to stop", "The plan is meant to save money": like "supposed to"
    if forms & words.present_person_states and _present_be(verb) and _is_person(passive_subject(verb), words, or_theirs=False):
        return True  # "I am graduated from Cairo University": being a graduate; "I was graduated from" is the old passive
    if _handled_by_instruction(verb, forms, words) or forms & words.handled and _on_a_date(verb):
        # "The lake was stocked with trout last Tuesday": done then, by someone
        return False  # "The tablet should be hidden in food", "Jars must be filled with water": someone is to do it
    if not habit and any(forms & words.states.get(prep, frozenset()) for prep in preps) and not (
            (forms & words.feelings or preps & _PARTICLES) and "by" in preps and _felt_by_nobody(verb, words)) and not (
            forms & words.person_statives and "with" in preps and _said_of_a_thing(verb, words)):
        # "done/finished with" is a state of a person; "The cake is finished with a dusting of sugar" is an action
        # a thing moved by a thing is no feeling: "The tents were blown away by the storm", "carried away by the flood"
        # "surrounded by mountains" is a state; "surrounded by police" is something people did
        return bool(forms & words.feelings) or not _agent_is_person(verb, words)
    if forms & words.thing_states and _laid_out(verb, words):
        return True  # "The ward is divided into four bays"; not "Patients are divided into two groups"
    if any(forms & words.present_descriptions.get(prep, frozenset()) for prep in preps) and _laid_out(
            verb, words, of_a_kind=any(c.dep_ == "neg" for c in children)):  # "Stitch markers are not included in the kit"
        # what a thing is marked with, comes with or is made for, said in the present: "The vials are labelled with
        # the date", "Batteries are included in the box", "The game is designed for four players"
        return True
    if forms & words.present_descriptions.get("for", frozenset()) and _end_next(verb) and _laid_out(
            verb, words, made_for=True):
        return True  # made for, said with an infinitive: "The caddy is designed to fit on a worktop", "is built to last"
    if _state_since(verb, words):
        return True  # "The build has been broken since the last merge"; not "have been detained since March"
    if forms & words.feelings and not _felt_by_nobody(verb, words):  # "was moved to the ICU" is an action
        # "moved to tears", "stunned into silence": where a feeling drives someone is no place
        preps -= {c.lower_ for c in children if c.dep_ == "prep" and c.lower_ in _DIRECTIONS and any(
            g.dep_ == "pobj" and g.lemma_.lower() in words.feeling_results for g in c.children)}
        if agents and not _agent_is_person(verb, words) and not any(
                c.dep_ == "prep" and c.lower_ in _DIRECTIONS and any(
                    g.dep_ == "pobj" and (g.pos_ == "PROPN" or any(d.dep_ in ("det", "poss") for d in g.children))
                    for g in c.children) for c in children):
            return True  # "moved to tears by their courage"; not "moved to the ward by two porters"
        return not preps & _DIRECTIONS and not any(c.lower_ in _PLACES_TO_GO for c in children if c.dep_ in (
            "advmod", "npadvmod"))
    negated = any(c.dep_ == "neg" for c in children)
    if forms & words.covering and not negated and not again and not (habit and preps) and \
            not preps & ((_DIRECTIONS - {"to"}) | {"by"}):
        # "to" says how full, not where to: "packed to the rafters", "filled to capacity"
        return True  # "The lecture hall was packed", "the streets were flooded after the rain"
    undone = {form[2:] for form in forms if form.startswith("un")}  # "unlocked" is a state as "locked" is
    if (forms | undone) & words.adjectives and "by" not in preps and \
            not preps & {"to", "into", "onto"} and not _eventive(verb, words) and not _done_for(verb):
        return True  # "The debate was heated (from the first question)"; not "heated to 80 degrees"
    # "This restaurant is overrated.", "I am exhausted.", "He is retired now.", "The house is
    # painted white.": a present state, with nothing after it but a result or the word "now".
    complements = [c for c in children if c.i > verb.i and c.dep_ not in ("punct", "cc", "conj")
                   and not (c.dep_ == "oprd" and c.pos_ == "ADJ" and not any(True for _ in c.children))
                   and not (c.dep_ == "advmod" and c.lower_ in _STATE_ADVERBS)  # "painted green every summer" is a habit
                   and not _to_the_reader(c)]  # "The report is attached for your review"
    if _required_state(verb, complements, agents, words):
        return True  # "Make sure the butter is softened before you start": how it must be, not who does it
    if forms & words.present_states and not agents and _present_be(verb) and all(
            c.dep_ == "prt" or c.dep_ == "advcl" and _condition_clause(c) and not _happens_again(c) for c in complements):
        return True  # "The stew is done when the beans are soft", "while the fan is turned on"
    if not complements and not any(c.dep_ in ("neg", "npadvmod") or c.dep_ == "advmod" and c.lower_ not in
                                   _STATE_ADVERBS for c in children):
        auxiliary = next((c for c in children if c.dep_ == "auxpass"), None)
        clause = verb
        if auxiliary is None and verb.dep_ == "acomp" and verb.head.lemma_ == "be":
            auxiliary = clause = verb.head  # "The printer is jammed again", read as be + adjective
        # a clause joined by "and" to a main clause that describes describes too: "The walls are painted and the
        # floor is sanded"; not "Each vial is labelled with a code and the box is sealed"
        main = clause.dep_ == "ROOT" or (
            clause.dep_ == "conj" and clause.head.dep_ == "ROOT" and auxiliary in children and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in children) and clause.head.tag_ == "VBN" and any(
                c.dep_ == "auxpass" for c in clause.head.children) and is_adjectival_participle(clause.head, words))
        return auxiliary is not None and auxiliary.tag_ in ("VBZ", "VBP") and not any(
            c.dep_ == "aux" for c in (*children, *clause.children)) and main and not _generic(passive_subject(clause)) \
            and not any(_happens_again(c) for c in (*children, *clause.children))
    return False


_INSTRUCTING = {"should", "must", "shall", "can", "could", "may", "to"}  # not "will": "The peaks will be covered in snow"


def _handled_by_instruction(verb, forms, words: PassiveWords) -> bool:
    """A thing put, wrapped or covered by hand, said with a modal of instruction or `to`: "The tablet should be
    hidden in a piece of food", "The dough must be wrapped in film", "The jars need to be filled with brine". What
    a recipe, a leaflet or a manual asks someone to do is an action; in the present ("The atlas is wrapped in
    cloth") it stays how the thing is, and said of a person ("I want to be wrapped in a blanket") how they are."""
    if not forms & words.handled or not any(c.dep_ == "aux" and c.lower_ in _INSTRUCTING for c in verb.children):
        return False
    subject = passive_subject(verb)
    return subject is None or not _is_person(subject, words, or_theirs=False) and subject.lower_ not in _OWN_SUBJECTS


_DEGREE_OF_MUCH = {"very", "so", "too"}


def _graded_after(verb) -> bool:
    """Nothing after the participle but a degree of "much": "is improved very much", "is changed so much"."""
    after = [c for c in verb.children if c.i > verb.i and c.dep_ not in ("punct", "cc", "conj")]
    return len(after) == 1 and after[0].dep_ == "advmod" and after[0].lower_ == "much" and any(
        g.lower_ in _DEGREE_OF_MUCH for g in after[0].children)


def _infinitive_next(verb) -> bool:
    """The participle's own infinitive follows it straight away: "bound to stop", "used to work"."""
    return verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "to" and any(
        c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.i == verb.i + 1 for g in c.children) for c in verb.children)


def _end_next(verb) -> bool:
    """An infinitive of the participle's own straight after it, read as its complement or as a clause of purpose:
    "designed to fit", "built to withstand strong winds"."""
    return verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "to" and any(
        c.dep_ in ("xcomp", "advcl") and any(g.dep_ == "aux" and g.i == verb.i + 1 for g in c.children)
        for c in verb.children)


def _accustomed(verb, forms) -> bool:
    """"used to" + a verb said of I, we or you is being accustomed, the non-native form of "used to working":
    "I am used to work under pressure". Said of anything else it is a passive of use: "Old sheets were used to
    wrap the glasses", "Volunteers were used to collect the data"."""
    if "use" not in forms or not _infinitive_next(verb):
        return False
    subject = passive_subject(verb)
    return subject is not None and subject.lower_ in _OWN_SUBJECTS | {"you"}


def _opens_a_question(preposition) -> bool:
    """A preposition whose object opens with a question word, so it governs a clause, not a noun:
    "by how much time they spent", "by what she said" (the parser hangs the clause's noun on `by`)."""
    doc = preposition.doc
    return preposition.i + 1 < len(doc) and doc[preposition.i + 1].tag_ in _QUESTION_TAGS


def _in_progress(verb) -> bool:
    """A progressive passive, finite `be` and then `being`: "was being prepared", "are being moved"; not the
    gerund "Being involved in research taught me" (no finite `be`), which may name a state."""
    children = list(verb.children)
    return any(c.dep_ == "auxpass" and c.lower_ == "being" for c in children) and any(
        c.dep_ == "aux" and c.lemma_ == "be" and c.lower_ != "being" for c in children)


_TIMES_AND_HABITS = {"overnight", "daily", "weekly", "monthly", "yearly", "annually", "usually", "often", "always",
                      "sometimes", "never", "regularly", "routinely", "typically", "generally", "first", "then",
                      "next", "finally", "gently", "carefully", "slowly", "quickly", "immediately", "later"}


_WHEN_IT_HAPPENS = {"when", "whenever", "if"}
_STEPS = {"once", "after"}  # a clause that says what is done first: "Once the panels are fitted, ..."


def _laid_out(verb, words: PassiveWords, of_a_kind: bool = False, made_for: bool = False) -> bool:
    """How a thing is placed or laid out, said in the present: "The ward is divided into four bays", "The
    castle is perched on a cliff", "The valley is dominated by vineyards". Not said of people ("Patients are
    divided into two groups"), with a person acting, of a kind in general ("Samples are mounted on slides", a
    habit), or as a step done at a time or for a purpose ("The flask is then suspended in the bath overnight",
    "is hung to dry"): those are actions. With `made_for` the infinitive is what the thing is made for, part of
    the description ("The caddy is designed to fit on a worktop")."""
    be = verb.head if verb.dep_ == "acomp" and verb.head.lemma_ == "be" else None  # "upholstered" read as an adjective
    if not (_present_be(verb) or be is not None and be.tag_ in ("VBZ", "VBP") and not any(
            c.dep_ == "aux" for c in be.children)) or _agent_is_person(verb, words):
        return False
    if _agents(verb) and participle_forms(verb, words) & words.placed:
        return False  # "The price is set by the market": something acts, where "set in Seville" says where
    subject = passive_subject(verb) or (next((c for c in be.children if c.dep_ == "nsubj"), None) if be else None)
    if _is_person(subject, words, or_theirs=False) or _generic(subject) and not of_a_kind or (
            _done_for(verb) and not made_for):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "onto" or c.dep_ == "advcl" and c.tag_ == "VBG" for c in verb.children):
        return False  # moved somewhere, or done some way: "is mounted onto the scalp", "is hung using hooks"
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _STEPS for c in verb.children):
        return False  # a step done before the next: "Once the shelves are fitted, hang the doors"
    if any(c.dep_ == "advcl" and c.i > verb.i and any(g.dep_ in ("advmod", "mark") and g.lower_ in _WHEN_IT_HAPPENS
                                                       and g.i < c.i for g in c.children) for c in verb.children):
        return False  # what happens each time something else does: "Light is split into colours when it passes a prism"
    return not any(t.lower_ in _TIMES_AND_HABITS and t.dep_ != "amod" or _happens_again(t) or _time_word(t) and (
        t.dep_ == "npadvmod" or t.dep_ == "pobj" and t.head.lower_ in ("for", "during"))  # "for two weeks"
        for t in verb.subtree if t is not verb and t.i > (subject.i if subject is not None else -1))


def _to_read_as_an_infinitive(verb) -> bool:
    """The preposition "to" straight after the participle, which the parser read as the mark of an infinitive
    because a noun after it can be a verb: "limited to chart review", "confined to bed rest"."""
    doc = verb.doc
    return verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "to" and doc[verb.i + 1].dep_ == "aux" and \
        doc[verb.i + 1].head.head == verb


def _runs_to_a_timetable(verb, words: PassiveWords) -> bool:
    """Said of a thing, a service named by its time too: "The 11.05 to Reading is delayed"."""
    subject = passive_subject(verb)
    return _said_of_a_thing(verb, words) or subject is not None and subject.pos_ == "NUM"


def _study_subject(subject, words: PassiveWords) -> bool:
    """Who a study takes in: "patients", "participants", "Fifty-two children" counted."""
    return subject is not None and bool({subject.lemma_.lower(), subject.lower_} & words.study_subjects)


def _said_of_a_thing(verb, words: PassiveWords) -> bool:
    """The clause is about a thing, not a person or an animal: "The cake is finished with icing", not "I am
    finished with the laptop" or "Getting done with the chores" (no subject: said of whoever does it)."""
    subject = passive_subject(verb)
    if subject is None and verb.dep_ == "acomp":
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ in ("NOUN", "PROPN") and not _is_person(subject, words, or_theirs=False) \
        and not {subject.lemma_.lower(), subject.lower_} & words.animals


def _done_for(verb) -> bool:
    """A participle with an infinitive of purpose or result: "The mixture was heated to reflux", "The
    shirts are hung to dry": something done for an end is an action, not a state."""
    around = list(verb.children)
    if verb.dep_ == "acomp" and verb.head.lemma_ == "be":
        around += list(verb.head.children)  # "were mixed to form a paste", the participle read as an adjective
    return any(c.dep_ in ("xcomp", "advcl") and c.i > verb.i and any(g.dep_ == "aux" and g.lower_ == "to" for g in
                                                                     c.children) for c in around)


def _to_the_reader(complement) -> bool:
    """A phrase addressed to the reader, not part of any event: "for your review", "for your records"."""
    return complement.dep_ == "prep" and complement.lower_ == "for" and any(
        g.dep_ == "pobj" and any(d.dep_ == "poss" and d.lower_ == "your" for d in g.children)
        for g in complement.children)


# Words that require a state of things: "make sure", "make certain", "ensure"
_REQUIRING = {"sure", "certain", "ensure"}
_BEFORE_OR_WHEN = {"before", "when", "once", "until", "while"}


def _required_state(verb, complements, agents, words: PassiveWords) -> bool:
    """A present state of a thing that the sentence requires: "Make sure the butter is softened before you
    start", "Ensure the lid is closed". What it asks for is how the thing must be, not who acts on it; with
    someone acting ("is signed by your supervisor") or said of a person ("the patient is consented"), a passive."""
    if not _present_be(verb) or agents or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _REQUIRING:
        return False
    subject = passive_subject(verb)
    if subject is None or _is_person(subject, words, or_theirs=False):
        return False
    # nothing after it but a particle, a manner or a time it must hold by: "cooked through", "secured firmly",
    # "charged before the trip"
    return all(c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_.endswith("ly") or c.dep_ == "prep" and c.lower_ in _BEFORE_OR_WHEN or c.dep_ == "advcl" and any(
        g.dep_ == "mark" and g.lower_ in _BEFORE_OR_WHEN for g in c.children) for c in complements)


def _felt_by_nobody(verb, words: PassiveWords) -> bool:
    """A participle of feeling said of a thing, with a thing acting: "Revenue was driven by strong
    demand", "The valve was moved by the current". Only people and animals feel, so it is the verb's
    other sense, an action. Without a `by` phrase the feeling reading stays ("The mood was subdued")."""
    subject = passive_subject(verb)
    if subject is None or subject.pos_ != "NOUN" or not _agents(verb) or _agent_is_person(verb, words):
        return False
    lemma = subject.lemma_.lower()
    if lemma.endswith("er") and {lemma[:-2], lemma[:-1], lemma[:-3]} & words.verbs:
        # "The reviewer was disappointed by the ending", "Beginners are intimidated by dovetails" (begin + n + er,
        # the doubled consonant of "runner", "swimmer", "planner"): one who does it, a person
        return False
    return not _is_person(subject, words, or_theirs=False) and not ({lemma, subject.lower_} & words.animals)


_REPEATED = {"whenever", "every", "each"}


def _happens_again(clause) -> bool:
    """A clause or phrase that says the thing happens again and again: "whenever the schema changes",
    "every time a user logs in", "each time": what is done then is a habit, not a state."""
    if clause.dep_ == "advcl":
        return any(c.dep_ in ("advmod", "mark") and c.lower_ == "whenever" and c.i < clause.i for c in clause.children)
    return clause.dep_ == "npadvmod" and clause.lower_ == "time" and any(
        c.lower_ in ("every", "each") for c in clause.children)


def _every_time(phrase) -> bool:
    """A phrase of time said with "every" or "each": "every spring", "each morning", "every time"."""
    return phrase.dep_ == "npadvmod" and any(c.lower_ in ("every", "each") for c in phrase.children)


def _state_since(verb, words: PassiveWords) -> bool:
    """A perfect with "since" on a participle the model's own dictionary lists as an adjective, said of a
    thing with no one acting: "The build has been broken since the last merge", "The road has been closed
    since Monday" is how it has stayed. "Two journalists have been detained since March" (people, and
    "detained" is no adjective) is a passive."""
    children = list(verb.children)
    if not words.known_adjectives or verb.lower_ not in words.known_adjectives or _agents(verb) or not any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in children) or any(
            c.dep_ == "aux" and c.lower_ in _MODALS_AND_FUTURE for c in children):
        return False
    subject = passive_subject(verb)
    if subject is None or _is_person(subject, words, or_theirs=False) or subject.lower_ in _OWN_SUBJECTS:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "since" for c in children)


_QUANTIFIERS = {"many", "most", "some", "few", "several", "all", "both", "numerous", "countless", "more", "fewer"}


def _generic(subject) -> bool:
    """A plural said of a kind, bare or counted, not of things in view: "Many research articles are
    published", "Mistakes are made", "Thousands of trees are felled": a habit, so a passive, where
    "The walls are painted" describes."""
    if subject is not None and (subject.lower_ in ("nothing", "none") or any(
            c.dep_ == "det" and c.lower_ in ("no", "every", "each") for c in subject.children)):
        # "No deviation is observed", "Nothing is known", "Every sample is checked": said of any, so what anyone does
        return True
    if subject is None or subject.tag_ != "NNS":
        if subject is not None and subject.lower_ in _QUANTIFIERS | {"thousands", "millions", "hundreds"}:
            return True
        return False
    modifiers = [c for c in subject.children if c.dep_ in ("det", "poss", "amod", "nummod", "predet")]
    return all(c.lower_ in _QUANTIFIERS or c.dep_ == "nummod" or c.dep_ == "amod" and c.tag_ in ("JJ", "JJR", "JJS") and
               c.lower_ not in ("same", "other") for c in modifiers) and not any(
        c.dep_ in ("det", "poss") and c.lower_ not in _QUANTIFIERS for c in subject.children)


def _done_then(verb, words: PassiveWords) -> bool:
    """A compound participle said as something done in the past, with a word of its own after it
    ("The wall was spray-painted overnight", "were hand-sorted into boxes") or as an event: not the
    state of "The room is air-conditioned" or "The file was password-protected"."""
    auxiliary = next((c for c in verb.children if c.dep_ == "auxpass"), verb.head if verb.dep_ == "acomp" else None)
    if auxiliary is None or auxiliary.tag_ != "VBD":
        return _eventive(verb, words)
    return _eventive(verb, words) or any(c.i > verb.i and c.dep_ in ("advmod", "npadvmod", "prep", "dobj", "conj")
                                          and c.lower_ not in _STATE_ADVERBS for c in verb.children)


_CONDITIONS = {"when", "whenever", "while", "once", "until", "as"}  # not "if": "A biopsy is done if ..." is a procedure


def _present_be(verb) -> bool:
    """A present-tense `is`/`are` on the participle, with no modal or `have`: "is done", "are switched off"."""
    auxiliary = next((c for c in verb.children if c.dep_ == "auxpass"), None)
    return auxiliary is not None and auxiliary.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in verb.children)


def _condition_clause(clause) -> bool:
    """A clause that says when a state holds: "when the juices run clear", "once it cools"."""
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in _CONDITIONS and c.i < clause.i for c in clause.children)


_PLACES_TO_GO = {"home", "away", "back", "upstairs", "downstairs", "inside", "outside", "abroad", "here", "there"}
_MANNER_DEGREE = {"well", "fully", "thoroughly", "highly"}  # "well received by nurses", "fully funded by the NIH"
_PARTICLES = {"out", "up", "away", "off", "over", "down", "aback"}
_STATE_ADVERBS = {"now", "still", "already", "currently", "presently", "half", "partly", "mostly", "again"}


def participle_forms(verb, words: PassiveWords) -> set:
    """The participle as written and as a dictionary form, to look it up in the P101 table, also when
    the tagger read it as an adjective ("understaffed" -> understaff)."""
    word = verb.lower_
    forms = {word, verb.lemma_.lower(), verb_lemma(verb, words)}
    if word.endswith("ed") and word[:-1] in words.verbs:
        forms.add(word[:-1])  # "scared" -> scare, where the lemmatizer says "scar"
    if verb.tag_ != "VBN" and word.endswith("ed"):
        forms |= {word[:-2], word[:-1]}
    elif words.verbs and word.endswith("ned") and verb.lemma_.lower() not in words.verbs:
        forms.add(word[:-2])  # a participle given a second ending, read as the one meant: "borned" -> born
    return forms


def verb_lemma(verb, words: PassiveWords) -> str:
    """The participle's verb, also when the tagger read it as an adjective ("cluttered" -> clutter)."""
    lemma = verb.lemma_.lower()
    if verb.tag_ == "VBN" or not words.verbs or lemma in words.verbs:
        return lemma
    word = verb.lower_
    for base in (word[:-2], word[:-1], word[:-3]):
        if base in words.verbs:
            return base
    return lemma


def _bases(word: str, lemma: str) -> set:
    """The dictionary forms a participle may come from: "planned" -> plan, "beaten" -> beat."""
    bases = {lemma, word[:-2], word[:-1], word[:-3]}
    if word.endswith("en"):
        bases.add(word[:-2] + "e")
    return bases


def _negated_state(verb, words: PassiveWords) -> bool:
    """An un- participle with no un- verb behind it is the negation of a state, an adjective: "unbeaten",
    "unharmed", "unsupervised" (there is no verb "unbeat"), unless a person acts ("was unopposed by the union"
    stays). "was unveiled", "was unpacked" come from verbs of their own and stay passives."""
    word = verb.lower_
    if not words.verbs or not word.startswith("un") or len(word) < 7 or _agent_is_person(verb, words):
        return False
    if _bases(word, verb.lemma_.lower()) & words.verbs:
        return False
    return bool(_bases(word[2:], word[2:]) & words.verbs)


def _from_an_adjective(verb, words: PassiveWords) -> bool:
    """An -ed form made from an adjective that is no verb in the model's dictionaries: "I was opportuned to lead",
    "We were fortunated to have". With no verb behind it no one can have acted, whatever follows; "was cleaned",
    "was warmed" come from verbs of their own and stay passives."""
    word = verb.lower_
    if not words.verbs or not words.known_adjectives or not word.endswith("ed") or "-" in word:
        return False
    bases = {verb.lemma_.lower(), word[:-1], word[:-2]}
    return not bases & words.verbs and bool(bases & words.known_adjectives)


def _from_a_noun(verb, words: PassiveWords) -> bool:
    """An -ed adjective made from a noun, not a verb: "wooded", "talented" (the model's own
    dictionaries say "wood" and "talent" are nouns and not verbs). Prefixed verbs ("co-signed") are verbs."""
    word = verb.lower_
    if not words.verbs or not word.endswith("ed") or "-" in word:
        return False
    # Nouns turn into verbs too ("Patients were triaged by the nurse", "The lesion was biopsied"), so
    # only a present state with nothing after it but an adverb counts: "The area is heavily wooded".
    auxiliary = next((c for c in verb.children if c.dep_ == "auxpass"), verb.head if verb.dep_ == "acomp" else None)
    if auxiliary is None or auxiliary.tag_ not in ("VBZ", "VBP") or any(
            c.i > verb.i and c.dep_ not in ("punct", "advmod") for c in verb.children):
        return False
    bases = {verb.lemma_.lower(), word[:-2], word[:-1]}
    if len(word) > 4 and word[-3] == word[-4]:
        bases.add(word[:-3])  # "planned" -> "plan"
    return not bases & words.verbs and bool(bases & words.nouns)


_MODALS_AND_FUTURE = {"will", "would", "shall", "should", "can", "could", "may", "might", "must", "to"}
_POINT_IN_TIME = {"in", "on", "at", "during", "after", "before", "last", "yesterday", "ago"}


# Verbs whose infinitive says how a thing looks, not what will be done: "The driver appeared to be intoxicated"
_SEEMING = {"seem", "appear"}


def _bare(participle) -> bool:
    """A participle with no word of its own, the second of a pair: "torn" in "faded and torn"."""
    return not any(True for _ in participle.children)


def _eventive(verb, words: PassiveWords = PassiveWords()) -> bool:
    """A participle that names an event, not a state: "The factory was closed in 2009",
    "will be closed tomorrow", "was being closed", "was closed and never reopened". "The store
    is closed on Sundays" is a state: present tense, a habit."""
    children = list(verb.children)
    seeming = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _SEEMING  # "appeared to be intoxicated"
    if any(c.dep_ == "aux" and c.lower_ in _MODALS_AND_FUTURE and not (seeming and c.lower_ == "to") for c in children):
        return True
    auxiliary = next((c for c in children if c.dep_ == "auxpass"), None)
    if auxiliary is not None and auxiliary.lower_ == "being":
        return True
    # after `get`, a past tense joined on is what the subject did next, not a second participle: "The kite got
    # tangled in the wires and fell"; "got hit and knocked over" shares the `got`
    joined = ("VBN",) if auxiliary is not None and auxiliary.lower_ in _AUXILIARY_FORMS["get"] else ("VBN", "VBD")
    if any(c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ in joined and
           not participle_forms(c, words) & words.adjectives and not _bare(c) and
           not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in children):
        return True  # "closed in 2009 and never reopened": one event after another; not "faded and torn",
        # nor a clause of its own: "got married in May, and my wife supported me"
    if auxiliary is None or auxiliary.tag_ != "VBD" or auxiliary.lemma_ != "be" or any(c.dep_ == "aux" for c in children):
        return False  # "She got married last year" is a change of state, not something done to her
    for child in children:
        if child.dep_ in ("npadvmod", "advmod") and (_calendar_point(child) or child.lower_ == "ago"):
            return True  # "was closed yesterday", "was closed last year"
        if child.dep_ == "prep" and child.lower_ == "during" and any(g.dep_ == "pobj" for g in child.children):
            return True  # "The shirt was torn during the fight": something happened to it then
        if child.dep_ == "prep" and child.lower_ in _POINT_IN_TIME and any(
                _calendar_point(g) for g in child.children if g.dep_ == "pobj"):
            return True  # "was closed on Friday", "was closed in 2009"; not "was distended on day two"
    return False


def _on_a_date(verb) -> bool:
    """A past `was`/`were` with a date it happened on: "last Tuesday", "on 3 May", "in 2019", "two weeks ago"."""
    auxiliary = next((c for c in verb.children if c.dep_ == "auxpass"), None)
    if auxiliary is None or auxiliary.tag_ != "VBD":
        return False
    return any(c.dep_ == "prep" and c.lower_ in _POINT_IN_TIME and any(
        _calendar_point(g) for g in c.children if g.dep_ == "pobj") for c in verb.children) or any(
        t.dep_ in ("npadvmod", "advmod") and (_calendar_point(t) or t.lower_ == "ago")  # "last Tuesday", on a noun too
        for t in verb.subtree if t.i > verb.i)


def _about_someone_else(verb, subject, words: PassiveWords) -> bool:
    """A passive that hides nobody's role: about a relative or a third person ("my father, who was
    diagnosed", "he was arrested"), or a general clause ("how medicine is practiced here")."""
    if subject is not None:
        if subject.lower_ in _OWN_SUBJECTS | {"me", "us"}:
            return False
        if subject.lower_ in _THIRD_PERSONS:
            return True
        lemma = subject.lemma_.lower()
        if lemma in words.people or subject.lower_ in words.people:
            return True
        question = verb.dep_ == "acl" and verb.head.dep_ in ("nsubj", "nsubjpass")  # "Was the patient seen?"
        in_relative_clause = (verb.dep_ in ("relcl", "acl") and not question) or any(
            c.dep_ == "nsubjpass" and c.lower_ in _RELATIVES for c in verb.children)
        if in_relative_clause and (lemma in words.patients or subject.lower_ in words.patients):
            return True  # "a patient who was admitted with sepsis": the patient's story, not a task
    clause = verb
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head
    opener = [c for c in clause.children if c.i < clause.i and c.lower_ in _GENERAL_CLAUSE_WORDS]
    return bool(opener) and clause.dep_ in ("ccomp", "advcl", "pcomp", "xcomp", "csubj", "pobj")


_PARTICIPLE_ENDINGS = ("ed", "en", "wn", "unk", "ung", "ught", "eft", "elt")


def _misread_participle(verb, words: PassiveWords = PassiveWords()) -> bool:
    """A participle the tagger read as an adjective or a past tense where the parse still shows a
    passive: "was intubated in the ED" (an `auxpass` on it), "Were the patients told" (an irregular
    participle read as a past tense, with its `auxpass`), "was drunk by the kids" (`be` + `by`),
    "could have been misread" (no adjective in the model's own dictionary, but a verb)."""
    if verb.tag_ == "VBD" and any(c.dep_ == "auxpass" and c.i < verb.i for c in verb.children):
        return True  # a past tense never takes a passive auxiliary: the tag is wrong, not the parse
    if (verb.tag_ == "VB" or verb.tag_ == "JJ" and words.known_adjectives and verb.lower_ in words.verbs and
            verb.lower_ not in words.known_adjectives) and any(
            c.dep_ == "auxpass" and c.i < verb.i and c.lemma_ == "be" for c in verb.children) and (
            any(c.dep_ == "nsubjpass" for c in verb.children) or not any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in (*verb.children, *verb.head.children))):
        # "... fever three days, was give antibiotic": a fragment with no subject is the same slip
        # "The samples were send to the lab", "I was send to the district hospital" (the base form read as an
        # adjective): the participle meant ("sent"); not a verb with a clause of its own after it, which is the
        # active verb with a stray `was`: "This case was let me understand" ("let me understand")
        return not any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i and any(
            g.dep_ == "nsubj" for g in c.children) for c in verb.children)
    if verb.tag_ in ("VB", "JJ") and _participle_spelling(verb) and any(
            c.dep_ == "auxpass" and c.i < verb.i and c.lemma_ == "be" for c in verb.children):
        return True  # "Your password needs to be reset", "The bolts should be cut": the participle is the base spelt
    if verb.tag_ == "VBD" and verb.dep_ == "acl" and verb.head.dep_ == "nsubj" and \
            verb.head.head.lemma_ == "be" and verb.head.head.i < verb.head.i:
        return True  # "Was the blood sample sent to the lab?": a past tense cannot follow its subject here
    if verb.tag_ == "JJ" and verb.dep_ == "acomp" and verb.head.lemma_ == "be" and verb.head.i < verb.i and \
            words.known_adjectives and verb.lower_ not in words.known_adjectives and \
            verb_lemma(verb, words) in words.verbs:
        return True  # "The results could have been misread": a verb's participle, never an adjective
    if verb.tag_ not in ("JJ", "VBD") or not verb.lower_.endswith(_PARTICIPLE_ENDINGS):
        return False
    before = verb.i - 1
    while before > 0 and verb.doc[before].pos_ == "ADV" or verb.doc[before].dep_ == "neg":
        before -= 1  # "were, as far as I know, never returned"
    if verb.tag_ == "VBD" and verb.dep_ == "advcl" and verb.head.lemma_ == "be" and verb.head.i < verb.i and \
            verb.doc[before].text == "," and not any(c.dep_ in ("nsubj", "dobj") for c in verb.children):
        return True  # "The road was eventually, after years of complaints, repaired." (read as a past tense)
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return verb.dep_ == "acomp" and verb.head.lemma_ == "be" and any(
        c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pobj" for g in c.children) for c in verb.children)


def _participle_spelling(verb) -> bool:
    """A verb whose past participle is spelt as its base form: "reset", "cut", "put", "spread"."""
    from lemminflect import getInflection

    return verb.lower_ in getInflection(verb.lower_, tag="VBN")


_OBJECTS_OF_BE = {"acomp", "attr", "prep", "ccomp", "xcomp", "oprd", "dobj"}


def _auxiliary_of(verb, auxiliaries):
    """The `be`/`get` that makes this participle passive, including where the parser hung the
    participle elsewhere: on `be` as an adjective ("was drunk by the kids"), on the subject of a
    question ("Was the patient seen by anyone?"), or after a parenthesis ("were, as far as anyone
    knows, never labelled")."""
    found = _passive_auxiliary(verb, auxiliaries)
    if found is not None:
        return found
    head = verb.head
    if verb.dep_ == "acomp" and _is_auxiliary(head, auxiliaries) and head.i < verb.i and (
            head.lemma_.lower() != "get" and head.lower_ not in _AUXILIARY_FORMS["get"] or _agents(verb)):
        # "The milk was drunk by the kids", the participle read as an adjective; with `get` the parser's
        # adjective is a change of state ("The toddler got upset", "got agitated"), unless someone acts
        return head
    if verb.dep_ == "acl" and head.dep_ in ("nsubj", "nsubjpass", "attr"):
        be = head.head
        if _is_auxiliary(be, auxiliaries) and be.i < head.i < verb.i and not any(
                c.dep_ in _OBJECTS_OF_BE and c.i != head.i and not _asks(c, be) for c in be.children) and all(
                _asks(c, be) for c in be.children if c.i < be.i and not c.is_punct and c.dep_ not in ("cc", "advmod")) and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            # a question: "Was the patient seen by anyone overnight?", "Was the sample sent?", and with
            # its question word before `be`: "Who was the bridge designed by?"
            return be
    if verb.tag_ != "VBN" and not (verb.tag_ == "VBD" and verb.dep_ == "advcl"):
        return None
    split = _auxiliary_before_phrase(verb, auxiliaries)
    if split is not None:
        return split
    if verb.dep_ == "advcl" and _is_auxiliary(head, auxiliaries) and head.i < verb.i:
        between = head.doc[head.i + 1:verb.i]
        if any(t.is_punct for t in between) and any(c.dep_ == "nsubj" for c in head.children) and not any(
                c.dep_ in _OBJECTS_OF_BE and not _in_parenthesis(c, head, verb) for c in head.children):
            return head  # "The samples were, as far as anyone knows, never labelled."
    return _auxiliary_before_parenthesis(verb, auxiliaries)


_SPLITTING = {"ADV", "ADP", "DET", "NUM", "ADJ"}


def _auxiliary_before_phrase(verb, auxiliaries):
    """A `be` cut off from its participle by a short phrase without commas, which the parser took
    for the clause's end: "The proposal was at first rejected", "was at last discharged", "was in
    2010 withdrawn", "was in turn criticised". Up to three words of adverb, preposition (and its
    noun), number or determiner stand between; `be` has a subject and nothing else that completes
    it, and the participle has no subject of its own."""
    doc = verb.doc
    if verb.dep_ not in ("xcomp", "pobj", "advcl", "conj", "dep") or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    i = verb.i - 1
    while i > 0 and verb.i - i <= 3 and not doc[i].is_punct and (
            doc[i].pos_ in _SPLITTING or doc[i].tag_ == "IN" or doc[i].dep_ == "pobj" and doc[i].pos_ == "NOUN"):
        i -= 1
    be = doc[i]
    if i == verb.i - 1 or be.pos_ not in ("AUX", "VERB") or be.tag_ not in ("VBD", "VBZ", "VBP") or \
            not _is_auxiliary(be, auxiliaries) or doc[i + 1].pos_ not in ("ADV", "ADP", "SCONJ"):
        return None
    if verb not in be.subtree or not any(c.dep_ in ("nsubj", "nsubjpass") for c in be.children) or any(
            c.dep_ in ("acomp", "attr", "dobj", "oprd") for c in be.children):
        return None
    return be


_QUESTION_TAGS = {"WP", "WDT", "WRB", "WP$"}


def _asks(token, be) -> bool:
    """The question word of a question, before its `be`: "Who", "Which committee"."""
    return token.i < be.i and any(t.tag_ in _QUESTION_TAGS for t in token.subtree)


def _in_parenthesis(token, be, verb) -> bool:
    """A word of `be` that stands between commas before the participle: "to everyone's surprise" in
    "was, to everyone's surprise, completed"."""
    return be.i < token.i < verb.i and any(t.is_punct for t in be.doc[be.i + 1:token.i])


def _auxiliary_before_parenthesis(verb, auxiliaries):
    """A `be` cut off from its participle by a parenthesis the parser misread: "was, after much debate
    and two postponed meetings, finally approved", "was eventually, after three calls, granted". The
    participle follows a comma (and adverbs); before the opening comma stands `be` (and adverbs), with
    a subject and nothing else that completes it."""
    doc = verb.doc
    i = verb.i - 1
    while i > 0 and doc[i].pos_ == "ADV":
        i -= 1
    if i <= 0 or doc[i].text != ",":
        return None
    close = i
    i -= 1
    while i > 0 and doc[i].text != ",":
        if doc[i].pos_ in ("VERB", "AUX") and doc[i].tag_ != "VBN" or doc[i].text in (".", ";", ":"):
            return None  # a clause of its own between the commas, not a parenthesis
        i -= 1
    if i <= 0 or close - i < 2:
        return None
    i -= 1
    while i > 0 and doc[i].pos_ == "ADV" and doc[i].lower_.endswith("ly"):
        i -= 1
    be = doc[i]
    if not _is_auxiliary(be, auxiliaries) or be.tag_ not in ("VBD", "VBZ", "VBP") or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in be.children):
        return None
    if any(c.dep_ in _OBJECTS_OF_BE and not _in_parenthesis(c, be, verb) for c in be.children):
        return None
    return be


def _own_or_own_work(subject) -> bool:
    """I, we, or something of mine: "my research", "our project"."""
    if subject is None:
        return False
    return subject.lower_ in _OWN_SUBJECTS or any(
        c.dep_ == "poss" and c.lower_ in ("my", "our") for c in subject.children)


_PERSONAL = {"i", "we", "you", "he", "she", "they", "me", "us", "him", "her", "them", "who", "whom",
             "someone", "somebody", "everyone", "everybody", "anyone", "anybody", "nobody"}


def _is_person(noun, words: PassiveWords, or_theirs: bool = True) -> bool:
    """A person or a group of people (or, with `or_theirs`, something of theirs: "our abstract"), read
    from the parse where it can be: a personal pronoun, a name, a possessive, or a noun from the P101 table."""
    if noun is None:
        return False
    if noun.lower_ in _PERSONAL or noun.pos_ == "PROPN" and not _common_noun_read_as_a_name(noun) or \
            noun.ent_type_ in ("PERSON", "ORG", "NORP"):
        return True
    if or_theirs and any(c.dep_ == "poss" for c in noun.children):
        return True
    lemma = noun.lemma_.lower()
    if {lemma, noun.lower_} & (words.people | words.patients | words.persons):
        return True
    # nouns for people by their suffix: "journalist", "technician", "inspector" (inspect + or), not "sensor"
    return noun.pos_ == "NOUN" and len(lemma) > 5 and lemma not in words.devices and (lemma.endswith(("ist", "ian")) or (
        lemma.endswith("or") and {lemma[:-2], lemma[:-2] + "e"} & words.verbs))


def _common_noun_read_as_a_name(noun) -> bool:
    """A lower-case word after an article, which the tagger called a proper noun: "The blue bin is marked with
    a symbol" (names are written with a capital: "the Smiths", "a Dr. Khan" stay names)."""
    return noun.is_lower and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in noun.children)


# A closed class, like the pronouns: words that name a time (the pipeline runs without its entity recogniser).
_TIME_WORDS = {"yesterday", "today", "tonight", "tomorrow", "morning", "afternoon", "evening", "night", "noon",
               "midnight", "day", "week", "weekend", "month", "year", "decade", "century", "spring", "summer",
               "autumn", "fall", "winter", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
               "sunday", "hour", "minute", "time"} | {month.lower() for month in MONTH_NAMES}


_CALENDAR = {"yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} \
    | {month.lower() for month in MONTH_NAMES}


def _calendar_point(token) -> bool:
    """A date an event happened on: "2009", "Tuesday", "yesterday", "last year", "two weeks ago";
    not a time of day or a hospital day, when a state is only observed ("distended on day two")."""
    if token.lower_ in _CALENDAR or bool(_YEAR.match(token.text)):
        return True
    return token.lower_ in _TIME_WORDS and any(c.lower_ in ("last", "ago") for c in (*token.children, *token.lefts))


def _time_word(token) -> bool:
    """A point or stretch of time: "2009", "Tuesday", "yesterday", "last year", "by January"; a bare
    number after "by" is a clock time or an amount, never who acted ("packed by eight", "cut by 20%")."""
    return token.like_num or token.ent_type_ in ("DATE", "TIME") or token.lemma_.lower() in _TIME_WORDS or \
        token.lower_ in _TIME_WORDS or bool(_YEAR.match(token.text))


def _agents(verb):
    """The `by` phrases that name who acted, not when ("frozen solid by January")."""
    return [c for c in verb.children if c.dep_ == "agent" and any(
        g.dep_ == "pobj" and not _time_word(g) for g in c.children)]


def _agent_is_person(verb, words: PassiveWords) -> bool:
    """"by my grandmother", "by the police", "by investigators"; not "by her talk", "by mountains"."""
    return any(_is_person(g, words, or_theirs=False) for a in _agents(verb) for g in a.children if g.dep_ == "pobj")


def _happened_once(verb, auxiliary) -> bool:
    """A past event: "was accepted", "has been accepted"; not "is accepted", "shall be accepted"."""
    if any(c.dep_ == "aux" and c.lemma_ in _MODALS_AND_FUTURE for c in verb.children):
        return False
    return auxiliary.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _prefix_piece(token) -> bool:
    """A piece spaCy split off a hyphenated participle: "re" or "-" in "re-admitted"."""
    doc = token.doc
    if token.text == "-":
        return True
    return token.i + 2 < len(doc) and not token.whitespace_ and doc[token.i + 1].text == "-" and \
        not doc[token.i + 1].whitespace_ and doc[token.i + 2].tag_ in ("VBN", "VBD", "JJ")


def _without_subject(auxiliary) -> bool:
    """A gerund or an infinitive with no subject in the sentence: "Getting lost in the corridors taught
    me ...", "to be raised by ...": said of a person, whoever it is."""
    return auxiliary.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in auxiliary.head.children
                                          if auxiliary.dep_ in ("auxpass", "aux")) or (
        auxiliary.i > 0 and auxiliary.doc[auxiliary.i - 1].lower_ == "to")


def _no_distinction(verb, words: PassiveWords) -> bool:
    """An honour verb whose `for`/`to` names no distinction: "accepted for review" (a step every
    submission passes), "invited to their daughter's wedding" (a personal invitation), or "matched with" someone
    (paired with a mentor or a family, not the residency Match)."""
    if verb.lemma_.lower() == "match" and any(c.dep_ == "prep" and c.lower_ == "with" and any(
            g.dep_ == "pobj" and _is_person(g, words, or_theirs=False) for g in c.children) for c in verb.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("for", "to") and any(
        g.dep_ == "pobj" and g.pos_ != "PROPN" and g.lemma_.lower() in words.not_distinctions
        for g in c.children) for c in verb.children)  # not "invited to the White House"


def _honour_verb(verb, forms, subject, words: PassiveWords) -> bool:
    """A verb of honour, in the sense of an honour: "elected", "awarded"; "given the Dean's Award",
    "offered a place", "asked to join the committee" (the P101 table's `honours-with`). Not by chance
    ("was randomly selected"), not naming a thing after someone ("named after a poet")."""
    if any(c.dep_ == "advmod" and c.lower_ in words.chance for c in verb.children) or any(
            c.dep_ in ("prep", "agent") and c.lower_ in ("at", "by") and any(g.lower_ in words.chance for g in c.subtree)
            for c in verb.children):
        return False  # "I was randomly selected to have my duty hours audited", "chosen at random", "by random number"
    if verb.lemma_.lower() == "name" and any(c.dep_ == "prep" and c.lower_ == "after" for c in verb.children):
        return False  # "The street was named after a local poet"
    if _no_distinction(verb, words):
        return False  # "Abstracts were accepted for review", "I was invited to a friend's wedding"
    if forms & words.honours:
        return True
    wanted = set().union(*(words.honours_with.get(form, ()) for form in forms))
    if not wanted:
        return False
    # the object or the next verb, or a noun in its phrase: "given the Humanism in Medicine Award",
    # "offered a scholarship to attend the summer school" (the parser makes "scholarship" a subject there)
    complements = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "oprd", "attr", "ccomp")]
    if verb.dep_ == "relcl":
        complements.append(verb.head)  # "the award I was given": the relative clause's noun is its object
    return any(t.lemma_.lower() in wanted or t.lower_ in wanted for c in complements for t in (
        c, *(t for t in c.subtree if t.pos_ in ("NOUN", "PROPN"))))


def _the_writer_is(noun) -> bool:
    """The noun is what the writer says they are: "I was the student who was elected", "I was one of two students
    who were selected" (the relative clause's honour is then the writer's own)."""
    for _ in range(3):
        if noun.dep_ == "attr":
            return any(c.dep_ == "nsubj" and c.lower_ in _OWN_SUBJECTS for c in noun.head.children)
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return False
        noun = noun.head.head  # "one of two students": the noun the "of" phrase hangs on
    return False


def _subject_lost(auxiliary) -> bool:
    """A finite `be` with no subject in the parse but a noun of someone else's before it in its sentence: the
    parser lost the subject ("the evidence relied on by the Crown was properly admitted"), so this is no résumé
    fragment ("Was appointed chief resident", "2019: Selected as ...") and nothing says the honour is the writer's."""
    if auxiliary.tag_ not in ("VBD", "VBZ", "VBP"):
        return False  # "It was a privilege to be selected", "Being elected ..."
    if _joined_to_a_fragment(auxiliary):
        return False  # "Vaccinated city campaigns and was awarded a certificate": the nouns are the first verb's object
    start = _fragment_start(auxiliary)  # "2019: Was elected ...": a heading or a date before the fragment
    # a noun that could have been the subject: not one inside a phrase ("In my final year was selected ...")
    nearest = next((t for t in reversed(auxiliary.doc[start:auxiliary.i]) if t.pos_ in ("NOUN", "PROPN", "PRON") and
                    t.dep_ not in ("pobj", "poss", "compound", "npadvmod", "nmod") and not _time_word(t)), None)
    return nearest is not None and nearest.lower_ not in _OWN_SUBJECTS | {"me", "us"}


_JOINING = {"and", "but", "then"}


def _fragment_start(auxiliary) -> int:
    """Where the sentence or the fragment after a heading or a date begins ("2019: Was elected ...")."""
    start = auxiliary.sent.start
    for token in auxiliary.sent:
        if token.i < auxiliary.i and token.text in (":", ";", "\u2022", "-", "\u2013", "|"):
            start = token.i + 1
    return start


def _joined_to_a_fragment(auxiliary) -> bool:
    """A `be` joined by "and" to a résumé fragment that opens with the writer's own past verb and has no subject:
    "Vaccinated city campaigns and was awarded a certificate", "Led weekly tutoring sessions and was elected
    class representative". The parser reads the opening verb as an adjective or a name and the nouns after it as
    the subject; they are that verb's object, and the one awarded is the writer. "Trained volunteers were
    selected" (no "and" before `be`) and "Led the team and she was elected" (a subject of its own) are not."""
    from erasl.nlp import past_form_of_a_verb

    doc = auxiliary.doc
    before = auxiliary.i - 1
    while before >= 0 and doc[before].dep_ in ("advmod", "neg") and doc[before].pos_ in ("ADV", "PART"):
        before -= 1
    start = _fragment_start(auxiliary)
    if before <= start or doc[before].lower_ not in _JOINING:
        return False
    first = doc[start]
    if not first.text[:1].isupper() or first.lower_ in _PERSONAL or any(
            t.lower_ in _PERSONAL or t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PRON" for t in doc[start:before]):
        return False
    return past_form_of_a_verb(first.lower_)


def _none_of(subject) -> bool:
    """A subject that says none was: "No donations were accepted", "Neither abstract was selected"; a refusal,
    negated as "was not accepted" is, so no honour."""
    return subject is not None and any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subject.children)


def _standing_distinction(verb, subject, words: PassiveWords) -> bool:
    """An honour said in the present of an institution, or of "it" with no clause after it: "The institute is ranked
    among the top cardiology programs", "It is ranked among the top hospitals", "Our university is recognized as a
    centre of excellence". A standing, as "is located" is a place; it hides no act of the writer's. In the past
    ("Our hospital was ranked first by the ministry") it is an event, and "It is recognized that ..." an it-passive."""
    if subject is None or not _present_be(verb) or _agent_is_person(verb, words):
        return False
    if subject.lower_ == "it":
        return not any(c.dep_ in ("ccomp", "xcomp", "csubjpass") for c in verb.children)
    return subject.lemma_.lower() in words.institutions or subject.lower_ in words.institutions


def _earned_by_the_writer(verb, forms, subject, auxiliary, words: PassiveWords) -> bool:
    """An honour is left alone when it is the writer's: said of I or we ("I was elected"), of a group or
    work of theirs ("Our team was awarded", "our abstract was accepted"), or of nobody named (a résumé
    fragment: "Selected as chief resident"). A single past acceptance of a piece of work without a
    person deciding it is taken as the writer's too ("The case report was accepted for publication").
    Anyone else's honour is a plain passive ("My sister was awarded", "The mayor, who was re-elected"),
    and so is a thing accepted as a rule ("Credit cards are accepted here") or a patient admitted."""
    if subject is None:
        return not _subject_lost(auxiliary)
    if subject.lemma_.lower() in words.patients or subject.lower_ in words.patients:
        return False
    if subject.lower_ in _OWN_SUBJECTS | {"me", "us"} or verb.dep_ == "relcl" and _the_writer_is(subject):
        return True
    if any(c.dep_ == "conj" and c.lower_ in _OWN_SUBJECTS for c in subject.children) or any(
            c.dep_ == "nsubjpass" and c.lower_ in _OWN_SUBJECTS for c in verb.children):
        # "My partner and I were selected as two of the eight TAs": the writer is among them (the parser hangs
        # "I" on the noun or, as a second subject, on the verb)
        return True
    mine = any(c.dep_ == "poss" and (c.lower_ in ("my", "our") or c.lemma_.lower() not in words.people | words.institutions
               and any(g.dep_ == "poss" and g.lower_ in ("my", "our") for g in c.children)) for c in subject.children)
    # "Our lab's new device": a work of the writer's group is the writer's too
    if _is_person(subject, words, or_theirs=False):
        return mine and subject.lemma_.lower() not in words.people  # "our team", not "my sister"
    if subject.lemma_.lower() in words.institutions or subject.lower_ in words.institutions:
        return False  # "Our hospital was ranked first": the institution's honour, not the writer's
    if not forms & words.work_honours:
        return False  # "My request for leave was granted": a request is granted, not honoured
    if mine:
        return True
    if any(c.dep_ == "poss" for c in subject.children):
        return False  # "His paper was accepted": someone else's work
    # with anyone named as the judge it is their verdict on a thing ("The design was praised by several critics")
    return _happened_once(verb, auxiliary) and not _agents(verb)


_PLACE_PREPOSITIONS = {"in", "on", "at", "near", "next", "beside", "behind", "between", "along", "across", "inside",
                       "outside", "within", "above", "below", "under", "underneath", "opposite", "off", "around",
                       "among", "close", "north", "south", "east", "west", "downtown", "here", "there", "where",
                       "nearby", "upstairs", "downstairs", "abroad", "overseas", "adjacent"}


def _sought(verb, auxiliary) -> bool:
    """"located" in the sense of found: "The witness could not be located", "has not been located
    yet", "was located in 1985"; said as an event (a modal, `not`, `have`, `being`, a date) and with
    no word saying where the thing is ("The clinic will be located on the third floor" and "where it
    is located" stay states)."""
    children = list(verb.children)
    if any(c.lower_ in _PLACE_PREPOSITIONS and not any(_time_word(g) for g in c.children) for c in children) or any(
            t.lower_ in ("where", "wherever") for t in verb.doc[max(0, verb.i - 8):verb.i]):
        return False
    return auxiliary.lower_ == "being" or _eventive(verb) or any(c.dep_ == "neg" for c in children) or any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in children)


def _shared_auxiliary(verb, words: PassiveWords, auxiliaries):
    """The `be` a second participle shares with a first that names a state: "The bags were packed
    and sent to the camp", "The boxes were filled and sealed". A first that is a passive is flagged
    already (once, for both), and feelings go together ("was shocked and hurt by his words")."""
    head = verb.head
    if verb.dep_ != "conj" or head.tag_ != "VBN" or head.i > verb.i or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "acomp", "attr", "oprd") or
            c.dep_ == "prep" and c.lower_ in ("of", "like") for c in verb.children):
        return None  # its own clause, or a verb of sense: "and smelled of cumin", "and looked tidy"
    if verb.tag_ == "VBD" and not (verb.lower_.endswith("ed") and any(
            c.dep_ in ("prep", "agent") and c.lower_ in ("by", "with") for c in verb.children)):
        return None  # "wrapped in paper and tied with string" (read as a past tense); not "and smelled of smoke"
    if verb.tag_ not in ("VBN", "VBD"):
        return None
    shared = _passive_auxiliary(head, set(auxiliaries))
    if shared is None or (participle_forms(head, words) | participle_forms(verb, words)) & words.feelings:
        return None
    if shared.tag_ in ("VBZ", "VBP") and _bare(verb):
        return None  # "The bananas are bruised and spotted": a description in the present
    prepositions = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    if shared.tag_ in ("VBZ", "VBP") and prepositions and prepositions <= {
            c.lower_ for c in head.children if c.dep_ == "prep"} and not any(
            t.lower_ in _TIMES_AND_HABITS or _time_word(t) or _happens_again(t) for t in verb.subtree) and \
            is_adjectival_participle(head, words):
        return None  # "The wall is covered with ivy and topped with glass": one description, phrase for phrase
    return shared if is_adjectival_participle(head, words) else None


def _a_name(verb) -> bool:
    """A capitalised auxiliary and participle inside a sentence are a name the tagger misread: "My name
    is Am Sayed", "Dr. Been Said" ("Getting rejected" opens its sentence, and so does a heading's "Were")."""
    doc = verb.doc
    if verb.i < 2 or not verb.text[:1].isupper():
        return False
    before = doc[verb.i - 1]
    return before.text[:1].isupper() and not before.is_sent_start and \
        any(before.lower_ in forms for forms in _AUXILIARY_FORMS.values()) and \
        doc[verb.i - 2].text not in (":", "-", "\u2022", "(", '"', "\u201c") and not doc[verb.i - 2].is_space


def _active_with_an_object(verb, forms, words: PassiveWords) -> bool:
    """A participle with a noun object right after it, of a verb that takes only one object, is no
    passive (its one object has become the subject): "I was attended many workshops", "I was not faced
    such a case" are an active past tense with a stray `was`. Verbs of two objects keep one ("I was given
    a pager", "was taught anatomy"), and a measure or a time is no object ("built over three centuries")."""
    if _idiom_with_its_object(verb, forms):
        return True
    if not words.two_objects or forms & words.two_objects:
        return False
    doc = verb.doc
    for child in verb.children:
        if child.dep_ != "dobj" or child.i < verb.i or child.pos_ not in ("NOUN", "PROPN") or _time_word(child) or (
                child.i + 1 < len(doc) and doc[child.i + 1].pos_ in ("ADJ", "ADV")) or any(
                g.dep_ == "nummod" and any(q.dep_ in ("advmod", "quantmod") for q in g.children) for g in child.children):
            continue  # a time or a measure: "built over three centuries", "planted about ten centimetres deep"
        if _reduplicated(child):
            continue  # "reviewed line by line", "checked one by one": how it was done, no object
        start = min(t.i for t in child.subtree)
        if doc[start].tag_ == "TO":
            continue  # a preposition read as the mark of an infinitive: "promoted to team leader", "moved to ward 5"
        if start == verb.i + 1 or all(doc[i].pos_ == "ADV" for i in range(verb.i + 1, start)):
            return True  # not across a word of its own: "poured over the crumbs", "lost to follow-up"
    return False


def _reduplicated(noun) -> bool:
    """A noun said twice around a preposition, a phrase of manner: "line by line", "step by step", "day after day"."""
    doc = noun.doc
    return noun.i + 2 < len(doc) and doc[noun.i + 1].lower_ in ("by", "after", "to", "for") and \
        doc[noun.i + 2].lower_ == noun.lower_


# Verbs that make an idiom with a bare noun and a preposition: "take care of", "take note of", "pay attention to"
_LIGHT_VERBS = {"take", "pay"}


def _idiom_with_its_object(verb, forms) -> bool:
    """An idiom of a light verb whose preposition has its own object: "I was taken care of many elderly
    patients" (the writer took care of them). In the passive that object is the subject and the preposition is
    left bare: "I was taken care of by the nurses", "He was paid attention to"."""
    if not forms & _LIGHT_VERBS:
        return False
    doc = verb.doc
    for noun in verb.children:
        after = noun.i + 1
        if noun.dep_ != "dobj" or noun.i != verb.i + 1 or noun.pos_ != "NOUN" or after >= len(doc) or any(
                g.dep_ in ("det", "poss", "nummod", "amod", "compound") for g in noun.children):
            continue
        preposition = doc[after]
        if preposition.dep_ == "prep" and preposition.lower_ in ("of", "to") and preposition.head in (verb, noun) and \
                any(g.dep_ == "pobj" for g in preposition.children):
            return True
    return False


def _presenting(verb, subject, words: PassiveWords) -> bool:
    """A patient "presented with" a complaint, with a stray `was` (common in clinical drafts): "The patient was
    presented with chest pain", "A 45-year-old man was presented to the ER with fever". Not said of the writer
    ("I was presented with a certificate"), not with someone acting, not a case presented at a meeting."""
    if verb.lemma_.lower() != "present" or subject is None or any(t.lower_ == "by" for t in verb.subtree) or not (
            subject.lemma_.lower() in words.people or subject.lemma_.lower() == "patient"):  # not "the case was presented"
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in c.children)
               for c in verb.children)


def read_passive(verb, words: PassiveWords, auxiliaries=("be", "get")) -> Passive | None:
    """The passive clause whose participle this is, or None: not a passive, a stative or an honour
    (unless negated: "was not granted" is no honour), or a participle used as an adjective."""
    if verb.tag_ != "VBN" and not _misread_participle(verb, words) and not (
            verb.tag_ == "VBD" and _shared_auxiliary(verb, words, auxiliaries)):
        return None
    if _prefix_piece(verb):
        return None  # "re" and "-" of "was re-admitted": the participle is "admitted"
    auxiliary = _auxiliary_of(verb, set(auxiliaries))
    if auxiliary is None and verb.i >= 2 and _prefix_piece(verb.doc[verb.i - 2]):
        auxiliary = _auxiliary_of(verb.doc[verb.i - 2], set(auxiliaries))  # "were pre-treated with acid"
    if auxiliary is None:
        auxiliary = _shared_auxiliary(verb, words, auxiliaries)
    if auxiliary is None and "get" in auxiliaries and verb.dep_ == "acomp" and verb.head.i < verb.i and (
            verb.head.lemma_.lower() == "get" or verb.head.lower_ in _AUXILIARY_FORMS["get"]) and \
            participle_forms(verb, words) & words.get_events:
        auxiliary = verb.head  # "The samples got mixed up", the participle read as an adjective: something done to them
    if auxiliary is None:
        return None
    forms = participle_forms(verb, words)
    if forms & words.allowed:
        return None
    if _a_name(verb):
        return None  # "My name is Am Sayed": a person's name, not "am" + a participle
    if _active_with_an_object(verb, forms, words):
        return None  # "I was attended many workshops": the writer's own past tense with a stray `was`
    subject = passive_subject(verb) or next(
        (c for c in auxiliary.children if c.dep_ in ("nsubj", "nsubjpass")), None)  # "The patient was re-admitted"
    if subject is not None and subject.i < auxiliary.i and _joined_to_a_fragment(auxiliary):
        subject = None  # "Led weekly tutoring sessions and was elected ...": the sessions were led, the writer elected
    # A stative with someone acting on it is an action: "I was raised by my grandmother", "the office
    # was located by the search team"; "I was raised in Ohio" and "The towel is located by the sink" are not.
    acted_on = _agent_is_person(verb, words)
    sought = bool(forms & words.place_statives) and _sought(verb, auxiliary)
    if forms & words.statives and not acted_on and not sought:
        return None
    if forms & words.person_statives and not acted_on and (_is_person(subject, words, or_theirs=False) or (
            subject is not None and {subject.lemma_.lower(), subject.lower_} & words.animals) or (
            subject is None and _without_subject(auxiliary))):
        return None  # "I was raised in Ohio", "Getting lost ..."; "These concerns were raised at the meeting" is an action
    if forms & words.own_actives and not acted_on and subject is not None and subject.lower_ in _OWN_SUBJECTS and \
            not any(c.dep_ == "prt" for c in verb.children):
        return None  # "I am worked in this hospital for two years": the writer's own past, with a stray `am`
    if not acted_on and subject is not None and subject.lower_ in _OWN_SUBJECTS and any(
            c.dep_ == "prt" and forms & words.own_phrasal_actives.get(c.lower_, frozenset()) for c in verb.children):
        return None  # "I was scrubbed in on a Whipple": the writer scrubbed in, with a stray `was`
    if forms & words.own_trainings and subject is not None and subject.lower_ in _OWN_SUBJECTS and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.pos_ == "NOUN" and not any(
                d.dep_ in ("det", "poss") for d in g.children) for g in c.children) for c in verb.children):
        # a field, not a place: "formed in medicine"; "I was formed as a doctor in a public university" stays
        return None  # "I was formed in internal medicine" (non-native "trained"): the writer's own training
    if forms & words.aspect_actives and not acted_on and subject is not None and subject.lower_ in _OWN_SUBJECTS and \
            _infinitive_next(verb):
        return None  # "I was started to work in a state hospital": the writer began, with a stray `was`
    if _presenting(verb, subject, words):
        return None  # "The patient was presented with chest pain": the patient presented, a clinical active
    if forms & words.get_states and not acted_on and (auxiliary.lemma_.lower() == "get" or
            auxiliary.lower_ in _AUXILIARY_FORMS["get"]):
        return None  # "Let's get started", "We got acquainted": what people did, said with `get`
    negated = any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "neg" for c in auxiliary.children) or _none_of(subject)
    if verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in words.honour_frames and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        subject = None  # "It was a privilege to be selected": the writer is who was selected
    honour = not negated and _honour_verb(verb, forms, subject, words)
    if honour and _earned_by_the_writer(verb, forms, subject, auxiliary, words):
        return None  # "I was elected", "Our abstract was accepted"; "The patient was admitted" is no honour
    if honour and _standing_distinction(verb, subject, words):
        return None  # "The institute is ranked among the top programs": a place's standing, no one's hidden act
    got = auxiliary.lemma_.lower() == "get" or auxiliary.lower_ in _AUXILIARY_FORMS["get"]
    if not sought and not (got and forms & words.get_events) and is_adjectival_participle(verb, words):
        return None  # "The door was locked when we arrived"; "My account got locked" is something done to it
    if forms & words.own_passives and _own_or_own_work(subject):
        about = "someone-else"  # "I was assigned 4 patients", "my research was published": nothing hidden
    elif honour and _is_person(subject, words, or_theirs=False):
        about = "someone-else"  # "My sister was awarded a scholarship": someone else's honour hides nothing of mine
    else:
        about = "someone-else" if _about_someone_else(verb, subject, words) else "role"
    return Passive(auxiliary=auxiliary, verb=verb, negated=negated, subject=subject, about=about)


# --- trait claims (F201) -------------------------------------------------------------

_HYPHENS = {"-", "‐", "‑", "–"}
# Parts of an attribute that are not its core: "a doctor who works well", "responsible for 12 beds".
_CORE = {"amod", "advmod", "compound", "conj", "det", "npadvmod", "nmod", "quantmod", "predet", "hmod", "acomp"}
_COMPLEMENTS = {"prep", "xcomp", "ccomp", "advcl"}
# Words whose noun use names what a role is about, so on a person noun they count only when graded or
# coordinated with a trait: "a very patient teacher", "a patient and kind nurse", not "a patient educator".
_STATE_VERBS = {"be", "stay", "remain", "become", "keep"}  # "learned to be / stay / remain calm"
_CONTRACTED_AM = {"m", "'m", "’m", "im"}  # "Im very hardworking": spaCy splits "Im" into "I" and "m"
_ROLE_MODIFIERS = {"patient", "people", "team", "family", "community"}


@dataclass(frozen=True)
class TraitWords:
    """The lexicon's [traits] lists (lower case), as trait_claims reads them."""

    character: frozenset = frozenset()
    quality: frozenset = frozenset()
    persons: frozenset = frozenset()
    natures: frozenset = frozenset()
    naming_verbs: frozenset = frozenset()
    growth_verbs: frozenset = frozenset()
    virtues: frozenset = frozenset()  # "leadership", "time management": what a lesson list names
    virtue_verbs: frozenset = frozenset()  # "taught me", "demonstrates his": verbs that hand the applicant a virtue
    manner_virtues: frozenset = frozenset()  # "with compassion", "with resilience": a virtue claimed as the manner of a task


def hyphenated_word(token) -> tuple[int, int, str]:
    """The written word a token belongs to, hyphens included ("results-driven", which spaCy splits in
    three): (first token index, last token index, lower-case text)."""
    doc = token.doc
    first = last = token.i
    while first >= 2 and doc[first - 1].text in _HYPHENS and not doc[first - 1].whitespace_ \
            and not doc[first - 2].whitespace_:
        first -= 2
    while last + 2 < len(doc) and doc[last + 1].text in _HYPHENS and not doc[last].whitespace_ \
            and not doc[last + 1].whitespace_:
        last += 2
    return first, last, doc[first:last + 1].text.lower()


def _trait_word(token, words: TraitWords, lists=("character",)) -> bool:
    _, _, written = hyphenated_word(token)
    wanted = frozenset().union(*(getattr(words, name) for name in lists))
    return written in wanted or token.lower_ in wanted and written == token.lower_ \
        or token.lemma_.lower() in wanted and written == token.lower_


def _core(head) -> list:
    """The attribute's own words: its modifiers and coordinated words, without relative clauses,
    complements, prepositions or objects ("exhausted after the shift but handed over 14 patients")."""
    words = [head]
    for child in head.children:
        if child.dep_ in _CORE or (child.dep_ == "punct" and child.text in _HYPHENS):
            words.extend(_core(child))
    return sorted(words, key=lambda token: token.i)


def _graded_or_coordinated(token, core_traits) -> bool:
    return any(c.dep_ in ("advmod", "conj", "cc") for c in token.children) or any(
        t is not token and (t.head is token or token.head is t) for t in core_traits)


def _claimed(core, words: TraitWords, bare_adjective: bool, head=None) -> int | None:
    """The last token of a claim in an attribute's core, or None. A person noun ("doctor", "leader")
    with a character or quality word on it is a claim; a character word alone is one when
    `bare_adjective` (after "I am", not after "became") and it takes no complement."""
    traits = [t for t in core if t.pos_ != "DET" and _trait_word(t, words, ("character",))]
    praise = [t for t in core if t.pos_ != "DET" and _trait_word(t, words, ("character", "quality"))]
    persons = [t for t in core if t.pos_ in ("NOUN", "PROPN") and (t.lemma_.lower() in words.persons
                                                                  or t.lower_ in words.persons)]
    for person in persons:
        on_it = [t for t in praise if t.i < person.i and t is not person]
        on_it = [t for t in on_it if t.lemma_.lower() not in _ROLE_MODIFIERS or _graded_or_coordinated(t, on_it)]
        if on_it and all(t.tag_ == "JJR" and not _trait_word(t, words) for t in on_it) \
                and not any(_trait_word(t, words) for t in core if t.i > person.i):
            continue  # "made me a better listener": a growth verdict with no character word (the filler rule's)
        if on_it:
            return max(person.i, max(hyphenated_word(t)[1] for t in on_it))
    if bare_adjective and head is not None and head.pos_ in ("NOUN", "PROPN") and not _trait_word(head, words):
        return None  # "I am a patient advocate": a role with a word on it, not a character
    if bare_adjective:
        alone = [t for t in traits if (t.pos_ in ("ADJ", "VERB", "ADV") or hyphenated_word(t)[0] != hyphenated_word(t)[1]
                                       or t is head and t.lemma_.lower() not in _ROLE_MODIFIERS)
                 and not any(c.dep_ in _COMPLEMENTS for c in t.children)]
        if alone:
            return max(hyphenated_word(t)[1] for t in alone)
    return None


def _claim_after(verb, named, words: TraitWords) -> int | None:
    """The end of a claim in the words a naming or growth verb says of the applicant after `named`
    ("consider myself | very patient", "made me | more confident and responsible doctor")."""
    after = []
    for t in verb.subtree:
        if t.i <= max(named.i, verb.i) or t.dep_ == "relcl" or any(a.dep_ == "relcl" for a in t.ancestors if a.i > named.i):
            continue
        if (t.pos_ == "VERB" and not _trait_word(t, words)) or t.tag_ in _QUESTION_TAGS or t.dep_ == "mark":
            break  # another verb or clause begins: "made me realize how kind the nurses were"
        after.append(t)
    after = after[:12]
    if verb.lemma_.lower() in ("learn", "teach") and not any(t.lemma_.lower() in _STATE_VERBS for t in after):
        return None  # "I learned a lot about patient care"; "I learned / it taught me to be more humble" is a claim
    traits = [t for t in after if _trait_word(t, words, ("character",)) and (t.pos_ in ("ADJ", "VERB", "ADV") or (
              hyphenated_word(t)[0] != hyphenated_word(t)[1])) and not any(c.dep_ in _COMPLEMENTS for c in t.children)]
    end = _claimed(after, words, bare_adjective=False)
    if traits:
        end = max(end or 0, max(hyphenated_word(t)[1] for t in traits))
    return end


def _with_evidence(verb) -> bool:
    """A growth statement that says what it rests on: a number or an activity in the same clause
    ("I became more confident presenting on rounds after 40 presentations")."""
    return any(t.like_num for t in verb.subtree) or any(
        t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp", "pcomp") for t in verb.subtree)


_SOMEONE = {"someone", "somebody", "person", "one", "individual", "type", "kind", "sort"}


def _described_by_a_clause(noun, words: TraitWords) -> int | None:
    """"someone who is extremely dedicated": a relative clause with be and a character word."""
    for clause in (c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() == "be"):
        if any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children):
            for attribute in (c for c in clause.children if c.dep_ in ("acomp", "attr")):
                end = _claimed(_core(attribute), words, bare_adjective=True, head=attribute)
                if end is not None:
                    return end
    return None


def _negated(token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _said_of_me(verb) -> bool:
    """A subjectless verb whose subject is the "me" of the verb it completes: "helped me to become",
    "permitted me to ... and to become"."""
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb.dep_ in ("xcomp", "ccomp") and any(
        c.lower_ == "me" and c.dep_ in ("dobj", "nsubj", "dative") for c in verb.head.children)


def _virtue_name(noun) -> str:
    """A noun with its compounds, as written in lower case: "time management", "work ethic"."""
    parts = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i] + [noun]
    return " ".join(t.lower_ for t in sorted(parts, key=lambda t: t.i))


# Verbs that hand a virtue to someone else, not show one's own: "I taught teamwork to 12 students".
_HANDING_VERBS = {"teach", "give", "instill", "instil"}


def _praised(noun, words: TraitWords) -> bool:
    """A virtue with a praising word on it: "great dedication", "unwavering commitment", "excellent professionalism"."""
    return any(c.dep_ == "amod" and _trait_word(c, words, ("character", "quality")) for c in noun.children)


def _virtue_list(verb, words: TraitWords, possessives, own: bool = False) -> int | None:
    """The end of a list of two or more virtues the verb hands the applicant: "(this post) taught me
    resilience and adaptability", "demonstrates his resilience, discipline and strong work ethic". One
    virtue is a lesson the filler rule judges; a list of them is a character claimed. When the applicant is
    the subject of a verb of showing (`own`: "He showed great dedication and professionalism", "She
    demonstrated excellent judgment"), one praised virtue is a claim too."""
    to_me = any(c.dep_ in ("dative", "dobj", "iobj") and c.lower_ in ("me", "us") for c in verb.children)
    # ... unless a number or an activity backs it ("showed leadership by organizing 3 blood drives")
    shown = own and verb.lemma_.lower() not in _HANDING_VERBS and not _with_evidence(verb)
    window = []  # the words after the verb up to the next verb or the end of the clause (the parse of a
    for token in verb.doc[verb.i + 1:verb.sent.end]:  # long list is often wrong, so read it in order)
        if token.pos_ in ("VERB", "AUX") or token.text in (".", ";", ":", "!", "?") or token.tag_ in _QUESTION_TAGS:
            break
        window.append(token)
    owned = any(t.dep_ == "poss" and t.lower_ in possessives for t in window)
    if not (to_me or owned or shown):
        return None
    virtues = [t for k, t in enumerate(window)  # "time management", "attention to detail" as written, whatever their tags
               if (k and f"{window[k - 1].lower_} {t.lower_}" in words.virtues)
               or (k > 1 and f"{window[k - 2].lower_} {window[k - 1].lower_} {t.lower_}" in words.virtues)
               or (t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound"
                   and (_virtue_name(t) in words.virtues or t.lemma_.lower() in words.virtues))]
    if len(virtues) >= 2:
        return max(t.i for t in virtues)
    if shown and virtues and _praised(virtues[0], words):
        return virtues[0].i
    return None


def _owned_virtue(noun, words: TraitWords, possessives) -> int | None:
    """"my unwavering commitment", "his deep compassion": the applicant's virtue with a praising word on it,
    whatever the sentence then says of it. Returns the first token (the possessive)."""
    if noun.pos_ != "NOUN" or noun.dep_ == "compound" or not (
            _virtue_name(noun) in words.virtues or noun.lemma_.lower() in words.virtues):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in possessives or not _praised(noun, words):
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("to", "for", "toward", "towards") for c in noun.children):
        return None  # "my unwavering commitment to internal medicine": devotion to a field, not a character
    return owner.i


def _manner_virtue(noun, words: TraitWords, subjects) -> bool:
    """"navigated complex challenges with resilience", "treated every patient with compassion": a virtue
    named, bare, as the manner of the applicant's own task."""
    if noun.dep_ != "pobj" or noun.lemma_.lower() not in words.manner_virtues \
            or any(c.dep_ in ("det", "poss") or c.lower_ == "of" for c in noun.children):
        return False
    preposition = noun.head
    verb = preposition.head
    if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "pobj") and verb.head is not verb:
        verb = verb.head if verb.dep_ == "dobj" else verb.head.head  # "navigated challenges | with resilience"
    if preposition.lower_ != "with" or verb.pos_ != "VERB":
        return False
    subject = _subject(verb)
    return subject is None or subject.lower_ in subjects or subject.text in subjects


def _made_a_thing(verb) -> bool:
    """"I made the anamnesis and the objective examination": a growth verb with a thing as its object
    is a task done, not the applicant becoming someone ("it made me more patient" has "me")."""
    if any(token.lower_ in ("me", "myself", "us") for token in verb.subtree):
        return False  # "it make me more strong person": the applicant is what was made
    return any(child.dep_ in ("dobj", "obj") and child.pos_ in ("NOUN", "PROPN") for child in verb.children)


def trait_claims(doc, words: TraitWords, subjects=frozenset({"i"}), possessives=frozenset({"my"})) -> list:
    """The applicant describing their own character instead of showing it, read from the parse:
    "I am (a) <character word> (<person noun>)" with any coordination ("I am a passionate,
    results-driven leader", "I have always been self-motivated and hard-working"), "I consider myself
    ...", "I pride myself on being ...", "colleagues describe me as ...", "(it) made me / I became a
    more confident and responsible doctor", "as a dedicated doctor, I ...", "my caring nature".
    `subjects` are the words that are the applicant (I; she or a name in an entry written in the third
    person about the applicant). Feelings, facts and roles are not claims: "I was nervous", "I am
    responsible for 12 beds", "I am a patient advocate". Returns (start token, end token) pairs."""
    found = []
    for token in doc:
        lemma = token.lemma_.lower()
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        own = subject is not None and (subject.lower_ in subjects or subject.text in subjects)
        if lemma in words.virtue_verbs and token.pos_ == "VERB" and not _negated(token):
            # "taught me leadership, time management and team work"; "He showed great dedication and professionalism"
            end = _virtue_list(token, words, possessives, own=own)
            if end is not None:
                found.append((token.i, end))
                continue
        start = _owned_virtue(token, words, possessives)
        if start is not None:
            found.append((start, token.i))  # "my unwavering commitment"
            continue
        if _manner_virtue(token, words, subjects):
            found.append((token.head.i, token.i))  # "with resilience"
            continue
        if (lemma == "be" or token.lower_ in _CONTRACTED_AM) and own and not _negated(token) \
                and token.dep_ not in ("relcl", "acl"):
            for attribute in (c for c in token.children if c.dep_ in ("acomp", "attr", "oprd")):
                end = _claimed(_core(attribute), words, bare_adjective=True, head=attribute)
                if end is None and attribute.lemma_.lower() in _SOMEONE:
                    end = _described_by_a_clause(attribute, words)  # "I am someone who is extremely dedicated"
                if end is not None:
                    found.append((subject.left_edge.i, end))
        elif lemma in words.naming_verbs and not _negated(token):
            named = next((t for t in token.subtree if t.i > token.i and t.lower_ in ("myself", "me")), None)
            if own and subject.dep_ == "nsubjpass":
                named = subject  # "I am known as a calm colleague"
            elif subject is None and token.dep_ == "ROOT" and token.tag_ == "VBN":
                named = token  # "Known among colleagues as a calm and reliable team member": a résumé fragment
            elif named is None or (named.lower_ == "myself") != own:
                continue  # "I consider myself ...", "my colleagues describe me as ..."
            end = _claim_after(token, named, words)
            if end is not None:
                found.append((token.i, end))
        elif lemma in words.growth_verbs and not _negated(token) and not _with_evidence(token) \
                and not _made_a_thing(token):
            named = token if own and lemma != "teach" else next(
                (t for t in token.subtree if t.i == token.i + 1 and t.lower_ == "me"), None)
            if named is None and subject is None and lemma == "become" and _said_of_me(token):
                named = token  # "(it) permitted me to become more autonomous and more rigorous"
            if named is None:
                continue  # "I became more confident", "it made me a more responsible doctor", "I learned to be humble"
            end = _claim_after(token, named, words)
            if end is not None:
                found.append((subject.left_edge.i if own else token.i, end))
        elif token.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nsubj" and c.lower_ in ("me", "myself")
                                                     for c in token.children):
            end = _claimed(_core(token), words, bare_adjective=False)  # "it made me a more confident doctor"
            if end is not None:
                start = next(c for c in token.children if c.dep_ == "nsubj").i
                found.append((start, end))
        elif lemma in words.natures and token.pos_ == "NOUN" and any(
                c.dep_ == "poss" and (c.lower_ in possessives) for c in token.children):
            core = _core(token)
            if any(t is not token and _trait_word(t, words, ("character",)) for t in core):
                poss = next(c for c in token.children if c.dep_ == "poss")
                found.append((poss.i, token.i))
        elif token.lower_ == "as" and token.dep_ == "prep" and token.i > 0 and any(
                noun.pos_ == "NOUN" and any(c.dep_ == "poss" and c.lower_ in possessives for c in noun.children)
                for noun in (token.head, token.doc[token.i - 1])):  # "a testament to my growth as": hung on either
            target = next((c for c in token.children if c.dep_ == "pobj"), None)
            end = _claimed(_core(target), words, bare_adjective=False) if target is not None else None
            if end is not None:  # "my growth as a resilient, empathetic leader", "her value as a caring colleague"
                found.append((token.i, end))
        elif token.lower_ == "as" and token.dep_ == "prep" and token.i <= 2 and token.head.pos_ in ("VERB", "AUX"):
            verb_subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            target = next((c for c in token.children if c.dep_ == "pobj"), None)
            if verb_subject is not None and verb_subject.lower_ in subjects and target is not None:
                end = _claimed(_core(target), words, bare_adjective=False)  # "As a dedicated doctor, I ..."
                if end is not None:
                    found.append((token.i, end))
    return found


# --- translated wording (G101), read from the parse ----------------------------------------------------


@dataclass(frozen=True)
class WordingWords:
    """The lexicon's [wording] lists (lower case), as translated_wording reads them."""

    article_nouns: frozenset = frozenset()  # "in Cardiology department", "in emergency ward": the needs an article
    roles: frozenset = frozenset()  # "working as house officer", "as future doctor": a role needs "a"
    organisations: frozenset = frozenset()  # "Mayo Clinic Department of Medicine": a name, not a missing article
    collective: frozenset = frozenset()  # "3 staff", "14 faculty": singular after a number in English too
    learning_words: frozenset = frozenset()  # "exposure to", "learned about": what follows is a topic
    vague_topics: frozenset = frozenset()  # "the importance of", "a lot": no topic to keep
    # grammar slips (erasl/grammar_slips.py)
    count_nouns: frozenset = frozenset()  # "made database", "as poster": a singular count noun needs "a" or "the"
    bare_idioms: frozenset = frozenset()  # "in case", "into question": a count noun bare in an idiom
    no_passive: frozenset = frozenset()  # "was happened", "is belong": verbs with no passive
    feeling_verbs: frozenset = frozenset()  # "I was impress": be + the participle of a feeling
    mandative: frozenset = frozenset()  # "suggested that she have": a subjunctive follows
    number_either: frozenset = frozenset()  # "the team were", "data is": agreement by meaning, never flagged
    offices: frozenset = frozenset()  # "is head of", "as president": one-of-a-kind offices take no article
    bare_nouns: frozenset = frozenset()  # "at night", "after lunch", "is home": count nouns English says bare
    topic_verbs: frozenset = frozenset()  # "discussed the plan": the topic is the object ("discussed about")
    emphasis_verbs: frozenset = frozenset()  # "emphasized hygiene": no "on" or "about" before the object
    destination_verbs: frozenset = frozenset()  # "reached the hospital", "contacted the family": no "to"/"with"
    clause_adjectives: frozenset = frozenset()  # "(It) was difficult to explain": an adjective said of a clause


_SUBJECT_DEPS = ("nsubj", "nsubjpass")


def _in_prose(token) -> bool:
    """A sentence whose main verb has a subject: a résumé fragment drops articles on purpose ("Worked as
    research assistant in cardiology department", "On IM ward clerked 4-6 new pts"), a sentence written with
    "I" does not. A subject somewhere else in a fragment ("... f/u plans, took bloods") is a misparse."""
    root = token.sent.root
    return any(c.dep_ in (*_SUBJECT_DEPS, "expl") for c in root.children)


def _determined(noun) -> bool:
    return any(c.dep_ in ("det", "poss", "predet", "nummod") or c.tag_ in ("PRP$", "WP$", "DT") for c in noun.children)


def _named_organisation(noun, words: WordingWords) -> bool:
    """"Mayo Clinic Department of Medicine": the department is part of a name that starts with its place."""
    return any(t.lemma_.lower() in words.organisations or t.lower_ in words.organisations
               for c in noun.children if c.dep_ == "compound" and c.i < noun.i for t in c.subtree)


def _repeated(noun) -> bool:
    """"from ward to ward", "department by department": a distributive idiom takes no article."""
    doc = noun.doc
    return any(0 <= i < len(doc) and i != noun.i and doc[i].lemma_.lower() == noun.lemma_.lower()
               for i in range(noun.i - 2, noun.i + 3))


def _missing_article(token, words: WordingWords) -> tuple[int, int] | None:
    lemma = token.lemma_.lower()
    if token.tag_ not in ("NN", "NNP") or _determined(token) or not _in_prose(token):
        return None
    if token.dep_ == "pobj" and token.head.pos_ == "ADP" and token.head.lower_ != "per" and lemma in words.article_nouns:
        if _named_organisation(token, words) or _repeated(token):
            return None
        if lemma in words.collective and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            return None  # "worked with faculty", "met with staff": the people, no article (not "in faculty of medicine")
        return token.head.i, token.i  # "in Cardiology department", "in Department of Hospital Therapy"
    if token.dep_ == "pobj" and token.head.lower_ == "as" and lemma in words.roles and token.tag_ == "NN" and token.text.islower():
        if any(c.dep_ == "compound" and not c.text.islower() for c in token.children):
            return None  # "as Medical Officer": a title as written
        if any(c.dep_ in ("compound", "amod") and c.lower_ in _UNIQUE_OFFICES for c in token.children):
            return None  # "As chief resident, I ...": an office, one of a kind, takes no article
        return token.head.i, token.i  # "working as house officer", "as future doctor"
    if _role_after_be(token, words):
        first = min([c.i for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i] + [token.i])
        return first - 1, token.i  # "I was resident doctor", "when I was child"
    return None


_UNIQUE_OFFICES = {"chief", "head", "lead", "co-chief", "president", "captain"}


def _role_after_be(token, words: WordingWords) -> bool:
    """"I was resident doctor", "when she was child": a person's role or age after "be", with no article,
    said of a person ("I was chief resident" names an office, one of a kind, and takes none)."""
    be = token.head
    if token.dep_ != "attr" or be.lemma_ != "be" or token.tag_ != "NN" or not token.text.islower():
        return False
    if token.lemma_.lower() not in words.roles | {"child", "kid", "teenager", "baby", "boy", "girl"}:
        return False
    modifiers = [c for c in token.children if c.dep_ in ("compound", "amod")]
    if any(c.lower_ in _UNIQUE_OFFICES or not c.text.islower() or is_rank(c) for c in modifiers):
        return False  # "was first doctor" takes "the" (grammar_slips reads it)
    if any(c.i > token.i and c.dep_ in ("prep", "relcl", "acl") and c.lower_ == "of" for c in token.children):
        return False
    if be.i + 1 + len(modifiers) != token.i or any(c.i < be.i for c in modifiers):
        return False  # the noun and its modifiers follow "be" at once
    return any(c.dep_ == "nsubj" and (c.lower_ in ("i", "he", "she") or c.lemma_.lower() in _FAMILY_MEMBERS) for c in be.children)


_FAMILY_MEMBERS = {"father", "mother", "brother", "sister", "uncle", "aunt", "grandfather", "grandmother", "cousin", "wife",
              "husband", "son", "daughter", "friend", "dad", "mom", "mum"}


def _no_free(token) -> tuple[int, int] | None:
    """"there was no ventilator free", "no bed free": English says "no free bed" or "no bed available"."""
    doc = token.doc
    if token.lower_ != "no" or token.i + 2 >= len(doc):
        return None
    noun, after = doc[token.i + 1], doc[token.i + 2]
    if noun.pos_ == "NOUN" and after.lower_ == "free" and noun.whitespace_ and (
            token.i + 3 >= len(doc) or doc[token.i + 3].text not in _HYPHENS and doc[token.i + 3].pos_ not in ("NOUN", "PROPN")):
        return token.i, after.i
    return None


_TIME_UNITS = {"year", "month", "week", "day", "hour", "minute", "second", "time", "percent", "point", "mile",
               "kilometer", "kilometre", "dollar", "rupee", "naira", "peso", "lakh", "crore"}


def _singular_after_number(token, words: WordingWords) -> tuple[int, int] | None:
    """"2 practical session", "teach 3 group": a count above one on a singular count noun."""
    if token.dep_ != "nummod" or not token.like_num or _YEAR.match(token.text):
        return None
    noun = token.head
    try:
        value = float(token.text.replace(",", ""))
    except ValueError:
        value = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10}.get(token.lower_, 0)
    if value < 2 or value != int(value) or noun.i <= token.i or noun.i - token.i > 3 or noun.tag_ != "NN":
        return None
    if not noun.text.isalpha() or not noun.text.islower() or len(noun.text) < 4 or noun.dep_ in ("compound", "npadvmod", "nmod"):
        return None
    lemma = noun.lemma_.lower()
    if lemma in _TIME_UNITS or lemma in words.collective or lemma in _NAMING_WORDS:
        return None
    if plural_of_a_noun(noun.text):
        return None  # "did 2 audits": already the plural, though the tagger read it as a singular noun
    doc = token.doc
    if token.i > 0 and (doc[token.i - 1].lower_ in _NAMING_WORDS | {"room", "ward", "bed", "grade", "no", "no.", "#"}
                        or doc[token.i - 1].tag_ == "$" or doc[token.i - 1].is_currency):
        return None  # "Step 2 exam", "room 4 patient", "a $2,500 grant"
    if token.i > 0 and doc[token.i - 1].pos_ == "PROPN" and doc[token.i - 1].text[:1].isupper():
        return None  # "the Krok 2 exam", "the PLAB 1 test": the number is part of a name
    if any(doc[i].text in _HYPHENS or doc[i].pos_ not in ("ADJ", "NOUN") for i in range(token.i + 1, noun.i)):
        return None
    if noun.i + 1 < len(doc) and (doc[noun.i + 1].text in _HYPHENS or doc[noun.i + 1].text == "/"
                                  or doc[noun.i + 1].pos_ in ("NOUN", "PROPN", "CCONJ")
                                  or doc[noun.i + 1].tag_ in ("NNS", "VBZ")):
        return None  # "3 patient encounters", "two night calls" (often misread as a verb): a modifier
    return token.i, noun.i


def translated_wording(doc, words: WordingWords) -> list[tuple[int, int]]:
    """Wording a US reader notices as translated, read from the parse rather than from fixed phrases: a
    department, ward or unit with no article after a preposition in a written sentence ("I examined
    patients in pulmonology department"), a role with no article after "as" ("working as house
    officer") or after "be" ("I was resident doctor"), "no ventilator free", a count above one on a singular noun ("I teach 2 practical
    session"), and the grammar slips of erasl/grammar_slips.py ("the results was", "I was impress").
    Returns (first token, last token) pairs."""
    found = []
    for token in doc:
        for reading in (_missing_article(token, words), _no_free(token), _singular_after_number(token, words)):
            if reading is not None:
                found.append(reading)
    # grammar slips read from the parse: "the results was", "I was impress", "did performed", "made database"
    found += [(slip.first, slip.last) for slip in read_slips(doc, words)]
    return found


_TOPIC_PREPOSITIONS = {"about", "to", "in", "of", "into", "with", "on"}
_TOPIC_STOPS = {".", ";", ":", "!", "?", "(", ")"}


def learned_topics(doc, words: WordingWords) -> list[tuple[int, int]]:
    """The subjects an entry says it learned about or was exposed to, read in order (the parse of a
    long list is often wrong): "got exposure to dialysis, AKI and transplant cases" gives dialysis, AKI,
    transplant cases. The filler around them is judged by F101; these are facts the rewrite keeps. Items
    whose head is vague ("the importance of", "a lot") are left out. Returns (first, last) token pairs."""
    found = []
    for token in doc:
        if token.lemma_.lower() not in words.learning_words and token.lower_ not in words.learning_words:
            continue
        opening = token.i + 1
        if opening >= len(doc) or doc[opening].lower_ not in _TOPIC_PREPOSITIONS:
            continue
        item: list = []
        items = []
        for following in doc[opening + 1:token.sent.end]:
            if following.text in _TOPIC_STOPS or following.pos_ in ("VERB", "AUX", "SCONJ") or (
                    following.pos_ == "ADP" and following.lower_ != "of") or following.tag_ in ("WRB", "WP"):
                break
            if following.text == "," or following.pos_ == "CCONJ":
                items.append(item)
                item = []
                continue
            item.append(following)
        items.append(item)
        for item in items:
            while item and item[0].pos_ in ("DET", "PRON", "NUM", "ADV") and item[0].tag_ != "NNP":
                item = item[1:]  # "the", "many", "various"
            nouns = [t for t in item if t.pos_ in ("NOUN", "PROPN")]
            if not nouns or any(t.lemma_.lower() in words.vague_topics or t.lower_ in words.vague_topics for t in item):
                continue
            if item[0].lower_ == "of":
                continue
            found.append((item[0].i, item[-1].i))
    return found
