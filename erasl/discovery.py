"""Finding the drafts to read, and the application each belongs to.

`collect` walks folders for draft extensions and names, for each file, its
`ApplicationRoot`: the folder that is one application and the settings that
apply to it. As ruff finds its config per file, the config is looked for from
each file's folder upwards (`Roots`), so an advisor's folder of applicants,
each with its own `erasl.toml`, is read as that many applications.

An application is the deepest of:
- the folder of the nearest config (`erasl.toml`, `.erasl.toml`, `pyproject.toml` with `[tool.erasl]`);
- a folder that config names in `applications = ["applicants/*"]` (globs from the config's folder);
- the folder given on the command line that the file was found in.
Files named one by one outside any of these (and stdin) are read together as one.
Nothing is ever added up across two applications.
"""

from __future__ import annotations

import fnmatch
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from erasl.document import InputError


@dataclass
class ApplicationRoot:
    """One application: the folder it is (`key`, "" for loose files), how to show it, its settings."""

    key: str
    label: str
    settings: object  # Settings

    @property
    def name(self) -> str:
        """The applicant's folder name ('ana'), for cohort tables and file names."""
        return Path(self.label).name if self.label not in ("", ".") else (Path.cwd().name if self.label else "drafts")


class Roots:
    """Per file: the settings that apply (nearest config, as ruff finds it) and the application root.

    `base` are the run's settings (from `--config`, or the config found from the working
    folder, with the command line applied); `customize` applies the command line to the
    settings of a config found below. With `discover=False` (`--config`, `--isolated`, the
    API) every file uses `base`, and only its `applications` globs and the folders given
    on the command line decide the applications.
    """

    def __init__(self, base, ruleset=None, discover: bool = False,
                 customize: Callable[[object], object] | None = None):
        self.base = base
        self.ruleset = ruleset
        self.discover = discover
        self.customize = customize or (lambda settings: settings)
        self._configs: dict[Path, object] = {}  # config file -> Settings (customized)
        self._folders: dict[Path, object | None] = {}  # folder -> Settings of its nearest config, or None

    def settings_for(self, folder: Path):
        """The settings of the nearest config above `folder` (the base settings when none or not discovering)."""
        if not self.discover:
            return self.base
        folder = folder.resolve()
        if folder not in self._folders:
            from erasl.config import find_config, settings_from_table

            found = find_config(folder)
            if found is None:
                self._folders[folder] = None
            else:
                path, table = found
                if self.base.source == str(path):
                    self._configs.setdefault(path, self.base)
                elif path not in self._configs:
                    self._configs[path] = self.customize(settings_from_table(table, str(path), path.parent, self.ruleset))
                self._folders[folder] = self._configs[path]
        return self._folders[folder] or self.base

    def root_for(self, path: Path, given: str) -> ApplicationRoot:
        """The application of a file found under `given` (a folder named on the command line, or "")."""
        settings = self.settings_for(path.parent)
        candidates: list[tuple[Path, str]] = []  # (resolved folder, label)
        if given:
            candidates.append((Path(given).resolve(), given))
        config_root = getattr(settings, "root", None)
        if config_root is not None and settings.source != "<defaults>":
            config_root = Path(config_root).resolve()
            if _inside(path, config_root):
                candidates.append((config_root, _label(config_root)))
                named = _named_application(path, config_root, settings.applications)
                if named is not None:
                    candidates.append((named, _label(named)))
        if not candidates:
            return ApplicationRoot("", "", settings)
        folder, label = max(candidates, key=lambda candidate: len(candidate[0].parts))
        return ApplicationRoot(str(folder), label, settings)


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder)
        return True
    except ValueError:
        return False


def _named_application(path: Path, config_root: Path, patterns: list[str]) -> Path | None:
    """The folder above `path` that one of the config's `applications` globs names, if any."""
    if not patterns:
        return None
    relative = path.resolve().relative_to(config_root)
    for depth in range(1, len(relative.parts)):  # folders only, not the file itself
        folder = "/".join(relative.parts[:depth])
        if any(fnmatch.fnmatch(folder, pattern) for pattern in patterns):
            return config_root / folder
    return None


def _label(folder: Path) -> str:
    """A folder as the user would type it: relative to the working folder when below it."""
    try:
        relative = folder.relative_to(Path.cwd().resolve())
        return str(relative) if str(relative) != "." else "."
    except ValueError:
        return str(folder)


def collect(paths: list[str], report, settings, stdin_name: str = "<stdin>",
            roots: Roots | None = None) -> list[tuple[Path | None, str, ApplicationRoot]]:
    """Files to read, as (path, display name, application): named files as given, folders
    walked for draft extensions, `-` for stdin.

    A file reached twice (`check a.md a.md`, `check drafts drafts/a.md`) is read once, where
    it was first named: twice would double its diagnostics (and its cache entry). A folder
    that cannot be listed, at the top or below, and a path that cannot be looked at are errors
    in the report, never skipped silently and never a traceback.
    """
    roots = roots or Roots(settings)
    found: list[tuple[Path | None, str, ApplicationRoot]] = []
    seen: set = set()

    def add(path: Path | None, display: str, root: ApplicationRoot) -> None:
        identity = _identity(path) if path is not None else ("stdin",)
        if identity in seen:
            return
        seen.add(identity)
        found.append((path, display, root))

    for name in paths:
        if name == "-":
            stdin_path = Path(stdin_name) if stdin_name != "<stdin>" else Path.cwd() / stdin_name
            add(None, stdin_name, roots.root_for(stdin_path, ""))
            continue
        path = Path(name)
        try:
            info = path.stat()
        except FileNotFoundError:
            info = None
        except OSError as error:  # e.g. inside a folder that cannot be entered
            if not _is_link(path):  # a link to a missing file, or a loop: read_draft says which
                report.errors.append(InputError(name, f"cannot be read ({error.strerror or error})"))
                continue
            info = None
        if info is not None and stat.S_ISDIR(info.st_mode):
            unreadable: list[OSError] = []
            drafts = sorted(_walk(path, settings, unreadable.append))
            for error in unreadable:
                where = error.filename if isinstance(error.filename, str) else name
                report.errors.append(InputError(
                    where, f"folder cannot be read ({error.strerror or error}); its drafts were not checked"))
            if not drafts and not unreadable:
                report.errors.append(InputError(
                    name, f"no drafts found (erasl reads {_listed(settings.extensions)} files)"))
            for draft in drafts:
                root = roots.root_for(draft, name)
                if root.settings is not settings and _excluded(draft, root.settings):
                    continue
                add(draft, str(draft), root)
        elif info is not None or _is_link(path):
            add(path, name, roots.root_for(path, ""))
        else:
            report.errors.append(InputError(name, "no such file or folder"))
    return found


def _is_link(path: Path) -> bool:
    try:
        return path.is_symlink()
    except OSError:
        return False


def _identity(path: Path):
    """What makes two names the same file: device and inode, else the absolute path."""
    try:
        info = path.stat()
        return ("inode", info.st_dev, info.st_ino)
    except OSError:
        return ("path", os.path.abspath(path))


def _listed(words: list[str]) -> str:
    """['.md', '.txt', '.docx'] -> '.md, .txt and .docx'."""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _excluded(path: Path, settings) -> bool:
    return any(settings.path_matches(str(path), pattern) for pattern in settings.exclude)


def _walk(folder: Path, settings, onerror=None):
    for root, dirs, files in os.walk(folder, onerror=onerror):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in ("node_modules", "__pycache__"))
        for name in files:
            if name.startswith((".", "~$")):  # hidden files, and Word's lock files (~$draft.docx)
                continue
            path = Path(root) / name
            if path.suffix.lower() not in settings.extensions:
                continue
            if _excluded(path, settings):
                continue
            yield path
