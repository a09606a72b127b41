"""E101: metadata problems are found while the document is split (erasl/document.py).

The engine reports them under this rule; the class exists so the rule file is
validated like every other and `erasl rule E101` documents it.
"""

from __future__ import annotations

from erasl.checks import Check, check_kind


@check_kind("metadata")
class MetadataCheck(Check):
    """Reports nothing per entry; see `Linter._metadata_diagnostics`."""

    needs_parse = False

    def run(self, entry, doc):
        return ()
