"""`erasl batch`: entries as rows (JSON lines or CSV) from a database, diagnostics as JSON lines.

Each row is one entry: `id`, `applicant`, `text`, and optionally `kind`
(default experience), `title` and the metadata keys drafts use (type,
specialty, setting, organization, start, end, us, experience). The output
has one line per row, in input order: `{"row", "id", "applicant",
"diagnostics"}`, or `{"row", "id", "applicant", "error"}` for a row erasl
cannot read (the other rows are still linted).

Application rules (A, T, U ...) run per applicant, so an applicant's rows
must be contiguous (as `ORDER BY applicant` gives them). A row whose applicant
already ended earlier in the input is an error line, not a silent wrong
answer. Rows are read lazily and linted a chunk of whole applicants at a time,
so memory stays flat for any input size; the only thing that grows is one
8-byte digest per finished applicant (for the check above).

Everything here is pure (no printing): the CLI and the Dask path
(erasl/batch_dask.py) both call `lint_rows`, which calls the same
`Linter.lint_documents` as `erasl check` and `erasl.lint_texts`.
"""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass, field
from typing import IO, Callable, Iterable, Iterator

from erasl.document import METADATA_KEYS, Document, MetadataProblem, SourceFile, split_entries

REQUIRED = ("id", "applicant", "text")
OPTIONAL = ("kind", "title")
METADATA = tuple(key for key in METADATA_KEYS if key not in ("kind", "title"))
KNOWN_FIELDS = REQUIRED + OPTIONAL + METADATA
CHUNK_ENTRIES = 256  # entries per spaCy pass: whole applicants, at least one
MAX_APPLICANT_ROWS = 1000  # more rows than this for one applicant is an error, so memory stays bounded
FORMATS = ("jsonl", "csv")


class BatchInputError(Exception):
    """The input as a whole cannot be read (an unknown CSV column, a missing header)."""


class BatchRunError(Exception):
    """The run cannot go on (the Dask scheduler cannot be reached, a worker failed)."""


@dataclass
class Row:
    """One entry of the input, already checked: what it says and where it stood."""

    number: int
    id: str
    applicant: str
    kind: str
    text: str
    title: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)


@dataclass
class RowError:
    """A row erasl cannot lint; `message` names the row and what is wrong, for a non-programmer."""

    number: int
    message: str
    id: str | None = None
    applicant: str | None = None

    def to_record(self) -> dict:
        return {"row": self.number, "id": self.id, "applicant": self.applicant, "error": self.message}


def format_for(path: str, given: str | None) -> str:
    """The input format: as given, else from the file's extension (stdin: JSON lines)."""
    if given:
        return given
    lower = path.lower()
    if lower.endswith(".csv"):
        return "csv"
    if lower.endswith((".jsonl", ".ndjson", ".json")) or path == "-":
        return "jsonl"
    raise BatchInputError(f"{path}: cannot tell the format from the name; use --input-format jsonl or csv")


def _text_value(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, int, float)):
        return str(value)
    return None


def check_row(number: int, values: dict, kinds: tuple[str, ...]) -> Row | RowError:
    """A raw row (a JSON object or a CSV record) as a Row, or the one-line reason it is not one."""
    ident = _text_value(values.get("id"))
    applicant = _text_value(values.get("applicant"))

    def error(message: str) -> RowError:
        return RowError(number, f"row {number}: {message}", ident or None, applicant or None)

    unknown = sorted(key for key in values if key not in KNOWN_FIELDS)
    if unknown:
        return error(f"unknown field {unknown[0]!r} (known: {', '.join(KNOWN_FIELDS)})")
    for name in REQUIRED:
        value = values.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            return error(f"'{name}' is missing or empty")
    if not isinstance(values["text"], str):
        return error("'text' must be text")
    if not _encodable(values["text"]):
        return error("'text' is not UTF-8 text (save the file as UTF-8)")
    for name in ("id", "applicant"):
        if _text_value(values[name]) is None:
            return error(f"'{name}' must be text or a number")
    kind = _text_value(values.get("kind")) or "experience"
    kind = kind.strip().lower()
    if kind not in kinds:
        return error(f"unknown kind {kind!r} (known: {', '.join(kinds)})")
    title = values.get("title")
    if title is not None and not isinstance(title, (str, int, float)):
        return error("'title' must be text")
    metadata = {}
    for key in METADATA:
        value = values.get(key)
        if value is None or value == "":
            continue
        text = _text_value(value)
        if text is None:
            return error(f"'{key}' must be text, a number or true/false")
        metadata[key] = text
    return Row(number, ident, applicant, kind, values["text"], str(title) if title not in (None, "") else None,
               metadata)


def read_rows(stream: IO[str], input_format: str, kinds: tuple[str, ...]) -> Iterator[Row | RowError]:
    """Rows one at a time, checked; a bad row becomes a RowError and reading goes on."""
    if input_format == "csv":
        yield from _csv_rows(stream, kinds)
        return
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            values = json.loads(line)
        except ValueError as error:
            yield RowError(number, f"row {number}: not a JSON object ({error.msg} at column {error.colno})")
            continue
        if not isinstance(values, dict):
            yield RowError(number, f"row {number}: not a JSON object (each line must be {{\"id\": ..., ...}})")
            continue
        yield check_row(number, values, kinds)


def _csv_rows(stream: IO[str], kinds: tuple[str, ...]) -> Iterator[Row | RowError]:
    reader = csv.reader(stream)
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as error:
        raise BatchInputError(f"the CSV header cannot be read ({error})") from None
    header = [name.strip().lower().lstrip("\ufeff") for name in header]
    unknown = [name for name in header if name not in KNOWN_FIELDS]
    if unknown:
        raise BatchInputError(f"unknown CSV column {unknown[0]!r} (known: {', '.join(KNOWN_FIELDS)})")
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        raise BatchInputError(f"the CSV header has no {missing[0]!r} column (needed: {', '.join(REQUIRED)})")
    number = 0
    while True:
        number += 1
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield RowError(number, f"row {number}: not valid CSV ({error})")
            continue
        if not record or all(not cell.strip() for cell in record):
            continue
        if len(record) != len(header):
            yield RowError(number, f"row {number}: {len(record)} fields, but the header has {len(header)}")
            continue
        yield check_row(number, {name: cell for name, cell in zip(header, record) if cell != ""}, kinds)


def applicant_groups(rows: Iterable[Row | RowError],
                     max_rows: int = MAX_APPLICANT_ROWS) -> Iterator[list[Row | RowError]]:
    """Runs of rows of one applicant, in input order (a RowError travels in the run it stands in).

    A row whose applicant's rows already ended becomes a RowError: application rules
    need all of an applicant's rows together.
    """
    finished: set[bytes] = set()
    current: list[Row | RowError] = []
    applicant: str | None = None
    count = 0
    ids: set[str] = set()
    for row in rows:
        if isinstance(row, RowError):
            current.append(row)
            continue
        if row.applicant != applicant:
            if applicant is not None:
                finished.add(_digest(applicant))
                yield current
                current = []
            applicant, count, ids = row.applicant, 0, set()
            if _digest(applicant) in finished:
                current.append(RowError(row.number, f"row {row.number}: applicant {applicant!r} already had rows "
                                        "earlier in the input; an applicant's rows must be together (sort by applicant)",
                                        row.id, row.applicant))
                applicant = None
                continue
        if row.id in ids:
            current.append(RowError(row.number, f"row {row.number}: id {row.id!r} is used twice for applicant "
                                    f"{applicant!r}", row.id, row.applicant))
            continue
        count += 1
        if count > max_rows:
            current.append(RowError(row.number, f"row {row.number}: applicant {applicant!r} has more than "
                                    f"{max_rows} rows; erasl lints at most {max_rows} per applicant",
                                    row.id, row.applicant))
            continue
        ids.add(row.id)
        current.append(row)
    if current:
        yield current


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # bytes that were not UTF-8 were read as lone surrogates
        return False
    return True


def _digest(name: str) -> bytes:
    return hashlib.blake2b(name.encode("utf-8", "surrogatepass"), digest_size=8).digest()


def chunks(groups: Iterable[list[Row | RowError]], size: int = CHUNK_ENTRIES) -> Iterator[list[Row | RowError]]:
    """Whole applicants packed into chunks of about `size` rows: one spaCy pass each.

    A row's id names it in the diagnostics, so a chunk never holds one id twice
    (ids need only be unique per applicant; repeated ones just make smaller chunks).
    """
    chunk: list[Row | RowError] = []
    ids: set[str] = set()
    for group in groups:
        group_ids = {row.id for row in group if isinstance(row, Row)}
        if chunk and (len(chunk) + len(group) > size or not ids.isdisjoint(group_ids)):
            yield chunk
            chunk, ids = [], set()
        chunk.extend(group)
        ids |= group_ids
    if chunk:
        yield chunk


def row_document(row: Row, linter) -> Document:
    """A row as the Document `erasl check` would make of a one-entry plain-text draft."""
    from erasl.document import _parse_metadata

    source = SourceFile(row.id, row.text)
    document = split_entries(source, row.kind, markdown=False, known_kinds=tuple(linter.ruleset.kinds),
                             known_types=linter.ruleset.experience_types)
    problems: list[MetadataProblem] = []
    lines = [(0, 0, f"{key}: {value}") for key, value in row.metadata.items()]
    metadata = _parse_metadata(lines, problems, {"type": linter.ruleset.experience_types})
    document.problems.extend(problems)  # reported as E101 at the start of the text
    for entry in document.entries:
        entry.title = row.title
        entry.metadata = {**entry.metadata, **metadata, "kind": row.kind}
        if row.title:
            entry.metadata["title"] = row.title
    document.application = row.applicant
    return document


def lint_rows(rows: list[Row | RowError], linter) -> list[dict]:
    """One output record per row, in order. `rows` must hold whole applicants and no id twice (see `chunks`)."""
    from erasl.output.json_format import diagnostic_record

    documents = [row_document(row, linter) for row in rows if isinstance(row, Row)]
    by_id: dict[str, list[dict]] = {}
    for diagnostic in linter.lint_documents(documents):
        record = diagnostic_record(diagnostic)  # as `erasl check --format json` writes it, less the path
        by_id.setdefault(record.pop("path"), []).append(record)
    records = []
    for row in rows:
        if isinstance(row, RowError):
            records.append(row.to_record())
        else:
            records.append({"row": row.number, "id": row.id, "applicant": row.applicant,
                            "diagnostics": by_id.get(row.id, [])})
    return records


def lint_stream(stream: IO[str], input_format: str, linter, chunk_size: int = CHUNK_ENTRIES,
                progress: Callable[[int], None] | None = None) -> Iterator[dict]:
    """Every row of the input as an output record, in order, one chunk of applicants at a time.

    `progress` is told how many rows each finished chunk held.
    """
    rows = read_rows(stream, input_format, tuple(linter.ruleset.kinds))
    for chunk in chunks(applicant_groups(rows), chunk_size):
        yield from lint_rows(chunk, linter)
        if progress:
            progress(len(chunk))


def to_json_line(record: dict) -> str:
    """One output line; non-ASCII stays readable, lone surrogates (undecodable bytes) are escaped."""
    return json.dumps(record, ensure_ascii=False).encode("utf-8", "backslashreplace").decode("utf-8") + "\n"
