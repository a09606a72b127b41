"""Loading and validating the rule data in rules/, and choosing rules by code prefix.

Every rule is a TOML table named by its code (one family letter + 3 digits).
Common keys describe and document the rule; the remaining keys are options of
its `check` kind and are validated by that checker. A broken file is a
`RuleFileError` naming the file and the key.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from erasl.diagnostics import Severity

CODE_PATTERN = re.compile(r"^[A-Z][0-9]{3}$")
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
KINDS_FILE = "kinds.toml"

COMMON_KEYS = {
    "name": str, "check": str, "severity": str, "kinds": list, "summary": str,
    "message": str, "help": str, "why": str, "example": str, "better": str,
    "supersedes": list, "tests": dict, "fix": str,
    # How the rest of erasl treats the rule's findings (defaults come from its check kind):
    "placement": str, "rewrite": str, "repair": str, "repair-pattern": str, "advice": str,
    "advice-opening": str, "export": str, "report": str,
}
# The allowed values of the behaviour keys, each with what it means (for errors and `erasl rule`).
BEHAVIOUR_VALUES = {
    "placement": {"span": "points at the words it flags",
                  "entry": "about the entry as a whole: points at the entry's first sentence"},
    "rewrite": {"repair": "`erasl suggest` repairs the flagged words (see `repair`)",
                "leave-out": "`erasl suggest` leaves the flagged words out and lists them with the reason",
                "keep": "`erasl suggest` keeps the flagged words (they carry a fact) and names their sentence under "
                        "\"kept as written\" with the finding, for the applicant to reword",
                "none": "`erasl suggest` does not look at its words"},
    "repair": {"fix": "the rule's own safe fix", "number": "the words `repair-pattern` matches become [N]",
               "active": "a passive activity is rewritten in the active voice"},
    "export": {"fix": "`erasl export` applies its safe fixes to the paste text",
               "block": "`erasl export` refuses an entry with it (exit 1)", "none": "`erasl export` ignores it"},
    "report": {"entry": "`erasl report` lists it on the entry's card",
               "application": "`erasl report` lists it under the application's findings (across entries)"},
}
# Kinds whose `erasl suggest` output is advice per paragraph (from each rule's `advice`), not a template.
STATEMENT_KINDS = ("personal-statement", "impactful")
REQUIRED_KEYS = ("name", "check", "severity", "summary", "message", "why", "example", "better")


class RuleFileError(Exception):
    """A rule or kinds file that erasl cannot use; the message names file and key."""


def rules_dir() -> Path:
    """The rule data: shipped inside the wheel as erasl/rules, or beside the package in a checkout."""
    packaged = Path(str(resources.files("erasl"))) / "rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "rules"


@dataclass(frozen=True)
class KindSpec:
    """An ERAS text box: its character limit and where that limit comes from."""

    name: str
    limit: int | None
    undersell_below: int | None
    source: str


@dataclass
class Rule:
    """One rule's data: identity, documentation, scope, and its checker's options."""

    code: str
    name: str
    check: str
    severity: Severity
    kinds: tuple[str, ...]
    summary: str
    message: str
    help: str
    why: str
    example: str
    better: str
    file: str
    supersedes: tuple[str, ...] = ()
    fix: str = ""
    options: dict[str, Any] = field(default_factory=dict)
    tests: dict[str, list[str]] = field(default_factory=dict)
    # Config the examples run under (`[CODE.tests] config = { target-specialty = "..." }`).
    test_config: dict[str, Any] = field(default_factory=dict)
    # Downstream behaviour (see BEHAVIOUR_VALUES); `load_rules` fills what the table leaves out
    # from the rule's check kind, so every rule carries its effective values.
    placement: str = "span"
    rewrite: str = "none"
    repair: str = ""
    repair_pattern: str = ""
    advice: str | None = None  # `erasl suggest` advice for a statement paragraph; "" for none
    advice_opening: str = ""  # the advice instead, when the finding is in a statement's first sentence
    export: str = "none"
    report: str = "entry"

    def applies_to(self, kind: str) -> bool:
        return not self.kinds or kind in self.kinds


@dataclass
class RuleSet:
    """All rules and kinds, as loaded from one rules folder."""

    rules: dict[str, Rule]
    kinds: dict[str, KindSpec]
    filename_kinds: dict[str, str]
    experience_types: tuple[str, ...]
    clinical_types: tuple[str, ...]
    directory: Path

    def rule(self, code: str) -> Rule:
        return self.rules[code.upper()]


def read_data_file(path: Path, needed_for: str) -> dict:
    """A TOML data file beside the rules; missing or broken is a RuleFileError naming the file."""
    if not path.is_file():
        raise RuleFileError(f"{path}: missing ({needed_for})")
    return _load_toml(path)


def _load_toml(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise RuleFileError(f"{path}: not valid TOML: {error}") from None


def _parse_rule(code: str, table: Any, path: Path, kind_names: set[str]) -> Rule:
    where = f"{path.name}: [{code}]"
    if not CODE_PATTERN.match(code):
        raise RuleFileError(f"{where}: a rule code is one capital letter and three digits, like F101")
    if not isinstance(table, dict):
        raise RuleFileError(f"{where}: must be a table of keys")
    for key in REQUIRED_KEYS:
        if key not in table:
            raise RuleFileError(f"{where}: missing required key '{key}'")
    for key, kind in COMMON_KEYS.items():
        if key in table and not isinstance(table[key], kind):
            raise RuleFileError(f"{where}: key '{key}' must be a {kind.__name__}")
    if not NAME_PATTERN.match(table["name"]):
        raise RuleFileError(f"{where}: name {table['name']!r} must be kebab-case, like vague-filler")
    try:
        severity = Severity.parse(table["severity"])
    except ValueError as error:
        raise RuleFileError(f"{where}: key 'severity': {error}") from None
    kinds = tuple(table.get("kinds", ()))
    for kind in kinds:
        if kind not in kind_names:
            raise RuleFileError(f"{where}: key 'kinds': unknown kind {kind!r} (known: {', '.join(sorted(kind_names))})")
    tests = table.get("tests", {})
    for key in tests:
        if key not in ("flag", "pass", "config"):
            raise RuleFileError(f"{where}: key 'tests.{key}': use 'flag', 'pass' and 'config'")
    if not isinstance(tests.get("config", {}), dict):
        raise RuleFileError(f"{where}: key 'tests.config' must be a table of config keys")
    for key, allowed in BEHAVIOUR_VALUES.items():
        if key in table and table[key] not in allowed:
            raise RuleFileError(f"{where}: key '{key}': unknown value {table[key]!r} (use {' or '.join(allowed)})")
    options = {key: value for key, value in table.items() if key not in COMMON_KEYS}
    return Rule(
        code=code, name=table["name"], check=table["check"], severity=severity, kinds=kinds,
        summary=table["summary"], message=table["message"], help=table.get("help", ""),
        why=table["why"], example=table["example"], better=table["better"], file=path.name,
        supersedes=tuple(table.get("supersedes", ())), fix=table.get("fix", ""),
        options=options, tests={"flag": list(tests.get("flag", [])), "pass": list(tests.get("pass", []))},
        test_config=dict(tests.get("config", {})),
        placement=table.get("placement", ""), rewrite=table.get("rewrite", ""), repair=table.get("repair", ""),
        repair_pattern=table.get("repair-pattern", ""), advice=table.get("advice"),
        advice_opening=table.get("advice-opening", ""), export=table.get("export", "none"),
        report=table.get("report", ""),
    )


def _resolve_behaviour(rule: Rule) -> None:
    """Fill the behaviour keys a table leaves out from its check kind, and check they fit together."""
    from erasl.checks import CHECK_KINDS

    where = f"{rule.file}: [{rule.code}]"
    kind = CHECK_KINDS.get(rule.check)
    if kind is None:
        raise RuleFileError(f"{where}: key 'check': unknown check {rule.check!r} (known: {', '.join(sorted(CHECK_KINDS))})")
    rule.placement = rule.placement or kind.placement
    rule.report = rule.report or kind.report
    rule.rewrite = rule.rewrite or (kind.rewrite if rule.placement == "span" else "none")
    if rule.rewrite == "repair":
        if rule.placement != "span":
            raise RuleFileError(f"{where}: key 'rewrite': \"repair\" needs placement = \"span\" (words to repair)")
        rule.repair = rule.repair or "fix"
    elif rule.repair:
        raise RuleFileError(f"{where}: key 'repair': only for rewrite = \"repair\"")
    if rule.repair == "number":
        if not rule.repair_pattern:
            raise RuleFileError(f"{where}: missing key 'repair-pattern' (repair = \"number\" replaces what it matches with [N])")
        try:
            re.compile(rule.repair_pattern)
        except re.error as error:
            raise RuleFileError(f"{where}: key 'repair-pattern': not a valid regex: {error}") from None
    elif rule.repair_pattern:
        raise RuleFileError(f"{where}: key 'repair-pattern': only for repair = \"number\"")
    statement = not rule.kinds or any(kind in STATEMENT_KINDS for kind in rule.kinds)
    if rule.advice is None and rule.placement == "span" and statement:
        raise RuleFileError(
            f"{where}: missing key 'advice' (what `erasl suggest` tells a personal statement about a paragraph "
            "with this finding; {match} is the flagged text, {opening} its first six words; \"\" for none)")


def _load_kinds(path: Path) -> tuple[dict[str, KindSpec], dict[str, str], tuple[str, ...], tuple[str, ...]]:
    data = _load_toml(path)
    for key in data:
        if key not in ("kinds", "filenames", "types", "filename-words", "statement-content"):
            raise RuleFileError(f"{path.name}: unknown key '{key}' "
                                "(known: kinds, filenames, types, filename-words, statement-content)")
    kinds = {}
    for name, table in data.get("kinds", {}).items():
        unknown = set(table) - {"limit", "undersell-below", "source"}
        if unknown:
            raise RuleFileError(f"{path.name}: [kinds.{name}]: unknown key '{sorted(unknown)[0]}'")
        for key in ("limit", "undersell-below"):
            if key in table and (not isinstance(table[key], int) or table[key] < 0):
                raise RuleFileError(f"{path.name}: [kinds.{name}]: '{key}' must be a whole number of characters")
        kinds[name] = KindSpec(name, table.get("limit") or None, table.get("undersell-below") or None, table.get("source", ""))
    filename_kinds = dict(data.get("filenames", {}))
    for pattern, kind in filename_kinds.items():
        if kind not in kinds:
            raise RuleFileError(f"{path.name}: [filenames] {pattern!r}: unknown kind {kind!r}")
    types = data.get("types", {})
    return kinds, filename_kinds, tuple(types.get("all", ())), tuple(types.get("clinical", ()))


@lru_cache(maxsize=4)
def load_rules(directory: Path | None = None) -> RuleSet:
    """Read and validate every rule file once; the same RuleSet is shared afterwards."""
    directory = Path(directory) if directory else rules_dir()
    kinds_path = directory / KINDS_FILE
    if not kinds_path.is_file():
        raise RuleFileError(f"{kinds_path}: missing (it holds the kinds and their character limits)")
    kinds, filename_kinds, all_types, clinical_types = _load_kinds(kinds_path)
    rules: dict[str, Rule] = {}
    names: dict[str, str] = {}
    for path in sorted(directory.glob("*.toml")):
        if path.name == KINDS_FILE:
            continue
        for code, table in _load_toml(path).items():
            rule = _parse_rule(code, table, path, set(kinds))
            if code in rules:
                raise RuleFileError(f"{path.name}: [{code}]: code already used in {rules[code].file}")
            if rule.name in names:
                raise RuleFileError(f"{path.name}: [{code}]: name {rule.name!r} already used by {names[rule.name]}")
            rules[code] = rule
            names[rule.name] = code
    for rule in rules.values():
        _resolve_behaviour(rule)
        for other in rule.supersedes:
            if other not in rules:
                raise RuleFileError(f"{rule.file}: [{rule.code}]: key 'supersedes': unknown code {other!r}")
    return RuleSet(rules, kinds, filename_kinds, all_types, clinical_types, directory)


def is_selected(code: str, select: list[str], ignore: list[str]) -> bool:
    """Ruff's rule: the longest matching prefix decides; `ALL` selects everything."""
    best_length, chosen = -1, False
    for prefixes, verdict in ((select, True), (ignore, False)):
        for prefix in prefixes:
            prefix = "" if prefix.upper() == "ALL" else prefix.upper()
            if code.startswith(prefix) and len(prefix) >= best_length:
                # On a tie, ignore (listed second) wins.
                best_length, chosen = len(prefix), verdict
    return chosen
