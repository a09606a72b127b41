"""Running the rules: one spaCy pass over every entry, then suppressions, supersession and sorting."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Callable, Iterable

from erasl.checks import CHECK_KINDS, Check
from erasl.config import Settings
from erasl.diagnostics import Diagnostic, Fix, Severity
from erasl.discovery import collect
from erasl.document import Document, InputError, SourceFile, decode_draft, read_draft, split_entries
from erasl.registry import RuleFileError, RuleSet, load_rules

METADATA_RULE = "E101"


@dataclass
class Report:
    """What a run found: diagnostics, files it could not read, and notes for stderr."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    # spaCy Doc per entry, keyed by (path, entry index); filled only when asked (`keep_parses`)
    parses: dict = field(default_factory=dict)

    @property
    def files_checked(self) -> int:
        return len(self.documents)

    @property
    def entries_checked(self) -> int:
        return sum(len(document.entries) for document in self.documents)

    def exit_code(self, fail_on: Severity) -> int:
        """0 clean, 1 problems at or above `fail_on`, 2 when some input could not be read."""
        if self.errors:
            return 2
        return 1 if any(d.severity >= fail_on for d in self.diagnostics) else 0


class Linter:
    """Rules compiled once for a set of settings; lint any number of documents with it."""

    def __init__(self, settings: Settings | None = None, ruleset: RuleSet | None = None, cache=None,
                 jobs: int | None = None):
        self.settings = settings or Settings()
        self.jobs = jobs  # parser processes; None = decide from the number of entries
        self.ruleset = ruleset or load_rules()
        self.cache = cache  # a ResultCache, or None (the API never writes unless given one)
        self._checks: list[Check] | None = None
        self._application_checks: list[Check] | None = None

    @property
    def checks(self) -> list[Check]:
        if self._checks is None:
            selected = [
                rule for code, rule in sorted(self.ruleset.rules.items())
                if self.settings.selects(code) and _scope(rule) == "entry"
            ]
            needs_nlp = any(CHECK_KINDS[rule.check].needs_parse for rule in selected if rule.check in CHECK_KINDS)
            nlp = self.nlp if needs_nlp else None
            pool = None
            if nlp is not None:
                from erasl.checks.phrases import MatcherPool

                pool = MatcherPool(nlp)
            checks = []
            for rule in selected:
                if rule.check not in CHECK_KINDS:
                    raise RuleFileError(
                        f"{rule.file}: [{rule.code}]: unknown check {rule.check!r} (known: {', '.join(sorted(CHECK_KINDS))})"
                    )
                checks.append(CHECK_KINDS[rule.check](rule, self.ruleset, self.settings, nlp, pool))
            self._checks = checks
        return self._checks

    @property
    def application_checks(self) -> list[Check]:
        """The selected cross-entry checks; they need no parse, so compiling them never loads spaCy."""
        if self._application_checks is None:
            self._application_checks = [
                CHECK_KINDS[rule.check](rule, self.ruleset, self.settings, None)
                for code, rule in sorted(self.ruleset.rules.items())
                if self.settings.selects(code) and _scope(rule) == "application"
            ]
        return self._application_checks

    @property
    def nlp(self):
        from erasl.nlp import load_model

        return load_model(self.settings.model)

    # --- documents -------------------------------------------------------

    def parse(self, source: SourceFile, kind: str | None = None) -> Document:
        default_kind = kind or self.settings.kind_for_path(source.path, self.ruleset)
        return split_entries(
            source, default_kind,
            known_kinds=tuple(self.ruleset.kinds), known_types=self.ruleset.experience_types,
        )

    def lint_documents(self, documents: list[Document],
                       progress: Callable[[int, int], None] | None = None,
                       parses: dict | None = None, across_entries: bool = True) -> list[Diagnostic]:
        """Every entry of every document through one `nlp.pipe`, then every selected rule.

        Given a `parses` dict, every entry is parsed (even when no selected rule
        needs it) and its Doc is stored under (path, entry index), so callers such
        as `erasl suggest` reuse this pass instead of parsing the text again.
        """
        entries = [(document, entry) for document in documents for entry in document.entries]
        checks = self.checks
        parsed: Iterable
        if entries and (parses is not None or any(check.needs_parse for check in checks)):
            jobs = self.jobs or default_jobs(len(entries))
            texts = [entry.parse_text for _, entry in entries]
            parsed = self.nlp.pipe(texts, n_process=jobs, batch_size=64) if jobs > 1 else self.nlp.pipe(texts)
        else:
            parsed = (None for _ in entries)
        diagnostics: list[Diagnostic] = []
        for number, ((document, entry), doc) in enumerate(zip(entries, parsed), start=1):
            if parses is not None:
                parses[(entry.path, entry.index)] = doc
            found = []
            for check in checks:
                if not check.rule.applies_to(entry.kind) or not self.settings.selects(check.rule.code, entry.path):
                    continue
                for diagnostic in check.run(entry, doc):
                    self._place(diagnostic, entry)
                    found.append(diagnostic)
            diagnostics.extend(_drop_superseded(found, self.ruleset))
            if progress:
                progress(number, len(entries))
        diagnostics.extend(self._metadata_diagnostics(documents))
        if across_entries:
            diagnostics.extend(self.application_diagnostics(documents))
        by_path = {document.source.path: document for document in documents}
        kept = [d for d in diagnostics if not _suppressed(d, by_path.get(d.path))]
        return sorted(kept, key=Diagnostic.sort_key)

    def _place(self, diagnostic: Diagnostic, entry) -> None:
        """Map a diagnostic's entry span to the source file, once."""
        source_start, source_end = entry.span_to_source(diagnostic.start, diagnostic.end)
        diagnostic.path = entry.path
        diagnostic.entry = entry.index
        diagnostic.entry_title = entry.title
        diagnostic.kind = entry.kind
        self._set_position(diagnostic, entry.source, source_start, source_end)
        if diagnostic.fix is not None:
            diagnostic.fix_source_start, diagnostic.fix_source_end = _fix_span_in_source(entry, diagnostic.fix)

    @staticmethod
    def _set_position(diagnostic: Diagnostic, source: SourceFile, start: int, end: int) -> None:
        diagnostic.source_start, diagnostic.source_end = start, end
        diagnostic.line, diagnostic.column = source.line_col(start)
        diagnostic.end_line, diagnostic.end_column = source.line_col(end)

    def application_diagnostics(self, documents: list[Document]) -> list[Diagnostic]:
        """The cross-entry rules, once per application.

        Each folder given on the command line is one application (an advisor runs
        `erasl check applicants/*/`); files named one by one are read together as one.
        """
        checks = self.application_checks
        if not checks:
            return []
        from erasl.application import Application

        groups: dict[str, list] = {}
        for document in documents:
            groups.setdefault(document.application, []).extend(document.entries)
        found = []
        for entries in groups.values():
            application = Application.build(entries, self.ruleset, self.settings)
            for check in checks:
                for entry, diagnostic in check.run_application(application):
                    if check.rule.applies_to(entry.kind) and self.settings.selects(check.rule.code, entry.path):
                        self._place(diagnostic, entry)
                        found.append(diagnostic)
        return found

    def _metadata_diagnostics(self, documents: list[Document]) -> list[Diagnostic]:
        rule = self.ruleset.rules.get(METADATA_RULE)
        if rule is None:
            return []
        found = []
        for document in documents:
            if not self.settings.selects(METADATA_RULE, document.source.path):
                continue
            for problem in document.problems:
                diagnostic = Diagnostic(
                    code=rule.code, rule=rule.name, severity=rule.severity,
                    message=rule.message.format(problem=problem.message), help=rule.help,
                    start=0, end=0, path=document.source.path,
                )
                self._set_position(diagnostic, document.source, problem.source_start, problem.source_end)
                found.append(diagnostic)
        return found

    # --- inputs ----------------------------------------------------------

    def lint_paths(self, paths: list[str], stdin: bytes | None = None, stdin_name: str = "<stdin>",
                   progress: Callable[[int, int], None] | None = None, keep_parses: bool = False) -> Report:
        """Read, split and lint files and folders; unreadable inputs are reported, not fatal.

        `keep_parses` keeps each entry's Doc in `report.parses` (the cache is bypassed:
        a cached result has no parse).
        """
        report = Report()
        for path, display, application in collect(paths, report, self.settings, stdin_name):
            try:
                if path is None:
                    source = decode_draft(stdin or b"", display)
                else:
                    source = read_draft(path, display, self.settings.max_file_bytes)
            except InputError as error:
                report.errors.append(error)
                continue
            if source.note:
                report.notes.append(f"{display}: {source.note}")
            document = self.parse(source)
            document.application = application
            if not document.entries:
                report.notes.append(f"{display}: empty: no text to check")
            report.documents.append(document)
        if keep_parses:
            report.diagnostics = self.lint_documents(report.documents, progress, parses=report.parses)
        else:
            report.diagnostics = self._lint_with_cache(report.documents, progress)
        if self.cache is not None:
            report.notes.extend(self.cache.notes)
        return report

    def _lint_with_cache(self, documents: list[Document], progress) -> list[Diagnostic]:
        """Reuse stored results for unchanged drafts; parse only the rest (spaCy stays unimported if none)."""
        if self.cache is None:
            return self.lint_documents(documents, progress)
        found: list[Diagnostic] = []
        keys = {}
        fresh = []
        for document in documents:
            key = self.cache.key(document.source.path, document.source.text)
            cached = self.cache.load(key)
            if cached is None:
                keys[document.source.path] = key
                fresh.append(document)
            else:
                found.extend(cached)
        # Cached per draft: only the entry rules. Cross-entry rules depend on every draft, so they run
        # fresh each time (they need no parse, so a fully cached run still never imports spaCy).
        linted = self.lint_documents(fresh, progress, across_entries=False) if fresh else []
        by_path: dict[str, list[Diagnostic]] = {document.source.path: [] for document in fresh}
        for diagnostic in linted:
            by_path.setdefault(diagnostic.path, []).append(diagnostic)
        for path, diagnostics in by_path.items():
            if path in keys:
                self.cache.store(keys[path], diagnostics)
        by_path = {document.source.path: document for document in documents}
        across = [d for d in self.application_diagnostics(documents) if not _suppressed(d, by_path.get(d.path))]
        return sorted(found + linted + across, key=Diagnostic.sort_key)


def _fix_span_in_source(entry, fix: Fix) -> tuple[int, int] | tuple[None, None]:
    """Where the fix's text lies in the source file, so editors can replace it in place.

    (None, None) when the fixed text is not one unbroken run of the file (it
    would cross a heading, metadata block or comment), or when it covers masked
    text (a URL, inline code): the replacement was built from the blanked copy.
    A CRLF the entry folded to LF is taken whole, so no stray carriage return is left behind.
    """
    if entry.prose[fix.start:fix.end] != entry.text[fix.start:fix.end]:
        return None, None
    start, end = entry.span_to_source(fix.start, fix.end)
    text = entry.source.text
    if fix.end > fix.start and entry.text[fix.start] == "\n" and text[start - 1:start] == "\r":
        start -= 1
    if text[start:end].replace("\r\n", "\n") != entry.text[fix.start:fix.end]:
        return None, None
    return start, end


PARALLEL_FROM_ENTRIES = 1000  # below this, starting worker processes costs more than it saves


def default_jobs(entries: int) -> int:
    """Worker processes for spaCy: one for small runs, up to two cores' worth for big ones."""
    if entries < PARALLEL_FROM_ENTRIES:
        return 1
    return max(1, min(2, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1))


def _scope(rule) -> str:
    """'entry' or 'application' (unknown check kinds count as entry checks, which then report them)."""
    kind = CHECK_KINDS.get(rule.check)
    return kind.scope if kind is not None else "entry"


def _drop_superseded(diagnostics: list[Diagnostic], ruleset: RuleSet) -> list[Diagnostic]:
    """A specific rule hides a general one on the same words (P102 over P101, F101 over P101)."""
    dropped = set()
    for winner in diagnostics:
        superseded = ruleset.rules[winner.code].supersedes if winner.code in ruleset.rules else ()
        for index, other in enumerate(diagnostics):
            if other.code in superseded and other.start < winner.end and winner.start < other.end:
                dropped.add(index)
    return [d for index, d in enumerate(diagnostics) if index not in dropped]


def _suppressed(diagnostic: Diagnostic, document: Document | None) -> bool:
    if document is None:
        return False
    return any(s.covers(diagnostic.line, diagnostic.code, diagnostic.rule) for s in document.suppressions)
