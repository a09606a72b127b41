"""Verb-level checks over a whole entry: underselling verbs and repeated verbs."""

from __future__ import annotations

from collections import defaultdict

from erasl.checks import Check, check_kind
from erasl.checks.passive import is_passive


_LIST_MARKERS = {"-", "*", "+", "•", "◦", "▪", "‣", "–"}
_IMPERSONAL = {"it", "this", "that", "which", "these", "those"}


def _has_impersonal_subject(token) -> bool:
    for child in token.children:
        if child.dep_ == "nsubj":
            return child.lower_ in _IMPERSONAL or (child.pos_ == "NOUN" and child.lemma_.lower() in
                                                   {"experience", "rotation", "opportunity", "observership", "time"})
    return False


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
        if nlp is not None and "lemmatizer" in nlp.pipe_names:
            lookups = nlp.get_pipe("lemmatizer").lookups
            if lookups.has_table("lemma_exc") and lookups.has_table("lemma_index"):
                self.irregular = dict(lookups.get_table("lemma_exc").get("verb", {}))
                self.verbs |= set(lookups.get_table("lemma_index").get("verb", ()))

    def lemma(self, token) -> str | None:
        """The verb's dictionary form if the token is used as a verb, else None."""
        if token.dep_ in ("aux", "auxpass") or token.pos_ == "AUX" or not token.is_alpha:
            return None
        if token.is_title and self._starts_fragment(token):
            if token.tag_.startswith("VB"):
                return token.lemma_.lower()
            guess = self._verb_form(token.lower_)
            if guess:
                return guess
        if token.dep_ in ("amod", "compound"):
            return None  # participles used as adjectives: "hard-working", "trained staff"
        if token.pos_ == "VERB" or token.tag_.startswith("VB"):
            return token.lemma_.lower()
        return None

    @staticmethod
    def _starts_fragment(token) -> bool:
        """First word of a sentence, a line, a list item ("- Triaged ...") or a clause after ';' or ':'."""
        if token.is_sent_start:
            return True
        i = token.i - 1
        while i >= 0 and (token.doc[i].is_punct or token.doc[i].text in _LIST_MARKERS) and "\n" not in token.doc[i].text:
            if token.doc[i].text in (";", ":"):
                return True
            i -= 1
        return i < 0 or (token.doc[i].is_space and "\n" in token.doc[i].text)

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
            if not token.is_alpha:
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
            found.append((token, lemma))
        return found


@check_kind("observer-verbs")
class ObserverVerbCheck(Check):
    """Flags observer-only verbs when they are at least `min-share` of the entry's verbs,
    or (with `flag-first`) when the entry's first action verb is one of them."""

    OPTIONS = {"verbs": (list, []), "min-share": (float, 0.5), "ignore": (list, []), "flag-first": (bool, True)}

    def compile(self, nlp) -> None:
        self.verbs = {v.lower() for v in self.options["verbs"]}
        self.ignore = {v.lower() for v in self.options["ignore"]}
        self.reader = VerbReader(nlp)

    def run(self, entry, doc):
        verbs = self.reader.action_verbs(doc, self.ignore)
        weak = [token for token, lemma in verbs if lemma in self.verbs]
        if not weak:
            return
        if len(weak) / len(verbs) < self.options["min-share"]:
            if not (self.options["flag-first"] and verbs[0][0] is weak[0]):
                return
            weak = weak[:1]
        for token in weak:
            yield self.diagnostic(token.idx, token.idx + len(token.text), match=token.text,
                                  count=len(weak), total=len(verbs))


@check_kind("repeated-verbs")
class RepeatedVerbCheck(Check):
    """Flags a verb used `min-repeats` times or more, once, at the occurrence that crosses the line."""

    OPTIONS = {"min-repeats": (int, 3), "ignore": (list, [])}

    def compile(self, nlp) -> None:
        self.ignore = {v.lower() for v in self.options["ignore"]}
        self.reader = VerbReader(nlp)

    def run(self, entry, doc):
        by_lemma = defaultdict(list)
        for token, lemma in self.reader.verb_words(doc, self.ignore):
            by_lemma[lemma].append(token)
        limit = self.options["min-repeats"]
        for lemma, tokens in by_lemma.items():
            if len(tokens) >= limit:
                token = tokens[limit - 1]
                yield self.diagnostic(token.idx, token.idx + len(token.text), match=token.text,
                                      verb=lemma, count=len(tokens))
