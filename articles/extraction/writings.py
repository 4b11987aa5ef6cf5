"""The writer of written words a quote gives: "a screenshot of one of PC Jo Hale's messages,
which read: '…'" quotes the message's writer, not the officer who describes it."""

from __future__ import annotations

from articles.extraction.lexicon.quotes import WRITING_BEFORE
from articles.extraction.people import PeopleIndex


def writer_before(text: str, people: PeopleIndex, start: int, end: int) -> str | None:
    """The person named last before a message, a letter or a post that text[start:end] ends
    by reading out, if the clause names one."""
    if not text[start:end].rstrip().endswith((":", "read", "reads", "reading", "saying")):
        return None
    m = WRITING_BEFORE.search(text, max(start, end - 80), end)
    if m is None:
        return None
    named = people.at(start, m.start("noun"))
    return named[-1].name if named else None
