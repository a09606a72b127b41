"""Code blocks copied out of the README, so the tests run the recipes exactly as a reader copies them."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
_BLOCK = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def readme_block(language: str, containing: str) -> str:
    """The one README block in `language` whose text contains `containing`."""
    found = [body for lang, body in _BLOCK.findall(README.read_text(encoding="utf-8"))
             if lang == language and containing in body]
    assert len(found) == 1, f"{len(found)} README {language} blocks contain {containing!r}"
    return found[0]
