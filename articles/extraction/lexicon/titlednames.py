"""A titled name as printed ("Chief Inspector Simon Anslow", "A/DI Tom Reed", "Mr Lyle",
"Cllr Jane Smith"): the pattern that finds one, the words that trigger it, and the full form
of the rank or title it opens with. Built from the rank table (`ranks`), the civic titles
(`civictitles`) and the words that are not names (`people`).
"""

import functools
import re

from articles.extraction.lexicon.civictitles import CIVIC_TITLE_RE, PHRASE_STARTS, TITLE_SPELLINGS
from articles.extraction.lexicon.people import (
    COURTESY_HONOURS,
    HONORIFICS,
    NAME_DESCRIBING_TAILS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    SERVICE_TAIL_WORDS,
    SURNAME_PLACE_WORDS,
)
from articles.extraction.lexicon.ranks import (
    POLICE_RANK,
    POLICE_RANK_RE,
    RANK_WORDS,
    RANKS,
    SERVICE_RANKS,
    bare,
    either,
)
from articles.extraction.lexicon.words import words_pattern
from articles.extraction.lexicon.wordsets import LOWER_CLASS, UPPER_CLASS

_HONORIFIC_RE = either(h.capitalize() for h in HONORIFICS) + r"\.?"
# An honour between a rank and the name ("Comm Datuk Ali Hassan"), or alone before it.
_HONOURS_RE = "(?:" + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in COURTESY_HONOURS) + ")"

# Words that may be capitalised next to a name but are not part of it.
_STOP = words_pattern(NOT_NAME_WORDS)
# A name word: capital, then small letters, accents included ("Siobhán", "Kāhui"); the Irish
# "Ó" stands before a surname as a word of its own ("Pádraig Ó Cuinn").
_NAME_SHAPE = (
    rf"(?:Mc|Mac|O['’]|D['’])?{UPPER_CLASS}{LOWER_CLASS}+(?:-{UPPER_CLASS}{LOWER_CLASS}+)?|Ó(?=\s)"
)
_NAME_TOKEN_RE = r"(?!(?i:" + _STOP + r")\b)(?:" + _NAME_SHAPE + r")\b"
# "Wilson Tsang Chi-keung", "Kim Jong-un": a Chinese or Korean given name of two short
# syllables joined by a hyphen, the second in lower case. It follows the surname, so it is
# never a name's first word ("Well-known", "Self-employed" open sentences, not names).
_HYPHENED_GIVEN_SHAPE = (
    rf"{UPPER_CLASS}{LOWER_CLASS}{{1,5}}-"
    rf"(?!(?:{words_pattern(NAME_DESCRIBING_TAILS)})\b){LOWER_CLASS}{{1,6}}"
)
_LATER_STOP = words_pattern(NOT_NAME_WORDS - SURNAME_PLACE_WORDS)
_LATER_TOKEN_RE = (
    r"(?!(?i:" + _LATER_STOP + r")\b)(?:" + _HYPHENED_GIVEN_SHAPE + "|" + _NAME_SHAPE + r")\b"
)
_NAME_PARTICLE_RE = "(?:" + words_pattern(NAME_PARTICLES) + ")"
# "Michael J Hamer", "Michael J. Hamer": a middle initial, only between two name words.
_MIDDLE_INITIAL_RE = r"(?:\s+[A-Z]\.?(?=\s+[A-Z][a-z]))?"
_FULL_NAME_RE = (
    _NAME_TOKEN_RE
    + _MIDDLE_INITIAL_RE
    + r"(?:\s+(?:"
    + _NAME_PARTICLE_RE
    + r"\s+)?"
    + _LATER_TOKEN_RE
    # Four words at most: given names and a father's ("Ali Rahman Mohd Yusof").
    + r"){0,3}"
)

# Letters after a name: a member of a parliament or assembly ("MP", the Irish "TD"), a senior
# barrister ("KC"), one or both ("KC MP"). A barrister's letters are the only title some
# counsel are given ("Jo Hale KC, defending").
BARRISTER_LETTERS = ("KC", "QC")
NAME_LETTERS_RE = "|".join(("MP", *BARRISTER_LETTERS, "MSP", "AM", "TD"))

# "Chief Inspector Simon Anslow", "A/DI Tom Reed", "Mr Lyle", "Cllr Jane Smith".
TITLED_NAME = re.compile(
    r"(?<![A-Za-z/])(?P<title>"
    + POLICE_RANK_RE
    + r"|"
    + CIVIC_TITLE_RE
    + r"|"
    + _HONORIFIC_RE
    + r"|"
    + _HONOURS_RE
    + rf")(?:\s+{_HONOURS_RE}(?=\s))?"
    # "the Police and Crime Commissioner, Jo Amos, said": a name set off by a comma.
    + r"(?:\s+|,\s+(?="
    + _FULL_NAME_RE
    + rf"(?:\s+(?:{NAME_LETTERS_RE})){{0,2}}[,.;]))(?P<name>"
    + _FULL_NAME_RE
    + rf")(?:\s+(?:{NAME_LETTERS_RE})){{0,2}}\b"
    + rf"(?!\s+(?:{words_pattern(SERVICE_TAIL_WORDS)})\b)"
)
NAME_TOKEN = re.compile(_NAME_SHAPE)
FULL_NAME = re.compile(_FULL_NAME_RE)
HYPHENED_GIVEN_NAME = re.compile(_HYPHENED_GIVEN_SHAPE)


# Words a rank or title can start with, as the document index reads words ("A" of "A/DI"):
# TITLED_NAME is tried only where one of these is.
TITLE_TRIGGERS = frozenset(
    {bare(printed).rstrip("/") for printed in RANKS}
    | {h.capitalize() for h in HONORIFICS}
    | {rank.split()[0] for rank in SERVICE_RANKS}
    | PHRASE_STARTS
    | {h.split()[0].rstrip("'’") for h in COURTESY_HONOURS}
)
_CIVIC_TITLE = re.compile(CIVIC_TITLE_RE)
HONORIFIC = re.compile(f"{_HONORIFIC_RE}|{_HONOURS_RE}")
_BRACKETED = re.compile(r"\([^()]*\)")


@functools.lru_cache(maxsize=4096)
def normalise_title(printed: str) -> str | None:
    """The full form of a rank or title as printed ("Det Chief Insp" → "Detective Chief
    Inspector", "A/DI" → "Acting Detective Inspector"); None for plain honorifics."""
    # "Deputy commissioner of police (Crime)": the unit in brackets is not part of the rank.
    text = " ".join(_BRACKETED.sub("", printed).split())
    if HONORIFIC.fullmatch(text):
        return None
    if _CIVIC_TITLE.fullmatch(text) and not POLICE_RANK.fullmatch(text):
        words = text.split(" ")
        first = words[0].rstrip(".").lower()
        if first in RANK_WORDS and len(words) == 1:
            return RANK_WORDS[first]
        return TITLE_SPELLINGS.get(text.lower(), text)
    out = []
    printed_words = re.findall(r"[A-Za-z]/|[^\s/]+", text)
    for raw in printed_words:
        key = raw.rstrip(".").lower()
        out.append(RANK_WORDS.get(key, raw.rstrip(".")))
    # "Det A/Insp" is an acting detective inspector: the slashed tenure reads first in full.
    if len(out) > 2 and out[0] == "Detective" and printed_words[1].endswith("/"):
        out[0], out[1] = out[1], out[0]
    return " ".join(out)
