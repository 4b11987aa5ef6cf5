"""Quote marks in a paragraph, read by what each does there and paired into segments.

Curly marks say which way they face; a straight mark's role depends on its neighbours, and
a single mark may be an apostrophe ("it’s", "the officers’ work"). A mark left open runs to
the end of its paragraph, and the next paragraph may carry the quote on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum, auto
from typing import NamedTuple

from articles.extraction.lexicon.quotes import (
    DOUBLE_CLOSE,
    DOUBLE_OPEN,
    QUOTE_CHARS,
    SINGLE_CLOSE,
    SINGLE_OPEN,
    SPEECH_VERB_RE,
)

_OPENING_CONTEXT = " \t\n([{—–-/:;,“‘\"'"
_APOSTROPHES = frozenset((SINGLE_CLOSE, "'"))
_OPENERS = DOUBLE_OPEN + '"' + SINGLE_OPEN + "'"
# "he said, '…": an opening mark right after a speech verb opens speech even if never closed.
_SPEECH_LEAD = re.compile(SPEECH_VERB_RE + r"\s*,?$", re.IGNORECASE)
_SPACE_LETTER = re.compile(r"\s[A-Za-z]")
_NOT_SPACE = re.compile(r"\S")
# How far before an unclosed single mark a speech verb is looked for ("he said, ‘…").
_SPEECH_LEAD_WINDOW = 80


def _first_in_paragraph(text: str, zs: int, i: int) -> bool:
    """Whether only spaces stand before text[i] in its paragraph; looks no further than the
    first character that is not one."""
    return _NOT_SPACE.search(text, zs, i) is None


class MarkKind(Enum):
    """What a quote mark does where it stands."""

    OPEN_DOUBLE = auto()
    CLOSE_DOUBLE = auto()
    OPEN_SINGLE = auto()
    CLOSE_SINGLE = auto()


# A mark's position and what it does there; a plain pair, since every paragraph makes some.
Mark = tuple[int, MarkKind]


@dataclass(slots=True)
class Segment:
    """One paragraph's stretch of quoted words, from its opening mark to its closing mark."""

    start: int  # the opening mark, or the paragraph start when the mark is missing
    end: int  # just after the closing mark, or the paragraph end
    para: int  # index into the body paragraphs
    opened: bool
    closed: bool


class _Step(NamedTuple):
    segment: Segment
    next_mark: int  # index of the first mark after the segment


def _kind(text: str, i: int, zs: int, ze: int) -> MarkKind | None:
    """What the mark at text[i] does here; None for an apostrophe or half a doubled mark."""
    c = text[i]
    prev = text[i - 1] if i > zs else " "
    nxt = text[i + 1] if i + 1 < ze else " "
    if prev.isalpha() and nxt.isalpha() and c in _APOSTROPHES:
        return None  # an apostrophe inside a word: "it’s", "O'Neill"
    if c in DOUBLE_OPEN:
        return MarkKind.OPEN_DOUBLE
    if c in DOUBLE_CLOSE:
        return MarkKind.OPEN_DOUBLE if _first_in_paragraph(text, zs, i) else MarkKind.CLOSE_DOUBLE
    if c == '"':
        if prev in _OPENING_CONTEXT and not nxt.isspace():
            return MarkKind.OPEN_DOUBLE
        return MarkKind.CLOSE_DOUBLE
    if c == "'" and nxt == "'":  # a double mark typed as two single ones
        if prev in _OPENING_CONTEXT and i + 2 < ze and not text[i + 2].isspace():
            return MarkKind.OPEN_DOUBLE
        return MarkKind.CLOSE_DOUBLE
    if c == "'" and prev == "'":
        return None  # second half of a doubled mark, already read
    return _single_kind(text, i, zs, prev, nxt)


def _single_kind(text: str, i: int, zs: int, prev: str, nxt: str) -> MarkKind | None:
    c = text[i]
    if c in SINGLE_OPEN:
        return MarkKind.OPEN_SINGLE
    if c in _APOSTROPHES:
        if prev in _OPENING_CONTEXT and (nxt.isalnum() or nxt in '“"') and c == "'":
            return MarkKind.OPEN_SINGLE
        if prev in _OPENING_CONTEXT and nxt.isalnum() and _first_in_paragraph(text, zs, i):
            return MarkKind.OPEN_SINGLE
        if not prev.isspace() and not nxt.isalnum():
            return MarkKind.CLOSE_SINGLE
    return None


def _mark_width(text: str, pos: int) -> int:
    return 2 if text.startswith("''", pos) else 1


def marks_by_paragraph(text: str, paragraphs) -> dict[int, list[int]]:
    """Where the quote marks stand, by the index of the paragraph (a span) that holds them: a
    paragraph with none holds no quote and carries none on. One scan over the body."""
    found: dict[int, list[int]] = {}
    if not paragraphs:
        return found
    n = 0
    for pos in _mark_positions(text, paragraphs[0].start, paragraphs[-1].end):
        while pos >= paragraphs[n].end:
            n += 1
        if pos >= paragraphs[n].start:
            found.setdefault(n, []).append(pos)
    return found


def _mark_positions(text: str, start: int, end: int) -> list[int]:
    """Where the quote marks in text[start:end] stand, in order: each mark looked for by
    itself, which skips ahead faster than a pattern of all of them, and most are absent."""
    found = []
    find = text.find
    for mark in QUOTE_CHARS:
        pos = find(mark, start, end)
        while pos >= 0:
            found.append(pos)
            pos = find(mark, pos + 1, end)
    found.sort()
    return found


def scan_paragraph(
    text: str, zs: int, ze: int, para: int, carrying: bool, positions: list[int]
) -> tuple[list[Segment], bool]:
    """Quoted segments of one paragraph, and whether it ends inside an open quote.

    `positions` are its quote marks (`marks_by_paragraph`); `carrying` says the paragraph
    before ended inside one, which this one may carry on.
    """
    marks = [(pos, k) for pos in positions if (k := _kind(text, pos, zs, ze))]
    segs: list[Segment] = []
    closes = None  # read when the paragraph has a single opening mark; most have none
    j = 0
    if carrying and marks:
        step = _unopened_paragraph(text, zs, ze, para, marks)
        if step:
            segs.append(step.segment)
            j = step.next_mark
    while j < len(marks):
        _, kind = marks[j]
        step = None
        if kind is MarkKind.OPEN_DOUBLE:
            step = _double_quote(text, marks, j, ze, para)
        elif kind is MarkKind.OPEN_SINGLE:
            closes = closes or _next_single_closes(marks)
            step = _single_quote(text, marks, closes, j, zs, ze, para)
        if step is None:
            j += 1
            continue
        segs.append(step.segment)
        if not step.segment.closed:
            return segs, True
        j = step.next_mark
    return segs, False


def _unopened_paragraph(text: str, zs: int, ze: int, para: int, marks: list[Mark]) -> _Step | None:
    """A paragraph of a running quote whose opening mark the writer left out."""
    if text[zs:ze].lstrip()[:1] in _OPENERS:
        return None
    opens = [p for p, k in marks if k is MarkKind.OPEN_DOUBLE]
    closes = [p for p, k in marks if k is MarkKind.CLOSE_DOUBLE]
    if not closes or (opens and opens[0] < closes[0]):
        return None
    close = closes[0]
    segment = Segment(zs, close + _mark_width(text, close), para, opened=False, closed=True)
    return _Step(segment, next(n for n, (pos, _) in enumerate(marks) if pos == close) + 1)


def _double_quote(text: str, marks: list[Mark], j: int, ze: int, para: int) -> _Step:
    """From a double opening mark to the mark that closes it, else to the paragraph's end."""
    pos, _ = marks[j]
    close_at = None
    for k in range(j + 1, len(marks)):
        cpos, kind = marks[k]
        if kind is MarkKind.CLOSE_DOUBLE or (kind is MarkKind.OPEN_DOUBLE and text[cpos] == '"'):
            close_at = k
            break
    if close_at is None:
        return _Step(Segment(pos, ze, para, opened=True, closed=False), len(marks))
    cpos, _ = marks[close_at]
    end = cpos + _mark_width(text, cpos)
    j = close_at + 1
    while j < len(marks) and marks[j][0] < end:  # a mark inside a doubled closing mark
        j += 1
    return _Step(Segment(pos, end, para, opened=True, closed=True), j)


def _single_quote(
    text: str, marks: list[Mark], closes: list[int | None], j: int, zs: int, ze: int, para: int
) -> _Step | None:
    """From a single opening mark to its close; unclosed, only where speech opens."""
    pos, _ = marks[j]
    close_at = _single_close(text, marks, closes, j)
    if close_at is None:
        lead_end = pos
        while lead_end > zs and text[lead_end - 1].isspace():
            lead_end -= 1
        if (
            lead_end == zs
            or text[lead_end - 1] == ":"
            or _SPEECH_LEAD.search(text, max(zs, lead_end - _SPEECH_LEAD_WINDOW), lead_end)
        ):
            return _Step(Segment(pos, ze, para, opened=True, closed=False), len(marks))
        return None
    cpos, _ = marks[close_at]
    end = cpos + 1
    return _Step(Segment(pos, end, para, opened=True, closed=True), close_at + 1)


def _next_single_closes(marks: list[Mark]) -> list[int | None]:
    """For each mark, the index of the first single closing mark at or after it; one more
    entry, None, past the last mark."""
    closes: list[int | None] = [None] * (len(marks) + 1)
    for k in range(len(marks) - 1, -1, -1):
        closes[k] = k if marks[k][1] is MarkKind.CLOSE_SINGLE else closes[k + 1]
    return closes


def _single_close(text: str, marks: list[Mark], closes: list[int | None], j: int) -> int | None:
    """The mark that closes the single quote opened at marks[j]."""
    k = closes[j + 1]
    while k is not None:
        cpos = marks[k][0]
        later = closes[k + 1]
        # "officers’ work": a plural possessive, when a later mark can close instead.
        if (
            text[cpos - 1] == "s"
            and later is not None
            and _SPACE_LETTER.match(text, cpos + 1, cpos + 3)
        ):
            k = later
            continue
        return k
    return None
