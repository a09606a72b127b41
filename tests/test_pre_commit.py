"""The pre-commit hook, for real: `git commit` in a drafts repo runs erasl through pre-commit.

pre-commit clones this repository at a commit, builds a virtualenv and pip-installs
erasl with its dependencies from PyPI (a minute or two the first time), so this is
the slowest test; it still runs in every `pytest` run and in CI. The commit used is
a snapshot of the working tree, so the test checks the code being tested, committed
or not (in a fresh clone that is exactly HEAD).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CHECKOUT = Path(__file__).resolve().parent.parent
BAD = "I observed patient care and gained valuable experience.\n"
GOOD = (
    "4-week inpatient internal medicine rotation on a resident-run teaching service. "
    "Followed 4-6 patients daily, wrote draft progress notes, and presented them on rounds. "
    "Obtained histories from 2 new admissions each morning and discussed each plan with the senior resident.\n"
)


def git(cwd: Path, *args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def install_hook(drafts: Path, source, rev: str, git_env: dict) -> None:
    """A drafts repository whose .pre-commit-config.yaml uses erasl's hook from `source` at `rev`, installed."""
    (drafts / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {source}\n    rev: {rev}\n    hooks:\n      - id: erasl\n"
    )
    assert git(drafts, "init", "-q", env=git_env).returncode == 0
    install = subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=drafts, env=git_env,
                             capture_output=True, text=True, timeout=120)
    assert install.returncode == 0, install.stdout + install.stderr


@pytest.fixture(scope="module")
def git_env(tmp_path_factory) -> dict:
    """Git with no user or system config (no global hooksPath, no signing), and a fixed identity."""
    home = tmp_path_factory.mktemp("home")
    global_config = home / "gitconfig"
    global_config.write_text("[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n")
    return {
        **os.environ,
        "GIT_CONFIG_GLOBAL": str(global_config), "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Applicant", "GIT_AUTHOR_EMAIL": "applicant@example.org",
        "GIT_COMMITTER_NAME": "Applicant", "GIT_COMMITTER_EMAIL": "applicant@example.org",
        "PRE_COMMIT_HOME": str(tmp_path_factory.mktemp("pre-commit-home")),  # shared by both commits
        "PRE_COMMIT_COLOR": "never", "NO_COLOR": "1",
    }


@pytest.fixture(scope="module")
def erasl_repo(tmp_path_factory, git_env) -> tuple[Path, str]:
    """(path, commit) of a repository holding this checkout's working tree."""
    if shutil.which("git") is None or not (CHECKOUT / ".git").exists():
        pytest.skip("needs git and a git checkout of erasl")
    listed = git(CHECKOUT, "ls-files", "-z", "--cached", "--others", "--exclude-standard", env=git_env)
    assert listed.returncode == 0, listed.stderr
    snapshot = tmp_path_factory.mktemp("erasl-src")
    for name in filter(None, listed.stdout.split("\0")):
        source = CHECKOUT / name
        if source.is_file() and ".erasl_cache" not in source.parts:
            (snapshot / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, snapshot / name)
    assert (snapshot / ".pre-commit-hooks.yaml").is_file()
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "erasl snapshot"]):
        assert git(snapshot, *args, env=git_env).returncode == 0
    return snapshot, git(snapshot, "rev-parse", "HEAD", env=git_env).stdout.strip()


def test_pre_commit_hook_rejects_a_bad_draft_and_passes_a_good_one(tmp_path, erasl_repo, git_env):
    source, rev = erasl_repo
    drafts = tmp_path / "drafts-repo"
    (drafts / "drafts").mkdir(parents=True)
    (drafts / "drafts" / "observership.md").write_text(BAD)
    (drafts / "drafts" / "sub-internship.md").write_text(GOOD)
    (drafts / "notes.py").write_text("print('not a draft')\n")  # other files are not handed to erasl
    install_hook(drafts, source, rev, git_env)

    git(drafts, "add", "-A", env=git_env)
    rejected = subprocess.run(["git", "commit", "-m", "drafts"], cwd=drafts, env=git_env,
                              capture_output=True, text=True, timeout=1800)
    output = rejected.stdout + rejected.stderr
    assert rejected.returncode != 0, output
    assert "erasl (ERAS drafts)" in output and "Failed" in output
    assert "drafts/observership.md:1:29: F101 warning: Vague filler" in output
    assert "drafts/observership.md:1:3: V102 warning:" in output
    assert "sub-internship.md" not in output and "notes.py" not in output
    assert git(drafts, "rev-parse", "--verify", "-q", "HEAD", env=git_env).returncode != 0  # nothing committed

    git(drafts, "rm", "-q", "--cached", "drafts/observership.md", env=git_env)
    accepted = subprocess.run(["git", "commit", "-m", "the good draft"], cwd=drafts, env=git_env,
                              capture_output=True, text=True, timeout=600)
    output = accepted.stdout + accepted.stderr
    assert accepted.returncode == 0, output
    assert "erasl (ERAS drafts)" in output and "Passed" in output
    committed = git(drafts, "ls-files", env=git_env).stdout.split()
    assert "drafts/sub-internship.md" in committed and "drafts/observership.md" not in committed


def test_pre_commit_hook_sees_eleven_experiences_committed_together(tmp_path, erasl_repo, git_env):
    """`require_serial: true`: pre-commit hands every staged draft to one erasl process, so the
    cross-entry rules see the whole application (split between processes, no process saw 11)."""
    source, rev = erasl_repo
    drafts = tmp_path / "drafts-repo"
    (drafts / "experiences").mkdir(parents=True)
    for number in range(1, 12):
        (drafts / "experiences" / f"rotation-{number:02d}.md").write_text(
            f"## Rotation {number}\n{number + 2}-week inpatient rotation on a resident-run teaching service. "
            f"Followed {number + 1} patients daily and presented them on rounds.\n")
    install_hook(drafts, source, rev, git_env)
    git(drafts, "add", "-A", env=git_env)
    rejected = subprocess.run(["git", "commit", "-m", "eleven experiences"], cwd=drafts, env=git_env,
                              capture_output=True, text=True, timeout=1800)
    output = rejected.stdout + rejected.stderr
    assert rejected.returncode != 0, output
    assert "A101 error: Experience 11 of 11: ERAS takes at most 10." in output
    assert output.count("A101") == 1  # one process saw all eleven, once
