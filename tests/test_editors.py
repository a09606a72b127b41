"""Editors read `--format concise` with the patterns they already have: VS Code's $gcc, Emacs' gnu, Vim's errorformat."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from erasl.cli import main

# VS Code's built-in `$gcc` problem matcher (vscode/src/vs/workbench/contrib/tasks/common/problemMatcher.ts).
VSCODE_GCC = re.compile(r"^(.*?):(\d+):(\d*):?\s+(?:fatal\s+)?(warning|error|note):\s+(.*)$")

# Emacs compile.el, `gnu` in compilation-error-regexp-alist-alist, translated from Emacs regexp
# syntax: FILE 1, LINE (2 . 4), COLUMN (3 . 5), TYPE (6 . 7) = (warning . info), else error.
EMACS_GNU = re.compile(
    r"^(?:[^\W\d_][-\w.]+: ?|[ \t]+(?:in |from ))?"
    r"(?P<file>[0-9]*[^0-9\n](?:[^\n :]| [^-/\n]|:[^ \n])*?): ?"
    r"(?P<line>[0-9]+)(?:[.:](?P<column>[0-9]+))?"
    r"(?:-(?P<end_line>[0-9]+)?(?:\.(?P<end_column>[0-9]+))?)?:"
    r"(?: *(?P<warning>(?:Future|Runtime)?[Ww]arning|W:)"
    r"| *(?P<info>[Ii]nfo(?:\b|rmationa?l?)|I:|instantiated from|[Nn]ote)"
    r"| *[Ee]rror|[0-9]?(?:[^0-9\n]|$)|[0-9][0-9][0-9])"
)

DRAFT = (
    "---\nkind: experience\n---\n"
    "\u201cRounds\u201d: I observed patient care and gained valuable experience.\n"
    "TODO: add the number of patients.\n"
)


@pytest.fixture
def draft(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "drafts"
    folder.mkdir()
    path = folder / "im observership.md"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def concise_and_json(*paths: str) -> tuple[list[str], list[dict]]:
    args = ["check", "--isolated", "--no-cache", *paths]
    concise = CliRunner().invoke(main, [*args, "--format", "concise"]).stdout.splitlines()
    records = json.loads(CliRunner().invoke(main, [*args, "--format", "json"]).stdout)["diagnostics"]
    assert concise and len(concise) == len(records)
    return concise, records


def test_vscode_gcc_problem_matcher_reads_every_line(draft):
    lines, records = concise_and_json("drafts")
    for line, record in zip(lines, records):
        match = VSCODE_GCC.match(line)
        assert match, line
        file, row, column, severity, message = match.groups()
        assert (file, int(row), int(column)) == (record["path"], record["line"], record["column"])
        assert severity == record["severity"]
        assert message == f"{record['message']} [{record['code']}]"
    assert {r["severity"] for r in records} >= {"error", "warning", "note"}


def test_emacs_gnu_regexp_reads_file_line_column_and_type(draft):
    lines, records = concise_and_json("drafts")
    for line, record in zip(lines, records):
        match = EMACS_GNU.match(line)
        assert match, line
        assert (match["file"], int(match["line"]), int(match["column"])) == (
            record["path"], record["line"], record["column"])
        emacs_type = "warning" if match["warning"] else "note" if match["info"] else "error"
        assert emacs_type == record["severity"]


@pytest.mark.skipif(shutil.which("vim") is None, reason="vim is not installed")
def test_vim_make_recipe_lands_on_the_flagged_words(draft):
    """The README's Vim recipe, run in a real Vim: `:make` fills the quickfix list, the cursor lands on the words."""
    erasl = Path(sys.executable).parent / "erasl"
    command = str(erasl).replace(" ", r"\ ") if erasl.exists() else f"{sys.executable}\\ -m\\ erasl"
    script = [
        rf"set makeprg={command}\ check\ --isolated\ --no-cache\ --format\ concise\ %:S",
        r"set errorformat=%f:%l:%v:\ %t%*[^:]:\ %m",
        "silent make",
        "call setqflist(filter(getqflist(), {_, e -> e.text =~# 'F101'}))",
        "cfirst",
        "call writefile([getline('.')[col('.') - 1:], getqflist()[0].type, bufname(getqflist()[0].bufnr)], 'out.txt')",
        "qall!",
    ]
    args = ["vim", "-N", "-u", "NONE", "-i", "NONE", "-n", "-es"]
    for command_line in script:
        args += ["-c", command_line]
    env = {**os.environ, "NO_COLOR": "1", "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    subprocess.run([*args, "drafts/im observership.md"], cwd=draft.parent.parent, env=env, timeout=120,
                   capture_output=True)
    landed, kind, name = (draft.parent.parent / "out.txt").read_text(encoding="utf-8").splitlines()
    assert landed.startswith("gained valuable experience")  # %v: character columns, curly quotes before it
    assert kind == "w"
    assert name == "drafts/im observership.md"


def test_stdin_filename_resolves_kind_and_config_from_the_path(tmp_path, monkeypatch):
    """An editor pipes an unsaved buffer; config globs, per-file-ignores and the file-name kind still apply."""
    (tmp_path / "erasl.toml").write_text(
        'kinds = { "statements/*.md" = "personal-statement" }\n'
        'per-file-ignores = { "statements/*.md" = ["F201"] }\n'
    )
    (tmp_path / "statements").mkdir()
    (tmp_path / "notes").mkdir()
    text = "I am a hard-working team player. Ever since I was a child I wanted to help people.\n"

    def lint(cwd: Path, stdin_filename: str) -> list[dict]:
        monkeypatch.chdir(cwd)
        result = CliRunner().invoke(main, ["check", "--no-cache", "--format", "json",
                                           "--stdin-filename", stdin_filename, "-"], input=text)
        assert result.exit_code in (0, 1), result.output
        return json.loads(result.stdout)["diagnostics"]

    found = lint(tmp_path, "statements/why-im.md")
    assert {d["path"] for d in found} == {"statements/why-im.md"}
    assert {d["kind"] for d in found} == {"personal-statement"}  # from the config's `kinds` glob
    codes = {d["code"] for d in found}
    assert "F301" in codes  # clichés fire on statements only
    assert "F201" not in codes  # per-file-ignores matched the stdin path
    assert not codes & {"N101", "D101", "V101"}  # experience checks do not

    from_subfolder = lint(tmp_path / "notes", "../statements/why-im.md")  # config found walking up
    assert {d["kind"] for d in from_subfolder} == {"personal-statement"}
    assert "F201" not in {d["code"] for d in from_subfolder}

    by_name = lint(tmp_path, "notes/personal_statement.md")  # the file-name pattern in rules/kinds.toml
    assert {d["kind"] for d in by_name} == {"personal-statement"} and "F201" in {d["code"] for d in by_name}
    as_experience = lint(tmp_path, "notes/observership.md")
    assert {d["kind"] for d in as_experience} == {"experience"}


def test_stdin_filename_finds_config_from_that_files_folder(tmp_path, monkeypatch):
    """An editor runs erasl from anywhere; the buffer's own project config must apply."""
    from click.testing import CliRunner

    from erasl.cli import main

    project = tmp_path / "drafts-repo"
    (project / "drafts").mkdir(parents=True)
    (project / "erasl.toml").write_text('select = ["F101"]\n')
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    text = "I gained valuable experience. Patients were seen daily.\n"
    result = CliRunner().invoke(main, ["check", "--format", "concise", "--stdin-filename",
                                       str(project / "drafts" / "x.md"), "-"], input=text)
    codes = {line.rsplit("[", 1)[1].rstrip("]") for line in result.stdout.splitlines()}
    assert codes == {"F101"}, result.stdout
