"""The message pasted around an entry: greetings, requests to the reader, sign-offs, labels.

The shared reading finds it (erasl/wrapper_text.py, on every entry as `entry.wrapper`); this check only names
each piece, so the applicant deletes it before pasting the entry into ERAS.
"""

from __future__ import annotations

from erasl.checks import Check, check_kind
from erasl.wrapper_text import sign_offs_joined

# what each kind of wrapper is, in the applicant's words
_KIND_WORDS = {"greeting": "a greeting", "request": "a request to your reader", "closing": "a sign-off",
               "signature": "a signature", "label": "a label"}


@check_kind("wrapper")
class WrapperTextCheck(Check):
    """Reports each wrapper span of the entry (a sign-off and the signature under it as one)."""

    needs_parse = False

    def run(self, entry, doc):
        for span in sign_offs_joined(entry.text, getattr(entry, "wrapper", None) or []):
            yield self.diagnostic(span.start, span.end, what=_KIND_WORDS.get(span.kind, span.kind),
                                  match=entry.text[span.start:span.end])
