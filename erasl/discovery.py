"""Finding the drafts to read: named files, folders walked for draft extensions, `-` for stdin.

Moved out of `Linter` unchanged; `Linter.lint_paths` reads what `collect` returns.
"""

from __future__ import annotations

import os
from pathlib import Path

from erasl.document import InputError


def collect(paths: list[str], report, settings,
            stdin_name: str = "<stdin>") -> list[tuple[Path | None, str, str]]:
    """Files to read, as (path, display name, application): named files as given, folders
    walked for draft extensions (each folder one application), `-` for stdin."""
    found: list[tuple[Path | None, str, str]] = []
    for name in paths:
        if name == "-":
            found.append((None, stdin_name, ""))
            continue
        path = Path(name)
        if path.is_dir():
            drafts = sorted(_walk(path, settings))
            if not drafts:
                report.errors.append(InputError(
                    name, f"no drafts found (erasl reads {' and '.join(settings.extensions)} files)"))
            found.extend((draft, str(draft), name) for draft in drafts)
        elif path.exists() or path.is_symlink():
            found.append((path, name, ""))
        else:
            report.errors.append(InputError(name, "no such file or folder"))
    return found


def _walk(folder: Path, settings):
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in ("node_modules", "__pycache__"))
        for name in files:
            if name.startswith("."):
                continue
            path = Path(root) / name
            if path.suffix.lower() not in settings.extensions:
                continue
            if any(settings.path_matches(str(path), pattern) for pattern in settings.exclude):
                continue
            yield path
