"""`erasl serve`'s JSON API and its safety, without a browser (Starlette's test client, in process)."""

from __future__ import annotations

import asyncio
import os
import re
import socket
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
import warnings

with warnings.catch_warnings():  # Starlette 1.x prefers httpx2 for its test client; httpx works the same
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from erasl.cli import main
from erasl.config import Settings
from erasl.output.json_format import diagnostic_record
from erasl.registry import load_rules
from erasl.serve import HostPolicy, MAX_BODY_BYTES, Worker, Workspace, create_app, draft_path, web_dir

WEAK = "During my observership I gained valuable experience and learned a lot about teamwork."
DRAFT = """---
kind: experience
title: Internal Medicine Observership
---
I observed the team on rounds and gained valuable experience.
"""


def client_for(folder: Path | None = None) -> TestClient:
    workspace = Workspace(Settings(), load_rules(), folder.resolve() if folder else None)
    return TestClient(create_app(workspace, HostPolicy(80, {"localhost", "testserver"})))


@pytest.fixture
def api() -> TestClient:
    return client_for()


@pytest.fixture
def folder(tmp_path) -> Path:
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "observership.md").write_text(DRAFT, encoding="utf-8")
    (drafts / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "secret.md").write_text("not yours", encoding="utf-8")
    return drafts


def lint(api, text, **extra):
    response = api.post("/api/lint", json={"text": text, **extra})
    assert response.status_code == 200, response.text
    return response.json()


# --- lint, suggest, export ------------------------------------------------------------

def test_lint_answers_with_check_json_fields_spans_and_the_count(api):
    data = lint(api, WEAK, kind="experience")
    filler = [d for d in data["diagnostics"] if d["code"] == "F101"]
    assert [WEAK[d["start"]:d["end"]] for d in filler] == ["gained valuable experience", "learned a lot"]
    import erasl

    check_json = diagnostic_record(erasl.lint_text(WEAK, kind="experience")[0])
    assert set(check_json) <= set(filler[0])  # every field `check --format json` has
    assert filler[0]["why"] and filler[0]["better"]  # what the hover explains
    assert (data["characters"], data["limit"]) == (len(WEAK), 750)


def test_count_is_the_one_erasl_export_prints(api, tmp_path):
    text = "I \u201cgained\u201d experience\u2014twice.\u200b Then I wrote 12 notes\nper day for [N] weeks."
    data = lint(api, text, kind="experience")
    path = tmp_path / "entry.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["export", str(path), "--kind", "experience", "--isolated"])
    count = re.search(r": (\d+)/750 characters", result.stderr)
    assert count, result.stderr
    assert data["characters"] == int(count.group(1)) != len(text)  # the invisible character is not counted
    assert data["entries"][0]["placeholders"] == 1


def test_spans_are_counted_as_a_browser_counts_them(api):
    text = "\U0001F600 I gained valuable experience."  # the emoji is one character in Python, two in JavaScript
    data = lint(api, text)
    filler = next(d for d in data["diagnostics"] if d["code"] == "F101")
    assert (filler["start"], filler["end"]) == (5, 31)
    assert text.encode("utf-16-le")[filler["start"] * 2:filler["end"] * 2].decode("utf-16-le") == \
        "gained valuable experience"


def test_suggest_returns_the_skeleton_with_placeholders(api):
    response = api.post("/api/suggest", json={"text": WEAK, "kind": "experience"})
    assert response.status_code == 200
    suggestion = response.json()["suggestions"][0]
    assert "[" in suggestion["suggestion"] and suggestion["placeholders"]
    assert any("gained valuable experience" in item["text"] for item in suggestion["left_out"])


def test_export_gives_the_paste_text(api):
    response = api.post("/api/export", json={"text": "I \u201csaw\u201d 12 patients \u2014 daily.", "kind": "experience"})
    assert response.json()["entries"][0]["text"] == 'I "saw" 12 patients - daily.'


def test_unknown_kind_is_a_clear_400(api):
    response = api.post("/api/lint", json={"text": "x", "kind": "essay"})
    assert response.status_code == 400 and "unknown kind 'essay'" in response.json()["error"]


# --- bad requests -----------------------------------------------------------------------

@pytest.mark.parametrize("body, message", [
    (b'{"text": ', "not valid JSON"),
    (b"[1, 2]", "must be a JSON object"),
    (b'{"kind": "experience"}', "'text' must be the draft's text"),
    (b'{"text": "x", "kind": 3}', "'kind' must be a string"),
    (b"\xff\xfe", "not valid JSON"),
])
def test_malformed_bodies_get_400_with_a_message(api, body, message):
    response = api.post("/api/lint", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert message in response.json()["error"]
    assert "Traceback" not in response.text


def test_bodies_over_1_mb_get_413(api):
    response = api.post("/api/lint", json={"text": "a" * MAX_BODY_BYTES})
    assert response.status_code == 413 and "over 1 MB" in response.json()["error"]


def test_bodies_over_1_mb_without_a_length_get_413(api):
    def chunks():
        for _ in range(11):
            yield b"a" * 100_000

    response = api.post("/api/lint", content=chunks(), headers={"Content-Type": "application/json"})
    assert response.status_code == 413


def test_a_form_post_is_refused(api):
    response = api.post("/api/lint", content=b"text=x", headers={"Content-Type": "text/plain"})
    assert response.status_code == 415


# --- other sites ----------------------------------------------------------------------

def test_dns_rebinding_host_is_refused(api):
    response = api.get("/api/info", headers={"Host": "attacker.example:80"})
    assert response.status_code == 403 and "Host" in response.json()["error"]


def test_other_origin_is_refused_and_own_origin_is_served(api):
    refused = api.post("/api/lint", json={"text": "x"}, headers={"Origin": "http://attacker.example"})
    assert refused.status_code == 403 and "another site" in refused.json()["error"]
    assert api.post("/api/lint", json={"text": "x"}, headers={"Origin": "null"}).status_code == 403
    assert api.post("/api/lint", json={"text": "x"}, headers={"Origin": "http://testserver"}).status_code == 200
    assert api.get("/api/info", headers={"Sec-Fetch-Site": "cross-site"}).status_code == 403


def test_host_policy_accepts_own_names_and_ip_literals_on_its_port():
    policy = HostPolicy(8750)
    assert policy.allows("127.0.0.1:8750") and policy.allows("localhost:8750") and policy.allows("[::1]:8750")
    assert policy.allows("192.168.1.20:8750")  # an IP literal cannot be rebound
    assert not policy.allows("127.0.0.1:9999")
    assert not policy.allows("evil.example:8750") and not policy.allows(None) and not policy.allows("x:notaport")


def test_the_page_forbids_scripts_from_anywhere_but_itself(api):
    response = api.get("/")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert response.headers["x-frame-options"] == "DENY"
    assert re.search(r'(src|href)="https?:', response.text) is None  # nothing fetched from elsewhere
    for name in ("page.js", "page.css"):
        asset = api.get(f"/static/{name}")
        assert asset.status_code == 200 and "http://" not in asset.text and "https://" not in asset.text
    assert api.get("/static/../serve.py").status_code == 404


def test_the_page_never_writes_draft_text_as_html():
    script = (web_dir() / "page.js").read_text(encoding="utf-8")
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function", script)


# --- the folder -------------------------------------------------------------------------

def test_drafts_are_listed_with_their_entries(folder):
    data = client_for(folder).get("/api/drafts").json()
    assert data["folder"] == "drafts"
    assert [d["path"] for d in data["drafts"]] == ["observership.md"]
    assert data["drafts"][0]["entries"][0]["title"] == "Internal Medicine Observership"


def test_a_draft_is_read_and_linted_with_its_front_matter(folder):
    api = client_for(folder)
    text = api.get("/api/drafts/observership.md").json()["text"]
    assert text == DRAFT
    data = lint(api, text, path="observership.md")
    filler = next(d for d in data["diagnostics"] if d["code"] == "F101")
    assert text[filler["start"]:filler["end"]] == "gained valuable experience"
    assert data["entries"][0]["title"] == "Internal Medicine Observership"


@pytest.mark.parametrize("name, status", [
    ("..%2Fsecret.md", 403),
    ("%2e%2e/secret.md", 403),
    ("sub%2F..%2F..%2Fsecret.md", 403),
    ("notes.pdf", 403),
    (".hidden.md", 403),
    ("missing.md", 404),
])
def test_paths_outside_the_folder_are_refused(folder, name, status):
    response = client_for(folder).get(f"/api/drafts/{name}")
    assert response.status_code == status, response.text
    assert "not yours" not in response.text


def test_a_real_server_refuses_dot_dot_sent_as_is(folder):
    """httpx and browsers tidy `../` away before sending; a hand-made request does not."""
    import http.client

    from erasl.serve import bind, make_server

    workspace = Workspace(Settings(), load_rules(), folder.resolve())
    sock = bind("127.0.0.1", 0)
    server, port = make_server(workspace, sock, "127.0.0.1")
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.time() + 10
        while not server.started and time.time() < deadline:
            time.sleep(0.02)
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("GET", "/api/drafts/../secret.md")
        response = connection.getresponse()
        body = response.read().decode()
        assert response.status == 403 and "'..' is not allowed" in body and "not yours" not in body
        connection.request("GET", "/api/info", headers={"Host": f"rebound.example:{port}"})
        assert connection.getresponse().status == 403
    finally:
        server.should_exit = True
        thread.join(10)


def test_absolute_paths_are_refused(folder):
    with pytest.raises(Exception) as refused:
        draft_path(folder, str(folder.parent / "secret.md"), [".md"])
    assert refused.value.status == 403 and "absolute" in refused.value.message
    response = client_for(folder).get(f"/api/drafts/{folder.parent / 'secret.md'}")
    assert response.status_code == 403


def test_a_symlink_out_of_the_folder_is_refused_for_reading_and_writing(folder):
    (folder / "link.md").symlink_to(folder.parent / "secret.md")
    api = client_for(folder)
    assert api.get("/api/drafts/link.md").status_code == 403
    assert api.put("/api/drafts/link.md", json={"text": "overwritten", "base": "not yours"}).status_code == 403
    assert (folder.parent / "secret.md").read_text() == "not yours"
    assert "link.md" not in [d["path"] for d in api.get("/api/drafts").json()["drafts"]]


def test_without_a_folder_there_are_no_files(api):
    assert api.get("/api/drafts").json() == {"folder": None, "drafts": []}
    response = api.get("/api/drafts/observership.md")
    assert response.status_code == 404 and "erasl serve FOLDER" in response.json()["error"]


def test_save_replaces_the_file_atomically(folder):
    api = client_for(folder)
    path = folder / "observership.md"
    os.chmod(path, 0o640)
    before = path.stat().st_ino
    text = DRAFT.replace("gained valuable experience", "presented 2 patients each morning")
    response = api.put("/api/drafts/observership.md", json={"text": text, "base": DRAFT})
    assert response.status_code == 200 and response.json()["saved"]
    assert path.read_text(encoding="utf-8") == text
    assert path.stat().st_ino != before  # a new file renamed over the old one, never a partial write
    assert oct(path.stat().st_mode & 0o777) == "0o640"
    assert sorted(p.name for p in folder.iterdir()) == ["notes.pdf", "observership.md"]  # no temporary file left


def test_save_keeps_crlf_line_endings(folder):
    path = folder / "observership.md"
    path.write_bytes(DRAFT.replace("\n", "\r\n").encode())
    api = client_for(folder)
    base = api.get("/api/drafts/observership.md").json()["text"]
    api.put("/api/drafts/observership.md", json={"text": base.replace("\r\n", "\n") + "Second line.\n", "base": base})
    assert path.read_bytes().endswith(b"experience.\r\nSecond line.\r\n") and b"\r\r" not in path.read_bytes()


def test_save_refuses_when_the_file_changed_since_it_was_opened(folder):
    path = folder / "observership.md"
    path.write_text(DRAFT + "Added in another editor.\n", encoding="utf-8")
    response = client_for(folder).put("/api/drafts/observership.md", json={"text": "mine", "base": DRAFT})
    assert response.status_code == 409 and "changed on disk" in response.json()["error"]
    assert path.read_text(encoding="utf-8").endswith("Added in another editor.\n")


def test_save_refuses_a_file_that_is_not_utf8(folder):
    path = folder / "observership.md"
    path.write_bytes("Caf\xe9 rounds.\n".encode("cp1252"))
    api = client_for(folder)
    opened = api.get("/api/drafts/observership.md").json()
    assert "Windows-1252" in opened["note"]
    response = api.put("/api/drafts/observership.md", json={"text": "x", "base": opened["text"]})
    assert response.status_code == 409 and "not UTF-8" in response.json()["error"]
    assert path.read_bytes() == "Caf\xe9 rounds.\n".encode("cp1252")


def test_the_report_is_served_for_the_folder(folder):
    response = client_for(folder).get("/report")
    assert response.status_code == 200 and "Internal Medicine Observership" in response.text
    assert "script-src" not in response.headers["content-security-policy"]  # the report runs no script
    assert client_for().get("/report").status_code == 404


# --- stale requests -------------------------------------------------------------------------

def test_a_request_overtaken_while_waiting_is_not_linted_and_identical_ones_share_a_result():
    workspace = Workspace(Settings(), load_rules())
    linted = []
    release = threading.Event()

    def slow_lint(payload):
        release.wait(5)
        linted.append(payload["text"])
        return {"text": payload["text"]}

    workspace.lint = slow_lint
    worker = Worker(workspace)

    async def typing():
        first = asyncio.ensure_future(worker.lint({"text": "I gai", "client": "tab"}))
        await asyncio.sleep(0.05)  # "I gai" is now running; the next two wait behind it
        second = asyncio.ensure_future(worker.lint({"text": "I gained", "client": "tab"}))
        third = asyncio.ensure_future(worker.lint({"text": "I gained valuable", "client": "tab"}))
        same = asyncio.ensure_future(worker.lint({"text": "I gained valuable", "client": "tab"}))
        await asyncio.sleep(0.05)
        release.set()
        return await asyncio.gather(first, second, third, same)

    results = asyncio.run(typing())
    assert results == [{"text": "I gai"}, {"superseded": True}, {"text": "I gained valuable"},
                       {"text": "I gained valuable"}]
    assert linted == ["I gai", "I gained valuable"]
    assert worker.counts == {"done": 3, "superseded": 1, "shared": 1}


# --- the command ----------------------------------------------------------------------

def test_serve_refuses_a_missing_folder(tmp_path):
    result = CliRunner().invoke(main, ["serve", str(tmp_path / "nope"), "--no-browser"])
    assert result.exit_code == 2 and "no such folder" in result.stderr


def test_serve_says_when_the_port_is_taken():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--port", str(port), "--no-browser", "--isolated"])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1].startswith(f"erasl: error: cannot listen on 127.0.0.1:{port}")


def test_serve_warns_before_listening_beyond_this_machine(monkeypatch):
    started = {}

    class FakeServer:
        def run(self, sockets):
            started["address"] = sockets[0].getsockname()
            sockets[0].close()

    monkeypatch.setattr("erasl.serve.make_server", lambda workspace, sock, host: (FakeServer(), sock.getsockname()[1]))
    result = CliRunner().invoke(main, ["serve", "--host", "0.0.0.0", "--port", "0", "--no-browser", "--isolated"])
    assert result.exit_code == 0, result.output
    assert "warning: listening on 0.0.0.0" in result.stderr and "read your drafts" in result.stderr
    assert started["address"][0] == "0.0.0.0"
    quiet = CliRunner().invoke(main, ["serve", "--port", "0", "--no-browser", "--isolated"])
    assert "warning" not in quiet.stderr and "serving a blank page at http://127.0.0.1:" in quiet.stderr


def test_the_page_files_ship_inside_the_package():
    assert {p.name for p in web_dir().iterdir()} >= {"index.html", "page.js", "page.css"}
    pyproject = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert 'packages = ["erasl"]' in pyproject  # erasl/web is inside the package, so inside the wheel
