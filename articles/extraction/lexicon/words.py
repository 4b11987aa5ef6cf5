"""Word lists the parser and the extractor share: months, number words, name words.

Police ranks and civic titles live in `lexicon.ranks`, organisation patterns in
`lexicon.organisations`, the nouns and verbs that make a reported figure in `lexicon.counted`,
`lexicon.measures` and `lexicon.numbers`, quote marks and the words of attribution in
`lexicon.quotes`.
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

HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mx": None}

# Capitalised words that are never part of a person's name: sentence openers, places,
# institutions and calendar words. Lower-cased.
NOT_NAME_WORDS = wordset(
    """
    a an the this that these those there here it its he she they we you i his her their our my
    and or but if when while after before during since until as at by for from in into of on
    to with without about over under up down out off than then so yet also not no yes all any
    each every some many more most much other such one two three four five six seven eight nine
    ten mr mrs ms miss dr sir dame lord lady
    police officers officer detectives detective constabulary council court crown magistrates
    magistrate unit team squad command force service services department agency office
    ministry government authority commission trust foundation charity society group
    partnership network association centre center hospital school college academy university
    church prison hmp station airport road street avenue lane drive crescent terrace gardens
    boulevard highway parade square way close grove row place mews estate bridge
    north south east west northern southern eastern western central greater upper lower
    new old great little saint st county city borough district town village island
    kingdom united states state republic royal national international british english scottish
    welsh irish australian american european
    operation op project strike taskforce
    monday tuesday wednesday thursday friday saturday sunday january february march
    july september october november december christmas easter
    week weekend day days month year today yesterday tomorrow morning afternoon evening night
    lines line class act bill law
    minister secretary premier president chancellor mayor judge recorder justice
    chief inspector superintendent sergeant constable commissioner commander captain lieutenant
    sheriff agent trooper deputy acting temporary det insp supt sgt pc dc ds di dci dcs acc dcc
    cllr councillor mp
    officers police emergency crimestoppers anyone anybody everyone nobody
    drugs drug crime crimes violence serious organised gang gangs county
    however meanwhile earlier later last next first second third
    busted picture photo image credit pictured
    resident residents neighbour neighbours witness witnesses victim victims mother father son
    daughter wife husband brother sister teenager pensioner grandmother grandfather shopkeeper
    spokesman spokeswoman spokesperson chairman chairwoman leader boss owner manager director
    headteacher campaigner defendant prosecutor barrister solicitor lawyer ringleader mastermind
    courier dealer runner associate accomplice accused killer murderer thief burglar robber
    gunman attacker student pupil schoolboy schoolgirl motorist driver passenger cyclist
    radio news tv television bbc itv sky channel online newspaper magazine
    """
)

# Last words of place names ("Sandy Bay", "Kings Heath"): never a person's name, though an
# operation may be named with one.
PLACE_WORDS = wordset("bay beach harbour harbor heath valley heights")

# Words that may start a sentence in capitals but never start a name.
SENTENCE_OPENERS = wordset(
    """
    a an the this that these those there here it he she they we you i his her their our my its
    and or but if when while after before during since until as at by for from in into of on
    to with without about over under following despite although though because once where
    what who why how officers police yesterday today earlier later last meanwhile however
    speaking both all some many several other another each every further extra specialist
    local residents anyone people detectives judge leading among amongst according
    """
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
MULTIPLIERS = {
    "k": 1_000,
    "thousand": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "million": 1_000_000,
    "bn": 1_000_000_000,
    "billion": 1_000_000_000,
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
