"""Passive voice from the dependency parse, not from a regex.

A passive is an auxiliary (`be` or `get`) attached as `auxpass` to a past
participle. Statives and idioms ("was born", "is located", "was selected")
are left alone through the rule's allow list, which config can extend.
"""

from __future__ import annotations

from erasl.checks import Check, check_kind


@check_kind("passive-voice")
class PassiveVoiceCheck(Check):
    """Flags `be`/`get` + participle, adverbs between included ("were carefully analyzed")."""

    rewrite = "leave-out"

    OPTIONS = {"auxiliaries": (list, ["be", "get"]), "allow": (list, []), "allow-agents": (list, [])}

    def compile(self, nlp) -> None:
        self.agents = {word.lower() for word in self.options["allow-agents"]}
        self.auxiliaries = {word.lower() for word in self.options["auxiliaries"]}
        self.allow = {word.lower() for word in self.options["allow"]} | {
            word.lower() for word in self.settings.passive_allow
        }

    def run(self, entry, doc):
        for token in doc:
            if token.dep_ != "auxpass" or token.lemma_.lower() not in self.auxiliaries:
                continue
            verb = token.head
            if verb.tag_ != "VBN" or verb.i < token.i:
                continue
            if verb.lemma_.lower() in self.allow or verb.lower_ in self.allow:
                continue
            if self._names_a_supervisor(verb):
                continue
            start, end = token.idx, verb.idx + len(verb.text)
            yield self.diagnostic(start, end, match=doc.text[start:end], verb=verb.lemma_)

    def _names_a_supervisor(self, verb) -> bool:
        """'notes that were co-signed by the attending': the agent is named and it is not the
        applicant's work being hidden, so the passive is fine. 'by the team' still hides the role."""
        # "reviewed and co-signed by the attending": the agent hangs on the last conjunct.
        for child in (c for v in (verb, *verb.conjuncts) for c in v.children):
            if child.dep_ != "agent":
                continue
            for word in child.subtree:
                if word.lemma_.lower() in self.agents or (word.text == "Dr" or word.text == "Dr."):
                    return True
        return False
