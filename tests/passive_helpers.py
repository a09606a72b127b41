"""Shared by the P101 class tests: what P101 flags in a sentence, and one case both ways (a state left alone,
or an action whose passive must be found)."""

from __future__ import annotations

import pytest

import erasl
from erasl.config import Settings


def flagged_passives(text: str) -> list[str]:
    found = erasl.lint_text(text, settings=Settings(select=["P101"]))
    return [text[d.start:d.end] for d in found if d.code == "P101"]


def passive_cases(states: list[str], actions: list[tuple[str, str]]):
    return [pytest.param(text, None, id=text[:40]) for text in states] + [
        pytest.param(text, span, id=text[:40]) for text, span in actions]


def check_passive(text: str, span: str | None) -> None:
    flagged = flagged_passives(text)
    if span is None:
        assert flagged == [], f"a state read as a passive: {flagged} in {text!r}"
    else:
        assert span in flagged, f"missed the passive {span!r} in {text!r} (flagged {flagged})"
