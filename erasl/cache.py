"""Results of unchanged drafts, kept so a second run neither parses them nor imports spaCy.

Stored in `.erasl_cache/<version>/` beside the config file (or the working
folder): one JSON file per draft, keyed on the draft's path and text, the rule
data, the settings and erasl's version. Safe to delete; a corrupt or
unwritable cache is ignored with a note, never a crash.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict, fields
from pathlib import Path

from erasl import __version__
from erasl.diagnostics import Diagnostic, Fix, Severity

CACHE_DIR_NAME = ".erasl_cache"
_DIAGNOSTIC_FIELDS = {f.name for f in fields(Diagnostic)}


def _fingerprint(settings, ruleset) -> str:
    """Everything besides the draft itself that can change a result.

    erasl's own source files are fingerprinted by size and modification time,
    so a changed checkout (same version number) never reuses old results.
    """
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent
    for source in sorted(package.rglob("*.py")):
        stat = source.stat()
        digest.update(f"{source.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    # Data in subfolders (rules/application/, rules/rewrite/) changes results too.
    for path in sorted(Path(ruleset.directory).rglob("*.toml")):
        digest.update(path.relative_to(ruleset.directory).as_posix().encode())
        digest.update(path.read_bytes())
    digest.update(json.dumps(asdict(settings), sort_keys=True, default=str).encode())
    return digest.hexdigest()


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

    def load(self, key: str) -> tuple[list[Diagnostic], list] | None:
        """(diagnostics, entry profiles as stored) of a draft, or None when not cached."""
        file = self._file(key)
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
            return [diagnostic_from_record(record) for record in data["diagnostics"]], data.get("profiles")
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as error:
            self.notes.append(f"ignored a damaged cache entry ({file}: {type(error).__name__}); "
                              f"delete {self.directory.parent} if this repeats")
            return None

    def store(self, key: str, diagnostics: list[Diagnostic], profiles: list | None = None) -> None:
        if not self._writable:
            return
        file = self._file(key)
        try:
            self._prepare()
            file.parent.mkdir(parents=True, exist_ok=True)
            payload = json.dumps({"diagnostics": [diagnostic_to_record(d) for d in diagnostics], "profiles": profiles})
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
