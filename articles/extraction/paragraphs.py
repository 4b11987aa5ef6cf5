"""A plain-text article's lines as paragraphs: hard-wrapped lines joined back up, picture
captions and "Read more" links told from body text, and whether the text stops mid-sentence.

Pure functions on `str` that give (start, end) offsets; `headers` reads the header lines above
the body from the same pieces.
"""

from __future__ import annotations

import re
from collections import Counter

from articles.extraction.dates import parse_dateline
from articles.extraction.lexicon.datelines import POST_AUDIENCE_WORDS, POST_COUNT_WORDS
from articles.extraction.lexicon.patterns import alternatives
from articles.extraction.lexicon.quotes import SPEECH_WORDS
from articles.extraction.lexicon.words import QUOTE_CHARS, words_pattern

_TERMINAL = ".!?…"
CLOSERS = QUOTE_CHARS + ")]"
_CAPTION_LABEL = re.compile(
    r"^\s*[(\[]?(?:Picture|Pictured|Photo|Photograph|Image|Credit|Pic|Caption|Video|Source|"
    r"Watch|Read more|READ MORE|Related|RELATED)\b\s*[:|-]",
    re.IGNORECASE,
)
# The characters a caption label can open with, so that most lines skip the pattern; a
# line opening with any other letter outside ASCII is still matched, as case-folding may
# read it as one of these.
_CAPTION_LABEL_FIRST = frozenset("([PICVSWRpicvswr")
_DASH_CAPTION = re.compile(r"^[A-Z][\w’']*(?:\s+[\w’']+){0,3}\s+[-–—]\s+\S")
_CONNECTIVE_END = re.compile(
    r"\b(?:and|or|but|the|a|an|of|to|in|for|with|by|from|on|at|that|which|who|as)$", re.IGNORECASE
)


# A social post's time stamp: a date, then "·" and who may see the post, as an icon or a word.
_POST_STAMP = re.compile(rf"·\s*(?:[^\w\s]+|{alternatives(POST_AUDIENCE_WORDS)})\s*$")
# Under a post: its counts ("👍 1.2K 💬 214 comments"), or a line of hashtags. Possessive
# quantifiers keep a long line of figures from being split every way before it fails.
_COUNT_WORD = rf"\b(?:{words_pattern(POST_COUNT_WORDS)})\b"
_POST_COUNTS = re.compile(rf"(?:[^\w\s]*+\s*+\d[\d.,]*+[KkM]?\s*+(?:{_COUNT_WORD})?\s*+)++")
_POST_COUNT_WORD = re.compile(_COUNT_WORD)
_HASHTAGS = re.compile(r"(?:#\w++\s*+)++")


def _is_post_footer(line: str) -> bool:
    """The counts or the hashtags under a social post: "👍 1.2K 💬 214 comments"."""
    line = line.strip()
    if _HASHTAGS.fullmatch(line):
        return True
    return _POST_COUNTS.fullmatch(line) is not None and _POST_COUNT_WORD.search(line) is not None


def is_post_stamp(line: str) -> bool:
    """Whether a line is a social-media post's time stamp ("3 March 2025 at 6:14 PM · 🌎"):
    the line above it is the page's name, not a headline."""
    return _POST_STAMP.search(line) is not None and parse_dateline(line) is not None


def ends_sentence(text: str) -> bool:
    stripped = text.rstrip().rstrip(CLOSERS).rstrip()
    return bool(stripped) and stripped[-1] in _TERMINAL


def _blocks(source: str) -> list[list[tuple[int, int]]]:
    """The (start, end) of each line with text, stripped, in blocks of consecutive lines.

    A line continues the block above it when it starts, after spaces or tabs, with
    something other than white space; an empty line ends a block.
    """
    blocks: list[list[tuple[int, int]]] = []
    current = None
    pos = 0
    for line in source.split("\n"):
        if not line:
            current = None
        elif not line[0].isspace():
            # Most lines: text from the first character.
            if current is None:
                current = []
                blocks.append(current)
            end = len(line.rstrip()) if line[-1].isspace() else len(line)
            current.append((pos, pos + end))
        else:
            head = line.lstrip(" \t")[:1]
            if current is None or not head or head.isspace():
                current = []
                blocks.append(current)
            stripped = line.strip()
            if stripped:
                start = pos + len(line) - len(line.lstrip())
                current.append((start, start + len(stripped)))
        pos += len(line) + 1
    return blocks


def lines(source: str):
    """Paragraph-sized pieces: non-empty lines, with hard-wrapped lines joined back up.

    Most texts put one paragraph on a line. A text wrapped at a fixed width instead breaks
    long lines mid-sentence, often before a capitalised word ("Chelmsford\nMagistrates'
    Court"); when most multi-line blocks look like that, every such break is joined.
    """
    blocks = _blocks(source)
    breaks = wrapped_breaks = 0
    for lines in blocks:
        if len(lines) < 2:
            continue  # most blocks are one line, with no break to read
        for (s, e), _ in zip(lines, lines[1:], strict=False):
            breaks += 1
            if e - s > 50 and not ends_sentence(source[s:e]):
                wrapped_breaks += 1
    hard_wrapped = wrapped_breaks >= 2 and wrapped_breaks * 2 >= breaks

    pieces = []
    for lines in blocks:
        if len(lines) == 1:
            pieces.append(lines[0])
            continue
        current = None
        for s, e in lines:
            if current is None:
                current = [s, e]
                continue
            prev = source[current[0] : current[1]]
            nxt = source[s:e]
            joins = (
                not ends_sentence(prev)
                and prev[-1:] not in ":"
                and len(source[current[0] : current[1]].rsplit("\n", 1)[-1]) > 50
                and (nxt[:1].islower() or (hard_wrapped and nxt[:1] not in QUOTE_CHARS + "•-*"))
                and parse_dateline(nxt) is None
            )
            if joins:
                current[1] = e
            else:
                pieces.append(tuple(current))
                current = [s, e]
        if current is not None:
            pieces.append(tuple(current))
    return pieces


def word_count(text: str) -> int:
    return len(text.split())


def split_body(text: str, body) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The body's pieces, (start, end) each, as (paragraphs, captions)."""
    # A piece printed twice has a twin of its length: only those are copied and counted, so
    # that the paragraphs of the body are not all hashed.
    lengths = Counter(e - s for s, e in body)
    counts = Counter(text[s:e] for s, e in body if lengths[e - s] > 1)
    paragraphs, captions = [], []
    for s, e in body:
        (captions if _is_caption(text[s:e], counts) else paragraphs).append((s, e))
    return paragraphs, captions


def _is_caption(line: str, counts) -> bool:
    """A picture caption, a "Read more" link or a repeated label rather than body text."""
    # A social post's counts or hashtags open with an icon, a figure or "#", never a letter.
    if not line.lstrip()[:1].isalpha() and _is_post_footer(line):
        return True
    if counts and counts.get(line, 0) > 1 and word_count(line) <= 30 and not ends_sentence(line):
        return True
    first = line.lstrip()[:1]
    if (first in _CAPTION_LABEL_FIRST or not first.isascii()) and _CAPTION_LABEL.match(line):
        return True
    return (
        not ends_sentence(line)
        and line[:1] not in QUOTE_CHARS
        and word_count(line) <= 20
        and _DASH_CAPTION.match(line) is not None
    )


def is_truncated(last: str) -> bool:
    """Whether the last paragraph stops mid-sentence, as a clipping cut short does."""
    last = last.rstrip()
    if not last or ends_sentence(last):
        return False
    if _is_sign_off(last):
        return False
    tail = last.rstrip(CLOSERS)
    return (
        tail[-1:] in ",;:-–—(/&"
        or _CONNECTIVE_END.search(tail) is not None
        or (tail[-1:].isalnum() and word_count(last) >= 8)
    )


# "Media contact: Cst. Jo Reyes, Public Affairs Unit", "Issued by: the Press Office": a short
# label and its value under a release, which is no sentence to finish.
_SIGN_OFF = re.compile(r"(?P<label>[A-Z][\w’'.-]*(?: [\w’'.-]+){0,2}):\s+\S")
_SIGN_OFF_WORDS = 12


def _is_sign_off(line: str) -> bool:
    m = _SIGN_OFF.match(line)
    return (
        m is not None
        and word_count(line) <= _SIGN_OFF_WORDS
        # "He said: the man…" is a sentence cut after its speech verb.
        and not any(w.lower() in SPEECH_WORDS for w in m["label"].split())
    )
