"""Names an article gives to somebody it will not name: "one worker, whom we are calling
Andrei", "Ana (not her real name)". The name stands for a person the reader meets again by it,
and a quote's "he says" can point back at it.

Pure functions on `str`; no Django. The words around such a name are in `lexicon/people.py`.
"""

from __future__ import annotations

import re

from articles.extraction.lexicon.people import (
    NOT_NAME_WORDS,
    PSEUDONYM_AFTER,
    PSEUDONYM_BEFORE,
    PSEUDONYM_WORDS,
)
from articles.extraction.lexicon.wordsets import LOWER_CLASS, UPPER_CLASS

_NAME = rf"{UPPER_CLASS}{LOWER_CLASS}+(?:-{UPPER_CLASS}{LOWER_CLASS}+)?"
_BEFORE = re.compile(rf"{PSEUDONYM_BEFORE}(?P<name>{_NAME})(?![\w’'-])")
_AFTER = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME}){PSEUDONYM_AFTER}")


def pseudonyms(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the names text[start:end] gives people in place of their own."""
    low = text[start:end].lower()
    if not any(word in low for word in PSEUDONYM_WORDS):
        return []
    found = []
    for pattern in (_BEFORE, _AFTER):
        for m in pattern.finditer(text, start, end):
            s, e = m.span("name")
            if m["name"].lower() not in NOT_NAME_WORDS:
                found.append((s, e))
    return sorted(found)
