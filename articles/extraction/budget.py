"""A time budget for reading one article, so a pathological text fails alone.

Every pattern and loop of the extractor grows linearly with the text, but a 2 MB source of
nothing but names or quote marks can still take longer than an import should wait. `extract`
sets a deadline for the article it reads; the passes call `check_budget()` in their loops, and
past the deadline it raises `ExtractionTimeout`, which the importer reports as that file's
failure. Checked cooperatively (not by a signal) so that it works in any thread and on any
platform; a context variable carries the deadline so that the passes need no extra argument.
"""

from __future__ import annotations

import math
from contextlib import contextmanager
from contextvars import ContextVar
from time import monotonic

# (deadline on the monotonic clock, seconds allowed) for the article being read.
_deadline: ContextVar[tuple[float, float]] = ContextVar(
    "extraction_deadline", default=(math.inf, math.inf)
)


# The clock is read at every CHECK_EVERY-th call only: the passes call `check_budget` for each
# name, run or figure they read, and each of those is a bounded piece of work.
CHECK_EVERY = 16
_countdown = CHECK_EVERY


class ExtractionTimeout(Exception):
    """An article that could not be read within its time budget."""

    def __init__(self, seconds: float):
        super().__init__(
            f"could not be read in time: extraction stopped after {seconds:g} seconds "
            "(raise CASEFILES_EXTRACT_SECONDS to allow more, or split the file)"
        )
        self.seconds = seconds


@contextmanager
def time_budget(seconds: float | None):
    """Within the block, `check_budget()` raises once `seconds` have passed (None: never)."""
    if seconds is None:
        yield
        return
    global _countdown
    token = _deadline.set((monotonic() + seconds, seconds))
    _countdown = 1  # the first check reads the clock: a budget already spent stops at once
    try:
        yield
    finally:
        _deadline.reset(token)


def check_budget() -> None:
    """Raise ExtractionTimeout when the article's time is up."""
    global _countdown
    _countdown -= 1
    if _countdown > 0:
        return
    _countdown = CHECK_EVERY
    deadline, seconds = _deadline.get()
    if monotonic() > deadline:
        raise ExtractionTimeout(seconds)
