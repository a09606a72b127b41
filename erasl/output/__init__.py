"""Output formats: each module turns a Report into text; nothing else formats diagnostics."""

from __future__ import annotations

from erasl.output import concise, full, github, json_format, sarif

FORMATTERS = {
    "full": full.render,
    "concise": concise.render,
    "json": json_format.render,
    "sarif": sarif.render,
    "github": github.render,
}
