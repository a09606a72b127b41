"""Grammar slips of non-native English, read from the spaCy parse (G101), with the US form where it is certain.

Phrase families ([[wording-fixes]]) catch calques one family at a time; the slips here are classes that no
phrase list covers, decided from tags, dependencies and morphology plus the small word classes of the
lexicon's [wording] section (never from sentences):

1. agreement: a plural subject with a singular verb ("the results was"), a singular subject with a plural
   verb ("the patient were", "how she talk to parents"); the fix inflects the verb;
2. "be" with a bare verb ("I was impress", "the dose is depend on weight") or with the participle of a verb
   that has no passive ("when the flood was happened");
3. a verb form after "did", a modal or "to" ("did performed", "can helped", "to presented"); "let/make me
   to" is already a [[wording-fixes]] family and is left to it;
4. a singular count noun with no determiner as an object or after "as"/"during" ("made database", "as
   poster", "to ask question", "During 4-week observership");
5. a pronoun that repeats the subject noun phrase before it ("the patients they were", "many of them they
   have"); the fix drops the pronoun;
6. the present in a clause of time under a verb in the past ("after I graduate, I served"); the fix says it in
   the past, and a singular subject's bare verb in an entry told in the past ("the doctor draw blood") is
   offered in the past.

Precision comes first: a false alarm on correct US English is worse than a miss, so each class stays out of
résumé fragments, names, titles, coordinated subjects, quantities and subjunctives. grammar.translated_wording
calls `read_slips`; each slip's fix is kept on the doc (`doc.user_data`) for wording_fixes.reading_fix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

USER_DATA_KEY = "erasl.grammar_slips"
_YEAR_WORD = re.compile(r"^(19|20)\d\d$")
_DATED = re.compile(r"^\d{1,2}[./-]\d{1,2}[./-](?P<year>(19|20)\d\d)$")  # "02/09/2024", "27.09.2024": a day


@dataclass(frozen=True)
class Slip:
    """One slip: its tokens (first, last), its class, and the US form of those tokens (None when unsure)."""

    first: int
    last: int
    kind: str
    correction: str | None = None
    family: str = "grammar"


def _inflect(lemma: str, tag: str) -> str | None:
    from lemminflect import getInflection

    forms = getInflection(lemma, tag=tag)
    return forms[0] if forms else None


def _verb_lemma(token) -> str:
    """The verb's base form, from lemminflect when spaCy's lemma is the word itself ("presented")."""
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(token.lower_).get("VERB")
    if lemmas:
        return lemmas[0]
    return token.lemma_.lower()


def _said(doc, first: int, last: int, replace: dict) -> str:
    """The tokens first..last with some replaced (index -> words; "" drops the word and its space)."""
    pieces = []
    for token in doc[first:last + 1]:
        words = replace.get(token.i, token.text)
        if words == "":
            continue
        pieces.append(words + token.whitespace_)
    said = "".join(pieces).strip()
    if doc[first].is_sent_start and doc[first].text[:1].isupper() and said[:1].islower():
        said = said[:1].upper() + said[1:]
    return said


def _in_prose(token) -> bool:
    """A sentence whose main verb has a subject: résumé fragments ("- Collected data and made database")
    drop articles and auxiliaries on purpose."""
    first = next((t for t in token.sent if t.is_alpha), None)
    if first is None or first.tag_.startswith("VB") and first.tag_ != "VBG":
        return False  # "Collected data and made database": a fragment opens with its verb
    if any(t.text in ("TODO", "TBD", "FIXME") for t in token.sent):
        return False  # "TODO: add poster.": a note to self (L301 flags it), not a sentence of the entry
    root = token.sent.root
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children)


def _plain_word(token) -> bool:
    """A lower-case word (or the sentence's first, capitalised only there): not a name, acronym or title."""
    if not token.is_alpha:
        return False
    if token.is_lower:
        return True
    return token.is_sent_start and token.text[1:].islower() and token.pos_ != "PROPN"


# --- 1. agreement ---------------------------------------------------------------------------------

_PLURAL_PRONOUNS = {"we", "they", "you"}
_SINGULAR_PRONOUNS = {"he", "she", "it"}
_SINGULAR_INDEFINITES = {"everything", "everyone", "everybody", "someone", "somebody", "something", "nobody",
                         "nothing", "anyone", "anybody", "anything"}
_QUANTIFIERS = {"most", "many", "several", "few", "both", "all"}  # "most of them was": plural by what follows
_PLURAL_OBJECTS = {"them", "us", "these", "those"}
_ONE_OF = {"each", "one", "either", "neither"}  # "each of the students": one at a time
_SINGULAR_FORMS = {"was": "were", "is": "are", "has": "have", "does": "do"}
_PLURAL_FORMS = {"were": "was", "are": "is", "have": "has", "do": "does"}
_FIRST_PERSON_FORMS = {"is": "am", "has": "have", "does": "do", "were": "was", "are": "am"}
_AUXILIARY_FORMS = set(_SINGULAR_FORMS) | set(_PLURAL_FORMS) | {"am"}
_PLURAL_DETERMINERS = {"some", "many", "several", "few", "these", "those", "both", "all", "most", "various"}
_CAUSATIVES = {"let", "make", "help", "have", "see", "watch", "hear", "feel", "bid", "notice", "observe"}
_TIME_UNITS = {"year", "month", "week", "day", "hour", "minute", "second", "mg", "ml", "kg", "dollar", "percent"}


def _subject(verb):
    """The verb's subject to its left, or None (an inverted question has it after)."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.i < verb.i:
            return child
    return None


def _finite(verb) -> tuple | None:
    """The finite word of a verb group and the group's head: "was" of "was showing", or the verb itself."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if auxiliaries:
        return auxiliaries[0], verb
    return verb, verb


def _subject_number(subject, words) -> str | None:
    """"plural", "singular", "i" or None (not sure: a collective, a quantity, a name, a coordinated subject)."""
    if any(c.dep_ == "conj" for c in subject.children) or any(c.dep_ in ("cc", "preconj") for c in subject.children):
        return None
    if any(c.dep_ == "appos" for c in subject.children):
        return None
    lower = subject.lower_
    if lower == "i":
        return "i"
    if _an_acronym(subject):
        return None  # "IT support technician": information technology, never the pronoun "it"
    if lower in _PLURAL_PRONOUNS:
        return "plural"
    if lower in _SINGULAR_PRONOUNS or lower in _SINGULAR_INDEFINITES:
        return "singular"
    of = [c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"]
    if of and (lower in _ONE_OF and subject.i == subject.sent.start or lower == "number" and any(
            c.dep_ == "det" and c.lower_ == "the" for c in subject.children)):
        return "singular"  # "Each of the students were", "The number of doctors are" ("a number of" is plural)
    if lower in _QUANTIFIERS:
        objects = [o for p in of for o in p.children if o.dep_ == "pobj"]
        if objects and all(o.lower_ in _PLURAL_OBJECTS or o.tag_ == "NNS" and o.lower_.endswith("s") for o in objects):
            return "plural"
        return None
    if not subject.is_lower and not any(c.dep_ in ("det", "poss") for c in subject.children) or subject.ent_type_:
        return None  # "Sanders fights", "Sports is": a capital with no determiner may be a name or a heading
    if lower.endswith("ics"):
        return None  # "Pediatrics combines", "genetics is": a field is singular
    if not _plain_word(subject) or any(not t.is_lower and t.is_alpha and not t.is_sent_start for t in subject.subtree):
        return None  # a name or a title ("Doctors Without Borders was")
    lemma = subject.lemma_.lower()
    if lemma in words.number_either or lower in words.number_either or lemma in words.collective:
        return None
    if any(c.dep_ == "nummod" or c.like_num for c in subject.children) or lemma in _TIME_UNITS:
        return None  # "two weeks was enough", "10 mg is"
    if subject.tag_ == "NNS" and lower.endswith("s") and lower != lemma:
        return "plural"
    if subject.tag_ == "NN" and any(c.lower_ in _PLURAL_DETERMINERS for c in subject.children):
        return "unsure"  # "some student have": the noun or the verb is wrong, not sure which
    if subject.tag_ == "NN" and not lower.endswith("s"):
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
            return None  # "a group of patients were": agreement by meaning
        return "singular"
    return None


def _subjunctive(verb, words) -> bool:
    """"if he were", "I suggested that she have": a subjunctive, correct in US English."""
    clause = verb
    if any(c.dep_ == "mark" and c.lower_ in ("if", "though", "unless") for c in clause.children):
        return True
    head = clause.head
    return head.i != clause.i and (head.lemma_.lower() in words.mandative or head.lower_ in words.mandative)


def _an_acronym(token) -> bool:
    """A pronoun's letters in capitals in a sentence that is not all capitals: an acronym ("IT" for information
    technology, "WE" for a ward's name), whose number the word itself does not tell."""
    if len(token.text) < 2 or not token.text.isupper():
        return False
    letters = [t.text for t in token.sent if t.is_alpha and t.i != token.i]
    return any(not word.isupper() for word in letters)


def _agreement(verb, words) -> Slip | None:
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass"):
        return None
    subject = _subject(verb)
    if subject is None or subject.dep_ == "expl":
        return None
    if subject.lower_ in _RELATIVES and verb.dep_ == "relcl" and subject.i == verb.i - 1:
        return _relative_agreement(verb, subject, words)
    finite, _ = _finite(verb)
    if finite.tag_ == "MD" or finite.lower_ in ("to",) or not finite.is_lower and not finite.is_sent_start:
        return None
    if any(c.dep_ in ("aux", "auxpass") and c.i < finite.i for c in verb.children):
        return None
    between = finite.doc[subject.i + 1:finite.i]
    if any(t.text in (",", ";", "(", ")", "-", "–") or t.pos_ == "CCONJ" for t in between):
        return None
    subtree = {t.i for t in subject.subtree}
    if any(t.i not in subtree and t.pos_ != "ADV" for t in between):
        return None  # only the subject's own words (or an adverb) between it and its verb
    if between and finite.i == verb.i and not any(t.pos_ == "ADV" for t in between) and finite.lower_ not in _AUXILIARY_FORMS:
        return None  # "patients with DKA and GI bleeds": a lexical verb far from its noun is often a noun misread
    before = subject.doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    if before is not None and before.tag_ == "VBG" or any(
            t.tag_ == "VBG" and t.i < subject.i for t in subject.subtree):
        return None  # "healing others has been": the subject is the gerund's clause
    if finite.lower_ not in _AUXILIARY_FORMS and not _known_verb(finite):
        return None  # "it def confirmed": not a verb
    number = _subject_number(subject, words)
    if number is None:
        return None
    if number == "unsure":
        if finite.lower_ in _PLURAL_FORMS or finite.tag_ in ("VBP", "VB") and finite.lower_ not in _AUXILIARY_FORMS:
            first = subject.left_edge.i
            return Slip(first, finite.i, "agreement", None, "agreement")
        return None
    word = finite.lower_
    new = None
    if number == "plural":
        if word in _SINGULAR_FORMS:
            new = _SINGULAR_FORMS[word]
        elif finite.tag_ == "VBZ" and finite.i == verb.i and word.endswith("s"):
            new = _verb_lemma(finite)
            if not new or new == word:
                return None
        if new and subject.lower_ == "you" and word == "was":
            new = "were"
    elif number == "singular":
        if word in _PLURAL_FORMS and finite.tag_ in ("VBP", "VBD"):
            if _subjunctive(verb, words):
                return None
            new = _PLURAL_FORMS[word]
        elif finite.i == verb.i and finite.tag_ in ("VBP", "VB") and (
                subject.lower_ in _SINGULAR_PRONOUNS | _SINGULAR_INDEFINITES or _noun_then_verb(subject, verb)):
            # "how she talk to parents", "made sure everything go smoothly"; never "let him go", "made it work"
            if subject.lower_ not in ("he", "she") and verb.head.lemma_.lower() in _CAUSATIVES:
                return None  # "made it work", "let everything settle": the object of a causative, not a subject
            if subject.dep_ != "nsubj" or _subjunctive(verb, words):
                return None
            if any(c.dep_ == "aux" for c in verb.children) or word in ("be",):
                return None
            new = _inflect(_verb_lemma(verb), "VBZ")
            past = _inflect(_verb_lemma(verb), "VBD")
            if new and verb.dep_ in ("ccomp", "advcl", "relcl", "xcomp", "conj") and _told_in_past(verb):
                new = f"[{new}/{past}]"  # "saw how she talk": talks or talked
            elif new and past and _past_time(verb):
                new = past  # "Last week the resident forget": the time is over
            elif new and past and _entry_in_past(verb):
                new = past if _entry_in_past(verb, only=True) else f"[{new}/{past}]"  # "the doctor draw blood"
    elif number == "i":
        if word in _FIRST_PERSON_FORMS and finite.tag_ in ("VBZ", "VBD", "VBP"):
            if word == "were" and _subjunctive(verb, words):
                return None
            new = _FIRST_PERSON_FORMS[word]
        elif finite.i == verb.i and finite.tag_ == "VBZ" and word.endswith("s"):
            new = _verb_lemma(finite)
    if not new or new == word:
        return None
    first = subject.i if finite.i - subject.i <= 3 else finite.i
    new = new if finite.is_lower else new[:1].upper() + new[1:]
    return Slip(first, finite.i, "agreement", _said(verb.doc, first, finite.i, {finite.i: new}), "agreement")


_RELATIVES = {"which", "who", "that"}


def _relative_agreement(verb, relative, words) -> Slip | None:
    """"a program which give", "a senior who teach": the relative pronoun takes its noun's number; only a
    singular noun with its own determiner right before the pronoun, and a present verb that is only a verb."""
    from lemminflect import getAllLemmas

    noun = verb.head
    if noun.i != relative.i - 1 or noun.tag_ != "NN" or not _plain_word(noun) or noun.ent_type_:
        return None  # "one of the programs which", "the head of the unit who": the noun is not sure
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the", "this", "every", "each") for c in noun.children):
        return None
    lemma = noun.lemma_.lower()
    if lemma in words.number_either or lemma in words.collective or lemma in _TIME_UNITS:
        return None
    if verb.tag_ != "VBP" or not verb.is_lower:
        return None
    if set(getAllLemmas(verb.lower_)) != {"VERB"} and not any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children):
        return None  # a word that is also a noun counts only with an object of its own ("which give equal emphasis")
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children) or _subjunctive(verb, words):
        return None
    new = _inflect(_verb_lemma(verb), "VBZ")
    if not new or new == verb.lower_:
        return None
    return Slip(relative.i, verb.i, "agreement", _said(verb.doc, relative.i, verb.i, {verb.i: new}), "agreement")


def _known_verb(token) -> bool:
    """A word lemminflect knows as a verb, whose past is not the same word ("it fit", "they put" are past)."""
    from lemminflect import getAllLemmas

    if not _known_verb_form(token):
        return False
    return _inflect(getAllLemmas(token.lower_)["VERB"][0], "VBD") != token.lower_


def to_then_adjective(token) -> bool:
    """"gave ORS to dehydrated children", "sent leaflets to infected households": after a noun, "to" is a
    preposition and the past form with a bare noun after it that noun's adjective, whatever the parser
    made of it. After a verb, "how" or "able" it is an infinitive's "to" ("helped to presented cases")."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before_to = doc[token.i - 2] if token.i >= 2 and doc[token.i - 1].lower_ == "to" else None
    return token.tag_ in ("VBD", "VBN") and after is not None and after.tag_ in ("NN", "NNS") \
        and after.pos_ == "NOUN" and before_to is not None and before_to.pos_ in ("NOUN", "PROPN", "PRON")


def _known_verb_form(token) -> bool:
    """A word lemminflect knows as some form of a verb ("performed"), not one the tagger only guessed ("med")."""
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(token.lower_).get("VERB"))


def _noun_then_verb(subject, verb) -> bool:
    """"My senior teach me": a singular noun with its determiner, right before a word that is only a verb
    (a word that is also a noun, "the patient care", is often a compound misread)."""
    from lemminflect import getAllLemmas

    if not (verb.tag_ in ("VBP", "VB") and subject.tag_ == "NN" and subject.i == verb.i - 1
            and any(c.dep_ in ("det", "poss") for c in subject.children)):
        return False
    if set(getAllLemmas(verb.lower_)) == {"VERB"}:
        return True
    # "the doctor draw blood", "my mother work as a nurse": a word that is also a noun, read as the verb of the
    # noun before it with its own object or preposition after it (never a compound's head: "the patient care")
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return (verb.pos_ == "VERB" and verb.dep_ == "ROOT" and after is not None
            and any(c.i == after.i and (c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ != "of") for c in verb.children)
            and any(c.dep_ == "pobj" or c.dep_ == "det" or c.pos_ == "NOUN" for c in after.subtree))


def _entry_in_past(verb, only: bool = False) -> bool:
    """Whether the entry around `verb` is told in the past: more finite verbs in the past than in the present
    (with `only`, none in the present at all), the verb itself and its subject's words left out."""
    past = present = 0
    for token in verb.doc:
        if token.i == verb.i or token.dep_ in ("amod", "compound") or not token.is_alpha:
            continue
        if token.tag_ == "VBD":
            past += 1
        elif token.tag_ in ("VBP", "VBZ"):
            present += 1
    return past >= 2 and present == 0 if only else past >= 2 and past > 2 * present


def _told_in_past(verb) -> bool:
    """Whether a clause hangs from a verb in the past ("saw how she talk"), so its own tense is not sure."""
    head = verb.head
    while head.i != head.head.i and not head.tag_.startswith("VB") and head.tag_ != "MD":
        head = head.head
    return head.tag_ == "VBD" or any(c.tag_ == "VBD" and c.dep_ in ("aux", "auxpass") for c in head.children)


# --- 2. "be" with a bare verb, or with the participle of a verb that has no passive ----------------

_BE = {"was", "were", "is", "are", "am"}
_BE_TAGS = {"was": "VBD", "were": "VBD", "is": "VBZ", "are": "VBP", "am": "VBP"}
_BETWEEN = {"not", "n't", "also", "very", "so", "really", "always", "never", "still", "already", "too", "just", "much"}


def _be_before(token):
    """The form of "be" just before `token` (adverbs between allowed), or None."""
    before = _word_before(token)
    return before if before is not None and before.lower_ in _BE else None


def _be_slip(token, words) -> Slip | None:
    from lemminflect import getAllLemmas

    if not token.is_lower or not token.is_alpha or len(token.text) < 4:
        return None
    be = _be_before(token)
    if be is None or not _in_prose(token):
        return None
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and (after.pos_ in ("NOUN", "PROPN") or after.text == "-"):
        return None  # "was interest rates", "is support-based": a noun's modifier
    readings = getAllLemmas(token.lower_)
    verb_lemmas = readings.get("VERB", ())
    if not verb_lemmas:
        return None
    lemma = verb_lemmas[0]
    # "was happened", "is belonged": the participle of a verb that has no passive -> the verb in be's tense
    if lemma in words.no_passive and token.tag_ in ("VBN", "VBD") and token.lower_ != lemma:
        if any(c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children) for c in token.children):
            return None  # "was arrived at": a stranded preposition makes a passive
        if _inflect(lemma, "VBN") != token.lower_:
            return None
        said = _inflect(lemma, _BE_TAGS[be.lower_]) if be.lower_ not in ("are", "am") else lemma
        return Slip(be.i, token.i, "be", _said(doc, be.i, token.i, {be.i: "", token.i: said}) if said else None)
    # "I was impress", "is depend on": the bare verb after "be"
    if token.lower_ != lemma or _inflect(lemma, "VBN") == token.lower_:
        return None  # "was come", "is put": the participle looks the same
    if any(t.lemma_.lower() == "do" and t.i < be.i for t in token.sent):
        return None  # "what I did was review the charts", "all we did is wait": a bare verb after "be" is English
    if set(readings) - {"VERB"} and lemma not in words.feeling_verbs and not _own_object(token):
        return None  # "was support", "is present": a noun or an adjective there is English
    if lemma in words.feeling_verbs:
        return Slip(be.i, token.i, "be", _said(doc, be.i, token.i, {token.i: _inflect(lemma, "VBN")}))
    if lemma in words.no_passive:
        said = _inflect(lemma, _BE_TAGS[be.lower_]) if be.lower_ not in ("are", "am") else lemma
        return Slip(be.i, token.i, "be", _said(doc, be.i, token.i, {be.i: "", token.i: said}))
    subject = _subject(token) or _subject(be)
    if _own_object(token) and be.i == token.i - 1 and subject is not None and subject.lower_ in (
            "i", "we", "he", "she", "they", "you"):  # "my task is prepare the papers" may be "is to prepare"
        # "I was handle the clinic": "handled" or "was handling", both English; the applicant picks
        simple = {"was": "VBD", "were": "VBD", "is": "VBZ"}.get(be.lower_)
        said = _inflect(lemma, simple) if simple else lemma
        ing = _inflect(lemma, "VBG")
        if said and ing:
            return Slip(be.i, token.i, "be", f"[{said}/{be.text} {ing}]")
    return Slip(be.i, token.i, "be")


def _own_object(token) -> bool:
    """"I was handle the OPD": the parse reads the word as a verb with its own determined object right after it."""
    return token.pos_ == "VERB" and token.tag_ in ("VB", "VBP") and any(
        c.dep_ == "dobj" and c.i > token.i and any(d.dep_ in ("det", "poss") for d in c.children)
        and c.left_edge.i == token.i + 1 for c in token.children)


# --- 3. a verb form after "did", a modal or "to" ("let me to" is a [[wording-fixes]] family) ---------


def _inflected_tag(verb) -> str:
    """The verb's form by its word, where the tagger calls "to wrote" a base form: VBD, VBN, VBZ or its tag."""
    if verb.tag_ in ("VB", "VBP") and verb.pos_ in ("VERB", "AUX"):
        lemma = _verb_lemma(verb)
        for tag in ("VBD", "VBN", "VBZ"):
            if lemma != verb.lower_ and _inflect(lemma, tag) == verb.lower_:
                return tag
    return verb.tag_


def end_of_a_range(token) -> bool:
    """The word after the "to" of "from X to Y" in the same sentence, when it is a plural noun ("falls",
    "fractures"): English reads it as the range's end, never as a verb after infinitive "to"."""
    from erasl.nlp import plural_of_a_noun

    doc, to = token.doc, token.doc[token.i - 1]
    return any(t.lower_ == "from" for t in doc[to.sent.start:to.i]) and plural_of_a_noun(token.lower_)


def _form_after(verb) -> Slip | None:
    tag = _inflected_tag(verb)
    if tag not in ("VBD", "VBN", "VBZ") or not verb.is_lower or not verb.is_alpha:
        return None
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    if not auxiliaries or any(c.lemma_.lower() in ("have", "be", "get") for c in auxiliaries):
        return None
    lemma = _verb_lemma(verb)
    if not lemma or lemma == verb.lower_ or not _in_prose(verb):
        return None
    doc = verb.doc
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    governor = auxiliaries[-1]
    if verb.dep_ in ("amod", "compound") or after is not None and (after.i == verb.head.i or
                                                                    after.dep_ == "pobj" and after.head.i < verb.i):
        return None  # "to improved outcomes": an adjective before its noun
    if governor.lemma_.lower() == "do" and after is not None and after.pos_ in ("NOUN", "ADJ", "PROPN"):
        return None  # "did focused exams": "did" the verb, "focused" the exams' adjective
    if governor.lemma_.lower() == "do" and governor.dep_ == "aux" and tag in ("VBD", "VBN"):
        pass  # "did performed"
    elif governor.tag_ == "MD":
        pass  # "can helped"
    elif governor.tag_ == "TO" and governor.dep_ == "aux" and governor.i == verb.i - 1:
        if to_then_adjective(verb) or end_of_a_range(verb):
            return None  # "from strokes to falls": the range's end; "gave ORS to dehydrated children": "to" the preposition, the participle its noun's adjective
        pass  # "to presented"
    elif governor.dep_ == "neg" and len(auxiliaries) > 1:
        governor = auxiliaries[-2]
        if not (governor.lemma_.lower() == "do" or governor.tag_ == "MD"):
            return None
    else:
        return None
    if not _known_verb_form(verb) or not any(_inflect(lemma, form) == verb.lower_ for form in ("VBD", "VBN", "VBZ")):
        return None  # "did med rec": a word lemminflect knows as no verb is no wrong verb form
    return Slip(governor.i, verb.i, "verb form", _said(doc, governor.i, verb.i, {verb.i: lemma}))


# --- 4. a singular count noun with no determiner -------------------------------------------------

_BARE_PREPOSITIONS = {"as", "during", "into", "through", "throughout", "like", "without"}
# after these a bare count noun is as often "a" as "the" ("in village", "at conference"): both are offered;
# not "of" ("field of study", "point of care" are English) and not "by" ("by phone")
_PLACE_PREPOSITIONS = {"in", "on", "at", "for", "with", "from"}
_PARTS_OF_DAY = {"morning", "afternoon", "evening"}  # "in afternoon": only "in the afternoon"
_DETERMINING = ("det", "poss", "predet", "nummod", "quantmod", "nmod")


def _opens_with_verb(token) -> bool:
    """"Volunteered weekly at free clinic; took vitals": a line that opens with an inflected verb is a résumé
    fragment even when the parser finds a subject in it ("Volunteered" read as a name)."""
    from lemminflect import getAllLemmas

    first = next((t for t in token.sent if t.is_alpha), None)
    if first is None:
        return False
    verbs = getAllLemmas(first.lower_).get("VERB", ())
    return bool(verbs) and first.lower_ not in verbs and first.lower_.endswith(("ed", "ing"))


_NAMING_VERBS = {"turn", "elect", "appoint", "name", "make", "call", "vote", "choose", "nominate", "select",
                 "crown", "designate", "promote"}
# adjectives of degree make set phrases with a bare noun ("at full capacity", "in due course", "at high level")
_DEGREE_ADJECTIVES = {"other", "such", "own", "much", "enough", "more", "less", "full", "high", "low", "due",
                      "real", "maximum", "minimum", "close", "short", "long", "top", "total", "complete", "utmost"}


def _described_count_noun(noun, words) -> bool:
    """"insert nasogastric tube", "in small town", "without skilled attendant": a noun lemminflect knows only
    as countable, with an adjective of its own before it, is no mass and no bare idiom ("at home", "by hand")."""
    lemma = noun.lemma_.lower()
    if lemma in words.offices or lemma in words.collective or not count_only(lemma) or _opens_with_verb(noun):
        return False
    if noun.dep_ == "oprd" or noun.head.lemma_.lower() in _NAMING_VERBS:
        return False  # "engineer turned medical student", "elected me class representative": a role named bare
    if any(t.lower_ in words.offices or is_rank(t) for t in noun.subtree if t.i < noun.i):
        return False  # "elected me chief intern", "time to first antibiotic dose": an office, a rank
    return any(c.dep_ == "amod" and c.tag_ in ("JJ", "JJR") and c.i == noun.i - 1 and c.is_lower
               and c.lower_ not in _NOT_COUNTED | _DEGREE_ADJECTIVES
               and not is_rank(c) for c in noun.children)  # not "took first place", "won second prize": a rank is said bare


def _bare_count_noun(noun, words) -> Slip | None:
    if noun.tag_ != "NN" or not noun.is_lower or not noun.is_alpha:
        return None
    if noun.lemma_.lower() not in words.count_nouns and not _described_count_noun(noun, words):
        return None
    if noun.dep_ not in ("dobj", "pobj") or not _in_prose(noun):
        return None
    head = noun.head
    described = noun.lemma_.lower() not in words.count_nouns  # read by _described_count_noun
    if noun.dep_ == "pobj" and head.lower_ not in _BARE_PREPOSITIONS | _PLACE_PREPOSITIONS and not (
            described and head.lower_ == "to"):
        return None  # "presented them to senior resident": a described count noun after "to" as well
    if noun.dep_ == "pobj" and head.lower_ in _PLACE_PREPOSITIONS and (
            head.head.pos_ == "NOUN" and head.head.i == head.i - 1 and head.lower_ in ("for", "with", "from")):
        return None  # "time for project work", "help with homework": a noun's own phrase reads as a compound
    if noun.dep_ == "dobj" and (head.pos_ != "VERB" or head.tag_ == "VBG" and head.dep_ in ("pcomp", "pobj", "amod", "compound")):
        return None
    if any(c.dep_ in _DETERMINING or c.tag_ in ("PRP$", "WP$", "DT", "WDT", "CD") or c.pos_ == "PROPN"
           or c.dep_ == "compound" and not c.is_lower or c.dep_ in ("conj", "cc") for c in noun.children):
        return None
    doc = noun.doc
    first = noun.left_edge
    if first.i <= head.i or any(not t.is_lower and t.is_alpha for t in doc[first.i:noun.i]):
        return None
    if any(t.tag_ == "CD" and t.head.i != noun.i and t.head.dep_ != "compound" for t in doc[first.i:noun.i]):
        return None
    if any(t.dep_ in ("det", "poss") or t.tag_ in ("DT", "PRP$", "WP$") for t in doc[first.i:noun.i]):
        return None  # "completed a 4-week cardiology elective": the parser hung the article on a modifier
    before = doc[first.i - 1]
    if before.pos_ in ("NOUN", "PROPN") and noun.dep_ == "dobj":
        return None  # "the student run clinic": a noun's modifier, not a verb and its object
    if noun.i + 1 < len(doc):
        after = doc[noun.i + 1]
        if after.like_num or after.pos_ in ("PROPN", "NOUN") or after.text in ("-", "/") or after.tag_ == "NNS":
            return None  # "as case 3", "made case report": a name or a compound
    phrase = f"{head.lower_} {noun.lower_}"
    if phrase in words.bare_idioms or noun.lower_ in words.bare_idioms:
        return None
    for i in range(max(0, noun.i - 2), min(len(doc), noun.i + 3)):
        if i != noun.i and doc[i].lemma_.lower() == noun.lemma_.lower():
            return None  # "case by case", "question after question"
    if noun.head.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.head.children if c.i > noun.i and c.tag_ == "NN"):
        return None
    article = _article(doc[first.i].text)
    definite = head.lower_ != "as" and (head.lower_ in _PLACE_PREPOSITIONS | {"during", "to"} or any(
        c.dep_ in ("relcl", "acl") or c.dep_ == "prep" and c.lower_ == "of" for c in noun.children))
    if head.lower_ == "in" and noun.lemma_.lower() in _PARTS_OF_DAY:
        return Slip(first.i, noun.i, "article", "the " + doc[first.i:noun.i + 1].text)  # "in afternoon"
    correction = (f"[{article}/the] " if definite else f"{article} ") + doc[first.i:noun.i + 1].text
    return Slip(first.i, noun.i, "article", correction)


def _article(word: str) -> str:
    from erasl.wording_fixes import indefinite_article

    return indefinite_article(word)


# --- 5. a pronoun that repeats the subject ---------------------------------------------------------

_RESUMPTIVE = {"they": "plural", "he": "singular", "she": "singular"}
_QUANTIFIER_SUBJECTS = {"many", "most", "some", "all", "both", "several", "few", "none", "each"}
_TIME_DETERMINERS = {"that", "this", "next", "last", "every", "each", "one", "same", "following", "previous"}


def _resumptive(pronoun) -> Slip | None:
    """"The patients they were waiting", "Many of them they have", "Dr. Lee, my attending, she taught": a
    subject pronoun right after the noun phrase it stands for, which opens the sentence (or follows its
    opening phrase and comma). Never an object before a new clause ("told them they"), a clause before its
    main clause ("when the patients arrived they"), or a time ("the next day they")."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.i == pronoun.sent.start:
        return None
    doc = pronoun.doc
    relative = doc[pronoun.i - 1]
    if pronoun.lower_ in ("it", "they", "he", "she") and relative.tag_ in ("WDT", "WP") and relative.lower_ in (
            "which", "who") and pronoun.head.dep_ == "relcl" and relative.head.i == pronoun.head.i:
        return Slip(relative.i, pronoun.i, "repeated subject", relative.text)  # "a hospital which it is run by"
    number = _RESUMPTIVE.get(pronoun.lower_)
    if number is None:
        return None
    before = doc[pronoun.i - 1]
    comma = before.text == ","
    if comma:
        if pronoun.i - 2 < pronoun.sent.start:
            return None
        before = doc[pronoun.i - 2]
    phrase = before
    while phrase.head.i != phrase.i and phrase.head.i < pronoun.i:
        phrase = phrase.head
    if phrase.dep_ in ("dobj", "pobj", "dative", "attr"):
        return None
    if pronoun.i in {t.i for t in phrase.subtree} and not (
            pronoun.head.head.i == phrase.i and pronoun.head.dep_ == "relcl" and phrase.dep_ == "ROOT"
            and not any(c.tag_ in ("WDT", "WP") or c.lower_ == "that" for c in pronoun.head.children)):
        return None  # "the patient she saw was stable": a clause of the noun's own, unless it is the only verb
    lower = phrase.lower_
    if lower in _QUANTIFIER_SUBJECTS and phrase.pos_ in ("ADJ", "PRON", "DET", "NOUN"):
        if number != "plural" or not any(c.lower_ == "of" for c in phrase.children):
            return None
    elif phrase.pos_ in ("NOUN", "PROPN"):
        if phrase.ent_type_ in ("DATE", "TIME", "ORG", "GPE", "LOC", "FAC") or any(
                c.lower_ in _TIME_DETERMINERS for c in phrase.children):
            return None  # "the next day they", "Mayo Clinic, it": a time or a place, not the subject
        if phrase.pos_ == "NOUN" and phrase.dep_ in ("npadvmod", "advmod", "tmod"):
            return None  # "The first time I met her, she ...": a common noun read as an adverb is a time or a measure
        if number == "plural" and phrase.tag_ not in ("NNS", "NNPS"):
            return None
        if number == "singular" and phrase.tag_ not in ("NN", "NNP"):
            return None
    else:
        return None
    if comma and not any(c.dep_ in ("appos", "relcl", "acl") for c in phrase.children):
        return None  # "The patients, they said, were ...": a comma alone may open an aside
    opening = phrase.left_edge
    if opening.i != pronoun.sent.start and doc[opening.i - 1].text != ",":
        return None
    if any(t.pos_ == "PUNCT" and t.text in ("(", ")", '"', ":", ";") for t in doc[opening.i:pronoun.i]):
        return None
    if pronoun.head.dep_ in ("parataxis", "ccomp"):
        return None  # "The results, they said, were ...", "The nurse told me she ...": a clause of its own
    first = pronoun.i - 1
    return Slip(first, pronoun.i, "repeated subject", doc[first].text)


# --- 5b. a question's word order inside a sentence ----------------------------------------------------


def _inverted_question(be) -> Slip | None:
    """"taught me how important is the continuity of care", "saw how hard is her job": inside a sentence a
    question keeps the statement's order ("how important the continuity of care is"). Never a question of
    its own ("How hard is the job?")."""
    if be.lemma_ != "be" or be.dep_ not in ("ccomp", "xcomp", "pcomp", "advcl") or be.head.i > be.i:
        return None
    if not be.is_lower or any(c.dep_ in ("aux", "neg") for c in be.children):
        return None
    complement = next((c for c in be.children if c.dep_ in ("acomp", "attr") and c.i == be.i - 1), None)
    subject = next((c for c in be.children if c.dep_ == "nsubj" and c.i > be.i), None)
    if complement is None or subject is None:
        return None
    how = next((c for c in complement.children if c.dep_ == "advmod" and c.lower_ in ("how", "what")
                and c.i == complement.i - 1), None)
    if how is None or subject.left_edge.i != be.i + 1 or not _in_prose(be):
        return None
    doc = be.doc
    last = subject.i
    for child in sorted((c for c in subject.children if c.i > subject.i), key=lambda c: c.i):
        if child.dep_ == "prep" and child.lower_ != "of" or child.dep_ in ("relcl", "acl", "punct", "cc", "conj"):
            break  # "how busy is the emergency room on Fridays": the time is the clause's, not the subject's
        last = child.right_edge.i
    if any(t.text in ('"', "(", ")") or t.pos_ == "VERB" for t in doc[be.i + 1:last + 1]):
        return None
    said = f"{how.text} {complement.text} {doc[be.i + 1:last + 1].text} {be.text}"
    return Slip(how.i, last, "word order", said, "word order")


# --- 6. the present in a clause of time under a verb in the past -------------------------------------

_TIME_MARKS = {"after", "when", "before", "once", "until", "till"}
_BE_PAST = {"am": "was", "is": "was", "are": "were"}


def _present_in_past_clause(verb) -> Slip | None:
    """"After I graduate, I served", "When I am a student, I volunteered": a clause of time in the present
    under a main verb in the past takes the past. Not "while"/"as" (also "although", "since") and not a
    clause under a verb in the present ("I learned that when patients are scared, they ask")."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBP", "VBZ") or not verb.is_lower:
        return None
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS and c.i < verb.i for c in verb.children):
        return None
    if any(c.dep_ in ("aux", "auxpass") and c.i < verb.i for c in verb.children):
        return None
    head = verb.head
    if head.tag_ != "VBD" or head.dep_ not in ("ROOT", "conj") or any(
            c.dep_ in ("aux", "auxpass") for c in head.children):
        return None
    subject = _subject(verb)
    if subject is None or not _in_prose(verb) or _noun_phrase_misread(subject, verb):
        return None
    new = _in_the_past(verb, subject)
    return Slip(verb.i, verb.i, "tense", new, "tense") if new else None


def _noun_phrase_misread(subject, verb) -> bool:
    """"before the team huddle", "after the staff meeting": a noun right after a noun, with nothing of its own,
    is a compound noun the parser read as a clause (a verb has an object, a preposition or more after it)."""
    from lemminflect import getAllLemmas

    own = [c for c in verb.children if c.dep_ not in ("mark", "advmod", "punct") and c.i != subject.i]
    return (subject.i == verb.i - 1 and subject.tag_ == "NN" and not own
            and "NOUN" in getAllLemmas(verb.lower_))


def _in_the_past(verb, subject) -> str | None:
    """The verb's simple past for its subject ("am" -> "was", "are" -> "were", "work" -> "worked"), or None."""
    word = verb.lower_
    if word in _BE_PAST:
        new = "were" if word == "are" or subject.lower_ in ("we", "they", "you") else _BE_PAST[word]
    elif word in ("has", "have"):
        new = "had"
    else:
        new = _inflect(_verb_lemma(verb), "VBD") if _known_verb_form(verb) else None
    return new if new and new != word else None


# --- all of them ----------------------------------------------------------------------------------


def read_slips(doc, words) -> list[Slip]:
    """Every grammar slip in `doc`, one per token range, in text order; each slip is also kept on the doc
    (doc.user_data) so the fix can be given for its (first, last) range."""
    found: list[Slip] = []
    for token in doc:
        for slip in (_agreement(token, words), _be_slip(token, words), _form_after(token),
                     _bare_count_noun(token, words), _resumptive(token), _present_in_past_clause(token),
                     _inverted_question(token), _past_for_participle(token, words), _double_determiner(token),
                     _article_with_plural(token), _singular_after_quantifier_of(token), _present_with_past_time(token),
                     _preposition_before_object(token, words), _bare_role(token, words), _missing_be(token),
                     _question_order_with_do(token), _resumptive_object(token), _present_for_duration(token),
                     _perfect_after_past_clause(token), _dropped_it(token, words),
                     _bare_object_with_relative(token, words),
                     *(check(token) for check in GRAMMAR16_CHECKS)):
            if slip is not None and not _inside_brackets(doc, slip):
                found.append(slip)
    kept: list[Slip] = []
    for slip in sorted(found, key=lambda s: (s.first - s.last, s.first)):
        if not any(slip.first <= other.last and other.first <= slip.last for other in kept):
            kept.append(slip)
    kept.sort(key=lambda s: s.first)
    doc.user_data[USER_DATA_KEY] = {(slip.first, slip.last): slip for slip in kept}
    return kept


def _inside_brackets(doc, slip: Slip) -> bool:
    """Words in [brackets] are the applicant's placeholders, in (parentheses) a gloss or a note: never a slip."""
    opened = 0
    for token in doc[doc[slip.first].sent.start:slip.first]:
        if token.text in ("[", "("):
            opened += 1
        elif token.text in ("]", ")"):
            opened -= 1
    return opened > 0


def slip_at(doc, first: int, last: int) -> Slip | None:
    """The slip read_slips found at tokens first..last, or None."""
    return (doc.user_data.get(USER_DATA_KEY) or {}).get((first, last))


# --- 7. marking lemminflect can check on any word (grammar15, issue 11) ------------------------------
# Each class below applies to every word: lemminflect says which forms a word has (a past that is not a
# participle, a noun whose plural is never the singular), the parse says where it stands, and the lexicon's
# [wording] lists name only the few word classes English treats differently (offices, bare nouns, verbs
# whose object follows at once).


@lru_cache(maxsize=4096)
def count_only(lemma: str) -> bool:
    """A noun lemminflect knows only as countable: its plural is never the singular ("farmer", "tube",
    "town"), unlike "experience", "food", "research" or "time", which English also uses as a mass."""
    plurals = _plurals(lemma)
    return bool(plurals) and lemma not in plurals


def _past_only(token) -> str | None:
    """The verb's lemma when `token` is its simple past and not its participle ("went", "saw", "came",
    "took"), None for a regular verb, whose two forms are the same ("worked")."""
    from lemminflect import getAllLemmas

    readings = getAllLemmas(token.lower_)
    if "VERB" not in readings or set(readings) != {"VERB"} and token.pos_ != "VERB":
        return None  # "saw" the tool, "left" the side: a word with another reading counts only as the parse's verb
    lemma = readings["VERB"][0]
    if _inflect(lemma, "VBD") == token.lower_ and _inflect(lemma, "VBN") != token.lower_:
        return lemma
    return None


_HAVE = {"have", "has", "had", "'ve", "'d"}


def _word_before(token):
    """The word before `token` in its sentence, adverbs of _BETWEEN skipped, or None."""
    i = token.i - 1
    while i >= token.sent.start and token.doc[i].lower_ in _BETWEEN:
        i -= 1
    return token.doc[i] if i >= token.sent.start else None


def _past_for_participle(token, words) -> Slip | None:
    """"have saw", "has went", "had took": the perfect takes the participle; "was came", "is went": "be"
    with a simple past, said as the verb itself (a verb with no passive) or the passive's participle."""
    if not token.is_lower or not token.is_alpha or not _in_prose(token):
        return None
    lemma = _past_only(token)
    before = _word_before(token)
    if lemma is None or before is None:
        return None
    doc = token.doc
    if before.lower_ in _HAVE and before.pos_ == "AUX":
        return Slip(before.i, token.i, "verb form", _said(doc, before.i, token.i, {token.i: _inflect(lemma, "VBN")}))
    if before.lower_ in _BE:
        if lemma in words.no_passive or lemma in ("come", "go"):
            return Slip(before.i, token.i, "verb form", _said(doc, before.i, token.i, {before.i: ""}))
        return Slip(before.i, token.i, "verb form", _said(doc, before.i, token.i, {token.i: _inflect(lemma, "VBN")}))
    return None


_POSSESSIVES = {"my", "your", "his", "her", "our", "their"}
_ARTICLES_AND_DEMONSTRATIVES = {"a", "an", "the", "this", "these", "those"}  # not "that": "knew that my"
_TITLES = {"dr", "dr.", "prof", "prof.", "professor"}


def _double_determiner(token) -> Slip | None:
    """"the my supervisor", "this my first rotation", "The Dr. Papadopoulos": a noun takes one determiner,
    and a name with its title takes none; the fix keeps the second."""
    doc = token.doc
    if token.lower_ not in _ARTICLES_AND_DEMONSTRATIVES or token.i + 1 >= len(doc) or token.tag_ != "DT":
        return None
    after = doc[token.i + 1]
    if after.lower_ in _POSSESSIVES and after.tag_ == "PRP$":
        pass
    elif token.lower_ == "the" and after.lower_ in _TITLES and token.i + 2 < len(doc) and doc[token.i + 2].pos_ == "PROPN":
        name = doc[token.i + 2]
        while name.head.pos_ == "PROPN" and name.dep_ == "compound" and name.head.i > name.i:
            name = name.head
        if any(c.dep_ in ("relcl", "prep", "acl") for c in name.children if c.i > name.i) or (
                name.i + 1 < len(doc) and doc[name.i + 1].pos_ == "PRON"):
            return None  # "the Dr. Lee I knew", "the Dr. Lee of my childhood": a name told apart from another
    elif token.lower_ == "the" and after.lower_ == "most" and any(c.dep_ == "prep" and c.lower_ == "of" for c in after.children):
        if token.i > 0 and doc[token.i - 1].lemma_.lower() in ("make", "get"):
            return None  # "made the most of the elective": an idiom
        pass  # "The most of my patients": "most of" counts without "the"
    else:
        return None
    if not _in_prose(token) or any(t.text in ('"', "“", "”") for t in token.sent):
        return None  # a quoted title keeps its words
    return Slip(token.i, after.i, "determiner", _said(doc, token.i, after.i, {token.i: ""}), "agreement")


_NOT_COUNTED = {"few", "lot", "number", "couple", "dozen", "hundred", "thousand", "million", "great", "good",
                "series", "means", "species", "variety", "range", "total", "pair", "set", "handful"}


def _article_with_plural(noun) -> Slip | None:
    """"a patients", "an important lessons": "a" counts one; the noun is a plural lemminflect derives
    from a noun that is only countable, with nothing but adjectives between."""
    if noun.tag_ != "NNS" or not noun.is_lower or not noun.is_alpha or not _in_prose(noun):
        return None
    lemma = noun.lemma_.lower()
    if lemma == noun.lower_ or not count_only(lemma) or noun.lower_ not in _plurals(lemma):
        return None
    article = next((c for c in noun.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
    if article is None:
        return None
    between = noun.doc[article.i + 1:noun.i]
    if any(t.pos_ != "ADJ" or t.lower_ in _NOT_COUNTED or t.like_num or "-" in t.text for t in between):
        return None  # "a few patients", "a great many cases", "a 3-days course"
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if noun.dep_ == "poss" or after is not None and not (after.pos_ in ("ADP", "PUNCT", "CCONJ", "SCONJ", "PART")
                                                         or after.tag_ in ("VBD", "VBZ", "MD")):
        return None  # "a residents meeting", "a residents lounge", "a children's hospital": "a" is the next noun's
    said = noun.doc[article.i:noun.i + 1].text
    singular = _said(noun.doc, article.i, noun.i, {noun.i: lemma})
    plural = _said(noun.doc, article.i, noun.i, {article.i: ""})
    return Slip(article.i, noun.i, "agreement", f"[{singular}/{plural}]" if said else None, "agreement")


def _plurals(lemma: str) -> tuple:
    from lemminflect import getAllInflections

    return getAllInflections(lemma, upos="NOUN").get("NNS", ())


_ONE_OF_EACH = {"each", "one", "either", "neither", "many", "several", "few", "both", "some"}


def _singular_after_quantifier_of(noun) -> Slip | None:
    """"each of the volunteer", "one of my best friend", "many of our patient": a part of a group names the
    group in the plural; only nouns that are never a mass ("most of the day" is a part of one thing)."""
    if noun.tag_ != "NN" or noun.dep_ != "pobj" or not noun.is_lower or not noun.is_alpha or not _in_prose(noun):
        return None
    of = noun.head
    if of.lower_ != "of" or of.head.lower_ not in _ONE_OF_EACH or of.head.i != of.i - 1:
        return None
    if of.head.lower_ == "some" and of.head.i > 0 and noun.doc[of.head.i - 1].lower_ in ("for", "in", "to"):
        return None
    lemma = noun.lemma_.lower()
    if not count_only(lemma) or lemma != noun.lower_:
        return None
    if not any(c.dep_ in ("det", "poss") and c.i == of.i + 1 for c in noun.children):
        return None  # "one of patient care's goals": the group needs its determiner
    if noun.i + 1 < len(noun.doc) and (noun.doc[noun.i + 1].pos_ in ("NOUN", "PROPN") or noun.doc[noun.i + 1].tag_ == "POS"):
        return None
    plural = _inflect(lemma, "NNS")
    if not plural:
        return None
    first = of.head.i
    return Slip(first, noun.i, "agreement", _said(noun.doc, first, noun.i, {noun.i: plural}), "agreement")


_RANKS = {"first", "second", "third", "fourth", "fifth", "last", "only", "same", "next", "final", "top"}


def is_rank(token) -> bool:
    """"first", "tenth", "10th", "last", "only": a word that ranks its noun ("the first woman")."""
    return token.lower_ in _RANKS or token.like_num and token.tag_ != "CD" or token.lower_[:1].isdigit() and \
        token.lower_.endswith(("st", "nd", "rd", "th"))


_AGO_OR_LAST = {"ago", "yesterday"}
_LAST_TIMES = {"year", "month", "week", "summer", "winter", "spring", "autumn", "fall", "semester", "night", "weekend",
               # grammar16: a named day or month that is over ("last Friday", "last May")
               "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
               "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}


def _present_with_past_time(verb) -> Slip | None:
    """"Last summer I volunteer at a clinic", "Two years ago I work", "She is discharged yesterday": a
    time that is over ("ago", "yesterday", "last summer") takes the past."""
    if verb.tag_ == "VBN" and verb.dep_ in ("ROOT", "conj"):
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
        if len(auxiliaries) == 1 and auxiliaries[0].lower_ in _BE_PAST and auxiliaries[0].dep_ == "auxpass":
            verb, finite = auxiliaries[0], verb  # "She is discharged yesterday": the tense is on "is"
            verb_head = finite
        else:
            return None
    else:
        verb_head = verb
    if verb.tag_ not in ("VBP", "VBZ", "VB") or not verb.is_lower or verb_head.dep_ not in ("ROOT", "conj"):
        return None  # a bare verb with its own subject ("our team organize") reads as the present too
    if verb is verb_head and any(c.dep_ in ("aux", "auxpass") and c.i < verb.i for c in verb.children):
        return None
    subject = next((c for c in verb_head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subject is None:
        return None
    if not _past_time(verb_head) or not _in_prose(verb):
        return None
    new = _in_the_past(verb, subject)
    return Slip(verb.i, verb.i, "tense", new, "tense") if new else None


def _past_time(verb) -> bool:
    """Whether the verb has a time of its own that is over: "two years ago", "yesterday", "last summer",
    "in 2021"."""
    if _dated_in_past(verb):
        return True
    for child in verb.children:
        if child.dep_ in ("npadvmod", "advmod", "tmod"):
            words = {t.lower_ for t in child.subtree}
            if words & _AGO_OR_LAST or "last" in words and child.lemma_.lower() in _LAST_TIMES:
                return True
    return False


_TOPIC_PREPOSITIONS = {"about"}
_EMPHASIS_PREPOSITIONS = {"on", "upon", "about"}
_DESTINATION_PREPOSITIONS = {"to", "with"}


def _preposition_before_object(verb, words) -> Slip | None:
    """"discussed about the plan", "explained about the risks", "emphasized on hygiene", "reached to the
    hospital", "contacted with the family": verbs whose object follows at once (lexicon [wording]
    topic-verbs, emphasis-verbs, destination-verbs) with a preposition before it; the fix drops it."""
    if verb.pos_ != "VERB" or not verb.is_lower or verb.tag_ == "VBN" and any(
            c.dep_ == "auxpass" for c in verb.children):
        return None
    doc = verb.doc
    if verb.i + 2 >= len(doc):
        return None
    preposition, after = doc[verb.i + 1], doc[verb.i + 2]
    lemma = verb.lemma_.lower()
    word = preposition.lower_
    if lemma in words.topic_verbs:
        wrong = _TOPIC_PREPOSITIONS
    elif lemma in words.emphasis_verbs:
        wrong = _EMPHASIS_PREPOSITIONS
    elif lemma in words.destination_verbs:
        wrong = _DESTINATION_PREPOSITIONS
    else:
        return None
    if word not in wrong or preposition.head.i != verb.i:
        return None
    if after.like_num or after.lower_ in ("least", "most", "once", "how", "what", "why", "whether", "when", "where"):
        return None  # "discussed about 20 cases", "reached at least": "about" the number, or a question
    if word == "to" and after.tag_ in ("PRP",) or word == "with" and (after.tag_ == "PRP" or after.pos_ == "PROPN"):
        return None  # "explained to him", "visited with her": a person after the verb is its own phrase
    if not (after.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "PRON") or after.tag_ == "PRP$"):
        return None
    if not _in_prose(verb) and verb.i != verb.sent.start:
        return None
    return Slip(verb.i, preposition.i, "preposition", verb.text, "grammar")


def _bare_role(noun, words) -> Slip | None:
    """"My father is farmer", "I want to become doctor", "worked as pediatrician", "was first woman": a
    person's role after "be", "become" or "as" takes "a" (or "the" with an ordinal or a superlative), when
    lemminflect knows the noun only as countable; one-of-a-kind offices ("is head of", "as president") take none."""
    if noun.tag_ != "NN" or not noun.is_lower or not noun.is_alpha or not _in_prose(noun) or _opens_with_verb(noun):
        return None
    lemma = noun.lemma_.lower()
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_.lower() in ("be", "become"):
        pass
    elif noun.dep_ == "pobj" and head.lower_ == "as" and lemma.endswith(("ian", "ist")):
        pass  # "as pediatrician", "as pharmacist" (the lexicon's roles are read in grammar.py)
    else:
        return None
    if lemma in words.offices or lemma in words.bare_nouns or lemma in words.collective or not count_only(lemma):
        return None
    if any(c.dep_ in _DETERMINING or c.tag_ in ("PRP$", "WP$", "DT", "CD") or c.dep_ in ("conj", "cc", "compound")
           and not c.is_lower for c in noun.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None  # "is head of", "became member of": an office of something is often said bare
    doc = noun.doc
    first = noun.left_edge
    if first.i <= head.i or any(not t.is_lower and t.is_alpha for t in doc[first.i:noun.i + 1]):
        return None
    if any(t.tag_ in ("CD", "NNP", "DT", "PRP$") or t.text in ("-", "/") or t.lower_ in words.offices
           for t in doc[first.i:noun.i]):
        return None  # "was chief resident", "is head nurse": an office named by its first word
    if noun.i + 1 < len(doc) and (doc[noun.i + 1].pos_ in ("NOUN", "PROPN") or doc[noun.i + 1].text in ("-", "/")):
        return None
    if any(t.tag_ in ("RBR", "RBS") or t.lower_ in _DEGREE_WORDS for t in doc[first.i:noun.i]):
        return None  # "were less adherent", "is very resident-focused": a word graded by degree is an adjective
    subject = _subject(head) or (_subject(head.head) if head.dep_ == "xcomp" else None)
    if noun.dep_ == "attr" and (subject is None or subject.lower_ in ("it", "this", "that", "what", "which", "there")):
        return None  # "it was time", "what matters is trust": not a person's role
    if noun.dep_ == "attr" and head.lower_ in ("are", "were"):
        return None  # "the staff were ...": a plural subject never takes "a" before its role
    ranked = any(t.tag_ == "JJS" or is_rank(t) for t in doc[first.i:noun.i])
    article = "the" if ranked else _article(doc[first.i].text)
    return Slip(first.i, noun.i, "article", f"{article} {doc[first.i:noun.i + 1].text}")


def _year_over(token) -> bool:
    """A year before this one ("in 2021"): the time is over."""
    import datetime

    year = _YEAR_WORD.match(token.text) or _DATED.match(token.text)
    return bool(year) and int(year.group("year") if "year" in year.re.groupindex else token.text) < datetime.date.today().year


def _dated_in_past(verb) -> bool:
    """"finish medical school in 2021", "study medicine from 2015 to 2021": a year that is over, said as
    the verb's own time."""
    for child in verb.children:
        if child.dep_ != "prep" or child.lower_ not in ("in", "from", "during"):
            continue
        years = [t for t in child.subtree if (t.dep_ == "pobj" or child.lower_ == "from")
                 and (_YEAR_WORD.match(t.text) or _DATED.match(t.text))]  # "from 02/09/2024 to 27/09/2024"
        if years and _year_over(years[-1]) and (child.lower_ != "from" or len(years) > 1):
            return True
    return False


_PERSONS_BE = {"i": ("am", "was"), "he": ("is", "was"), "she": ("is", "was"), "we": ("are", "were"),
               "they": ("are", "were"), "you": ("are", "were")}


def _missing_be(adjective) -> Slip | None:
    """"I also active in a student group", "he very worried about his family": a pronoun and an adjective
    with no verb between; the fix puts "be" after the pronoun, in the entry's tense where it is sure."""
    if adjective.tag_ != "JJ" or adjective.dep_ not in ("ROOT", "conj") or not adjective.is_lower:
        return None
    subject = next((c for c in adjective.children if c.dep_ == "nsubj" and c.i < adjective.i), None)
    if subject is None or subject.lower_ not in _PERSONS_BE:
        return None
    if any(c.dep_ in ("aux", "auxpass", "cop") or c.pos_ in ("AUX", "VERB") and c.i < adjective.i
           for c in adjective.children):
        return None
    doc = adjective.doc
    if any(t.pos_ != "ADV" for t in doc[subject.i + 1:adjective.i]) or not _in_prose(adjective):
        return None
    if adjective.dep_ == "conj" and adjective.head.pos_ not in ("VERB", "AUX"):
        return None  # "tired but happy": adjectives in a row share one verb
    present, past = _PERSONS_BE[subject.lower_]
    be = past if _entry_in_past(adjective, only=True) else f"[{present}/{past}]"
    said = _said(doc, subject.i, adjective.i, {subject.i: f"{subject.text} {be}"})
    return Slip(subject.i, adjective.i, "be", said, "grammar")


_DO_TAGS = {"does": "VBZ", "did": "VBD", "do": "VBP"}


_DEGREE_WORDS = {"less", "more", "most", "least", "very", "so", "too", "quite", "rather", "fairly", "extremely"}


def _quoted(token) -> bool:
    """Inside a quotation that opens earlier in its sentence: someone's words as they were said."""
    marks = [t for t in token.doc[token.sent.start:token.i] if t.text in ('"', "\u201c", "\u201d")]
    return len(marks) % 2 == 1


def _question_order_with_do(aux) -> Slip | None:
    """"wondered why do so many farmers develop", "curious about how does the immune system recognize
    self": a question inside a sentence keeps the statement's order and needs no "do"."""
    if aux.lower_ not in _DO_TAGS or aux.dep_ != "aux" or aux.i == 0:
        return None
    doc = aux.doc
    wh = doc[aux.i - 1]
    verb = aux.head
    if wh.tag_ not in ("WRB", "WP") or wh.i == wh.sent.start or verb.dep_ in ("ROOT",) or verb.i < aux.i:
        return None
    if doc[wh.sent.end - 1].text == "?" or any(c.dep_ == "neg" for c in verb.children):
        return None
    if any(t.text == "?" for t in doc[verb.i:wh.sent.end]) or _quoted(wh):
        return None  # 'asked "what do you want to do?" and waited': a question quoted as it was asked
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and aux.i < c.i < verb.i), None)
    if subject is None or subject.left_edge.i != aux.i + 1:
        return None
    if any(t.pos_ in ("VERB", "AUX") or t.text in ('"', ",", "(") for t in doc[aux.i + 1:verb.i]):
        return None
    lemma = _verb_lemma(verb)
    person = "VBZ" if aux.lower_ == "does" else _DO_TAGS[aux.lower_]
    new = lemma if person == "VBP" else _inflect(lemma, person)
    if not new:
        return None
    said = _said(doc, wh.i, verb.i, {aux.i: "", verb.i: new})
    return Slip(wh.i, verb.i, "word order", said, "word order")


_ADVERBIAL_HEADS = {"way", "time", "day", "moment", "reason", "year", "week", "month", "night", "morning",
                    "evening", "extent", "point", "place", "manner", "period", "summer", "winter"}


def _resumptive_object(verb) -> Slip | None:
    """"The patient that I followed him", "the protocol which we wrote it": the relative pronoun is already
    the clause's object, so a pronoun after the verb repeats it; the fix drops the pronoun."""
    if verb.dep_ != "relcl" or verb.pos_ != "VERB":
        return None
    noun = verb.head
    doc = verb.doc
    if noun.i + 1 >= len(doc) or noun.pos_ != "NOUN" or noun.lemma_.lower() in _ADVERBIAL_HEADS:
        return None
    relative = doc[noun.i + 1]
    if relative.lower_ not in ("that", "which", "who", "whom", "where") or relative.tag_ not in ("WDT", "WP", "WRB"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > relative.i), None)
    pronoun = None if relative.tag_ == "WRB" else next(
        (c for c in verb.children if c.dep_ == "dobj" and c.i == verb.i + 1 and c.lower_ in ("him", "her", "them", "it")), None)
    if relative.tag_ == "WRB":
        pronoun = next((c for c in verb.children if c.dep_ == "dobj" and c.i == verb.right_edge.i
                        and c.lower_ in ("it", "he", "she", "they")), None)
        if pronoun is None or not (noun.dep_ == "nsubj" and noun.head.i == pronoun.i + 1):
            return None  # "The hospital where I worked it had": the pronoun is the main verb's subject again
        subject = subject or pronoun
    if subject is None or pronoun is None or not _in_prose(verb):
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.i != verb.i or t.tag_ == "IN" for t in doc[relative.i + 1:verb.i]):
        return None  # "the case that I thought showed it": another verb owns the relative
    if pronoun.i != verb.i + 1:
        return Slip(pronoun.i, pronoun.i, "repeated subject", None, "grammar")
    return Slip(verb.i, pronoun.i, "repeated object", verb.text, "grammar")


_LONG_UNITS = {"year", "month"}
_LENGTH_VERBS = {"last", "take", "run", "span", "require", "need", "cost", "stay", "plan", "intend", "hope"}
_HABITS = {"every", "each", "per", "a", "usually", "often", "always", "sometimes", "weekly", "monthly", "yearly"}


def _duration_to_now(verb) -> bool:
    """Whether the verb's own "for" says a stretch of years or months up to now: "for twenty years", "for
    the past year" (never a habit, "for two months every year")."""
    phrases = [c for c in verb.children if c.dep_ == "prep"]
    phrases += [g for c in phrases if c.lower_ == "as" for o in c.children if o.dep_ == "pobj"
                for g in o.children if g.dep_ == "prep"]  # "works as a driver for thirty years"
    for child in phrases:
        if child.lower_ != "for":
            continue
        unit = next((c for c in child.children if c.dep_ == "pobj"), None)
        if unit is None or unit.lemma_.lower() not in _LONG_UNITS:
            continue
        counted = any(c.dep_ == "nummod" for c in unit.children)
        recent = any(c.lower_ in ("past", "last") for c in unit.children)
        if (counted or recent) and not any(t.lower_ in _HABITS for t in unit.subtree if t.i != unit.i):
            return True
    return False


def _present_for_duration(verb) -> Slip | None:
    """"My mother works as a nurse for twenty years", "I am living in Houston for the past year", "I am a
    nurse for five years": a stretch up to now takes the perfect ("has worked", "have been living")."""
    if verb.dep_ != "ROOT" or not verb.is_lower or not _in_prose(verb):
        return None
    if any(t.lower_ in _HABITS - {"a"} or t.lower_ in ("ago", "since", "next", "will") for t in verb.sent):
        return None  # a habit or a time of its own
    if any(c.dep_ == "advcl" and c.tag_ == "VBD" for c in verb.children):
        return _present_in_past_stretch(verb)  # "I am a nurse for five years before I entered": the stretch is over
    subject = _subject(verb)
    if subject is None or subject.lower_ not in ("i", "we", "he", "she", "they") and not any(
            c.dep_ == "poss" for c in subject.children):
        return None  # "The residency is for three years": a thing's length, not a stretch of one's life
    have = "has" if subject.lower_ in ("he", "she") or subject.tag_ == "NN" else "have"
    if verb.tag_ == "VBG":
        be = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in ("am", "is", "are") and c.i == verb.i - 1), None)
        if be is None or not (_duration_to_now(verb)):
            return None
        return Slip(be.i, verb.i, "tense", f"{have} been {verb.text}", "tense")
    if verb.tag_ not in ("VBP", "VBZ") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    if verb.lower_ in ("am", "is", "are"):
        attribute = next((c for c in verb.children if c.dep_ == "attr"), None)
        if attribute is None or not (_duration_to_now(attribute) or _duration_to_now(verb)):
            return None
        return Slip(verb.i, verb.i, "tense", f"{have} been", "tense")
    if _verb_lemma(verb) in _LENGTH_VERBS or not _known_verb_form(verb) or not _duration_to_now(verb):
        return None
    participle = _inflect(_verb_lemma(verb), "VBN")
    return Slip(verb.i, verb.i, "tense", f"{have} {participle}", "tense") if participle else None


def _present_in_past_stretch(verb) -> Slip | None:
    """"I am a nurse for five years before I entered medical school": a stretch that ended takes the past."""
    subject = _subject(verb)
    if subject is None or verb.tag_ not in ("VBP", "VBZ") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    stretch = verb if _duration_to_now(verb) else next((c for c in verb.children if c.dep_ == "attr"), None)
    if stretch is None or not _duration_to_now(stretch):
        return None
    new = _in_the_past(verb, subject)
    return Slip(verb.i, verb.i, "tense", new, "tense") if new else None


def _perfect_after_past_clause(verb) -> Slip | None:
    """"After I graduated, I have served", "When I came to the US, I have worked": a clause that dates the
    verb in the past takes the simple past; the fix says the participle's past."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("ROOT",) or not _in_prose(verb):
        return None
    have = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in ("have", "has", "'ve")), None)
    if have is None or any(c.dep_ in ("auxpass",) for c in verb.children):
        return None
    clause = next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBD" and c.i < have.i and any(
        m.dep_ in ("mark", "advmod") and m.lower_ in ("after", "when", "once") for m in c.children)), None)
    if clause is None or any(t.lower_ in ("since", "ever", "always", "never") for t in verb.sent):
        return None
    past = _inflect(_verb_lemma(verb), "VBD")
    return Slip(have.i, verb.i, "tense", past, "tense") if past else None


# --- 8. tense, word order and marking read on any word (grammar16, issue 11) ------------------------------
# Each class below is decided by the parse, the tags and lemminflect, never by a list of sentences.

_HAVE_PRESENT = {"have", "has", "'ve"}
_PLURAL_SUBJECTS = {"we", "they", "you"}


def _was_or_were(subject) -> str:
    """"was" for I, he, she, it and a singular noun; "were" for we, they, you and a plural noun."""
    if subject is not None and (subject.lower_ in _PLURAL_SUBJECTS or subject.tag_ in ("NNS", "NNPS")):
        return "were"
    return "was"


def _perfect_with_finished_time(verb) -> Slip | None:
    """"I have done it yesterday", "I have been in Germany last summer", "In 2019 I have published two
    papers": a time that is over ("yesterday", "ago", "last summer", a past year) takes the simple past,
    whatever the verb; the fix says it ("did", "was", "published"). A perfect that runs up to now ("have
    worked here since 2019", "for the last two years") has no finished time of its own and is left alone."""
    if verb.tag_ not in ("VBN", "VBG") or verb.dep_ not in ("ROOT", "conj") or not verb.is_lower:
        return None
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    have = next((c for c in auxiliaries if c.lower_ in _HAVE_PRESENT), None)
    if have is None or any(c.tag_ == "MD" or c.lower_ in ("had", "'d") for c in auxiliaries):
        return None
    if not _past_time(verb) or not _in_prose(verb):
        return None
    if any(t.lower_ in ("since", "until", "till", "by", "ever", "already", "yet", "recently") for t in verb.sent):
        return None  # "have worked there since 2019", "by 2021 I had": a stretch up to a time, not a time that is over
    subject = _subject(verb) or (_subject(verb.head) if verb.dep_ == "conj" else None)
    doc = verb.doc
    passive = next((c for c in auxiliaries if c.dep_ == "auxpass" and c.lower_ == "been"), None)
    if verb.tag_ == "VBG":
        return Slip(have.i, verb.i, "tense", None, "tense")  # "have been working ... last year": worked or was working
    if passive is not None and subject is not None and subject.lower_ in ("i", "we"):
        past = _inflect(_verb_lemma(verb), "VBD")  # "I have been served as demonstrator": served, or was served
        said = f"[{_was_or_were(subject)} {verb.text}/{past}]" if past else None
    elif passive is not None:
        said = _said(doc, have.i, verb.i, {have.i: _was_or_were(subject), passive.i: ""})
    elif verb.lower_ == "been":
        said = _said(doc, have.i, verb.i, {have.i: "", verb.i: _was_or_were(subject)})
    else:
        past = _inflect(_verb_lemma(verb), "VBD")
        if not past or not _known_verb_form(verb):
            return None
        said = _said(doc, have.i, verb.i, {have.i: "", verb.i: past})
    return Slip(have.i, verb.i, "tense", said, "tense")


# a stage of life or a date that a "since" clause names: "since I was a child", "since I was ten years old"
_LIFE_STAGES = {"child", "kid", "young", "little", "small", "teenager", "teen", "boy", "girl", "toddler",
                "age", "old", "ago", "student", "schoolboy", "schoolgirl", "adolescent"}


def _since_time(verb) -> bool:
    """Whether the verb (or its infinitive: "wanted to become a doctor since I was ten") has "since" with a
    time that starts a stretch: "since 2019", "since my childhood", or a clause of a stage of life ("since I
    was a child"); a "since" of cause ("since I trained in India, I am familiar with") names no stage of life,
    and "since then I explain ... before I ask" says a habit: neither counts."""
    infinitives = [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VB"]
    for child in [*verb.children, *(g for c in infinitives for g in c.children)]:
        if child.dep_ == "prep" and child.lower_ == "since" and not any(g.lower_ == "then" for g in child.children):
            return True
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in child.children):
            past = child.tag_ == "VBD" or any(a.tag_ == "VBD" for a in child.children if a.dep_ in ("aux", "auxpass"))
            if past and any(t.lower_ in _LIFE_STAGES or _YEAR_WORD.match(t.text) for t in child.subtree):
                return True
    return False


def _present_since(verb) -> Slip | None:
    """"Since I was a child, I am dreaming of surgery", "I know her since my childhood", "I am volunteering
    here since 2021": a stretch from a past time up to now takes the perfect ("have been dreaming", "have known",
    "has been"). Never a habit ("since 2019 I go every summer") or a "since" of cause."""
    if verb.dep_ != "ROOT" or not verb.is_lower or not _in_prose(verb) or _opens_with_verb(verb):
        return None
    if any(t.lower_ in _HABITS - {"a"} or t.lower_ in ("will", "going", "ago") for t in verb.sent):
        return None
    if any(t.lower_ in ("a", "an", "per") and t.head.lemma_.lower() in _TIME_UNITS | {"week", "month"} for t in verb.sent):
        return None  # "since 2023 I go there 2 Saturdays a month": a habit
    subject = _subject(verb)
    if subject is None or subject.lower_ not in _PERSONS_BE and not subject.tag_.startswith("NN"):
        return None
    if subject.tag_.startswith("NN") and not _plain_word(subject):
        return None
    have = "has" if subject.lower_ in ("he", "she", "it") or subject.tag_ == "NN" else "have"
    if not _since_time(verb):
        return None
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if verb.tag_ == "VBG":
        if len(auxiliaries) != 1 or auxiliaries[0].lower_ not in ("am", "is", "are", "'m", "'s", "'re"):
            return None
        be = auxiliaries[0]
        return Slip(be.i, verb.i, "tense", _said(verb.doc, be.i, verb.i, {be.i: f"{have} been"}), "tense")
    if verb.tag_ not in ("VBP", "VBZ") or auxiliaries:
        return None
    if verb.lower_ in ("am", "is", "are"):
        return Slip(verb.i, verb.i, "tense", f"{have} been", "tense")
    if not _known_verb_form(verb):
        return None
    participle = _inflect(_verb_lemma(verb), "VBN")
    return Slip(verb.i, verb.i, "tense", f"{have} {participle}", "tense") if participle else None


# adverbs that may stand before an object because they pick it out, not say how the verb was done
_FOCUS_ADVERBS = {"only", "even", "just", "also", "especially", "particularly", "mainly", "mostly", "primarily",
                  "largely", "exclusively", "merely", "simply", "solely", "chiefly", "notably", "mostly",
                  "predominantly", "specifically", "approximately", "roughly", "nearly", "almost", "about",
                  "around", "exactly", "precisely", "twice", "thrice", "once", "first", "personally", "independently",
                  "directly", "successfully", "jointly", "respectively", "subsequently", "consecutively",
                  "initially", "eventually", "finally", "additionally", "likewise", "further", "ultimately",
                  "actively", "formally", "partially", "fully", "newly", "simultaneously", "manually", "clinically",
                  "surgically", "medically", "safely", "sequentially", "routinely", "daily", "weekly", "monthly"}
_FREQUENCY_ADVERBS = {"always", "often", "usually", "sometimes", "never", "frequently", "rarely", "seldom",
                      "regularly", "occasionally"}
_MANNER_WORDS = _FREQUENCY_ADVERBS | {"much", "well", "again", "enormously", "there", "here"}  # "completed there my internship"


def _adverb_before_object(verb) -> Slip | None:
    """"I examined carefully the patient", "I like very much the teamwork", "We checked always the charts":
    an adverb of manner, degree or frequency goes after a short object, never between the verb and it;
    the fix moves it there. A long object (a clause of its own, or more than six words) may come last, and
    a focusing adverb ("saw only three patients", "treated mainly children") stands before its object."""
    if verb.pos_ != "VERB" or not verb.is_lower or not _in_prose(verb) or _opens_with_verb(verb):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i + 1), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("relcl", "acl") for c in obj.children):
        return None
    doc = verb.doc
    between = doc[verb.i + 1:obj.left_edge.i]
    if not between or len(between) > 2 or obj.right_edge.i - obj.left_edge.i + 1 > 8:
        return None
    if any(t.pos_ != "ADV" or not t.is_lower or t.dep_ not in ("advmod",) or t.lower_ in _FOCUS_ADVERBS
           for t in between):
        return None
    last = between[-1]
    if last.head.i != verb.i or not (last.lower_.endswith("ly") or last.lower_ in _MANNER_WORDS):
        return None
    if len(between) == 2 and between[0].head.i != last.i:
        return None  # "very much": the first word grades the second
    if any(t.text in ('"', "\u201c", "(") for t in doc[obj.left_edge.i:obj.right_edge.i + 1]):
        return None
    end = obj.i  # the object with its "of" phrase; a phrase of place or time after it stays after the adverb
    for child in sorted((c for c in obj.children if c.i > obj.i), key=lambda c: c.i):
        if child.dep_ != "prep" or child.lower_ != "of":
            break
        end = child.right_edge.i
    words_of_object = doc[obj.left_edge.i:end + 1].text
    if last.lower_ in _FREQUENCY_ADVERBS:  # "checked always the labs" -> "always checked the labs"
        said = f"{between.text} {verb.text} {words_of_object}"
    else:
        said = f"{verb.text} {words_of_object} {between.text}"
    return Slip(verb.i, end, "word order", said, "word order")


_GERUND_PREPOSITIONS = {"after", "before", "without", "by", "of", "about", "besides", "upon", "in", "for"}
_OBJECT_PRONOUNS = {"me", "him", "her", "us", "them", "it", "myself", "himself", "herself", "ourselves", "themselves"}


def _bare_verb_after_preposition(token) -> Slip | None:
    """"After finish my internship", "the best way for become a doctor", "without explain the risks": a
    verb after a preposition takes "-ing" ("after finishing"); after "for" a purpose takes "to" ("to
    become"). Only a word lemminflect knows only as a verb, or one the parse reads as a verb with its object
    right after it ("after graduate from" stays: "graduate" is also a noun)."""
    from lemminflect import getAllLemmas

    if token.tag_ not in ("VB", "VBP") or not token.is_lower or not token.is_alpha or token.i == 0:
        return None
    doc = token.doc
    preposition = doc[token.i - 1]
    if preposition.lower_ not in _GERUND_PREPOSITIONS or preposition.i == preposition.sent.start and \
            preposition.lower_ in ("for", "in", "of", "by", "about"):
        return None
    if not _in_prose(token) or token.dep_ in ("compound", "amod", "nmod"):
        return None
    readings = getAllLemmas(token.lower_)
    lemma = readings.get("VERB", (None,))[0]
    if lemma is None or lemma != token.lower_:
        return None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    takes_object = after is not None and (after.tag_ in ("DT", "PRP$") or after.lower_ in _OBJECT_PRONOUNS)
    if set(readings) != {"VERB"} and not (token.pos_ == "VERB" and takes_object):
        return None  # "after work", "for study", "in practice": a noun there is English
    if preposition.lower_ == "in" and not (preposition.head.pos_ == "ADJ" and takes_object):
        return None  # "interested in learn the": only "in" after an adjective ("take in charge the patients" stays)
    if after is not None and (after.tag_ == "RP" or after.lower_ in ("up", "out", "off", "-")):
        return None  # "the phone calls of follow up": a noun made of a verb and its particle
    if preposition.lower_ == "for":
        said = f"to {token.text}"
    else:
        ing = _inflect(lemma, "VBG")
        if not ing:
            return None
        said = f"{preposition.text} {ing}"
    return Slip(preposition.i, token.i, "verb form", said, "grammar")


def _comparative_marked_twice(more) -> Slip | None:
    """"more easier", "more healthier", "the most happiest": an adjective that already says "-er" or "-est"
    takes no "more"/"most" (lemminflect says which form the word is); the fix drops it. Never "more older
    patients", where "more" counts the patients."""
    from lemminflect import getInflection

    if more.lower_ not in ("more", "most") or more.i + 1 >= len(more.doc):
        return None
    doc = more.doc
    word = doc[more.i + 1]
    tag = "JJR" if more.lower_ == "more" else "JJS"
    if not word.is_lower or not word.is_alpha or word.dep_ == "amod" and word.head.i > word.i:
        return None
    lemma = word.lemma_.lower()
    if lemma == word.lower_ or word.lower_ not in {form.lower() for form in getInflection(lemma, tag=tag)}:
        return None
    if word.i + 1 < len(doc) and doc[word.i + 1].pos_ in ("NOUN", "PROPN"):
        return None
    return Slip(more.i, word.i, "word order", word.text, "grammar")


def _much_with_plural(noun) -> Slip | None:
    """"learnt much things", "so much patients", "how much cases": "much" measures a mass; a plural of a noun
    lemminflect knows only as countable takes "many"."""
    if noun.tag_ != "NNS" or not noun.is_lower or not noun.is_alpha or noun.i == 0:
        return None
    much = noun.doc[noun.i - 1]
    if much.lower_ != "much" or much.head.i != noun.i or noun.dep_ in ("nsubj", "nsubjpass"):
        return None  # "how much families depend on": "how much" asks about the verb's clause
    lemma = noun.lemma_.lower()
    if lemma == noun.lower_ or noun.lower_ not in _plurals(lemma) or noun.lower_ in ("thanks", "regards"):
        return None
    many = "Many" if much.text[0].isupper() else "many"
    if count_only(lemma) or lemma in ("thing", "thought"):  # lemminflect also lists "thing" as a plural
        return Slip(much.i, noun.i, "agreement", f"{many} {noun.text}", "agreement")
    return Slip(much.i, noun.i, "agreement", f"[{many} {noun.text}/{much.text} {lemma}]", "agreement")  # "much efforts"


_WISHES = {"want", "wish", "dream", "know", "love", "desire", "aspire", "hope"}


def _past_since(verb) -> Slip | None:
    """"I wanted to become a doctor since I was ten", "I dreamed of surgery since childhood": a wish or a
    knowing that began at a stage of life and still holds takes the perfect ("have wanted"). Only these verbs
    of wish and knowing: "I worked there since 2019" may be a stretch that ended ("had worked")."""
    if verb.tag_ != "VBD" or verb.dep_ != "ROOT" or not verb.is_lower or _verb_lemma(verb) not in _WISHES:
        return None
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children) or not _in_prose(verb):
        return None
    subject = _subject(verb)
    if subject is None or subject.lower_ not in _PERSONS_BE or not _since_time(verb):
        return None
    since = {t.i for t in verb.sent if t.lower_ == "since" for t in t.head.subtree}
    if any((t.tag_ in ("VBD", "MD") or t.lower_ in ("but", "until", "till")) and t.i != verb.i and t.i not in since
           for t in verb.sent):
        return None  # "I wanted to study since I was a child, but we could not pay": a story told in the past
    have = "has" if subject.lower_ in ("he", "she") else "have"
    participle = _inflect(_verb_lemma(verb), "VBN")
    return Slip(verb.i, verb.i, "tense", f"{have} {participle}", "tense") if participle else None


def _because_of_clause(of) -> Slip | None:
    """"because of they heard rumors", "because of I was the only doctor": "because of" takes a noun; a
    clause (a subject and its verb) takes "because" alone. The parse decides: the word after "of" is a subject."""
    doc = of.doc
    if of.lower_ != "of" or of.i == 0 or doc[of.i - 1].lower_ != "because" or of.i + 1 >= len(doc):
        return None
    after = doc[of.i + 1]
    if after.lower_ not in ("i", "we", "they", "he", "she") and after.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if after.dep_ not in ("nsubj", "nsubjpass") or after.head.pos_ not in ("VERB", "AUX") or after.head.i < after.i:
        return None
    because = doc[of.i - 1]
    return Slip(because.i, of.i, "preposition", because.text, "grammar")


def _present_with_bare_duration(verb) -> Slip | None:
    """"I am working in this laboratory already three years", "I live here already two years": a stretch up to
    now, said with "already" and a bare length (schon drei Jahre, uzhe tri goda), takes the perfect and
    "for"; the fix says both."""
    if verb.dep_ != "ROOT" or not verb.is_lower or not _in_prose(verb):
        return None
    already = next((c for c in verb.children if c.lower_ == "already" and c.i > verb.i), None)
    length = next((c for c in verb.children if c.dep_ == "npadvmod" and c.i > verb.i
                   and c.lemma_.lower() in _LONG_UNITS | {"week", "day"} and any(n.dep_ == "nummod" for n in c.children)),
                  None)
    if already is None or length is None or length.left_edge.i != already.i + 1:
        return None
    subject = _subject(verb)
    if subject is None or subject.lower_ not in _PERSONS_BE and subject.tag_ not in ("NN", "NNS"):
        return None
    have = "has" if subject.lower_ in ("he", "she") or subject.tag_ == "NN" else "have"
    doc = verb.doc
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if verb.tag_ == "VBG" and len(auxiliaries) == 1 and auxiliaries[0].lower_ in ("am", "is", "are"):
        first, said_verb = auxiliaries[0].i, f"{have} been {verb.text}"
    elif verb.tag_ in ("VBP", "VBZ") and not auxiliaries and verb.lower_ not in ("am", "is", "are"):
        participle = _inflect(_verb_lemma(verb), "VBN")
        if not participle:
            return None
        first, said_verb = verb.i, f"{have} {participle}"
    else:
        return None
    middle = doc[verb.i + 1:already.i].text
    said = " ".join(part for part in (said_verb, middle, "for", doc[already.i + 1:length.i + 1].text) if part)
    return Slip(first, length.i, "tense", said, "tense")


# adverbs of frequency and time that stand after "be", never before it ("are mostly", "was already")
_AFTER_BE = {"always", "usually", "often", "mostly", "sometimes", "rarely", "frequently", "generally",
             "normally", "already", "mainly", "seldom", "typically", "occasionally", "commonly"}


def _adverb_before_be(adverb) -> Slip | None:
    """"The patients mostly are farmers", "the patient already was discharged", "they usually are busy": an
    adverb of frequency or time goes after a finite "be" (a main verb or an auxiliary); the fix swaps them.
    Not before "have been" or a modal ("has always been"), not a question, and not "never" ("I never was one
    to complain" is native emphasis)."""
    if adverb.lower_ not in _AFTER_BE or adverb.dep_ not in ("advmod",) or adverb.i + 1 >= len(adverb.doc):
        return None
    doc = adverb.doc
    be = doc[adverb.i + 1]
    if be.lower_ not in _BE or not be.is_lower or adverb.head.i not in (be.i, be.head.i):
        return None
    verb = be if be.dep_ not in ("aux", "auxpass") else be.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < adverb.i), None)
    if adverb.i == adverb.sent.start or subject is None or doc[adverb.i - 1].i not in {t.i for t in subject.subtree}:
        return None  # "Usually, we are", "and always was": only the subject right before the adverb
    if subject.lower_ in ("there", "it", "that", "which", "who") or doc[adverb.i - 1].text == ",":
        return None
    if doc[adverb.sent.end - 1].text == "?" or not _in_prose(adverb) or _quoted(adverb):
        return None
    return Slip(adverb.i, be.i, "word order", _said(doc, adverb.i, be.i, {adverb.i: be.text, be.i: adverb.lower_}),
                "word order")


_SET_PHRASES = {"at first", "at least", "at times", "in turn", "of course", "in fact", "in part", "at last",
                "at once", "in general", "for once", "by then", "at the time", "in the end", "at that time",
                "in particular", "for example", "for instance", "in addition", "in short"}


def _phrase_between_subject_and_verb(subject) -> Slip | None:
    """"I every day reviewed the vital signs", "I at the community clinic met many elderly patients": a
    phrase of time or place goes before the subject or after the verb's object, never between a pronoun
    subject and its verb (jeden Tag, her gün); the fix puts it first. Not a set phrase ("I at first
    thought", "we of course knew") and not a phrase set off by commas."""
    if subject.dep_ != "nsubj" or subject.lower_ not in _PERSONS_BE or subject.i != subject.sent.start:
        return None
    verb = subject.head
    doc = subject.doc
    if verb.i <= subject.i + 2 or verb.pos_ != "VERB" or verb.tag_ != "VBD" or not verb.is_lower:
        return None
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return None
    phrase = doc[subject.i + 1:verb.i]
    heads = [t for t in phrase if t.head.i in (verb.i, subject.i)]  # "I at the clinic": the parse may hang it on "I"
    if len(heads) != 1 or heads[0].dep_ not in ("prep", "npadvmod") or phrase[0].i != heads[0].left_edge.i:
        return None
    if heads[0].right_edge.i != verb.i - 1 or any(not t.is_alpha and not t.like_num for t in phrase):
        return None
    if phrase.text.lower() in _SET_PHRASES or heads[0].dep_ == "npadvmod" and not any(
            t.lower_ in ("every", "each", "last", "next", "this") for t in phrase):
        return None  # "I myself", "we all": only a time said by "every", "last", "this"
    said = f"{phrase.text[:1].upper()}{phrase.text[1:]} {subject.text if subject.text == 'I' else subject.lower_} {verb.text}"
    return Slip(subject.i, verb.i, "word order", said, "word order")


def _dropped_it(be, words) -> Slip | None:
    """"Was difficult to explain the diagnosis", "Is important that the family understands": a sentence that
    opens with "be" and an adjective said of a clause ([wording] clause-adjectives), with no subject, has
    dropped English's "it"; the fix says it. Never a question ("Was it hard?")."""
    doc = be.doc
    if be.i != be.sent.start or be.lower_ not in ("was", "is") or not be.text[0].isupper() or be.i + 1 >= len(doc):
        return None
    if doc[be.sent.end - 1].text == "?" or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in be.children):
        return None
    i = be.i + 1
    while i < be.sent.end and doc[i].lower_ in _DEGREE_WORDS | {"really", "extremely", "incredibly", "also"}:
        i += 1
    adjective = doc[i] if i < be.sent.end else None
    if adjective is None or adjective.lower_ not in words.clause_adjectives or adjective.pos_ != "ADJ":
        return None
    after = doc[adjective.i + 1] if adjective.i + 1 < len(doc) else None
    if after is None or after.lower_ not in ("to", "that", "for", "how", "when", "seeing", "watching"):
        return None
    return Slip(be.i, be.i, "missing word", f"It {be.lower_}", "grammar")


_COUNTING = {"many", "several", "few", "numerous", "various", "multiple"}


def _singular_after_many(noun) -> Slip | None:
    """"did many dressing", "saw several patient", "numerous case of dengue": a word that counts more than one
    takes the plural of a noun lemminflect knows only as countable; the fix says the plural."""
    if noun.tag_ != "NN" or not noun.is_lower or not noun.is_alpha or not _in_prose(noun):
        return None
    many = next((c for c in noun.children if c.dep_ in ("amod", "det") and c.lower_ in _COUNTING and c.i < noun.i), None)
    if many is None or any(t.pos_ != "ADJ" for t in noun.doc[many.i + 1:noun.i]):
        return None
    if many.i > 0 and noun.doc[many.i - 1].lower_ in ("a", "the", "how", "so", "too", "as") and many.lower_ == "few":
        return None
    lemma = noun.lemma_.lower()
    if lemma != noun.lower_ or not count_only(lemma):
        return None
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and (after.pos_ in ("NOUN", "PROPN", "NUM", "CCONJ") or after.tag_ == "POS"
                              or after.text in ("-", "/", ",")):
        return None  # "many patient visits", "many knee and hip replacements": the next noun's modifier
    plural = _inflect(lemma, "NNS")
    if not plural:
        return None
    return Slip(many.i, noun.i, "agreement", _said(noun.doc, many.i, noun.i, {noun.i: plural}), "agreement")


_RELATIVE_WORDS = {"who", "whom", "whose", "which", "that"}


def _bare_object_with_relative(noun, words) -> Slip | None:
    """"I met patient who had walked two days", "we used protocol that the WHO wrote": a singular noun
    lemminflect knows only as countable, as an object with a relative clause of its own, takes "a" or "the"
    (which one the draft does not say: the fix offers both). Only with the relative clause: a bare object
    alone is often US idiom ("took call", "had clinic", "gave sign-out")."""
    if noun.tag_ != "NN" or noun.dep_ != "dobj" or not noun.is_lower or not noun.is_alpha or not _in_prose(noun):
        return None
    lemma = noun.lemma_.lower()
    if not count_only(lemma) or lemma in words.offices or lemma in words.collective or lemma in words.bare_nouns:
        return None
    if noun.left_edge.i != noun.i or noun.head.pos_ != "VERB" or noun.head.lemma_.lower() in _NAMING_VERBS:
        return None  # anything before the noun (a determiner, a number, an adjective) is read elsewhere
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    clause = next((c for c in noun.children if c.dep_ == "relcl"), None)
    if after is None or clause is None or after.lower_ not in _RELATIVE_WORDS or after.tag_ not in ("WP", "WDT", "WP$"):
        return None
    return Slip(noun.i, noun.i, "article", f"[{_article(noun.text)}/the] {noun.text}")


# --- idiom15: a pronoun of the other sex than the person it stands for -------------------------------

# nouns and titles that say a person's sex in English (a closed class of the grammar, not of any corpus)
_FEMALE = {"mother", "mom", "mum", "sister", "wife", "woman", "daughter", "aunt", "grandmother", "grandma", "girl",
           "lady", "niece", "girlfriend", "nun", "stepmother", "mrs", "mrs.", "ms", "ms.", "madam"}
_MALE = {"father", "dad", "brother", "husband", "man", "son", "uncle", "grandfather", "grandpa", "boy", "nephew",
         "boyfriend", "gentleman", "monk", "stepfather", "mr", "mr.", "sir"}
_OTHER_SEX = {"he": ("f", "she"), "she": ("m", "he"), "his": ("f", "her"), "him": ("f", "her"),
              "himself": ("f", "herself"), "herself": ("m", "himself"), "her": ("m", None)}


def _sex_of(noun) -> str | None:
    """"f" or "m" for a noun that says it ("my mother", "a woman", "Mrs. Okafor"), else None."""
    words = [noun.lower_] + [c.lower_ for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    if noun.tag_ not in ("NN", "NNP") or noun.text.lower() != noun.lower_:
        return None
    if any(w in _FEMALE for w in words):
        return "f"
    if any(w in _MALE for w in words):
        return "m"
    return None


def _pronoun_of_other_sex(pronoun) -> Slip | None:
    """"My mother is a nurse, and he inspired me", "a woman who always pushed his residents": in many languages
    (Chinese, Persian, Turkish, Yoruba, Tagalog) he and she are one word, and the English pronoun comes out of the
    other sex. Read only where the pronoun stands for the subject of its sentence for sure: the subject of a
    clause joined to that subject's verb by "and"/"but", or a word of a relative clause on that person; the
    nearest person before it is that noun (no name, no other person's noun, no other he/she in between)."""
    reading = _OTHER_SEX.get(pronoun.lower_)
    if reading is None or not pronoun.is_lower:
        return None
    sex, correction = reading
    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass", "poss"):
        return None
    if pronoun.dep_ == "poss" and clause.dep_ in ("nsubj", "nsubjpass") and clause.head.dep_ == "conj":
        clause = clause.head  # "my grandmother was a midwife, and his stories made me ...": the subject's own
    if clause.dep_ == "conj" and (pronoun.dep_ in ("nsubj", "nsubjpass") or pronoun.head.i != clause.i):
        person = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    else:
        verb = clause
        while verb.dep_ not in ("relcl", "ROOT") and verb.head.i != verb.i:
            verb = verb.head
        person = verb.head if verb.dep_ == "relcl" else None
    if person is None or person.i > pronoun.i or _sex_of(person) != sex:
        return None
    doc = pronoun.doc
    for token in doc[person.i + 1:pronoun.i]:
        if token.pos_ == "PROPN" or token.lower_ in _OTHER_SEX or token.lower_ in ("hers", "they", "them", "their"):
            return None  # another person may be meant
        if token.tag_ == "NN" and token.dep_ not in ("attr", "pobj", "npadvmod", "compound") and _sex_of(token) != sex:
            return None  # "my mother called the doctor, and he": the doctor
        if token.tag_ == "NN" and _sex_of(token) not in (None, sex):
            return None
        if token.dep_ == "pobj" and token.tag_ == "NN" and token.head.lower_ in ("with", "to", "by", "for", "from"):
            return None  # "my mother spoke with the surgeon, and he": a person after a preposition
    if correction is None:
        return Slip(pronoun.i, pronoun.i, "pronoun", None)
    said = correction.capitalize() if pronoun.is_sent_start else correction
    return Slip(pronoun.i, pronoun.i, "pronoun", said)


GRAMMAR16_CHECKS = (_pronoun_of_other_sex, _singular_after_many, _phrase_between_subject_and_verb, _adverb_before_be, _past_since, _because_of_clause, _present_with_bare_duration, _perfect_with_finished_time, _present_since, _adverb_before_object, _bare_verb_after_preposition,
                    _comparative_marked_twice, _much_with_plural)
