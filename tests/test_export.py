"""`erasl export`: the paste-ready text keeps every word, and the count on stderr is what ERAS will count."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from erasl.cli import main
from erasl.config import Settings
from erasl.document import read_draft
from erasl.engine import Linter
from erasl.export import export_rules, paste_texts, words
from erasl.registry import load_rules

CORPUS = Path(__file__).parent.parent / "corpus"
EXAMPLES = Path(__file__).parent.parent / "examples"
DRAFTS = sorted(CORPUS.rglob("*.md")) + sorted(EXAMPLES.rglob("*.md"))


def export(*args: str, input: str | None = None):
    return CliRunner().invoke(main, ["export", "--isolated", *args], input=input)


def exported(path: Path):
    """(entries, paste texts) for a draft, the way the export command computes them."""
    ruleset = load_rules()
    settings = Settings().with_overrides(select=export_rules(ruleset))
    linter = Linter(settings, ruleset)
    document = linter.parse(read_draft(path))
    return document.entries, paste_texts([document], linter.lint_documents([document]), settings, ruleset)


@pytest.mark.parametrize("path", DRAFTS, ids=[str(p.relative_to(p.parents[2])) for p in DRAFTS])
def test_export_keeps_every_word_of_every_corpus_entry(path):
    entries, texts = exported(path)
    assert entries and len(texts) == len(entries)
    for entry, paste in zip(entries, texts):
        assert words(paste.text) == words(entry.content), f"{path.name} entry {entry.index} lost or changed words"
        assert paste.count == len(paste.text)
        assert "\u201c" not in paste.text and "\u2014" not in paste.text and "•" not in paste.text


@pytest.mark.parametrize("path", DRAFTS, ids=[str(p.relative_to(p.parents[2])) for p in DRAFTS])
def test_export_prints_the_text_and_its_count_against_the_limit(path):
    entries, texts = exported(path)
    result = export(str(path))
    assert result.exit_code in (0, 1), result.output
    assert result.stdout == "\n\n".join(paste.text for paste in texts)
    limits = {"experience": 750, "meaningful": 300, "personal-statement": 28000}
    count_lines = [line for line in result.stderr.splitlines() if not line.startswith("erasl: ")]
    assert len(count_lines) == len(entries)
    for line, entry, paste in zip(count_lines, entries, texts):
        label = entry.title or str(path)
        assert line.startswith(f"{label}: {len(paste.text)}/{limits[entry.kind]} characters"), line


DRAFT = """\
---
kind: experience
---
# My experiences

## Internal Medicine Observership
---
type: observership
organization: Riverside Community Hospital
---
<!-- erasl-disable-next-line V102 -->
4\u2011week observership \u2014 I \u201cpresented\u201d 3 patients daily\u00a0on rounds,
took histories and **wrote** notes\u200b\u2026 Ran the team\u2019s sign-out list.

## Diabetes research
\u2022 Cleaned data for 312 patients
\u2022 Presented a poster at [Conference]
"""


def test_export_strips_everything_that_is_not_paste_text(tmp_path):
    draft = tmp_path / "experiences.md"
    draft.write_text(DRAFT, encoding="utf-8")
    result = export(str(draft))
    first = ("4\u2011week observership - I \"presented\" 3 patients daily on rounds, "
             "took histories and wrote notes... Ran the team's sign-out list.")
    second = "Cleaned data for 312 patients\nPresented a poster at [Conference]"
    assert result.stdout == first + "\n\n" + second
    assert f"Internal Medicine Observership: {len(first)}/750 characters" in result.stderr.splitlines()
    assert f"Diabetes research: {len(second)}/750 characters" in result.stderr.splitlines()
    assert 'Leftover placeholder: "[Conference]"' in result.stderr
    assert result.exit_code == 1  # a placeholder must not be pasted


def test_entry_option_prints_one_entry_with_nothing_around_it(tmp_path):
    draft = tmp_path / "experiences.md"
    draft.write_text(DRAFT, encoding="utf-8")
    result = export(str(draft), "--entry", "1")
    assert result.exit_code == 0
    assert result.stdout.startswith("4\u2011week observership") and result.stdout.endswith("sign-out list.")
    assert result.stderr.splitlines() == [f"Internal Medicine Observership: {len(result.stdout)}/750 characters"]
    too_far = export(str(draft), "--entry", "3")
    assert too_far.exit_code == 2
    assert "--entry 3, but the file has 2 entries" in too_far.stderr


def test_over_the_limit_is_counted_and_exits_1(tmp_path):
    draft = tmp_path / "meaningful-1.md"
    draft.write_text("Followed 4 patients daily and presented them on rounds. " * 8, encoding="utf-8")
    result = export(str(draft))
    assert result.exit_code == 1
    text = result.stdout
    assert result.stderr.strip() == f"{draft}: {len(text)}/300 characters ({len(text) - 300} over: ERAS will not accept it)"


def test_what_export_cannot_fix_safely_is_left_and_reported(tmp_path):
    """An emoji has no safe fix; bold around a URL would lose words; a year that starts a wrapped
    line is not mistaken for a numbered-list marker at all."""
    text = ("I graduated from medical school in\n2019. Since then I worked as a "
            "**research fellow at www.example.org now** and loved it \U0001F60A.\n")
    result = export("--stdin-filename", "drafts/x.md", "-", input=text)
    assert result.exit_code == 0
    assert result.stdout == text.rstrip("\n")
    assert result.stderr.count("Left as is") == 2
    assert "2019" not in result.stderr
    assert words(result.stdout) == words(text)


def test_soft_wraps_are_joined_and_counted_as_one_character(tmp_path):
    draft = tmp_path / "entry.txt"
    draft.write_text("Followed 4 patients daily on a\nteaching service.\nPresented on rounds.\n", encoding="utf-8")
    result = export(str(draft))
    assert result.stdout == "Followed 4 patients daily on a teaching service.\nPresented on rounds."
    assert result.stderr.startswith(f"{draft}: 69/750 characters")


def test_export_refuses_folders_and_empty_files(tmp_path):
    assert export(str(tmp_path)).exit_code == 2
    (tmp_path / "empty.md").write_text("---\nkind: experience\n---\n")
    result = export(str(tmp_path / "empty.md"))
    assert result.exit_code == 2 and "no text to export" in result.stderr


WRAPPED_DRAFT = ("Hola Dra. Castillo, thank you for the feedback from last week.\n"
                 "Please find below:\n\n"
                 "Rural year, Subcentro de Salud Pimampiro, Ecuador, 2021-2022. Saw 25 patients a day.\n"
                 "Hello sir, I also ran 12 school health talks. Thanks!\n\n"
                 "Gracias doctora, bendiciones\nAndrés\n")


def test_export_leaves_the_message_around_the_entry_out_and_says_so(tmp_path):
    draft = tmp_path / "rural.txt"
    draft.write_text(WRAPPED_DRAFT, encoding="utf-8")
    result = export(str(draft))
    assert result.stdout == ("Rural year, Subcentro de Salud Pimampiro, Ecuador, 2021-2022. Saw 25 patients a day.\n"
                             "I also ran 12 school health talks.")
    assert result.stderr.startswith(f"{draft}: {len(result.stdout)}/750 characters")
    note = result.stderr.splitlines()[1]
    assert "left out the message around the entry (L401)" in note
    for piece in ('"Hola Dra. Castillo, thank you for the feedback from last week."', '"Please find below:"',
                  '"Hello sir,"', '"Thanks! Gracias doctora, bendiciones Andrés"'):  # one sign-off, its lines joined
        assert piece in note


def test_export_of_an_entry_with_no_message_around_it_says_nothing_more(tmp_path):
    draft = tmp_path / "plain.txt"
    draft.write_text("I thank Dr. Amadi for teaching me to run a code. Thanks to him I led 3 resuscitations.\n",
                     encoding="utf-8")
    result = export(str(draft))
    assert result.stdout == "I thank Dr. Amadi for teaching me to run a code. Thanks to him I led 3 resuscitations."
    assert "left out" not in result.stderr
