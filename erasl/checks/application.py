"""Checks that read the application as a whole, and the entry checks built on the same profiles.

`scope = "application"` checks run once per lint run over every entry in it
(`erasl check drafts/` treats drafts/ as one application) and need no parse, so
they also run when every draft's own results come from the cache. The others
are ordinary entry checks that use an entry's profile (type, specialty, dates)
from erasl/application.py. Their data is in rules/application/.
"""

from __future__ import annotations

from typing import Iterable

from erasl.application import EXPERIENCE, Application, lead_span, load_application_data, month_label
from erasl.checks import Check, check_kind, first_sentence_span
from erasl.diagnostics import Diagnostic


class ApplicationCheck(Check):
    """Base of the cross-entry checks: `run_application` yields (entry, diagnostic) pairs."""

    placement = "entry"
    report = "application"

    scope = "application"
    needs_parse = False

    def run(self, entry, doc):
        return ()

    def run_application(self, application: Application) -> Iterable[tuple[object, Diagnostic]]:
        raise NotImplementedError

    def at_lead(self, profile, **fields) -> tuple[object, Diagnostic]:
        """A finding about a whole entry, pointed at its first sentence."""
        start, end = lead_span(profile.entry.text)
        return profile.entry, self.diagnostic(start, end, **fields)


@check_kind("entry-count")
class EntryCountCheck(ApplicationCheck):
    """More entries of a kind than ERAS takes: reported once, at the first entry past the limit
    (a folder of many applicants' drafts should not produce one error per extra entry)."""

    OPTIONS = {"kind": (str, EXPERIENCE), "max": (int, 10)}

    def run_application(self, application):
        entries = [p for p in application.profiles if p.kind == self.options["kind"]]
        limit = self.options["max"]
        if len(entries) > limit:
            first_extra = entries[limit]
            yield self.at_lead(first_extra, number=limit + 1, count=len(entries), max=limit, title=first_extra.title)


@check_kind("reflection-link")
class ReflectionLinkCheck(ApplicationCheck):
    """A most-meaningful reflection whose experience is not in the application.

    Only judged when the run holds at least one experience: a reflections file
    checked on its own says nothing about the experiences.
    """

    def run_application(self, application):
        if not application.experiences:
            return
        for reflection in application.reflections:
            if application.linked_experience(reflection) is not None:
                continue
            name = application.reflection_names(reflection)
            if name:
                problem = f'no experience is titled "{name}"'
            else:
                problem = "it has no title and no `experience:` naming its experience"
            yield self.at_lead(reflection, problem=problem, name=name or "")


@check_kind("clinical-gap")
class ClinicalGapCheck(ApplicationCheck):
    """A stretch of more than `months` months with no clinical activity between dated clinical entries."""

    OPTIONS = {"months": (int, 6)}

    def run_application(self, application):
        for gap in application.gaps(self.options["months"]):
            yield self.at_lead(
                gap.after, months=gap.months, before=gap.before.title,
                ended=month_label(gap.first_month - 1), started=month_label(gap.after.start),
            )


@check_kind("near-duplicate")
class NearDuplicateCheck(ApplicationCheck):
    """Two entries of the same kind with mostly the same wording; reported on the later one."""

    OPTIONS = {"min-similarity": (float, 0.7), "min-words": (int, 20), "shingle": (int, 3)}

    def run_application(self, application):
        for duplicate in application.duplicates(self.options["min-similarity"], self.options["min-words"],
                                                self.options["shingle"]):
            other = duplicate.first.entry
            yield self.at_lead(
                duplicate.second, other=duplicate.first.title, percent=round(duplicate.similarity * 100),
                where=f"{other.path}:{other.source.line_col(other.source_start)[0]}",
            )


# --- entry checks on the application's profiles -----------------------------------

class ProfileCheck(Check):
    """An entry check that reads the entry's profile (erasl/profile.py): type, specialty, dates, own verbs."""

    def compile(self, nlp) -> None:
        self.data = load_application_data(self.ruleset)

    @staticmethod
    def profile(entry):
        return entry.profile

    @staticmethod
    def span(entry, doc) -> tuple[int, int]:
        return first_sentence_span(entry, doc) if doc is not None else lead_span(entry.text)


@check_kind("specialty-alignment")
class SpecialtyAlignmentCheck(ProfileCheck):
    """An entry whose specialty is neither the target specialty nor related to it (needs `target-specialty`)."""

    placement = "entry"

    def compile(self, nlp) -> None:
        super().compile(nlp)
        target = self.settings.target_specialty
        self.target = self.data.specialty_named(target) or (target.strip().lower() if target else None)

    def run(self, entry, doc):
        if not self.target:
            return
        profile = self.profile(entry)
        if not profile.specialty or profile.specialty == self.target or self.data.related(profile.specialty, self.target):
            return
        start, end = self.span(entry, doc)
        how = "its metadata" if profile.specialty_from == "metadata" else f"its {profile.specialty_from}"
        yield self.diagnostic(start, end, specialty=profile.specialty, target=self.target, source=how)


@check_kind("entry-type-note")
class EntryTypeNoteCheck(ProfileCheck):
    """A note on every entry of the listed types (what a tele-rotation weighs, for instance)."""

    placement = "entry"

    OPTIONS = {"types": (list, [])}

    def run(self, entry, doc):
        profile = self.profile(entry)
        if profile.experience_type in self.options["types"]:
            start, end = self.span(entry, doc)
            yield self.diagnostic(start, end, type=profile.experience_type)


@check_kind("observer-only")
class ObserverOnlyCheck(ProfileCheck):
    """An entry of the listed types whose verbs show no hands-on work at all."""

    placement = "entry"

    # `named`: an entry of another type still counts when the words that typed it name one of these
    # ("Virtual Observership" is read as a tele-rotation, but it is an observership done by video).
    OPTIONS = {"types": (list, []), "named": (list, [])}

    def run(self, entry, doc):
        profile = self.profile(entry)
        words = (profile.type_words.text.lower() if profile.type_words else "")
        if profile.experience_type not in self.options["types"] and not any(
                name in words for name in self.options["named"]):
            return
        observed = sorted({action.lemma for action in profile.observer})
        if profile.hands_on or not observed:
            return  # hands-on work named, or no observer verb either (nothing says the applicant only watched)
        start, end = self.span(entry, doc)
        yield self.diagnostic(start, end, type=profile.experience_type,
                              verbs=", ".join(observed))


@check_kind("tense")
class TenseCheck(ProfileCheck):
    """Finished experiences in the past tense, ongoing ones in the present.

    A finished entry (its `end:` is past) is flagged at each present-tense verb of
    the applicant's own; an ongoing one (`end: present` or a future end) when
    every such verb is in the past tense. Only the `end:` date decides: words in
    the text ("currently under review") too often speak of something else.
    """

    OPTIONS = {"min-verbs": (int, 2), "ignore": (list, [])}

    def run(self, entry, doc):
        profile = self.profile(entry)
        if profile.status_from != "metadata" or doc is None:
            return
        ignore = set(self.options["ignore"])
        present = [action for action in profile.actions if action.tense == "present" and action.lemma not in ignore]
        past = [action for action in profile.actions if action.tense == "past" and action.lemma not in ignore]
        ongoing_forms = [action for action in profile.actions if action.tense == "progressive" and action.lemma not in ignore]
        if profile.ongoing is False:
            for action in present:
                problem = f'"{action.text}" is present tense, but this experience ended ({month_label(profile.end)}).'
                yield self.diagnostic(action.start, action.end, problem=problem, match=action.text)
        elif not present and not ongoing_forms and len(past) >= self.options["min-verbs"]:
            start, end = self.span(entry, doc)
            yield self.diagnostic(start, end, problem="This experience is ongoing, but every verb is in the past tense.",
                                  match="")
