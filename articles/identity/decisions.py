"""What resolving a name decides."""

from __future__ import annotations

from collections.abc import Hashable
from typing import NamedTuple


class Decision(NamedTuple):
    """`match` is the key of the record the name is, or None for a new record; `possible` the
    keys of records it may nevertheless be, for a journalist to confirm or dismiss."""

    match: Hashable | None
    reason: str
    possible: tuple = ()
