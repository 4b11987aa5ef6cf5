"""Names an article gives to somebody it will not name: "one worker, whom we are calling
Andrei", "Ana (not her real name)". The name stands for a person the reader meets again by it,
and a quote's "he says" can point back at it.

No Django. The words around such a name are in `lexicon/people.py`; the patterns are tried only
around the words every one of them holds ("calling", "real", "pseudonym"…).
"""

from __future__ import annotations

import re

from articles.extraction.document import Doc
from articles.extraction.lexicon.people import (
    NOT_NAME_WORDS,
    PERSON_NOUN_GENDERS,
    PSEUDONYM_AFTER,
    PSEUDONYM_BEFORE,
    PSEUDONYM_WORDS,
)
from articles.extraction.lexicon.wordsets import LOWER_CLASS, UPPER_CLASS, words_pattern

_NAME = rf"{UPPER_CLASS}{LOWER_CLASS}+(?:-{UPPER_CLASS}{LOWER_CLASS}+)?"
# Not a name's first part ("O'Neill", "Andrei's"); a closing mark may follow it ("call him
# ‘Jay’,").
_BEFORE = re.compile(rf"{PSEUDONYM_BEFORE}(?P<name>{_NAME})(?![\w-]|[’']\w)")
_AFTER = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME}){PSEUDONYM_AFTER}")
# The noun the name stands for, right before the words that give it: "The woman, who we are
# calling Ana".
_NOUN_BEFORE = re.compile(rf"\b(?i:({words_pattern(PERSON_NOUN_GENDERS)})),?\s+{PSEUDONYM_BEFORE}$")
# How far from its word the start of either pattern may stand.
_REACH = 40


def pseudonyms(doc: Doc) -> list[tuple[int, int]]:
    """Spans of the names the article's zones give people in place of their own."""
    text = doc.text
    found = set()
    for pos in doc.positions(PSEUDONYM_WORDS):
        zi = doc.zone_index(pos)
        if zi < 0:
            continue
        zone = doc.zones[zi]
        lo, hi = max(zone.start, pos - _REACH), min(zone.end, pos + _REACH)
        for pattern in (_BEFORE, _AFTER):
            for m in pattern.finditer(text, lo, hi):
                if m.start() <= pos < m.end() and m["name"].lower() not in NOT_NAME_WORDS:
                    found.add(m.span("name"))
    return sorted(found)


def pseudonym_gender(text: str, start: int) -> str | None:
    """The gender the noun a pseudonym stands for shows ("the boy, whom we are calling Sam")."""
    found = _NOUN_BEFORE.search(text, max(0, start - 60), start)
    return PERSON_NOUN_GENDERS[found.group(1).lower()] if found else None
