"""erasl as a language server (pygls 2): diagnostics as you type, rule docs on hover, safe fixes as code actions.

One process per editor session: the spaCy model is loaded once (at `initialized`)
and every lint after that only parses the changed document. Linting runs on one
worker thread, off the event loop, so the server keeps answering while it works;
changes are debounced, and a result is published only if the document has not
changed again meanwhile.

Settings come from `--config`, or else the nearest erasl.toml / pyproject.toml
walking up from each document's folder (one Linter per config file, all sharing
the model). Positions are converted from erasl's code-point offsets to the
position encoding negotiated with the client (UTF-16 unless the client offers
another), with lines split at LF, CRLF and CR as the LSP specification says.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import select
import sys
import threading
from bisect import bisect_left, bisect_right
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from lsprotocol import types as lsp
from pygls.exceptions import (JsonRpcException, JsonRpcInvalidParams, JsonRpcInvalidRequest, JsonRpcParseError,
                              JsonRpcServerNotInitialized)
from pygls.io_ import StdoutWriter
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from erasl import __version__
from erasl.config import ConfigError, Settings, load_settings
from erasl.diagnostics import Diagnostic, Severity
from erasl.document import SourceFile
from erasl.engine import Linter
from erasl.lsp_framing import Framed, MessageReader
from erasl.nlp import ModelError
from erasl.registry import RuleFileError, load_rules

logger = logging.getLogger(__name__)
# How long typing must pause before a lint; opening and saving a document lint at once.
DEBOUNCE_SECONDS = 0.1
# How long the input must be quiet before a body shorter than its Content-Length is taken as it is.
QUIET_SECONDS = 0.05
SOURCE = "erasl"
PROFILE_REQUEST = "erasl/profile"  # params: {"textDocument": {"uri": ...}}; returns each entry's profile
FIX_ALL = f"{lsp.CodeActionKind.SourceFixAll.value}.erasl"
SEVERITIES = {
    Severity.ERROR: lsp.DiagnosticSeverity.Error,
    Severity.WARNING: lsp.DiagnosticSeverity.Warning,
    Severity.NOTE: lsp.DiagnosticSeverity.Information,
}
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _units(char: str, encoding: str) -> int:
    if encoding == lsp.PositionEncodingKind.Utf8:
        return len(char.encode("utf-8", "surrogatepass"))
    if encoding == lsp.PositionEncodingKind.Utf32:
        return 1
    return 2 if ord(char) > 0xFFFF else 1


class PositionMap:
    """Offsets into a text (code points) to LSP positions and back, in the client's units.

    Built in one pass over the text; each conversion is then a binary search, so a
    200 kB line with thousands of diagnostics costs no more than a short one.
    """

    def __init__(self, text: str, encoding: str = lsp.PositionEncodingKind.Utf16):
        self.text = text
        self.encoding = encoding
        self.line_starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]
        # Characters that take more than one unit, and the extra units before and including each.
        self.wide: list[int] = []
        self.extra: list[int] = [0]
        if encoding != lsp.PositionEncodingKind.Utf32:
            for match in _NON_ASCII.finditer(text):
                more = _units(match[0], encoding) - 1
                if more:
                    self.wide.append(match.start())
                    self.extra.append(self.extra[-1] + more)

    def _line_end(self, line: int) -> int:
        """Where line `line`'s content ends (before its line break)."""
        if line + 1 < len(self.line_starts):
            end = self.line_starts[line + 1]
            return end - (2 if self.text[end - 2:end] == "\r\n" else 1)
        return len(self.text)

    def _units_between(self, start: int, end: int) -> int:
        """Units of text[start:end]."""
        return end - start + self.extra[bisect_left(self.wide, end)] - self.extra[bisect_left(self.wide, start)]

    def position(self, offset: int) -> lsp.Position:
        offset = max(0, min(offset, len(self.text)))
        line = bisect_right(self.line_starts, offset) - 1
        start = self.line_starts[line]
        return lsp.Position(line=line, character=self._units_between(start, min(offset, self._line_end(line))))

    def range(self, start: int, end: int) -> lsp.Range:
        return lsp.Range(start=self.position(start), end=self.position(end))

    def offset(self, position: lsp.Position) -> int:
        """A client position as an offset: the first whose units reach `character`; past the line's end, its end."""
        if position.line >= len(self.line_starts):
            return len(self.text)
        start, end = self.line_starts[position.line], self._line_end(position.line)
        low, high = start, end
        while low < high:
            middle = (low + high) // 2
            if self._units_between(start, middle) < position.character:
                low = middle + 1
            else:
                high = middle
        return low


@dataclass
class LintResult:
    """What was published for one version of a document (code actions and hover read it)."""

    version: int | None
    text: str
    diagnostics: list[Diagnostic]
    positions: PositionMap
    profiles: list = field(default_factory=list)  # each entry's profile as JSON (the `erasl/profile` request)

    def at(self, start: int, end: int) -> list[Diagnostic]:
        """Diagnostics whose span touches [start, end] (inclusive, so a cursor at either edge counts)."""
        return [d for d in self.diagnostics if d.source_start <= end and start <= d.source_end]


def to_lsp_diagnostic(d: Diagnostic, positions: PositionMap) -> lsp.Diagnostic:
    return lsp.Diagnostic(
        range=positions.range(d.source_start, d.source_end),
        severity=SEVERITIES[d.severity],
        code=d.code,
        source=SOURCE,
        message=d.message,
    )


class EraslLanguageServer(LanguageServer):
    """The server: per-document results, pending debounced lints, and the Linters they use."""

    def __init__(self, config: Path | None = None, isolated: bool = False,
                 debounce: float = DEBOUNCE_SECONDS):
        super().__init__("erasl", __version__, text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental)
        self.config = config
        self.isolated = isolated
        self.debounce = debounce
        self.ruleset = load_rules()
        self.linters: dict[tuple[str, int], Linter] = {}
        self.results: dict[str, LintResult] = {}
        self.pending: dict[str, asyncio.Task] = {}
        self.open_documents: set[str] = set()
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="erasl-lint")  # spaCy: one parse at a time
        self.rewriters: dict[int, object] = {}
        self.initialize_seen = False

    # --- the wire: reading stdin, dispatching, exiting -----------------------

    def serve_stdio(self, stdin=None, stdout=None) -> None:
        """Read messages on a thread (framing that survives lying headers), handle them on the event loop."""
        stdin = stdin or sys.stdin.buffer
        stdout = stdout or sys.stdout.buffer
        self.protocol.set_writer(StdoutWriter(stdout))
        self.stdout = stdout

        async def run() -> None:
            loop = asyncio.get_running_loop()
            threading.Thread(target=self._read_input, args=(stdin, loop), name="erasl-lsp-reader",
                             daemon=True).start()
            await loop.create_future()  # until `exit` or the end of the input ends the process

        asyncio.run(run())

    def _read_input(self, stdin, loop: asyncio.AbstractEventLoop) -> None:
        """The reader thread: bytes in, whole messages (or framing errors) posted to the loop."""
        reader = MessageReader()
        fd = stdin.fileno()
        tried_quiet = None
        while True:
            if reader.pending and tried_quiet != len(reader.buffer):
                try:
                    ready = select.select([fd], [], [], QUIET_SECONDS)[0]
                except (OSError, ValueError):  # no select on this kind of stream: no quiet detection
                    ready = [fd]
                if not ready:
                    tried_quiet = len(reader.buffer)
                    for framed in reader.quiet():
                        loop.call_soon_threadsafe(self.receive, framed)
                    continue
            try:
                data = os.read(fd, 1 << 16)
            except OSError:
                data = b""
            if not data:
                loop.call_soon_threadsafe(self.end_of_input)
                return
            for framed in reader.feed(data):
                loop.call_soon_threadsafe(self.receive, framed)

    def receive(self, framed: Framed) -> None:
        """One framed message: answer what pygls would drop or crash on, hand the rest to pygls."""
        if framed.error is not None:
            logger.warning("input: %s", framed.error)
            self._send_error(None, JsonRpcParseError.CODE, f"Parse error: {framed.error}")
            return
        raw = framed.message
        if not isinstance(raw, dict) or raw.get("jsonrpc") != "2.0" or not isinstance(raw.get("method", ""), str):
            self._send_error(raw.get("id") if isinstance(raw, dict) else None, JsonRpcInvalidRequest.CODE,
                             "Invalid Request: not a JSON-RPC 2.0 message")
            return
        method, request_id, is_request = raw.get("method"), raw.get("id"), "id" in raw and "method" in raw
        if method == lsp.EXIT:
            self.exit_now(0 if self.protocol._shutdown else 1)
        if method == lsp.INITIALIZE and self.initialize_seen:
            self._send_error(request_id, JsonRpcInvalidRequest.CODE,
                             "Invalid Request: the server is already initialized (initialize is sent once)")
            return
        if method is not None and not self.initialize_seen and method != lsp.INITIALIZE:
            if is_request:
                self._send_error(request_id, JsonRpcServerNotInitialized.CODE, "Server not initialized")
            return
        try:
            message = self.protocol.structure_message(raw)
        except JsonRpcException as error:
            logger.warning("invalid %s: %s", method or "message", error.__cause__ or error)
            if is_request:
                self._send_error(request_id, JsonRpcInvalidParams.CODE,
                                 f"Invalid params for {method}: {_first_line(error.__cause__ or error)}")
            return
        if method == lsp.INITIALIZE:
            self.initialize_seen = True
        try:
            self.protocol.handle_message(message)
        except Exception:  # pygls answers what it can; nothing here may end the session
            logger.exception("handling %s failed", method)

    def _send_error(self, request_id, code: int, message: str) -> None:
        self.protocol._send_data({"jsonrpc": "2.0", "id": request_id, "error": {"code": code, "message": message}})

    def end_of_input(self) -> None:
        """The client closed our stdin (or died): exit as `exit` would."""
        self.exit_now(0 if self.protocol._shutdown else 1)

    def exit_now(self, code: int) -> None:
        """Exit at once: nothing is left to save, and a model still loading must not hold the process."""
        for stream in (getattr(self, "stdout", None), sys.stderr):
            try:
                stream.flush()
            except Exception:
                pass
        os._exit(code)

    # --- linting (on the worker thread) ------------------------------------

    def settings_for(self, path: str | None) -> Settings:
        start = Path(path).parent if path else None
        return load_settings(start=start, config_path=self.config, isolated=self.isolated, ruleset=self.ruleset)

    def linter_for(self, path: str | None) -> Linter:
        settings = self.settings_for(path)
        try:
            stamp = Path(settings.source).stat().st_mtime_ns
        except OSError:
            stamp = 0
        key = (settings.source, stamp)  # an edited config file gets a fresh Linter
        if key not in self.linters:
            for stale in [k for k in self.linters if k[0] == settings.source]:
                del self.linters[stale]
            self.linters[key] = Linter(settings, self.ruleset)
        return self.linters[key]

    def lint(self, uri: str, text: str) -> list[Diagnostic]:
        return self.lint_document(uri, text)[0]

    def lint_document(self, uri: str, text: str) -> tuple[list[Diagnostic], list[dict]]:
        """The diagnostics of a document's text and its entries' profiles (the one reading erasl makes)."""
        path = to_fs_path(uri)
        linter = self.linter_for(path)
        document = linter.parse(SourceFile(path or uri, text))
        found = linter.lint_documents([document])
        return found, [entry.profile.to_dict() for entry in document.entries if entry.profile is not None]

    def lint_for_client(self, uri: str, version: int | None, text: str, encoding: str):
        """Lint and convert to the client's positions, all on the worker; None if the text is stale already."""
        if not self.is_current(uri, version):
            return None
        found, profiles = self.lint_document(uri, text)
        positions = PositionMap(text, encoding)
        return LintResult(version, text, found, positions, profiles), [to_lsp_diagnostic(d, positions) for d in found]

    def is_current(self, uri: str, version: int | None) -> bool:
        """The document is open and still at `version` (read from the worker: a stale answer only costs a lint)."""
        if uri not in self.open_documents:
            return False
        try:
            return self.workspace.get_text_document(uri).version == version
        except Exception:  # a workspace being replaced
            return False

    def suggestion_at(self, uri: str, text: str, offset: int) -> tuple[int, str] | None:
        """(where to insert, a comment holding the rewrite skeleton) for the entry under the cursor.

        Runs on the lint worker (spaCy parses one text at a time); the skeleton goes in an
        HTML comment after the entry, so the draft itself is not changed and nothing is counted.
        """
        from erasl.rewrite import STATEMENT_KINDS, Rewriter

        path = to_fs_path(uri)
        linter = self.linter_for(path)
        document = linter.parse(SourceFile(path or uri, text))
        spans = [(entry, entry.span_to_source(0, len(entry.text))) for entry in document.entries]
        entry, (start, end) = next(((e, s) for e, s in spans if s[0] <= offset <= s[1]), (None, (0, 0)))
        if entry is None or entry.kind in STATEMENT_KINDS:
            return None
        parses: dict = {}
        diagnostics = linter.lint_documents([document], parses=parses)
        if id(linter) not in self.rewriters:
            self.rewriters = {id(linter): Rewriter(linter.nlp, linter.ruleset, linter.settings)}
        suggestion = self.rewriters[id(linter)].suggest(
            entry, parses[(entry.path, entry.index)], [d for d in diagnostics if d.entry == entry.index])
        if not suggestion.text:
            return None
        return end, f"\n\n<!-- erasl suggestion: fill the [placeholders], then replace the text above with it\n{suggestion.text}\n-->"

    def warm_up(self) -> None:
        """Load the model and compile the rules before the first document arrives."""
        try:
            root = self.workspace.root_path
            linter = self.linter_for(str(Path(root) / "draft.md") if root else None)
            linter.lint_documents([linter.parse(SourceFile("draft.md", "Followed 4 patients daily."))])
        except Exception:  # the first real lint reports the problem to the user
            logger.warning("warming up failed", exc_info=True)

    # --- scheduling (on the event loop) ------------------------------------

    def schedule(self, uri: str, delay: float) -> None:
        """Lint `uri` after `delay` seconds, replacing any lint still waiting for it."""
        waiting = self.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        self.pending[uri] = asyncio.ensure_future(self.lint_and_publish(uri, delay))

    async def lint_and_publish(self, uri: str, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        if uri not in self.open_documents:
            return
        document = self.workspace.get_text_document(uri)
        version, text = document.version, document.source
        encoding = self.workspace.position_encoding or lsp.PositionEncodingKind.Utf16
        try:
            done = await asyncio.get_running_loop().run_in_executor(
                self.worker, self.lint_for_client, uri, version, text, encoding)
        except (ConfigError, RuleFileError, ModelError) as error:
            self.window_show_message(lsp.ShowMessageParams(type=lsp.MessageType.Error, message=f"erasl: {error}"))
            return
        except Exception as error:  # a bug in erasl: say so, keep serving the other documents
            logger.exception("linting %s failed", uri)
            self.window_show_message(lsp.ShowMessageParams(
                type=lsp.MessageType.Error, message=f"erasl could not lint this document: {error!r}"))
            return
        if done is None or not self.is_current(uri, version):
            return  # closed, or changed again: that change has its own lint coming
        self.results[uri], diagnostics = done
        self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(
            uri=uri, version=version, diagnostics=diagnostics))

    def current(self, uri: str) -> LintResult | None:
        """The last published result, if it is for the text the editor has now."""
        result = self.results.get(uri)
        if result is None or uri not in self.open_documents:
            return None
        if result.version != self.workspace.get_text_document(uri).version:
            return None
        return result


def create_server(config: Path | None = None, isolated: bool = False,
                  debounce: float = DEBOUNCE_SECONDS) -> EraslLanguageServer:
    """A server with erasl's features registered; `serve` runs it over stdio."""
    ls_ = EraslLanguageServer(config=config, isolated=isolated, debounce=debounce)

    @ls_.feature(lsp.INITIALIZED)
    def initialized(ls: EraslLanguageServer, params: lsp.InitializedParams) -> None:
        ls.worker.submit(ls.warm_up)

    @ls_.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: EraslLanguageServer, params: lsp.DidOpenTextDocumentParams) -> None:
        ls.open_documents.add(params.text_document.uri)
        ls.schedule(params.text_document.uri, 0)

    @ls_.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: EraslLanguageServer, params: lsp.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, ls.debounce)

    @ls_.feature(lsp.TEXT_DOCUMENT_DID_SAVE, lsp.SaveOptions(include_text=False))
    def did_save(ls: EraslLanguageServer, params: lsp.DidSaveTextDocumentParams) -> None:
        if params.text_document.uri in ls.open_documents:
            ls.schedule(params.text_document.uri, 0)

    @ls_.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: EraslLanguageServer, params: lsp.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.open_documents.discard(uri)
        waiting = ls.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        ls.results.pop(uri, None)
        ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @ls_.feature(PROFILE_REQUEST)
    def entry_profiles(ls: EraslLanguageServer, params) -> dict:
        """What erasl reads in each entry of an open document (as `erasl facts` prints it), for editors."""
        document = params.get("textDocument") if isinstance(params, dict) else (
            getattr(params, "text_document", None) or getattr(params, "textDocument", None))
        uri = document.get("uri") if isinstance(document, dict) else getattr(document, "uri", None)
        if not isinstance(uri, str):
            raise JsonRpcInvalidParams("erasl/profile needs {\"textDocument\": {\"uri\": ...}}")
        result = ls.current(uri)
        return {"uri": uri, "version": None if result is None else result.version,
                "entries": [] if result is None else result.profiles}

    @ls_.feature(lsp.TEXT_DOCUMENT_HOVER)
    def hover(ls: EraslLanguageServer, params: lsp.HoverParams) -> lsp.Hover | None:
        from erasl.docs import rule_text

        result = ls.current(params.text_document.uri)
        if result is None:
            return None
        offset = result.positions.offset(params.position)
        # The narrowest span is what the cursor is on; entry-wide ones (the first sentence) come after.
        found = sorted(result.at(offset, offset), key=lambda d: (d.source_end - d.source_start, d.code))
        found = [d for d in found if d.code in ls.ruleset.rules]
        if not found:
            return None
        first = found[0]
        sections = [f"**{first.code}** `{first.rule}` ({first.severity.word}): {first.message}\n\n"
                    f"```text\n{rule_text(ls.ruleset.rules[first.code])}```"]
        sections += [f"**{d.code}** `{d.rule}` ({d.severity.word}): {d.message} (`erasl rule {d.code}`)"
                     for d in found[1:]]
        return lsp.Hover(
            contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value="\n\n---\n\n".join(sections)),
            range=result.positions.range(first.source_start, first.source_end),
        )

    @ls_.feature(lsp.TEXT_DOCUMENT_CODE_ACTION, lsp.CodeActionOptions(
        code_action_kinds=[lsp.CodeActionKind.QuickFix, lsp.CodeActionKind.SourceFixAll,
                           lsp.CodeActionKind.RefactorRewrite]))
    async def code_action(ls: EraslLanguageServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction] | None:
        uri = params.text_document.uri
        result = ls.current(uri)
        if result is None:
            return None
        fixable = [d for d in result.diagnostics
                   if d.fix is not None and d.fix.safe and d.fix_source_start is not None]
        wanted = params.context.only
        actions = []
        if _wanted(lsp.CodeActionKind.QuickFix, wanted):
            start = result.positions.offset(params.range.start)
            end = result.positions.offset(params.range.end)
            touched = {id(d) for d in result.at(start, end)}
            for d in fixable:
                if id(d) in touched:
                    actions.append(_quick_fix(uri, d, result))
        if fixable and _wanted(FIX_ALL, wanted):
            actions.append(_fix_all(uri, fixable, result))
        if _wanted(lsp.CodeActionKind.RefactorRewrite, wanted):
            offset = result.positions.offset(params.range.start)
            # On the lint worker (spaCy parses one text at a time), awaited: other requests go on meanwhile.
            found = await asyncio.wrap_future(ls.worker.submit(ls.suggestion_at, uri, result.text, offset))
            if found is not None:
                at, comment = found
                if "\r\n" in result.text:
                    comment = comment.replace("\n", "\r\n")
                actions.append(lsp.CodeAction(
                    title="erasl: insert a rewrite skeleton for this entry (as a comment below it)",
                    kind=lsp.CodeActionKind.RefactorRewrite,
                    edit=lsp.WorkspaceEdit(changes={uri: [lsp.TextEdit(
                        range=result.positions.range(at, at), new_text=comment)]}),
                ))
        return actions

    return ls_


def _wanted(kind, only) -> bool:
    """Code action kinds are hierarchical: asking for `source` includes `source.fixAll.erasl`."""
    plain = getattr(kind, "value", kind)
    for asked in only or ():
        asked = getattr(asked, "value", asked)
        if plain == asked or plain.startswith(asked + "."):
            return True
    return not only


def _edit(d: Diagnostic, result: LintResult) -> lsp.TextEdit:
    """The fix as a text edit; a document with CRLF line endings keeps them (as `--fix` does)."""
    replacement = d.fix.replacement.replace("\n", "\r\n") if "\r\n" in result.text else d.fix.replacement
    return lsp.TextEdit(range=result.positions.range(d.fix_source_start, d.fix_source_end), new_text=replacement)


def _quick_fix(uri: str, d: Diagnostic, result: LintResult) -> lsp.CodeAction:
    original = result.text[d.fix_source_start:d.fix_source_end]
    return lsp.CodeAction(
        title=f"{d.code}: {d.fix.title(original)}",
        kind=lsp.CodeActionKind.QuickFix,
        diagnostics=[to_lsp_diagnostic(d, result.positions)],
        is_preferred=True,
        edit=lsp.WorkspaceEdit(changes={uri: [_edit(d, result)]}),
    )


def _fix_all(uri: str, fixable: list[Diagnostic], result: LintResult) -> lsp.CodeAction:
    """Every safe fix in the document at once, chosen as `erasl check --fix` chooses them."""
    from erasl.fixes import safe_edits

    edits = [_edit(d, result) for d in safe_edits(fixable)]
    return lsp.CodeAction(
        title=f"erasl: apply {len(edits)} safe fix{'' if len(edits) == 1 else 'es'}",
        kind=FIX_ALL,
        edit=lsp.WorkspaceEdit(changes={uri: edits}),
    )


def serve(config: Path | None = None, isolated: bool = False) -> None:
    """Run the language server on stdin/stdout until the client says exit."""
    create_server(config=config, isolated=isolated).serve_stdio()


def _first_line(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0][:200]
