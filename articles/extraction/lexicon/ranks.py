"""Police ranks and civic titles as newsrooms print them, and their full forms.

UK ranks and their abbreviations (PC, Det Chief Insp, Ch Supt, A/DI), US and Australian ranks,
and the titles of councillors, mayors, judges and ministers. `RANKS` is the one table of rank
and title words: the patterns that find a titled name, the words that trigger them and the
full forms are all built from it.
"""

import functools
import re
from enum import Flag, auto
from typing import NamedTuple

from articles.extraction.lexicon.people import HONORIFICS, NOT_NAME_WORDS
from articles.extraction.lexicon.words import words_pattern


class Part(Flag):
    """Where a word may stand in a rank: "Acting Det Ch Insp" is tenure, detective, modifier
    and head."""

    TENURE = auto()  # "Acting", "T/": before everything else
    DETECTIVE = auto()  # "Det", "D/": before the modifiers
    MODIFIER = auto()  # "Chief", "Senior": before a head word
    HEAD = auto()  # the word a rank ends with: "Inspector", "Sergeant"
    INITIALISM = auto()  # a whole rank in capitals: "DCI", "PCSO"
    TITLE = auto()  # a civic or courtesy title of one word: "Cllr", "Judge", "Dr"


class RankWord(NamedTuple):
    full: str  # the word's full form: "Inspector" for "Insp"
    part: Part


P = Part
# Every rank and one-word title as printed, with its full form. A trailing "." means the
# word is printed with a full stop, ".?" with or without one; "/" ends a slashed prefix.
RANKS = {
    "Temporary": RankWord("Temporary", P.TENURE),
    "Temp.?": RankWord("Temporary", P.TENURE),
    "Acting": RankWord("Acting", P.TENURE),
    "A/": RankWord("Acting", P.TENURE),
    "T/": RankWord("Temporary", P.TENURE),
    "Detective": RankWord("Detective", P.DETECTIVE | P.HEAD),
    "Det.?": RankWord("Detective", P.DETECTIVE),
    "D/": RankWord("Detective", P.DETECTIVE),
    "Chief": RankWord("Chief", P.MODIFIER | P.HEAD),
    "Ch.?": RankWord("Chief", P.MODIFIER),
    "Senior": RankWord("Senior", P.MODIFIER),
    "Snr.?": RankWord("Senior", P.MODIFIER),
    "Leading": RankWord("Leading", P.MODIFIER),
    "Assistant": RankWord("Assistant", P.MODIFIER),
    "Asst.?": RankWord("Assistant", P.MODIFIER),
    "Deputy": RankWord("Deputy", P.MODIFIER),
    "Dep.?": RankWord("Deputy", P.MODIFIER),
    "Police": RankWord("Police", P.MODIFIER),
    "Special": RankWord("Special", P.MODIFIER),
    "Woman": RankWord("Woman", P.MODIFIER),
    "Probationary": RankWord("Probationary", P.MODIFIER),
    "Staff": RankWord("Staff", P.MODIFIER),
    "Principal": RankWord("Principal", P.MODIFIER),
    "Inspector": RankWord("Inspector", P.HEAD),
    "Insp.?": RankWord("Inspector", P.HEAD),
    "Superintendent": RankWord("Superintendent", P.HEAD),
    "Supt.?": RankWord("Superintendent", P.HEAD),
    "Sergeant": RankWord("Sergeant", P.HEAD),
    "Sgt.?": RankWord("Sergeant", P.HEAD),
    "Constable": RankWord("Constable", P.HEAD),
    "Const.?": RankWord("Constable", P.HEAD),
    "Con.?": RankWord("Constable", P.HEAD),
    "Commissioner": RankWord("Commissioner", P.HEAD),
    "Commander": RankWord("Commander", P.HEAD),
    "Cmdr.?": RankWord("Commander", P.HEAD),
    "Officer": RankWord("Officer", P.HEAD),
    "Captain": RankWord("Captain", P.HEAD),
    "Capt.?": RankWord("Captain", P.HEAD),
    "Lieutenant": RankWord("Lieutenant", P.HEAD),
    "Lt.?": RankWord("Lieutenant", P.HEAD),
    "Sheriff": RankWord("Sheriff", P.HEAD),
    "Agent": RankWord("Agent", P.HEAD),
    "Trooper": RankWord("Trooper", P.HEAD),
    "Corporal": RankWord("Corporal", P.HEAD),
    "Cpl.?": RankWord("Corporal", P.HEAD),
    "PCSO": RankWord("Police Community Support Officer", P.INITIALISM),
    "WPC": RankWord("Woman Police Constable", P.INITIALISM),
    "DCI": RankWord("Detective Chief Inspector", P.INITIALISM),
    "DCS": RankWord("Detective Chief Superintendent", P.INITIALISM),
    "DSI": RankWord("Detective Superintendent", P.INITIALISM),
    "DSupt": RankWord("Detective Superintendent", P.INITIALISM),
    "DSU": RankWord("Detective Superintendent", P.INITIALISM),
    "DSgt": RankWord("Detective Sergeant", P.INITIALISM),
    "ACC": RankWord("Assistant Chief Constable", P.INITIALISM),
    "DCC": RankWord("Deputy Chief Constable", P.INITIALISM),
    "DAC": RankWord("Deputy Assistant Commissioner", P.INITIALISM),
    "PC": RankWord("Police Constable", P.INITIALISM),
    "DC": RankWord("Detective Constable", P.INITIALISM),
    "DS": RankWord("Detective Sergeant", P.INITIALISM),
    "DI": RankWord("Detective Inspector", P.INITIALISM),
    "PS": RankWord("Police Sergeant", P.INITIALISM),
    "SC": RankWord("Special Constable", P.INITIALISM),
    "Cllr.?": RankWord("Councillor", P.TITLE),
    "Councillor": RankWord("Councillor", P.TITLE),
    "HHJ": RankWord("His Honour Judge", P.TITLE),
    "Judge": RankWord("Judge", P.TITLE),
    "Recorder": RankWord("Recorder", P.TITLE),
    "Coroner": RankWord("Coroner", P.TITLE),
    "Magistrate": RankWord("Magistrate", P.TITLE),
    "PCC": RankWord("PCC", P.TITLE),
    "Premier": RankWord("Premier", P.TITLE),
    "Senator": RankWord("Senator", P.TITLE),
    "Sen.": RankWord("Senator", P.TITLE),
    "Governor": RankWord("Governor", P.TITLE),
    "Gov.": RankWord("Governor", P.TITLE),
    "Dr.?": RankWord("Dr", P.TITLE),
    "Professor": RankWord("Professor", P.TITLE),
    "Prof.?": RankWord("Professor", P.TITLE),
    "Pastor": RankWord("Pastor", P.TITLE),
    "Reverend": RankWord("Reverend", P.TITLE),
    "Rev.?": RankWord("Reverend", P.TITLE),
    "Revd.?": RankWord("Reverend", P.TITLE),
    "Bishop": RankWord("Bishop", P.TITLE),
    "Rabbi": RankWord("Rabbi", P.TITLE),
    "Imam": RankWord("Imam", P.TITLE),
}


def _bare(printed: str) -> str:
    """A table spelling without its full-stop marks: "Insp.?" → "Insp"."""
    return printed.removesuffix("?").removesuffix(".")


def _spelling_re(printed: str) -> str:
    if printed.endswith(".?"):
        return re.escape(_bare(printed)) + r"\.?"
    return re.escape(printed)


def _spellings(part: Part, *, slashed: bool | None = None) -> list[str]:
    """The patterns of the table's words that may stand as `part`, in table order."""
    return [
        _spelling_re(printed)
        for printed, word in RANKS.items()
        if part in word.part and (slashed is None or printed.endswith("/") == slashed)
    ]


def _either(patterns) -> str:
    return "(?:" + "|".join(patterns) + ")"


# Full forms of rank words; keys are lower-cased without a trailing full stop.
RANK_WORDS = {_bare(printed).lower(): word.full for printed, word in RANKS.items()}

_TENURE = (
    _either(_spellings(P.TENURE, slashed=False))
    + r"\s+|"
    + _either(_spellings(P.TENURE, slashed=True))
    + r"\s?"
)
POLICE_RANK_RE = (
    r"(?:" + _TENURE + r")?"
    r"(?:(?:Deputy\s+|Assistant\s+)?Chief\s+of\s+Police\b"
    r"|" + _either(_spellings(P.INITIALISM)) + r"(?![\w/])"
    r"|(?:" + _either(_spellings(P.DETECTIVE)) + r"\s*)?"
    r"(?:"
    + _either(_spellings(P.MODIFIER))
    + r"\s+)*"
    + _either(_spellings(P.HEAD))
    + r"(?![\w/]))"
)

# Titles of more than one word, each after one of a few first words. The first words are
# collected as they are declared: they trigger the search for a titled name.
_PHRASE_STARTS: set[str] = set()


def _after(first_words: str, rest: str) -> str:
    """`rest` after any one of `first_words`; the words are remembered as title triggers."""
    words = first_words.split()
    _PHRASE_STARTS.update(words)
    return _either(words) + rest


_PORTFOLIO = r"[A-Z][\w’'-]*"
_MAYOR = r"Mayor(?:\s+of\s+(?:the\s+)?" + _PORTFOLIO + r"(?:\s+" + _PORTFOLIO + r")*?)?"
# "Police Minister", "Shadow Home Office Minister": the words a minister's title may start with.
MINISTER_RANKS = ("Deputy", "Assistant", "Shadow", "Acting")
MINISTER_PORTFOLIOS = (
    "Police",
    "Policing",
    "Justice",
    "Crime",
    "Home Office",
    "Security",
    "Prisons",
    "Safeguarding",
)
_PHRASE_STARTS.update(MINISTER_RANKS, (p.split()[0] for p in MINISTER_PORTFOLIOS), ["Minister"])
# "Minister for Justice and Community Safety": the portfolio is as short as the name after it
# allows (lazy), so the name is not swallowed.
_MINISTER = (
    r"(?:" + _either(MINISTER_RANKS) + r"\s+)?"
    r"(?:" + _either(p.replace(" ", r"\s+") for p in MINISTER_PORTFOLIOS) + r"\s+)?"
    rf"Minister(?:\s+for\s+(?:the\s+)?{_PORTFOLIO}(?:(?:,\s*|\s+and\s+|\s+&\s+|\s+)"
    rf"{_PORTFOLIO})*?)?"
)
_CIVIC_PHRASES = (
    _after("Lord Deputy", r"\s+" + _MAYOR),
    _after("Mayor", _MAYOR.removeprefix("Mayor")),
    _after("His Her", r"\s+Honour\s+Judge"),
    _after("District", r"\s+Judge"),
    _after("Mr Mrs Ms", r"\.?\s+Justice"),
    _after("Lord Lady", r"\s+Justice"),
    _after("Senior", r"\s+Coroner"),
    _MINISTER,
    _after("Shadow", r"\s+(?:Home|Justice)\s+Secretary"),
    _after("Home Justice", r"\s+Secretary"),
    _after("Police", r"\s+and\s+Crime\s+Commissioner"),
    _after("Attorney", r"[-\s]General"),
    _after("District", r"\s+Attorney"),
    _after("Prime", r"\s+Minister"),
)
CIVIC_TITLE_RE = _either([*_spellings(P.TITLE), *_CIVIC_PHRASES])

HONORIFIC_RE = _either(h.capitalize() for h in HONORIFICS) + r"\.?"

# Words that may be capitalised next to a name but are not part of it.
_STOP = words_pattern(NOT_NAME_WORDS)
_NAME_SHAPE = r"(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
NAME_TOKEN_RE = r"(?!(?i:" + _STOP + r")\b)" + _NAME_SHAPE + r"\b"
NAME_PARTICLE_RE = r"(?:van|von|de|da|di|del|der|den|la|le|bin|al|el|ap)"
FULL_NAME_RE = (
    NAME_TOKEN_RE + r"(?:\s+(?:" + NAME_PARTICLE_RE + r"\s+)?" + NAME_TOKEN_RE + r"){0,2}"
)

# "Chief Inspector Simon Anslow", "A/DI Tom Reed", "Mr Lyle", "Cllr Jane Smith".
TITLED_NAME = re.compile(
    r"(?<![A-Za-z/])(?P<title>"
    + POLICE_RANK_RE
    + r"|"
    + CIVIC_TITLE_RE
    + r"|"
    + HONORIFIC_RE
    + r")\s+(?P<name>"
    + FULL_NAME_RE
    + r")(?:\s+(?P<suffix>MP|QC|KC|MSP|AM))?\b"
)
NAME_TOKEN = re.compile(_NAME_SHAPE)
# Words a rank or title can start with, as the document index reads words ("A" of "A/DI"):
# TITLED_NAME is tried only where one of these is.
TITLE_TRIGGERS = frozenset(
    {_bare(printed).rstrip("/") for printed in RANKS}
    | {h.capitalize() for h in HONORIFICS}
    | _PHRASE_STARTS
)
POLICE_RANK = re.compile(POLICE_RANK_RE)
CIVIC_TITLE = re.compile(CIVIC_TITLE_RE)
HONORIFIC = re.compile(HONORIFIC_RE)

ELECTED_WORDS = re.compile(
    r"\b(?:councillor|cllr|mayor|minister|mp|msp|senator|governor|premier|secretary"
    r"|commissioner for|police and crime commissioner|pcc|leader of|member of parliament"
    r"|cabinet member|portfolio holder)\b",
    re.IGNORECASE,
)
COURT_TITLES = {"Judge", "His Honour Judge", "Her Honour Judge", "District Judge", "Recorder"}


@functools.lru_cache(maxsize=4096)
def normalise_title(printed: str) -> str | None:
    """The full form of a rank or title as printed ("Det Chief Insp" → "Detective Chief
    Inspector", "A/DI" → "Acting Detective Inspector"); None for plain honorifics."""
    text = " ".join(printed.split())
    if HONORIFIC.fullmatch(text):
        return None
    if CIVIC_TITLE.fullmatch(text) and not POLICE_RANK.fullmatch(text):
        words = text.split(" ")
        first = words[0].rstrip(".").lower()
        if first in RANK_WORDS and len(words) == 1:
            return RANK_WORDS[first]
        return text
    out = []
    for raw in re.findall(r"[AaTtDd]/|[^\s/]+", text):
        key = raw.rstrip(".").lower()
        out.append(RANK_WORDS.get(key, raw.rstrip(".")))
    return " ".join(out)


@functools.lru_cache(maxsize=4096)
def is_police_rank(printed: str) -> bool:
    return bool(POLICE_RANK.fullmatch(" ".join(printed.split())))
