"""Police ranks and civic titles as newsrooms print them, and their full forms.

UK ranks and their abbreviations (PC, Det Chief Insp, Ch Supt, A/DI), US and Australian ranks,
and the titles of councillors, mayors, judges and ministers. `RANKS` is the one table of rank
and title words: the patterns that find a titled name, the words that trigger them and the
full forms are all built from it.

No maintained package lists police ranks, so the words follow the services' published rank
structures, as a word and its modifiers rather than as every combination:
- England and Wales, Scotland, Northern Ireland: Constable, Sergeant, Inspector, Chief
  Inspector, Superintendent, Chief Superintendent, Assistant/Deputy Chief Constable, Chief
  Constable; Commander and the Commissioners of the Metropolitan Police; "Detective" before any.
- An Garda Síochána: Garda, Sergeant, Inspector, Superintendent, Chief Superintendent,
  Assistant Commissioner, Deputy Commissioner, Commissioner; "Detective Garda".
- United States city, county and federal services: Officer, Detective, Sergeant (Sgt.),
  Lieutenant (Lt.), Captain (Capt.), Commander (Cmdr.), Deputy Chief, Chief; Sheriff,
  Undersheriff, Deputy; Trooper; Special Agent, Special Agent in Charge.
- Royal Canadian Mounted Police and Canadian city forces: Constable (Cst.), Corporal (Cpl.),
  Sergeant, Staff Sergeant (S/Sgt.), Inspector (Insp.), Superintendent (Supt.), Chief
  Superintendent (C/Supt.).
- New Zealand Police: Constable, Sergeant, Senior Sergeant, Inspector, Superintendent, with
  "Detective" before the first three.
- Australian state and federal police: Constable, Senior Constable, Leading Senior Constable,
  Sergeant, Senior Sergeant, Inspector, Superintendent, Commander, Assistant/Deputy
  Commissioner, Commissioner; "Detective" and "Acting" before any; Officer in Charge.
"""

import functools
import re
from enum import Flag, auto
from typing import NamedTuple

from articles.extraction.lexicon.people import (
    HONORIFICS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    SURNAME_PLACE_WORDS,
)
from articles.extraction.lexicon.words import words_pattern
from articles.extraction.lexicon.wordsets import LOWER_CLASS, UPPER_CLASS


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


# Every rank and one-word title as printed, with its full form. A trailing "." means the
# word is printed with a full stop, ".?" with or without one; "/" ends a slashed prefix.
RANKS = {
    "Temporary": RankWord("Temporary", Part.TENURE),
    "Temp.?": RankWord("Temporary", Part.TENURE),
    "Acting": RankWord("Acting", Part.TENURE),
    "A/": RankWord("Acting", Part.TENURE),
    "T/": RankWord("Temporary", Part.TENURE),
    "Detective": RankWord("Detective", Part.DETECTIVE | Part.HEAD),
    "Det.?": RankWord("Detective", Part.DETECTIVE | Part.HEAD),  # "Det. Jo Hale" in US papers
    "D/": RankWord("Detective", Part.DETECTIVE),
    "Chief": RankWord("Chief", Part.MODIFIER | Part.HEAD),
    "Ch.?": RankWord("Chief", Part.MODIFIER),
    "Senior": RankWord("Senior", Part.MODIFIER),
    "Snr.?": RankWord("Senior", Part.MODIFIER),
    "Sr.?": RankWord("Senior", Part.MODIFIER),  # Canadian forces: "Sr. Const."
    "Leading": RankWord("Leading", Part.MODIFIER),
    "Assistant": RankWord("Assistant", Part.MODIFIER),
    "Asst.?": RankWord("Assistant", Part.MODIFIER),
    "Deputy": RankWord("Deputy", Part.MODIFIER | Part.HEAD),  # a sheriff's deputy
    "Dep.?": RankWord("Deputy", Part.MODIFIER),
    "S/": RankWord("Staff", Part.MODIFIER),  # Canadian forces: "S/Sgt."
    "C/": RankWord("Chief", Part.MODIFIER),  # Canadian forces: "C/Supt."
    "Police": RankWord("Police", Part.MODIFIER),
    "Special": RankWord("Special", Part.MODIFIER),
    "Woman": RankWord("Woman", Part.MODIFIER),
    "Probationary": RankWord("Probationary", Part.MODIFIER),
    "Staff": RankWord("Staff", Part.MODIFIER),
    "Investigating": RankWord("Investigating", Part.MODIFIER),  # "Senior Investigating Officer"
    "Principal": RankWord("Principal", Part.MODIFIER),
    "Inspector": RankWord("Inspector", Part.HEAD),
    "Insp.?": RankWord("Inspector", Part.HEAD),
    "Superintendent": RankWord("Superintendent", Part.HEAD),
    "Supt.?": RankWord("Superintendent", Part.HEAD),
    "Sergeant": RankWord("Sergeant", Part.HEAD),
    "Sgt.?": RankWord("Sergeant", Part.HEAD),
    "Constable": RankWord("Constable", Part.HEAD),
    "Const.?": RankWord("Constable", Part.HEAD),
    "Cst.?": RankWord("Constable", Part.HEAD),  # Canadian forces' abbreviation
    "Con.?": RankWord("Constable", Part.HEAD),
    "Commissioner": RankWord("Commissioner", Part.HEAD),
    "Commander": RankWord("Commander", Part.HEAD),
    "Cmdr.?": RankWord("Commander", Part.HEAD),
    "Officer": RankWord("Officer", Part.HEAD),
    "Captain": RankWord("Captain", Part.HEAD),
    "Capt.?": RankWord("Captain", Part.HEAD),
    "Lieutenant": RankWord("Lieutenant", Part.HEAD),
    "Lt.?": RankWord("Lieutenant", Part.HEAD),
    "Lieut.?": RankWord("Lieutenant", Part.HEAD),
    "Sheriff": RankWord("Sheriff", Part.HEAD),
    "Agent": RankWord("Agent", Part.HEAD),
    "Trooper": RankWord("Trooper", Part.HEAD),
    "Garda": RankWord("Garda", Part.MODIFIER | Part.HEAD),  # the Irish constable's rank
    "Investigator": RankWord("Investigator", Part.HEAD),
    "Marshal": RankWord("Marshal", Part.HEAD),
    "Undersheriff": RankWord("Undersheriff", Part.HEAD),
    "Corporal": RankWord("Corporal", Part.HEAD),
    "Cpl.?": RankWord("Corporal", Part.HEAD),
    "PCSO": RankWord("Police Community Support Officer", Part.INITIALISM),
    "SIO": RankWord("Senior Investigating Officer", Part.INITIALISM),
    "WPC": RankWord("Woman Police Constable", Part.INITIALISM),
    "DCI": RankWord("Detective Chief Inspector", Part.INITIALISM),
    "DCS": RankWord("Detective Chief Superintendent", Part.INITIALISM),
    "DSI": RankWord("Detective Superintendent", Part.INITIALISM),
    "DSupt": RankWord("Detective Superintendent", Part.INITIALISM),
    "DSU": RankWord("Detective Superintendent", Part.INITIALISM),
    "DSgt": RankWord("Detective Sergeant", Part.INITIALISM),
    "ACC": RankWord("Assistant Chief Constable", Part.INITIALISM),
    "DCC": RankWord("Deputy Chief Constable", Part.INITIALISM),
    "DAC": RankWord("Deputy Assistant Commissioner", Part.INITIALISM),
    "PC": RankWord("Police Constable", Part.INITIALISM),
    "DC": RankWord("Detective Constable", Part.INITIALISM),
    "DS": RankWord("Detective Sergeant", Part.INITIALISM),
    "DI": RankWord("Detective Inspector", Part.INITIALISM),
    "PS": RankWord("Police Sergeant", Part.INITIALISM),
    "SC": RankWord("Special Constable", Part.INITIALISM),
    "Cllr.?": RankWord("Councillor", Part.TITLE),
    "Councillor": RankWord("Councillor", Part.TITLE),
    "Cr": RankWord("Councillor", Part.TITLE),  # Australian councils' abbreviation
    "Councilman": RankWord("Councilman", Part.TITLE),
    "Councilwoman": RankWord("Councilwoman", Part.TITLE),
    "Councilmember": RankWord("Councilmember", Part.TITLE),
    "Alderman": RankWord("Alderman", Part.TITLE),
    "Rep.": RankWord("Representative", Part.TITLE),
    "Representative": RankWord("Representative", Part.TITLE),
    "Assemblyman": RankWord("Assemblyman", Part.TITLE),
    "Assemblywoman": RankWord("Assemblywoman", Part.TITLE),
    "HHJ": RankWord("His Honour Judge", Part.TITLE),
    "Judge": RankWord("Judge", Part.TITLE),
    "Recorder": RankWord("Recorder", Part.TITLE),
    "Coroner": RankWord("Coroner", Part.TITLE),
    "Magistrate": RankWord("Magistrate", Part.TITLE),
    "PCC": RankWord("PCC", Part.TITLE),
    "Premier": RankWord("Premier", Part.TITLE),
    "Prosecutor": RankWord("Prosecutor", Part.TITLE),
    "Taoiseach": RankWord("Taoiseach", Part.TITLE),  # Ireland's prime minister
    "Tánaiste": RankWord("Tánaiste", Part.TITLE),  # and deputy prime minister
    "Senator": RankWord("Senator", Part.TITLE),
    "Sen.": RankWord("Senator", Part.TITLE),
    "Governor": RankWord("Governor", Part.TITLE),
    "Gov.": RankWord("Governor", Part.TITLE),
    "Dr.?": RankWord("Dr", Part.TITLE),
    "Professor": RankWord("Professor", Part.TITLE),
    "Prof.?": RankWord("Professor", Part.TITLE),
    "Pastor": RankWord("Pastor", Part.TITLE),
    "Reverend": RankWord("Reverend", Part.TITLE),
    "Rev.?": RankWord("Reverend", Part.TITLE),
    "Revd.?": RankWord("Reverend", Part.TITLE),
    "Bishop": RankWord("Bishop", Part.TITLE),
    "Rabbi": RankWord("Rabbi", Part.TITLE),
    "Imam": RankWord("Imam", Part.TITLE),
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
_RANK_WORDS = {_bare(printed).lower(): word.full for printed, word in RANKS.items()}

_TENURE = (
    _either(_spellings(Part.TENURE, slashed=False))
    + r"\s+|"
    + _either(_spellings(Part.TENURE, slashed=True))
    + r"\s?"
)
_POLICE_RANK_RE = (
    r"(?:" + _TENURE + r")?"
    r"(?:(?:Deputy\s+|Assistant\s+)?(?:Chief|Commissioner)\s+of\s+Police\b"
    r"|" + _either(_spellings(Part.INITIALISM)) + r"(?![\w/])"
    r"|(?:" + _either(_spellings(Part.DETECTIVE)) + r"\s*)?"
    # "Det A/Insp", "Detective Acting Inspector": the tenure may follow "Detective".
    r"(?:" + _TENURE + r")?"
    r"(?:"
    + _either(_spellings(Part.MODIFIER, slashed=False))
    + r"\s+|"
    + _either(_spellings(Part.MODIFIER, slashed=True))
    + r"\s?)*"
    + _either(_spellings(Part.HEAD))
    + r"(?![\w/])"
    # "Special Agent in Charge", "Officer-in-Charge": who leads a field office or a station.
    + r"(?:[-\s]in[-\s][Cc]harge(?![\w/]))?)"
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
# "Mayor of Westbridge", "Deputy Mayor for Policing and Crime".
_MAYOR = (
    r"Mayor(?:\s+(?:of|for)\s+(?:the\s+)?"
    + _PORTFOLIO
    + r"(?:\s+(?:and\s+)?"
    + _PORTFOLIO
    + r")*?)?"
)
# "Police Minister", "Shadow Home Office Minister": the words a minister's title may start with.
_MINISTER_RANKS = ("Deputy", "Assistant", "Shadow", "Acting")
_MINISTER_PORTFOLIOS = (
    "Police",
    "Policing",
    "Justice",
    "Crime",
    "Home Office",
    "Security",
    "Prisons",
    "Safeguarding",
)
_PHRASE_STARTS.update(_MINISTER_RANKS, (p.split()[0] for p in _MINISTER_PORTFOLIOS), ["Minister"])
# "Minister for Justice and Community Safety": the portfolio is as short as the name after it
# allows (lazy), so the name is not swallowed.
# A comma inside a portfolio only where an "and" ends the list ("for Police, Fire and
# Emergency Services"): in "the Minister for Police, Jo Amos," it ends the title.
_LIST_COMMA = r",\s*(?=[^,.;:]*?\s(?:and|&)\s)"
_MINISTER = (
    r"(?:" + _either(_MINISTER_RANKS) + r"\s+)?"
    r"(?:" + _either(p.replace(" ", r"\s+") for p in _MINISTER_PORTFOLIOS) + r"\s+)?"
    rf"Minister(?:\s+of\s+State)?(?:\s+for\s+(?:the\s+)?{_PORTFOLIO}(?:(?:{_LIST_COMMA}|\s+and\s+|\s+&\s+|\s+)"
    rf"{_PORTFOLIO})*?)?"
)
# "… Commissioner for Avon and Somerset": the area, as short as the name after it allows.
_FOR_AREA = rf"(?:\s+for\s+(?:the\s+)?{_PORTFOLIO}(?:(?:\s+and\s+|\s+){_PORTFOLIO})*?)?"
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
    _after("Police", r"(?:,\s+Fire)?\s+and\s+Crime\s+Commissioner" + _FOR_AREA),
    _after("Attorney Solicitor", r"[-\s]General"),
    _after("District", r"\s+Attorney"),
    # United States attorneys, and the prosecutors of states, counties and cities.
    _after("U US United", r"(?:\.S\.|\s+States)?\s+Attorney"),
    _after("Assistant", r"\s+(?:U\.S\.|US|United\s+States|District)\s+Attorney"),
    _after("State County City", r"(?:['’]s)?\s+Attorney(?:[-\s]General)?"),
    # Prosecutors of the Crown: England and Wales, Ireland, Scotland.
    _after("Crown Chief Senior", r"(?:\s+Crown)?\s+Prosecutor"),
    _after("Director", r"\s+of\s+Public\s+Prosecutions"),
    _after("Procurator", r"\s+Fiscal(?:\s+Depute)?"),
    _after("Lord", r"\s+Advocate"),
    _after("Sheriff", r"\s+Principal"),
    _after("Chief", r"\s+Executive"),
    _after("Prime", r"\s+Minister"),
)
_CIVIC_TITLE_RE = _either([*_spellings(Part.TITLE), *_CIVIC_PHRASES])

_HONORIFIC_RE = _either(h.capitalize() for h in HONORIFICS) + r"\.?"

# Words that may be capitalised next to a name but are not part of it.
_STOP = words_pattern(NOT_NAME_WORDS)
# A name word: capital, then small letters, accents included ("Siobhán", "Kāhui"); the Irish
# "Ó" stands before a surname as a word of its own ("Pádraig Ó Cuinn").
_NAME_SHAPE = (
    rf"(?:Mc|Mac|O['’]|D['’])?{UPPER_CLASS}{LOWER_CLASS}+(?:-{UPPER_CLASS}{LOWER_CLASS}+)?|Ó(?=\s)"
)
_NAME_TOKEN_RE = r"(?!(?i:" + _STOP + r")\b)(?:" + _NAME_SHAPE + r")\b"
_LATER_STOP = words_pattern(NOT_NAME_WORDS - SURNAME_PLACE_WORDS)
_LATER_TOKEN_RE = r"(?!(?i:" + _LATER_STOP + r")\b)(?:" + _NAME_SHAPE + r")\b"
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
    + r"){0,2}"
)

# "Chief Inspector Simon Anslow", "A/DI Tom Reed", "Mr Lyle", "Cllr Jane Smith".
TITLED_NAME = re.compile(
    r"(?<![A-Za-z/])(?P<title>"
    + _POLICE_RANK_RE
    + r"|"
    + _CIVIC_TITLE_RE
    + r"|"
    + _HONORIFIC_RE
    # "the Police and Crime Commissioner, Jo Amos, said": a name set off by a comma.
    + r")(?:\s+|,\s+(?="
    + _FULL_NAME_RE
    + r"[,.;]))(?P<name>"
    + _FULL_NAME_RE
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
_POLICE_RANK = re.compile(_POLICE_RANK_RE)
_CIVIC_TITLE = re.compile(_CIVIC_TITLE_RE)
HONORIFIC = re.compile(_HONORIFIC_RE)

ELECTED_WORDS = re.compile(
    r"\b(?:councillor|cllr|mayor|minister|mp|msp|senator|governor|premier|secretary|taoiseach"
    r"|tánaiste"
    r"|commissioner for|police and crime commissioner|pcc|leader of|member of parliament"
    r"|cabinet member|portfolio holder)\b",
    re.IGNORECASE,
)
COURT_TITLES = {"Judge", "His Honour Judge", "Her Honour Judge", "District Judge", "Recorder"}


# Rank and title words printed with a full stop ("Capt.", "Sgt.", "Mr."): a full stop after one
# does not end the sentence.
DOTTED_WORDS = tuple(
    sorted(
        {_bare(printed) for printed in RANKS if printed.endswith((".", ".?"))}
        | {h.capitalize() for h in HONORIFICS if len(h) <= 3}  # "Mr.", not "Miss"
    )
)


@functools.lru_cache(maxsize=4096)
def normalise_title(printed: str) -> str | None:
    """The full form of a rank or title as printed ("Det Chief Insp" → "Detective Chief
    Inspector", "A/DI" → "Acting Detective Inspector"); None for plain honorifics."""
    text = " ".join(printed.split())
    if HONORIFIC.fullmatch(text):
        return None
    if _CIVIC_TITLE.fullmatch(text) and not _POLICE_RANK.fullmatch(text):
        words = text.split(" ")
        first = words[0].rstrip(".").lower()
        if first in _RANK_WORDS and len(words) == 1:
            return _RANK_WORDS[first]
        return text
    out = []
    printed_words = re.findall(r"[A-Za-z]/|[^\s/]+", text)
    for raw in printed_words:
        key = raw.rstrip(".").lower()
        out.append(_RANK_WORDS.get(key, raw.rstrip(".")))
    # "Det A/Insp" is an acting detective inspector: the slashed tenure reads first in full.
    if len(out) > 2 and out[0] == "Detective" and printed_words[1].endswith("/"):
        out[0], out[1] = out[1], out[0]
    return " ".join(out)


@functools.lru_cache(maxsize=4096)
def is_police_rank(printed: str) -> bool:
    return bool(_POLICE_RANK.fullmatch(" ".join(printed.split())))
