"""`erasl lsp` under a hostile or broken client, over a real stdio session: framing that lies,
bytes that are not messages, invalid params, a second initialize, exit at awkward moments, and a
burst of edits while a long document is being linted."""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import pytest

from erasl.lsp import PositionMap, _units
from erasl.lsp_framing import MessageReader
from tests.lsp_client import LspClient, server_command

BAD = "I observed patient care and gained valuable experience.\n"


@pytest.fixture
def client(tmp_path: Path):
    session = LspClient(server_command(), cwd=tmp_path)
    session.root = tmp_path
    yield session
    if session.process.poll() is None:
        session.process.kill()


def hover_body(number: int, uri: str = "file:///nowhere/x.md") -> bytes:
    return json.dumps({"jsonrpc": "2.0", "id": number, "method": "textDocument/hover", "params": {
        "textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}}}).encode()


def framed(body: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


LYING_HEADERS = {
    "too short": lambda body: b"Content-Length: 10\r\n\r\n" + body,
    "too long": lambda body: b"Content-Length: %d\r\n\r\n" % (len(body) + 40) + body,
    "enormous": lambda body: b"Content-Length: 1000000000000\r\n\r\n" + body,
    "not a number": lambda body: b"Content-Length: twelve\r\n\r\n" + body,
    "lower case": lambda body: b"content-length: %d\r\n\r\n" % len(body) + body,
    "LF only": lambda body: b"Content-Length: %d\n\n" % len(body) + body,
    "with a Content-Type": lambda body: (b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n"
                                        b"Content-Length: %d\r\n\r\n" % len(body) + body),
}


def test_lying_headers_neither_kill_the_server_nor_cost_a_later_message(client):
    client.initialize(client.root)
    for number, (name, frame) in enumerate(LYING_HEADERS.items(), 1000):
        client.send_raw(frame(hover_body(number)))
        client.send_raw(framed(hover_body(number + 500)))  # an honest message right behind it
        assert client.response(number, timeout=10) == {"jsonrpc": "2.0", "id": number, "result": None}, name
        assert client.response(number + 500, timeout=10)["result"] is None, name
    assert client.process.poll() is None
    assert client.close() == 0


def test_bytes_that_are_no_message_get_a_parse_error_and_the_session_goes_on(client):
    client.initialize(client.root)
    for number, garbage in enumerate([b"hello there\r\n\r\n", b"Content-Length: 5\r\n\r\n{{{{{",
                                      b"\x00\xff\xfe binary \r\n\r\n"], 2000):
        client.send_raw(garbage)
        client.send_raw(framed(hover_body(number)))
        assert client.response(None, timeout=10)["error"]["code"] == -32700
        assert client.response(number, timeout=10)["result"] is None
    assert client.close() == 0


def test_invalid_params_get_error_32602(client):
    client.initialize(client.root)
    for number, (method, params) in enumerate([
        ("textDocument/hover", {"textDocument": 5}),
        ("textDocument/hover", {"textDocument": {"uri": "file:///x.md"}, "position": {"line": "one"}}),
        ("textDocument/codeAction", {"textDocument": {"uri": "file:///x.md"}}),
    ], 3000):
        client._send({"id": number, "method": method, "params": params})
        error = client.response(number, timeout=10)["error"]
        assert error["code"] == -32602 and method in error["message"]
    client._send({"id": 3100, "method": "erasl/noSuchMethod", "params": {}})
    assert client.response(3100, timeout=10)["error"]["code"] == -32601
    assert client.close() == 0


def test_a_request_before_initialize_is_refused_not_crashed_on(client):
    client._send({"id": 1, "method": "textDocument/hover", "params": {
        "textDocument": {"uri": "file:///x.md"}, "position": {"line": 0, "character": 0}}})
    assert client.response(1, timeout=30)["error"]["code"] == -32002
    client.initialize(client.root)
    assert client.close() == 0


def test_a_second_initialize_is_refused_and_diagnostics_keep_coming(client):
    client.initialize(client.root)
    uri = (client.root / "im.md").as_uri()
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "markdown", "version": 1, "text": BAD}})
    client.wait_for("textDocument/publishDiagnostics", lambda p: p["version"] == 1, timeout=120)
    client._send({"id": 99, "method": "initialize", "params": {
        "processId": None, "rootUri": client.root.as_uri(), "capabilities": {}}})
    assert client.response(99, timeout=10)["error"]["code"] == -32600
    client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                             "contentChanges": [{"text": BAD + "Presented \u201cit\u201d.\n"}]})
    _, published = client.wait_for("textDocument/publishDiagnostics", lambda p: p["version"] == 2, timeout=60)
    assert "L201" in {d["code"] for d in published["diagnostics"]}
    assert client.close() == 0


def test_exit_without_shutdown_exits_1_and_at_once(client):
    client.initialize(client.root)
    sent = time.perf_counter()
    client.notify("exit")
    assert client.process.wait(timeout=10) == 1
    assert time.perf_counter() - sent < 2  # 0.02 s here; before, 0.74 s


def test_exit_while_the_model_is_still_loading_is_clean_and_prompt(client):
    client.initialize(client.root)  # `initialized` starts loading the model on the worker
    client.request("shutdown")
    sent = time.perf_counter()
    client.notify("exit")
    assert client.process.wait(timeout=10) == 0
    assert time.perf_counter() - sent < 2  # before, 2.3 s: the process waited for the model
    assert "Traceback" not in "".join(client.stderr)


def test_closing_stdin_ends_the_server(client):
    client.initialize(client.root)
    client.process.stdin.close()
    assert client.process.wait(timeout=10) == 1  # no shutdown was asked for


def test_a_burst_of_edits_during_a_long_lint_keeps_requests_answered(client):
    """A rewrite action parses a long document on the worker; hover is answered meanwhile, the burst of
    edits typed during it is linted once, for its last version."""
    client.initialize(client.root)
    uri = (client.root / "long.md").as_uri()
    paragraph = ("Followed 4 patients daily on a 6-week inpatient rotation and gained valuable experience "
                 "presenting on rounds. ") * 8 + "\n\n"
    text = paragraph * 20  # about 20 kB: a second or two of parsing
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "markdown", "version": 1, "text": text}})
    client.wait_for("textDocument/publishDiagnostics", lambda p: p["version"] == 1, timeout=180)
    client._send({"id": 600, "method": "textDocument/codeAction", "params": {
        "textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 5}, "end": {"line": 0, "character": 5}},
        "context": {"diagnostics": [], "only": ["refactor.rewrite"]}}})
    client._send({"id": 601, "method": "textDocument/hover", "params": {
        "textDocument": {"uri": uri}, "position": {"line": 0, "character": 70}}})
    hover = client.response(601, timeout=30)
    assert "F101" in hover["result"]["contents"]["value"]
    assert 600 not in client.responses  # the rewrite is still being worked out: the loop did not wait for it
    for version in range(2, 12):
        client.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                 "contentChanges": [{"text": text + "x" * version}]})
        time.sleep(0.01)
    rewrite = client.response(600, timeout=180)["result"]
    assert [action["kind"] for action in rewrite] == ["refactor.rewrite"]
    _, published = client.wait_for("textDocument/publishDiagnostics", lambda p: p["version"] == 11, timeout=180)
    versions = [p["version"] for p in client.drain("textDocument/publishDiagnostics", quiet=0.5)]
    assert versions == []  # nothing stale after the last version
    assert "F101" in {d["code"] for d in published["diagnostics"]}
    assert client.close() == 0


# --- the pieces, without a process -------------------------------------------------


def test_reader_splits_messages_fed_a_byte_at_a_time_and_with_lying_lengths():
    messages = [{"jsonrpc": "2.0", "id": n, "method": "x", "params": {"t": "\u00e9\U0001F600" * n}} for n in range(5)]
    stream = b"".join(framed(json.dumps(m, ensure_ascii=False).encode()) for m in messages)
    reader, got = MessageReader(), []
    for byte in stream:
        got += reader.feed(bytes([byte]))
    assert [f.message for f in got] == messages
    lying = LYING_HEADERS["too short"](json.dumps(messages[1]).encode()) + framed(json.dumps(messages[2]).encode())
    assert [f.message for f in MessageReader().feed(lying)] == messages[1:3]
    reader = MessageReader()
    assert reader.feed(LYING_HEADERS["enormous"](json.dumps(messages[3]).encode())) == []
    assert len(reader.buffer) < 200  # nothing allocated for the length
    assert [f.message for f in reader.quiet()] == [messages[3]]


def test_position_map_agrees_with_counting_unit_by_unit():
    rng = random.Random(14)
    alphabet = ["a", " ", "\t", "\u00e9", "\u4e2d", "\U0001F600", "\r\n", "\n", "\r", "\u0301"]
    for _ in range(200):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        for encoding in ("utf-8", "utf-16", "utf-32"):
            positions = PositionMap(text, encoding)
            for offset in range(len(text) + 1):
                line = positions.position(offset).line
                start = positions.line_starts[line]
                expected = sum(_units(c, encoding) for c in text[start:min(offset, positions._line_end(line))])
                assert positions.position(offset).character == expected
                if text[offset - 1:offset + 1] != "\r\n":
                    assert positions.offset(positions.position(offset)) == offset
