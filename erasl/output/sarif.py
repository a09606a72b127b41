"""SARIF 2.1.0, the format GitHub code scanning and other CI dashboards import.

One run; the driver lists every rule (so a viewer can show its docs), each
result points at a region of a file given relative to the working directory
(`%SRCROOT%`). Columns count Unicode code points, as erasl's do, and say so
(`columnKind`); end columns are exclusive in both.
"""

from __future__ import annotations

import json
import os
from pathlib import Path, PurePath
from urllib.parse import quote

from erasl import __version__

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/erasl/"
SOURCE_ROOT = "%SRCROOT%"
LEVELS = {"error": "error", "warning": "warning", "note": "note"}


def artifact_location(path: str) -> dict:
    """A path below the working directory as a relative URI under %SRCROOT%; anything else as a file: URI."""
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            relative = PurePath(candidate.resolve().relative_to(Path.cwd().resolve()))
        except ValueError:
            return {"uri": candidate.as_uri()}
    else:
        relative = PurePath(os.path.normpath(path))
        if relative.parts and relative.parts[0] == "..":
            return {"uri": candidate.resolve().as_uri()}
    # The file name's own bytes, percent-encoded: a name that is not UTF-8 (read by Python as
    # surrogate escapes) still names the right file, and the JSON stays valid UTF-8.
    return {"uri": quote(os.fsencode(relative.as_posix())), "uriBaseId": SOURCE_ROOT}


def _region(line: int, column: int, end_line: int, end_column: int) -> dict:
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}


def rule_descriptor(rule) -> dict:
    """A rule as `tool.driver.rules[]`: its code, name, one line, why it matters, and `erasl rule CODE`."""
    from erasl.docs import FAMILIES, rule_text

    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.why},
        "help": {"text": rule_text(rule)},
        "defaultConfiguration": {"level": LEVELS[rule.severity.word]},
        "properties": {"tags": [FAMILIES.get(rule.code[0], "other")]},
    }


def _result(d, rule_index: dict[str, int], sources: dict) -> dict:
    location = {
        "physicalLocation": {
            "artifactLocation": artifact_location(d.path),
            "region": _region(d.line, d.column, d.end_line, d.end_column),
        }
    }
    result = {
        "ruleId": d.code,
        "level": LEVELS[d.severity.word],
        "message": {"text": d.message},
        "locations": [location],
    }
    if d.code in rule_index:
        result["ruleIndex"] = rule_index[d.code]
    if d.entry:
        result["properties"] = {"entry": d.entry, "entryTitle": d.entry_title, "kind": d.kind}
    fix = d.fix
    source = sources.get(d.path)
    if fix is not None and fix.safe and d.fix_source_start is not None and source is not None:
        result["fixes"] = [{
            "description": {"text": fix.title(source.text[d.fix_source_start:d.fix_source_end])},
            "artifactChanges": [{
                "artifactLocation": artifact_location(d.path),
                "replacements": [{
                    "deletedRegion": _region(*source.line_col(d.fix_source_start), *source.line_col(d.fix_source_end)),
                    "insertedContent": {"text": _in_line_endings_of(source.text, fix.replacement)},
                }],
            }],
        }]
    return result


def _in_line_endings_of(text: str, replacement: str) -> str:
    """A replacement for a CRLF file keeps CRLF, as `erasl check --fix` writes it."""
    return replacement.replace("\n", "\r\n") if "\r\n" in text else replacement


def _results(report, rule_index: dict[str, int], sources: dict) -> list[dict]:
    """Every result; with a baseline, its findings too, each marked `new` or `unchanged`."""
    if report.baselined is None:
        return [_result(d, rule_index, sources) for d in report.diagnostics]
    states = {id(d): "unchanged" for d in report.baselined}
    results = []
    for d in sorted(report.diagnostics + report.baselined, key=lambda d: d.sort_key()):
        results.append({**_result(d, rule_index, sources), "baselineState": states.get(id(d), "new")})
    return results


def render(report, settings=None, color: bool = False, ruleset=None) -> str:
    from erasl.registry import load_rules

    ruleset = ruleset or load_rules()
    rules = [rule for _, rule in sorted(ruleset.rules.items())]
    rule_index = {rule.code: index for index, rule in enumerate(rules)}
    sources = {document.source.path: document.source for document in report.documents}
    run = {
        "tool": {
            "driver": {
                "name": "erasl",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFORMATION_URI,
                "rules": [rule_descriptor(rule) for rule in rules],
            }
        },
        "originalUriBaseIds": {SOURCE_ROOT: {"uri": Path.cwd().resolve().as_uri() + "/"}},
        "columnKind": "unicodeCodePoints",
        "invocations": [{
            "executionSuccessful": not report.errors,
            "toolExecutionNotifications": [
                {
                    "level": "error",
                    "message": {"text": error.message},
                    "locations": [{"physicalLocation": {"artifactLocation": artifact_location(error.path)}}],
                }
                for error in report.errors
            ],
        }],
        "results": _results(report, rule_index, sources),
    }
    payload = {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}
    text = json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
    # Any other text from an undecodable file name (a lone surrogate) cannot be written as UTF-8.
    return text.encode("utf-8", "replace").decode("utf-8")
