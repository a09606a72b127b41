"""Entry-wide checks for something an advisor expects and the entry lacks.

A `requires` rule passes when any of its evidence is present: a number, a
strong verb, a listed phrase, a metadata key. It reports once per entry, at
the first sentence, because the fix is to add something, not to change a span.
"""

from __future__ import annotations

import re

from erasl.checks import Check, check_kind, first_sentence_span
from erasl.checks.verbs import VerbReader

_YEAR = re.compile(r"^(19|20)\d\d([–-](19|20)?\d\d)?$")
_DIGITS = re.compile(r"^[\d.,–\-/:%+x]*\d[\d.,–\-/:%+x]*$")


def is_quantity(token, ignore_years: bool = True) -> bool:
    """A count or measure: `4`, `4–6`, `twelve`, `30%`; a bare year or year range is a date, not a number."""
    text = token.text
    if ignore_years and _YEAR.match(text):
        return False
    return token.like_num or bool(_DIGITS.match(text))


@check_kind("requires")
class RequireCheck(Check):
    """Reports an entry that shows none of the listed kinds of evidence."""

    placement = "entry"

    OPTIONS = {
        "numbers": (bool, False),
        "ignore-years": (bool, True),
        "verbs": (list, []),
        "phrases": (list, []),
        "patterns": (list, []),
        "metadata": (list, []),
        "only-clinical": (bool, False),
        "clinical-cues": (list, []),
    }

    def compile(self, nlp) -> None:
        self.verbs = {verb.lower() for verb in self.options["verbs"]}
        self.verbs |= {verb.lower() for verb in self.settings.extra_verbs.get(self.rule.code, [])}
        self.reader = VerbReader(nlp, self.verbs)
        self.matcher = None
        if self.options["phrases"] or self.options["patterns"]:
            self.matcher = self.matchers(nlp).add(self.rule, self.options["phrases"], self.options["patterns"])
        self.cue_matcher = None
        if self.options["clinical-cues"]:
            self.cue_matcher = self.matchers(nlp).add(self.rule, self.options["clinical-cues"], [])

    def is_clinical(self, entry, doc) -> bool:
        """Clinical by metadata type when given, else by words like rotation, clerkship, ward."""
        entry_type = entry.metadata.get("type", "").lower()
        if entry_type:
            return entry_type in self.ruleset.clinical_types
        return bool(self.cue_matcher and self.cue_matcher.spans(doc))

    def satisfied(self, entry, doc) -> bool:
        if any(entry.metadata.get(key) for key in self.options["metadata"]):
            return True
        if self.options["numbers"] and any(is_quantity(t, self.options["ignore-years"]) for t in doc):
            return True
        if self.verbs and any(lemma in self.verbs for _, lemma in self.reader.action_verbs(doc, active_only=True)):
            return True
        return bool(self.matcher and self.matcher.spans(doc))

    def run(self, entry, doc):
        if self.options["only-clinical"] and not self.is_clinical(entry, doc):
            return
        if not self.satisfied(entry, doc):
            start, end = first_sentence_span(entry, doc)
            yield self.diagnostic(start, end)
