"""One line per problem in the gcc convention that Vim, Emacs and VS Code parse with no setup.

Columns are display columns by default (tabs to the next multiple of 8, wide
characters and emoji as two), as GCC prints them and as Vim's `%v` and Emacs'
compilation mode read them; `--column-unit char` prints characters instead.
A control character in a file name or message (a newline, say) is escaped as
`\\n`, so one problem is always one line.
"""

from __future__ import annotations

import re

from erasl.columns import column_in

_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def one_line(text: str) -> str:
    """`text` with every control or line-breaking character escaped (`\\n`, `\\x1b`, `\\u2028`)."""
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(lambda m: _ESCAPES.get(m[0]) or (f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100
                                                          else f"\\u{ord(m[0]):04x}"), text)


def render(report, settings=None, color: bool = False, column_unit: str = "display") -> str:
    sources = {document.source.path: document.source for document in report.documents}
    lines = [
        f"{one_line(d.path)}:{d.line}:{column_in(column_unit, sources, d.path, d.line, d.column)}: "
        f"{d.severity.word}: {one_line(d.message)} [{d.code}]"
        for d in report.diagnostics
    ]
    return "\n".join(lines) + ("\n" if lines else "")
