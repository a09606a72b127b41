"""Reading drafts safely and splitting them into entries.

A file becomes a `SourceFile` (decoded text plus a line index); its body is cut
into `Entry` objects whose `text` is exactly what the applicant would paste into
MyERAS (no front matter, headings, metadata blocks or HTML comments, CRLF folded
to LF). Each entry keeps a map from its text offsets back to the source, so
every diagnostic points at a line and column of the original file.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

METADATA_KEYS = (
    "kind", "title", "organization", "type", "specialty", "setting", "start", "end", "us",
    "experience",  # on a most-meaningful reflection: the title of the experience it reflects on
)
DEFAULT_MAX_FILE_BYTES = 1_000_000
_BINARY_SNIFF_BYTES = 8192


class InputError(Exception):
    """A file erasl cannot read; the message is written for the applicant, not a programmer."""

    def __init__(self, path: str, message: str):
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


@dataclass
class SourceFile:
    """A decoded draft and the offsets where its lines start (for line/column)."""

    path: str
    text: str
    note: str | None = None  # e.g. "read as Windows-1252"
    line_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of a source offset."""
        line_index = bisect_right(self.line_starts, offset) - 1
        return line_index + 1, offset - self.line_starts[line_index] + 1

    def line_text(self, line: int) -> str:
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")


@dataclass
class Suppression:
    """An inline `<!-- erasl-disable ... -->` region: source lines and codes (None = all)."""

    first_line: int
    last_line: int
    codes: tuple[str, ...] | None

    def covers(self, line: int, code: str, name: str = "") -> bool:
        if not self.first_line <= line <= self.last_line:
            return False
        return self.codes is None or any(code.startswith(prefix) or prefix == name for prefix in self.codes)


@dataclass
class MetadataProblem:
    """A front-matter or metadata-block line erasl could not understand."""

    message: str
    source_start: int
    source_end: int


@dataclass
class Entry:
    """One ERAS text box: an experience, a reflection, a personal statement."""

    source: SourceFile
    index: int
    kind: str
    title: str | None
    metadata: dict[str, str]
    text: str
    prose: str  # `text` with code, URLs and e-mail addresses blanked: what the checks read
    segments: list[tuple[int, int]]  # (text offset, source offset) where each contiguous run starts
    source_start: int = 0
    # What rules derive from the entry once and share; never its text.
    derived: dict = field(default_factory=dict, repr=False, compare=False)
    # The one reading of the entry (erasl/profile.py), set by the linter after the parse or from the cache.
    profile: object = field(default=None, repr=False, compare=False)

    @property
    def path(self) -> str:
        return self.source.path

    @property
    def parse_text(self) -> str:
        """`prose` as spaCy should read it: soft line wraps inside a sentence become spaces.

        Drafts are often hard-wrapped ("gained valuable\nexperience"); a newline
        token in the middle would hide the phrase from the matchers. A newline
        stays when the next line starts a new item (capital letter, bullet, list
        marker) or a paragraph. Same length as `text`, so offsets are shared.
        """
        return _SOFT_WRAP.sub(" ", self.prose)

    def to_source(self, offset: int) -> int:
        """Map an offset in `text` to an offset in the source file."""
        if not self.segments:
            return self.source_start
        index = max(bisect_right([s[0] for s in self.segments], offset) - 1, 0)
        text_start, source_start = self.segments[index]
        return source_start + (offset - text_start)

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open text span; the end is mapped from its last character."""
        source_start = self.to_source(start)
        if end <= start:
            return source_start, source_start
        return source_start, self.to_source(end - 1) + 1


@dataclass
class Document:
    """A parsed draft file: its entries, inline suppressions and metadata problems."""

    source: SourceFile
    entries: list[Entry]
    suppressions: list[Suppression]
    problems: list[MetadataProblem]
    # Which application the draft belongs to: the folder given on the command line that it was
    # found in, or "" for files named one by one (and stdin), which are read together as one.
    application: str = ""
    kind_note: str | None = None  # how the kind was decided, when erasl read it from the content


# --- reading -----------------------------------------------------------------

def decode_draft(data: bytes, path: str) -> SourceFile:
    """Decode bytes the way a text editor would, or refuse with a clear reason.

    UTF-8 (with or without BOM) is read as is; UTF-16 with a BOM is read too;
    other non-UTF-8 text is read as Windows-1252 (what Word on Windows saves)
    with a note; anything with NUL bytes is a binary file and is refused.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return SourceFile(path, data.decode("utf-16"), note="read as UTF-16; save it as UTF-8")
        except UnicodeDecodeError:
            raise InputError(path, "looks like UTF-16 text but could not be decoded; save it as UTF-8") from None
    if b"\x00" in data[:_BINARY_SNIFF_BYTES]:
        raise InputError(path, "is a binary file, not a text draft; skipped (save drafts as .txt or .md)")
    try:
        return SourceFile(path, data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(path, "is not UTF-8 text and could not be read; save it as UTF-8") from None
    return SourceFile(path, text, note="is not UTF-8; read it as Windows-1252. Save it as UTF-8 so accents survive")


def _file_size(size: int) -> str:
    """5.0 MB, 12 KB, 900 bytes: a size a person takes in at a glance."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    if size >= 1_000:
        return f"{size / 1_000:.0f} KB"
    return f"{size} bytes"


def read_draft(path: Path, display: str | None = None, max_bytes: int = DEFAULT_MAX_FILE_BYTES) -> SourceFile:
    """Read one draft file from disk; never writes, never follows into binaries."""
    display = display or str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        if path.is_symlink():
            raise InputError(display, "is a link to a file that does not exist") from None
        raise InputError(display, "no such file or folder") from None
    except OSError as error:
        raise InputError(display, f"cannot be read ({error.strerror or error})") from None
    if size > max_bytes:
        raise InputError(
            display,
            f"is {_file_size(size)}, too large to be a draft (erasl reads files up to "
            f"{_file_size(max_bytes)}; a whole personal statement is under 30 KB); skipped",
        )
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise InputError(display, "is a folder, not a file") from None
    except OSError as error:
        raise InputError(display, f"cannot be read ({error.strerror or error})") from None
    if path.suffix.lower() == ".docx":
        from erasl.word import read_word

        return read_word(data, display)
    if path.suffix.lower() == ".doc" or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(display, "is an old Word file (.doc), which erasl cannot read; save it as .docx or .txt")
    return decode_draft(data, display)


# --- splitting ---------------------------------------------------------------

_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_DIRECTIVE = re.compile(r"^\s*erasl-(disable-next-line|disable|enable)\b([^>]*)$", re.DOTALL)
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t#]*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_THEMATIC_BREAK = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_METADATA_LINE = re.compile(r"^\s*([A-Za-z][\w-]*)\s*:\s*(.*?)\s*$")
_CODE_FENCED = re.compile(r"^ {0,3}(```|~~~)[^\n]*\n.*?(?:^ {0,3}\1[^\n]*$|\Z)", re.DOTALL | re.MULTILINE)
_CODE_INLINE = re.compile(r"`[^`\n]+`")
_SOFT_WRAP = re.compile(r"(?<=[^\n])\n(?=[ \t]*[a-z(0-9])(?![ \t]*\d+[.)][ \t])")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'\"]|[\w.+-]+@[\w-]+\.[\w.-]*\w")


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end including newline, content without newline) for every line.

    Lines end at '\n' only, as in `SourceFile.line_starts`: `str.splitlines` would
    also break at form feeds and other separators pasted from PDFs, so text after
    one could be mistaken for a heading. A leading BOM is not part of line 1.
    """
    lines = []
    for match in re.finditer(r"[^\n]*\n|[^\n]+", text):
        content = match.group(0).rstrip("\r\n")
        if match.start() == 0:
            content = content.removeprefix("\ufeff")
        lines.append((match.start(), match.end(), content))
    return lines


_BOOLEAN_WORDS = {"true": "true", "yes": "true", "false": "false", "no": "false"}
DATE_KEYS = ("start", "end")
PRESENT = "present"
_PRESENT_WORDS = {"present", "ongoing", "current", "currently", "now", "today"}
MONTH_NUMBERS = {
    name: number for number, names in enumerate((
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
        ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
        ("october", "oct"), ("november", "nov"), ("december", "dec"),
    ), start=1) for name in names
}
SEASON_MONTHS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}


def read_month(value: str) -> int | str | None:
    """A metadata date as a month number (year * 12 + month - 1), `PRESENT`, or None if unreadable.

    ERAS asks for approximate dates, so a month is the finest grain: `2025-06`,
    `2025-06-15`, `06/2025`, `June 2025`, `Jun 2025`, `summer 2024`, `2024`
    (read as January) and `present`/`ongoing` are understood.
    """
    text = value.strip().lower().rstrip(".")
    if text in _PRESENT_WORDS:
        return PRESENT
    match = re.fullmatch(r"((?:19|20)\d\d)(?:[-/.](\d{1,2})(?:[-/.]\d{1,2})?)?", text)
    if match:
        month = int(match.group(2) or 1)
        return int(match.group(1)) * 12 + month - 1 if 1 <= month <= 12 else None
    match = re.fullmatch(r"(\d{1,2})[-/.]((?:19|20)\d\d)", text)
    if match:
        month = int(match.group(1))
        return int(match.group(2)) * 12 + month - 1 if 1 <= month <= 12 else None
    match = re.fullmatch(r"([a-z]+)\.?,?\s+(?:of\s+)?((?:19|20)\d\d)", text)
    if match:
        name = match.group(1)
        month = MONTH_NUMBERS.get(name) or SEASON_MONTHS.get(name)
        return int(match.group(2)) * 12 + month - 1 if month else None
    return None


def _parse_metadata(
    lines: list[tuple[int, int, str]], problems: list[MetadataProblem], allowed: dict[str, tuple[str, ...]]
) -> dict[str, str]:
    metadata: dict[str, str] = {}
    for start, end, content in lines:
        if not content.strip() or content.lstrip().startswith("#"):
            continue
        match = _METADATA_LINE.match(content)
        if not match:
            problems.append(MetadataProblem(
                f"metadata line {content.strip()!r} is not 'key: value'", start, start + len(content)))
            continue
        key, value = match.group(1).lower(), match.group(2).strip().strip("\"'")
        if key not in METADATA_KEYS:
            problems.append(MetadataProblem(
                f"unknown metadata key {key!r} (known: {', '.join(METADATA_KEYS)})",
                start, start + len(content)))
            continue
        if key == "us":
            if value.lower() not in _BOOLEAN_WORDS:
                problems.append(MetadataProblem(f"'us' must be true or false, not {value!r}", start, start + len(content)))
                continue
            value = _BOOLEAN_WORDS[value.lower()]
        elif key in DATE_KEYS and read_month(value) is None:
            problems.append(MetadataProblem(
                f"{key} {value!r} is not a date erasl reads (write 2025-06, June 2025 or present)",
                start, start + len(content)))
            continue
        elif key in allowed and allowed[key] and value.lower() not in allowed[key]:
            problems.append(MetadataProblem(
                f"unknown {key} {value!r} (known: {', '.join(allowed[key])})", start, start + len(content)))
            continue
        elif key in allowed:
            value = value.lower()
        metadata[key] = value
    return metadata


def _metadata_block(lines, first: int, problems, allowed) -> tuple[dict[str, str], int] | None:
    """A `---` ... `---` block starting at line index `first`: (metadata, index after it)."""
    if first >= len(lines) or lines[first][2].strip() != "---":
        return None
    for closing in range(first + 1, len(lines)):
        if lines[closing][2].strip() in ("---", "..."):
            return _parse_metadata(lines[first + 1:closing], problems, allowed), closing + 1
    return None


def _whole_line_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a comment's span to its whole line(s) when nothing else is on them."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end + 1
    if text[line_start:start].strip() or text[end:line_end].strip():
        return start, end
    return line_start, line_end


def _directive_codes(arguments: str) -> tuple[str, ...] | None:
    """`F101, P, passive-voice` -> ('F101', 'P', 'passive-voice'): codes, prefixes or rule
    names lead; any words after them are a reason, not codes."""
    codes = []
    for word in re.split(r"[\s,]+", arguments.strip()):
        if re.fullmatch(r"[A-Za-z]\d{0,3}", word):
            codes.append(word.upper())
        elif re.fullmatch(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+", word):
            codes.append(word)
        else:
            break
    return tuple(codes) or None


def _suppressions(source: SourceFile, comments: list[tuple[int, int, str]]) -> list[Suppression]:
    regions: list[Suppression] = []
    open_regions: list[tuple[int, tuple[str, ...] | None]] = []
    last_line = len(source.line_starts)
    for start, end, body in comments:
        match = _DIRECTIVE.match(body)
        if not match:
            continue
        action = match.group(1)
        codes = _directive_codes(match.group(2))
        line, _ = source.line_col(start)
        end_line, _ = source.line_col(max(end - 1, start))
        if action == "disable-next-line":
            target = end_line + 1
            while target <= last_line and not source.line_text(target).strip():
                target += 1
            regions.append(Suppression(target, target, codes))
        elif action == "disable":
            open_regions.append((line, codes))
        else:  # enable: closes the matching regions (all of them when no codes are named)
            still_open = []
            for first, open_codes in open_regions:
                if codes is None or (open_codes and all(
                    any(code == prefix or code.startswith(prefix) for prefix in codes) for code in open_codes
                )):
                    regions.append(Suppression(first, line, open_codes))
                else:
                    still_open.append((first, open_codes))
            open_regions = still_open
    regions.extend(Suppression(first, last_line, codes) for first, codes in open_regions)
    return regions


def _mask(text: str, markdown: bool) -> str:
    """Blank code, URLs and e-mail addresses so no check reads them; length is kept."""
    chars = list(text)
    patterns = [_CODE_FENCED, _CODE_INLINE, _URL] if markdown else [_URL]
    for pattern in patterns:
        for match in pattern.finditer(text):
            for i in range(match.start(), match.end()):
                if chars[i] != "\n":
                    chars[i] = " "
    return "".join(chars)


def _trim_segments(segments: list[tuple[int, int]], leading: int, length: int) -> list[tuple[int, int]]:
    """Re-base segments after `leading` characters were cut from the front of the text."""
    trimmed: list[tuple[int, int]] = []
    for text_start, source_start in segments:
        text_start -= leading
        if text_start <= 0:
            trimmed = [(0, source_start - text_start)]
        elif text_start < length:
            trimmed.append((text_start, source_start))
    return trimmed


def _build_entry(source, index, kind, title, metadata, ranges, skipped, markdown) -> Entry | None:
    """Join the source ranges of one entry into its paste text, minus skipped spans."""
    text_parts: list[str] = []
    segments: list[tuple[int, int]] = []
    length = 0
    cuts = sorted(skipped)
    for range_start, range_end in ranges:
        position = range_start
        pieces = []
        for cut_start, cut_end in cuts:
            if cut_end <= position or cut_start >= range_end:
                continue
            if cut_start > position:
                pieces.append((position, cut_start))
            position = max(position, cut_end)
        if position < range_end:
            pieces.append((position, range_end))
        for piece_start, piece_end in pieces:
            # Fold CRLF to LF: the '\r' is dropped from the text, and a new
            # segment starts after it so offsets stay exact.
            run_start = piece_start
            for match in re.finditer("\r\n", source.text[piece_start:piece_end]):
                cr = piece_start + match.start()
                if cr > run_start:
                    segments.append((length, run_start))
                    text_parts.append(source.text[run_start:cr])
                    length += cr - run_start
                run_start = cr + 1
            if piece_end > run_start:
                segments.append((length, run_start))
                text_parts.append(source.text[run_start:piece_end])
                length += piece_end - run_start
    raw = "".join(text_parts)
    leading = len(raw) - len(raw.lstrip())
    text = raw.strip()
    if not text:
        return None
    segments = _trim_segments(segments, leading, len(text))
    entry = Entry(
        source=source, index=index, kind=kind, title=title, metadata=metadata,
        text=text, prose=_mask(text, markdown), segments=segments,
    )
    entry.source_start = entry.to_source(0)
    return entry


def split_entries(
    source: SourceFile, default_kind: str = "experience", markdown: bool | None = None,
    known_kinds: tuple[str, ...] = (), known_types: tuple[str, ...] = (),
) -> Document:
    """Cut a draft into entries: front matter, then one entry per level-2 heading (Markdown).

    Headings, metadata blocks, thematic breaks and HTML comments are not part of
    any entry's text; erasl directives inside comments become suppressions.
    """
    if markdown is None:
        markdown = not source.path.lower().endswith(".txt")
    text = source.text
    lines = _lines(text)
    problems: list[MetadataProblem] = []
    allowed = {"kind": known_kinds, "type": known_types}
    skipped: list[tuple[int, int]] = []

    file_metadata: dict[str, str] = {}
    body_line = 0
    front = _metadata_block(lines, 0, problems, allowed)
    if front is not None:
        file_metadata, body_line = front
        body_start = lines[body_line][0] if body_line < len(lines) else len(text)
        skipped.append((0, body_start))
    elif text.startswith("\ufeff"):  # a BOM left in by the caller is not text the applicant wrote
        skipped.append((0, 1))

    comments = []
    for match in _COMMENT.finditer(text):
        if skipped and match.start() < skipped[0][1]:
            continue
        comments.append((match.start(), match.end(), match.group(1)))
        skipped.append(_whole_line_span(text, match.start(), match.end()))

    def in_comment(offset: int) -> bool:
        return any(start <= offset < end for start, end, _ in comments)

    # Walk the body line by line, cutting entries at level-2 headings.
    sections: list[dict] = [{"title": None, "metadata": {}, "start": lines[body_line][0] if body_line < len(lines) else len(text)}]
    in_fence = None
    i = body_line
    while i < len(lines):
        start, end, content = lines[i]
        if markdown and not in_comment(start):
            fence = _FENCE.match(content)
            if in_fence:
                if fence and fence.group(1) == in_fence:
                    in_fence = None
                i += 1
                continue
            if fence:
                in_fence = fence.group(1)
                i += 1
                continue
            heading = _HEADING.match(content)
            if heading:
                skipped.append((start, end))
                if len(heading.group(1)) == 2:
                    sections[-1]["end"] = start
                    section = {"title": (heading.group(2) or "").strip() or None, "metadata": {}, "start": end}
                    j = i + 1
                    while j < len(lines) and not lines[j][2].strip():
                        j += 1
                    block = _metadata_block(lines, j, problems, allowed)
                    if block is not None:
                        section["metadata"], after = block
                        block_end = lines[after][0] if after < len(lines) else len(text)
                        skipped.append((lines[j][0], block_end))
                        section["start"] = block_end
                        i = after - 1
                    sections.append(section)
                i += 1
                continue
            if _THEMATIC_BREAK.match(content):
                skipped.append((start, end))
        i += 1
    sections[-1]["end"] = len(text)

    file_kind = file_metadata.get("kind") or default_kind
    entries: list[Entry] = []
    for section in sections:
        metadata = {**file_metadata, **section["metadata"]}
        if section["title"] and "title" not in section["metadata"]:
            metadata["title"] = section["title"]
        kind = section["metadata"].get("kind") or file_kind
        entry = _build_entry(
            source, len(entries) + 1, kind, metadata.get("title"), metadata,
            [(section["start"], section["end"])], skipped, markdown,
        )
        if entry is not None:
            entries.append(entry)
    return Document(source, entries, _suppressions(source, comments), problems)
