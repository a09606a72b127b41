"""Properties over generated hostile drafts (hypothesis): the reader, the splitter, the API, the
cache and --fix.

For any draft: nothing raises; every span lies inside the text and maps back to the same
characters; results are deterministic; a cached result equals a fresh one; --fix keeps every
word it does not fix. Drafts come from tests/hostile_drafts.py (also used by bench/fuzz.py,
which runs the long campaigns). CI runs a bounded, derandomized number of examples; set
ERASL_PROPERTY_SCALE=10 (or more) to run ten times as many, with fresh random ones.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import asdict
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import erasl
from erasl.cache import ResultCache
from erasl.config import Settings
from erasl.document import InputError, SourceFile, decode_draft, split_entries
from erasl.engine import Linter
from erasl.fixes import apply_fixes, write_fixed
from erasl.registry import load_rules
from tests.hostile_drafts import FRAGMENTS, draft_from, words

SCALE = int(os.environ.get("ERASL_PROPERTY_SCALE", "1"))
settings.register_profile(
    "erasl", deadline=None, derandomize=SCALE == 1, database=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile("erasl")

RULES = load_rules()
KINDS = list(RULES.kinds)

recipes = st.lists(
    st.tuples(st.integers(0, len(FRAGMENTS) - 1), st.integers(0, 1 << 16), st.integers(0, 40)), max_size=12)
small_recipes = st.lists(
    st.tuples(st.integers(0, len(FRAGMENTS) - 1), st.integers(0, 1 << 16), st.integers(0, 12)), max_size=6)
drafts = recipes.map(draft_from)
drafts_with_surrogates = recipes.map(lambda recipe: draft_from(recipe, surrogates=True))
# What the parse sees is kept small: the spaCy parse is the slow part of every example.
small_drafts = small_recipes.map(draft_from)
paths = st.sampled_from(["draft.md", "draft.txt", "im/ps.md", "Notes.MD"])


def assert_entries_map_back(document, source):
    """Every character of every entry is the source character it says it came from."""
    for entry in document.entries:
        assert len(entry.prose) == len(entry.text) == len(entry.parse_text)
        for offset, char in enumerate(entry.text):
            position = entry.to_source(offset)
            assert 0 <= position < len(source.text)
            assert source.text[position] == char, (offset, position)
    for problem in document.problems:
        assert 0 <= problem.source_start <= problem.source_end <= len(source.text)


def snapshot(document):
    return ([(e.kind, e.title, e.metadata, e.text, e.segments) for e in document.entries],
            [asdict(s) for s in document.suppressions], [asdict(p) for p in document.problems])


@settings(max_examples=300 * SCALE)
@given(text=drafts_with_surrogates, path=paths)
def test_the_splitter_maps_every_character_back_and_is_deterministic(text, path):
    source = SourceFile(path, text)
    document = split_entries(source, known_kinds=tuple(KINDS), known_types=RULES.experience_types)
    assert_entries_map_back(document, source)
    again = split_entries(SourceFile(path, text), known_kinds=tuple(KINDS), known_types=RULES.experience_types)
    assert snapshot(again) == snapshot(document)


@settings(max_examples=200 * SCALE)
@given(data=st.binary(max_size=300) | drafts.map(lambda t: t.encode("utf-8")).flatmap(
    lambda b: st.sampled_from([b, b"\xef\xbb\xbf" + b, "\ufeff".encode("utf-16") + b[:50], b + b"\xff\x00"])))
def test_any_bytes_are_read_or_refused_with_a_message(data):
    try:
        source = decode_draft(data, "draft.md")
    except InputError as error:
        assert error.message and "\n" not in error.message
        return
    document = split_entries(source)
    assert_entries_map_back(document, source)


def assert_sound(diagnostics, text):
    source = SourceFile("<text>", text)
    for d in diagnostics:
        assert 0 <= d.source_start <= d.source_end <= len(text), d
        assert (d.line, d.column) == source.line_col(d.source_start), d
        assert (d.end_line, d.end_column) == source.line_col(d.source_end), d
        if d.fix_source_start is not None:
            assert 0 <= d.fix_source_start <= d.fix_source_end <= len(text), d


@settings(max_examples=15 * SCALE)
@given(text=small_recipes.map(lambda recipe: draft_from(recipe, surrogates=True)), kind=st.sampled_from(KINDS))
def test_the_api_never_raises_keeps_spans_in_the_text_and_is_deterministic(text, kind):
    first = erasl.lint_text(text, kind=kind, path="draft.md")
    assert_sound(first, text)
    assert [asdict(d) for d in erasl.lint_text(text, kind=kind, path="draft.md")] == [asdict(d) for d in first]


_LINTER = None


def linter() -> Linter:
    """One compiled linter for the examples (compiling the rules is not what is under test)."""
    global _LINTER
    if _LINTER is None:
        _LINTER = Linter(Settings())
    return _LINTER


def records(report):
    return sorted((asdict(d) for d in report.diagnostics), key=lambda r: (r["path"], r["source_start"], r["code"],
                                                                         r["message"]))


@settings(max_examples=20 * SCALE)
@given(texts=st.lists(small_drafts, min_size=1, max_size=2))
def test_a_cached_result_equals_a_fresh_one(texts):
    lint = linter()
    with tempfile.TemporaryDirectory() as folder:
        files = []
        for number, text in enumerate(texts):
            file = Path(folder) / f"d{number}.md"
            file.write_text(text, encoding="utf-8", newline="")
            files.append(str(file))
        files.append(files[0])  # a draft named twice is read once, cached or not
        lint.cache = None
        fresh = records(lint.lint_paths(files))
        lint.cache = ResultCache(Path(folder) / "cache", "fingerprint")
        stored = records(lint.lint_paths(files))
        lint.cache = ResultCache(Path(folder) / "cache", "fingerprint")
        cached = records(lint.lint_paths(files))
        assert lint.cache.notes == [], "every entry read back is sound"
        lint.cache = None
    assert stored == fresh
    assert cached == fresh


@settings(max_examples=20 * SCALE)
@given(text=small_drafts)
def test_fix_keeps_every_word_it_does_not_fix_and_writes_exactly_its_text(text):
    lint = linter()
    lint.cache = None
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / "draft.md"
        file.write_bytes(text.encode("utf-8"))
        report = lint.lint_paths([str(file)])
        if not report.documents:
            return
        source = report.documents[0].source
        fix = apply_fixes(source, report.diagnostics)
        if fix.changed:
            write_fixed(file, fix)
            assert file.read_bytes() == ("\ufeff" if text.startswith("\ufeff") else "").encode() + \
                fix.fixed.encode("utf-8") or file.read_bytes() == fix.fixed.encode("utf-8")
        assert [p.name for p in Path(folder).iterdir()] == ["draft.md"], "no temporary file left"
    spans = [(d.fix_source_start, d.fix_source_end) for d in fix.applied]
    for start, end in spans:
        assert 0 <= start <= end <= len(source.text)
    # Every word outside the fixed spans is still there, in order.
    position = 0
    import re

    for match in re.finditer(r"[^\W_]+", source.text):
        if any(start < match.end() and match.start() < end for start, end in spans):
            continue
        found = fix.fixed.find(match.group(0), position)
        assert found != -1, f"lost {match.group(0)!r}"
        position = found + len(match.group(0))
    assert len(words(fix.fixed)) >= len(words(source.text)) - sum(
        len(words(source.text[start:end])) for start, end in spans)
