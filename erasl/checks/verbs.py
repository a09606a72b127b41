"""Verb-level checks over a whole entry: underselling verbs and repeated verbs."""

from __future__ import annotations

from collections import defaultdict

from erasl.checks import Check, check_kind
from erasl.grammar import VerbReader, verb_subject
from erasl.profile import applicant_subjects

# Subjects that are someone other than the applicant (unless the entry is written about the applicant in the
# third person). A thing as subject still counts: "My duties include helping ...; it is helping me" repeats "help".
_OTHER_PEOPLE = {"he", "she", "they", "you"}


@check_kind("observer-verbs")
class ObserverVerbCheck(Check):
    """Flags the applicant's observer-only or underselling verbs (the profile's verb `groups`, read with
    the lexicon) when they are at least `min-share` of the applicant's own verbs, or (with
    `flag-first`) when the entry's first own verb is one of them and in its opening sentence and they are at
    least `first-min-share` of the verbs, except in entries of the `first-except-types` (a shadowing entry may
    open with what it watched)."""

    OPTIONS = {"groups": (list, ["observer", "underselling"]), "min-share": (float, 0.5), "ignore": (list, []),
               "flag-first": (bool, True), "first-except-types": (list, []), "ignore-groups": (list, []),
               "first-min-share": (float, 0.0)}

    def compile(self, nlp) -> None:
        self.groups = set(self.options["groups"])
        self.ignore = {v.lower() for v in self.options["ignore"]}

    def run(self, entry, doc):
        actions = [action for action in entry.profile.actions
                   if action.lemma not in self.ignore and action.group not in self.options["ignore-groups"]]
        weak = [action for action in actions if action.group in self.groups]
        if not weak:
            return
        if len(weak) / len(actions) < self.options["min-share"]:
            first_counts = self.options["flag-first"] and entry.profile.experience_type not in self.options["first-except-types"] \
                and len(weak) / len(actions) >= self.options["first-min-share"]
            if not (first_counts and actions[0] is weak[0] and self._opens(entry.profile.actions[0], weak[0], doc)) or (
                    entry.profile.actions[0] is not weak[0] and any(
                        action.group == "hands-on" and self._opens(weak[0], action, doc) for action in actions)):
                # after a verb that names the post, a hands-on act in the same sentence sets the tone too: "I completed
                # an observership, attended rounds and took histories"; "I observed patient care, presented ..." opens
                # with the watching
                return
            weak = weak[:1]
        for action in weak:
            yield self.diagnostic(action.start, action.end, match=action.text, count=len(weak), total=len(actions))


    @staticmethod
    def _opens(opening, action, doc) -> bool:
        """The weak verb is in the sentence of the entry's first own verb (judged or not), so it sets the
        entry's tone; after "Worked as a drug safety associate. ... Got exposure to audits." it does not."""
        first, this = doc.char_span(opening.start, opening.end, alignment_mode="expand"), \
            doc.char_span(action.start, action.end, alignment_mode="expand")
        return first is None or this is None or first.sent.start == this.sent.start


@check_kind("repeated-verbs")
class RepeatedVerbCheck(Check):
    """Flags a verb the applicant uses `min-repeats` times or more, once, at the occurrence that crosses the
    line. Verbs of someone else said with a pronoun ("He asked me to read it back") and the helper "do" ("they
    don't have") are not the applicant's role and do not count; repetition is otherwise about words on the page."""

    OPTIONS = {"min-repeats": (int, 3), "ignore": (list, [])}

    def compile(self, nlp) -> None:
        self.ignore = {v.lower() for v in self.options["ignore"]}
        self.reader = VerbReader(nlp)

    def run(self, entry, doc):
        by_lemma = defaultdict(list)
        subjects = applicant_subjects(entry.profile)
        for token, lemma in self.reader.verb_words(doc, self.ignore):
            if lemma == "do" and token.dep_ == "aux" and any(c.dep_ == "neg" for c in token.head.children):
                continue  # "they dont have", "did not know": a helper, not a task ("did stitching" still counts)
            subject = verb_subject(token)
            if subject is not None and subject.lower_ in _OTHER_PEOPLE and subject.lower_ not in subjects:
                continue  # "He asked me to read it back": a patient's verb, not a part of the applicant's role
            by_lemma[lemma].append(token)
        limit = self.options["min-repeats"]
        for lemma, tokens in by_lemma.items():
            if len(tokens) >= limit:
                token = tokens[limit - 1]
                yield self.diagnostic(token.idx, token.idx + len(token.text), match=token.text,
                                      verb=lemma, count=len(tokens))
