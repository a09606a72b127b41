"""A baseline: adopt erasl on drafts that already have findings, and fail only on new ones.

`erasl check --write-baseline FILE` records every finding of the run; `erasl check
--baseline FILE` then reports (and fails on) only findings the baseline does not
hold. A finding is matched by its file, its rule and the text it flags (spaces
collapsed), never by line or column, so adding a paragraph above an old finding
does not make it new; editing the flagged words does. Each recorded finding
excuses one finding: two new copies of an old phrase leave one of them new.

Applied as one stage after linting (and fixing): `apply` splits the diagnostics
into new and unchanged; the report keeps the new ones, and SARIF lists both
with `baselineState`.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

FORMAT_VERSION = 1
_SPACES = re.compile(r"\s+")
EXCERPT_CHARACTERS = 80


class BaselineError(Exception):
    """A baseline file that cannot be read or written; the message is one line for the user."""


def _path_key(path: str) -> str:
    return Path(os.path.normpath(path)).as_posix() if path and not path.startswith("<") else path


def flagged_text(diagnostic, sources: dict) -> str:
    """The words a finding flags, spaces collapsed; its message when the source is not at hand."""
    source = sources.get(diagnostic.path)
    if source is None or not 0 <= diagnostic.source_start <= diagnostic.source_end <= len(source.text):
        return _SPACES.sub(" ", diagnostic.message).strip()
    return _SPACES.sub(" ", source.text[diagnostic.source_start:diagnostic.source_end]).strip()


def fingerprint(code: str, text: str) -> str:
    return hashlib.sha256(f"{code}\0{text}".encode("utf-8", "surrogatepass")).hexdigest()[:20]


def _key(diagnostic, sources: dict) -> tuple[str, str, str]:
    return _path_key(diagnostic.path), diagnostic.code, fingerprint(diagnostic.code, flagged_text(diagnostic, sources))


def _sources(report) -> dict:
    return {document.source.path: document.source for document in report.documents}


def write(report, path: str | Path) -> int:
    """Record the report's findings in `path`; returns how many."""
    sources = _sources(report)
    findings = []
    for d in report.diagnostics:
        text = flagged_text(d, sources)
        findings.append({
            "path": _path_key(d.path), "code": d.code,
            "text": text if len(text) <= EXCERPT_CHARACTERS else text[:EXCERPT_CHARACTERS - 1] + "\u2026",
            "fingerprint": fingerprint(d.code, text),
        })
    payload = {"erasl_baseline": FORMAT_VERSION, "findings": findings}
    body = ",\n    ".join(json.dumps(f, ensure_ascii=False) for f in findings)
    text = (f'{{\n  "erasl_baseline": {FORMAT_VERSION},\n  "findings": [\n    {body}\n  ]\n}}\n' if findings
            else json.dumps(payload) + "\n")
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as error:
        raise BaselineError(f"{path}: cannot be written ({error.strerror or error})") from None
    return len(findings)


def read(path: str | Path) -> Counter:
    """The findings recorded in `path`, as a multiset of (path, code, fingerprint)."""
    try:
        payload = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"{path}: no such baseline file (make one with `erasl check --write-baseline {path}`)"
                            ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise BaselineError(f"{path}: cannot be read ({getattr(error, 'strerror', None) or error})") from None
    except json.JSONDecodeError as error:
        raise BaselineError(f"{path}: not an erasl baseline (invalid JSON at line {error.lineno})") from None
    if not isinstance(payload, dict) or payload.get("erasl_baseline") != FORMAT_VERSION \
            or not isinstance(payload.get("findings"), list):
        raise BaselineError(f"{path}: not an erasl baseline (written by `erasl check --write-baseline`, "
                            f"version {FORMAT_VERSION})")
    found: Counter = Counter()
    for number, finding in enumerate(payload["findings"], 1):
        if not isinstance(finding, dict) or not all(
                isinstance(finding.get(key), str) for key in ("path", "code", "fingerprint")):
            raise BaselineError(f"{path}: finding {number} needs \"path\", \"code\" and \"fingerprint\" strings")
        found[(_path_key(finding["path"]), finding["code"], finding["fingerprint"])] += 1
    return found


def apply(report, recorded: Counter):
    """The report with only the findings `recorded` does not hold; the others go to `baselined`."""
    sources = _sources(report)
    left = Counter(recorded)
    new, unchanged = [], []
    for d in report.diagnostics:
        key = _key(d, sources)
        if left[key] > 0:
            left[key] -= 1
            unchanged.append(d)
        else:
            new.append(d)
    return replace(report, diagnostics=new, baselined=unchanged)
