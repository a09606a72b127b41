"""Debian packages the editor tests drive (vim, emacs-nox), installed once where that is allowed.

As tests/test_report_browser.py does for chromium: only as root with apt-get (as in CI); anywhere
else the tests that need the program skip and say why. Nothing is downloaded but Debian's packages.
"""

from __future__ import annotations

import os
import shutil
import subprocess


def ensure_debian_program(program: str, package: str) -> str | None:
    """The path of `program`, after `apt-get install package` if it is missing and we may install."""
    if shutil.which(program) is None and os.geteuid() == 0 and shutil.which("apt-get") is not None:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", package]):
            try:
                subprocess.run(command, env=env, capture_output=True, timeout=900, check=True)
            except (OSError, subprocess.SubprocessError):
                break
    return shutil.which(program)
