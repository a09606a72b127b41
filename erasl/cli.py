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


def _use_color(stream) -> bool:
    return "NO_COLOR" not in os.environ and hasattr(stream, "isatty") and stream.isatty()


def _codes(values: tuple[str, ...]) -> list[str] | None:
    """`--select F,P101 --select V` → ['F', 'P101', 'V']; None when the option was not given."""
    if not values:
        return None
    return [code.strip().upper() for value in values for code in value.split(",") if code.strip()]


def _load(config: str | None, isolated: bool):
    from erasl.config import ConfigError, load_settings
    from erasl.registry import RuleFileError, load_rules

    try:
        ruleset = load_rules()
        settings = load_settings(config_path=Path(config) if config else None, isolated=isolated, ruleset=ruleset)
    except (ConfigError, RuleFileError) as error:
        _fail(str(error))
    return settings, ruleset


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

    Run `erasl check drafts/` to lint every .md and .txt draft below drafts/.
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
@click.option("--kind", type=str, default=None,
              help="Kind of entries whose front matter names none (experience, meaningful, personal-statement, impactful).")
@click.option("--config", type=click.Path(dir_okay=False), default=None,
              help="Use this config file instead of searching for erasl.toml / pyproject.toml.")
@click.option("--isolated", is_flag=True, help="Ignore all config files.")
@click.option("--model", type=str, default=None, help="spaCy model to use (package name or path).")
@click.option("--stdin-filename", type=str, default=None,
              help="Path to report for text read from stdin (`-`); config and kind resolve from it.")
@click.option("--no-cache", is_flag=True, help="Do not read or write .erasl_cache/ (results of unchanged drafts).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Parser processes (default: 1, or 2 for runs of 1,000+ entries on a multi-core machine).")
def check(paths, output_format, select, ignore, extend_select, fail_on, kind, config, isolated, model, stdin_filename,
          no_cache, jobs):
    """Lint drafts: files, folders (.md and .txt inside), or - for stdin. Default: the current folder."""
    from erasl.diagnostics import Severity
    from erasl.engine import Linter
    from erasl.nlp import ModelError
    from erasl.output import FORMATTERS
    from erasl.registry import RuleFileError

    settings, ruleset = _load(config, isolated)
    if kind is not None and kind not in ruleset.kinds:
        _fail(f"unknown kind {kind!r} (known: {', '.join(ruleset.kinds)})")
    overrides = {"model": model}
    if _codes(select) is not None:
        overrides["select"] = _codes(select)
    if _codes(ignore) is not None:
        overrides["ignore"] = settings.ignore + _codes(ignore)
    if _codes(extend_select) is not None:
        overrides["extend_select"] = settings.extend_select + _codes(extend_select)
    if kind:
        overrides["kind_globs"] = {"*": kind}
    if fail_on:
        overrides["fail_on"] = Severity.parse(fail_on)
    settings = settings.with_overrides(**overrides)
    for code in (settings.select + settings.extend_select + settings.ignore):
        if code != "ALL" and not any(rule.startswith(code) for rule in ruleset.rules):
            _fail(f"no rule matches {code!r} (see `erasl rules`)")

    paths = list(paths) or ["."]
    stdin = sys.stdin.buffer.read() if "-" in paths else None
    from erasl.cache import ResultCache

    cache = None if no_cache else ResultCache.for_run(settings, ruleset)
    linter = Linter(settings, ruleset, cache=cache, jobs=jobs)
    progress = _Progress(enabled=sys.stderr.isatty() and (len(paths) > 1 or any(Path(p).is_dir() for p in paths)))
    try:
        report = linter.lint_paths(paths, stdin=stdin, stdin_name=stdin_filename or "<stdin>", progress=progress)
    except (ModelError, RuleFileError) as error:
        progress.clear()
        _fail(str(error))
    progress.clear()
    for note in report.notes:
        click.echo(f"erasl: note: {note}", err=True)
    for error in report.errors:
        click.echo(f"erasl: error: {error.path}: {error.message}", err=True)
    color = _use_color(sys.stdout)
    click.echo(FORMATTERS[output_format](report, settings, color), nl=False, color=color)
    sys.exit(report.exit_code(settings.fail_on))


@main.command("rules")
@click.option("--format", "output_format", type=click.Choice(["text", "json", "markdown"]), default="text",
              show_default=True)
def list_rules(output_format):
    """List every rule: code, name, severity, one line."""
    from erasl.docs import rules_json, rules_markdown_table, rules_text

    _, ruleset = _load(None, True)
    render = {"text": rules_text, "json": rules_json, "markdown": rules_markdown_table}[output_format]
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
    click.echo(rule_text(rule, ruleset), nl=False)


@main.command("export")
@click.argument("path", metavar="ENTRY", type=str)
@click.option("--entry", "entry_number", type=click.IntRange(min=1), default=None,
              help="Export only the Nth entry of a file with several (1-based).")
@click.option("--kind", type=str, default=None, help="Kind of entries whose front matter names none.")
@click.option("--config", type=click.Path(dir_okay=False), default=None, help="Use this config file.")
@click.option("--isolated", is_flag=True, help="Ignore all config files.")
@click.option("--stdin-filename", type=str, default=None,
              help="Path to report for text read from stdin (`-`); config and kind resolve from it.")
def export(path, entry_number, kind, config, isolated, stdin_filename):
    """Print exactly the text to paste into MyERAS; its character count goes to stderr.

    No front matter, headings, metadata or comments; characters ERAS renders badly
    are replaced (the safe fixes of L201 and L203); hard-wrapped lines are joined.
    Exit 1 if an entry is over its limit or still has a placeholder (L301).
    """
    from erasl.engine import Linter
    from erasl.export import EXPORT_RULES, paste_texts

    settings, ruleset = _load(config, isolated)
    if kind is not None and kind not in ruleset.kinds:
        _fail(f"unknown kind {kind!r} (known: {', '.join(ruleset.kinds)})")
    if path != "-" and Path(path).is_dir():
        _fail(f"{path}: is a folder; export one draft file (`erasl export drafts/im.md`)")
    settings = settings.with_overrides(select=EXPORT_RULES, extend_select=[],
                                       kind_globs={"*": kind} if kind else None)
    stdin = sys.stdin.buffer.read() if path == "-" else None
    report = Linter(settings, ruleset).lint_paths([path], stdin=stdin, stdin_name=stdin_filename or "<stdin>")
    for error in report.errors:
        _fail(f"{error.path}: {error.message}")
    for note in report.notes:
        click.echo(f"erasl: note: {note}", err=True)
    texts = paste_texts(report.documents, report.diagnostics, settings, ruleset)
    if not texts:
        _fail(f"{stdin_filename or path if path == '-' else path}: no text to export")
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
        # Entries are separated by a blank line; no newline after the last one in a pipe,
        # so `erasl export x.md --entry 2 | pbcopy` copies not one character more.
        last = number == len(chosen) - 1
        click.echo(paste.text + ("\n" if terminal or not last else "") + ("" if last else "\n"), nl=False)
        sys.stdout.flush()
    sys.exit(0 if all(paste.ready for paste in chosen) else 1)


if __name__ == "__main__":  # pragma: no cover
    main()
