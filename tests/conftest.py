"""Shared fixtures: an isolated settings object so a repo's own erasl.toml never leaks into tests."""

from __future__ import annotations

import re

import pytest

from erasl.config import Settings

SPAN_MARK = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)


def unmark(text: str) -> tuple[str, list[tuple[int, int]]]:
    """'I {{gained valuable experience}}.' -> ('I gained valuable experience.', [(2, 28)])."""
    spans, plain, position = [], [], 0
    for match in SPAN_MARK.finditer(text):
        plain.append(text[position:match.start()])
        start = sum(len(p) for p in plain)
        plain.append(match.group(1))
        spans.append((start, start + len(match.group(1))))
        position = match.end()
    plain.append(text[position:])
    return "".join(plain), spans


@pytest.fixture
def settings() -> Settings:
    return Settings()
