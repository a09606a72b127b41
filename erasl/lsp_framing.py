"""Splitting the language server's input into JSON-RPC messages, whatever the headers claim.

The LSP frames each message as `Content-Length: N` headers, a blank line and N
bytes of JSON. A client (or a fuzzer) can get that wrong: a length that is too
short, too long, enormous or not a number, a header spelled in lower case, lines
ending in LF alone, garbage between messages. pygls' own reader trusts the
length, so one bad header cost every later message. This reader uses the length
when it is right and the JSON itself when it is not:

- a body of exactly the announced length that parses is the message (the usual case);
- otherwise the first complete JSON value at the start of the body is the message,
  and what follows it is read as the next message's headers (a length too short
  or too long); a stream that has gone quiet with a complete value pending is
  taken as it is (a length too long, huge or missing), so nothing is allocated
  for a length that no data backs;
- bytes that are neither headers nor a body are skipped up to the next
  `Content-Length` header, and reported once as a parse error.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

_HEADER_END = re.compile(rb"\r?\n\r?\n")
_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*[ \t]*:(.*)$")
_CONTENT_LENGTH = re.compile(rb"content-length[ \t]*:", re.IGNORECASE)
_LEADING_SPACE = re.compile(rb"[ \t\r\n]*")
MAX_HEADER_BYTES = 8192
MAX_MESSAGE_BYTES = 64 * 1024 * 1024  # far above any draft; past it the bytes are dropped, not kept


@dataclass
class Framed:
    """One decoded message (`message`), or a stretch of input that was not one (`error`)."""

    message: object = None
    error: str | None = None


class MessageReader:
    """Feed bytes in; get whole messages out. Keeps only the bytes of the message being read."""

    def __init__(self, max_message_bytes: int = MAX_MESSAGE_BYTES):
        self.buffer = bytearray()
        self.in_body = False
        self.length: int | None = None
        self.max_message_bytes = max_message_bytes
        self._decoder = json.JSONDecoder()

    @property
    def pending(self) -> bool:
        """Bytes of an unfinished message are waiting (so a pause in the input means something)."""
        return bool(self.buffer.strip())

    def feed(self, data: bytes) -> list[Framed]:
        self.buffer += data
        return self._drain(quiet=False)

    def quiet(self) -> list[Framed]:
        """The input paused: take a complete JSON body even if its header promised more bytes."""
        return self._drain(quiet=True)

    # --- internals ------------------------------------------------------------------

    def _drain(self, quiet: bool) -> list[Framed]:
        out: list[Framed] = []
        while True:
            step = self._body(quiet) if self.in_body else self._headers()
            if step is None:
                return out
            if isinstance(step, Framed):
                out.append(step)

    def _headers(self):
        """Parse one header block; True to go on, None to wait for more bytes."""
        skip = _LEADING_SPACE.match(self.buffer).end()
        if skip:
            del self.buffer[:skip]
        if not self.buffer:
            return None
        if self.buffer[:1] in (b"{", b"["):  # a body with no headers at all
            self.in_body, self.length = True, None
            return True
        end = _HEADER_END.search(self.buffer, 0, MAX_HEADER_BYTES + 4)
        if end is None:
            if len(self.buffer) > MAX_HEADER_BYTES:
                return self._resync("headers without an end")
            return None
        lines = re.split(rb"\r?\n", bytes(self.buffer[:end.start()]))
        length: int | None = None
        for line in lines:
            header = _HEADER_LINE.match(line)
            if header is None:
                return self._resync("bytes that are not a header")
            if _CONTENT_LENGTH.match(line):
                value = header.group(1).strip()
                length = int(value) if value.isdigit() and len(value) <= 18 else None
        del self.buffer[:end.end()]
        self.in_body, self.length = True, length
        return True

    def _body(self, quiet: bool):
        """Take one body; a Framed, or None to wait for more bytes."""
        length = self.length
        if length is not None and len(self.buffer) >= length:
            body = bytes(self.buffer[:length])
            try:
                message = json.loads(body)
            except (ValueError, UnicodeDecodeError):
                found = self._first_value()
                if found is not None:  # the length was too short (or too long and more has arrived)
                    return found
                del self.buffer[:length]
                self.in_body = False
                return Framed(error=f"a body of {length} bytes that is not JSON")
            del self.buffer[:length]
            self.in_body = False
            return Framed(message=message)
        if quiet or length is None:
            found = self._first_value()
            if found is not None:
                return found
            if quiet and length is None:
                return self._resync("a body that is not JSON")
        if len(self.buffer) > self.max_message_bytes:
            self.buffer.clear()
            self.in_body = False
            return Framed(error=f"a message over {self.max_message_bytes} bytes")
        return None

    def _first_value(self) -> Framed | None:
        """The JSON value at the start of the buffer, consumed, if it is complete."""
        text = self.buffer.decode("utf-8", "surrogateescape")
        start = len(text) - len(text.lstrip())
        try:
            message, end = self._decoder.raw_decode(text, start)
        except ValueError:
            return None
        del self.buffer[:len(text[:end].encode("utf-8", "surrogateescape"))]
        self.in_body = False
        return Framed(message=message)

    def _resync(self, what: str) -> Framed:
        """Skip to the next Content-Length header (or keep only a tail that could start one)."""
        found = _CONTENT_LENGTH.search(self.buffer, 1)
        if found is None:
            del self.buffer[:max(len(self.buffer) - 15, 1)]
        else:
            del self.buffer[:found.start()]
        self.in_body = False
        return Framed(error=f"skipped {what}")
