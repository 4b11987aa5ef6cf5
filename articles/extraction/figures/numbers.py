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
from articles.extraction.lexicon.measures import (
    HALF_HYPHENATED,
    MONTHS_PER,
    PERCENT,
    PERCENT_SIGN,
    WEIGHT,
)
from articles.extraction.lexicon.numbers import (
    ADJECTIVAL,
    CURRENCY_CAPITALS,
    CURRENCY_CHARS,
    CURRENCY_LETTER_BEFORE,
    CURRENCY_LETTER_GLUED,
    CURRENCY_LETTER_RE,
    CURRENCY_LETTER_REACH,
    CURRENCY_WORD,
    CURRENCY_WORD_FIRST,
    CURRENCY_WORDS,
    DATE_AFTER,
    DOZEN,
    FRACTIONS,
    LETTERS_BEFORE,
    MONEY_MULTIPLIER_FIRST,
    MULTIPLIER_ABBREVIATIONS,
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
    SPACED_THOUSANDS,
    TIME_AFTER,
)
from articles.extraction.lexicon.patterns import alternatives
from articles.extraction.lexicon.penalties import (
    BAN_AFTER,
    DRIVING_BAN_AFTER,
    SUPERVISED_TERMS,
)
from articles.extraction.lexicon.words import MONTHS, MULTIPLIERS, word_number
from articles.extraction.vocabulary import CURRENCY_SIGNS, Qualifier, Unit

# A count whose thousands a space sets apart, followed by a word: "2 300 tablets".
SPACED_COUNT = re.compile(r"(?P<n>(?:[ \u00a0]\d{3})+)(?![\d,.])(?=\s[A-Za-z])")
_SPACED_BEFORE = re.compile(r"\d[ \u00a0]$")
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# A figure in digits or in words; the two are tried separately, each where its kind of
# figure can start.
NUMBER = re.compile(
    r"(?:(?<![\w.,:/" + CURRENCY_CHARS + r"+-])|" + CURRENCY_LETTER_GLUED + ")"
    r"(?:(?P<cur>[" + CURRENCY_CHARS + r"])\s?)?"
    r"(?P<num>" + _NUM + r")(?P<word>)?"
)
# A hyphen may join a number in words only to a term's unit: "four-and-a-half years",
# "a six-year term".
NUMBER_WORDS = re.compile(
    r"(?<![\w’'-])(?P<word>" + NUMBER_WORD_RE + r")"
    r"(?![\w’']|-(?=[^\W\d])(?!" + alternatives([HALF_HYPHENATED[1:], *MONTHS_PER]) + r"))",
    re.IGNORECASE,
)
# An explicit class rather than \d (which is Unicode-wide): the engine scans for it faster.
DIGITS = re.compile(r"[0-9" + CURRENCY_CHARS + r"][0-9,.]*")
_RANGE = re.compile(
    r"\s*"
    + alternatives(RANGE_WORDS)
    + r"\s*(?:["
    + CURRENCY_CHARS
    + r"]|"
    + CURRENCY_LETTER_RE
    + ")?"
    r"(?P<n>" + _NUM + r"|" + NUMBER_WORD_RE + r")"
    # The top may carry its own multiplier: "£5-10m".
    r"(?:(?![\w-])|(?=" + alternatives(MULTIPLIER_ABBREVIATIONS) + r"\b))",
    re.IGNORECASE,
)
BETWEEN_END = re.compile(r"between\s+\S*$", re.IGNORECASE)
# "a two-year jail term", "a 12-month community order", "a three-month ban": a length of time
# written as an adjective is a term all the same.
_YEAR_TERM = re.compile(
    r"-(?:year|month|week)(?:"
    + "|".join(
        (
            r"\s+(?:prison\s+|jail\s+|custodial\s+)?(?:sentence|term|stretch)\b",
            DRIVING_BAN_AFTER.pattern,
            BAN_AFTER.pattern,
            r"\s+" + alternatives(SUPERVISED_TERMS) + r"\b",
        )
    )
    + ")",
    re.IGNORECASE,
)
# What may follow a figure directly: a space, "+", a percent sign or a range's dash.
_MAY_FOLLOW = frozenset(' \u00a0+"”') | {PERCENT_SIGN} | {w for w in RANGE_WORDS if not w.isalpha()}
_NEXT_WORD = re.compile(r"\s?([A-Za-z]+\.?)")
_IN_DIGITS = re.compile(r" \((?P<n>\d{1,3}(?:,\d{3})*|\d+)\)")


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


def _word_value(raw: str) -> float | int | None:
    """A number in words, a fraction ("half a", "half a dozen") included."""
    words = raw.lower().split()
    if words[0] in FRACTIONS:
        return FRACTIONS[words[0]] * (DOZEN if words[-1] == "dozen" else 1)
    return word_number(raw)


def tidy(value):
    """A value as stored: floats rounded to two places, whole ones as int; None as it is."""
    if isinstance(value, float):
        value = round(value, 2)
        if value.is_integer():
            return int(value)
    return value


def _next_letter(text: str, pos: int, se: int) -> str:
    # A short window: the rest of a long sentence need not be copied to find one letter.
    return text[pos : min(se, pos + 12)].lstrip()[:1].lower()


def read_figure(text: str, m: re.Match, sent: tuple[int, int]) -> Figure | None:
    """The figure `m` matched, or None where it counts nothing."""
    in_digits = m.re is NUMBER
    value = number_value(m["num"]) if in_digits else _word_value(m["word"])
    if value is None:
        return None
    sign = m["cur"] if in_digits else None
    start, end = m.start(), m.end()
    reach = max(sent[0], start - CURRENCY_LETTER_REACH)
    # Most figures have no currency's letters before them: the pattern is searched only
    # where one of their capitals is.
    if in_digits and not sign and not CURRENCY_CAPITALS.isdisjoint(text[reach:start]):
        letters = CURRENCY_LETTER_BEFORE.search(text, reach, start)
        if letters is None and text[start - 1].isalnum():
            return None  # glued to letters that are no currency here: "the R61"
        if letters is not None:
            sign = letters["apart"] or letters["glued"]
            start = letters.start()
            raw = m["num"]
            spaced = SPACED_THOUSANDS.match(text, end, sent[1]) if len(raw) <= 3 else None
            if spaced and raw.isdigit():
                value, end = number_value(raw + "".join(spaced.group().split())), spaced.end()
    if in_digits and not sign and text.startswith(" ", end) and len(m["num"]) <= 3:
        # "2 300 tablets": a count with its thousands set apart by a space, before its noun
        spaced = SPACED_COUNT.match(text, end, sent[1])
        if spaced and m["num"].isdigit() and not _SPACED_BEFORE.search(text, sent[0], start):
            value, end = number_value(m["num"] + "".join(spaced["n"].split())), spaced.end("n")
    if _not_a_count_after(text, m, sent, value, sign, plain_digits=in_digits and not sign):
        return None
    before = words_before(text, start, sent[0], 3)
    if _not_a_count_before(text, m, sent, before, plain_digits=in_digits and not sign):
        return None
    left = text[sent[0] : start]
    extent = _extent(text, end, sent[1], value, sign, left)
    if in_digits and not sign and _glued_to_a_word(text, extent.end, sent[1]):
        return None
    qualifier, span_start = _qualifier(before, start, extent.qualifier)
    currency = (CURRENCY_SIGNS.get(sign) or LETTERS_BEFORE[sign]) if sign else None
    end, next_letter = extent.end, extent.next_letter
    if (
        currency is None
        and next_letter in CURRENCY_WORD_FIRST
        and (named := CURRENCY_WORD.match(text, end, sent[1]))
    ):
        currency = CURRENCY_WORDS[named["cur"].lower()]
        end = named.end()
        next_letter = _next_letter(text, end, sent[1])
    return Figure(
        start,
        span_start,
        end,
        extent.value,
        extent.value_max,
        qualifier,
        currency,
        in_digits,
        sent,
        left,
        before,
        next_letter,
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


def _multiplier(text, pos, se, sign) -> re.Match | None:
    """A multiplier at `pos`: a word ("million"), or glued to an amount ("£8m")."""
    first = text[pos : pos + 2].lstrip()[:1].lower()
    word = MULTIPLIER_WORD.match(text, pos, se) if first in MULTIPLIER_FIRST else None
    if word is None and sign and first in MONEY_MULTIPLIER_FIRST:
        return MULTIPLIER_GLUED.match(text, pos, se)
    return word


def _extent(text, end, se, value, sign, left) -> _Extent:
    """How far the figure runs: a multiplier, a range's upper end with its own, a "+".

    "£5-10m" scales both ends by the top's multiplier, "£2m and £3m" each end by its own.
    """
    value_max = None
    mult = _multiplier(text, end, se, sign)
    factor = MULTIPLIERS[mult["m"].lower()] if mult else None
    if mult:
        end = mult.end()
    rng = _RANGE.match(text, end, se) if _next_letter(text, end, se) in RANGE_FIRST else None
    # "and" makes a range only after "between": "15 and 18 months", not "two men and six".
    if rng and (rng.group().strip()[:3] != "and" or BETWEEN_END.search(left)):
        top = number_value(rng["n"])
        top_mult = _multiplier(text, rng.end(), se, sign)
        top_factor = MULTIPLIERS[top_mult["m"].lower()] if top_mult else factor
        # The bottom shares the top's multiplier where it is written without one and is
        # smaller: "£5-10m", but not "£500,000 to £1m".
        if factor is None and top is not None and value < top:
            factor = top_factor
        if top is not None and top * (top_factor or 1) > value * (factor or 1):
            value_max, end = top * (top_factor or 1), (top_mult or rng).end()
    if factor:
        value *= factor
    # "ten (10) packs": the number in words, then the same in digits, as some agencies write
    # every count; one figure, which runs on to what it counts.
    same = _IN_DIGITS.match(text, end, se) if text.startswith(" (", end) else None
    if same and value_max is None and number_value(same["n"]) == value:
        end = same.end()
    if text[end : end + 1] == "+":
        end += 1
        return _Extent(value, value_max, end, Qualifier.MORE_THAN, _next_letter(text, end, se))
    return _Extent(value, value_max, end, None, _next_letter(text, end, se))


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
