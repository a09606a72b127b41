"""Hostile input: pathological shapes in time proportional to their length, endless and unreadable
inputs, text over spaCy's limit, odd encodings and file names. A message and an exit code, never a
traceback, a hang or a full memory.

Speed is asserted as a ratio against a plain draft of the same size, never as a wall-clock limit,
so a slow or busy machine does not fail these tests; a quadratic pattern fails them on any machine.
"""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import erasl
from erasl import document
from erasl.cli import main
from erasl.config import Settings
from erasl.document import SourceFile, decode_draft
from erasl.engine import Linter
from erasl.registry import load_rules

RULES = load_rules()
# Rules that need no spaCy parse: the splitter, every character pattern, lengths and metadata.
# They are what a pathological shape can make slow; the parse is linear and timed in bench/fuzz.py.
UNPARSED = sorted(code for code, rule in RULES.rules.items()
                  if rule.check in ("text-patterns", "length", "metadata"))
PLAIN = "I followed four patients daily on the wards and presented them on rounds. "

# The worst shapes found by fuzzing erasl 0.1, and their relatives: long words, bracket soup,
# unclosed markup, endless headings and comments, 100,000-character lines.
SHAPES = {
    "bracket soup": "[n ",
    "bracket soup, capital": "[A [n ",
    "long word": "a",
    "long accented word": "é",
    "mixed word": "aé",
    "dotted word": "a.",
    "address run": "a@",
    "link of dots": "http://...",
    "unclosed bold": "**x ",
    "unclosed underline bold": "__x ",
    "unclosed comments": "<!--",
    "heading hashes": "# ",
    "many headings": "## h\nx\n",
    "empty headings": "## Ré #\n",
    "many comments": "<!-- c -->\nx\n",
    "many directives": "<!-- erasl-disable-next-line L301 -->\nXX XX\n",
    "open directives": "<!-- erasl-disable F101 -->\nXX\n",
    "placeholders": "XX ",
    "angle placeholders": "<insert ",
    "spaces before a dash": "        x",
    "crlf lines": "a b XX\r\n",
    "fences": "```\n",
    "backticks": "`a",
    "thematic breaks": "- ",
    # Shapes that are not one unit repeated: built for the size asked.
    "a 100k run of spaces": lambda size: "x" + " " * (size - 2) + "x",
    "a heading of hashes": lambda size: "## " + "# " * (size // 2 - 2) + "x",
    "a 100k line of words": lambda size: ("word " * (size // 5))[:size - 1] + ".",
}


def _linter() -> Linter:
    return Linter(Settings(select=UNPARSED))


def _lint_seconds(linter: Linter, text: str, path: str = "draft.md", tries: int = 2) -> float:
    """Best of two (one when long): split the draft and run every unparsed rule (noise only ever adds time)."""
    best = float("inf")
    for _ in range(tries):
        start = time.perf_counter()
        linter.lint_documents([linter.parse(SourceFile(path, text))])
        best = min(best, time.perf_counter() - start)
        if best > 0.5 and tries <= 2:  # long enough that noise no longer decides (unless measuring again)
            break
    return best


def _repeat(unit, size: int) -> str:
    if callable(unit):
        return unit(size)
    return (unit * (size // len(unit) + 1))[:size]


# A plain draft of the same size gives the time scale; pathological shapes may make more
# findings than prose (100k characters of "XX " are 33,000 placeholders, about 20 times a plain
# draft's time), so they get this many times its time, but never a power of the size: erasl 0.1's
# bracket soup took 14 s at 4,000 characters, hundreds of times a plain draft.
RATIO = 40
FLOOR = 0.02  # seconds: below this, timer noise decides, not the pattern


def _plain_draft(size: int, entries: int) -> str:
    """Prose of `size` characters in `entries` entries: each entry costs its own checks, so a
    shape cut into 7,000 entries is compared with a plain draft cut the same way."""
    if entries <= 1:
        return _repeat(PLAIN, size)
    each = max(size // entries - len("## e\n\n"), 1)
    return "".join("## e\n" + _repeat(PLAIN, each) + "\n" for _ in range(entries))[:size]


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_pathological_shapes_take_time_proportional_to_their_length(shape):
    linter = _linter()
    for size in (3_000, 12_000, 50_000, 100_000):  # a super-linear shape fails early, at small cost
        text = _repeat(SHAPES[shape], size)
        entries = len(linter.parse(SourceFile("draft.md", text)).entries)
        plain = _plain_draft(size, entries)
        shape_time = _lint_seconds(linter, text)
        plain_time = _lint_seconds(linter, plain)
        if shape_time > RATIO * max(plain_time, FLOOR):  # a busy machine only ever adds time: measure again
            shape_time = min(shape_time, _lint_seconds(linter, text, tries=4))
        assert shape_time <= RATIO * max(plain_time, FLOOR), (
            f"{shape!r} at {size} characters took {shape_time:.3f}s, a plain draft {plain_time:.3f}s")
        if plain_time > 1.0:  # thousands of entries: linear at this size already says enough
            break


def test_a_front_matter_line_of_100k_characters_is_read_in_linear_time():
    linter = _linter()
    size = 100_000
    text = "---\nkind: experience" + " " * size + "x\n---\nFollowed 4 patients daily.\n"
    plain = "---\nkind: experience\n---\n" + _repeat(PLAIN, size)
    assert _lint_seconds(linter, text) <= RATIO * max(_lint_seconds(linter, plain), FLOOR)


def _all_patterns():
    """Every regex the character rules and the splitter run over a draft's text."""
    for code, rule in sorted(RULES.rules.items()):
        if rule.check == "text-patterns":
            for spec in rule.options["patterns"]:
                flags = re.MULTILINE | (re.IGNORECASE if spec.get("ignore-case") else 0)
                yield f"{code} {spec['name']}", re.compile(spec["regex"], flags), "finditer"
    for name in ("_URL", "_CODE_FENCED", "_CODE_INLINE", "_SOFT_WRAP"):
        yield name, getattr(document, name), "finditer"
    for name in ("_HEADING", "_THEMATIC_BREAK", "_METADATA_LINE", "_DIRECTIVE", "_FENCE"):
        yield name, getattr(document, name), "match"


UNITS = ["a", "é", " ", "\t", "[n ", "[A", "[", "]", "**x ", "__x ", "*a ", "_a ", "<!--", "-->", "# ", "a.",
         ".", "a@", "http://", "www.", "`a", "<A", "<insert ", "[insert ", "- ", "—", "XX ", "##", "???",
         "lorem ", "\n\n", "a\n ", "1.", "(", "9", "key: a ", "erasl-disable "]


def test_every_rule_pattern_runs_in_linear_time():
    """Each regex of every rule file, and the splitter's, on each shape at n and 4n characters.

    A regex added to a rule file later is checked here too: a quadratic one takes about 16 times
    as long at 4n, a linear one about 4 times.
    """
    slow = []
    for name, pattern, how in _all_patterns():
        for unit in UNITS:
            timings = []
            for size in (3_000, 12_000):
                text = _repeat(unit, size)
                best = float("inf")
                for _ in range(2):
                    start = time.perf_counter()
                    if how == "match":
                        pattern.match(text)
                    else:
                        for _ in pattern.finditer(text):
                            pass
                    best = min(best, time.perf_counter() - start)
                timings.append(best)
            small, large = timings
            if large > 0.005 and large > 9 * max(small, 0.0002):
                slow.append(f"{name} on {unit!r}: {small * 1000:.1f} ms at 3k, {large * 1000:.1f} ms at 12k")
    assert not slow, "super-linear patterns:\n" + "\n".join(slow)


def test_comments_are_found_in_one_pass():
    text = "<!--" * 25_000 + "<!-- erasl-disable -->x<!-- y -->"
    found = list(document._comments(text))
    assert [body for _, _, body in found] == ["<!--" * 24_999 + "<!-- erasl-disable ", " y "]


# --- over spaCy's length limit ---------------------------------------------------------------

def test_parser_pieces_join_back_exactly_and_cut_at_paragraphs():
    from erasl.engine import parser_pieces

    text = ("A sentence about patients.\n" * 40 + "\n") * 30
    pieces = parser_pieces(text, 2_000)
    assert "".join(pieces) == text
    assert all(len(piece) <= 2_000 for piece in pieces) and len(pieces) > 1
    assert all(piece.endswith("\n\n") for piece in pieces[:-1])
    hard = parser_pieces("x" * 5_000, 2_000)
    assert "".join(hard) == "x" * 5_000 and [len(p) for p in hard] == [2_000, 2_000, 1_000]


@pytest.fixture
def small_parser_limit(monkeypatch):
    """spaCy's 1,000,000-character limit, scaled down so the test parses a few thousand characters."""
    from erasl.nlp import load_model

    nlp = load_model(None)  # as the engine calls it (lru_cache keys load_model() apart)
    monkeypatch.setattr(nlp, "max_length", 3_000)
    return nlp


def test_text_over_the_parser_limit_is_linted_in_pieces(monkeypatch):
    from erasl.nlp import load_model

    paragraph = "I gained valuable experience in the clinic and saw many patients daily.\n\n"
    text = paragraph * 100  # 7,400 characters: over the scaled-down limit below
    whole = erasl.lint_text(text, kind="personal-statement")
    monkeypatch.setattr(load_model(None), "max_length", 3_000)
    pieces = erasl.lint_text(text, kind="personal-statement")
    assert len([d for d in pieces if d.code == "F101"]) == 100, "each paragraph's filler found once"
    assert all(0 <= d.source_start <= d.source_end <= len(text) for d in pieces)
    # Cut at paragraph breaks, the pieces read exactly as the whole does.
    assert [(d.code, d.source_start, d.source_end) for d in pieces] == \
        [(d.code, d.source_start, d.source_end) for d in whole]


def test_stdin_over_the_parser_limit_gives_results_not_a_traceback(small_parser_limit, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "erasl.toml").write_text("max-file-bytes = 2000000\n")
    text = "I gained valuable experience in the clinic.\n\n" * 200
    result = CliRunner().invoke(main, ["check", "--format", "json", "--no-cache", "-"], input=text)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    payload = json.loads(result.stdout)
    assert result.exit_code == 1 and len([d for d in payload["diagnostics"] if d["code"] == "F101"]) == 200


# --- endless and blocking inputs -------------------------------------------------------------

def _erasl(*args: str, stdin=subprocess.DEVNULL, cwd=None, timeout: float = 60):
    """The installed command as a user runs it, with 2 GB of memory: an endless read fails fast."""
    def limit_memory():  # pragma: no cover - runs in the child
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    return subprocess.run(
        [sys.executable, "-m", "erasl", "check", "--isolated", "--no-cache", *args],
        stdin=stdin, cwd=cwd, capture_output=True, text=True, timeout=timeout,
        preexec_fn=limit_memory if sys.platform.startswith("linux") else None,
    )


needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")


@needs_fifo
def test_a_named_pipe_is_refused_not_waited_on(tmp_path):
    pipe = tmp_path / "draft.md"
    os.mkfifo(pipe)
    result = _erasl(str(pipe))
    assert result.returncode == 2
    assert f"erasl: error: {pipe}: is not a regular file" in result.stderr
    assert "Traceback" not in result.stderr


@needs_fifo
def test_a_named_pipe_found_in_a_folder_is_refused_and_the_rest_is_linted(tmp_path):
    (tmp_path / "drafts").mkdir()
    os.mkfifo(tmp_path / "drafts" / "pipe.md")
    (tmp_path / "drafts" / "a.md").write_text("I gained valuable experience.\n")
    result = _erasl("--format", "concise", "drafts", cwd=tmp_path)
    assert result.returncode == 2
    assert "drafts/pipe.md: is not a regular file" in result.stderr
    assert "drafts/a.md:1:" in result.stdout


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero on this platform")
def test_dev_zero_is_refused():
    result = _erasl("/dev/zero")
    assert result.returncode == 2
    assert "erasl: error: /dev/zero: is not a regular file" in result.stderr


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero on this platform")
def test_an_endless_stdin_is_cut_at_the_size_limit():
    with open("/dev/zero", "rb") as zeros:
        result = _erasl("-", stdin=zeros)
    assert result.returncode == 2
    assert result.stderr.strip() == ("erasl: error: <stdin>: is more than 1.0 MB, too large to be a draft "
                                     "(erasl reads files up to 1.0 MB; a whole personal statement is under 30 KB); skipped")


def test_a_file_growing_past_its_stat_size_is_read_only_up_to_the_limit(tmp_path, monkeypatch):
    draft = tmp_path / "a.md"
    draft.write_bytes(b"x" * 5_000)
    real_fstat = os.fstat

    def lying_fstat(descriptor):  # a /proc-style file: claims to be empty
        info = real_fstat(descriptor)
        return os.stat_result((info.st_mode, info.st_ino, info.st_dev, info.st_nlink, info.st_uid,
                               info.st_gid, 0, info.st_atime, info.st_mtime, info.st_ctime))

    monkeypatch.setattr(document.os, "fstat", lying_fstat)
    with pytest.raises(document.InputError, match="more than 1 KB"):
        document.read_draft(draft, max_bytes=1_000)


# --- unreadable folders ------------------------------------------------------------------------

def _deny(monkeypatch, denied: Path):
    """Make listing `denied` fail as it does for a user without read permission (root reads all)."""
    real_scandir = os.scandir

    def scandir(path="."):
        if os.path.abspath(path) == os.path.abspath(denied):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)


def _check(*args):
    return CliRunner().invoke(main, ["check", "--isolated", "--no-cache", "--format", "concise", *args])


def test_an_unreadable_subfolder_is_an_error_not_silently_skipped(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts" / "locked").mkdir(parents=True)
    (tmp_path / "drafts" / "a.md").write_text("I gained valuable experience.\n")
    (tmp_path / "drafts" / "locked" / "b.md").write_text("I gained valuable experience.\n")
    _deny(monkeypatch, tmp_path / "drafts" / "locked")
    result = _check("drafts")
    assert result.exit_code == 2
    assert ("erasl: error: drafts/locked: folder cannot be read (Permission denied); its drafts were not checked"
            in result.stderr)
    assert "drafts/a.md:1:" in result.stdout and "locked/b.md" not in result.stdout


def test_an_unreadable_top_folder_is_named_as_unreadable_not_empty(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.md").write_text("I gained valuable experience.\n")
    _deny(monkeypatch, tmp_path / "drafts")
    result = _check("drafts")
    assert result.exit_code == 2
    assert "erasl: error: drafts: folder cannot be read (Permission denied)" in result.stderr
    assert "no drafts found" not in result.stderr


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root reads every folder whatever its permissions; simulated in the tests above")
def test_an_unreadable_folder_for_real(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    locked = tmp_path / "drafts" / "locked"
    locked.mkdir(parents=True)
    (locked / "b.md").write_text("I gained valuable experience.\n")
    locked.chmod(0)
    try:
        result = _check("drafts")
    finally:
        locked.chmod(stat.S_IRWXU)
    assert result.exit_code == 2 and "drafts/locked: folder cannot be read" in result.stderr


# --- names, encodings, the API -----------------------------------------------------------------

@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="file names must be valid Unicode here")
def test_sarif_names_a_file_whose_name_is_not_utf8(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with open(os.path.join(os.fsencode(tmp_path), b"caf\xe9.md"), "wb") as out:
        out.write(b"I gained valuable experience.\n")
    result = _erasl("--format", "sarif", ".", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    sarif = json.loads(result.stdout)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]}
    assert uris == {"caf%E9.md"}, "the name's own bytes, percent-encoded"


def test_utf32_with_a_bom_is_read_as_utf32():
    text = "Followed 4 patients daily; São Paulo.\n"
    for encoding in ("utf-32-le", "utf-32-be"):
        bom = "\ufeff".encode(encoding)
        source = decode_draft(bom + text.encode(encoding), "a.md")
        assert source.text.lstrip("\ufeff") == text and "UTF-32" in source.note


def test_the_api_rejects_an_unknown_kind():
    with pytest.raises(ValueError, match=r"unknown kind 'experiance' \(known: .*experience"):
        erasl.lint_text("Followed 4 patients.", kind="experiance")
    for function in (erasl.lint_texts, erasl.suggest_text, erasl.read_text, erasl.export_text):
        with pytest.raises(ValueError, match="unknown kind 'statement'"):
            function(["Followed 4 patients."] if function is erasl.lint_texts else "Followed 4 patients.",
                     kind="statement")


def test_the_api_rejects_the_same_path_twice():
    with pytest.raises(ValueError, match="distinct"):
        erasl.lint_texts(["a", "b"], paths=["x.md", "x.md"])


def test_lone_surrogates_from_the_api_are_linted_not_a_crash():
    """JSON (an editor, a batch script) can carry "\\ud800"; spaCy cannot encode it."""
    text = "## Rotation at \udc80 Mercy\n\nI gained valuable experience \ud800 in the clinic.\udfff"
    found = erasl.lint_text(text)
    assert "F101" in {d.code for d in found}
    assert all(0 <= d.source_start <= d.source_end <= len(text) for d in found)


def test_a_file_that_cannot_be_looked_at_is_an_error_not_a_traceback(tmp_path, monkeypatch):
    """A path inside a folder the user may not enter: stat() itself is refused."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text("I gained valuable experience.\n")
    real_stat = Path.stat

    def refused(self, *args, **kwargs):
        if self.name == "a.md":
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, *args, **kwargs)

    monkeypatch.setattr(Path, "stat", refused)
    result = _check("a.md")
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "erasl: error: a.md: cannot be read (Permission denied)" in result.stderr
