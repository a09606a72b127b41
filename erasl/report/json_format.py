"""`erasl report --format json`: the summary, every entry with its scorecard, and every diagnostic.

Schema version 1 (documented in the README). Diagnostics use the same objects as
`erasl check --format json`.
"""

from __future__ import annotations

import json


def render(report) -> str:
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"
