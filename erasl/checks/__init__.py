"""Checker kinds: each turns one rule's data into something that reads entries.

A rule file says `check = "<kind>"`; the class registered under that kind
validates the rule's options, compiles them once (Matcher patterns, regexes)
and yields `Diagnostic`s with spans in the entry's text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Iterable

from erasl.diagnostics import Diagnostic, Fix
from erasl.registry import Rule, RuleFileError, RuleSet

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from erasl.config import Settings
    from erasl.document import Entry

CHECK_KINDS: dict[str, type["Check"]] = {}


def check_kind(name: str):
    """Register a checker class under the `check` name rule files use."""

    def register(cls: type["Check"]) -> type["Check"]:
        cls.kind = name
        CHECK_KINDS[name] = cls
        return cls

    return register


class _KeepMissing(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class Check:
    """Base of every checker: option validation and diagnostic construction."""

    kind: ClassVar[str] = ""
    OPTIONS: ClassVar[dict[str, tuple[type, Any]]] = {}
    needs_parse: ClassVar[bool] = True
    # "entry": run(entry, doc) on each entry; "document": run_document(document) once per file
    # (erasl/checks/metadata.py); "application": run_application() once over every entry of the
    # run (see erasl/checks/application.py).
    scope: ClassVar[str] = "entry"
    # Defaults of the rule-table keys of the same names (erasl/registry.py BEHAVIOUR_VALUES): what
    # a rule of this kind is, unless its table says otherwise.
    placement: ClassVar[str] = "span"
    rewrite: ClassVar[str] = "none"
    report: ClassVar[str] = "entry"

    def __init__(self, rule: Rule, ruleset: RuleSet, settings: "Settings", nlp=None, pool=None):
        self.rule = rule
        self.ruleset = ruleset
        self.settings = settings
        self.options = self._validated_options(rule, settings)
        self._pool = pool  # the engine's shared MatcherPool, so all phrase rules match in one pass
        self.compile(nlp)

    def matchers(self, nlp):
        """The shared matcher pool (a private one when the check is built on its own)."""
        if self._pool is None:
            from erasl.checks.phrases import MatcherPool

            self._pool = MatcherPool(nlp)
        return self._pool

    @classmethod
    def _validated_options(cls, rule: Rule, settings: "Settings") -> dict[str, Any]:
        where = f"{rule.file}: [{rule.code}]"
        options = {key: default for key, (_, default) in cls.OPTIONS.items()}
        for key, value in rule.options.items():
            if key not in cls.OPTIONS:
                known = ", ".join(sorted(cls.OPTIONS)) or "none"
                raise RuleFileError(f"{where}: unknown key '{key}' for check '{cls.kind}' (its options: {known})")
            expected = cls.OPTIONS[key][0]
            if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
                raise RuleFileError(f"{where}: key '{key}' must be a {expected.__name__}")
            options[key] = value
        overrides = settings.rule_options.get(rule.code, {})
        for key, value in overrides.items():
            base = key.removeprefix("extend-")
            if base not in cls.OPTIONS:
                raise RuleFileError(f"{settings.source}: [rules.{rule.code}]: unknown option '{key}'")
            expected = list if key.startswith("extend-") else cls.OPTIONS[base][0]
            if expected is float and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
                raise RuleFileError(
                    f"{settings.source}: [rules.{rule.code}]: option '{key}' must be a {expected.__name__}")
            if key.startswith("extend-"):
                options[base] = list(options[base]) + list(value)
            else:
                options[base] = value
        return options

    def compile(self, nlp) -> None:
        """Prepare matchers once per run; override where the rule has patterns."""

    def run(self, entry: "Entry", doc: "Doc | None") -> Iterable[Diagnostic]:
        raise NotImplementedError

    def diagnostic(self, start: int, end: int, fix: Fix | None = None, **fields: Any) -> Diagnostic:
        message = self.rule.message.format_map(_KeepMissing(fields))
        help_text = self.rule.help.format_map(_KeepMissing(fields))
        return Diagnostic(
            code=self.rule.code, rule=self.rule.name, severity=self.rule.severity,
            message=message, help=help_text, start=start, end=end, fix=fix,
        )


def first_sentence_span(entry: "Entry", doc: "Doc | None") -> tuple[int, int]:
    """Where entry-wide diagnostics point: the entry's own first sentence (or first line). Text pasted around
    the entry ("Dear sir, please find my draft below.") is clipped off, since findings on it are dropped."""
    wrapper = getattr(entry, "wrapper", None) or []
    if doc is not None:
        for sentence in doc.sents:
            start = _past_wrapper(entry.text, sentence.start_char, sentence.end_char, wrapper)
            end = sentence.start_char + len(sentence.text.rstrip())
            if start < end:
                return start, end
    line_start = _past_wrapper(entry.text, 0, len(entry.text), wrapper)
    line_end = entry.text.find("\n", line_start)
    return line_start, len(entry.text) if line_end == -1 else line_end


def _past_wrapper(text: str, start: int, end: int, wrapper) -> int:
    """The first offset from `start` that is neither blank nor inside a wrapper span (`end` if none is)."""
    while start < end:
        span = next((span for span in wrapper if span.start <= start < span.end), None)
        if span is not None:
            start = span.end
        elif text[start].isspace():
            start += 1
        else:
            break
    return min(start, end)


# Import the checker modules so they register themselves.
from erasl.checks import (  # noqa: E402,F401
    application, length, metadata, passive, phrases, readability, reflection, requires, sentences, texting,
    text_patterns, verbs, wrapper,
)
