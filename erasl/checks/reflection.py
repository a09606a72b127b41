"""Checks that read an entry against its own purpose: reflections that retell, entries about the place.

A most-meaningful reflection (300 characters) answers AAMC's prompt: why the experience was
meaningful and how it influenced you. Retelling the experience's description wastes the box;
`reflection-repeats` compares a reflection with the experience it belongs to (linked as the
application links them, erasl/application.py) using the near-duplicate rule's normalisation.

An experience is about the applicant; `organisation-subject` reads the subject of each sentence
from the entry profile (erasl/profile.py) and reports an entry whose sentences are mostly about
the hospital or the program, and `third-person` one written about the applicant as "she" or
"Dr. Khan" (a CV bio or a letter's voice) instead of in the applicant's own.
"""

from __future__ import annotations

from erasl.application import _normalized_words
from erasl.checks import Check, check_kind, first_sentence_span
from erasl.checks.application import ApplicationCheck


def shared_share(reflection: list[str], experience: list[str], run: int) -> float:
    """The share of the reflection's runs of `run` normalised words that the experience also has."""
    if len(reflection) < run:
        return 0.0
    own = [tuple(reflection[i:i + run]) for i in range(len(reflection) - run + 1)]
    theirs = {tuple(experience[i:i + run]) for i in range(len(experience) - run + 1)}
    return sum(gram in theirs for gram in own) / len(own)


@check_kind("reflection-repeats")
class ReflectionRepeatsCheck(ApplicationCheck):
    """A most-meaningful reflection whose wording is mostly its experience's description: reported
    when at least `min-share` of its runs of `shingle` normalised words (numbers and word endings
    ignored) appear in the linked experience, and it has at least `min-words` words."""

    report = "entry"
    OPTIONS = {"min-share": (float, 0.5), "min-words": (int, 8), "shingle": (int, 3)}

    def run_application(self, application):
        for reflection in application.reflections:
            experience = application.linked_experience(reflection)
            if experience is None:
                continue
            words = _normalized_words(reflection.entry.prose)
            if len(words) < self.options["min-words"]:
                continue
            share = shared_share(words, _normalized_words(experience.entry.prose), self.options["shingle"])
            if share >= self.options["min-share"]:
                yield self.at_lead(reflection, other=experience.title, percent=round(share * 100))


@check_kind("organisation-subject")
class OrganisationSubjectCheck(Check):
    """An entry whose sentences are mostly about the organisation: at least `min-share` of its
    `min-sentences` or more sentences (lines without a verb not counted) have the hospital, program or another organisation as
    subject (the profile's `subjects`, read with the lexicon's [subjects] organisation), and
    fewer sentences are the applicant's own."""

    placement = "entry"
    OPTIONS = {"min-share": (float, 0.5), "min-sentences": (int, 3)}

    def run(self, entry, doc):
        # a line with no verb (a title line, a place name the parser split off) is about nobody
        subjects = [s for s in entry.profile.subjects if s.label != "none"]
        if len(subjects) < self.options["min-sentences"]:
            return
        about_place = [s for s in subjects if s.label == "organisation"]
        own = [s for s in subjects if s.label == "applicant"]
        if len(about_place) / len(subjects) >= self.options["min-share"] and len(own) < len(about_place):
            start, end = first_sentence_span(entry, doc)
            yield self.diagnostic(start, end, count=len(about_place), total=len(subjects),
                                  subject=about_place[0].text)


@check_kind("third-person")
class ThirdPersonCheck(Check):
    """An entry written about the applicant in the third person ("Ms. Alvarez served ... She
    completed"): the profile's `third_person` (no first-person word, and at least half of the
    sentences have the applicant's name or pronoun as subject)."""

    placement = "entry"

    def run(self, entry, doc):
        who = entry.profile.third_person
        if who is None:
            return
        start, end = first_sentence_span(entry, doc)
        yield self.diagnostic(start, end, who=who.text)
