"""The `erasl batch` command: options and output only; the work is in erasl/batch.py (and batch_dask.py)."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import click


class _RowProgress:
    """Rows done (and the share of the file read) on stderr, only on a terminal."""

    def __init__(self, enabled: bool, binary=None, size: int | None = None):
        self.enabled, self.binary, self.size = enabled, binary, size
        self.rows = 0
        self.shown = False

    def __call__(self, rows: int) -> None:
        self.rows += rows
        if not self.enabled:
            return
        share = ""
        if self.binary is not None and self.size:
            try:
                share = f" ({min(self.binary.tell() / self.size, 1):.0%} of the input read)"
            except (OSError, ValueError):
                share = ""
        click.echo(f"\rLinted {self.rows:,} rows{share}", err=True, nl=False)
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            click.echo("\r" + " " * 60 + "\r", err=True, nl=False)


@click.command("batch")
@click.argument("input_path", metavar="INPUT", type=str)
@click.option("--input-format", type=click.Choice(["jsonl", "csv"]), default=None,
              help="Format of INPUT (default: from its extension; stdin `-` is read as JSON lines).")
@click.option("--select", multiple=True, help="Codes or prefixes to check (e.g. F,P101). Default: all.")
@click.option("--ignore", multiple=True, help="Codes or prefixes to skip.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "note"]), default=None,
              help="Lowest severity that makes erasl exit 1. Default: warning.")
@click.option("--config", type=click.Path(dir_okay=False), default=None,
              help="Use this config file instead of searching for erasl.toml / pyproject.toml.")
@click.option("--isolated", is_flag=True, help="Ignore all config files.")
@click.option("--model", type=str, default=None, help="spaCy model to use (package name or path).")
@click.option("--chunk-size", type=click.IntRange(min=1), default=256, show_default=True,
              help="Rows per spaCy pass (whole applicants; also the rows per Dask task).")
@click.option("--dask", "dask_address", type=str, default=None, metavar="SCHEDULER_ADDRESS",
              help="Spread the chunks over a dask.distributed cluster (needs `pip install 'erasl[dask]'`).")
def batch(input_path, input_format, select, ignore, fail_on, config, isolated, model, chunk_size, dask_address):
    """Lint entries stored as rows: INPUT is a .jsonl or .csv file (or - for JSON lines on stdin).

    Each row has id, applicant, text, and optionally kind, title and the draft
    metadata keys (type, specialty, setting, organization, start, end, us,
    experience). One JSON line per row goes to stdout, in input order.
    An applicant's rows must be together (sorted by applicant): application
    rules run per applicant. A row erasl cannot read gets an error line naming
    its row number; the other rows are still linted.

    Exit codes: 0 clean, 1 problems at or above --fail-on, 2 some row or the input could not be read.
    """
    from erasl import batch as rows_api
    from erasl.cli import _codes, _fail, _load
    from erasl.diagnostics import Severity
    from erasl.engine import Linter
    from erasl.nlp import ModelError
    from erasl.registry import RuleFileError

    settings, ruleset = _load(config, isolated)
    overrides = {"model": model}
    if _codes(select) is not None:
        overrides["select"] = _codes(select)
    if _codes(ignore) is not None:
        overrides["ignore"] = settings.ignore + _codes(ignore)
    if fail_on:
        overrides["fail_on"] = Severity.parse(fail_on)
    settings = settings.with_overrides(**overrides)
    for code in (settings.select + settings.extend_select + settings.ignore):
        if code != "ALL" and not any(rule.startswith(code) for rule in ruleset.rules):
            _fail(f"no rule matches {code!r} (see `erasl rules`)")
    try:
        input_format = rows_api.format_for(input_path, input_format)
    except rows_api.BatchInputError as error:
        _fail(str(error))

    binary, size = None, None
    if input_path == "-":
        stream = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig", errors="surrogateescape", newline="")
    else:
        path = Path(input_path)
        if path.is_dir():
            _fail(f"{input_path}: is a folder; `erasl batch` reads one .jsonl or .csv file (`erasl check` reads folders)")
        try:
            binary = path.open("rb")
            size = path.stat().st_size
        except OSError as error:
            _fail(f"{input_path}: cannot be read ({error.strerror or error})")
        stream = io.TextIOWrapper(binary, encoding="utf-8-sig", errors="surrogateescape", newline="")

    progress = _RowProgress(sys.stderr.isatty() and "CI" not in os.environ, binary, size)
    worst, had_errors = None, False
    try:
        if dask_address:
            try:
                from erasl.batch_dask import lint_stream_dask
            except ImportError as error:
                _fail(f"--dask needs dask.distributed ({error.name or error} is not installed); "
                      "install it with: pip install 'erasl[dask]'")
            records = lint_stream_dask(stream, input_format, settings, ruleset, dask_address, chunk_size, progress)
        else:
            linter = Linter(settings, ruleset, jobs=1)
            records = rows_api.lint_stream(stream, input_format, linter, chunk_size, progress)
        for record in records:
            sys.stdout.write(rows_api.to_json_line(record))
            if "error" in record:
                had_errors = True
            for diagnostic in record.get("diagnostics", ()):
                severity = Severity.parse(diagnostic["severity"])
                worst = severity if worst is None else max(worst, severity)
    except rows_api.BatchInputError as error:
        progress.clear()
        _fail(f"{input_path}: {error}")
    except rows_api.BatchRunError as error:
        progress.clear()
        _fail(str(error))
    except BrokenPipeError:  # `erasl batch rows.jsonl | head`: the reader has all it wanted
        sys.stdout = open(os.devnull, "w")
        sys.exit(1)
    except (ModelError, RuleFileError, OSError) as error:
        progress.clear()
        _fail(str(error))
    progress.clear()
    sys.stdout.flush()
    if had_errors:
        sys.exit(2)
    sys.exit(1 if worst is not None and worst >= settings.fail_on else 0)
