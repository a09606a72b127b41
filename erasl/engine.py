"""Running the rules, one way, in stages.

    entry checks (one spaCy pass) -> place -> drop superseded   \
    document checks (metadata) -> place at the problem           > findings (cached per draft)
    application checks (across entries) -> place                /
    findings -> spread entry-wide -> drop suppressed -> sort     = finish (fresh and cached alike)

Checks return findings; every later stage returns new ones (`dataclasses.replace`) and
never changes a finding in place.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Callable, Iterable, Iterator

from erasl.checks import CHECK_KINDS, Check
from erasl.config import Settings
from erasl.diagnostics import Diagnostic, Fix, Severity
from erasl.discovery import collect
from erasl.document import (Document, InputError, SourceFile, decode_draft, for_parser, read_draft,
                            split_entries)
from erasl.profile import month_index
from erasl.registry import RuleSet, load_rules


@dataclass
class ApplicationGroup:
    """The drafts of one application in a run, and the linter compiled for its settings."""

    key: str  # the application's folder ("" for loose files read together)
    label: str  # the folder as the user would type it
    name: str  # the folder's own name, for cohort tables
    linter: "Linter"
    documents: list[Document] = field(default_factory=list)


@dataclass
class Report:
    """What a run found: diagnostics, files it could not read, and notes for stderr."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    # spaCy Doc per entry, keyed by (path, entry index); filled only when asked (`keep_parses`)
    parses: dict = field(default_factory=dict)
    # findings a baseline holds (erasl/baseline.py); None when no baseline was given
    baselined: list[Diagnostic] | None = None
    applications: list["ApplicationGroup"] = field(default_factory=list)

    @property
    def files_checked(self) -> int:
        return len(self.documents)

    @property
    def entries_checked(self) -> int:
        return sum(len(document.entries) for document in self.documents)

    def exit_code(self, fail_on: Severity) -> int:
        """0 clean, 1 problems at or above `fail_on`, 2 when some input could not be read.

        A file in an application with a config of its own fails on that config's `fail-on`
        (the command line's `--fail-on`, when given, is already part of it).
        """
        if self.errors:
            return 2
        threshold = {document.source.path: group.linter.settings.fail_on
                     for group in self.applications for document in group.documents}
        return 1 if any(d.severity >= threshold.get(d.path, fail_on) for d in self.diagnostics) else 0


class Linter:
    """Rules compiled once for a set of settings; lint any number of documents with it."""

    def __init__(self, settings: Settings | None = None, ruleset: RuleSet | None = None, cache=None,
                 jobs: int | None = None, today: date | None = None, roots=None):
        self.settings = settings or Settings()
        self.jobs = jobs  # parser processes; None = decide from the number of entries
        self.ruleset = ruleset or load_rules()
        self.cache = cache  # a ResultCache, or None (the API never writes unless given one)
        self._checks: list[Check] | None = None
        self._application_checks: list[Check] | None = None
        self._document_checks: list[Check] | None = None
        self._pool = None
        self._profile_reader = None
        self.today = month_index(today or date.today())  # what "ongoing" and "ended" are judged against
        self.roots = roots  # erasl/discovery.py Roots: per-file settings and applications; None = these settings
        self._others: dict[int, Linter] = {}  # linters for other applications' settings, by id(settings)

    def _compiled(self, scope: str, nlp=None, pool=None) -> list[Check]:
        """The selected rules of one scope ("entry", "document", "application"), compiled."""
        return [
            CHECK_KINDS[rule.check](rule, self.ruleset, self.settings, nlp, pool)
            for code, rule in sorted(self.ruleset.rules.items())
            if self.settings.selects(code) and CHECK_KINDS[rule.check].scope == scope
        ]

    @property
    def checks(self) -> list[Check]:
        """The selected entry checks, sharing one matcher pool (spaCy loads only if one needs a parse)."""
        if self._checks is None:
            selected = [rule for code, rule in self.ruleset.rules.items()
                        if self.settings.selects(code) and CHECK_KINDS[rule.check].scope == "entry"]
            nlp = self.nlp if any(CHECK_KINDS[rule.check].needs_parse for rule in selected) else None
            self._checks = self._compiled("entry", nlp, self.pool if nlp is not None else None)
        return self._checks

    @property
    def application_checks(self) -> list[Check]:
        """The selected cross-entry checks; they need no parse, so compiling them never loads spaCy."""
        if self._application_checks is None:
            self._application_checks = self._compiled("application")
        return self._application_checks

    @property
    def document_checks(self) -> list[Check]:
        """The selected checks that read a whole file (its metadata problems); no parse."""
        if self._document_checks is None:
            self._document_checks = self._compiled("document")
        return self._document_checks

    @property
    def nlp(self):
        from erasl.nlp import load_model

        return load_model(self.settings.model)

    @property
    def pool(self):
        """One matcher pool for every phrase rule and the lexicon: one matching pass per entry."""
        if self._pool is None:
            from erasl.checks.phrases import MatcherPool

            self._pool = MatcherPool(self.nlp)
        return self._pool

    @property
    def profile_reader(self):
        """The reader that makes each entry's profile (erasl/profile.py), compiled once per run."""
        if self._profile_reader is None:
            from erasl.lexicon import Lexicon
            from erasl.profile import ProfileReader

            self.checks  # the rules' patterns join the pool first
            self._profile_reader = ProfileReader(self.nlp, self.ruleset, Lexicon(self.nlp, self.ruleset, self.pool))
        return self._profile_reader

    @property
    def reads_entries(self) -> bool:
        """Whether this run parses and profiles each entry (some rule reads the parse or the profile)."""
        return any(check.needs_parse for check in self.checks) or bool(self.application_checks)

    def title_docs(self, entries) -> dict[int, object]:
        """Each entry's title (and `organization:`), parsed in one batch, for the profile to read."""
        labelled = [(id(entry), ", ".join(filter(None, (entry.title, entry.metadata.get("organization")))))
                    for entry in entries]
        labelled = [(key, for_parser(text)) for key, text in labelled if text]
        # A title can be a 100,000-character heading too: the same pieces as an entry's text.
        return dict(zip((key for key, _ in labelled), parse_texts(self.nlp, [text for _, text in labelled])))

    # --- documents -------------------------------------------------------

    def parse(self, source: SourceFile, kind: str | None = None) -> Document:
        """Split a draft into entries of its kind: `kind`, else front matter, config or file name;
        a draft none of them types, clearly a personal statement by content, is read as one."""
        named = kind or self.settings.named_kind_for_path(source.path, self.ruleset)
        document = split_entries(
            source, named or "experience",
            known_kinds=tuple(self.ruleset.kinds), known_types=self.ruleset.experience_types,
        )
        if named is None and len(document.entries) == 1 and "personal-statement" in self.ruleset.kinds:
            entry = document.entries[0]
            typed = any(entry.metadata.get(key) for key in ("kind", "type", "organization", "start", "end"))
            from erasl.file_kinds import file_kinds

            evidence = None if typed else file_kinds(self.ruleset).statement_evidence(entry.text)
            if evidence:
                document = split_entries(source, "personal-statement", known_kinds=tuple(self.ruleset.kinds),
                                         known_types=self.ruleset.experience_types)
                document.kind_note = (
                    f"read as a personal statement ({evidence}); to pin the kind, add front matter "
                    "`kind: experience` (or `kind: personal-statement`), name the file e.g. "
                    "'personal-statement.txt', or map it in erasl.toml under [kinds]")
        return document

    def lint_documents(self, documents: list[Document],
                       progress: Callable[[int, int], None] | None = None,
                       parses: dict | None = None, across_entries: bool = True) -> list[Diagnostic]:
        """Every entry of every document through one `nlp.pipe`, then every selected rule.

        Given a `parses` dict, every entry is parsed (even when no selected rule
        needs it) and its Doc is stored under (path, entry index), so callers such
        as `erasl suggest` reuse this pass instead of parsing the text again.
        """
        return self.finish(self.findings(documents, progress, parses, across_entries), documents)

    def findings(self, documents: list[Document], progress: Callable[[int, int], None] | None = None,
                 parses: dict | None = None, across_entries: bool = True) -> list[Diagnostic]:
        """What the checks found, each placed in its source file (superseded ones dropped per entry);
        `finish` does the rest. Cached per draft without the cross-entry findings."""
        found = self.entry_findings(documents, progress, parses)
        found += self.document_findings(documents)
        if across_entries:
            found += self.application_diagnostics(documents)
        return found

    def finish(self, diagnostics: list[Diagnostic], documents: list[Document]) -> list[Diagnostic]:
        """The last stages, one list for fresh and cached findings alike: spread, suppress, sort."""
        entries = {(entry.path, entry.index): entry for document in documents for entry in document.entries}
        by_path = {document.source.path: document for document in documents}
        spread = spread_entry_wide(diagnostics, entries, self.ruleset)
        return sorted(unsuppressed(spread, by_path), key=Diagnostic.sort_key)

    def entry_findings(self, documents: list[Document], progress: Callable[[int, int], None] | None = None,
                       parses: dict | None = None) -> list[Diagnostic]:
        """Stage 1 for every entry: run the entry checks on one shared parse, place, drop superseded."""
        entries = [entry for document in documents for entry in document.entries]
        checks = self.checks
        parsed: Iterable
        reading = bool(entries) and (parses is not None or self.reads_entries)
        if reading:
            reader = self.profile_reader
            titles = self.title_docs(entries)
            jobs = self.jobs or default_jobs(len(entries))
            parsed = parse_texts(self.nlp, [entry.parse_text for entry in entries], jobs)
        else:
            parsed = (None for _ in entries)
        diagnostics: list[Diagnostic] = []
        for number, (entry, doc) in enumerate(zip(entries, parsed), start=1):
            if parses is not None:
                parses[(entry.path, entry.index)] = doc
            if reading:
                entry.profile = reader.read(entry, doc, titles.get(id(entry)), self.today)
            found = [
                place(diagnostic, entry)
                for check in checks if self._applies(check, entry)
                for diagnostic in (check.run(entry, doc) if check.kind == "wrapper"
                                   else on_entry_words(check.run(entry, doc), entry))
            ]
            diagnostics.extend(drop_superseded(found, self.ruleset))
            if progress:
                progress(number, len(entries))
        return diagnostics

    def _applies(self, check: Check, entry) -> bool:
        return check.rule.applies_to(entry.kind) and self.settings.selects(check.rule.code, entry.path)

    def document_findings(self, documents: list[Document]) -> list[Diagnostic]:
        """Findings about a whole file (metadata it cannot read), placed where the check says."""
        return [
            at_source(replace(diagnostic, path=document.source.path), document.source, start, end)
            for document in documents
            for check in self.document_checks if self.settings.selects(check.rule.code, document.source.path)
            for start, end, diagnostic in check.run_document(document)
        ]

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
            application.signature_store = self.cache  # near-duplicate signatures, kept between runs
            for check in checks:
                found += [place(diagnostic, entry) for entry, diagnostic in check.run_application(application)
                          if self._applies(check, entry)]
        return found

    # --- inputs ----------------------------------------------------------

    def lint_paths(self, paths: list[str], stdin: bytes | None = None, stdin_name: str = "<stdin>",
                   progress: Callable[[int, int], None] | None = None, keep_parses: bool = False) -> Report:
        """Read, split and lint files and folders; unreadable inputs are reported, not fatal.

        Each file belongs to one application (erasl/discovery.py) and is linted with that
        application's settings; the cross-entry rules never read two applications together.
        `keep_parses` keeps each entry's Doc in `report.parses` (the cache is bypassed:
        a cached result has no parse).
        """
        report = Report()
        groups: dict[str, ApplicationGroup] = {}
        for path, display, root in collect(paths, report, self.settings, stdin_name, self.roots):
            try:
                if path is None:
                    source = decode_draft(stdin or b"", display)
                else:
                    source = read_draft(path, display, root.settings.max_file_bytes)
            except InputError as error:
                report.errors.append(error)
                continue
            if source.note:
                report.notes.append(f"{display}: {source.note}")
            linter = self.for_settings(root.settings)
            document = linter.parse(source)
            document.application = root.key
            if not document.entries:
                report.notes.append(f"{display}: empty: no text to check")
            elif getattr(document, "kind_note", None):
                report.notes.append(f"{display}: {document.kind_note}")
            report.documents.append(document)
            group = groups.setdefault(root.key, ApplicationGroup(root.key, root.label, root.name, linter))
            group.documents.append(document)
        report.applications = list(groups.values())
        by_linter: dict[int, tuple[Linter, list[Document]]] = {}
        for group in report.applications:
            by_linter.setdefault(id(group.linter), (group.linter, []))[1].extend(group.documents)
        diagnostics: list[Diagnostic] = []
        for linter, documents in by_linter.values():
            if keep_parses:
                diagnostics += linter.lint_documents(documents, progress, parses=report.parses)
            else:
                diagnostics += linter._lint_with_cache(documents, progress)
            if linter.cache is not None and linter is not self:
                report.notes.extend(linter.cache.notes)
        report.diagnostics = sorted(diagnostics, key=Diagnostic.sort_key) if len(by_linter) > 1 else diagnostics
        if self.cache is not None:
            report.notes.extend(self.cache.notes)
        return report

    def for_settings(self, settings: Settings) -> "Linter":
        """The linter for one application's settings: this one, or one compiled for them (kept)."""
        if settings is self.settings:
            return self
        linter = self._others.get(id(settings))
        if linter is None:
            cache = None
            if self.cache is not None:
                from erasl.cache import ResultCache, _fingerprint

                # one cache folder per run, one fingerprint per config
                cache = ResultCache(self.cache.directory.parent, _fingerprint(settings, self.ruleset))
            linter = Linter(settings, self.ruleset, cache=cache, jobs=self.jobs)
            linter.today = self.today
            self._others[id(settings)] = linter
        return linter

    def _lint_with_cache(self, documents: list[Document], progress) -> list[Diagnostic]:
        """Reuse stored findings for unchanged drafts; parse only the rest (spaCy stays unimported if none).

        Stored per draft: the entry and document findings before `finish`. Cross-entry rules depend
        on every draft, so they run fresh each time (they need no parse, so a fully cached run still
        never imports spaCy); then everything goes through the same `finish` as a fresh run.
        """
        if self.cache is None:
            return self.lint_documents(documents, progress)
        found: list[Diagnostic] = []
        keys = {}
        fresh = []
        for document in documents:
            key = self.cache.key(document.source.path, document.source.text)
            cached = self.cache.load(key, document.source)
            if cached is None or not self._restore_profiles(document, cached[1]):
                keys[document.source.path] = key
                fresh.append(document)
            else:
                found.extend(cached[0])
        linted = self.findings(fresh, progress, across_entries=False) if fresh else []
        by_path: dict[str, list[Diagnostic]] = {document.source.path: [] for document in fresh}
        for diagnostic in linted:
            by_path.setdefault(diagnostic.path, []).append(diagnostic)
        documents_by_path = {document.source.path: document for document in fresh}
        for path, diagnostics in by_path.items():
            if path in keys:
                profiles = [entry.profile.to_dict() if entry.profile is not None else None
                            for entry in documents_by_path[path].entries]
                self.cache.store(keys[path], diagnostics, profiles)
        return self.finish(found + linted + self.application_diagnostics(documents), documents)

    def _restore_profiles(self, document: Document, stored) -> bool:
        """Put cached profiles back on the document's entries; False when they do not fit (re-lint it)."""
        from erasl.application import load_application_data
        from erasl.profile import EntryProfile

        if not isinstance(stored, list) or len(stored) != len(document.entries):
            return False
        tiers = {tier.name: tier for tier in load_application_data(self.ruleset).tiers}
        try:
            profiles = [None if data is None else EntryProfile.from_dict(data, tiers, entry)
                        for data, entry in zip(stored, document.entries)]
        except (TypeError, ValueError, KeyError, AttributeError):
            return False
        if self.application_checks and any(profile is None for profile in profiles):
            return False
        for entry, profile in zip(document.entries, profiles):
            entry.profile = profile
        return True



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


PARSE_PIECE = 100_000  # characters; spaCy refuses texts over nlp.max_length (1,000,000) and needs ~1 GB per 100k


def parser_pieces(text: str, size: int = PARSE_PIECE) -> list[str]:
    """`text` cut into pieces of at most `size` characters that join back to it exactly.

    Each cut is at the last paragraph break in the second half of the window, else the
    last line break, else the last space, else anywhere: an ERAS entry (under 30,000
    characters) is never cut; a raised max-file-bytes or a huge stdin is linted in pieces.
    """
    pieces = []
    start = 0
    while len(text) - start > size:
        low, high = start + size // 2, start + size
        for separator in ("\n\n", "\n", " "):
            cut = text.rfind(separator, low, high)
            if cut != -1:
                cut += len(separator)
                break
        else:
            cut = high
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def parse_texts(nlp, texts: list[str], jobs: int = 1):
    """One Doc per text through one `nlp.pipe`; a text too long to parse whole is parsed in
    pieces (`parser_pieces`) and joined with `Doc.from_docs`, so its offsets stay exact."""
    size = min(PARSE_PIECE, nlp.max_length)
    counts, pieces = [], []
    for text in texts:
        cut = parser_pieces(text, size)
        counts.append(len(cut))
        pieces.extend(cut)
    docs = nlp.pipe(pieces, n_process=jobs, batch_size=64) if jobs > 1 else nlp.pipe(pieces)
    for count in counts:
        parts = [next(docs) for _ in range(count)]
        if count == 1:
            yield parts[0]
        else:
            from spacy.tokens import Doc

            yield Doc.from_docs(parts, ensure_whitespace=False)


PARALLEL_FROM_ENTRIES = 1000  # below this, starting worker processes costs more than it saves


def default_jobs(entries: int) -> int:
    """Worker processes for spaCy: one for small runs, up to two cores' worth for big ones."""
    if entries < PARALLEL_FROM_ENTRIES:
        return 1
    return max(1, min(2, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1))


# --- stages: each takes findings and returns new ones; none changes a finding in place ----------

def in_wrapper(diagnostic: Diagnostic, entry) -> bool:
    """A finding that touches the message pasted around the entry (a run of blank lines where a greeting was
    blanked)."""
    return any(diagnostic.start < span.end and span.start < diagnostic.end for span in entry.wrapper)


def on_entry_words(diagnostics: Iterable[Diagnostic], entry) -> Iterator[Diagnostic]:
    """Findings moved off the message pasted around the entry, onto the entry's own words: a long first sentence
    that a greeting opens on the same line ("Hi madam, I volunteered ...") keeps its R101, from "I volunteered".
    Only L401 speaks about the message itself: a finding on nothing but the message is dropped, and a fix that
    would edit it is not offered."""
    for diagnostic in diagnostics:
        if not in_wrapper(diagnostic, entry):
            yield diagnostic
            continue
        own = [index for index in range(diagnostic.start, diagnostic.end)
               if not entry.text[index].isspace()
               and not any(span.start <= index < span.end for span in entry.wrapper)]
        if not own:
            continue
        fix = diagnostic.fix
        if fix is not None and any(fix.start < span.end and span.start < fix.end for span in entry.wrapper):
            fix = None
        yield replace(diagnostic, start=own[0], end=own[-1] + 1, fix=fix)


def place(diagnostic: Diagnostic, entry) -> Diagnostic:
    """A copy of an entry's finding, located in its source file (path, entry, line/column, fix span)."""
    source_start, source_end = entry.span_to_source(diagnostic.start, diagnostic.end)
    fix_start, fix_end = (None, None) if diagnostic.fix is None else _fix_span_in_source(entry, diagnostic.fix)
    placed = replace(diagnostic, path=entry.path, entry=entry.index, entry_title=entry.title, kind=entry.kind,
                     fix_source_start=fix_start, fix_source_end=fix_end)
    return at_source(placed, entry.source, source_start, source_end)


def at_source(diagnostic: Diagnostic, source: SourceFile, start: int, end: int) -> Diagnostic:
    """A copy of the finding at source offsets start..end, with line and column derived once."""
    line, column = source.line_col(start)
    end_line, end_column = source.line_col(end)
    return replace(diagnostic, source_start=start, source_end=end, line=line, column=column,
                   end_line=end_line, end_column=end_column)


def drop_superseded(diagnostics: list[Diagnostic], ruleset: RuleSet) -> list[Diagnostic]:
    """A specific rule hides a general one on the same words (P102 over P101, F101 over P101)."""
    # Per code, (start, index) in order and the longest span, so each winner only looks at the
    # diagnostics that can overlap it: comparing every pair was quadratic (100k placeholders).
    by_code: dict[str, list[tuple[int, int]]] = {}
    longest: dict[str, int] = {}
    for index, d in enumerate(diagnostics):
        by_code.setdefault(d.code, []).append((d.start, index))
        longest[d.code] = max(longest.get(d.code, 0), d.end - d.start)
    for starts in by_code.values():
        starts.sort()
    dropped = set()
    for winner in diagnostics:
        superseded = ruleset.rules[winner.code].supersedes if winner.code in ruleset.rules else ()
        for code in superseded:
            starts = by_code.get(code, [])
            first = bisect_left(starts, (winner.start - longest.get(code, 0), -1))
            for start, index in starts[first:bisect_left(starts, (winner.end, -1))]:
                other = diagnostics[index]
                if other.start < winner.end and winner.start < other.end:
                    dropped.add(index)
    return [d for index, d in enumerate(diagnostics) if index not in dropped]


_WORD = re.compile(r"\S+")


def spread_entry_wide(diagnostics: list[Diagnostic], entries: dict, ruleset: RuleSet) -> list[Diagnostic]:
    """Give each entry-wide finding (`placement = "entry"`) of one entry its own start.

    Entry-wide findings point at the entry's first sentence. When an entry has several, the
    first (by code) starts at the sentence's first word, the second at its second word, and so
    on; each still ends where its sentence ends. So no two share a line and column, and an
    editor's next-error (Emacs, Vim's quickfix) visits each one in turn instead of stopping once.
    """
    groups: dict[tuple[str, int], list[int]] = {}
    for index, d in enumerate(diagnostics):
        rule = ruleset.rules.get(d.code)
        if rule is not None and rule.placement == "entry" and (d.path, d.entry) in entries:
            groups.setdefault((d.path, d.entry), []).append(index)
    spread = list(diagnostics)
    for key, indexes in groups.items():
        if len(indexes) < 2:
            continue
        entry = entries[key]
        anchor = min(diagnostics[index].start for index in indexes)
        words = [(m.start(), m.end()) for m in _WORD.finditer(entry.text, anchor)]
        ordered = sorted(indexes, key=lambda index: (diagnostics[index].code, diagnostics[index].start))
        for (start, word_end), index in zip(words, ordered):
            d = diagnostics[index]
            spread[index] = place(replace(d, start=start, end=max(d.end, word_end)), entry)
    return spread


def unsuppressed(diagnostics: list[Diagnostic], documents: dict[str, Document]) -> list[Diagnostic]:
    """The findings no inline `erasl-disable` comment of their file turns off."""
    return [d for d in diagnostics if not _suppressed(d, documents.get(d.path))]


def _suppressed(diagnostic: Diagnostic, document: Document | None) -> bool:
    if document is None:
        return False
    return document.suppresses(diagnostic.line, diagnostic.code, diagnostic.rule)
