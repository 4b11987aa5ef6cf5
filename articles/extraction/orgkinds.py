"""What kind of organisation a run of capitalised words names, and by which rule.

"Kent Police" is a force by its last word, "Snaresbrook Crown Court" a court by its last two,
"Office of the Director of Public Prosecutions" an office of government by its first words,
"Burnaby RCMP" a town's detachment of a national force. Each rule has a name a journalist reads
in the review queue and a confidence: how often a name it finds is an organisation's.
"""

from __future__ import annotations

from typing import NamedTuple

from articles.extraction.lexicon.newsrooms import BROADCAST_HEADS, CALL_LETTERS, PRESS_OFFICE_WORDS
from articles.extraction.lexicon.organisations import (
    ALIASES,
    BEFORE_FORCE_SUFFIX,
    CAPITALS_ONLY,
    CHARITY_HEADS,
    COMPANY_HEADS,
    COUNCIL_HEADS,
    COURT_BUILDING_ENDINGS,
    COURT_HEADS,
    COURT_TYPES,
    FORCE_ENDINGS,
    FORCE_SUFFIXES,
    GOVERNMENT_FIRST_WORDS,
    GOVERNMENT_FOR_HEADS,
    GOVERNMENT_HEADS,
    HELPLINE_HEADS,
    HOSPITAL_AND_SCHOOL_HEADS,
    MILITARY_FORCE_WORDS,
    PAPER_HEADS,
    PRISON_BUILDING_ENDINGS,
    PRISON_HEADS,
    PRISON_INITIALS,
    UNIT_GROUP_FIRST_WORDS,
    UNIT_GROUP_WORDS,
    UNIT_HEADS,
)
from articles.extraction.vocabulary import OrganisationKind as Kind


class Rule(NamedTuple):
    name: str
    confidence: float


# Every rule that names an organisation, with how sure it is.
GAZETTEER = Rule("org-gazetteer", 1.0)  # a national body or nickname on the list
FORCE_NAME = Rule("org-force-name", 0.9)  # "Kent Police", "Toronto Police Service"
UNIT_HEAD = Rule("org-unit-head", 0.85)  # "Serious Violence Unit", "Drug Section"
LOWER_UNIT = Rule("org-described-unit", 0.7)  # "the Brighton drugs team"
DETACHMENT = Rule("org-force-detachment", 0.8)  # "Burnaby RCMP"
COUNCIL_HEAD = Rule("org-council-head", 0.95)  # "Kirklees Council", "London Borough of …"
COURT_HEAD = Rule("org-court-head", 0.95)  # "Snaresbrook Crown Court", "Court of Appeal"
CHARITY_HEAD = Rule("org-charity-head", 0.75)  # "… Trust", "… Foundation"
GOVERNMENT_HEAD = Rule("org-government-head", 0.85)  # "California Department of Justice"
OFFICE_OF = Rule("org-office-of", 0.85)  # "Office of the Director of Public Prosecutions"
PAPER_HEAD = Rule("org-paper-head", 0.75)  # "Brackton Echo", "Evening Standard"
COMPANY_HEAD = Rule("org-company-suffix", 0.85)  # "Brackton Haulage Ltd"
INSTITUTION_HEAD = Rule("org-institution-head", 0.7)  # "Brackton General Hospital"
ACRONYM_DEFINED = Rule("org-acronym-defined", 0.6)  # "… Trafficking Areas (HIDTA)"
AFTER_KIND_WORD = Rule("org-after-kind-word", 0.7)  # "the charity Shelter Cymru"
HELPLINE_HEAD = Rule("org-helpline-head", 0.7)  # "Modern Slavery Helpline"

# The kind and rule a name of two words or more has by its last word alone.
_BY_HEAD = {
    **dict.fromkeys(FORCE_ENDINGS, (Kind.POLICE_FORCE, FORCE_NAME)),
    **dict.fromkeys(UNIT_HEADS, (Kind.POLICE_UNIT, UNIT_HEAD)),
    **dict.fromkeys(COUNCIL_HEADS, (Kind.COUNCIL, COUNCIL_HEAD)),
    **dict.fromkeys(COURT_HEADS, (Kind.COURT, COURT_HEAD)),
    **dict.fromkeys(CHARITY_HEADS, (Kind.CHARITY, CHARITY_HEAD)),
    **dict.fromkeys(PAPER_HEADS, (Kind.OTHER, PAPER_HEAD)),
    **dict.fromkeys(HELPLINE_HEADS, (Kind.OTHER, HELPLINE_HEAD)),
    **dict.fromkeys(COMPANY_HEADS, (Kind.OTHER, COMPANY_HEAD)),
    **dict.fromkeys(HOSPITAL_AND_SCHOOL_HEADS, (Kind.OTHER, INSTITUTION_HEAD)),
    **dict.fromkeys(PRISON_HEADS, (Kind.GOVERNMENT, GOVERNMENT_HEAD)),
}
# The kind a building's name gives by its last two words: a court's or a jail's.
_BY_BUILDING = {
    **dict.fromkeys(COURT_BUILDING_ENDINGS, (Kind.COURT, COURT_HEAD)),
    **dict.fromkeys(PRISON_BUILDING_ENDINGS, (Kind.GOVERNMENT, GOVERNMENT_HEAD)),
}
# Words that end a name and may be followed by "of" and a place: "Supreme Court of Victoria",
# "Public Prosecution Service of Canada", "University of Elmford".
_HEADS_BEFORE_OF = {
    **_BY_HEAD,
    **dict.fromkeys(GOVERNMENT_HEADS, (Kind.GOVERNMENT, GOVERNMENT_HEAD)),
}


# Words after which a run of capitals is cut, a name being complete ("Kent Police Serious
# Crime Unit" | "Drugs Squad"); every head word; and the words that make a run worth reading.
SPLIT_AFTER = (
    UNIT_HEADS
    | COUNCIL_HEADS
    | COURT_HEADS
    | PAPER_HEADS
    | COMPANY_HEADS
    | HOSPITAL_AND_SCHOOL_HEADS
    | PRISON_HEADS
)
HEADS = SPLIT_AFTER | CHARITY_HEADS | GOVERNMENT_HEADS | HELPLINE_HEADS | {"Group", "District"}
HEAD_WORDS = (
    HEADS
    | set(FORCE_ENDINGS)
    | set(FORCE_SUFFIXES)
    | {"Ministry", "Department"}
    | {last for _, last in COURT_BUILDING_ENDINGS}
    | {last for _, last in PRISON_BUILDING_ENDINGS}
    | PRISON_INITIALS
    | BROADCAST_HEADS
)


_JOINING_WORDS = frozenset({"and", "&", "of", "for", "the"})


def classify(words: list[str]) -> str | None:
    """The kind of organisation a run of capitalised words names, or None."""
    found = classify_by_rule(words)
    return found[0] if found else None


def classify_by_rule(words: list[str]) -> tuple[str, Rule] | None:
    """The kind of organisation a run of capitalised words names and the rule that says so."""
    if len(words) < 2:
        return None
    # "Omaha and Council Bluffs": a head right after a joining word heads no name.
    found = None if words[-2] in _JOINING_WORDS else _BY_HEAD.get(words[-1])
    if found is not None:
        kind = found[0]
        # "Hamlet Court" is a building or a street; "Elmford Courthouse" a court's building.
        if kind == Kind.COURT and words[-1] == "Court" and not _court_type(words[-2]):
            found = None
        # "Derbyshire’s Police and Crime Commissioner": a county's police, not a force's name;
        # "Media Unit": a force's press office, not a unit.
        elif (kind == Kind.POLICE_FORCE and words[-2].endswith(("’s", "'s"))) or (
            kind == Kind.POLICE_UNIT and all(w in PRESS_OFFICE_WORDS for w in words[:-1])
        ):
            return None
    if found is not None:
        return found
    if words[-1] == "Group" and (
        words[-2] in UNIT_GROUP_WORDS or (len(words) >= 3 and words[0] in UNIT_GROUP_FIRST_WORDS)
    ):
        return Kind.POLICE_UNIT, UNIT_HEAD
    if words[-1] == "District" and words[-2] == "School":  # a US school district
        return Kind.OTHER, INSTITUTION_HEAD
    building = _BY_BUILDING.get((words[-2], words[-1]))
    if building:
        return building
    if words[0] in PRISON_INITIALS:
        return Kind.GOVERNMENT, GOVERNMENT_HEAD
    for rule_of in _RULES_BY_PHRASE:
        found = rule_of(words)
        if found:
            return found
    return None


def is_alias(word: str) -> bool:
    """Whether one word, as printed, is a known nickname ("HMRC", "Europol"; "ICE" in capitals
    only, for "ice" is a drug)."""
    low = word.lower()
    if low not in ALIASES or not word[:1].isupper():
        return False
    return low not in CAPITALS_ONLY or word.isupper()


def court_named_by_type(words: list[str]) -> bool:
    """Whether a court's name is its type alone, with no place: "High Court", "Crown Court"."""
    return words[-1] == "Court" and all(_court_type(word) for word in words[:-1])


def _court_type(word: str) -> bool:
    """Whether the word before "Court" makes a court ("Crown", "Magistrates’", "Coroner's"):
    "Hamlet Court" is a building, "Hamlet Court Road" a street."""
    word = word.lower().replace("’", "'").removesuffix("'s").removesuffix("'")
    return word in COURT_TYPES


def _force_by_phrase(words: list[str]):
    """Names of several words that end a force or a unit: "Border Smuggling Task Force" (a
    unit), "Sheriff’s Office", "Tasmania Police Service"."""
    last = words[-1]
    if len(words) >= 3 and last == "Force" and words[-2] == "Task":
        return Kind.POLICE_UNIT, UNIT_HEAD
    if last in ("Force", "Forces") and words[-2] in MILITARY_FORCE_WORDS:
        return Kind.GOVERNMENT, GOVERNMENT_HEAD
    if last in ("Office", "Department") and words[-2].startswith("Sheriff"):
        return Kind.POLICE_FORCE, FORCE_NAME
    if len(words) >= 3 and last in FORCE_SUFFIXES and words[-2] in BEFORE_FORCE_SUFFIX:
        return Kind.POLICE_FORCE, FORCE_NAME
    return None


def _government(words: list[str]):
    """Government: "Home Office" yes, "Post Office" no. A government head needs more than one
    word before it or a known first word; "Ministry of …" and "Department for …" name one too."""
    n = len(words)
    # "Health Service Executive", but not a "Deputy Chief Executive".
    if words[-1] == "Executive" and words[-2] == "Chief":
        return None
    if words[-1] in GOVERNMENT_HEADS and (n >= 3 or words[0] in GOVERNMENT_FIRST_WORDS):
        return Kind.GOVERNMENT, GOVERNMENT_HEAD
    # "Department for Education", and with the state or country that owns it: "Nevada
    # Department of Justice", "New South Wales Ministry of Health".
    for i, word in enumerate(words[: min(n - 2, 4)]):
        if word in ("Ministry", "Department") and words[i + 1] in ("for", "of"):
            return Kind.GOVERNMENT, GOVERNMENT_HEAD
        # "Office for National Statistics": a body named by what it is for.
        if word in GOVERNMENT_FOR_HEADS and words[i + 1] == "for":
            return Kind.GOVERNMENT, GOVERNMENT_HEAD
    return None


def _head_of_place(words: list[str]):
    """A name whose head comes before "of": "Court of Appeal", "Supreme Court of Victoria",
    "Public Prosecution Service of Canada", "University of Elmford". A head other than a
    court's or a university's needs a word before it ("Service of Remembrance" is none)."""
    for i, word in enumerate(words[: len(words) - 2]):
        if words[i + 1] != "of" or word not in _HEADS_BEFORE_OF:
            continue
        if i or word in COURT_HEADS or word == "University":
            return _HEADS_BEFORE_OF[word]
    return None


def _office_or_borough_of(words: list[str]):
    """An office of government, "Office of the Director of Public Prosecutions", and a
    council, "London Borough of Brackton" or "Royal Borough of …"."""
    if len(words) >= 3 and words[0] == "Office" and words[1] == "of":
        return Kind.GOVERNMENT, OFFICE_OF
    if len(words) >= 4 and words[1] == "Borough" and words[2] == "of":
        return Kind.COUNCIL, COUNCIL_HEAD
    return None


def _force_detachment(words: list[str]):
    """A town's detachment of a national force, printed in the force's capitals: "Burnaby
    RCMP"."""
    last = words[-1]
    alias = ALIASES.get(last.lower())
    if alias and alias.kind == Kind.POLICE_FORCE and last.isupper() and len(last) > 2:
        return Kind.POLICE_UNIT, DETACHMENT
    return None


def _station(words: list[str]):
    """A broadcaster's newsroom by its call letters: "KXLW News", "CFRT Radio"."""
    if len(words) == 2 and words[1] in BROADCAST_HEADS and CALL_LETTERS.fullmatch(words[0]):
        return Kind.OTHER, PAPER_HEAD
    return None


_RULES_BY_PHRASE = (
    _force_by_phrase,
    _government,
    _head_of_place,
    _office_or_borough_of,
    _force_detachment,
    _station,
)
