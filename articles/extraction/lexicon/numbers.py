"""How a figure is written, and what around it says it is not a count.

Numbers in words ("Twenty-seven", "two dozen"), the multipliers and range words that extend a
figure, the qualifiers before it ("more than", "about"), and the words that make it a date, a
time, an age or an identifier. Patterns and gates are built from the tables they serve.
"""

import re

from articles.extraction.document import register_words
from articles.extraction.lexicon.measures import HALF_HYPHENATED, MONTHS_PER, WEIGHTS
from articles.extraction.lexicon.patterns import alternatives, first_letters
from articles.extraction.lexicon.words import (
    MONEY_SCALES,
    MONTH_RE,
    MONTHS,
    MULTIPLIERS,
    SCALES,
    TENS,
    UNITS,
    wordset,
)
from articles.extraction.vocabulary import CURRENCY_LETTERS, CURRENCY_SIGNS, Qualifier, Unit

FRACTIONS = {"half": 0.5, "quarter": 0.25}
DOZEN = 12


def _spelled(low: int, high: int) -> str:
    return "|".join(word for word, value in UNITS.items() if low <= value <= high)


_LONG_WEIGHTS = [w for w in WEIGHTS if len(w) > 3]
_TENS_AND_UNIT = "(?:" + "|".join(TENS) + r")(?:[-\s](?:" + _spelled(1, 9) + "))?"
_SCALE = "|".join(word for word, value in SCALES.items() if value <= 1_000_000)
# A number in words: "Twenty-seven", "three hundred and twelve", "two dozen", "a hundred".
NUMBER_WORD_RE = (
    "(?:" + _TENS_AND_UNIT + "|" + _spelled(1, 19) + ")"
    r"(?:\s+(?:" + _SCALE + r")(?:\s+and\s+(?:" + _TENS_AND_UNIT + "|" + _spelled(1, 12) + "))?)?"
    r"(?:\s+dozen)?|an?\s+dozen|(?:a|one)\s+hundred"
    # "half a million", "half a kilogram": a fraction of the scale or unit that follows;
    # "half a dozen": of a dozen.
    r"|"
    + alternatives(FRACTIONS)
    + r"\s+an?(?:\s+dozen\b|(?=\s+"
    + alternatives([*(w for w in SCALES if w != "hundred"), *_LONG_WEIGHTS])
    + r"\b))"
    # "a quarter pound of cocaine", "a half kilo": the fraction before the unit.
    r"|" + alternatives(FRACTIONS) + r"(?=\s+" + alternatives(_LONG_WEIGHTS) + r"\b)"
)
# The words a number in words can start with, looked up in each document's word index; "a"
# and "an" start one only where "dozen" or "hundred" occurs.
_SPELLED = [*UNITS, *TENS, *(f"{t}-{u}" for t in TENS for u in _spelled(1, 9).split("|"))]
# A number joined to a term's unit is one word in the index: "four-and-a-half", "six-year",
# "two-and-a-half-year".
_TERM_SUFFIXES = (
    HALF_HYPHENATED,
    *(f"{half}-{unit}{s}" for half in ("", HALF_HYPHENATED) for unit in MONTHS_PER for s in "s "),
)
NUMBER_WORD_STARTS = register_words(
    frozenset(
        [
            *_SPELLED,
            *FRACTIONS,
            *(w + suffix.strip() for w in _SPELLED if UNITS.get(w, 1) for suffix in _TERM_SUFFIXES),
        ]
    )
)
SCALE_WORDS = register_words(wordset("dozen hundred"))
ARTICLES = frozenset({"a", "A", "an", "An", "AN"})

# An amount in words after a figure ("half a million pounds"); before "of" a weight instead.
CURRENCY_WORDS = {
    "pounds": Unit.GBP,
    "sterling": Unit.GBP,
    "dollars": Unit.USD,
    "euros": Unit.EUR,
}
CURRENCY_WORD_FIRST = first_letters(CURRENCY_WORDS)
CURRENCY_WORD = re.compile(
    r"\s+(?P<cur>" + alternatives(CURRENCY_WORDS) + r")\b(?!\s+of\b)", re.IGNORECASE
)

# The signs an amount of money is written with, escaped for a character class.
CURRENCY_CHARS = "".join(map(re.escape, CURRENCY_SIGNS))
DIGIT_START = frozenset("0123456789") | frozenset(CURRENCY_SIGNS)
# A currency in letters before an amount: "R4.2m", "Rs 12.5 lakh", "Rs. 500". One letter
# is a currency only glued to the amount; several may stand a space or a dot apart.
# Case-sensitive: "r" and "rs" are not currencies; nor is a letter after "the": "the R61" is
# a road.
# Besides the letters a currency is shown with, the codes international releases print before
# an amount ("EUR 4.1 million"): read as the currency, shown with its sign.
# "US$" is how a release abroad tells the US dollar from its own.
CURRENCY_CODES = {"EUR": Unit.EUR, "GBP": Unit.GBP, "USD": Unit.USD, "US$": Unit.USD}
LETTERS_BEFORE = CURRENCY_LETTERS | CURRENCY_CODES
_GLUED = [re.escape(letters) for letters in LETTERS_BEFORE if len(letters) == 1]
_APART = [re.escape(letters) for letters in LETTERS_BEFORE if len(letters) > 1]
CURRENCY_LETTER_BEFORE = re.compile(
    r"(?<![\w.])(?:(?P<apart>"
    + "|".join(_APART)
    + r")\.?\s?|(?<![Tt]he\s)(?P<glued>"
    + "|".join(_GLUED)
    + "))$"
)
# Lookbehinds that let a number start right after its currency's letters ("R4.2", "Rs.500").
CURRENCY_LETTER_GLUED = "|".join(
    r"(?<=\b" + letters + ")" for letters in (*_GLUED, *_APART, *(a + r"\." for a in _APART))
)
# The same letters before a range's upper end: "between Rs 6 lakh and Rs 8 lakh".
CURRENCY_LETTER_RE = (
    r"(?-i:(?:" + "|".join(_APART) + r")\.?\s?|(?:" + "|".join(_GLUED) + r")(?=\d))"
)
# The capitals one of which stands in every currency's letters: where none is just before a
# figure, the letters are not looked for.
CURRENCY_CAPITALS = frozenset(letters[0] for letters in LETTERS_BEFORE)
# How far before a figure its currency's letters may start: "Rs. " is four characters.
CURRENCY_LETTER_REACH = 4
# Thousands set apart by spaces, as amounts in rand are written: "R386 550".
SPACED_THOUSANDS = re.compile(r"(?:[ \u00a0]\d{3})+(?!\d)(?![,.]\d)")

# Words that make a figure the lower end of a range: "15 to 18", "£5-10m".
RANGE_WORDS = ("-", "–", "to", "and")
RANGE_FIRST = first_letters(RANGE_WORDS)
# Multipliers spelled out ("£8 million"), and those glued to an amount ("£8m", "£2bn").
MULTIPLIER_WORDS = tuple(word for word in MULTIPLIERS if word in SCALES)
MULTIPLIER_ABBREVIATIONS = tuple(
    word for word in MULTIPLIERS if word not in SCALES and word not in MONEY_SCALES
)
MULTIPLIER_WORD = re.compile(r"\s?(?P<m>" + alternatives(MULTIPLIER_WORDS) + r")\b", re.IGNORECASE)
# After an amount of money only: the abbreviations glued to it, and the money scales.
MULTIPLIER_GLUED = re.compile(
    r"\s?(?P<m>" + alternatives([*MULTIPLIER_ABBREVIATIONS, *MONEY_SCALES]) + r")\b",
    re.IGNORECASE,
)
MULTIPLIER_FIRST = first_letters(MULTIPLIER_WORDS, MULTIPLIER_ABBREVIATIONS)
MONEY_MULTIPLIER_FIRST = first_letters(MULTIPLIERS)

# Words right before a figure that qualify it; those mapped to None only belong in its span.
QUALIFIER_PHRASES = {
    "a total of": None,
    "a further": None,
    "another": None,
}
QUALIFIERS = {
    "more than": Qualifier.MORE_THAN,
    "over": Qualifier.MORE_THAN,
    "in excess of": Qualifier.MORE_THAN,
    "upwards of": Qualifier.MORE_THAN,
    "at least": Qualifier.MORE_THAN,
    "just over": Qualifier.MORE_THAN,
    "about": Qualifier.ABOUT,
    "around": Qualifier.ABOUT,
    "approximately": Qualifier.ABOUT,
    "roughly": Qualifier.ABOUT,
    "almost": Qualifier.ABOUT,
    "nearly": Qualifier.ABOUT,
    "some": Qualifier.ABOUT,
    "an estimated": Qualifier.ABOUT,
    "estimated": Qualifier.ABOUT,
    "up to": Qualifier.UP_TO,
    "as many as": Qualifier.UP_TO,
    "less than": Qualifier.LESS_THAN,
    "fewer than": Qualifier.LESS_THAN,
    "under": Qualifier.LESS_THAN,
    "just under": Qualifier.LESS_THAN,
    "below": Qualifier.LESS_THAN,
    "exactly": Qualifier.EXACTLY,
    "precisely": Qualifier.EXACTLY,
}
# Words that make a figure a group's total, before it ("a total of 40", "a combined 22
# years", "totalling £9,000") or after it ("40 in total", "22 years between them").
_TOTAL_WORDS = r"a\s+total\s+of|totall?ing|(?:a\s+)?combined|altogether|in\s+all|in\s+total"
TOTAL_BEFORE = re.compile(
    r"\b(?:" + _TOTAL_WORDS + r")\s+(?:(?:more\s+than|over|about|around|some|nearly|almost)\s+)?$",
    re.IGNORECASE,
)
# One of these stands in every sentence with a total, and one of the words in every such
# document: the others are not searched.
TOTAL_ANY = re.compile(r"total|combined|altogether|in\s+all\b|between\s+them", re.IGNORECASE)
TOTAL_WORDS = register_words(wordset("total totalling totaling combined altogether all them"))
# "a total of" is a qualifier phrase, so a figure's span may open with it.
TOTAL_HEAD = re.compile(r"a\s+total\s+of\b", re.IGNORECASE)
TOTAL_AFTER = re.compile(
    r"(?:\s+[a-z’'-]+){0,3}?,?\s+(?:in\s+total|in\s+all|altogether|between\s+them)\b",
    re.IGNORECASE,
)
# How far a precise figure may stand from a rounded one that stands for it, as factors of
# the rounded value: "more than 1,100" for 1,149; "about 300" for 291 or 312.
ROUNDED = {
    Qualifier.MORE_THAN: (1, 1.2),
    Qualifier.ABOUT: (0.9, 1.1),
}
QUALIFIER_ENDS = frozenset(p.split()[-1] for p in (*QUALIFIERS, *QUALIFIER_PHRASES))

# What follows a figure that makes it a date or a time, never a result.
ORDINAL_ENDINGS = ("st", "nd", "rd", "th")
TIME_WORDS = ("am", "pm", "a.m.", "p.m.", "hrs", "gmt", "bst")
DATE_AFTER = re.compile("(?:" + "|".join(ORDINAL_ENDINGS) + r")?,?\s+" + MONTH_RE + r"(?![a-z])")
TIME_AFTER = re.compile(r"(?:[:.]\d\d|\s?" + alternatives(TIME_WORDS) + r"\b)", re.IGNORECASE)
ORDINAL_OR_SLASH = re.compile("(?:" + "|".join(ORDINAL_ENDINGS) + r")\b|/")
# The word after a figure, read with one trailing full stop dropped: "9 am", "3 March".
NOT_COUNTED_NEXT = (
    frozenset(MONTHS) | {w.rstrip(".") for w in TIME_WORDS} | frozenset(ORDINAL_ENDINGS)
)
# A figure right after one of these words is a phone number, an identifier or an age.
NOT_A_COUNT_WORDS = wordset(
    """
    call dial ring number quoting quote reference ref tel telephone section no room flat unit
    junction route bus platform gate article schedule class category cat level stage phase tier
    grade aged age ages chapter part rule regulation page box
    """
)
NOT_A_COUNT_PAIRS = frozenset({"suspended for", "banned for", "disqualified for"})
ADJECTIVAL = re.compile(
    r"-?\s?(?:year|month|week|day|hour|minute|mile|metre|meter|foot|feet|inch)s?[-\s]old\b"
    r"|-(?:year|month|week|day|hour|minute|mile|metre|foot|strong|time|point)",
    re.IGNORECASE,
)
