"""Bad input through the command line: a one-line message for a person, the right exit code, no traceback.

Exit codes: 0 nothing at or above --fail-on, 1 problems found, 2 erasl could not do its job.
Every run is `--isolated` so no config file outside the test leaks in.
"""

from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from erasl.cli import main

FILLER = "I gained valuable experience in the clinic.\n"


def run(*args: str, input: str | bytes | None = None):
    """`erasl check --isolated ...`, asserting the run ended cleanly (no Python error escaped)."""
    result = CliRunner().invoke(main, ["check", "--isolated", *args], input=input)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    for line in result.stderr.splitlines():
        assert line.startswith(("erasl: error: ", "erasl: note: ")), f"not an erasl message: {line!r}"
    return result


def run_json(*args: str, input: str | bytes | None = None):
    result = run("--format", "json", *args, input=input)
    return result, json.loads(result.stdout)


def codes_at(payload) -> list[tuple[str, str, int, int]]:
    return [(d["path"], d["code"], d["line"], d["column"]) for d in payload["diagnostics"]]


def write(path, data: str | bytes):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_bytes(data.encode("utf-8"))
    else:
        path.write_bytes(data)
    return path


# --- files that cannot be read -------------------------------------------------

def test_missing_path_is_an_error_but_other_files_are_still_linted(tmp_path):
    good = write(tmp_path / "good.md", FILLER)
    missing = tmp_path / "missing.md"
    result, payload = run_json("--select", "F101", str(missing), str(good))
    assert result.exit_code == 2
    assert result.stderr == f"erasl: error: {missing}: no such file or folder\n"
    assert codes_at(payload) == [(str(good), "F101", 1, 3)]
    assert payload["errors"] == [{"path": str(missing), "message": "no such file or folder"}]


def test_link_to_a_missing_file_says_so(tmp_path):
    link = tmp_path / "old.md"
    link.symlink_to(tmp_path / "moved-away.md")
    result = run(str(link))
    assert result.exit_code == 2
    assert result.stderr == f"erasl: error: {link}: is a link to a file that does not exist\n"


def test_folder_with_no_drafts_is_an_error(tmp_path):
    folder = tmp_path / "drafts"
    write(folder / "notes.pdf", b"%PDF-1.4")
    write(folder / ".hidden.md", FILLER)
    write(folder / "~$draft.docx", b"PK\x03\x04")  # Word's lock file beside an open draft
    result = run(str(folder))
    assert result.exit_code == 2
    assert result.stderr == f"erasl: error: {folder}: no drafts found (erasl reads .md, .txt and .docx files)\n"


def test_binary_file_named_txt_is_refused(tmp_path):
    png = write(tmp_path / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    result = run(str(png))
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(f"erasl: error: {png}: is a binary file")
    assert "skipped" in line


def test_file_too_large_is_skipped_with_its_size(tmp_path):
    big = write(tmp_path / "big.md", b"Followed patients. " * 263_158)  # just over 5 MB
    assert 5_000_000 < big.stat().st_size < 5_100_000
    result = run(str(big))
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(f"erasl: error: {big}: is 5.0 MB, too large to be a draft")
    assert "up to 1.0 MB" in line and line.endswith("skipped")


def test_size_message_stays_readable_for_a_small_configured_limit(tmp_path):
    draft = write(tmp_path / "draft.md", "Followed 4 patients daily. " * 200)
    (tmp_path / "erasl.toml").write_text("max-file-bytes = 2000\n")
    result = CliRunner().invoke(main, ["check", "--config", str(tmp_path / "erasl.toml"), str(draft)])
    assert result.exit_code == 2
    assert "is 5 KB, too large to be a draft (erasl reads files up to 2 KB;" in result.stderr


# --- encodings -----------------------------------------------------------------

def test_windows_1252_file_is_read_with_a_note(tmp_path):
    # Word on Windows: 0x93/0x94 are curly double quotes, 0xE9 is é.
    draft = write(tmp_path / "im.txt", b"Presented on \x93rounds\x94 at the caf\xe9 conference.\r\n")
    result, payload = run_json("--select", "L201", str(draft))
    assert result.exit_code == 1
    assert result.stderr == (f"erasl: note: {draft}: is not UTF-8; read it as Windows-1252. "
                             "Save it as UTF-8 so accents survive\n")
    quotes = [d for d in payload["diagnostics"] if d["code"] == "L201"]
    assert [(d["line"], d["column"]) for d in quotes] == [(1, 14), (1, 21)]
    assert "“" in quotes[0]["message"] and "”" in quotes[1]["message"]


def test_utf16_with_bom_is_read_with_a_note(tmp_path):
    draft = write(tmp_path / "u16.md", FILLER.encode("utf-16"))
    result, payload = run_json("--select", "F101", str(draft))
    assert result.exit_code == 1
    assert result.stderr == f"erasl: note: {draft}: read as UTF-16; save it as UTF-8\n"
    assert codes_at(payload) == [(str(draft), "F101", 1, 3)]


def test_utf8_bom_does_not_shift_columns(tmp_path):
    draft = write(tmp_path / "bom.md", b"\xef\xbb\xbf" + FILLER.encode())
    result, payload = run_json("--select", "F101,L203", str(draft))
    assert result.stderr == ""
    assert codes_at(payload) == [(str(draft), "F101", 1, 3)]


def test_crlf_file_positions(tmp_path):
    draft = write(tmp_path / "crlf.md", "## Entry\r\nFollowed 4 patients.\r\nThen I gained valuable experience.\r\n")
    result, payload = run_json("--select", "F101", str(draft))
    assert result.exit_code == 1
    [d] = payload["diagnostics"]
    assert (d["line"], d["column"], d["end_line"], d["end_column"]) == (3, 8, 3, 34)


# --- empty files -----------------------------------------------------------------

@pytest.mark.parametrize(("name", "data"), [("empty.md", b""), ("blank.md", b"  \n\n\t\r\n   ")])
def test_empty_or_whitespace_file_is_a_note_and_exit_0(tmp_path, name, data):
    draft = write(tmp_path / name, data)
    result = run(str(draft))
    assert result.exit_code == 0
    assert result.stderr == f"erasl: note: {draft}: empty: no text to check\n"
    assert "No problems found in 0 entries in 1 file." in result.stdout


# --- characters ERAS mangles -------------------------------------------------------

def test_invisible_and_direction_characters_are_l203(tmp_path):
    draft = write(tmp_path / "zw.md", "Followed\u200b 4 patients.\nWrote \u202enotes daily.\n")
    result, payload = run_json("--select", "L203", str(draft))
    assert result.exit_code == 1
    assert codes_at(payload) == [(str(draft), "L203", 1, 9), (str(draft), "L203", 2, 7)]
    assert "zero-width" in payload["diagnostics"][0]["message"]
    assert "text-direction" in payload["diagnostics"][1]["message"]


def test_emoji_is_l201(tmp_path):
    draft = write(tmp_path / "emoji.md", "Great 4-week rotation \U0001F60A\n")
    result, payload = run_json("--select", "L201", str(draft))
    assert result.exit_code == 1
    [d] = payload["diagnostics"]
    assert (d["code"], d["line"], d["column"]) == ("L201", 1, 23)
    assert "emoji" in d["message"]


# --- stdin -------------------------------------------------------------------------

def test_stdin_is_read_from_dash():
    result, payload = run_json("--select", "F101", "-", input=FILLER)
    assert result.exit_code == 1
    assert codes_at(payload) == [("<stdin>", "F101", 1, 3)]
    assert payload["diagnostics"][0]["kind"] == "experience"


def test_stdin_filename_sets_path_and_kind():
    result, payload = run_json("--select", "F101", "--stdin-filename", "drafts/ps.md", "-", input=FILLER)
    assert result.exit_code == 1
    [d] = payload["diagnostics"]
    assert (d["path"], d["kind"]) == ("drafts/ps.md", "personal-statement")


def test_stdin_bytes_are_decoded_like_a_file():
    result, payload = run_json("--select", "F101", "-", input=b"\xef\xbb\xbfI gained valuable experience.\r\n")
    assert codes_at(payload) == [("<stdin>", "F101", 1, 3)]
    assert result.stderr == ""


# --- walking folders ------------------------------------------------------------------

def test_walk_skips_hidden_folders_git_and_other_extensions(tmp_path):
    root = tmp_path / "drafts"
    for name in ("a.md", "sub/b.txt", ".git/COMMIT.md", ".obsidian/c.md", "node_modules/d.md",
                 ".e.md", "f.pdf", "g.rtf", "sub/h.MD"):
        write(root / name, FILLER)
    result, payload = run_json("--select", "F101", str(root))
    assert result.exit_code == 1
    assert sorted(d["path"] for d in payload["diagnostics"]) == sorted(
        str(root / name) for name in ("a.md", "sub/b.txt", "sub/h.MD"))
    assert payload["summary"]["files"] == 3


def test_a_file_named_explicitly_is_read_whatever_its_extension(tmp_path):
    draft = write(tmp_path / "draft.rtf", FILLER)
    result, payload = run_json("--select", "F101", str(draft))
    assert codes_at(payload) == [(str(draft), "F101", 1, 3)]


# --- erasl never writes -----------------------------------------------------------------

def test_inputs_are_never_modified(tmp_path):
    files = {
        "crlf.md": "I gained valuable experience.\r\nPatients were seen.\r\n".encode(),
        "bom.md": b"\xef\xbb\xbf" + FILLER.encode(),
        "cp1252.txt": b"He said \x93thanks\x94.\r\n",
        "utf16.md": FILLER.encode("utf-16"),
        "empty.md": b"",
        "bullets.md": "• Followed patients — daily 😊\n".encode(),
    }
    before = {}
    for name, data in files.items():
        path = write(tmp_path / name, data)
        os.utime(path, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
        before[name] = (path.read_bytes(), path.stat().st_mtime_ns)
    for output_format in ("full", "concise", "json"):
        result = run("--format", output_format, str(tmp_path))
        assert result.exit_code == 1
    after = {name: ((tmp_path / name).read_bytes(), (tmp_path / name).stat().st_mtime_ns) for name in files}
    assert after == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(files)
