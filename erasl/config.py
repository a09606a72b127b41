"""Settings: defaults < erasl.toml / .erasl.toml / [tool.erasl] in pyproject.toml < command line.

The config file is found by walking up from the working directory to the first
file that has erasl settings. Unknown keys are an error naming the key and file.
"""

from __future__ import annotations

import fnmatch
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any

from erasl.diagnostics import Severity
from erasl.document import DEFAULT_MAX_FILE_BYTES

CONFIG_NAMES = ("erasl.toml", ".erasl.toml", "pyproject.toml")

# Friendly names for the phrase and verb lists users most often extend.
EXTEND_ALIASES = {
    "extend-filler": ("F101", "extend-phrases"),
    "extend-vague-quantities": ("F102", "extend-phrases"),
    "extend-traits": ("F201", "extend-phrases"),
    "extend-cliches": ("F301", "extend-phrases"),
    "extend-weak-constructions": ("P102", "extend-phrases"),
    "extend-settings": ("S101", "extend-phrases"),
    "extend-durations": ("D101", "extend-phrases"),
}
LIST_KEYS = ("select", "ignore", "extend-select", "extend-ignore", "passive-allow", "extend-strong-verbs",
             "extensions", "exclude", "applications", *EXTEND_ALIASES)


class ConfigError(Exception):
    """A config file erasl cannot use; the message names the file and the key."""


@dataclass
class Settings:
    """Everything a run can be told; the engine reads nothing else."""

    select: list[str] = field(default_factory=lambda: ["ALL"])
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    fail_on: Severity = Severity.WARNING
    target_specialty: str | None = None
    model: str | None = None
    limits: dict[str, int] = field(default_factory=dict)
    undersell: dict[str, int] = field(default_factory=dict)
    kind_globs: dict[str, str] = field(default_factory=dict)
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    passive_allow: list[str] = field(default_factory=list)
    extra_verbs: dict[str, list[str]] = field(default_factory=dict)
    extensions: list[str] = field(default_factory=lambda: [".md", ".txt", ".docx"])
    applications: list[str] = field(default_factory=list)  # globs (from `root`) of folders that are one application each
    exclude: list[str] = field(default_factory=list)
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    source: str = "<defaults>"
    root: Path | None = None

    def selects(self, code: str, path: str | None = None) -> bool:
        from erasl.registry import is_selected

        if not is_selected(code, self.select + self.extend_select, self.ignore):
            return False
        if path is not None:
            for pattern, codes in self.per_file_ignores.items():
                if self.path_matches(path, pattern) and any(
                    c.upper() == "ALL" or code.startswith(c.upper()) for c in codes
                ):
                    return False
        return True

    def path_matches(self, path: str, pattern: str) -> bool:
        """Glob match against the path relative to the config file's folder (or as given)."""
        candidates = {PurePosixPath(path).as_posix(), PurePosixPath(path).name}
        if self.root is not None:
            try:
                candidates.add(Path(path).resolve().relative_to(self.root.resolve()).as_posix())
            except ValueError:
                pass
        return any(fnmatch.fnmatch(candidate, pattern) for candidate in candidates)

    def limit_for(self, kind: str, ruleset) -> int | None:
        if kind in self.limits:
            return self.limits[kind] or None
        spec = ruleset.kinds.get(kind)
        return spec.limit if spec else None

    def undersell_for(self, kind: str, ruleset) -> int | None:
        if kind in self.undersell:
            return self.undersell[kind] or None
        spec = ruleset.kinds.get(kind)
        return spec.undersell_below if spec else None

    def kind_for_path(self, path: str, ruleset) -> str:
        """Config globs first, then the file-name patterns and words in rules/kinds.toml, else experience."""
        return self.named_kind_for_path(path, ruleset) or "experience"

    def named_kind_for_path(self, path: str, ruleset) -> str | None:
        """The kind the config or the file's name gives ("My Personal Statement.txt"), or None."""
        from erasl.file_kinds import file_kinds

        for pattern, kind in self.kind_globs.items():
            if self.path_matches(path, pattern):
                return kind
        name = PurePosixPath(path).name.lower()
        for pattern, kind in ruleset.filename_kinds.items():
            if fnmatch.fnmatch(name, pattern):
                return kind
        return file_kinds(ruleset).kind_from_name(path)

    def with_overrides(self, **changes: Any) -> "Settings":
        return replace(self, **{key: value for key, value in changes.items() if value is not None})


def find_config(start: Path) -> tuple[Path, dict] | None:
    """The nearest erasl.toml, .erasl.toml or pyproject.toml with [tool.erasl], walking up."""
    start = start.resolve()
    for folder in (start, *start.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            data = _read_toml(candidate)
            if name == "pyproject.toml":
                tool = data.get("tool", {}).get("erasl")
                if tool is None:
                    continue
                return candidate, tool
            return candidate, data
    return None


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot be read: {error.strerror or error}") from None


def _expect(source: str, key: str, value: Any, kind: type) -> Any:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ConfigError(f"{source}: key '{key}' must be a {kind.__name__}")
    if kind is list and not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{source}: key '{key}' must be a list of strings")
    return value


def settings_from_table(table: dict, source: str, root: Path | None = None, ruleset=None) -> Settings:
    """Validate a config table into Settings; every unknown key is an error."""
    settings = Settings(source=source, root=root)
    rule_options: dict[str, dict[str, Any]] = {}
    known_kinds = set(ruleset.kinds) if ruleset else None
    for key, value in table.items():
        if key in LIST_KEYS:
            _expect(source, key, value, list)
        if key == "select":
            settings.select = [v.upper() for v in value]
        elif key in ("ignore", "extend-ignore"):
            settings.ignore += [v.upper() for v in value]
        elif key == "extend-select":
            settings.extend_select = [v.upper() for v in value]
        elif key == "per-file-ignores":
            _expect(source, key, value, dict)
            settings.per_file_ignores = {p: _expect(source, f"{key}.{p}", c, list) for p, c in value.items()}
        elif key == "fail-on":
            try:
                settings.fail_on = Severity.parse(_expect(source, key, value, str))
            except ValueError as error:
                raise ConfigError(f"{source}: key 'fail-on': {error}") from None
        elif key == "target-specialty":
            settings.target_specialty = _expect(source, key, value, str)
        elif key == "model":
            settings.model = _expect(source, key, value, str)
        elif key in ("limits", "undersell-below"):
            (settings.limits if key == "limits" else settings.undersell).update(
                _characters_per_kind(source, key, value, known_kinds))
        elif key == "kinds":
            settings.kind_globs = _kind_globs(source, value, known_kinds)
        elif key == "passive-allow":
            settings.passive_allow = list(value)
        elif key == "extend-strong-verbs":
            settings.extra_verbs["V101"] = list(value)
        elif key in EXTEND_ALIASES:
            code, option = EXTEND_ALIASES[key]
            rule_options.setdefault(code, {}).setdefault(option, []).extend(value)
        elif key == "rules":
            for code, options in _rule_tables(source, value, ruleset).items():
                rule_options.setdefault(code, {}).update(options)
        elif key == "extensions":
            settings.extensions = [v if v.startswith(".") else "." + v for v in value]
        elif key == "exclude":
            settings.exclude = list(value)
        elif key == "applications":
            settings.applications = [pattern.strip("/") for pattern in value]
        elif key == "max-file-bytes":
            if _expect(source, key, value, int) <= 0:
                raise ConfigError(f"{source}: key '{key}' must be a positive number of bytes")
            settings.max_file_bytes = value
        else:
            raise ConfigError(f"{source}: unknown key '{key}'")
    settings.rule_options = rule_options
    return settings


def _characters_per_kind(source: str, key: str, value: Any, known_kinds: set[str] | None) -> dict[str, int]:
    """`limits` / `undersell-below`: a number of characters (0 = none) per known kind."""
    _expect(source, key, value, dict)
    for kind, limit in value.items():
        if known_kinds is not None and kind not in known_kinds:
            raise ConfigError(f"{source}: key '{key}.{kind}': unknown kind (known: {', '.join(sorted(known_kinds))})")
        if _expect(source, f"{key}.{kind}", limit, int) < 0:
            raise ConfigError(f"{source}: key '{key}.{kind}' must be 0 (none) or a number of characters")
    return dict(value)


def _kind_globs(source: str, value: Any, known_kinds: set[str] | None) -> dict[str, str]:
    """`[kinds]`: file-name patterns, each mapped to a known kind."""
    _expect(source, "kinds", value, dict)
    for pattern, kind in value.items():
        if known_kinds is not None and kind not in known_kinds:
            raise ConfigError(f"{source}: key 'kinds.{pattern}': unknown kind {kind!r}")
    return dict(value)


def _rule_tables(source: str, value: Any, ruleset) -> dict[str, dict]:
    """`[rules.CODE]`: option tables for rules that exist, keyed by upper-case code."""
    _expect(source, "rules", value, dict)
    tables: dict[str, dict] = {}
    for code, options in value.items():
        if ruleset is not None and code.upper() not in ruleset.rules:
            raise ConfigError(f"{source}: key 'rules.{code}': no such rule")
        tables.setdefault(code.upper(), {}).update(_expect(source, f"rules.{code}", options, dict))
    return tables


def load_settings(start: Path | None = None, config_path: Path | None = None, isolated: bool = False,
                  ruleset=None) -> Settings:
    """Settings for a run: an explicit file, else the nearest config, else the defaults."""
    if isolated:
        return Settings()
    if config_path is not None:
        if not config_path.is_file():
            raise ConfigError(f"{config_path}: no such config file")
        data = _read_toml(config_path)
        if config_path.name == "pyproject.toml":
            data = data.get("tool", {}).get("erasl", {})
        return settings_from_table(data, str(config_path), config_path.parent, ruleset)
    found = find_config(start or Path.cwd())
    if found is None:
        return Settings()
    path, table = found
    return settings_from_table(table, str(path), path.parent, ruleset)
