"""`erasl serve`: a writing page on the applicant's own machine, over the same pure API the CLI uses.

One page (erasl/web/, shipped in the wheel) and a small JSON API:

    POST /api/lint     {text, kind?, path?, client?}  -> {diagnostics, characters, limit, entries}
    POST /api/suggest  {text, kind?, path?}           -> {suggestions}
    POST /api/export   {text, kind?, path?}           -> {entries: [{text, characters, limit, ...}]}
    GET  /api/drafts                                  -> the served folder's drafts and their entries
    GET  /api/drafts/PATH, PUT /api/drafts/PATH {text, base}
    GET  /report                                      -> `erasl report --html` for the folder

Linting runs on one worker thread, so the spaCy model is loaded once and never
used by two requests at a time. Requests from one page that a newer one has
overtaken before they started are answered `{"superseded": true}` without
linting; identical requests in flight share one result.

Safety: bound to 127.0.0.1 unless told otherwise; a request whose Host is a
name other than the server's own (DNS rebinding) or whose Origin is another
site is refused; bodies over 1 MB get 413; paths never leave the folder.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import os
import socket
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

MAX_BODY_BYTES = 1_000_000
DEFAULT_PORT = 8750
PAGE_FILES = {"page.js": "text/javascript; charset=utf-8", "page.css": "text/css; charset=utf-8"}
PAGE_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
               "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
# The report is erasl's own self-contained HTML: inline CSS and SVG, no scripts.
REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; frame-ancestors 'none'"
RESULT_CACHE_SIZE = 64


class Refused(Exception):
    """A request erasl will not serve; `status` and a one-line message for the page."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def web_dir() -> Path:
    """The page's files: erasl/web inside the package (and so inside the wheel)."""
    return Path(str(resources.files("erasl"))) / "web"


# --- paths -------------------------------------------------------------------

def draft_path(folder: Path, name: str, extensions: list[str]) -> Path:
    """The file `name` (relative, '/'-separated) inside `folder`, or Refused.

    Absolute paths, `..`, hidden files and symlinks that lead out of the folder are
    refused; only draft extensions are served.
    """
    if not name or "\x00" in name:
        raise Refused(400, "no draft named")
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":") or PurePosixPath(name).is_absolute():
        raise Refused(403, f"{name}: absolute paths are not served; name a draft inside the folder")
    parts = PurePosixPath(name.replace("\\", "/")).parts
    if any(part == ".." for part in parts):
        raise Refused(403, f"{name}: '..' is not allowed; only drafts inside the served folder can be opened")
    if any(part.startswith(".") for part in parts):
        raise Refused(403, f"{name}: hidden files are not served")
    root = Path(os.path.realpath(folder))
    real = Path(os.path.realpath(root.joinpath(*parts)))
    if not real.is_relative_to(root):
        raise Refused(403, f"{name}: leads outside the served folder (a link?); only drafts inside it can be opened")
    if real.suffix.lower() not in extensions:
        raise Refused(403, f"{name}: only drafts ({', '.join(extensions)}) are served")
    if not real.is_file():
        raise Refused(404, f"{name}: no such draft in the folder")
    return root.joinpath(*parts)


def list_drafts(folder: Path, extensions: list[str]) -> list[str]:
    """Draft files below `folder` as relative '/'-paths, skipping hidden ones and links that lead out."""
    root = Path(os.path.realpath(folder))
    found = []
    for base, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in ("node_modules", "__pycache__")
                         and Path(os.path.realpath(Path(base) / d)).is_relative_to(root))
        for name in sorted(files):
            path = Path(base) / name
            if name.startswith(".") or path.suffix.lower() not in extensions:
                continue
            if not Path(os.path.realpath(path)).is_relative_to(root):
                continue
            found.append(path.relative_to(root).as_posix())
    return found


# --- offsets -------------------------------------------------------------------

class Utf16Offsets:
    """Python counts characters; a browser counts UTF-16 units (an emoji is 2). Map one to the other."""

    def __init__(self, text: str):
        self.prefix: list[int] | None = None
        if any(ord(char) > 0xFFFF for char in text):
            prefix, total = [0], 0
            for char in text:
                total += 2 if ord(char) > 0xFFFF else 1
                prefix.append(total)
            self.prefix = prefix

    def __call__(self, offset: int) -> int:
        if self.prefix is None:
            return offset
        return self.prefix[max(0, min(offset, len(self.prefix) - 1))]


# --- the work (always on the one worker thread) ---------------------------------

@dataclass
class Workspace:
    """What the server was started with: settings, rules, and the folder (None without one)."""

    settings: object
    ruleset: object
    folder: Path | None = None
    cache: dict = field(default_factory=dict)

    def _path_and_kind(self, payload: dict) -> tuple[str, str | None]:
        """The path to lint the text as: a draft of the folder (its kind from name and front matter) or none."""
        kind = payload.get("kind") or None
        if kind is not None and kind not in self.ruleset.kinds:
            raise Refused(400, f"unknown kind {kind!r} (known: {', '.join(self.ruleset.kinds)})")
        name = payload.get("path")
        if name and self.folder is not None:
            return str(draft_path(self.folder, name, self.settings.extensions)), kind
        return "<text>", kind or "experience"

    def lint(self, payload: dict) -> dict:
        import erasl
        from erasl.output.json_format import diagnostic_record

        text = payload["text"]
        path, kind = self._path_and_kind(payload)
        key = ("lint", text, kind, path)
        if key in self.cache:
            return self.cache[key]
        diagnostics = erasl.lint_text(text, kind, self.settings, path)
        pastes = erasl.export_text(text, kind, self.settings, path)
        utf16 = Utf16Offsets(text)
        records = []
        for d in diagnostics:
            record = diagnostic_record(d)
            record["path"] = payload.get("path") or "<text>"
            record["start"], record["end"] = utf16(d.source_start), utf16(d.source_end)
            rule = self.ruleset.rules.get(d.code)
            if rule is not None:
                record.update(summary=rule.summary, why=rule.why, example=rule.example, better=rule.better)
            records.append(record)
        entries = [self._entry_record(paste, utf16) for paste in pastes]
        first = entries[0] if entries else {"characters": 0, "limit": self.settings.limit_for(kind or "experience",
                                                                                                self.ruleset)}
        result = {"diagnostics": records, "characters": first["characters"], "limit": first["limit"],
                  "entries": entries}
        self._remember(key, result)
        return result

    @staticmethod
    def _entry_record(paste, utf16) -> dict:
        entry = paste.entry
        start, end = entry.span_to_source(0, len(entry.text))
        return {"index": entry.index, "title": entry.title, "kind": entry.kind,
                "start": utf16(entry.source_start if not entry.text else start), "end": utf16(end),
                "characters": paste.count, "limit": paste.limit, "over_limit": paste.over_limit,
                "placeholders": len(paste.placeholders), "text": paste.text}

    def suggest(self, payload: dict) -> dict:
        import erasl

        path, kind = self._path_and_kind(payload)
        key = ("suggest", payload["text"], kind, path)
        if key not in self.cache:
            found = erasl.suggest_text(payload["text"], kind, self.settings, path)
            self._remember(key, {"suggestions": [s.to_dict() for s in found]})
        return self.cache[key]

    def export(self, payload: dict) -> dict:
        import erasl

        text = payload["text"]
        path, kind = self._path_and_kind(payload)
        utf16 = Utf16Offsets(text)
        return {"entries": [self._entry_record(p, utf16) for p in erasl.export_text(text, kind, self.settings, path)]}

    def _remember(self, key, value) -> None:
        if len(self.cache) >= RESULT_CACHE_SIZE:
            self.cache.pop(next(iter(self.cache)))
        self.cache[key] = value

    # folder

    def drafts(self) -> dict:
        import erasl
        from erasl.document import InputError, read_draft

        if self.folder is None:
            return {"folder": None, "drafts": []}
        drafts = []
        for name in list_drafts(self.folder, self.settings.extensions):
            path = self.folder / name
            try:
                source = read_draft(path, name, self.settings.max_file_bytes)
            except InputError as error:
                drafts.append({"path": name, "entries": [], "error": error.message})
                continue
            pastes = erasl.export_text(source.text, None, self.settings, str(path))
            drafts.append({"path": name, "note": source.note, "entries": [
                {"index": p.entry.index, "title": p.entry.title, "kind": p.entry.kind, "characters": p.count,
                 "limit": p.limit} for p in pastes]})
        return {"folder": self.folder.name or str(self.folder), "drafts": drafts}

    def read(self, name: str) -> dict:
        from erasl.document import InputError, read_draft

        path = self._folder_path(name)
        try:
            source = read_draft(path, name, self.settings.max_file_bytes)
        except InputError as error:
            raise Refused(422, f"{name}: {error.message}") from None
        return {"path": name, "text": source.text, "note": source.note}

    def save(self, name: str, payload: dict) -> dict:
        """Write the page's text atomically with --fix's writer: refused if the file changed since it was opened."""
        from erasl.document import SourceFile
        from erasl.fixes import FileFix, FixError, write_fixed

        path = self._folder_path(name)
        base = payload.get("base")
        if not isinstance(base, str):
            raise Refused(400, "base (the text as it was opened) must be a string")
        text = payload["text"]
        if "\r\n" in base:  # the browser edits with LF only; keep the file's CRLF
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        try:
            write_fixed(path, FileFix(SourceFile(name, base), text))
        except FixError as error:
            message = str(error).replace("not fixed:", "not saved:")
            if "changed while" in message:
                message = "not saved: the file changed on disk since you opened it; open it again (copy your text first)"
            raise Refused(409, f"{name}: {message}") from None
        except OSError as error:
            raise Refused(500, f"{name}: not saved ({error.strerror or error})") from None
        self.cache.clear()
        return {"path": name, "saved": True, "text": text}

    def report_html(self) -> str:
        from erasl.engine import Linter
        from erasl.report import build_report
        from erasl.report.html import render

        if self.folder is None:
            raise Refused(404, "no folder is served: start `erasl serve FOLDER` to see the application report")
        linter = Linter(self.settings, self.ruleset)
        paths = [str(self.folder)]
        lint_report = linter.lint_paths(paths, keep_parses=True)
        if not lint_report.documents:
            raise Refused(404, "no drafts in the folder to report on")
        return render(build_report(lint_report, linter, paths))

    def _folder_path(self, name: str) -> Path:
        if self.folder is None:
            raise Refused(404, "no folder is served: start `erasl serve FOLDER` to open and save drafts")
        return draft_path(self.folder, name, self.settings.extensions)


class Worker:
    """One thread does all the linting; stale requests from a page are dropped, identical ones shared."""

    def __init__(self, workspace: Workspace):
        self.workspace = workspace
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="erasl-serve")
        self.latest: dict[str, tuple] = {}  # client id -> what its newest lint request asked for
        self.in_flight: dict[tuple, asyncio.Future] = {}
        self.lock = threading.Lock()
        self.counts = {"done": 0, "superseded": 0, "shared": 0}

    async def run(self, method: str, *args):
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, getattr(self.workspace, method), *args)

    async def lint(self, payload: dict) -> dict:
        return await self.latest_only("lint", payload)

    async def suggest(self, payload: dict) -> dict:
        return await self.latest_only("suggest", payload)

    async def latest_only(self, method: str, payload: dict) -> dict:
        """Run `method` unless a newer request of the same page overtook this one while it waited."""
        client = f"{payload.get('client') or ''}/{method}" if payload.get("client") else ""
        key = (method, payload["text"], payload.get("kind"), payload.get("path"))
        if client:
            with self.lock:
                self.latest.pop(client, None)
                self.latest[client] = key
                if len(self.latest) > 1000:
                    self.latest.pop(next(iter(self.latest)))
        shared = self.in_flight.get(key)
        if shared is not None:
            self.counts["shared"] += 1
            result = await asyncio.shield(shared)
        else:
            def job():
                if client and self.latest.get(client) != key:
                    return None  # a newer text from the same page arrived while this one waited
                return getattr(self.workspace, method)(payload)

            future = asyncio.get_running_loop().run_in_executor(self.executor, job)
            self.in_flight[key] = future
            try:
                result = await future
            finally:
                self.in_flight.pop(key, None)
        if result is None:
            self.counts["superseded"] += 1
            return {"superseded": True}
        self.counts["done"] += 1
        return result


# --- HTTP ----------------------------------------------------------------------

def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name.strip("[]"))
    except ValueError:
        return False
    return True


@dataclass
class HostPolicy:
    """Which Host headers are this server's own. A DNS-rebinding page reaches us under *its* domain
    name, so only IP literals, localhost and the names we were started with are accepted."""

    port: int
    names: set[str] = field(default_factory=lambda: {"localhost"})

    def allows(self, host_header: str | None) -> bool:
        if not host_header:
            return False
        parts = urlsplit("//" + host_header)
        try:
            port = parts.port or 80
        except ValueError:
            return False
        name = (parts.hostname or "").lower()
        return port == self.port and (_is_ip(name) or name in self.names)


def create_app(workspace: Workspace, host_policy: HostPolicy):
    """The Starlette application: the page, its two files, the API and the report."""
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, JSONResponse, Response
    from starlette.routing import Route

    worker = Worker(workspace)
    files = web_dir()

    def error(status: int, message: str) -> JSONResponse:
        return JSONResponse({"error": message}, status_code=status)

    async def read_json(request: Request) -> dict:
        declared = request.headers.get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > MAX_BODY_BYTES):
            raise Refused(413, "the text is over 1 MB; a draft is far smaller, so this is not one")
        if "json" not in request.headers.get("content-type", ""):
            raise Refused(415, "send the request as JSON (Content-Type: application/json)")
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY_BYTES:
                raise Refused(413, "the text is over 1 MB; a draft is far smaller, so this is not one")
        try:
            payload = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as problem:
            raise Refused(400, f"the request body is not valid JSON ({problem})") from None
        if not isinstance(payload, dict):
            raise Refused(400, "the request body must be a JSON object such as {\"text\": \"...\"}")
        if not isinstance(payload.get("text"), str):
            raise Refused(400, "'text' must be the draft's text, as a string")
        for key in ("kind", "path", "client"):
            if payload.get(key) is not None and not isinstance(payload[key], str):
                raise Refused(400, f"'{key}' must be a string")
        return payload

    async def page(request: Request) -> Response:
        html = (files / "index.html").read_text(encoding="utf-8")
        return HTMLResponse(html, headers={"Content-Security-Policy": PAGE_POLICY})

    async def asset(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in PAGE_FILES:
            return error(404, "no such file")
        return Response((files / name).read_bytes(), media_type=PAGE_FILES[name])

    async def info(request: Request) -> Response:
        ruleset, settings = workspace.ruleset, workspace.settings
        return JSONResponse({
            "folder": workspace.folder.name if workspace.folder is not None else None,
            "kinds": [{"name": name, "limit": settings.limit_for(name, ruleset)} for name in ruleset.kinds],
            "max_body_bytes": MAX_BODY_BYTES,
        })

    async def lint(request: Request) -> Response:
        return JSONResponse(await worker.lint(await read_json(request)))

    async def suggest(request: Request) -> Response:
        return JSONResponse(await worker.suggest(await read_json(request)))

    async def export(request: Request) -> Response:
        return JSONResponse(await worker.run("export", await read_json(request)))

    async def drafts(request: Request) -> Response:
        return JSONResponse(await worker.run("drafts"))

    async def draft(request: Request) -> Response:
        name = request.path_params["name"]
        if request.method == "PUT":
            return JSONResponse(await worker.run("save", name, await read_json(request)))
        return JSONResponse(await worker.run("read", name))

    async def report(request: Request) -> Response:
        try:
            html = await worker.run("report_html")
        except Refused as refused:
            return HTMLResponse(f"<!doctype html><meta charset=utf-8><title>erasl</title><p>{_escape(refused.message)}",
                                status_code=refused.status, headers={"Content-Security-Policy": REPORT_POLICY})
        return HTMLResponse(html, headers={"Content-Security-Policy": REPORT_POLICY})

    routes = [
        Route("/", page),
        Route("/static/{name}", asset),
        Route("/api/info", info),
        Route("/api/lint", lint, methods=["POST"]),
        Route("/api/suggest", suggest, methods=["POST"]),
        Route("/api/export", export, methods=["POST"]),
        Route("/api/drafts", drafts),
        Route("/api/drafts/{name:path}", draft, methods=["GET", "PUT"]),
        Route("/report", report),
    ]
    app = Starlette(routes=routes, middleware=[Middleware(_Guard, policy=host_policy)],
                    exception_handlers={Refused: lambda request, refused: error(refused.status, refused.message)})
    app.state.worker = worker
    return app


class _Guard:
    """Refuse other sites before any route runs; add the headers every answer carries."""

    def __init__(self, app, policy: HostPolicy):
        self.app = app
        self.policy = policy

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {key.decode("latin-1"): value.decode("latin-1") for key, value in scope["headers"]}
        refusal = self._refusal(headers)
        if refusal is not None:
            from starlette.responses import JSONResponse

            return await JSONResponse({"error": refusal}, status_code=403)(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                extra = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer"),
                         (b"x-frame-options", b"DENY"), (b"cache-control", b"no-store")]
                message["headers"] = list(message.get("headers", [])) + extra
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _refusal(self, headers: dict) -> str | None:
        host = headers.get("host")
        if not self.policy.allows(host):
            return f"refused: this server answers only to its own address, not to Host {host!r}"
        origin = headers.get("origin")
        if origin is not None and origin != f"http://{host}":
            return f"refused: a request from another site ({origin}) cannot use this page's server"
        if headers.get("sec-fetch-site") == "cross-site":
            return "refused: a request from another site cannot use this page's server"
        return None


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- starting ------------------------------------------------------------------

def bind(host: str, port: int) -> socket.socket:
    """A listening socket, bound before the server starts so a busy port is one clear message."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.listen(64)
    sock.setblocking(False)
    return sock


def host_policy_for(host: str, port: int) -> HostPolicy:
    names = {"localhost"}
    if not _is_ip(host):
        names.add(host.lower())
    if host in ("0.0.0.0", "::"):
        names |= {socket.gethostname().lower(), socket.gethostname().lower() + ".local"}
    return HostPolicy(port, names)


def make_server(workspace: Workspace, sock: socket.socket, host: str):
    """A uvicorn server for the workspace on an already bound socket (tests run it on a thread)."""
    import uvicorn

    port = sock.getsockname()[1]
    app = create_app(workspace, host_policy_for(host, port))
    config = uvicorn.Config(app, log_level="warning", lifespan="off", server_header=False, access_log=False,
                            timeout_graceful_shutdown=1)
    return uvicorn.Server(config), port


def warm_up(workspace: Workspace) -> None:
    """Load the spaCy model and compile the rules before the first keystroke, not during it."""
    workspace.lint({"text": "I gained valuable experience.", "kind": "experience"})
    workspace.cache.clear()


def _has_a_screen() -> bool:
    """A desktop browser can open; without one (ssh, a container) Python would start a text-mode browser
    in this terminal, so only the address is printed."""
    import sys

    return sys.platform in ("darwin", "win32") or bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(settings, ruleset, folder: Path | None, host: str, port: int, open_browser: bool, fail) -> None:
    """`erasl serve`: warn about non-local addresses, load the model, listen, open the page."""
    import click

    from erasl.nlp import ModelError
    from erasl.registry import RuleFileError

    local = host in ("127.0.0.1", "localhost", "::1")
    if not local:
        click.echo(f"erasl: warning: listening on {host}: anyone who can reach this machine on port {port} can "
                   "read your drafts through the page. Use the default (127.0.0.1) unless you mean this.", err=True)
    workspace = Workspace(settings, ruleset, folder.resolve() if folder is not None else None)
    click.echo("erasl: loading the English model...", err=True)
    try:
        warm_up(workspace)
    except (ModelError, RuleFileError) as error:
        fail(str(error))
    try:
        sock = bind("127.0.0.1" if host == "localhost" else host, port)
    except OSError as error:
        fail(f"cannot listen on {host}:{port} ({error.strerror or error}); is erasl serve already running? "
             "Try another port with --port")
    server, port = make_server(workspace, sock, host)
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else shown}:{port}/"
    what = f"the drafts in {folder}" if folder is not None else "a blank page"
    click.echo(f"erasl: serving {what} at {url}  (Ctrl+C to stop)", err=True)
    if open_browser and _has_a_screen():
        import webbrowser

        threading.Timer(0.5, lambda: webbrowser.open(url)).start()
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:  # pragma: no cover - uvicorn handles Ctrl+C itself
        pass
