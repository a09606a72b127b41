"""Reading and splitting drafts: what counts as entry text, and where every character came from."""

from __future__ import annotations

import pytest

import erasl
from erasl.config import Settings
from erasl.document import SourceFile, decode_draft, split_entries
from erasl.registry import load_rules

RULES = load_rules()
KINDS = tuple(RULES.kinds)
TYPES = RULES.experience_types


def split(text: str, path: str = "draft.md", default_kind: str = "experience"):
    return split_entries(SourceFile(path, text), default_kind, known_kinds=KINDS, known_types=TYPES)


def assert_maps_back(document) -> None:
    """Every character of every entry's text is the same character of the source file."""
    source = document.source.text
    for entry in document.entries:
        for offset, char in enumerate(entry.text):
            mapped = entry.to_source(offset)
            assert source[mapped] == char, (
                f"entry {entry.index} offset {offset} is {char!r} but maps to {source[mapped]!r} at {mapped}"
            )


# --- front matter ----------------------------------------------------------

FRONT_MATTER = """\
---
kind: meaningful
title: Night float
colour: blue
type: haircut
us: maybe
---
Admitted 6 patients a night on a 4-week night float.
"""


def test_front_matter_is_parsed_and_not_part_of_the_text():
    document = split(FRONT_MATTER)
    [entry] = document.entries
    assert entry.kind == "meaningful"
    assert entry.title == "Night float"
    assert entry.metadata == {"kind": "meaningful", "title": "Night float"}
    assert entry.text == "Admitted 6 patients a night on a 4-week night float."
    assert document.source.line_col(entry.source_start) == (8, 1)


def test_bad_front_matter_lines_become_problems_on_their_own_lines():
    document = split(FRONT_MATTER)
    problems = {document.source.line_col(p.source_start)[0]: p.message for p in document.problems}
    assert set(problems) == {4, 5, 6}
    assert "unknown metadata key 'colour'" in problems[4]
    assert "unknown type 'haircut'" in problems[5]
    assert "'us' must be true or false, not 'maybe'" in problems[6]


def test_bad_front_matter_is_reported_as_e101_at_the_line():
    found = erasl.lint_text(FRONT_MATTER, settings=Settings(select=["E101"]), path="night.md")
    assert [(d.code, d.line, d.column) for d in found] == [("E101", 4, 1), ("E101", 5, 1), ("E101", 6, 1)]
    assert "colour" in found[0].message
    assert (found[0].end_line, found[0].end_column) == (4, len("colour: blue") + 1)


def test_kind_in_front_matter_beats_the_default_and_the_file_name():
    [entry] = split("---\nkind: personal-statement\n---\nI want to train in medicine.\n",
                    path="meaningful-1.md", default_kind="meaningful").entries
    assert entry.kind == "personal-statement"


def test_front_matter_without_a_closing_line_is_text():
    [entry] = split("---\nkind: meaningful\nFollowed 4 patients.\n").entries
    assert entry.kind == "experience"
    assert "kind: meaningful" in entry.text


# --- Markdown entries ------------------------------------------------------

MARKDOWN = """\
---
kind: experience
organization: Mercy Hospital
---
# Experiences for the 2026 match

## Internal Medicine Observership
---
type: observership
us: yes
---
Followed 4 patients daily for 4 weeks.

## Most meaningful: night float

---
kind: meaningful
---

Admitted 6 patients a night.

## Research assistant
Entered data for 312 patients over 9 months.
"""


def test_markdown_file_splits_into_one_entry_per_level_two_heading():
    document = split(MARKDOWN)
    assert [e.title for e in document.entries] == [
        "Internal Medicine Observership", "Most meaningful: night float", "Research assistant",
    ]
    assert [e.index for e in document.entries] == [1, 2, 3]
    assert [e.kind for e in document.entries] == ["experience", "meaningful", "experience"]
    assert [e.text for e in document.entries] == [
        "Followed 4 patients daily for 4 weeks.",
        "Admitted 6 patients a night.",
        "Entered data for 312 patients over 9 months.",
    ]
    assert document.problems == []


def test_entry_metadata_merges_file_metadata_with_its_own_block():
    first, second, third = split(MARKDOWN).entries
    assert first.metadata == {
        "kind": "experience", "organization": "Mercy Hospital", "type": "observership", "us": "true",
        "title": "Internal Medicine Observership",
    }
    assert second.metadata["kind"] == "meaningful"
    assert "type" not in third.metadata and third.metadata["organization"] == "Mercy Hospital"


def test_no_heading_metadata_or_front_matter_leaks_into_entry_text():
    for entry in split(MARKDOWN).entries:
        for leak in ("#", "---", "type:", "kind:", "us:", "organization:"):
            assert leak not in entry.text


def test_text_before_the_first_entry_heading_is_its_own_untitled_entry():
    document = split("# Drafts\nShared intro line.\n## One\nFirst entry.\n")
    assert [(e.title, e.text) for e in document.entries] == [(None, "Shared intro line."), ("One", "First entry.")]


def test_entry_heading_metadata_problem_points_at_its_line():
    document = split("## One\n---\nkind: meaningfull\n---\nText.\n")
    [problem] = document.problems
    assert "unknown kind 'meaningfull'" in problem.message
    assert document.source.line_col(problem.source_start) == (3, 1)


def test_headings_are_not_special_in_txt_files():
    [entry] = split("## Not a heading\nText.\n", path="draft.txt").entries
    assert entry.text == "## Not a heading\nText."


def test_a_heading_inside_a_fenced_block_does_not_start_an_entry():
    document = split("## One\nText.\n```\n## still code\n```\n")
    assert len(document.entries) == 1


def test_a_form_feed_does_not_start_a_line():
    # Text pasted from a PDF can carry form feeds; only '\n' ends a line.
    [entry] = split("Followed 4 patients.\x0c## Not a heading\nMore.\n").entries
    assert entry.text == "Followed 4 patients.\x0c## Not a heading\nMore."


# --- offsets map back to the source ----------------------------------------

MAPPING_DOCUMENTS = {
    "front matter and entries": MARKDOWN,
    "crlf": MARKDOWN.replace("\n", "\r\n"),
    "bom": "\ufeff" + MARKDOWN,
    "bom without front matter": "\ufeffI gained 4 weeks of experience.\nMore.\n",
    "comment mid-line": "Followed 4 <!-- check the number --> patients daily.\nWrote <!--a-->notes<!--b-->.\n",
    "comment on its own line": "Followed patients.\n<!-- erasl-disable F101 -->\nI learned a lot.\n<!-- erasl-enable -->\nEnd.\n",
    "comment spanning lines": "Followed <!-- one\ntwo\nthree --> patients.\n",
    "crlf comments": "Followed 4 <!-- x --> patients.\r\n<!-- own line -->\r\nWrote notes.\r\n",
    "fenced code": "## One\nText `inline` here.\n```text\n## not a heading\ncode\n```\nAfter.\n",
    "leading blank lines": "\n\n   \n\t\nFollowed 4 patients.\n\n\n",
    "leading blanks after heading": "## One\n\n\n   Indented first line.\n  and a second.\n\n## Two\n\n\nText.",
    "thematic break": "First part.\n\n***\n\nSecond part.\n",
    "crlf everywhere": "---\r\nkind: meaningful\r\n---\r\n\r\n## A\r\n---\r\ntype: work\r\n---\r\nLine one.\r\nLine two.\r\n",
}


@pytest.mark.parametrize("name", sorted(MAPPING_DOCUMENTS))
def test_every_entry_character_maps_back_to_the_same_source_character(name):
    document = split(MAPPING_DOCUMENTS[name])
    assert document.entries, "no entries to check"
    assert_maps_back(document)


@pytest.mark.parametrize("name", sorted(MAPPING_DOCUMENTS))
def test_mapping_holds_after_decoding_bytes(name):
    data = MAPPING_DOCUMENTS[name].encode("utf-8")
    source = decode_draft(data, "draft.md")
    document = split_entries(source, known_kinds=KINDS, known_types=TYPES)
    assert_maps_back(document)


def test_comments_are_cut_from_the_text():
    entries = split(MAPPING_DOCUMENTS["comment mid-line"]).entries
    assert entries[0].text == "Followed 4  patients daily.\nWrote notes."
    own_line = split(MAPPING_DOCUMENTS["comment on its own line"]).entries[0]
    assert own_line.text == "Followed patients.\nI learned a lot.\nEnd."


def test_a_bom_is_not_entry_text_and_does_not_hide_front_matter():
    [entry] = split("\ufeff---\nkind: meaningful\n---\nAdmitted 6 patients a night.\n").entries
    assert entry.kind == "meaningful"
    assert entry.text == "Admitted 6 patients a night."
    [plain] = split("\ufeffFollowed 4 patients.").entries
    assert plain.text == "Followed 4 patients."


def test_bom_passed_to_lint_text_is_neither_l203_nor_metadata_text():
    found = erasl.lint_text("\ufeff---\nkind: meaningful\n---\nAdmitted 6 patients a night.\n",
                            settings=Settings(select=["L203", "E101", "L102"]), path="bom.md")
    assert [(d.code, d.kind) for d in found] == [("L102", "meaningful")]


def test_leading_and_trailing_blank_lines_are_trimmed():
    document = split(MAPPING_DOCUMENTS["leading blank lines"])
    [entry] = document.entries
    assert entry.text == "Followed 4 patients."
    assert document.source.line_col(entry.source_start) == (5, 1)


# --- CRLF ------------------------------------------------------------------

def test_crlf_entry_text_has_no_carriage_returns():
    for name in ("crlf", "crlf comments", "crlf everywhere"):
        for entry in split(MAPPING_DOCUMENTS[name]).entries:
            assert "\r" not in entry.text
    first = split(MAPPING_DOCUMENTS["crlf everywhere"]).entries[0]
    assert first.text == "Line one.\nLine two."
    assert first.kind == "meaningful" and first.metadata["type"] == "work"


def test_crlf_diagnostic_points_at_the_right_line_and_column():
    text = "## Entry\r\nFollowed 4 patients.\r\nThen I gained valuable experience.\r\n"
    [found] = erasl.lint_text(text, settings=Settings(select=["F101"]), path="crlf.md")
    assert (found.line, found.column, found.end_line, found.end_column) == (3, 8, 3, 34)
    assert text[found.source_start:found.source_end] == "gained valuable experience"


# --- line_col ----------------------------------------------------------------

def test_line_col_counts_characters_from_one():
    source = SourceFile("x.md", "ab\r\ncé\n\nz")
    assert source.line_col(0) == (1, 1)
    assert source.line_col(1) == (1, 2)
    assert source.line_col(2) == (1, 3)  # the '\r'
    assert source.line_col(4) == (2, 1)
    assert source.line_col(5) == (2, 2)  # 'é' is one character, not two bytes
    assert source.line_col(7) == (3, 1)
    assert source.line_col(8) == (4, 1)
    assert source.line_col(9) == (4, 2)  # end of file
    assert source.line_text(1) == "ab" and source.line_text(2) == "cé" and source.line_text(4) == "z"


# --- masking -----------------------------------------------------------------

MASKED = (
    "Wrote `exposure to` in the docs.\n"
    "See https://example.org/exposure-to/index.html and www.example.org/learn-a-lot today.\n"
    "Mail exposure.to@example.org for the code.\n"
    "```\n"
    "I gained valuable experience in code.\n"
    "```\n"
    "Real filler: it gave me exposure to cardiology."
)


def test_code_urls_and_emails_are_blanked_in_prose_only():
    [entry] = split(MASKED).entries
    assert len(entry.prose) == len(entry.text)
    assert entry.text == MASKED
    for hidden in ("`exposure to`", "https://example.org/exposure-to/index.html", "www.example.org/learn-a-lot",
                   "exposure.to@example.org", "I gained valuable experience in code."):
        start = entry.text.index(hidden)
        assert entry.prose[start:start + len(hidden)].strip() == "", hidden
    assert entry.prose.count("\n") == entry.text.count("\n")
    assert entry.prose.endswith("Real filler: it gave me exposure to cardiology.")


def test_rules_do_not_read_masked_text():
    found = erasl.lint_text(MASKED, settings=Settings(select=["F101"]), path="masked.md")
    assert [(d.code, d.line, MASKED.splitlines()[d.line - 1][d.column - 1:d.end_column - 1]) for d in found] == [
        ("F101", 7, "gave me exposure to"),
    ]


def test_a_phrase_hard_wrapped_across_lines_is_found_at_its_source_lines():
    text = "Followed 4 patients daily and gained valuable\nexperience in the clinic.\n"
    [entry] = split(text).entries
    assert len(entry.parse_text) == len(entry.text)
    [found] = erasl.lint_text(text, settings=Settings(select=["F101"]), path="wrapped.md")
    assert (found.line, found.column, found.end_line, found.end_column) == (1, 31, 2, 11)
    assert text[found.source_start:found.source_end] == "gained valuable\nexperience"


def test_txt_files_mask_urls_but_not_backticks():
    [entry] = split("See `exposure to` at https://example.org/exposure-to.", path="draft.txt").entries
    assert "`exposure to`" in entry.prose
    assert "example.org" not in entry.prose


# --- inline suppression ------------------------------------------------------

SUPPRESSION_TEXTS = {
    "region.md": (
        "I gained valuable experience in clinic.\n"          # 1: F101 reported
        "<!-- erasl-disable F101 -->\n"
        "I learned a lot. Patients were seen daily.\n"        # 3: F101 off, P101 still on
        "<!-- erasl-enable -->\n"
        "I learned a lot again.\n"                            # 5: F101 reported
    ),
    "next-line.md": (
        "<!-- erasl-disable-next-line P101 -->\n"
        "Patients were seen daily.\n"                        # 2: off
        "Notes were written daily.\n"                        # 3: reported
    ),
    "all.md": (
        "Patients were seen.\n"                              # 1: reported
        "<!-- erasl-disable -->\n"
        "I learned a lot. Patients were seen.\n"             # 3: everything off
        "<!-- erasl-enable -->\n"
        "Notes were written.\n"                              # 5: reported
    ),
    "prefix.md": (
        "<!-- erasl-disable F -->\n"
        "I learned a lot. Patients were seen.\n"             # 2: F101 off, P101 on
    ),
    "reason.md": (
        "<!-- erasl-disable F101 -- quoting the patient's own words -->\n"
        "I learned a lot. Patients were seen.\n"             # 2: the reason names no codes: P101 on
    ),
    "blank-before.md": (
        "<!-- erasl-disable-next-line -->\n"
        "\n"
        "I learned a lot. Patients were seen.\n"             # 3: the next non-blank line is off
        "I learned a lot.\n"                                 # 4: reported
    ),
}


@pytest.fixture(scope="module")
def suppression_results():
    paths = list(SUPPRESSION_TEXTS)
    found = erasl.lint_texts(list(SUPPRESSION_TEXTS.values()), settings=Settings(select=["F101", "P101"]), paths=paths)
    return {path: [(d.code, d.line) for d in diagnostics] for path, diagnostics in zip(paths, found)}


@pytest.mark.parametrize(("path", "expected"), [
    ("region.md", [("F101", 1), ("P101", 3), ("F101", 5)]),
    ("next-line.md", [("P101", 3)]),
    ("all.md", [("P101", 1), ("P101", 5)]),
    ("prefix.md", [("P101", 2)]),
    ("reason.md", [("P101", 2)]),
    ("blank-before.md", [("F101", 4)]),
])
def test_inline_suppression(suppression_results, path, expected):
    assert suppression_results[path] == expected


def test_suppression_comments_do_not_count_as_text():
    [entry] = split(SUPPRESSION_TEXTS["region.md"]).entries
    assert "erasl" not in entry.text


# --- character counts --------------------------------------------------------

def _body(length: int) -> str:
    sentence = "Followed 4 patients daily and wrote notes. "
    return (sentence * (length // len(sentence) + 1))[:length - 1] + "."


LONG_COMMENT = "<!-- " + "Reminder: ask Dr. Okafor whether the numbers are right. " * 5 + "-->\n"
FRONT = "---\nkind: experience\ntitle: Internal medicine observership at Mercy\norganization: Mercy Hospital\n---\n"


def test_only_the_pasted_text_counts_toward_the_limit():
    body_740, body_760 = _body(740), _body(760)
    texts = [
        FRONT + LONG_COMMENT + body_740[:300] + "<!-- inline aside, not pasted -->" + body_740[300:] + "\n",
        FRONT + "# Drafts\n\n## Observership\n---\ntype: observership\n---\n" + LONG_COMMENT + body_740 + "\n",
        "<!-- header -->\n" + body_760 + "\n",
    ]
    within, within_heading, over = erasl.lint_texts(
        texts, settings=Settings(select=["L101"]), paths=["a.md", "b.md", "c.md"])
    assert within == [] and within_heading == []
    [diagnostic] = over
    assert diagnostic.code == "L101"
    assert "760 characters" in diagnostic.message and "10 over" in diagnostic.message
    # The overflow starts at character 751 of the body, which starts line 2.
    assert (diagnostic.line, diagnostic.column) == (2, 751)
    assert (diagnostic.end_line, diagnostic.end_column) == (2, 761)
    assert texts[2][diagnostic.source_start:diagnostic.source_end] == body_760[750:]


def test_character_count_is_the_entry_text_length():
    document = split(FRONT + LONG_COMMENT + "## Entry\n---\ntype: work\n---\n" + _body(740) + "\n")
    assert [len(e.text) for e in document.entries] == [740]


def test_suppression_by_rule_name_and_enable_by_prefix():
    text = (
        "<!-- erasl-disable vague-filler -->\n"
        "I gained valuable experience. Patients were seen daily.\n"
        "<!-- erasl-enable vague-filler --><!-- erasl-disable F101 -->\n"
        "I gained valuable experience again.\n"
        "<!-- erasl-enable F -->\n"
        "I gained valuable experience once more.\n"
    )
    found = [(d.code, d.line) for d in erasl.lint_text(text, settings=Settings(select=["F101", "P101"]))]
    assert ("P101", 2) in found  # only the named rule is off
    assert ("F101", 2) not in found and ("F101", 4) not in found
    assert ("F101", 6) in found  # `enable F` closed both F101 regions
