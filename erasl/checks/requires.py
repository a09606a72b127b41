"""Entry-wide checks for something an advisor expects and the entry lacks.

A `requires` rule passes when any of its evidence is present. The evidence is
read from the entry's profile (erasl/profile.py): `counts` (a number that is not
a bare year), `role-actions` (a verb that shows the applicant's own role),
`time-frame` (a duration or a date; not a frequency or 'currently' alone), `settings` (a named clinical setting). A rule
may add its own phrases and metadata keys. It reports once per entry, at the first
sentence, because the fix is to add something, not to change a span.
"""

from __future__ import annotations

from erasl.checks import Check, check_kind, first_sentence_span
from erasl.document import PRESENT, read_month
from erasl.registry import RuleFileError

# [time] labels of the lexicon that say how long or when (not "status": ongoing, part-time; not "frequency": daily).
TIME_FRAME_LABELS = ("duration", "dates")
EVIDENCE = {
    "counts": lambda profile: profile.counts,
    "role-actions": lambda profile: profile.role_actions,
    "time-frame": lambda profile: any(m.label in TIME_FRAME_LABELS for m in profile.time_frame) or profile.start is not None,
    "settings": lambda profile: profile.settings,
}


def _states_a_time(value) -> bool:
    """A metadata value that says when: `end: present` alone says only that it goes on, not how long."""
    return bool(value) and read_month(str(value)) != PRESENT


@check_kind("requires")
class RequireCheck(Check):
    """Reports an entry whose profile shows none of the listed kinds of evidence."""

    placement = "entry"

    OPTIONS = {
        "evidence": (list, []),
        "verbs": (list, []),  # extra verbs of the applicant's own that count as a role (config: extend-strong-verbs)
        "phrases": (list, []),
        "patterns": (list, []),
        "metadata": (list, []),
        "only-clinical": (bool, False),
    }

    def compile(self, nlp) -> None:
        for name in self.options["evidence"]:
            if name not in EVIDENCE:
                raise RuleFileError(f"{self.rule.file}: [{self.rule.code}]: unknown evidence {name!r} "
                                    f"(known: {', '.join(EVIDENCE)})")
        self.verbs = {verb.lower() for verb in self.options["verbs"]}
        self.verbs |= {verb.lower() for verb in self.settings.extra_verbs.get(self.rule.code, [])}
        self.matcher = None
        if self.options["phrases"] or self.options["patterns"]:
            self.matcher = self.matchers(nlp).add(self.rule, self.options["phrases"], self.options["patterns"])

    def satisfied(self, entry, doc) -> bool:
        profile = entry.profile
        if any(_states_a_time(entry.metadata.get(key)) for key in self.options["metadata"]):
            return True
        if any(EVIDENCE[name](profile) for name in self.options["evidence"]):
            return True
        if self.verbs and any(action.lemma in self.verbs for action in profile.actions):
            return True
        return bool(self.matcher and self.matcher.spans(doc))

    def run(self, entry, doc):
        if self.options["only-clinical"] and not entry.profile.clinical_type:
            return
        if not self.satisfied(entry, doc):
            start, end = first_sentence_span(entry, doc)
            yield self.diagnostic(start, end)
