"""Police ranks and civic titles as newsrooms print them, and their full forms.

UK ranks and their abbreviations (PC, Det Chief Insp, Ch Supt, A/DI), US and Australian ranks,
and the one-word titles of councillors, judges and clergy. `RANKS` is the one table of rank
and title words: the pattern of a police rank is built from it here; the titles of several
words live in `civictitles`, and the pattern that finds a titled name, the words that trigger
it and the full forms in `titlednames`, all built from this table.

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
- National Crime Agency: Branch Commander, Senior Investigating Officer.
- South African Police Service: Constable, Sergeant, Warrant Officer, Lieutenant, Captain,
  Major, Lieutenant Colonel, Colonel, Brigadier, Major General, Lieutenant General, General.
- Indian state and city police: Constable, Head Constable, Assistant Sub-Inspector,
  Sub-Inspector, (Senior/Assistant) Police Inspector, Deputy Superintendent, Superintendent of
  Police, Assistant/Deputy/Joint Commissioner of Police, and their initialisms (ASI, SI, PSI,
  DSP, SP, SSP, ACP, DCP); Indian papers print the words after the first in lower case
  ("Senior inspector", "Deputy commissioner of police").
"""

import functools
import re
from enum import Flag, auto
from typing import NamedTuple

from articles.extraction.lexicon.people import HONORIFICS


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
    "Branch": RankWord("Branch", Part.MODIFIER),  # the National Crime Agency's grade
    "Warrant": RankWord("Warrant", Part.MODIFIER),  # "Warrant Officer"
    "Head": RankWord("Head", Part.MODIFIER),  # "Head Constable" in Indian forces
    "Joint": RankWord("Joint", Part.MODIFIER),  # "Joint Commissioner of Police"
    "Major": RankWord("Major", Part.MODIFIER | Part.HEAD),  # "Major General"
    "Maj.?": RankWord("Major", Part.MODIFIER | Part.HEAD),
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
    "Comm": RankWord("Commissioner", Part.HEAD),  # the Royal Malaysia Police's "Comm"
    "Cmdr.?": RankWord("Commander", Part.HEAD),
    "Officer": RankWord("Officer", Part.HEAD),
    "Captain": RankWord("Captain", Part.HEAD),
    "Capt.?": RankWord("Captain", Part.HEAD),
    "Lieutenant": RankWord("Lieutenant", Part.MODIFIER | Part.HEAD),  # "Lieutenant Colonel"
    "Lt.?": RankWord("Lieutenant", Part.MODIFIER | Part.HEAD),  # "Lt Col", "Lt Gen"
    "Lieut.?": RankWord("Lieutenant", Part.HEAD),
    "Sheriff": RankWord("Sheriff", Part.HEAD),
    "Agent": RankWord("Agent", Part.HEAD),
    "Trooper": RankWord("Trooper", Part.HEAD),
    "Garda": RankWord("Garda", Part.MODIFIER | Part.HEAD),  # the Irish constable's rank
    "Investigator": RankWord("Investigator", Part.HEAD),
    "Marshal": RankWord("Marshal", Part.HEAD),
    "Undersheriff": RankWord("Undersheriff", Part.HEAD),
    "Corporal": RankWord("Corporal", Part.HEAD),
    "Colonel": RankWord("Colonel", Part.HEAD),
    "Col.?": RankWord("Colonel", Part.HEAD),
    "Brigadier": RankWord("Brigadier", Part.MODIFIER | Part.HEAD),  # "Brigadier General"
    "Brig.?": RankWord("Brigadier", Part.MODIFIER | Part.HEAD),
    "General": RankWord("General", Part.HEAD),
    "Gen.?": RankWord("General", Part.HEAD),
    "Sub-Inspector": RankWord("Sub-Inspector", Part.HEAD),
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
    "ASI": RankWord("Assistant Sub-Inspector", Part.INITIALISM),
    "PSI": RankWord("Police Sub-Inspector", Part.INITIALISM),
    "DSP": RankWord("Deputy Superintendent of Police", Part.INITIALISM),
    "SSP": RankWord("Senior Superintendent of Police", Part.INITIALISM),
    "SP": RankWord("Superintendent of Police", Part.INITIALISM),
    "ACP": RankWord("Assistant Commissioner of Police", Part.INITIALISM),
    "DCP": RankWord("Deputy Commissioner of Police", Part.INITIALISM),
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
    # The head of an agency's or an international body's directorate: "Director Jo Hale".
    "Director": RankWord("Director", Part.TITLE),
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


def bare(printed: str) -> str:
    """A table spelling without its full-stop marks: "Insp.?" → "Insp"."""
    return printed.removesuffix("?").removesuffix(".")


def _spelling_re(printed: str) -> str:
    if printed.endswith(".?"):
        return re.escape(bare(printed)) + r"\.?"
    return re.escape(printed)


def spellings(part: Part, *, slashed: bool | None = None) -> list[str]:
    """The patterns of the table's words that may stand as `part`, in table order."""
    return [
        _spelling_re(printed)
        for printed, word in RANKS.items()
        if part in word.part and (slashed is None or printed.endswith("/") == slashed)
    ]


def either(patterns) -> str:
    return "(?:" + "|".join(patterns) + ")"


# Full forms of rank words; keys are lower-cased without a trailing full stop.
RANK_WORDS = {bare(printed).lower(): word.full for printed, word in RANKS.items()}

_TENURE = (
    either(spellings(Part.TENURE, slashed=False))
    + r"\s+|"
    + either(spellings(Part.TENURE, slashed=True))
    + r"\s?"
)
# Heads never printed in lower case as a rank: "Police officer Jo Hale" is a description.
_NO_LOWER_CASE = {"Officer"}


def _any_case(patterns: list[str]) -> list[str]:
    """Whole words also in lower case ("inspector" of "Senior inspector"), as Indian papers
    print every word of a rank after the first."""
    out = []
    for pattern in patterns:
        out.append(pattern)
        if pattern[:1].isupper() and pattern.isalpha() and pattern not in _NO_LOWER_CASE:
            out.append(pattern[0].lower() + pattern[1:])
    return out


_MODIFIER = (
    either(spellings(Part.MODIFIER, slashed=False))
    + r"\s+|"
    + either(spellings(Part.MODIFIER, slashed=True))
    + r"\s?"
)
_LATER_MODIFIER = either(_any_case(spellings(Part.MODIFIER, slashed=False))) + r"\s+"
_HEAD = either(spellings(Part.HEAD))
# The services a rank is "of" in South Asian and South-East Asian forces and agencies:
# "Superintendent of Police", "Deputy Superintendent of Narcotics", "Inspector of Customs".
_RANK_SERVICES = ("Police", "police", "Narcotics", "Customs", "Excise", "Prisons", "Immigration")
# "Deputy Commissioner of Police", "Superintendent of Police", "Senior inspector"; a unit in
# brackets may follow: "Deputy commissioner of police (Crime)".
_OF_POLICE = (
    r"(?:(?:Deputy|Assistant|Additional|Joint|Senior|Chief)\s+)?"
    r"(?:Chief|[Cc]ommissioner|[Ss]uperintendent|Inspector\s+[Gg]eneral|Director\s+[Gg]eneral"
    r"|Inspector)"
    rf"\s+of\s+{either(_RANK_SERVICES)}\b(?:\s+\([A-Z][\w&’' -]{{1,40}}\))?"
)
# Ranks printed with the service's word, which is part of the rank: the constables of a
# provincial police ("Provincial Constable"), the troopers of a state police ("State Trooper").
SERVICE_RANKS = ("Provincial Constable", "State Trooper")
POLICE_RANK_RE = (
    r"(?:" + _TENURE + r")?"
    r"(?:" + either(rank.replace(" ", r"\s+") for rank in SERVICE_RANKS) + r"(?![\w/])"
    r"|" + _OF_POLICE + r""
    r"|" + either(spellings(Part.INITIALISM)) + r"(?![\w/])"
    r"|(?:" + either(spellings(Part.DETECTIVE)) + r"\s*)?"
    # "Det A/Insp", "Detective Acting Inspector": the tenure may follow "Detective".
    r"(?:" + _TENURE + r")?"
    r"(?:(?:"
    + _MODIFIER
    + r")(?:"
    + _LATER_MODIFIER
    + r"|"
    + _MODIFIER
    + r")*"
    + either(_any_case(spellings(Part.HEAD)))
    + r"|"
    + _HEAD
    + r")(?![\w/])"
    # "Special Agent in Charge", "Officer-in-Charge": who leads a field office or a station.
    + r"(?:[-\s]in[-\s][Cc]harge(?![\w/]))?)"
)

POLICE_RANK = re.compile(POLICE_RANK_RE)

# The head of a North American city's police printed after the city: "Elmford Police Chief
# Jo Hale" is the city's police chief, one title, not a force's name before the rank "Chief"
# (as "Essex Police Chief Constable" is).
POLICE_CHIEF_TITLES = frozenset({"Chief"})


# Rank and title words printed with a full stop ("Capt.", "Sgt.", "Mr."): a full stop after one
# does not end the sentence.
DOTTED_WORDS = tuple(
    sorted(
        {bare(printed) for printed in RANKS if printed.endswith((".", ".?"))}
        | {h.capitalize() for h in HONORIFICS if len(h) <= 3}  # "Mr.", not "Miss"
    )
)


@functools.lru_cache(maxsize=4096)
def is_police_rank(printed: str) -> bool:
    return bool(POLICE_RANK.fullmatch(" ".join(printed.split())))
