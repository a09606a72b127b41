"""erasl: a linter for ERAS residency-application drafts.

The public API is small and pure (no printing, no writes, no global state
beyond the cached spaCy model and the rules compiled for recent settings), so
the CLI, the language server, `erasl serve` and batch users all call the same
functions:

    import erasl
    diagnostics = erasl.lint_text("I gained valuable experience.", kind="experience")
    report = erasl.lint_paths(["drafts/"])
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__", "lint_text", "lint_texts", "lint_paths", "suggest_text", "export_text", "read_text",
           "Diagnostic", "Severity", "Settings"]


def __getattr__(name: str):
    # Lazy so that `erasl --version` never imports the engine (or spaCy).
    if name in ("Diagnostic", "Severity"):
        from erasl import diagnostics

        return getattr(diagnostics, name)
    if name == "Settings":
        from erasl.config import Settings

        return Settings
    raise AttributeError(name)


_LINTERS: dict = {}  # (repr(settings), month) -> Linter: compiling the rules costs more than linting an entry
_LINTERS_KEPT = 8


def _linter(settings):
    """A Linter compiled for these settings, reused across calls (the language server does the same)."""
    from erasl.config import Settings
    from erasl.engine import Linter

    from datetime import date

    settings = settings or Settings()
    key = (repr(settings), date.today().year, date.today().month)  # "ongoing" is judged against this month
    linter = _LINTERS.get(key)
    if linter is None:
        if len(_LINTERS) >= _LINTERS_KEPT:
            _LINTERS.pop(next(iter(_LINTERS)))
        linter = _LINTERS[key] = Linter(settings)
    return linter


def _check_kind(kind: str | None, linter) -> None:
    """An unknown kind would silently lint with no kind's limits; say so instead."""
    if kind is not None and kind not in linter.ruleset.kinds:
        raise ValueError(f"unknown kind {kind!r} (known: {', '.join(linter.ruleset.kinds)})")


def lint_texts(texts, kind: str | None = None, settings=None, paths=None):
    """Lint many texts in one spaCy pass; returns one list of diagnostics per text.

    `paths` (optional, one per text) are used for display, kind inference and
    per-file-ignores; the files are not read.
    """
    from erasl.document import SourceFile

    linter = _linter(settings)
    _check_kind(kind, linter)
    texts = list(texts)
    paths = list(paths) if paths is not None else [f"<text {i + 1}>" for i in range(len(texts))]
    if len(paths) != len(texts):
        raise ValueError(f"lint_texts: {len(texts)} texts but {len(paths)} paths; give one path per text")
    if len(set(paths)) != len(paths):
        raise ValueError("lint_texts: paths must be distinct (results are matched to texts by path)")
    documents = [linter.parse(SourceFile(path, text), kind) for path, text in zip(paths, texts)]
    found = linter.lint_documents(documents)
    return [[d for d in found if d.path == path] for path in paths]


def lint_text(text: str, kind: str | None = None, settings=None, path: str = "<text>"):
    """Lint one draft's text; `kind` defaults to what the path implies, else experience."""
    return lint_texts([text], kind, settings, [path])[0]


def lint_paths(paths, settings=None):
    """Lint files and folders (`-` reads stdin is not supported here); returns a Report."""
    from erasl.engine import Linter

    return Linter(settings).lint_paths([str(p) for p in paths])


def suggest_text(text: str, kind: str | None = None, settings=None, path: str = "<text>"):
    """Rewrite suggestions for one draft's text, one per entry (the same parse the rules read).

    Each has `.text` (the skeleton, with [placeholders]), `.advice` for statements,
    `.left_out` and `.facts`; `.to_dict()` gives the JSON `erasl suggest` prints.
    """
    from erasl.document import SourceFile
    from erasl.rewrite import Rewriter

    linter = _linter(settings)
    _check_kind(kind, linter)
    document = linter.parse(SourceFile(path, text), kind)
    parses: dict = {}
    diagnostics = linter.lint_documents([document], parses=parses)
    rewriter = Rewriter(linter.nlp, linter.ruleset, linter.settings)
    return [
        rewriter.suggest(entry, parses[(entry.path, entry.index)], [d for d in diagnostics if d.entry == entry.index])
        for entry in document.entries
    ]


def read_text(text: str, kind: str | None = None, settings=None, path: str = "<text>", today=None):
    """What erasl reads in each entry of a draft: one `EntryProfile` per entry (`.to_dict()` for JSON).

    The same reading the rules, facts, report and rewrites use: type, US or not, specialty,
    settings, dates and weeks, counts, the applicant's own actions, supervisors and letters.
    """
    from erasl.document import SourceFile
    from erasl.engine import Linter

    linter = Linter(settings, today=today)
    _check_kind(kind, linter)
    document = linter.parse(SourceFile(path, text), kind)
    linter.lint_documents([document], parses={})
    return [entry.profile for entry in document.entries]


def export_text(text: str, kind: str | None = None, settings=None, path: str = "<text>"):
    """What `erasl export` would paste for one draft's text: one `PasteText` per entry.

    Each has `.text` (paste-ready), `.count` and `.limit` (the count `erasl export`
    prints), `.placeholders` and `.entry` (its kind, title and source offsets).
    """
    from erasl.config import Settings
    from erasl.document import SourceFile
    from erasl.export import export_rules, paste_texts
    from erasl.registry import load_rules

    settings = (settings or Settings()).with_overrides(select=export_rules(load_rules()), extend_select=[])
    linter = _linter(settings)
    _check_kind(kind, linter)
    document = linter.parse(SourceFile(path, text), kind)
    return paste_texts([document], linter.lint_documents([document]), settings, linter.ruleset)
