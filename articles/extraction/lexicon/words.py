"""Word lists the parser and the extractor share: months and number words.

Police ranks live in `lexicon.ranks`, civic titles in `lexicon.civictitles`, the pattern of a
titled name in `lexicon.titlednames`, the words about people in `lexicon.people`,
organisation patterns in `lexicon.organisations`, operation keywords in `lexicon.operations`,
the nouns and verbs that make a reported figure in `lexicon.counted`, `lexicon.measures` and
`lexicon.numbers`, quote marks and the words of attribution in `lexicon.quotes`.
"""

import functools
import re

# Quote marks and speech verbs live in lexicon.quotes; the header and name rules read them here.
from articles.extraction.lexicon.quotes import QUOTE_CHARS as QUOTE_CHARS
from articles.extraction.lexicon.quotes import SPEECH_VERB_RE as SPEECH_VERB_RE
from articles.extraction.lexicon.quotes import SPEECH_VERBS as SPEECH_VERBS

# The builders every word list uses; lexicon modules and rules import them from here.
from articles.extraction.lexicon.wordsets import words_pattern as words_pattern
from articles.extraction.lexicon.wordsets import wordset as wordset

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
MONTH_RE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
WEEKDAY_RE = (
    r"(?:Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:r|rs|rsday)?|Fri(?:day)?"
    r"|Sat(?:urday)?|Sun(?:day)?)\.?"
)

# Number words, as figures.
UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# South Asian scales, read after an amount of money only: "Rs 3.6 crore", "Rs 12 lakh".
MONEY_SCALES = {"lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}
MULTIPLIERS = {
    "k": 1_000,
    "thousand": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "million": 1_000_000,
    "bn": 1_000_000_000,
    "billion": 1_000_000_000,
    **MONEY_SCALES,
}


@functools.lru_cache(maxsize=1024)
def word_number(phrase: str) -> int | None:
    """The value of a number written in words ("Twenty-seven", "two dozen", "a hundred")."""
    words = re.split(r"[\s-]+", phrase.lower().strip())
    total = current = 0
    seen = False
    for word in words:
        if word in ("and", ""):
            continue
        if word in ("a", "an") and not seen:
            current = 1
            seen = True
        elif word in UNITS:
            current += UNITS[word]
            seen = True
        elif word in TENS:
            current += TENS[word]
            seen = True
        elif word in ("dozen",):
            current = (current or 1) * 12
            seen = True
        elif word in SCALES:
            scale = SCALES[word]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None
