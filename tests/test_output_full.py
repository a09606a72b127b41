"""`--format full` as a person reads it: entry-wide findings show the entry's title, repeats of one
fixable kind are one finding with a count, and a rule's help is printed once per entry."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from erasl.cli import main

LONG_PARAGRAPH = (
    "During my clerkship I pre-rounded on “my” patients — “every” morning. Patients were seen daily and "
    "notes were written and histories were taken, which taught me about the “system” and how it works in "
    "the wards and in the clinic with the team of residents and attendings who were always “there” to help."
)


def _check(tmp_path: Path, text: str, *args: str) -> str:
    draft = tmp_path / "clerkship.md"
    draft.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--no-cache", "--isolated", *args, str(draft)])
    assert result.exit_code in (0, 1), result.output
    return result.output


def test_an_entry_wide_finding_shows_the_entry_title_not_its_paragraph(tmp_path):
    output = _check(tmp_path, "## Internal Medicine Clerkship\n\n" + LONG_PARAGRAPH + "\n", "--select", "N101")
    lines = output.splitlines()
    at = next(i for i, line in enumerate(lines) if " N101 " in line)
    assert lines[at + 1].strip() == "| entry: Internal Medicine Clerkship"
    assert "^" not in lines[at + 2] and "pre-rounded" not in output


def test_repeated_characters_of_one_kind_are_one_finding_with_a_count(tmp_path):
    output = _check(tmp_path, LONG_PARAGRAPH + "\n", "--select", "L201")
    findings = [line for line in output.splitlines() if " L201 " in line]
    assert len(findings) == 2  # curly quotes, long dash
    assert "(7 more like it in this entry: run `erasl check --fix`)" in findings[0]
    assert "more like it" not in findings[1]


def test_a_rules_help_is_printed_once_per_entry_and_long_lines_are_clipped(tmp_path):
    output = _check(tmp_path, LONG_PARAGRAPH + "\n", "--select", "P101")
    assert output.count(" P101 ") == 3
    assert output.count("= help:") == 1
    shown = [line for line in output.splitlines() if line.lstrip().startswith("1 | ")]
    assert len(shown) == 3 and all(len(line) <= len("   1 | ") + 102 for line in shown)
