"""Word drafts (.docx): read with python-docx, one paragraph per line.

Line N of the text erasl checks is paragraph N of the document (empty paragraphs
count, as Word counts them), so a finding at line 3, column 12 is in the third
paragraph, twelfth character. A paragraph in Word's "Heading 2" style starts a new
entry, as a `## ` heading does in Markdown ("Heading 1" is a title, as `# `); the
heading's marker is not part of any entry, so columns in the text are Word's own.
erasl never writes a Word file: `--fix` refuses it.
"""

from __future__ import annotations

import io
import zipfile

from erasl.document import InputError, SourceFile

WORD_SUFFIXES = (".docx",)
WORD_NOTE = "read from Word: line numbers are paragraph numbers"


def is_word_draft(path: str) -> bool:
    return path.lower().endswith(WORD_SUFFIXES)


def read_word(data: bytes, display: str) -> SourceFile:
    """The paragraphs of a .docx as plain text, one per line; an unreadable file is a clear InputError."""
    try:
        import docx
    except ImportError:  # pragma: no cover - python-docx is a dependency
        raise InputError(display, "is a Word file, and reading Word files needs python-docx "
                                  "(pip install python-docx); or save the draft as .txt") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise InputError(display, f"is not a Word document erasl can read ({type(error).__name__}); "
                                  "open it in Word and save it again as .docx, or save it as .txt") from None
    except Exception as error:  # python-docx raises its own classes for broken parts
        raise InputError(display, f"is not a Word document erasl can read ({type(error).__name__}); "
                                  "open it in Word and save it again as .docx, or save it as .txt") from None
    paragraphs = [_heading_marker(paragraph) + paragraph.text.replace("\r", "").replace("\n", " ").replace("\v", " ")
                  for paragraph in document.paragraphs]
    while paragraphs and not paragraphs[-1].strip():
        paragraphs.pop()
    note = None
    if document.tables:
        note = "read from Word: text inside tables is not checked; line numbers are paragraph numbers"
    return SourceFile(display, "\n".join(paragraphs) + ("\n" if paragraphs else ""), note=note)


def _heading_marker(paragraph) -> str:
    """'## ' for a paragraph in Word's Heading 2 style, '# ' for Heading 1 or Title, else ''."""
    try:
        name = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
    except (KeyError, AttributeError):
        return ""
    if name in ("heading 1", "title"):
        return "# "
    if name == "heading 2":
        return "## "
    return ""
