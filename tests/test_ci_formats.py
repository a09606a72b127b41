"""CI annotations: SARIF 2.1.0 validated against the official schema, and GitHub workflow commands."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from erasl.cli import main
from erasl.output.github import annotation, escape_data, escape_property
from erasl.diagnostics import Diagnostic, Severity
from erasl.registry import load_rules

SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
BAD = "I observed patient care and gained valuable experience.\n"
CURLY = "Presented on \u201crounds\u201d for 4 weeks.\n"


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, ["check", "--isolated", "--no-cache", *args], input=input)


@pytest.fixture
def drafts(tmp_path: Path, monkeypatch) -> Path:
    """A drafts folder with a space in one name, and the working directory at its parent."""
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "im observership.md").write_text(BAD)
    (folder / "quotes.md").write_text(CURLY)
    monkeypatch.chdir(tmp_path)
    return folder


def sarif(*args: str) -> dict:
    result = run("--format", "sarif", *args)
    assert result.exit_code in (0, 1, 2), result.output
    return json.loads(result.stdout)


def test_sarif_validates_against_the_sarif_2_1_0_schema(drafts):
    payload = sarif("drafts", "missing.md")
    schema = json.loads(SARIF_SCHEMA.read_text())
    jsonschema.Draft7Validator.check_schema(schema)
    jsonschema.Draft7Validator(schema).validate(payload)
    assert payload["version"] == "2.1.0"
    assert payload["runs"][0]["results"], "the bad drafts must produce results"


def test_sarif_driver_lists_every_rule_with_its_docs(drafts):
    driver = sarif("drafts")["runs"][0]["tool"]["driver"]
    assert driver["name"] == "erasl" and driver["version"] and driver["informationUri"].startswith("https://")
    rules = load_rules().rules
    assert [rule["id"] for rule in driver["rules"]] == sorted(rules)
    f101 = next(rule for rule in driver["rules"] if rule["id"] == "F101")
    assert f101["name"] == "vague-filler"
    assert f101["shortDescription"]["text"] == rules["F101"].summary
    assert f101["fullDescription"]["text"] == rules["F101"].why
    assert f101["help"]["text"].startswith("F101 vague-filler") and "Why it matters:" in f101["help"]["text"]
    assert f101["defaultConfiguration"]["level"] == "warning"
    assert next(r for r in driver["rules"] if r["id"] == "L102")["defaultConfiguration"]["level"] == "note"


def test_sarif_result_points_at_the_words_with_a_relative_uri(drafts):
    run_ = sarif("drafts")["runs"][0]
    assert run_["columnKind"] == "unicodeCodePoints"
    filler = next(r for r in run_["results"] if r["ruleId"] == "F101")
    assert filler["level"] == "warning"
    assert "gained valuable experience" in filler["message"]["text"]
    assert run_["tool"]["driver"]["rules"][filler["ruleIndex"]]["id"] == "F101"
    location = filler["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "drafts/im%20observership.md", "uriBaseId": "%SRCROOT%"}
    region = location["region"]
    line = BAD.splitlines()[region["startLine"] - 1]
    assert region["startLine"] == region["endLine"] == 1
    assert line[region["startColumn"] - 1:region["endColumn"] - 1] == "gained valuable experience"


def test_sarif_absolute_paths_below_the_working_directory_become_relative(drafts):
    results = sarif(str(drafts.resolve() / "quotes.md"))["runs"][0]["results"]
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results} == {"drafts/quotes.md"}


def test_sarif_carries_safe_fixes_as_replacements(drafts):
    results = sarif("drafts/quotes.md")["runs"][0]["results"]
    quote = next(r for r in results if r["ruleId"] == "L201")
    replacement = quote["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement["insertedContent"]["text"] == '"'
    region = replacement["deletedRegion"]
    assert CURLY[region["startColumn"] - 1:region["endColumn"] - 1] == "\u201c"


def test_sarif_reports_unreadable_inputs_as_notifications(drafts):
    invocation = sarif("drafts", "missing.md")["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    notification = invocation["toolExecutionNotifications"][0]
    assert notification["message"]["text"] == "no such file or folder"


def test_sarif_of_a_clean_run_has_no_results(drafts):
    (drafts / "im observership.md").unlink()
    (drafts / "quotes.md").unlink()
    (drafts / "ok.md").write_text(
        "4-week inpatient internal medicine rotation on a resident-run teaching service. "
        "Followed 4-6 patients daily, wrote draft progress notes, and presented them on rounds. "
        "Obtained histories from 2 new admissions each morning and discussed each plan with the senior resident.\n")
    result = run("--format", "sarif", "drafts")
    assert result.exit_code == 0
    payload = json.loads(result.stdout)
    jsonschema.Draft7Validator(json.loads(SARIF_SCHEMA.read_text())).validate(payload)
    assert payload["runs"][0]["results"] == []


# --- GitHub workflow commands ------------------------------------------------

def test_github_format_prints_one_workflow_command_per_problem(drafts):
    result = run("--format", "github", "drafts/im observership.md")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert all(line.startswith(("::warning ", "::error ", "::notice ")) for line in lines), lines
    filler = next(line for line in lines if "title=F101 vague-filler" in line)
    assert filler.startswith("::warning file=drafts/im observership.md,line=1,col=29,endLine=1,endColumn=55,"
                             "title=F101 vague-filler::Vague filler: ")  # `:` is escaped in properties only


def test_github_notes_are_notices_and_errors_name_unreadable_files(drafts):
    result = run("--format", "github", "drafts/im observership.md", "missing.md")
    lines = result.stdout.splitlines()
    assert any(line.startswith("::notice ") and "title=L102 undersells" in line for line in lines)
    assert "::error file=missing.md,title=erasl::no such file or folder" in lines


def test_github_escapes_follow_the_workflow_command_rules():
    assert escape_data("50% done\r\nnext: a, b") == "50%25 done%0D%0Anext: a, b"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    d = Diagnostic(code="F101", rule="vague-filler", severity=Severity.WARNING,
                   message="100% vague:\nsay more", start=0, end=1,
                   path="drafts/a,b:c.md", line=3, column=2, end_line=3, end_column=9)
    assert annotation(d) == ("::warning file=drafts/a%2Cb%3Ac.md,line=3,col=2,endLine=3,endColumn=9,"
                             "title=F101 vague-filler::100%25 vague:%0Asay more")


def test_github_spans_over_several_lines_leave_out_columns():
    d = Diagnostic(code="F101", rule="vague-filler", severity=Severity.ERROR, message="m", start=0, end=1,
                   path="a.md", line=3, column=40, end_line=4, end_column=9)
    assert annotation(d) == "::error file=a.md,line=3,endLine=4,title=F101 vague-filler::m"
