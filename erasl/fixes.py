"""Applying safe fixes to draft files: `erasl check --fix` and `--diff`.

Rules attach a `Fix` (entry-text span + replacement) where a change keeps the
meaning; the engine maps each fix's span to the source file once
(`Diagnostic.fix_source_start/end`, None when the span is not one unbroken run
of the file). Here those source spans are applied, safe fixes only, never two
that overlap, and the file is written atomically: a temporary file in the same
folder, fsync, then os.replace, so a failure leaves the original byte for byte.
Only UTF-8 files are rewritten (a BOM and CRLF line endings are kept); a file
erasl had to read as Windows-1252 or UTF-16 is refused with a reason.
"""

from __future__ import annotations

import codecs
import difflib
import os
import stat
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from erasl.diagnostics import Diagnostic
from erasl.document import SourceFile


class FixError(Exception):
    """A file erasl will not rewrite; the message says why and what to do."""


@dataclass
class FileFix:
    """The safe fixes for one file and the text they produce."""

    source: SourceFile
    fixed: str
    applied: list[Diagnostic] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.fixed != self.source.text


def safe_edits(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Diagnostics whose fix is safe and placeable, without overlaps (earliest, then longest, wins)."""
    candidates = [
        d for d in diagnostics
        if d.fix is not None and d.fix.safe and d.fix_source_start is not None and d.fix_source_end is not None
    ]
    candidates.sort(key=lambda d: (d.fix_source_start, -(d.fix_source_end - d.fix_source_start)))
    chosen: list[Diagnostic] = []
    last_end = -1
    for d in candidates:
        if d.fix_source_start < last_end or (d.fix_source_start == last_end and d.fix_source_start == d.fix_source_end):
            continue
        chosen.append(d)
        last_end = d.fix_source_end
    return chosen


def apply_fixes(source: SourceFile, diagnostics: list[Diagnostic]) -> FileFix:
    """The source text with every safe fix applied; CRLF files keep CRLF in replacements."""
    chosen = safe_edits([d for d in diagnostics if d.path == source.path])
    crlf = "\r\n" in source.text
    text = source.text
    for d in reversed(chosen):
        replacement = d.fix.replacement.replace("\n", "\r\n") if crlf else d.fix.replacement
        text = text[:d.fix_source_start] + replacement + text[d.fix_source_end:]
    return FileFix(source, text, chosen)


def unified_diff(fix: FileFix) -> str:
    """What --fix would change, as a unified diff (line endings shown as LF)."""
    old = fix.source.text.replace("\r\n", "\n").splitlines(keepends=True)
    new = fix.fixed.replace("\r\n", "\n").splitlines(keepends=True)
    lines = difflib.unified_diff(old, new, fromfile=f"a/{fix.source.path}", tofile=f"b/{fix.source.path}")
    out = []
    for line in lines:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


TEMPORARY_SUFFIX = ".erasl-tmp"
_LEGACY_TEMPORARY_AGE = 600  # seconds: a temporary without a process id is stale after this


class ChangedDuringFix(FixError):
    """The file was saved by someone else while erasl was writing the fixed copy."""


def _temporary_prefix(target: Path) -> str:
    return f".{target.name}."


def remove_stale_temporaries(path: Path) -> int:
    """Delete the temporary copies an interrupted `--fix` left beside `path`; how many.

    A temporary is named `.<file>.<process id>.<random>.erasl-tmp`; it is stale when that
    process is gone (one of a running erasl is left alone). Older names without a process
    id are stale after ten minutes.
    """
    target = Path(os.path.realpath(path))
    prefix = _temporary_prefix(target)
    removed = 0
    try:
        candidates = [entry for entry in os.scandir(target.parent)
                      if entry.name.startswith(prefix) and entry.name.endswith(TEMPORARY_SUFFIX)]
    except OSError:
        return 0
    for entry in candidates:
        middle = entry.name[len(prefix):-len(TEMPORARY_SUFFIX)]
        pid_text = middle.split(".", 1)[0]
        try:
            if pid_text.isdigit() and "." in middle:
                if _process_alive(int(pid_text)):
                    continue
            elif time.time() - entry.stat(follow_symlinks=False).st_mtime < _LEGACY_TEMPORARY_AGE:
                continue
            if not entry.is_file(follow_symlinks=False):
                continue
            os.unlink(entry.path)
            removed += 1
        except OSError:
            continue
    return removed


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # cannot tell without a process handle; leave it (it is a hidden file)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def _read_with_identity(target: Path) -> tuple[bytes, os.stat_result]:
    with open(target, "rb") as stream:
        return stream.read(), os.fstat(stream.fileno())


def _same_file(before: os.stat_result, now: os.stat_result) -> bool:
    return (before.st_dev, before.st_ino, before.st_size, before.st_mtime_ns) == (
        now.st_dev, now.st_ino, now.st_size, now.st_mtime_ns)


def write_fixed(path: Path, fix: FileFix) -> None:
    """Replace the file with the fixed text, atomically; the original stays intact if anything fails.

    Refuses files that are not UTF-8 or that changed since erasl read them. The last look is
    taken immediately before the rename (same inode, size, modification time and bytes as
    read), so a save that lands while the fixed copy is written is kept and the fix refused
    (`ChangedDuringFix`). Only the instant between that look and the rename remains, which no
    portable file system call closes.
    """
    target = Path(os.path.realpath(path))  # a symlink keeps pointing at the (rewritten) file
    data, identity = _read_with_identity(target)
    bom = data.startswith(codecs.BOM_UTF8)
    try:
        current = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FixError("not fixed: the file is not UTF-8 (erasl only rewrites UTF-8 files; save it as UTF-8 first)") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or fix.source.note:
        raise FixError("not fixed: the file is not UTF-8 (erasl only rewrites UTF-8 files; save it as UTF-8 first)")
    if current != fix.source.text:
        raise FixError("not fixed: the file changed while erasl was reading it; run erasl again")
    payload = (codecs.BOM_UTF8 if bom else b"") + fix.fixed.encode("utf-8")
    mode = stat.S_IMODE(identity.st_mode)
    remove_stale_temporaries(target)
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f"{_temporary_prefix(target)}{os.getpid()}.", suffix=TEMPORARY_SUFFIX)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        now_data, now_identity = _read_with_identity(target)
        if now_data != data or not _same_file(identity, now_identity):
            raise ChangedDuringFix(
                "not fixed: the file was saved by another program while erasl was fixing it; "
                "that save was kept. Run erasl again to fix the new text")
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    try:  # make the rename itself durable where the platform allows it
        folder = os.open(target.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(folder)
    except OSError:
        pass
    finally:
        os.close(folder)


@dataclass
class FixRun:
    """What `erasl check --fix` did to a report's files: what to print, what was written, what failed."""

    fixes: list[FileFix]
    stdin_text: str = ""  # the fixed stdin, printed instead of written
    written: list[str] = field(default_factory=list)
    applied: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (path, message)
    stale_removed: int = 0  # temporaries of an interrupted --fix, removed (`remove_stale_temporaries`)


def fix_report(report, stdin_paths: set[str], write: bool = True) -> FixRun:
    """Apply a report's safe fixes: files are written atomically (unless `write` is False), stdin never is."""
    fixes = [apply_fixes(document.source, report.diagnostics) for document in report.documents]
    run = FixRun(fixes, stdin_text="".join(f.fixed for f in fixes if f.source.path in stdin_paths))
    if not write:
        return run
    run.stale_removed = sum(remove_stale_temporaries(Path(fix.source.path))
                            for fix in fixes if fix.source.path not in stdin_paths)
    for fix in fixes:
        if not fix.changed or fix.source.path in stdin_paths:
            continue
        try:
            write_fixed(Path(fix.source.path), fix)
        except (FixError, OSError) as error:
            run.failures.append((fix.source.path, str(error)))
            continue
        run.written.append(fix.source.path)
        run.applied += len(fix.applied)
    return run
