"""No module of erasl defines the same top-level name twice.

A second ``def`` with an existing name silently replaces the first at import, so
the first reading stops working with no error (a habit reading of "whenever" in
the passive check was lost this way). ruff's F811 misses it when the first
function is used before the second is written, so the check is done here.
"""
import ast
from collections import Counter
from pathlib import Path

import pytest

import erasl

MODULES = sorted(Path(erasl.__file__).parent.rglob("*.py"))


def redefined_names(source):
    """Top-level functions and classes the source defines more than once."""
    defined = Counter(
        node.name
        for node in ast.parse(source).body
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
    )
    return [name for name, count in defined.items() if count > 1]


@pytest.mark.parametrize("module", MODULES, ids=lambda path: path.name)
def test_top_level_names_are_defined_once(module):
    assert redefined_names(module.read_text(encoding="utf-8")) == []


def test_the_check_sees_a_redefinition():
    twice = "def reading():\n    return 1\n\n\nclass Other:\n    pass\n\n\ndef reading():\n    return 2\n"
    assert redefined_names(twice) == ["reading"]
