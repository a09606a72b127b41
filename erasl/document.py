"""Reading drafts safely and splitting them into entries.

A file becomes a `SourceFile` (decoded text plus a line index); its body is cut
into `Entry` objects whose `text` is exactly what the applicant would paste into
MyERAS (no front matter, headings, metadata blocks or HTML comments, CRLF folded
to LF). Each entry keeps a map from its text offsets back to the source, so
every diagnostic points at a line and column of the original file.
"""

from __future__ import annotations

import os
import re
import stat
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
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
    # The message pasted around the entry ("Dear Dr. Mensah,", "plz check", "Best regards,"): not the entry's
    # content (erasl/wrapper_text.py). `prose` has it blanked, so no check but L401 reads it.
    wrapper: list = field(default_factory=list, repr=False, compare=False)

    @property
    def content(self) -> str:
        """`text` without the wrapper, stripped: what the applicant would paste into ERAS."""
        from erasl.wrapper_text import without_wrapper

        return without_wrapper(self.text, self.wrapper).strip()

    @property
    def path(self) -> str:
        return self.source.path

    @property
    def parse_text(self) -> str:
        """`prose` as spaCy should read it: soft line wraps inside a sentence become spaces.

        Drafts are often hard-wrapped ("gained valuable\nexperience"); a newline
        token in the middle would hide the phrase from the matchers. A newline
        stays when the next line starts a new item (capital letter, bullet, list
        marker) or a paragraph; a pasted bullet ("o ", a Symbol-font glyph) becomes a plain one. Same length
        as `text`, so offsets are shared.
        """
        return for_parser(_PASTED_BULLET.sub("\\1\u2022", _SOFT_WRAP.sub(" ", self.prose)))

    def to_source(self, offset: int) -> int:
        """Map an offset in `text` to an offset in the source file."""
        if not self.segments:
            return self.source_start
        starts = self.__dict__.get("_segment_starts")
        if starts is None or len(starts) != len(self.segments):  # built once: an entry can have 100k segments
            starts = self.__dict__["_segment_starts"] = [s[0] for s in self.segments]
        index = max(bisect_right(starts, offset) - 1, 0)
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

    def suppresses(self, line: int, code: str, name: str = "") -> bool:
        """Whether an inline directive turns `code` (rule `name`) off at `line`.

        The same answer as asking every `Suppression.covers`, through an index built once:
        a draft with thousands of directives and thousands of findings stays linear.
        """
        index = self.__dict__.get("_suppression_index")
        if index is None:
            index = self.__dict__["_suppression_index"] = _SuppressionIndex(self.suppressions)
        return index.covers(line, code, name)


class _SuppressionIndex:
    """Suppressed line ranges per named code, prefix or rule name (None: every rule), merged."""

    def __init__(self, suppressions: list[Suppression]):
        ranges: dict[str | None, list[tuple[int, int]]] = {}
        for suppression in suppressions:
            for name in suppression.codes if suppression.codes is not None else (None,):
                ranges.setdefault(name, []).append((suppression.first_line, suppression.last_line))
        self.firsts: dict[str | None, list[int]] = {}
        self.lasts: dict[str | None, list[int]] = {}
        for name, spans in ranges.items():
            merged: list[list[int]] = []
            for first, last in sorted(spans):
                if merged and first <= merged[-1][1] + 1:
                    merged[-1][1] = max(merged[-1][1], last)
                else:
                    merged.append([first, last])
            self.firsts[name] = [first for first, _ in merged]
            self.lasts[name] = [last for _, last in merged]

    def covers(self, line: int, code: str, name: str) -> bool:
        keys = {None, name, *(code[:length] for length in range(1, len(code) + 1))}
        for key in keys:
            firsts = self.firsts.get(key)
            if firsts:
                index = bisect_right(firsts, line) - 1
                if index >= 0 and line <= self.lasts[key][index]:
                    return True
        return False


# --- reading -----------------------------------------------------------------

def decode_draft(data: bytes, path: str) -> SourceFile:
    """Decode bytes the way a text editor would, or refuse with a clear reason.

    UTF-8 (with or without BOM) is read as is; UTF-16 and UTF-32 with a BOM are read too;
    other non-UTF-8 text is read as Windows-1252 (what Word on Windows saves)
    with a note; anything with NUL bytes is a binary file and is refused.
    """
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):  # before UTF-16: its BOM starts the same
        try:
            return SourceFile(path, data.decode("utf-32"), note="read as UTF-32; save it as UTF-8")
        except UnicodeDecodeError:
            raise InputError(path, "looks like UTF-32 text but could not be decoded; save it as UTF-8") from None
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


def _too_large(display: str, size: str, max_bytes: int) -> InputError:
    return InputError(
        display,
        f"is {size}, too large to be a draft (erasl reads files up to "
        f"{_file_size(max_bytes)}; a whole personal statement is under 30 KB); skipped",
    )


def read_limited(stream, display: str, max_bytes: int = DEFAULT_MAX_FILE_BYTES) -> bytes:
    """At most `max_bytes` from an open binary stream (stdin, a file); more is refused unread.

    `cat /dev/zero | erasl check -` must end with a message, not fill the memory.
    """
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise _too_large(display, f"more than {_file_size(max_bytes)}", max_bytes)
    return data


def read_draft(path: Path, display: str | None = None, max_bytes: int = DEFAULT_MAX_FILE_BYTES) -> SourceFile:
    """Read one draft file from disk; never writes, never follows into binaries.

    Only regular files are read: a named pipe would wait forever for a writer and a
    device such as /dev/zero never ends. The file is opened without blocking and checked
    after opening (so it cannot be swapped for a pipe in between), and at most
    `max_bytes` are read whatever its size claims.
    """
    display = display or str(path)
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        if path.is_symlink():
            raise InputError(display, "is a link to a file that does not exist") from None
        raise InputError(display, "no such file or folder") from None
    except IsADirectoryError:
        raise InputError(display, "is a folder, not a file") from None
    except OSError as error:
        raise InputError(display, f"cannot be read ({error.strerror or error})") from None
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(display, "is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(display, "is not a regular file (a pipe, socket or device); skipped "
                                      "(to check text from a program, pipe it to `erasl check -`)")
        if info.st_size > max_bytes:
            raise _too_large(display, _file_size(info.st_size), max_bytes)
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        with os.fdopen(descriptor, "rb", closefd=False) as stream:
            data = read_limited(stream, display, max_bytes)
    except OSError as error:
        raise InputError(display, f"cannot be read ({error.strerror or error})") from None
    finally:
        os.close(descriptor)
    if path.suffix.lower() == ".docx":
        from erasl.word import read_word

        return read_word(data, display)
    if path.suffix.lower() == ".doc" or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(display, "is an old Word file (.doc), which erasl cannot read; save it as .docx or .txt")
    return decode_draft(data, display)


# --- splitting ---------------------------------------------------------------

# Every pattern here runs on text of any size, so each must run in time linear in its input:
# no two adjacent quantifiers that can trade the same characters, and no unbounded scan that a
# failed match restarts from every position (tests/test_hostile.py times each against
# pathological shapes). HTML comments are found with str.find (a lazy `<!--.*?-->` rescanned
# the rest of the file from every unclosed `<!--`).
_DIRECTIVE = re.compile(r"^\s*erasl-(disable-next-line|disable|enable)\b([^>]*)$", re.DOTALL)
# The title is rstripped of " \t#" in code: a lazy title followed by `[ \t#]*$` was quadratic.
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*))?[ \t#]*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_THEMATIC_BREAK = re.compile(r"^ {0,3}([-*_])(?:[ \t]*+\1){2,}[ \t]*$")
# The value is stripped in code: a lazy value followed by `\s*$` was quadratic on trailing spaces.
_METADATA_LINE = re.compile(r"^\s*([A-Za-z][\w-]*)\s*:(.*)$")
_CODE_FENCED = re.compile(r"^ {0,3}(```|~~~)[^\n]*\n.*?(?:^ {0,3}\1[^\n]*$|\Z)", re.DOTALL | re.MULTILINE)
_CODE_INLINE = re.compile(r"`[^`\n]+`")
_SOFT_WRAP = re.compile(r"(?<=[^\n])\n(?=[ \t]*[a-z(0-9])(?![ \t]*\d+[.)][ \t])(?![ \t]*o[ \t]+[A-Z])")
# A list item opened by a letter "o" (a Word outline bullet pasted as text) or by a Symbol-font bullet from a
# private-use code point ("\uf0b7", "\uf0a7"): the parser reads "o Fixed computers" as an adjective on a noun,
# so it is given a plain bullet, one character for one.
_PASTED_BULLET = re.compile("(?m)^([ \t]*)(?:o(?=[ \t]+[A-Z])|[\uf0a7\uf0b7\uf0d8\uf076\uf0fc])")
# A URL, or an e-mail address. An address may only start where a run of address characters
# starts (the lookbehind): without it a long word was rescanned from each of its letters.
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'\"]"
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]*\w"
)
_COMMENT_OPEN, _COMMENT_CLOSE = "<!--", "-->"
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def for_parser(text: str) -> str:
    """`text` as spaCy can take it: a str from the API or an editor can hold lone surrogates
    ("\ud800", valid in JSON) that spaCy cannot encode; each becomes U+FFFD, one character for
    one, so offsets hold."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def _comments(text: str):
    """(start, end, body) of every closed HTML comment, in one left-to-right pass."""
    position = 0
    while True:
        start = text.find(_COMMENT_OPEN, position)
        if start == -1:
            return
        close = text.find(_COMMENT_CLOSE, start + len(_COMMENT_OPEN))
        if close == -1:
            return  # an unclosed comment hides nothing, as before
        end = close + len(_COMMENT_CLOSE)
        yield start, end, text[start + len(_COMMENT_OPEN):close]
        position = end


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
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
# a month's number by its name or its first three letters, lower case: "june", "jun", "sept" -> 6, 6, 9
MONTH_NUMBERS = {name: number for number, month in enumerate(MONTH_NAMES, 1)
                 for name in (month.lower(), month[:3].lower())} | {"sept": 9}
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


def _sorted_cuts(skipped: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[int]]:
    """Skipped spans in order, with the furthest end reached by each prefix of them.

    Cuts before the first one reaching past a range's start cannot touch that range, so
    each entry only looks at its own cuts (a draft can have 100,000 headings).
    """
    cuts = sorted(skipped)
    return cuts, list(accumulate((cut_end for _, cut_end in cuts), max))


def _build_entry(source, index, kind, title, metadata, ranges, skipped, markdown) -> Entry | None:
    """Join the source ranges of one entry into its paste text, minus skipped spans (`_sorted_cuts`)."""
    text_parts: list[str] = []
    segments: list[tuple[int, int]] = []
    length = 0
    cuts, reach = skipped
    for range_start, range_end in ranges:
        position = range_start
        pieces = []
        for cut_number in range(bisect_right(reach, range_start), len(cuts)):  # not islice: it walks the skipped
            cut_start, cut_end = cuts[cut_number]
            if cut_start >= range_end:
                break
            if cut_end <= position:
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
    from erasl.wrapper_text import wrapper_spans, without_wrapper

    wrapper = wrapper_spans(text, metadata.get("kind") or kind)
    entry = Entry(
        source=source, index=index, kind=kind, title=title, metadata=metadata,
        text=text, prose=without_wrapper(_mask(text, markdown), wrapper), segments=segments, wrapper=wrapper,
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

    comments = _comment_spans(text, skipped)
    sections = _sections(text, lines, body_line, markdown, comments, skipped, problems, allowed)

    file_kind = file_metadata.get("kind") or default_kind
    cuts = _sorted_cuts(skipped)
    entries: list[Entry] = []
    for section in sections:
        metadata = {**file_metadata, **section["metadata"]}
        if section["title"] and "title" not in section["metadata"]:
            metadata["title"] = section["title"]
        kind = section["metadata"].get("kind") or file_kind
        entry = _build_entry(
            source, len(entries) + 1, kind, metadata.get("title"), metadata,
            [(section["start"], section["end"])], cuts, markdown,
        )
        if entry is not None:
            entries.append(entry)
    return Document(source, entries, _suppressions(source, comments), problems)


def _comment_spans(text: str, skipped: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """HTML comments after the front matter; each one's whole lines join `skipped`."""
    comments = []
    for start, end, body in _comments(text):
        if skipped and start < skipped[0][1]:
            continue
        comments.append((start, end, body))
        skipped.append(_whole_line_span(text, start, end))
    return comments


def _sections(
    text: str, lines: list, body_line: int, markdown: bool, comments: list[tuple[int, int, str]],
    skipped: list[tuple[int, int]], problems: list[MetadataProblem], allowed: dict,
) -> list[dict]:
    """Walk the body line by line, cutting a section at each level-2 heading (Markdown only).

    Headings, thematic breaks and a section's metadata block join `skipped`; fenced code
    and text inside comments never start a section.
    """
    comment_starts = [start for start, _, _ in comments]

    def in_comment(offset: int) -> bool:
        # Comments do not overlap and are in order: only the last one starting at or before counts.
        index = bisect_right(comment_starts, offset) - 1
        return index >= 0 and offset < comments[index][1]

    sections: list[dict] = [{"title": None, "metadata": {}, "start": lines[body_line][0] if body_line < len(lines) else len(text)}]
    in_fence = None
    i = body_line
    while i < len(lines):
        start, end, content = lines[i]
        if not markdown or in_comment(start):
            i += 1
            continue
        fence = _FENCE.match(content)
        if in_fence or fence:
            if not in_fence:
                in_fence = fence.group(1)
            elif fence and fence.group(1) == in_fence:
                in_fence = None
            i += 1
            continue
        heading = _HEADING.match(content)
        if heading:
            skipped.append((start, end))
            if len(heading.group(1)) == 2:
                sections[-1]["end"] = start
                section, i = _heading_section(text, lines, i, heading, problems, allowed, skipped)
                sections.append(section)
        elif _THEMATIC_BREAK.match(content):
            skipped.append((start, end))
        i += 1
    sections[-1]["end"] = len(text)
    return sections


def _heading_section(
    text: str, lines: list, i: int, heading: re.Match, problems: list[MetadataProblem],
    allowed: dict, skipped: list[tuple[int, int]],
) -> tuple[dict, int]:
    """The section a level-2 heading on line i opens, with its metadata block; and the line to go on from."""
    title = (heading.group(2) or "").rstrip(" \t#").strip() or None
    section = {"title": title, "metadata": {}, "start": lines[i][1]}
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
    return section, i
