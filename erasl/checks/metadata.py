"""E101: metadata problems, found while the document is split (erasl/document.py).

A `document` check: the engine asks it once per file, and it reports each problem
where it is in the file (the metadata line), not inside an entry.
"""

from __future__ import annotations

from typing import Iterable

from erasl.checks import Check, check_kind
from erasl.diagnostics import Diagnostic


@check_kind("metadata")
class MetadataCheck(Check):
    """Each metadata problem of a file, at its line (`run_document`); nothing per entry."""

    scope = "document"
    needs_parse = False

    def run(self, entry, doc):
        return ()

    def run_document(self, document) -> Iterable[tuple[int, int, Diagnostic]]:
        """(source start, source end, finding) for each problem the document's reader noted."""
        for problem in document.problems:
            yield problem.source_start, problem.source_end, self.diagnostic(0, 0, problem=problem.message)
