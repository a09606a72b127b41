"""The README's pre-commit and GitHub Actions recipes, copied out of the README and run as written.

One fixture does what the README asks of a reader once: a wheel of this checkout in the drafts
repository's `.github/erasl/`. The workflow's shell steps then run in order in a throwaway drafts
repository, in a fresh virtualenv standing in for `actions/setup-python` (so its `pip install`
installs the wheel and its dependencies for real). The pre-commit block is committed through with the
real `pre-commit`, with that virtualenv's `erasl` on PATH, as the recipe says.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.readme_blocks import readme_block
from tests.test_applications import word_draft
from tests.test_pre_commit import BAD, GOOD

CHECKOUT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(shutil.which("git") is None or shutil.which("bash") is None,
                                reason="needs git and bash")


def run(args, cwd: Path, env: dict, timeout: float = 600, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, **kwargs)


@pytest.fixture(scope="module")
def git_env(tmp_path_factory) -> dict:
    """Git with no user or system config, a fixed identity, and no colour."""
    home = tmp_path_factory.mktemp("home")
    (home / "gitconfig").write_text("[init]\n\tdefaultBranch = main\n[commit]\n\tgpgsign = false\n")
    env = {key: value for key, value in os.environ.items() if key not in ("VIRTUAL_ENV", "PYTHONPATH")}
    return {
        **env,
        "GIT_CONFIG_GLOBAL": str(home / "gitconfig"), "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Applicant", "GIT_AUTHOR_EMAIL": "applicant@example.org",
        "GIT_COMMITTER_NAME": "Applicant", "GIT_COMMITTER_EMAIL": "applicant@example.org",
        "PRE_COMMIT_HOME": str(tmp_path_factory.mktemp("pre-commit-home")),
        "PRE_COMMIT_COLOR": "never", "NO_COLOR": "1",
    }


@pytest.fixture(scope="module")
def workflow_run(tmp_path_factory, git_env) -> dict:
    """A drafts repository with the wheel the README makes, and the workflow's steps run in it."""
    drafts = tmp_path_factory.mktemp("drafts-repo")
    (drafts / "drafts").mkdir()
    (drafts / "drafts" / "observership.md").write_text(BAD)
    (drafts / "drafts" / "sub-internship.md").write_text(GOOD)
    # The README's one-time step, run in this checkout: `pip wheel --no-deps --wheel-dir ../drafts/.github/erasl .`
    setup = readme_block("sh", "pip wheel --no-deps").strip()
    assert setup == "pip wheel --no-deps --wheel-dir ../drafts/.github/erasl ."
    wheel = run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--wheel-dir",
                 str(drafts / ".github" / "erasl"), str(CHECKOUT)], cwd=CHECKOUT, env=git_env)
    assert wheel.returncode == 0, wheel.stdout + wheel.stderr
    # actions/setup-python: a Python whose `pip` and scripts come first on PATH.
    python = tmp_path_factory.mktemp("setup-python") / "venv"
    created = run([sys.executable, "-m", "venv", str(python)], cwd=drafts, env=git_env)
    assert created.returncode == 0, created.stderr
    env = {**git_env, "PATH": f"{python / 'bin'}{os.pathsep}{git_env['PATH']}"}

    workflow = yaml.safe_load(readme_block("yaml", ".github/workflows/drafts.yml"))
    job = workflow["jobs"]["erasl"]
    assert job["runs-on"] == "ubuntu-latest"
    results = []
    for step in job["steps"]:
        if "run" not in step:
            assert step["uses"].split("@")[0] in (
                "actions/checkout", "actions/setup-python", "github/codeql-action/upload-sarif")
            continue
        if results and results[-1].returncode != 0 and "always()" not in str(step.get("if", "")):
            break  # GitHub skips a step after a failed one unless it says `if: always()`
        results.append(run(["bash", "-e", "-c", step["run"]], cwd=drafts, env=env, timeout=900))
    return {"drafts": drafts, "env": env, "results": results, "steps": [s["run"] for s in job["steps"] if "run" in s]}


def test_workflow_installs_erasl_without_placeholders_and_annotates_the_drafts(workflow_run):
    install, annotate, sarif = workflow_run["results"]
    assert "<" not in "".join(workflow_run["steps"])  # nothing to fill in
    assert install.returncode == 0, install.stdout + install.stderr
    assert annotate.returncode == 1  # a draft with problems fails the check, as it should
    lines = annotate.stdout.splitlines()
    assert "::warning file=drafts/observership.md,line=1,col=29,endLine=1,endColumn=55," \
           "title=F101 vague-filler::Vague filler" in "\n".join(lines)
    assert all(line.startswith("::") and "sub-internship" not in line for line in lines)
    assert sarif.returncode == 0  # `|| true`: the upload step still runs
    report = json.loads((workflow_run["drafts"] / "erasl.sarif").read_text(encoding="utf-8"))
    assert report["version"] == "2.1.0"
    assert {r["ruleId"] for r in report["runs"][0]["results"]} >= {"F101", "V102"}


def _commit(drafts: Path, env: dict, message: str) -> subprocess.CompletedProcess:
    return run(["git", "commit", "-m", message], cwd=drafts, env=env, timeout=600)


def test_pre_commit_block_runs_as_written(workflow_run, tmp_path):
    env = workflow_run["env"]
    drafts = tmp_path / "drafts-repo"
    shutil.copytree(workflow_run["drafts"] / "drafts", drafts / "drafts")
    (drafts / "notes.py").write_text("print('not a draft')\n")
    word_draft(drafts / "drafts" / "research.docx", ["Research assistant in Ohio. I gained valuable experience."])
    config = readme_block("yaml", "repo: local")
    assert "<" not in config
    (drafts / ".pre-commit-config.yaml").write_text(config)
    assert run(["git", "init", "-q"], cwd=drafts, env=env).returncode == 0
    install = run([sys.executable, "-m", "pre_commit", "install"], cwd=drafts, env=env)
    assert install.returncode == 0, install.stdout + install.stderr

    run(["git", "add", "-A"], cwd=drafts, env=env)
    rejected = _commit(drafts, env, "drafts")
    output = rejected.stdout + rejected.stderr
    assert rejected.returncode != 0, output
    assert "erasl (ERAS drafts)" in output and "Failed" in output
    assert "drafts/observership.md:1:29: F101 warning: Vague filler" in output
    assert "drafts/research.docx:1:31: F101 warning: Vague filler" in output  # Word drafts are handed over too
    assert "sub-internship.md:" not in output and "notes.py" not in output

    # Adopting erasl: record today's findings, and the hook (its `args` line uncommented) passes.
    written = run(["erasl", "check", "--write-baseline", "erasl-baseline.json", "drafts/"], cwd=drafts, env=env)
    assert written.returncode == 0, written.stderr
    with_baseline = config.replace("# args: [--baseline, erasl-baseline.json]", "args: [--baseline, erasl-baseline.json]")
    assert with_baseline != config
    (drafts / ".pre-commit-config.yaml").write_text(with_baseline)
    run(["git", "add", "-A"], cwd=drafts, env=env)
    accepted = _commit(drafts, env, "drafts, with a baseline")
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert "erasl (ERAS drafts)" in accepted.stdout + accepted.stderr and "Passed" in accepted.stdout + accepted.stderr

    # A new finding is still refused.
    (drafts / "drafts" / "sub-internship.md").write_text(GOOD + "I learned a lot.\n")
    run(["git", "add", "-A"], cwd=drafts, env=env)
    refused = _commit(drafts, env, "a new finding")
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert "drafts/sub-internship.md:" in output and "observership.md:" not in output
