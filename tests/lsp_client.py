"""A minimal LSP client over stdio (Content-Length framing, JSON-RPC 2.0), for tests and timing.

    python -m tests.lsp_client --changes 20     # median time from didChange to publishDiagnostics
    python -m tests.lsp_client --exit           # time from `exit` to the end of the process

It starts `python -m erasl lsp` exactly as an editor would and speaks the protocol
itself, so the tests see what an editor sees.
"""

from __future__ import annotations

import itertools
import json
import os
import queue
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path


class LspClient:
    """Requests wait for their response; notifications from the server queue up for `wait_for`."""

    def __init__(self, command: list[str], cwd: Path | None = None, env: dict | None = None):
        self.process = subprocess.Popen(command, cwd=cwd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE)
        self.ids = itertools.count(1)
        self.responses: dict[int, dict] = {}
        self.notifications: queue.Queue = queue.Queue()
        self.received = threading.Condition()
        self.stderr: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._drain_stderr, daemon=True).start()

    # --- wire ---------------------------------------------------------------

    def _send(self, message: dict) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        self.process.stdin.write(f"Content-Length: {len(body)}\r\n\r\n".encode("ascii") + body)
        self.process.stdin.flush()

    def _read(self) -> None:
        stream = self.process.stdout
        while True:
            headers = {}
            while True:
                line = stream.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                key, _, value = line.decode("ascii").partition(":")
                headers[key.strip().lower()] = value.strip()
            message = json.loads(stream.read(int(headers["content-length"])))
            if "id" in message and "method" in message:  # a request from the server: accept it
                self._send({"id": message["id"], "result": None})
            elif "id" in message:
                with self.received:
                    self.responses[message["id"]] = message
                    self.received.notify_all()
            else:
                self.notifications.put((time.perf_counter(), message))

    def _drain_stderr(self) -> None:
        for line in self.process.stderr:
            self.stderr.append(line.decode("utf-8", "replace"))

    # --- protocol -----------------------------------------------------------

    def request(self, method: str, params=None, timeout: float = 60) -> dict:
        number = next(self.ids)
        self._send({"id": number, "method": method, "params": params})
        with self.received:
            if not self.received.wait_for(lambda: number in self.responses, timeout):
                raise TimeoutError(f"no response to {method} in {timeout} s; server stderr:\n{''.join(self.stderr)}")
            response = self.responses.pop(number)
        if "error" in response:
            raise RuntimeError(f"{method} failed: {response['error']}")
        return response["result"]

    def send_raw(self, data: bytes) -> None:
        """Bytes as they are, framing and all (for tests of what a broken client sends)."""
        self.process.stdin.write(data)
        self.process.stdin.flush()

    def response(self, number, timeout: float = 60) -> dict:
        """The whole response message (result or error) to request `number`."""
        with self.received:
            if not self.received.wait_for(lambda: number in self.responses, timeout):
                raise TimeoutError(f"no response to {number!r} in {timeout} s; server stderr:\n{''.join(self.stderr)}")
            return self.responses.pop(number)

    def notify(self, method: str, params=None) -> None:
        self._send({"method": method, "params": params})

    def wait_for(self, method: str, match=lambda params: True, timeout: float = 60) -> tuple[float, dict]:
        """(arrival time, params) of the next notification `method` whose params satisfy `match`."""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"no {method} in {timeout} s; server stderr:\n{''.join(self.stderr)}")
            try:
                arrived, message = self.notifications.get(timeout=remaining)
            except queue.Empty:
                continue
            if message.get("method") == method and match(message.get("params")):
                return arrived, message["params"]

    def drain(self, method: str, quiet: float) -> list[dict]:
        """Every `method` notification that arrives before `quiet` seconds pass with nothing new."""
        found = []
        while True:
            try:
                _, message = self.notifications.get(timeout=quiet)
            except queue.Empty:
                return found
            if message.get("method") == method:
                found.append(message["params"])

    def initialize(self, root: Path, encodings: list[str] | None = None) -> dict:
        capabilities = {
            "textDocument": {
                "synchronization": {"didSave": True},
                "publishDiagnostics": {"versionSupport": True},
                "hover": {"contentFormat": ["markdown", "plaintext"]},
                "codeAction": {"codeActionLiteralSupport": {
                    "codeActionKind": {"valueSet": ["quickfix", "source", "source.fixAll"]}}},
            },
            "general": {"positionEncodings": encodings or ["utf-16"]},
        }
        result = self.request("initialize", {
            "processId": os.getpid(), "rootUri": root.as_uri(), "capabilities": capabilities,
            "clientInfo": {"name": "erasl-tests"},
        })
        self.notify("initialized", {})
        return result

    def close(self, timeout: float = 30) -> int:
        """shutdown, exit, and the server's exit code."""
        self.request("shutdown")
        self.notify("exit")
        try:
            return self.process.wait(timeout=timeout)
        finally:
            if self.process.poll() is None:
                self.process.kill()


def server_command() -> list[str]:
    return [sys.executable, "-m", "erasl", "lsp", "--isolated"]


ENTRY_750 = (  # an experience entry of exactly 750 characters, the ERAS limit
    "4-week inpatient internal medicine observership at Riverside Community Hospital, a 300-bed teaching "
    "hospital. I was exposed to a wide range of cases and gained valuable experience on a resident-run "
    "teaching service. Followed 4-6 patients daily, took histories and examined patients under the "
    "supervision of the senior resident, and presented new admissions on morning rounds. Wrote practice "
    "progress notes that the attending reviewed with me every afternoon. Attended morning report, noon "
    "conferences and two journal clubs, where I presented a trial on sodium-glucose cotransporter 2 "
    "inhibitors in heart failure. Called consultants with the intern and followed up results. Learned "
    "a lot about the U.S. healthcare system and timely discharge planning."
)


def measure(changes: int = 20) -> dict:
    """Median seconds from a didChange to its publishDiagnostics, model already loaded."""
    import tempfile

    text = ENTRY_750
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        uri = (root / "observership.md").as_uri()
        client = LspClient(server_command(), cwd=root)
        client.initialize(root)
        client.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "markdown", "version": 1, "text": text}})
        client.wait_for("textDocument/publishDiagnostics", lambda p: p["version"] == 1, timeout=120)
        latencies = []
        for version in range(2, changes + 2):
            edited = text.replace("4-6 patients", f"{version % 9 + 2}-{version % 9 + 4} patients")
            sent = time.perf_counter()
            client.notify("textDocument/didChange", {
                "textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": edited}]})
            arrived, _ = client.wait_for("textDocument/publishDiagnostics", lambda p, v=version: p["version"] == v)
            latencies.append(arrived - sent)
        client.close()
    return {
        "characters": len(text),
        "changes": changes,
        "median_s": statistics.median(latencies),
        "min_s": min(latencies),
        "max_s": max(latencies),
    }


def measure_exit(runs: int = 5) -> dict:
    """Median seconds from `exit` to the end of the process: model loaded, and model still loading."""
    import tempfile

    timings: dict[str, list[float]] = {"after_lint": [], "during_model_load": []}
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for _ in range(runs):
            for case in timings:
                client = LspClient(server_command(), cwd=root)
                client.initialize(root)
                if case == "after_lint":
                    uri = (root / "x.md").as_uri()
                    client.notify("textDocument/didOpen", {"textDocument": {
                        "uri": uri, "languageId": "markdown", "version": 1, "text": ENTRY_750}})
                    client.wait_for("textDocument/publishDiagnostics", timeout=120)
                client.request("shutdown")
                sent = time.perf_counter()
                client.notify("exit")
                client.process.wait(timeout=60)
                timings[case].append(time.perf_counter() - sent)
    return {case: {"median_s": statistics.median(found), "max_s": max(found)} for case, found in timings.items()}


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=20)
    parser.add_argument("--exit", action="store_true", help="time `exit` instead (model loaded, and loading)")
    arguments = parser.parse_args()
    result = measure_exit() if arguments.exit else measure(arguments.changes)
    print(json.dumps(result, indent=2))
