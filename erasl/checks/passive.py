"""Passive voice from the dependency parse, not from a regex.

A passive is an auxiliary (`be` or `get`) attached as `auxpass` to a past
participle. Statives and idioms ("was born", "is located", "was selected")
are left alone through the rule's allow list, which config can extend.
"""

from __future__ import annotations

from erasl.checks import Check, check_kind


def is_passive(token) -> bool:
    """A participle used passively: with its own auxpass, a `by` agent, or joined to a passive verb."""
    if token.tag_ != "VBN":
        return False
    children = {child.dep_ for child in token.children}
    if children & {"auxpass", "agent"}:
        return True
    if token.dep_ == "conj" and not children & {"nsubj", "nsubjpass", "aux"}:
        return is_passive(token.head)
    return False


@check_kind("passive-voice")
class PassiveVoiceCheck(Check):
    """Flags `be`/`get` + participle, adverbs between included ("were carefully analyzed")."""

    OPTIONS = {"auxiliaries": (list, ["be", "get"]), "allow": (list, [])}

    def compile(self, nlp) -> None:
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
            start, end = token.idx, verb.idx + len(verb.text)
            yield self.diagnostic(start, end, match=doc.text[start:end], verb=verb.lemma_)
