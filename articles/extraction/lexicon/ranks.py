"""Police ranks and civic titles as newsrooms print them, and their full forms.

UK ranks and their abbreviations (PC, Det Chief Insp, Ch Supt, A/DI), US and Australian ranks,
and the titles of councillors, mayors, judges and ministers.
"""

import functools
import re

from articles.extraction.lexicon.words import NOT_NAME_WORDS, words_pattern, wordset

# Full forms of abbreviated rank words; keys are lower-cased without a trailing full stop.
RANK_WORDS = {
    "a/": "Acting",
    "act": "Acting",
    "acting": "Acting",
    "t/": "Temporary",
    "temp": "Temporary",
    "temporary": "Temporary",
    "d/": "Detective",
    "det": "Detective",
    "detective": "Detective",
    "ch": "Chief",
    "chf": "Chief",
    "chief": "Chief",
    "snr": "Senior",
    "sr": "Senior",
    "senior": "Senior",
    "leading": "Leading",
    "asst": "Assistant",
    "assistant": "Assistant",
    "dep": "Deputy",
    "deputy": "Deputy",
    "police": "Police",
    "special": "Special",
    "woman": "Woman",
    "probationary": "Probationary",
    "staff": "Staff",
    "principal": "Principal",
    "insp": "Inspector",
    "inspector": "Inspector",
    "supt": "Superintendent",
    "superintendent": "Superintendent",
    "sgt": "Sergeant",
    "sergeant": "Sergeant",
    "const": "Constable",
    "con": "Constable",
    "constable": "Constable",
    "commissioner": "Commissioner",
    "commander": "Commander",
    "cmdr": "Commander",
    "officer": "Officer",
    "captain": "Captain",
    "capt": "Captain",
    "lieutenant": "Lieutenant",
    "lt": "Lieutenant",
    "sheriff": "Sheriff",
    "agent": "Agent",
    "trooper": "Trooper",
    "corporal": "Corporal",
    "cpl": "Corporal",
    "pc": "Police Constable",
    "wpc": "Woman Police Constable",
    "ps": "Police Sergeant",
    "pcso": "Police Community Support Officer",
    "sc": "Special Constable",
    "dc": "Detective Constable",
    "ds": "Detective Sergeant",
    "dsgt": "Detective Sergeant",
    "di": "Detective Inspector",
    "dci": "Detective Chief Inspector",
    "dsi": "Detective Superintendent",
    "dsupt": "Detective Superintendent",
    "dsu": "Detective Superintendent",
    "dcs": "Detective Chief Superintendent",
    "acc": "Assistant Chief Constable",
    "dcc": "Deputy Chief Constable",
    "dac": "Deputy Assistant Commissioner",
    "cllr": "Councillor",
    "councillor": "Councillor",
    "hhj": "His Honour Judge",
    "sen": "Senator",
    "gov": "Governor",
    "rep": "Representative",
    "dr": "Dr",
    "prof": "Professor",
    "rev": "Reverend",
    "revd": "Reverend",
}

_INITIALISMS = r"PCSO|WPC|DCI|DCS|DSI|DSupt|DSU|DSgt|ACC|DCC|DAC|PC|DC|DS|DI|PS|SC"
_MODIFIER = (
    r"(?:Chief|Ch\.?|Senior|Snr\.?|Leading|Assistant|Asst\.?|Deputy|Dep\.?|Police|Special"
    r"|Woman|Probationary|Staff|Principal)"
)
_HEAD = (
    r"(?:Inspector|Insp\.?|Superintendent|Supt\.?|Sergeant|Sgt\.?|Constable|Const\.?|Con\.?"
    r"|Commissioner|Commander|Cmdr\.?|Officer|Captain|Capt\.?|Lieutenant|Lt\.?|Sheriff"
    r"|Agent|Trooper|Corporal|Cpl\.?|Chief|Detective)"
)
POLICE_RANK_RE = (
    r"(?:(?:Temporary|Temp\.?|Acting)\s+|[AT]/\s?)?"
    r"(?:(?:Deputy\s+|Assistant\s+)?Chief\s+of\s+Police\b"
    r"|(?:" + _INITIALISMS + r")(?![\w/])"
    r"|(?:(?:Detective|Det\.?|D/)\s*)?(?:" + _MODIFIER + r"\s+)*" + _HEAD + r"(?![\w/]))"
)

_PORTFOLIO = r"[A-Z][\w’'-]*"
# "Minister for Justice and Community Safety": the portfolio is as short as the name after it
# allows (lazy), so the name is not swallowed.
_MINISTER = (
    r"(?:(?:Deputy|Assistant|Shadow|Acting)\s+)?"
    r"(?:(?:Police|Policing|Justice|Crime|Home\s+Office|Security|Prisons|Safeguarding)\s+)?"
    rf"Minister(?:\s+for\s+(?:the\s+)?{_PORTFOLIO}(?:(?:,\s*|\s+and\s+|\s+&\s+|\s+)"
    rf"{_PORTFOLIO})*?)?"
)
CIVIC_TITLE_RE = (
    r"(?:Cllr\.?|Councillor|(?:Lord\s+|Deputy\s+)?Mayor(?:\s+of\s+(?:the\s+)?"
    + _PORTFOLIO
    + r"(?:\s+"
    + _PORTFOLIO
    + r")*?)?|(?:His|Her)\s+Honour\s+Judge|HHJ"
    r"|District\s+Judge|Judge|Recorder|(?:Mr|Mrs|Ms)\.?\s+Justice|Lord\s+Justice"
    r"|Lady\s+Justice|Senior\s+Coroner|Coroner|Magistrate|"
    + _MINISTER
    + r"|(?:Shadow\s+)?(?:Home|Justice)\s+Secretary|Police\s+and\s+Crime\s+Commissioner|PCC"
    r"|Premier|Senator|Sen\.|Governor|Gov\.|Attorney[-\s]General|District\s+Attorney"
    r"|Prime\s+Minister|Dr\.?|Professor|Prof\.?|Pastor|Reverend|Rev\.?|Revd\.?|Bishop|Rabbi"
    r"|Imam)"
)

HONORIFIC_RE = r"(?:Mr|Mrs|Ms|Miss|Mx)\.?"

# Words that may be capitalised next to a name but are not part of it.
_STOP = words_pattern(NOT_NAME_WORDS)
NAME_TOKEN_RE = r"(?!(?i:" + _STOP + r")\b)(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b"
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
NAME_TOKEN = re.compile(r"(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
# Words a rank or title can start with: TITLED_NAME is tried only where one of these is.
TITLE_TRIGGERS = wordset(
    """
    Temporary Temp Acting A T D Detective Det Chief Ch Senior Snr Leading Assistant Asst Deputy
    Dep Police Special Woman Probationary Staff Principal Inspector Insp Superintendent Supt
    Sergeant Sgt Constable Const Con Commissioner Commander Cmdr Officer Captain Capt Lieutenant
    Lt Sheriff Agent Trooper Corporal Cpl PCSO WPC DCI DCS DSI DSupt DSU DSgt ACC DCC DAC PC DC
    DS DI PS SC Cllr Councillor Lord Mayor His Her HHJ District Judge Recorder Mr Mrs Ms Miss Mx
    Lady Coroner Magistrate Shadow Policing Justice Crime Home Security Prisons Safeguarding
    Minister Premier Senator Sen Governor Gov Attorney Prime Dr Professor Prof PCC Pastor
    Reverend Rev Revd Bishop Rabbi Imam
    """
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
