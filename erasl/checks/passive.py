"""Passive voice from the dependency parse, not from a regex.

A passive is an auxiliary (`be` or `get`) attached as `auxpass` to a past
participle; erasl/grammar.py `read_passive` decides which of those are real
passives (not "was filled with", "am stunned"), which are honours or statives
left alone ("was elected", "was born"), and which hide nobody's role ("my
father, who was diagnosed"): those get a note with their own message.
"""

from __future__ import annotations

from dataclasses import replace

from erasl.checks import Check, check_kind
from erasl.diagnostics import Severity
from erasl.grammar import PassiveWords, read_passive


def _words(values) -> frozenset:
    return frozenset(word.lower() for word in values)


def _dictionary(nlp, part_of_speech: str) -> frozenset:
    """The words the model's lemmatizer knows as this part of speech (empty for a model without one)."""
    try:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
        return frozenset(index[part_of_speech])
    except (KeyError, AttributeError, ValueError):
        return frozenset()


@check_kind("passive-voice")
class PassiveVoiceCheck(Check):
    """Flags `be`/`get` + participle, adverbs and `not` between included ("were not recognized")."""

    rewrite = "leave-out"

    OPTIONS = {
        "auxiliaries": (list, ["be", "get"]), "allow": (list, []), "named-agents": (list, []),
        "honours": (list, []), "covering": (list, []), "handled": (list, []), "own-passives": (list, []), "feelings": (list, []), "adjectives": (list, []), "states": (dict, {}),
        "degree": (list, []), "people": (list, []), "patients": (list, []), "persons": (list, []), "devices": (list, []),
        "person-statives": (list, []), "work-honours": (list, []), "honours-with": (dict, {}), "chance": (list, []), "honour-frames": (list, []), "institutions": (list, []),
        "animals": (list, []), "present-states": (list, []), "thing-states": (list, []), "placed": (list, []),
        "place-statives": (list, []), "feeling-results": (list, []), "get-states": (list, []), "get-events": (list, []), "own-phrasal-actives": (dict, {}), "not-distinctions": (list, []), "two-objects": (list, []), "present-person-states": (list, []), "own-actives": (list, []), "infinitive-states": (list, []), "aspect-actives": (list, []),
        "present-descriptions": (dict, {}), "timetable-states": (list, []), "own-trainings": (list, []),
        "study-steps": (list, []), "study-subjects": (list, []), "to-nouns": (list, []),
        "message-someone-else": (str, ""), "help-someone-else": (str, ""),
    }

    def compile(self, nlp) -> None:
        self.agents = _words(self.options["named-agents"])
        self.auxiliaries = tuple(_words(self.options["auxiliaries"]))
        self.words = PassiveWords(
            statives=_words(self.options["allow"]),
            allowed=_words(self.settings.passive_allow),
            honours=_words(self.options["honours"]),
            work_honours=_words(self.options["work-honours"]),
            honours_with={verb.lower(): _words(what) for verb, what in self.options["honours-with"].items()},
            chance=_words(self.options["chance"]),
            honour_frames=_words(self.options["honour-frames"]),
            own_passives=_words(self.options["own-passives"]),
            feelings=_words(self.options["feelings"]),
            adjectives=_words(self.options["adjectives"]),
            covering=_words(self.options["covering"]),
            handled=_words(self.options["handled"]),
            states={prep.lower(): _words(verbs) for prep, verbs in self.options["states"].items()},
            degree=_words(self.options["degree"]),
            people=_words(self.options["people"]),
            patients=_words(self.options["patients"]),
            persons=_words(self.options["persons"]) | self.agents,
            devices=_words(self.options["devices"]),
            person_statives=_words(self.options["person-statives"]),
            institutions=_words(self.options["institutions"]),
            animals=_words(self.options["animals"]),
            present_states=_words(self.options["present-states"]),
            thing_states=_words(self.options["thing-states"]),
            placed=_words(self.options["placed"]),
            verbs=_dictionary(nlp, "verb"),
            nouns=_dictionary(nlp, "noun"),
            known_adjectives=_dictionary(nlp, "adj"),
            place_statives=_words(self.options["place-statives"]),
            get_states=_words(self.options["get-states"]),
            get_events=_words(self.options["get-events"]),
            own_phrasal_actives={prt.lower(): _words(verbs) for prt, verbs in self.options["own-phrasal-actives"].items()},
            feeling_results=_words(self.options["feeling-results"]),
            not_distinctions=_words(self.options["not-distinctions"]),
            two_objects=_words(self.options["two-objects"]),
            present_person_states=_words(self.options["present-person-states"]),
            own_actives=_words(self.options["own-actives"]),
            infinitive_states=_words(self.options["infinitive-states"]),
            aspect_actives=_words(self.options["aspect-actives"]),
            present_descriptions={prep.lower(): _words(verbs) for prep, verbs in self.options["present-descriptions"].items()},
            timetable_states=_words(self.options["timetable-states"]),
            own_trainings=_words(self.options["own-trainings"]),
            study_steps=_words(self.options["study-steps"]),
            study_subjects=_words(self.options["study-subjects"]),
            to_nouns=_words(self.options["to-nouns"]),
        )

    def run(self, entry, doc):
        for token in doc:
            passive = read_passive(token, self.words, self.auxiliaries)
            if passive is None:
                continue
            start, end = passive.auxiliary.idx, token.idx + len(token.text)
            found = self.diagnostic(start, end, match=doc.text[start:end], verb=token.lemma_)
            hides_nobody = passive.about == "someone-else" or self._names_a_supervisor(token)
            if hides_nobody and self.options["message-someone-else"]:
                found = replace(
                    found, severity=min(found.severity, Severity.NOTE),
                    message=self.options["message-someone-else"].format(match=doc.text[start:end]),
                    help=self.options["help-someone-else"] or found.help)
            yield found

    def _names_a_supervisor(self, verb) -> bool:
        """'notes that were co-signed by the attending': the agent is named and it is not the
        applicant's work being hidden. 'by the team' still may hide the role."""
        # "reviewed and co-signed by the attending": the agent hangs on the last conjunct.
        for child in (c for v in (verb, *verb.conjuncts) for c in v.children):
            if child.dep_ != "agent":
                continue
            for word in child.subtree:
                if word.lemma_.lower() in self.agents or (word.text == "Dr" or word.text == "Dr."):
                    return True
        return False
