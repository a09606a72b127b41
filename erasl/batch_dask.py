"""`erasl batch --dask ADDRESS`: the chunks one process would lint, linted on dask.distributed workers.

The client reads and checks the rows and cuts them into chunks of whole
applicants (erasl/batch.py), so application rules stay correct. Each chunk is
one task; a worker process builds one Linter, so loads one spaCy model, the
first time it sees a set of settings and keeps it. At most a few chunks per
worker are in flight and results are written in input order, so the client's
memory stays flat however long the input is.

Needs the optional extra: `pip install 'erasl[dask]'`.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import asdict
from typing import IO, Callable, Iterator

from distributed import Client

from erasl.batch import BatchRunError, applicant_groups, chunks, lint_rows, read_rows

IN_FLIGHT_PER_WORKER = 3
CONNECT_TIMEOUT = "10s"

# Per worker process: one Linter (so one spaCy model) per settings, and a lock so that
# a worker started with several threads never runs two passes through one model at once.
_LINTERS: dict[str, object] = {}
_LOCK = threading.Lock()


def _settings_key(settings) -> str:
    return json.dumps(asdict(settings), sort_keys=True, default=str)


def lint_chunk(settings, chunk: list) -> list[dict]:
    """What a worker runs: `lint_rows` with the worker's own Linter, built once."""
    from erasl.engine import Linter

    with _LOCK:
        key = _settings_key(settings)
        linter = _LINTERS.get(key)
        if linter is None:
            linter = _LINTERS[key] = Linter(settings, jobs=1)
        return lint_rows(chunk, linter)


def lint_stream_dask(stream: IO[str], input_format: str, settings, ruleset, address: str,
                     chunk_size: int, progress: Callable[[int], None] | None = None) -> Iterator[dict]:
    """Every row of the input as an output record, in input order, linted on the cluster at `address`."""
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as error:
        raise BatchRunError(f"cannot reach the Dask scheduler at {address} ({error})") from None
    try:
        workers = len(client.scheduler_info().get("workers", {})) or 1
        window: deque = deque()
        rows = read_rows(stream, input_format, tuple(ruleset.kinds))
        for chunk in chunks(applicant_groups(rows), chunk_size):
            window.append((client.submit(lint_chunk, settings, chunk, pure=False), len(chunk)))
            while len(window) > IN_FLIGHT_PER_WORKER * workers:
                yield from _finish(window, progress)
        while window:
            yield from _finish(window, progress)
    finally:
        for future, _ in window:
            future.cancel()
        client.close()


def _finish(window: deque, progress) -> list[dict]:
    future, count = window.popleft()
    try:
        records = future.result()
    except Exception as error:  # a worker died or raised: say which, do not print a remote traceback
        raise BatchRunError(f"a Dask worker failed on a chunk of {count} rows ({type(error).__name__}: {error})") from None
    if progress:
        progress(count)
    return records
