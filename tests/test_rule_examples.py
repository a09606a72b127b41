"""Every rule proves itself on the examples in its own data file.

`tests.flag` texts must raise the rule (at exactly the spans marked {{ }} when
marked); `tests.pass` texts must not raise it. A rule without both kinds of
example fails the structure test, so no rule ships untested.
"""

from __future__ import annotations

import pytest

import erasl
from erasl.config import settings_from_table
from erasl.registry import load_rules
from tests.conftest import unmark

RULES = load_rules()


def _kind(rule) -> str:
    return rule.kinds[0] if rule.kinds else "experience"


def _cases(which: str):
    for code, rule in sorted(RULES.rules.items()):
        for index, text in enumerate(rule.tests.get(which, [])):
            yield pytest.param(code, text, id=f"{code}-{which}-{index}")


def _found(code: str, text: str):
    rule = RULES.rule(code)
    settings = settings_from_table({**rule.test_config, "select": [code]}, f"rules/{rule.file} [{code}.tests]",
                                   ruleset=RULES)
    return [d for d in erasl.lint_text(text, kind=_kind(rule), settings=settings) if d.code == code]


@pytest.mark.parametrize("code", sorted(RULES.rules))
def test_every_rule_has_examples_that_must_fail_and_pass(code):
    rule = RULES.rule(code)
    assert rule.tests.get("flag"), f"{code} has no tests.flag examples in rules/{rule.file}"
    assert rule.tests.get("pass"), f"{code} has no tests.pass examples in rules/{rule.file}"
    assert rule.why and rule.example and rule.better and rule.summary


@pytest.mark.parametrize(("code", "marked"), list(_cases("flag")))
def test_rule_flags_its_bad_examples(code, marked):
    text, spans = unmark(marked)
    found = _found(code, text)
    assert found, f"{code} did not flag: {text!r}"
    if spans:
        assert sorted((d.source_start, d.source_end) for d in found) == spans, [
            text[d.source_start:d.source_end] for d in found
        ]


@pytest.mark.parametrize(("code", "text"), list(_cases("pass")))
def test_rule_passes_its_good_examples(code, text):
    found = _found(code, text)
    assert not found, f"{code} wrongly flagged {[text[d.source_start:d.source_end] for d in found]} in {text!r}"
