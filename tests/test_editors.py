"""Editors read `--format concise` with the patterns they already have: VS Code's $gcc, Emacs' gnu, Vim's errorformat."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from erasl.cli import main
from tests.debian_tools import ensure_debian_program

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


VIM = ensure_debian_program("vim", "vim")
EMACS = ensure_debian_program("emacs", "emacs-nox")

# A tab, a CJK word and an emoji before the flagged words: 1 + 2 + 1 characters, 8 + 4 + 2 screen columns.
WIDE_DRAFT = (
    "---\nkind: experience\n---\n"
    "\t\u4e2d\u6587 \U0001F600 I observed patients and gained valuable experience.\n"
)


def _erasl_on_path() -> dict:
    return {**os.environ, "NO_COLOR": "1", "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}


def test_concise_columns_are_display_columns_unless_asked_for_characters(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "wide.md").write_text(WIDE_DRAFT, encoding="utf-8")
    args = ["check", "--isolated", "--no-cache", "--select", "F101,V102", "wide.md"]
    display = CliRunner().invoke(main, [*args, "--format", "concise"]).stdout
    char = CliRunner().invoke(main, [*args, "--format", "concise", "--column-unit", "char"]).stdout
    line = WIDE_DRAFT.splitlines()[3]
    assert f"wide.md:4:{line.index('observed') + 1 + 7 + 2 + 1}: warning:" in display  # tab to 9, wide chars 2
    assert f"wide.md:4:{line.index('gained') + 1}: warning:" in char
    records = json.loads(CliRunner().invoke(main, [*args, "--format", "json"]).stdout)["diagnostics"]
    assert {r["column"] for r in records} == {line.index("observed") + 1, line.index("gained") + 1}
    full = CliRunner().invoke(main, [*args, "--column-unit", "display"]).stdout
    assert f"wide.md:4:{line.index('gained') + 11}: F101" in full
    refused = CliRunner().invoke(main, [*args, "--format", "json", "--column-unit", "display"])
    assert refused.exit_code == 2 and "always counts columns in characters" in refused.stderr


def test_a_newline_in_a_file_name_stays_on_one_concise_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "odd\nname.md").write_text("I gained valuable experience.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--isolated", "--no-cache", "--format", "concise",
                                       "--select", "F101", "odd\nname.md"])
    assert result.stdout == ('odd\\nname.md:1:3: warning: Vague filler: "gained valuable experience" says nothing '
                             'a program director can picture. [F101]\n')


def _run_vim(folder: Path, draft: str, recipe: str) -> list[str]:
    """The README's Vim recipe in a real Vim: `:make`, then the words under the cursor at each warning."""
    (folder / "recipe.vim").write_text(recipe, encoding="utf-8")
    (folder / "jump.vim").write_text("\n".join([
        "source recipe.vim", "silent make", "let found = []",
        "for i in range(len(getqflist()))",
        "  execute 'cc' (i + 1)",
        "  call add(found, getqflist()[i].type . ' ' . getline('.')[col('.') - 1:])",
        "endfor",
        "call writefile(found, 'out.txt')", "qall!",
    ]) + "\n", encoding="utf-8")
    args = ["vim", "-N", "-u", "NONE", "-i", "NONE", "-n", "-es", "--cmd", "set encoding=utf-8", "-S", "jump.vim"]
    subprocess.run([*args, draft], cwd=folder, env=_erasl_on_path(), timeout=120, capture_output=True)
    return (folder / "out.txt").read_text(encoding="utf-8").splitlines()


@pytest.mark.skipif(VIM is None, reason="needs vim (Debian's `vim`; installed by the tests only as root with apt-get)")
def test_vim_recipe_lands_on_the_flagged_words(draft):
    """The README's Vim recipe, copied out of the README, in a real Vim."""
    from tests.readme_blocks import readme_block

    found = _run_vim(draft.parent.parent, "drafts/im observership.md", readme_block("vim", "errorformat"))
    assert any(line.startswith("w gained valuable experience") for line in found), found  # curly quotes before it


@pytest.mark.skipif(VIM is None, reason="needs vim (Debian's `vim`; installed by the tests only as root with apt-get)")
def test_vim_lands_on_the_word_after_a_tab_a_cjk_word_and_an_emoji(tmp_path):
    from tests.readme_blocks import readme_block

    (tmp_path / "wide.md").write_text(WIDE_DRAFT, encoding="utf-8")
    found = _run_vim(tmp_path, "wide.md", readme_block("vim", "errorformat"))
    assert "w observed patients and gained valuable experience." in found
    assert "w gained valuable experience." in found
    assert any(line.startswith("w \U0001F600 I observed") for line in found)  # L201 on the emoji itself


@pytest.mark.skipif(EMACS is None,
                    reason="needs emacs (Debian's `emacs-nox`; installed by the tests only as root with apt-get)")
def test_emacs_compile_recipe_lands_on_the_flagged_words(tmp_path):
    """The README's Emacs settings and .dir-locals.el, copied out of the README: `compile`, then `next-error`."""
    from tests.readme_blocks import readme_block

    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "wide.md").write_text(WIDE_DRAFT, encoding="utf-8")
    (drafts / ".dir-locals.el").write_text(readme_block("elisp", "compile-command"), encoding="utf-8")
    (tmp_path / "init.el").write_text(readme_block("elisp", "compilation-error-screen-columns"), encoding="utf-8")
    (tmp_path / "run.el").write_text(r"""
(require 'compile)
(find-file "drafts/wide.md")
(let ((buffer (compile compile-command)))
  (with-current-buffer buffer
    (while (process-live-p (get-buffer-process buffer))
      (accept-process-output nil 0.1))))
(let ((found '()))
  (condition-case nil
      (while t
        (next-error)
        (push (with-current-buffer (window-buffer)
                (buffer-substring (window-point) (line-end-position)))
              found))
    (error nil))
  (with-temp-file "../out.txt"
    (set-buffer-file-coding-system 'utf-8)
    (insert (mapconcat #'identity (nreverse found) "
"))))
""", encoding="utf-8")
    result = subprocess.run(["emacs", "-Q", "--batch", "-l", "init.el", "-l", "run.el"], cwd=tmp_path,
                            env=_erasl_on_path(), timeout=120, capture_output=True, text=True)
    found = (tmp_path / "out.txt").read_text(encoding="utf-8").splitlines()
    assert "observed patients and gained valuable experience." in found, result.stderr
    assert "gained valuable experience." in found
    assert "\U0001F600 I observed patients and gained valuable experience." in found


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
