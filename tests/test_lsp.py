"""`erasl lsp` in a real session over stdio: the server process an editor would start, spoken to in JSON-RPC."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import erasl
from erasl.lsp import PositionMap
from tests.lsp_client import LspClient, server_command

# An astral-plane emoji before the flagged words: one code point for erasl, two UTF-16 units for the client.
BAD = (
    "---\nkind: experience\n---\n"
    "\U0001F600 I observed patient care and gained valuable experience.\r\n"
    "Presented on \u201crounds\u201d daily.\n"
)
GOOD = (
    "4-week inpatient internal medicine rotation on a resident-run teaching service. "
    "Followed 4-6 patients daily, wrote draft progress notes, and presented them on rounds. "
    "Obtained histories from 2 new admissions each morning and discussed each plan with the senior resident.\n"
)


def utf16_position(text: str, needle: str) -> dict:
    """Where `needle` starts, as an LSP client counts: lines at LF/CRLF, UTF-16 code units."""
    offset = text.index(needle)
    before = text[:offset].replace("\r\n", "\n")
    line = before.count("\n")
    line_text = before.rsplit("\n", 1)[-1]
    return {"line": line, "character": len(line_text.encode("utf-16-le")) // 2}


def span(text: str, needle: str) -> dict:
    start = utf16_position(text, needle)
    return {"start": start, "end": {"line": start["line"], "character": start["character"] + len(needle)}}


def apply_edits(text: str, edits: list[dict]) -> str:
    positions = PositionMap(text)
    for edit in sorted(edits, key=lambda e: (e["range"]["start"]["line"], e["range"]["start"]["character"]),
                       reverse=True):
        start = positions.offset(_position(edit["range"]["start"]))
        end = positions.offset(_position(edit["range"]["end"]))
        text = text[:start] + edit["newText"] + text[end:]
    return text


def _position(raw: dict):
    from lsprotocol.types import Position

    return Position(line=raw["line"], character=raw["character"])


@pytest.fixture
def session(tmp_path: Path):
    client = LspClient(server_command(), cwd=tmp_path)
    yield client, tmp_path
    if client.process.poll() is None:
        client.process.kill()


def test_a_client_session_from_initialize_to_exit(session):
    client, root = session
    result = client.initialize(root)
    capabilities = result["capabilities"]
    assert result["serverInfo"]["name"] == "erasl"
    assert capabilities["positionEncoding"] == "utf-16"
    assert capabilities["textDocumentSync"]["change"] == 2  # incremental
    assert capabilities["hoverProvider"] and capabilities["codeActionProvider"]

    uri = (root / "drafts" / "observership.md").as_uri()
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "markdown", "version": 1, "text": BAD}})
    _, published = client.wait_for("textDocument/publishDiagnostics", lambda p: p["uri"] == uri, timeout=120)
    assert published["version"] == 1
    by_code = {d["code"]: d for d in published["diagnostics"]}
    assert {"F101", "V102", "L201"} <= set(by_code)
    assert all(d["source"] == "erasl" for d in published["diagnostics"])

    filler = by_code["F101"]
    assert filler["range"] == span(BAD, "gained valuable experience")
    assert filler["range"]["start"] == {"line": 3, "character": 31}  # 30 characters; the emoji is 2 units
    assert filler["severity"] == 2 and "gained valuable experience" in filler["message"]
    assert by_code["V102"]["range"] == span(BAD, "observed")
    assert by_code["L102"]["severity"] == 3  # a note is Information

    # Hover on the filler shows `erasl rule F101`.
    hover = client.request("textDocument/hover", {
        "textDocument": {"uri": uri}, "position": {"line": 3, "character": 35}})
    assert hover["contents"]["kind"] == "markdown"
    assert "F101 vague-filler" in hover["contents"]["value"] and "Why it matters:" in hover["contents"]["value"]
    assert hover["range"] == filler["range"]
    assert client.request("textDocument/hover", {
        "textDocument": {"uri": uri}, "position": {"line": 0, "character": 1}}) is None

    # A code action applies the safe fix of the curly quote under the cursor.
    quote_range = span(BAD, "\u201c")
    actions = client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": {"start": quote_range["start"], "end": quote_range["start"]},
        "context": {"diagnostics": [], "only": ["quickfix"]}})
    assert len(actions) == 1
    action = actions[0]
    assert action["kind"] == "quickfix" and action["title"].startswith("L201: Replace '\u201c' with '\"'")
    assert action["diagnostics"][0]["code"] == "L201"
    fixed = apply_edits(BAD, action["edit"]["changes"][uri])
    assert fixed == BAD.replace("\u201c", '"', 1)
    fix_all = client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
        "context": {"diagnostics": [], "only": ["source.fixAll"]}})
    assert [a["kind"] for a in fix_all] == ["source.fixAll.erasl"]
    assert apply_edits(BAD, fix_all[0]["edit"]["changes"][uri]).endswith('Presented on "rounds" daily.\n')

    # A rewrite action inserts the entry's skeleton, with the draft's facts, as a comment below it.
    rewrite = client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": {"start": filler["range"]["start"], "end": filler["range"]["start"]},
        "context": {"diagnostics": [], "only": ["refactor.rewrite"]}})
    assert [a["kind"] for a in rewrite] == ["refactor.rewrite"]
    with_skeleton = apply_edits(BAD, rewrite[0]["edit"]["changes"][uri])
    assert with_skeleton.startswith(BAD.rstrip("\n"))  # the draft itself is untouched
    comment = with_skeleton[len(BAD.rstrip("\n")):]
    assert comment.lstrip().startswith("<!-- erasl suggestion") and comment.rstrip().endswith("-->")
    assert "[" in comment and "presented" in comment.lower()  # placeholders, and a fact the draft states
    assert [d.code for d in erasl.lint_text(with_skeleton, path="x.md")] == [
        d.code for d in erasl.lint_text(BAD, path="x.md")]  # a comment: not linted, not counted

    # An incremental change that replaces everything with a clean entry clears the diagnostics.
    end = PositionMap(BAD).position(len(BAD))
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": uri, "version": 2},
        "contentChanges": [{"range": {"start": {"line": 0, "character": 0},
                                      "end": {"line": end.line, "character": end.character}}, "text": GOOD}]})
    _, cleared = client.wait_for("textDocument/publishDiagnostics", lambda p: p["uri"] == uri)
    assert cleared == {"uri": uri, "version": 2, "diagnostics": []}

    assert client.close() == 0


def test_changes_in_quick_succession_are_linted_once(session):
    client, root = session
    client.initialize(root)
    uri = (root / "ps.md").as_uri()
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "markdown", "version": 1, "text": GOOD}})
    client.wait_for("textDocument/publishDiagnostics", lambda p: p["version"] == 1, timeout=120)
    typed = GOOD.rstrip("\n")
    for version, suffix in enumerate([" I", " I gained", " I gained valuable", " I gained valuable experience."], 2):
        client.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": typed + suffix}]})
        time.sleep(0.02)  # typing speed; the debounce is 0.3 s
    published = [client.wait_for("textDocument/publishDiagnostics")[1]]
    while published[-1]["version"] != 5:
        published.append(client.wait_for("textDocument/publishDiagnostics")[1])
    published += client.drain("textDocument/publishDiagnostics", quiet=0.5)
    assert [p["version"] for p in published] == [5]  # one lint, for the last version typed
    assert "F101" in {d["code"] for d in published[0]["diagnostics"]}
    client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    _, closed = client.wait_for("textDocument/publishDiagnostics", lambda p: p["uri"] == uri)
    assert closed["diagnostics"] == []
    assert client.close() == 0


def test_utf8_position_encoding_when_the_client_prefers_it(session):
    client, root = session
    assert client.initialize(root, encodings=["utf-8", "utf-16"])["capabilities"]["positionEncoding"] == "utf-8"
    uri = (root / "observership.md").as_uri()
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "markdown", "version": 1, "text": BAD}})
    _, published = client.wait_for("textDocument/publishDiagnostics", lambda p: p["uri"] == uri, timeout=120)
    filler = next(d for d in published["diagnostics"] if d["code"] == "F101")
    line = BAD.split("\n")[3]
    assert filler["range"]["start"] == {"line": 3, "character": len(line[:line.index("gained")].encode("utf-8"))}
    assert client.close() == 0


def test_position_map_counts_utf16_units_and_splits_lines_like_the_lsp():
    text = "a\U0001F600b\r\nc\rd\u2028e"
    positions = PositionMap(text)
    assert positions.position(text.index("b")).character == 3
    assert (positions.position(text.index("c")).line, positions.position(text.index("d")).line) == (1, 2)
    assert positions.position(text.index("e")).character == 2  # U+2028 is not a line break for the LSP
    assert PositionMap(text, "utf-32").position(text.index("b")).character == 2
    assert PositionMap(text, "utf-8").position(text.index("b")).character == 5
    for offset in range(len(text) + 1):
        if text[offset - 1:offset + 1] != "\r\n":
            assert positions.offset(positions.position(offset)) == offset


def test_lsp_with_a_missing_config_file_is_a_usage_error(tmp_path):
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "erasl", "lsp", "--config", str(tmp_path / "nope.toml")],
                            capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert result.returncode == 2
    assert "no such config file" in result.stderr


def test_settings_come_from_the_config_above_the_document(tmp_path):
    import sys

    (tmp_path / "erasl.toml").write_text('ignore = ["F101"]\nkinds = { "statements/*.md" = "personal-statement" }\n')
    (tmp_path / "statements").mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    client = LspClient([sys.executable, "-m", "erasl", "lsp"], cwd=elsewhere)  # not the config's folder
    try:
        client.initialize(elsewhere)
        uri = (tmp_path / "statements" / "why-im.md").as_uri()
        text = "Ever since I was a child I observed patient care and gained valuable experience.\n"  # no kind named
        client.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "markdown", "version": 1, "text": text}})
        _, published = client.wait_for("textDocument/publishDiagnostics", lambda p: p["uri"] == uri, timeout=120)
        codes = {d["code"] for d in published["diagnostics"]}
        assert "F101" not in codes  # ignored by the config
        assert "F301" in codes and not codes & {"N101", "D101", "V101"}  # a personal statement, by the glob
        assert client.close() == 0
    finally:
        if client.process.poll() is None:
            client.process.kill()
