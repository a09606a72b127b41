"""`erasl check --fix` and `--diff`: safe fixes only, atomic writes, the original kept when anything fails."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from click.testing import CliRunner

import erasl.fixes
from erasl.cli import main

DRAFT = "Utilized bedside ultrasound in order to guide 12 line placements \u201cprior to\u201d rounds.\n"
FIXED = 'Used bedside ultrasound to guide 12 line placements "before" rounds.\n'


def run(*args, input=None):
    return CliRunner().invoke(main, ["check", "--isolated", "--no-cache", *args], input=input)


def test_fix_applies_safe_fixes_and_reports_what_is_left(tmp_path):
    draft = tmp_path / "entry.md"
    draft.write_text(DRAFT, encoding="utf-8")
    result = run("--fix", str(draft))
    assert draft.read_text(encoding="utf-8") == FIXED
    assert "fixed 5 problems in 1 file" in result.stderr
    assert "F103" not in result.stdout and "L201" not in result.stdout  # re-linted after the write
    assert not [p for p in tmp_path.iterdir() if p.name != "entry.md"], "no temporary file left behind"


def test_fix_keeps_bom_crlf_and_file_mode(tmp_path):
    draft = tmp_path / "entry.md"
    draft.write_bytes(b"\xef\xbb\xbf## One\r\nUtilized ultrasound.\r\n\r\n\r\n\r\nWrote 4 notes.\r\n")
    os.chmod(draft, 0o640)
    run("--fix", str(draft))
    assert draft.read_bytes() == b"\xef\xbb\xbf## One\r\nUsed ultrasound.\r\n\r\nWrote 4 notes.\r\n"
    assert oct(draft.stat().st_mode & 0o777) == oct(0o640)


def test_unsafe_fixes_are_not_applied(tmp_path):
    draft = tmp_path / "entry.md"
    draft.write_text("Followed 4 patients daily \U0001F60A\n", encoding="utf-8")
    run("--fix", str(draft))
    assert "\U0001F60A" in draft.read_text(encoding="utf-8")  # removing an emoji is marked unsafe in the rule


def test_diff_shows_the_change_and_writes_nothing(tmp_path):
    draft = tmp_path / "entry.md"
    draft.write_text(DRAFT, encoding="utf-8")
    before = draft.read_bytes()
    result = run("--diff", str(draft))
    assert result.exit_code == 1
    assert f"--- a/{draft}" in result.stdout and f"+++ b/{draft}" in result.stdout
    assert "-" + DRAFT in result.stdout and "+" + FIXED in result.stdout
    assert draft.read_bytes() == before


def test_diff_exits_0_when_nothing_would_change(tmp_path):
    draft = tmp_path / "entry.md"
    draft.write_text("Followed 4 patients daily.\n", encoding="utf-8")
    result = run("--diff", str(draft))
    assert result.exit_code == 0 and result.stdout == ""


def test_failed_write_leaves_the_original_byte_identical(tmp_path, monkeypatch):
    draft = tmp_path / "entry.md"
    draft.write_text(DRAFT, encoding="utf-8")
    before = draft.read_bytes()

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(erasl.fixes.os, "replace", broken_replace)
    result = run("--fix", str(draft))
    assert result.exit_code == 2
    assert "No space left on device" in result.stderr
    assert draft.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["entry.md"], "the temporary file is removed"


def test_stdin_is_never_fixed_in_place(tmp_path):
    draft = tmp_path / "entry.md"
    draft.write_text(DRAFT, encoding="utf-8")
    before = draft.read_bytes()
    result = run("--fix", "--stdin-filename", str(draft), "-", input=DRAFT)
    assert result.stdout == FIXED  # the fixed text goes to stdout, like ruff
    assert draft.read_bytes() == before


def test_non_utf8_files_are_refused_with_a_reason(tmp_path):
    draft = tmp_path / "entry.md"
    draft.write_bytes("Utilized the caf\u00e9 \u201cnetwork\u201d.\n".encode("cp1252"))
    before = draft.read_bytes()
    result = run("--fix", str(draft))
    assert result.exit_code == 2
    assert "not UTF-8" in result.stderr
    assert draft.read_bytes() == before


def test_fixes_inside_one_entry_never_touch_headings_or_metadata(tmp_path):
    draft = tmp_path / "entry.md"
    text = "## Utilized title\n---\ntype: research\n---\nI utilize R.\n"
    draft.write_text(text, encoding="utf-8")
    run("--fix", str(draft))
    assert draft.read_text(encoding="utf-8") == text.replace("I utilize", "I use")


def test_overlapping_fixes_apply_once():
    from erasl.diagnostics import Diagnostic, Fix, Severity
    from erasl.document import SourceFile

    source = SourceFile("x.md", "abcdef")

    def diagnostic(start, end, replacement):
        d = Diagnostic("L201", "eras-characters", Severity.WARNING, "", start, end,
                       fix=Fix(start, end, replacement), path="x.md")
        d.fix_source_start, d.fix_source_end = start, end
        return d

    fixed = erasl.fixes.apply_fixes(source, [diagnostic(1, 4, "X"), diagnostic(2, 3, "Y"), diagnostic(4, 5, "Z")])
    assert fixed.fixed == "aXZf"


# --- a save made while --fix writes ------------------------------------------------------------

SAVED = "Followed 6 patients daily on a 4-week inpatient rotation.\n"


def _save_while_writing(monkeypatch, draft, moment):
    """Another program saves `draft` at `moment` of the write (after erasl's first look)."""
    real = getattr(erasl.fixes.os, moment)

    def saving(*args, **kwargs):
        result = real(*args, **kwargs)
        if not getattr(saving, "done", False):
            saving.done = True
            draft.write_text(SAVED, encoding="utf-8")
        return result

    monkeypatch.setattr(erasl.fixes.os, moment, saving)


def test_a_save_during_the_write_is_kept_and_the_fix_refused(tmp_path, monkeypatch):
    draft = tmp_path / "entry.md"
    draft.write_text(DRAFT, encoding="utf-8")
    _save_while_writing(monkeypatch, draft, "chmod")  # just before the rename
    result = run("--fix", str(draft))
    assert draft.read_text(encoding="utf-8") == SAVED, "the other program's save survives"
    assert result.exit_code == 2
    assert "was saved by another program while erasl was fixing it; that save was kept" in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["entry.md"], "no temporary file left behind"


def test_a_same_size_save_within_the_same_clock_tick_is_still_seen(tmp_path, monkeypatch):
    draft = tmp_path / "entry.md"
    draft.write_text(DRAFT, encoding="utf-8")
    before = os.stat(draft)
    real = erasl.fixes.os.chmod

    def same_size_save(*args, **kwargs):
        real(*args, **kwargs)
        draft.write_bytes(DRAFT.encode().replace(b"12", b"13"))
        os.utime(draft, ns=(before.st_atime_ns, before.st_mtime_ns))  # a coarse clock: same mtime

    monkeypatch.setattr(erasl.fixes.os, "chmod", same_size_save)
    result = run("--fix", str(draft))
    assert "13 line placements" in draft.read_text(encoding="utf-8")
    assert result.exit_code == 2 and "saved by another program" in result.stderr


def test_stale_temporaries_of_a_killed_run_are_removed_on_the_next(tmp_path):
    draft = tmp_path / "entry.md"
    draft.write_text(FIXED, encoding="utf-8")
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    stale = tmp_path / f".entry.md.{dead}.k1x2.erasl-tmp"
    stale.write_text("half a draft")
    old_style = tmp_path / ".entry.md.abc123.erasl-tmp"  # erasl 0.1's names carry no process id
    old_style.write_text("half a draft")
    os.utime(old_style, (time.time() - 3600, time.time() - 3600))
    running = tmp_path / f".entry.md.{os.getppid()}.zz9.erasl-tmp"  # a live process's: left alone
    running.write_text("being written")
    other = tmp_path / ".notes.md.1.a.erasl-tmp"  # another file's
    other.write_text("x")
    result = run("--fix", str(draft))
    assert not stale.exists() and not old_style.exists()
    assert running.exists() and other.exists()
    assert "removed 2 temporary files left by an interrupted --fix" in result.stderr
