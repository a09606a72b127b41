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
    """Where entry-wide diagnostics point: the entry's first sentence (or first line) of its own words, past the
    message pasted around it ("Dear Dr. Mensah,")."""
    if doc is not None:
        for sentence in doc.sents:
            text = sentence.text.rstrip()
            if text.strip():
                lead = len(text) - len(text.lstrip())
                return sentence.start_char + lead, sentence.start_char + len(text)
    offset = 0
    for line in entry.prose.split("\n"):
        if line.strip():
            return offset + len(line) - len(line.lstrip()), offset + len(line.rstrip())
        offset += len(line) + 1
    line_end = entry.text.find("\n")
    return 0, len(entry.text) if line_end == -1 else line_end


# Import the checker modules so they register themselves.
from erasl.checks import (  # noqa: E402,F401
    application, length, metadata, passive, phrases, readability, reflection, requires, sentences, texting,
    text_patterns, verbs, wrapper,
)
