"""Reading one figure: its value, whether it counts anything, its extent and its qualifier.

The passes run in reading order. A value, in digits ("£8,500", "70") or in words
("Twenty-seven", "two dozen"); the not-a-count checks, since most figures in a story are
dates, times, ages and phone numbers; the extent (a range's upper end, a multiplier, "70+");
and the qualifier in the words before it ("more than", "about").
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from articles.extraction.document import words_before
from articles.extraction.lexicon.measures import PERCENT, PERCENT_SIGN, WEIGHT
from articles.extraction.lexicon.numbers import (
    ADJECTIVAL,
    CURRENCY_CHARS,
    DATE_AFTER,
    MULTIPLIER_FIRST,
    MULTIPLIER_GLUED,
    MULTIPLIER_WORD,
    NOT_A_COUNT_PAIRS,
    NOT_A_COUNT_WORDS,
    NOT_COUNTED_NEXT,
    NUMBER_WORD_RE,
    ORDINAL_OR_SLASH,
    QUALIFIER_ENDS,
    QUALIFIER_PHRASES,
    QUALIFIERS,
    RANGE_FIRST,
    RANGE_WORDS,
    TIME_AFTER,
)
from articles.extraction.lexicon.patterns import alternatives
from articles.extraction.lexicon.words import MONTHS, MULTIPLIERS, word_number
from articles.extraction.vocabulary import CURRENCY_SIGNS, Qualifier, Unit

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# A figure in digits or in words; the two are tried separately, each where its kind of
# figure can start.
NUMBER = re.compile(
    r"(?<![\w.,:/" + CURRENCY_CHARS + r"+-])(?:(?P<cur>[" + CURRENCY_CHARS + r"])\s?)?"
    r"(?P<num>" + _NUM + r")(?P<word>)?"
)
NUMBER_WORDS = re.compile(
    r"(?<![\w’'-])(?P<word>" + NUMBER_WORD_RE + r")(?![\w’'-])",
    re.IGNORECASE,
)
# An explicit class rather than \d (which is Unicode-wide): the engine scans for it faster.
DIGITS = re.compile(r"[0-9" + CURRENCY_CHARS + r"][0-9,.]*")
_RANGE = re.compile(
    r"\s*" + alternatives(RANGE_WORDS) + r"\s*[" + CURRENCY_CHARS + r"]?"
    r"(?P<n>" + _NUM + r"|" + NUMBER_WORD_RE + r")(?![\w-])",
    re.IGNORECASE,
)
BETWEEN_END = re.compile(r"between\s+\S*$", re.IGNORECASE)
_YEAR_TERM = re.compile(r"-year\s+(?:prison\s+|jail\s+)?(?:sentence|term|stretch)")
# What may follow a figure directly: a space, "+", a percent sign or a range's dash.
_MAY_FOLLOW = frozenset(" \u00a0+") | {PERCENT_SIGN} | {w for w in RANGE_WORDS if not w.isalpha()}
_NEXT_WORD = re.compile(r"\s?([A-Za-z]+\.?)")


class Figure(NamedTuple):
    """A figure that may count something, with what its rules read around it."""

    start: int  # where the number starts
    span_start: int  # where its span starts: a qualifier before the number is part of it
    end: int  # past the number, its range, multiplier and "+"
    value: float | int
    value_max: float | int | None  # the upper end of a range
    qualifier: Qualifier | None
    currency: Unit | None  # for an amount of money
    in_digits: bool
    sent: tuple[int, int]  # the sentence around it
    left: str  # the sentence up to the number
    before: list[tuple[str, int]]  # up to three words before the number, nearest last
    next_letter: str  # the first character after `end`, spaces skipped, lower-cased

    @property
    def last_word(self) -> str:
        return self.before[-1][0] if self.before else ""


class _Extent(NamedTuple):
    value: float | int
    value_max: float | int | None
    end: int
    qualifier: Qualifier | None  # "more than" for "70+"
    next_letter: str  # after `end`


# Past this many digits before the point a figure is far beyond what is stored, and Python
# refuses to read a run of more than 4,300 digits as an int: such a run reads as infinite.
MAX_WHOLE_DIGITS = 30


def number_value(raw: str) -> float | int | None:
    """The value of a number in digits ("1,204", "2.5") or in words ("six")."""
    raw = raw.replace(",", "")
    if raw[:1].isdigit():
        if len(raw.partition(".")[0]) > MAX_WHOLE_DIGITS:
            return math.inf
        return float(raw) if "." in raw else int(raw)
    return word_number(raw)


def tidy(value):
    """A value as stored: floats rounded to two places, whole ones as int."""
    if isinstance(value, float):
        value = round(value, 2)
        if value.is_integer():
            return int(value)
    return value


def _next_letter(text: str, pos: int, se: int) -> str:
    return text[pos:se].lstrip()[:1].lower()


def read_figure(text: str, m: re.Match, sent: tuple[int, int]) -> Figure | None:
    """The figure `m` matched, or None where it counts nothing."""
    in_digits = m.re is NUMBER
    value = number_value(m["num"]) if in_digits else word_number(m["word"])
    if value is None:
        return None
    sign = m["cur"] if in_digits else None
    if _not_a_count_after(text, m, sent, value, sign, plain_digits=in_digits and not sign):
        return None
    start = m.start()
    before = words_before(text, start, sent[0], 3)
    if _not_a_count_before(text, m, sent, before, plain_digits=in_digits and not sign):
        return None
    left = text[sent[0] : start]
    extent = _extent(text, m.end(), sent[1], value, sign, left)
    if in_digits and not sign and _glued_to_a_word(text, extent.end, sent[1]):
        return None
    qualifier, span_start = _qualifier(before, start, extent.qualifier)
    return Figure(
        start,
        span_start,
        extent.end,
        extent.value,
        extent.value_max,
        qualifier,
        CURRENCY_SIGNS[sign] if sign else None,
        in_digits,
        sent,
        left,
        before,
        extent.next_letter,
    )


def _not_a_count_after(text, m, sent, value, sign, *, plain_digits: bool) -> bool:
    """Whether what follows the figure makes it a date, a time, a year or a phone number.

    A figure that stops at punctuation ("Smith, 24,", "call 101.") counts nothing either.
    """
    end, se = m.end(), sent[1]
    after = text[end : end + 1]
    if not sign and after not in _MAY_FOLLOW and not after.isalpha():
        return True
    if not plain_digits:
        return False
    raw = m["num"]
    if len(raw) == 4 and raw.isdigit() and 1900 <= value <= 2099:
        return True  # a year
    if raw.startswith("0") and len(raw) >= 3:
        return True  # a phone number
    following = _NEXT_WORD.match(text, end, se)
    if following and following.group(1).lower().rstrip(".") in NOT_COUNTED_NEXT:
        return True
    return bool(
        TIME_AFTER.match(text, end, se)
        or ORDINAL_OR_SLASH.match(text, end, end + 3)
        or DATE_AFTER.match(text, end, se)
    )


def _not_a_count_before(text, m, sent, before, *, plain_digits: bool) -> bool:
    """Whether the words before the figure, or an age after it, make it an identifier."""
    last = before[-1][0] if before else ""
    if plain_digits and last.rstrip(".,") in MONTHS:
        return True
    if last.rstrip(".:") in NOT_A_COUNT_WORDS:
        return True
    if len(before) >= 2 and f"{before[-2][0]} {last}" in NOT_A_COUNT_PAIRS:
        return True
    end, se = m.end(), sent[1]
    return bool(ADJECTIVAL.match(text, end, se)) and not _YEAR_TERM.match(text, end, se)


def _extent(text, end, se, value, sign, left) -> _Extent:
    """How far the figure runs: a range's upper end, a multiplier, a "+"."""
    nxt = _next_letter(text, end, se)
    value_max = None
    rng = _RANGE.match(text, end, se) if nxt in RANGE_FIRST else None
    # "and" makes a range only after "between": "15 and 18 months", not "two men and six".
    if rng and (rng.group().strip()[:3] != "and" or BETWEEN_END.search(left)):
        top = number_value(rng["n"])
        if top is not None and top > value:
            value_max, end = top, rng.end()
            nxt = _next_letter(text, end, se)
    mult = None
    if nxt in MULTIPLIER_FIRST:
        mult = MULTIPLIER_WORD.match(text, end, se) or (
            sign and MULTIPLIER_GLUED.match(text, end, se)
        )
    if mult:
        factor = MULTIPLIERS[mult["m"].lower()]
        value *= factor
        if value_max is not None:
            value_max *= factor
        end = mult.end()
    if text[end : end + 1] == "+":
        end += 1
        return _Extent(value, value_max, end, Qualifier.MORE_THAN, _next_letter(text, end, se))
    if mult:
        nxt = _next_letter(text, end, se)
    return _Extent(value, value_max, end, None, nxt)


def _glued_to_a_word(text: str, end: int, se: int) -> bool:
    """Digits run into a word that is not a unit: "2Minister"."""
    if not (end < se and text[end].isalpha()):
        return False
    return not (WEIGHT.match(text, end, se) or PERCENT.match(text, end, se))


def _qualifier(before, start: int, qualifier: Qualifier | None):
    """(qualifier, span start): the qualifier before the figure, which its span takes in."""
    last = before[-1][0] if before else ""
    if last not in QUALIFIER_ENDS:
        return qualifier, start
    for size in (3, 2, 1):
        if len(before) < size:
            continue
        phrase = " ".join(w for w, _ in before[-size:])
        if phrase in QUALIFIERS or phrase in QUALIFIER_PHRASES:
            return QUALIFIERS.get(phrase, qualifier), before[-size][1]
    return qualifier, start
