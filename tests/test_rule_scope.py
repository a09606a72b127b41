"""Rules whose behaviour depends on the entry's kind: the same text, judged per ERAS box."""

from __future__ import annotations

import erasl
from erasl.config import Settings

FORTY_WORDS = (
    "During my twelve-week observership at a community teaching hospital in Ohio I saw how residents carry "
    "ten to fourteen patients at a time and how much of the work happens in phone calls with families and "
    "pharmacists every single day."
)


def codes(text: str, kind: str, select: list[str]) -> list[str]:
    return [d.code for d in erasl.lint_text(text, kind=kind, settings=Settings(select=select))]


def test_long_sentence_limit_is_looser_in_a_personal_statement():
    assert 35 < len([w for w in FORTY_WORDS.replace("-", " ").split()]) <= 45
    assert codes(FORTY_WORDS, "experience", ["R101"]) == ["R101"]
    assert codes(FORTY_WORDS, "personal-statement", ["R101"]) == []


def test_experience_checks_never_fire_on_a_personal_statement():
    vague = "I observed and helped. It was a good time."
    assert set(codes(vague, "experience", ["N", "V", "D"])) >= {"N101", "V101", "D101"}
    assert codes(vague, "personal-statement", ["N", "V", "D", "S"]) == []


def test_cliches_fire_on_statements_not_on_experiences():
    text = "Ever since I was a child I wanted to heal. I followed 4 patients daily for 4 weeks."
    assert codes(text, "personal-statement", ["F301"]) == ["F301"]
    assert codes(text, "experience", ["F301"]) == []


def test_reading_grade_only_for_essays():
    dense = (
        "The multifaceted interdisciplinary collaboration that characterized my longitudinal involvement within the "
        "institutional quality-improvement infrastructure substantially ameliorated organizational patient-centered "
        "outcomes. Simultaneously, comprehensive multidimensional evaluation methodologies facilitated unprecedented "
        "epistemological reconceptualization of contemporary therapeutic paradigms. Consequently, institutional "
        "stakeholders operationalized sophisticated longitudinal accountability mechanisms."
    )
    assert codes(dense, "personal-statement", ["R102"]) == ["R102"]
    assert codes(dense, "experience", ["R102"]) == []
