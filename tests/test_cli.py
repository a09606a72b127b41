"""The command line as a user runs it: formats, exit codes, rule docs, the installed command."""

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
from erasl.registry import load_rules

BAD = "I observed patient care and gained valuable experience.\n"
GOOD = (
    "4-week inpatient internal medicine rotation on a resident-run teaching service. "
    "Followed 4-6 patients daily, wrote draft progress notes, and presented them on rounds. "
    "Obtained histories from 2 new admissions each morning and discussed each plan with the senior resident.\n"
)


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input)


@pytest.fixture
def drafts(tmp_path: Path) -> Path:
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "bad.md").write_text(BAD)
    (folder / "good.md").write_text(GOOD)
    return folder


def test_full_format_shows_location_source_line_caret_and_help(drafts):
    result = run("check", "--isolated", str(drafts / "bad.md"))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    index = next(i for i, line in enumerate(lines) if "F101" in line)
    assert re.match(r".*bad\.md:1:29: F101 warning: Vague filler", lines[index])
    assert lines[index + 1].endswith(BAD.strip())
    caret_line = lines[index + 2]
    assert caret_line.index("^") - caret_line.index("|") - 2 == 28  # under column 29
    assert caret_line.count("^") == len("gained valuable experience")
    assert lines[index + 3].strip().startswith("= help:")
    assert lines[-1].startswith("Found ") and "in 1 entry in 1 file" in lines[-1]


def test_concise_format_is_gcc_style(drafts):
    result = run("check", "--isolated", "--format", "concise", str(drafts / "bad.md"))
    assert result.exit_code == 1
    pattern = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning|note): (?P<msg>.+) \[(?P<code>[A-Z]\d{3})\]$")
    lines = result.stdout.splitlines()
    assert lines and all(pattern.match(line) for line in lines), lines
    assert any(pattern.match(line)["code"] == "V102" for line in lines)


def test_json_format_matches_documented_schema(drafts):
    result = run("check", "--isolated", "--format", "json", str(drafts))
    assert result.exit_code == 1
    payload = json.loads(result.stdout)
    assert payload["version"] == 1
    required = {"path", "line", "column", "end_line", "end_column", "code", "rule", "severity", "message", "entry"}
    assert payload["diagnostics"]
    for item in payload["diagnostics"]:
        assert required <= set(item)
        assert item["severity"] in ("error", "warning", "note")
        assert item["line"] >= 1 and item["column"] >= 1
        assert (item["end_line"], item["end_column"]) >= (item["line"], item["column"])
        assert item["path"].endswith("bad.md")  # the good draft is clean
    filler = next(i for i in payload["diagnostics"] if i["code"] == "F101")
    text = BAD.splitlines()[filler["line"] - 1]
    assert text[filler["column"] - 1:filler["end_column"] - 1] == "gained valuable experience"
    assert payload["summary"]["files"] == 2


def test_clean_draft_exits_zero(drafts):
    result = run("check", "--isolated", str(drafts / "good.md"))
    assert result.exit_code == 0, result.stdout
    assert "No problems found in 1 entry in 1 file." in result.stdout


def test_fail_on_error_lets_warnings_pass(drafts):
    assert run("check", "--isolated", "--fail-on", "error", str(drafts / "bad.md")).exit_code == 0


def test_select_and_ignore_by_prefix(drafts):
    result = run("check", "--isolated", "--format", "concise", "--select", "F", "--ignore", "F102", str(drafts / "bad.md"))
    codes = set(re.findall(r"\[([A-Z]\d{3})\]", result.stdout))
    assert codes == {"F101"}


def test_unknown_code_in_select_is_a_usage_error(drafts):
    result = run("check", "--isolated", "--select", "Z9", str(drafts))
    assert result.exit_code == 2
    assert "no rule matches 'Z9'" in result.stderr


def test_stdin_is_linted(drafts):
    result = run("check", "--isolated", "--format", "concise", "-", input=BAD)
    assert result.exit_code == 1
    assert result.stdout.startswith("<stdin>:1:")


def test_no_path_lints_the_current_folder(drafts, monkeypatch):
    monkeypatch.chdir(drafts)
    result = run("check", "--isolated", "--format", "concise")
    assert result.exit_code == 1
    assert "bad.md:1:" in result.stdout and "good.md" not in result.stdout


def test_rules_lists_every_rule():
    result = run("rules")
    assert result.exit_code == 0
    listed = [line.split()[0] for line in result.stdout.splitlines()]
    assert listed == sorted(load_rules().rules)


def test_rule_explains_what_why_example_better():
    result = run("rule", "F101")
    assert result.exit_code == 0
    for heading in ("What it flags:", "Why it matters:", "Example:", "Better:"):
        assert heading in result.stdout
    assert "gained valuable experience" in result.stdout.lower()
    assert run("rule", "vague-filler").stdout == result.stdout


def test_unknown_rule_is_a_clear_error():
    result = run("rule", "X999")
    assert result.exit_code == 2
    assert result.stderr.strip() == "erasl: error: no rule 'X999' (see `erasl rules`)"


def test_readme_rule_table_is_generated_from_rule_data():
    readme = (Path(__file__).parent.parent / "README.md").read_text()
    table = run("rules", "--format", "markdown").stdout
    assert table in readme, "README rule table is stale: paste `erasl rules --format markdown`"


def test_no_color_in_pipes(drafts):
    result = run("check", "--isolated", str(drafts / "bad.md"))
    assert "\x1b[" not in result.stdout


@pytest.mark.skipif(shutil.which("erasl") is None and not (Path(sys.executable).parent / "erasl").exists(),
                    reason="erasl is not installed as a command")
def test_installed_command_runs_as_a_user_would(drafts, tmp_path):
    command = shutil.which("erasl") or str(Path(sys.executable).parent / "erasl")
    env = {**os.environ, "NO_COLOR": "1"}
    result = subprocess.run([command, "check", "--format", "concise", "drafts"], cwd=tmp_path,
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 1, result.stderr
    assert re.search(r"^drafts/bad\.md:1:\d+: warning: .+ \[F101\]$", result.stdout, re.MULTILINE)
    assert "Traceback" not in result.stderr
    version = subprocess.run([command, "--version"], capture_output=True, text=True, timeout=30)
    assert version.returncode == 0 and "erasl, version" in version.stdout


def _run_with_stderr_on_a_terminal(args: list[str], cwd, env: dict) -> str:
    import pty

    leader, follower = pty.openpty()
    command = shutil.which("erasl") or str(Path(sys.executable).parent / "erasl")
    process = subprocess.run([command, *args], cwd=cwd, stdout=subprocess.PIPE, stderr=follower, env=env, timeout=120)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert process.returncode == 1
    return b"".join(chunks).decode()


@pytest.mark.skipif(shutil.which("erasl") is None and not (Path(sys.executable).parent / "erasl").exists(),
                    reason="erasl is not installed as a command")
def test_progress_only_on_a_terminal_and_never_in_ci(drafts, tmp_path):
    env = {key: value for key, value in os.environ.items() if key != "CI"}
    on_terminal = _run_with_stderr_on_a_terminal(["check", "--isolated", "--no-cache", "drafts"], tmp_path, env)
    assert "Checking entries: 2/2" in on_terminal
    in_ci = _run_with_stderr_on_a_terminal(["check", "--isolated", "--no-cache", "drafts"], tmp_path, {**env, "CI": "true"})
    assert "Checking entries" not in in_ci
    piped = subprocess.run([shutil.which("erasl") or str(Path(sys.executable).parent / "erasl"), "check", "--isolated",
                            "--no-cache", "drafts"], cwd=tmp_path, capture_output=True, text=True, env=env, timeout=120)
    assert "Checking entries" not in piped.stderr
