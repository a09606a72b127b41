"""Columns as a terminal or editor shows them: what `--column-unit display` prints.

erasl counts columns in characters everywhere (JSON, SARIF, GitHub, the language
server's offsets). Vim's `%v` and Emacs' compilation mode read a column as a
screen column instead, so `--format concise` prints display columns by default,
as GCC does (`-fdiagnostics-column-unit=display`): a tab advances to the next
multiple of 8, an East Asian wide character or an emoji takes two columns, a
combining mark or zero-width character none.
"""

from __future__ import annotations

from wcwidth import wcwidth

TAB_STOP = 8
COLUMN_UNITS = ("display", "char")


def char_width(char: str) -> int:
    """Screen columns of one character (not a tab): 2 wide, 0 combining, 1 for anything else."""
    width = wcwidth(char)
    return 1 if width < 0 else width  # control characters: one column, as GCC and Vim show them


def display_column(line_text: str, column: int) -> int:
    """The 1-based display column of the 1-based character `column` of `line_text`."""
    width = 0
    for char in line_text[:max(column - 1, 0)]:
        if char == "\t":
            width += TAB_STOP - width % TAB_STOP
        else:
            width += char_width(char)
    return width + 1


def column_in(unit: str, sources: dict, path: str, line: int, column: int) -> int:
    """`column` (in characters) in `unit`; a column whose line is not at hand stays as it is."""
    if unit == "char":
        return column
    source = sources.get(path)
    if source is None or not 0 < line <= len(source.line_starts):
        return column
    return display_column(source.line_text(line), column)
