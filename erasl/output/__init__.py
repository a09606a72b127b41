"""Output formats: each module turns a Report into text; nothing else formats diagnostics."""

from __future__ import annotations

from erasl.output import concise, full, json_format

FORMATTERS = {
    "full": full.render,
    "concise": concise.render,
    "json": json_format.render,
}
