"""Civic titles of several words, as newsrooms print them: mayors, ministers, judges,
prosecutors and commissioners ("Mayor of Westbridge", "Minister for Police", "District
Judge"); the one-word titles are in `ranks.RANKS`.

The pattern of a civic title is built from both; the first word of each title of several
words is remembered (`PHRASE_STARTS`), so that the search for a titled name is tried where
one of them is printed.
"""

import re

from articles.extraction.lexicon.ranks import Part, either, spellings

# Titles of more than one word, each after one of a few first words. The first words are
# collected as they are declared: they trigger the search for a titled name.
PHRASE_STARTS: set[str] = set()


def _after(first_words: str, rest: str, *, hyphened: str | None = None) -> str:
    """`rest` after any one of `first_words`; the words are remembered as title triggers,
    and so is each joined by a hyphen to `hyphened` ("Attorney-General"), one word as the
    document index reads it."""
    words = first_words.split()
    PHRASE_STARTS.update(words)
    if hyphened:
        PHRASE_STARTS.update(f"{word}-{hyphened}" for word in words)
    return either(words) + rest


_PORTFOLIO = r"[A-Z][\w’'-]*"
# What an agency's manager manages, as printed before "Manager": "Operations Manager".
_STAFF_FUNCTIONS = (
    "Operations",
    "Investigations",
    "Investigation",
    "Intelligence",
    "Enforcement",
    "Programme",
    "Communications",
    "Safeguarding",
    "Area",
    "Regional",
)
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
    # Other countries' ministers of police print the ministry's word: "Interior Minister".
    "Interior",
)
PHRASE_STARTS.update(_MINISTER_RANKS, (p.split()[0] for p in _MINISTER_PORTFOLIOS), ["Minister"])
# "Minister for Justice and Community Safety": the portfolio is as short as the name after it
# allows (lazy), so the name is not swallowed.
# A comma inside a portfolio only where an "and" ends the list ("for Police, Fire and
# Emergency Services"): in "the Minister for Police, Jo Amos," it ends the title.
_LIST_COMMA = r",\s*(?=[^,.;:]*?\s(?:and|&)\s)"
_MINISTER = (
    r"(?:" + either(_MINISTER_RANKS) + r"\s+)?"
    r"(?:" + either(p.replace(" ", r"\s+") for p in _MINISTER_PORTFOLIOS) + r"\s+)?"
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
    _after("Attorney Solicitor", r"[-\s]General", hyphened="General"),
    _after("District", r"\s+Attorney"),
    # United States attorneys, and the prosecutors of states, counties and cities.
    _after(
        "U US United",
        r"(?:\.S\.|\s+States)?\s+(?:Attorney|(?:District|Magistrate|Circuit)\s+Judge|Marshal)",
    ),
    _after("Assistant Deputy", r"\s+(?:U\.S\.|US|United\s+States|District)\s+Attorney"),
    # A United States attorney named to the post until one is confirmed.
    _after("Acting", r"\s+(?:U\.S\.|US|United\s+States)\s+Attorney"),
    _after("State County City", r"(?:['’]s)?\s+Attorney(?:[-\s]General)?"),
    # A Missouri or Washington county's prosecutor: "Hale County Prosecuting Attorney Jo Hale".
    _after("Prosecuting", r"\s+Attorney"),
    # Prosecutors of the Crown: England and Wales, Ireland, Scotland; Canada's "Crown
    # prosecutor", in lower case.
    _after("Crown Chief Senior Specialist", r"(?:\s+Crown)?\s+[Pp]rosecutor"),
    _after("Director", r"\s+of\s+Public\s+Prosecutions"),
    _after("Procurator", r"\s+[Ff]iscal(?:\s+[Dd]epute)?"),
    # Scotland's prosecutors in the High Court, often printed "Advocate depute".
    _after("Advocate", r"\s+[Dd]epute"),
    _after("Lord", r"\s+Advocate"),
    # A Scottish judge, named by title and a judicial name only ("Lord Ardlow"); a peer.
    _after("Lord Lady", ""),
    _after("Sheriff", r"\s+Principal"),
    _after("Chief", r"\s+Executive"),
    _after("Prime", r"\s+Minister"),
    # The civilian officials of agencies and services: "Deputy Director", "Director General",
    # "Operations Manager". The agency's name before the title is not part of it ("Border
    # Force Deputy Director Jo Hale").
    _after("Deputy Assistant Executive Regional", r"\s+Director(?:[-\s]General)?"),
    _after("Director", r"[-\s]General", hyphened="General"),
    _after(" ".join(_STAFF_FUNCTIONS), r"\s+Manager"),
    # "Head of Intelligence Jo Hale": the department, as short as the name after it allows.
    _after("Head", r"\s+of\s+" + _PORTFOLIO + r"(?:(?:\s+and\s+|\s+)" + _PORTFOLIO + r")*?"),
)
# Titles newsrooms print in lower case after the first word, as the court spells them.
TITLE_SPELLINGS = {
    title.lower(): title
    for title in ("Advocate Depute", "Procurator Fiscal", "Procurator Fiscal Depute")
}
CIVIC_TITLE_RE = either([*spellings(Part.TITLE), *_CIVIC_PHRASES])


ELECTED_WORDS = re.compile(
    r"\b(?:councillor|cllr|mayor|minister|mp|msp|senator|governor|premier|secretary|taoiseach"
    r"|tánaiste"
    r"|commissioner for|police and crime commissioner|pcc|leader of|member of parliament"
    r"|cabinet member|portfolio holder)\b",
    re.IGNORECASE,
)
COURT_TITLES = {"Judge", "His Honour Judge", "Her Honour Judge", "District Judge", "Recorder"}
# Titles a judge may be named by alone ("Lord Brackley"): "the judge" may point back at them.
JUDGES_BY_TITLE = frozenset({"Lord", "Lady"})
