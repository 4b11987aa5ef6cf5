"""Reading and extracting sources in worker processes while this one writes.

Extraction is pure (text in, plain data out) and takes most of an import's CPU time, so with
`jobs` > 1 it runs in that many worker processes, a few sources ahead of the writer, while the
one process that writes to the database saves them, in the order given (several to a
transaction, `batches`). A source that cannot be read or extracted comes back as its failure, alone.

Workers are forked: they start at once with the settings and modules already loaded, and
they never touch the database connection they inherit. They ignore Ctrl-C, which the writer
alone answers: it stops between two transactions, or rolls back the one in hand, and the workers
are shut down with the work queued for them.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import NamedTuple

from articles.extraction import Extraction, extract
from articles.extraction.budget import time_budget
from articles.sources import Source

# Sources a worker is handed at once: a hand-off costs the writer's process about as much as
# writing a short article's row, so it is paid once for several.
CHUNK = 8
# Hand-offs waiting per worker: enough to keep every worker busy while the writer saves,
# few enough that the texts waiting stay a few megabytes.
AHEAD = 2


class Extracted(NamedTuple):
    """A source read and extracted, or why it could not be (`error`)."""

    text: str = ""
    extraction: Extraction | None = None
    error: str = ""


def read_and_extract(source: Source, max_bytes: int, seconds: float | None) -> Extracted:
    """Read `source` and extract its text, as `import_source` would before writing."""
    from articles.importer import failed

    try:
        text = source.read(max_bytes=max_bytes)
        with time_budget(seconds):
            return Extracted(text, extract(text))
    except Exception as exc:
        return Extracted(error=failed(source.name, exc).error)


def _ignore_interrupts():
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def read_and_extract_all(sources, max_bytes: int, seconds: float | None) -> list[Extracted]:
    """`read_and_extract` for each of `sources`, in a worker: one hand-off for them all."""
    return [read_and_extract(source, max_bytes, seconds) for source in sources]


def extracted_in_order(
    sources: Iterable[Source], jobs: int, *, max_bytes: int, seconds: float | None
) -> Iterator[tuple[Source, Extracted]]:
    """(source, what it came to) for each of `sources`, in their order, extracted by `jobs`
    worker processes, `CHUNK` sources at a time, at most `AHEAD` hand-offs each ahead of
    the caller."""
    context = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_ignore_interrupts)
    pending = deque()
    chunks = _chunks(iter(sources), CHUNK)
    try:
        while True:
            while len(pending) < jobs * AHEAD:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                pending.append(
                    (chunk, pool.submit(read_and_extract_all, chunk, max_bytes, seconds))
                )
            if not pending:
                return
            chunk, future = pending.popleft()
            yield from zip(chunk, future.result(), strict=True)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _chunks(items: Iterator, size: int) -> Iterator[list]:
    while chunk := list(islice(items, size)):
        yield chunk
