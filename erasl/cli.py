"""The `erasl` command: parse options, call the engine, print, pick the exit code.

Exit codes: 0 nothing at or above --fail-on, 1 something was, 2 erasl could not
do its job (bad option, unreadable input, broken config or rule file, no model).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from erasl import __version__

EXIT_USAGE = 2


def _fail(message: str) -> None:
    click.echo(f"erasl: error: {message}", err=True)
    sys.exit(EXIT_USAGE)


def _check_kind(kind: str | None, ruleset) -> None:
    if kind is not None and kind not in ruleset.kinds:
        _fail(f"unknown kind {kind!r} (known: {', '.join(ruleset.kinds)})")


def _echo_notes_and_errors(notes, errors) -> None:
    """Notes and unreadable inputs, one line each on stderr, the same for every command."""
    for note in notes:
        click.echo(f"erasl: note: {note}", err=True)
    for error in errors:
        click.echo(f"erasl: error: {error.path}: {error.message}", err=True)


def _read_stdin(settings, stdin_filename: str | None) -> bytes:
    """stdin, up to max-file-bytes like any file: an endless pipe gets a message, not all the memory."""
    from erasl.document import InputError, read_limited

    try:
        return read_limited(sys.stdin.buffer, stdin_filename or "<stdin>", settings.max_file_bytes)
    except InputError as error:
        _fail(f"{error.path}: {error.message}")


def _use_color(stream) -> bool:
    return "NO_COLOR" not in os.environ and hasattr(stream, "isatty") and stream.isatty()


def _codes(values: tuple[str, ...]) -> list[str] | None:
    """`--select F,P101 --select V` → ['F', 'P101', 'V']; None when the option was not given."""
    if not values:
        return None
    return [code.strip().upper() for value in values for code in value.split(",") if code.strip()]


def _load(config: str | None, isolated: bool, stdin_filename: str | None = None, start: Path | None = None):
    """Rules and settings. Config is looked for from `start`, else from the --stdin-filename's
    folder, else from the working folder."""
    from erasl.config import ConfigError, load_settings
    from erasl.registry import RuleFileError, load_rules

    if start is None and stdin_filename:
        start = Path(stdin_filename).resolve().parent
    try:
        ruleset = load_rules()
        settings = load_settings(start=start, config_path=Path(config) if config else None, isolated=isolated,
                                 ruleset=ruleset)
    except (ConfigError, RuleFileError) as error:
        _fail(str(error))
    return settings, ruleset


# Options several commands share, defined once so they read and behave the same everywhere.
KIND_OPTION = click.option(
    "--kind", type=str, default=None,
    help="Kind of entries whose front matter names none (experience, meaningful, personal-statement, impactful).")
CONFIG_OPTION = click.option(
    "--config", type=click.Path(dir_okay=False), default=None,
    help="Use this config file instead of searching for erasl.toml / pyproject.toml.")
ISOLATED_OPTION = click.option("--isolated", is_flag=True, help="Ignore all config files.")
MODEL_OPTION = click.option("--model", type=str, default=None, help="spaCy model to use (package name or path).")
STDIN_FILENAME_OPTION = click.option(
    "--stdin-filename", type=str, default=None,
    help="Path to report for text read from stdin (`-`); config and kind resolve from it.")


def _draft_options(command):
    """--kind, --config, --isolated, --model and --stdin-filename, in that order."""
    for option in reversed([KIND_OPTION, CONFIG_OPTION, ISOLATED_OPTION, MODEL_OPTION, STDIN_FILENAME_OPTION]):
        command = option(command)
    return command


class _Progress:
    """Entry counter on stderr, only on a terminal and only for runs with several files."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if self.enabled and (done % 5 == 0 or done == total):
            click.echo(f"\rChecking entries: {done}/{total}", err=True, nl=False)
            self.shown = True

    def clear(self) -> None:
        if self.shown:
            click.echo("\r" + " " * 40 + "\r", err=True, nl=False)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="erasl")
def main() -> None:
    """erasl: a linter for ERAS residency-application drafts.

    Run `erasl check drafts/` to lint every .md, .txt and .docx draft below drafts/.
    """


@main.command()
@click.argument("paths", nargs=-1, type=str)
@click.option("--format", "output_format", type=click.Choice(["full", "concise", "json", "sarif", "github"]),
              default="full", show_default=True,
              help="How to print problems (concise is gcc-style, for editors; sarif and github are for CI).")
@click.option("--select", multiple=True, help="Codes or prefixes to check (e.g. F,P101). Default: all.")
@click.option("--ignore", multiple=True, help="Codes or prefixes to skip. The longest matching prefix wins.")
@click.option("--extend-select", multiple=True, help="Codes or prefixes to add to the selection.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "note"]), default=None,
              help="Lowest severity that makes erasl exit 1. Default: warning.")
@_draft_options
@click.option("--no-cache", is_flag=True, help="Do not read or write .erasl_cache/ (results of unchanged drafts).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Parser processes (default: 1, or 2 for runs of 1,000+ entries on a multi-core machine).")
@click.option("--fix", is_flag=True, help="Apply safe fixes to the files (atomic write); stdin: print the fixed text.")
@click.option("--diff", is_flag=True, help="Print a unified diff of what --fix would change; write nothing.")
@click.option("--suggest", is_flag=True, help="After each entry's problems, print a rewrite skeleton (full format only).")
@click.option("--column-unit", type=click.Choice(["display", "char"]), default=None,
              help="Columns of full and concise output: screen columns (tab to the next multiple of 8, wide "
                   "characters as 2; concise's default, as GCC) or characters (full's default). JSON, SARIF "
                   "and GitHub always count characters.")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False), default=None,
              help="Report and fail only on findings this baseline file does not hold.")
@click.option("--write-baseline", "write_baseline_path", type=click.Path(dir_okay=False), default=None,
              help="Record every finding of this run in FILE (for --baseline) and exit 0.")
def check(paths, output_format, select, ignore, extend_select, fail_on, kind, config, isolated, model, stdin_filename,
          no_cache, jobs, fix, diff, suggest, column_unit, baseline_path, write_baseline_path):
    """Lint drafts: files, folders (.md, .txt and .docx inside), or - for stdin. Default: the current folder."""
    from erasl.config import ConfigError
    from erasl.diagnostics import Severity
    from erasl.engine import Linter
    from erasl.nlp import ModelError
    from erasl.output import FORMATTERS
    from erasl.registry import RuleFileError

    settings, ruleset = _load(config, isolated, stdin_filename if "-" in paths else None)
    _check_kind(kind, ruleset)

    def command_line(found):
        """The command line's options over one config's settings (each application's, found per file)."""
        overrides = {"model": model}
        if _codes(select) is not None:
            overrides["select"] = _codes(select)
        if _codes(ignore) is not None:
            overrides["ignore"] = found.ignore + _codes(ignore)
        if _codes(extend_select) is not None:
            overrides["extend_select"] = found.extend_select + _codes(extend_select)
        if kind:
            overrides["kind_globs"] = {"*": kind}
        if fail_on:
            overrides["fail_on"] = Severity.parse(fail_on)
        return found.with_overrides(**overrides)

    settings = command_line(settings)
    for code in (settings.select + settings.extend_select + settings.ignore):
        if code != "ALL" and not any(rule.startswith(code) for rule in ruleset.rules):
            _fail(f"no rule matches {code!r} (see `erasl rules`)")

    if suggest and (output_format != "full" or fix or diff):
        _fail("--suggest prints skeletons after the full format's problems; it cannot be combined with "
              "--format other than full, --fix or --diff (use `erasl suggest --format json` for editors)")
    if column_unit == "display" and output_format not in ("full", "concise"):
        _fail(f"--format {output_format} always counts columns in characters; --column-unit display is for "
              "full and concise")
    if write_baseline_path and (fix or diff or suggest or baseline_path):
        _fail("--write-baseline records this run's findings; it cannot be combined with --fix, --diff, "
              "--suggest or --baseline")
    recorded = _read_baseline(baseline_path) if baseline_path else None
    paths = list(paths) or ["."]
    stdin = _read_stdin(settings, stdin_filename) if "-" in paths else None
    from erasl.cache import ResultCache

    cache = None if no_cache else ResultCache.for_run(settings, ruleset)
    linter = Linter(settings, ruleset, cache=cache, jobs=jobs, roots=_roots(settings, ruleset, config, isolated,
                                                                           command_line))
    progress = _Progress(enabled=sys.stderr.isatty() and "CI" not in os.environ
                         and (len(paths) > 1 or any(Path(p).is_dir() for p in paths)))
    try:
        report = linter.lint_paths(paths, stdin=stdin, stdin_name=stdin_filename or "<stdin>", progress=progress,
                                   keep_parses=suggest)
    except (ModelError, RuleFileError, ConfigError) as error:
        progress.clear()
        _fail(str(error))
    progress.clear()
    _echo_notes_and_errors(report.notes, report.errors)
    color = _use_color(sys.stdout)
    if fix or diff:
        report = _fix_or_diff(report, linter, paths, stdin_filename, diff)
        if report is None:  # --fix on stdin: the fixed text went to stdout instead
            sys.exit(0)
    if write_baseline_path:
        _write_baseline(report, write_baseline_path)
    if recorded is not None:
        from erasl.baseline import apply

        report = apply(report, recorded)
        if report.baselined:
            click.echo(f"erasl: note: {len(report.baselined)} finding{'s' if len(report.baselined) != 1 else ''} "
                       f"in the baseline {baseline_path} not shown", err=True)
    if suggest:
        from erasl.output.suggestions import render_check_with_suggestions

        try:
            click.echo(render_check_with_suggestions(report, linter, color), nl=False, color=color)
        except (ModelError, RuleFileError) as error:
            _fail(str(error))
    else:
        units = {"column_unit": column_unit} if column_unit and output_format in ("full", "concise") else {}
        click.echo(FORMATTERS[output_format](report, settings, color, **units), nl=False, color=color)
    sys.exit(report.exit_code(settings.fail_on))


def _read_baseline(path: str):
    from erasl.baseline import BaselineError, read

    try:
        return read(path)
    except BaselineError as error:
        _fail(str(error))


def _write_baseline(report, path: str) -> None:
    """Record the run's findings and stop: 0, or 2 when some input could not be read."""
    from erasl.baseline import BaselineError, write

    try:
        count = write(report, path)
    except BaselineError as error:
        _fail(str(error))
    click.echo(f"erasl: wrote {count} finding{'s' if count != 1 else ''} to {path}; "
               f"`erasl check --baseline {path}` now reports only new ones", err=True)
    sys.exit(2 if report.errors else 0)


def _roots(settings, ruleset, config, isolated, customize=None):
    """Per-file config and application roots (erasl/discovery.py); found per file unless --config or --isolated."""
    from erasl.discovery import Roots

    return Roots(settings, ruleset, discover=not (config or isolated), customize=customize)


def _fix_or_diff(report, linter, paths, stdin_filename, diff_only):
    """Apply (or, with --diff, show) the report's safe fixes; return the report of the fixed files.

    stdin is never written anywhere: --fix prints the fixed text, --diff the diff.
    Returns None when nothing should be reported afterwards (--fix on stdin); --diff exits here.
    """
    from dataclasses import replace

    from erasl.fixes import fix_report, unified_diff
    from erasl.word import is_word_draft

    for document in report.documents:
        if is_word_draft(document.source.path):  # erasl never writes a Word file
            message = ("is a Word file: --fix and --diff change only .md and .txt drafts. Make the changes in Word "
                       "(`erasl check` shows each one by paragraph and column), or save the draft as .txt")
            click.echo(f"erasl: error: {document.source.path}: {message}", err=True)
            report.errors.append(_input_error(document.source.path, message))
    writable = replace(report, documents=[d for d in report.documents if not is_word_draft(d.source.path)])
    stdin_paths = {stdin_filename or "<stdin>"} if "-" in paths else set()
    run = fix_report(writable, stdin_paths, write=not diff_only)
    if diff_only:
        click.echo("".join(unified_diff(f) for f in run.fixes if f.changed), nl=False)
        if report.errors:
            sys.exit(2)
        sys.exit(1 if any(f.changed for f in run.fixes) else 0)  # like `git diff --exit-code`: 1 = would change
    if run.stdin_text:
        click.echo(run.stdin_text, nl=False)
    if stdin_paths and all(f.source.path in stdin_paths for f in run.fixes):
        return None
    if run.stale_removed:
        click.echo(f"erasl: note: removed {run.stale_removed} temporary file{'s' if run.stale_removed != 1 else ''} "
                   "left by an interrupted --fix", err=True)
    for path, message in run.failures:
        click.echo(f"erasl: error: {path}: {message}", err=True)
        report.errors.append(_input_error(path, message))
    if run.written:
        count, files = run.applied, len(run.written)
        click.echo(f"erasl: fixed {count} problem{'s' if count != 1 else ''} in {files} "
                   f"file{'s' if files != 1 else ''}", err=True)
        again = linter.lint_paths(run.written)  # what is left, at its new position
        kept = [d for d in report.diagnostics if d.path not in run.written]
        report.diagnostics = sorted(kept + again.diagnostics, key=lambda d: d.sort_key())
        report.documents = [d for d in report.documents if d.source.path not in run.written] + again.documents
    return report


def _input_error(path: str, message: str):
    from erasl.document import InputError

    return InputError(path, message)


@main.command("report")
@click.argument("paths", nargs=-1, type=str)
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Summary for the terminal, or everything as JSON.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False), default=None,
              help="Also write the full report to this file: one self-contained page to read, print or share "
                   "(several applications: one page with an index).")
@click.option("--html-dir", "html_dir", type=click.Path(file_okay=False), default=None,
              help="Write one page per application and an index.html into this folder.")
@click.option("--target-specialty", type=str, default=None,
              help="Specialty you apply to (overrides target-specialty in the config).")
@click.option("--config", type=click.Path(dir_okay=False), default=None,
              help="Use this config file instead of searching for one from each draft's folder up.")
@ISOLATED_OPTION
@MODEL_OPTION
def report(paths, output_format, html_path, html_dir, target_specialty, config, isolated, model):
    """The whole application at a glance: structure, US clinical experience, time, what an advisor looks for,
    every entry scored, and next steps.

    PATHS (default: the current folder) are read as one application, unless a folder below holds its own
    erasl.toml (or a config names `applications = ["applicants/*"]`): then each is one application, with
    its own report and a cohort table on top. Exits 0 when the report was made, 2 when some input could not be read.
    """
    from erasl.config import ConfigError
    from erasl.engine import Linter
    from erasl.nlp import ModelError
    from erasl.registry import RuleFileError

    paths = list(paths) or ["."]
    first = Path(paths[0])
    settings, ruleset = _load(config, isolated, start=first if first.is_dir() else first.parent)

    def command_line(found):
        return found.with_overrides(model=model, target_specialty=target_specialty)

    settings = command_line(settings)
    linter = Linter(settings, ruleset, roots=_roots(settings, ruleset, config, isolated, command_line))
    try:
        lint_report = linter.lint_paths(paths, keep_parses=True)
        if not lint_report.documents:
            _echo_notes_and_errors([], lint_report.errors)
            _fail("no drafts to report on")
        from erasl.report import build_reports

        reports = build_reports(lint_report, paths)
    except (ModelError, RuleFileError, ConfigError) as error:
        _fail(str(error))
    notes = list(lint_report.notes) + [note for item in reports for note in item.notes if note not in lint_report.notes]
    _echo_notes_and_errors(notes, lint_report.errors)
    from erasl.report.cohort import Cohort

    cohort = Cohort(reports, lint_report.errors)
    if html_path:
        from erasl.report.html import render_page

        _write(Path(html_path), render_page(cohort))
    if html_dir:
        from erasl.report.html import render_pages

        folder = Path(html_dir)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            _fail(f"{html_dir}: cannot be created ({error.strerror or error})")
        for name, page in render_pages(cohort).items():
            _write(folder / name, page, quiet=True)
        click.echo(f"erasl: wrote {folder / 'index.html'} and {len(reports)} "
                   f"{'page' if len(reports) == 1 else 'pages'} beside it", err=True)
    if output_format == "json":
        from erasl.report.json_format import render as render_json

        click.echo(render_json(reports[0]) if len(reports) == 1 else cohort.to_json(), nl=False)
    else:
        from erasl.report.text import render as render_text

        color = _use_color(sys.stdout)
        text = render_text(reports[0], color) if len(reports) == 1 else cohort.render_text(color)
        click.echo(text, nl=False, color=color)
    sys.exit(2 if lint_report.errors else 0)


def _write(path: Path, text: str, quiet: bool = False) -> None:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        _fail(f"{path}: cannot be written ({error.strerror or error})")
    if not quiet:
        click.echo(f"erasl: wrote {path}", err=True)


@main.command("rules")
@click.option("--format", "output_format", type=click.Choice(["text", "json", "markdown", "check-kinds"]),
              default="text", show_default=True, help="check-kinds: the README's table of check kinds.")
def list_rules(output_format):
    """List every rule: code, name, severity, one line."""
    from erasl.docs import check_kinds_markdown_table, rules_json, rules_markdown_table, rules_text

    _, ruleset = _load(None, True)
    render = {"text": rules_text, "json": rules_json, "markdown": rules_markdown_table,
              "check-kinds": check_kinds_markdown_table}[output_format]
    click.echo(render(ruleset), nl=False)


@main.command("rule")
@click.argument("code")
def show_rule(code):
    """Explain one rule: what it flags, why it matters, a bad example and a better one."""
    from erasl.docs import rule_text

    _, ruleset = _load(None, True)
    rule = ruleset.rules.get(code.upper()) or next((r for r in ruleset.rules.values() if r.name == code.lower()), None)
    if rule is None:
        _fail(f"no rule {code!r} (see `erasl rules`)")
    click.echo(rule_text(rule), nl=False)


@main.command("export")
@click.argument("path", metavar="ENTRY", type=str)
@click.option("--entry", "entry_number", type=click.IntRange(min=1), default=None,
              help="Export only the Nth entry of a file with several (1-based).")
@KIND_OPTION
@CONFIG_OPTION
@ISOLATED_OPTION
@STDIN_FILENAME_OPTION
def export(path, entry_number, kind, config, isolated, stdin_filename):
    """Print exactly the text to paste into MyERAS; its character count goes to stderr.

    No front matter, headings, metadata or comments, and no message pasted around the
    entry (a greeting, "plz check", a sign-off: L401, named on stderr); characters ERAS
    renders badly are replaced (the safe fixes of L201 and L203); hard-wrapped lines are joined.
    Exit 1 if an entry is over its limit or still has a placeholder (L301).
    """
    from erasl.engine import Linter
    from erasl.export import export_rules, paste_texts

    settings, ruleset = _load(config, isolated, stdin_filename if path == "-" else None)
    _check_kind(kind, ruleset)
    if path != "-" and Path(path).is_dir():
        _fail(f"{path}: is a folder; export one draft file (`erasl export drafts/im.md`)")
    settings = settings.with_overrides(select=export_rules(ruleset), extend_select=[],
                                       kind_globs={"*": kind} if kind else None)
    stdin = _read_stdin(settings, stdin_filename) if path == "-" else None
    report = Linter(settings, ruleset).lint_paths([path], stdin=stdin, stdin_name=stdin_filename or "<stdin>")
    for error in report.errors:
        _fail(f"{error.path}: {error.message}")
    _echo_notes_and_errors(report.notes, [])
    texts = paste_texts(report.documents, report.diagnostics, settings, ruleset)
    if not texts:
        _fail(f"{(stdin_filename or '<stdin>') if path == '-' else path}: no text to export")
    if entry_number is not None:
        if entry_number > len(texts):
            _fail(f"{path}: --entry {entry_number}, but the file has {len(texts)} "
                  f"{'entry' if len(texts) == 1 else 'entries'}")
        chosen = [texts[entry_number - 1]]
    else:
        chosen = texts
    terminal = sys.stdout.isatty()
    for number, paste in enumerate(chosen):
        click.echo(paste.count_line(len(texts)), err=True)
        for d in paste.placeholders:
            click.echo(f"erasl: error: {d.path}:{d.line}:{d.column}: {d.message}", err=True)
        for d in paste.left_as_is:
            click.echo(f"erasl: note: {d.path}:{d.line}:{d.column}: {d.message} Left as is: change it by hand.",
                       err=True)
        if paste.left_out:
            pieces = ", ".join('"' + " ".join(piece.split()) + '"' for piece in paste.left_out)
            click.echo(f"erasl: note: {paste.label(len(texts))}: left out the message around the entry (L401), "
                       f"not part of what goes into ERAS: {pieces}", err=True)
        # Entries are separated by a blank line; no newline after the last one in a pipe,
        # so `erasl export x.md --entry 2 | pbcopy` copies not one character more.
        last = number == len(chosen) - 1
        click.echo(paste.text + ("\n" if terminal or not last else "") + ("" if last else "\n"), nl=False)
        sys.stdout.flush()
    sys.exit(0 if all(paste.ready for paste in chosen) else 1)


def _parsed_report(paths, kind, config, isolated, model, stdin_filename):
    """Lint with each entry's parse kept (one spaCy pass), for `suggest` and `facts`."""
    from erasl.engine import Linter
    from erasl.nlp import ModelError
    from erasl.registry import RuleFileError

    settings, ruleset = _load(config, isolated, stdin_filename if "-" in paths else None)
    _check_kind(kind, ruleset)
    settings = settings.with_overrides(model=model, kind_globs={"*": kind} if kind else None)
    paths = list(paths) or ["."]
    stdin = _read_stdin(settings, stdin_filename) if "-" in paths else None
    linter = Linter(settings, ruleset)
    try:
        report = linter.lint_paths(paths, stdin=stdin, stdin_name=stdin_filename or "<stdin>", keep_parses=True)
    except (ModelError, RuleFileError) as error:
        _fail(str(error))
    _echo_notes_and_errors(report.notes, report.errors)
    return report, linter


@main.command("suggest")
@click.argument("paths", nargs=-1, type=str)
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: a paste-ready skeleton per entry; json: skeletons, placeholders and facts, for editors.")
@_draft_options
def suggest(paths, output_format, kind, config, isolated, model, stdin_filename):
    """Print a rewrite skeleton for each entry: your facts kept, [placeholders] for what is missing."""
    from erasl.nlp import ModelError
    from erasl.registry import RuleFileError
    from erasl.output.suggestions import render_suggestions_json, render_suggestions_text
    from erasl.rewrite import suggestions_for

    report, linter = _parsed_report(paths, kind, config, isolated, model, stdin_filename)
    try:
        suggestions = suggestions_for(report, linter)
    except (ModelError, RuleFileError) as error:
        _fail(str(error))
    render = render_suggestions_json if output_format == "json" else render_suggestions_text
    click.echo(render(suggestions), nl=False)
    sys.exit(2 if report.errors else 0)


@main.command("facts")
@click.argument("paths", nargs=-1, type=str)
@click.option("--entry", "entry_number", type=click.IntRange(min=1), default=None,
              help="Only this entry of the file (1-based).")
@_draft_options
def facts(paths, entry_number, kind, config, isolated, model, stdin_filename):
    """Print, as JSON, what erasl reads in each entry: its profile (type, US or not, specialty, dates, weeks,
    own actions...) and the facts a rewrite keeps (durations, settings, institutions, counts, activities)."""
    from erasl.facts import FactExtractor
    from erasl.nlp import ModelError
    from erasl.registry import RuleFileError
    import json

    report, linter = _parsed_report(paths, kind, config, isolated, model, stdin_filename)
    try:
        extractor = FactExtractor(linter.nlp, linter.ruleset)
    except (ModelError, RuleFileError) as error:
        _fail(str(error))
    entries = []
    for document in report.documents:
        for entry in document.entries:
            if entry_number is not None and entry.index != entry_number:
                continue
            found = extractor.extract(entry, report.parses[(entry.path, entry.index)])
            entries.append({"path": entry.path, "entry": entry.index, "title": entry.title, "kind": entry.kind,
                            "profile": entry.profile.to_dict(), "facts": found.to_dict()})
    if entry_number is not None and not entries and not report.errors:
        _fail(f"--entry {entry_number}: no such entry")
    click.echo(json.dumps({"version": 1, "entries": entries}, indent=2, ensure_ascii=False))
    sys.exit(2 if report.errors else 0)


@main.command("lsp")
@click.option("--config", type=click.Path(dir_okay=False), default=None,
              help="Use this config file for every document (default: the nearest one to each document).")
@ISOLATED_OPTION
@click.option("--stdio", is_flag=True, help="Talk over stdin/stdout (the default; accepted for LSP clients that pass it).")
def language_server(config, isolated, stdio):
    """Run the language server: diagnostics as you type, rule docs on hover, safe fixes as code actions."""
    from erasl.config import ConfigError

    if config is not None and not Path(config).is_file():
        _fail(f"{config}: no such config file")
    try:
        from erasl.lsp import serve
    except ImportError as error:  # pragma: no cover - pygls is a dependency
        _fail(f"the language server needs pygls ({error}); install it with: pip install 'pygls>=2'")
    try:
        serve(config=Path(config) if config else None, isolated=isolated)
    except ConfigError as error:
        _fail(str(error))


@main.command("serve")
@click.argument("folder", required=False, type=click.Path(file_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but 127.0.0.1 lets other machines on the network reach your drafts.")
@click.option("--port", type=click.IntRange(0, 65535), default=8750, show_default=True, help="Port to listen on.")
@click.option("--no-browser", is_flag=True, help="Do not open the page in a browser.")
@CONFIG_OPTION
@ISOLATED_OPTION
@MODEL_OPTION
def serve(folder, host, port, no_browser, config, isolated, model):
    """A writing page on this computer: problems highlighted as you type, the skeleton, the paste text.

    With a FOLDER, the page also opens, edits and saves the drafts in it (and only in it).
    Nothing is sent anywhere: the page talks to this command only.
    """
    from erasl.serve import run

    if folder is not None and not Path(folder).is_dir():
        _fail(f"{folder}: no such folder")
    settings, ruleset = _load(config, isolated, start=Path(folder) if folder else None)
    settings = settings.with_overrides(model=model)
    run(settings, ruleset, Path(folder) if folder else None, host, port, open_browser=not no_browser, fail=_fail)


from erasl.batch_cli import batch as _batch  # noqa: E402  (its own module: rows from a database, issue 15)

main.add_command(_batch)


if __name__ == "__main__":  # pragma: no cover
    main()
