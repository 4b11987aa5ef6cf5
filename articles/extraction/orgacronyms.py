"""An organisation named in full with its initials in brackets, then by the initials alone:
"the Criminal Assets Bureau (CAB) … CAB officers". Both are one organisation.

A name the rules do not know is taken for an organisation's when the text gives it its
initials ("… High Intensity Drug Trafficking Areas (HIDTA)"), unless it ends with a word that
names a thing, not a body ("Automatic Number Plate Recognition (ANPR)").
"""

from __future__ import annotations

import re

from articles.extraction.document import Doc
from articles.extraction.lexicon.orgnoise import NOT_ORGANISATION_ENDINGS

# "(CAB)", "( GNDOCB )", "(DoJ)", "(U.S.)": a capital, then letters, dots or "&".
_BRACKETED = re.compile(r"\s*\(\s*([A-Z][A-Za-z&.]{1,11})\s*\)")


def defines_acronym(text: str, words: list[str], end: int, limit: int) -> str | None:
    """The initials in brackets right after a name that ends at `end`, if they are its own."""
    m = _BRACKETED.match(text, end, limit)
    if m is None or words[-1] in NOT_ORGANISATION_ENDINGS:
        return None
    return m.group(1) if _initials_of(words, m.group(1)) else None


def _initials_of(words: list[str], acronym: str) -> bool:
    """Whether `acronym` is the name's initials, or those of its last words ("Tulare and Kern
    County High Intensity Drug Trafficking Areas": "HIDTA"), with or without its joining words
    ("Department of Justice": "DOJ" or "DJ")."""
    letters = "".join(c for c in acronym if c.isalpha())
    if sum(c.isupper() for c in letters) < 2:
        return False
    wanted = letters.upper()
    capitals = "".join(w[0] for w in words if w[:1].isupper())
    every = "".join(w[0] for w in words if w[:1].isalpha()).upper()
    return any(
        initials == wanted or (len(wanted) >= 3 and initials.endswith(wanted))
        for initials in (capitals, every)
    )


def file_acronym_mentions(doc: Doc, orgs, claimed) -> None:
    """Each organisation's initials given in brackets after a mention, and every later place
    they are printed, filed as mentions of that organisation.

    `orgs` is the organisations found so far, keyed as `organisations` keys them.
    """
    text = doc.text
    acronyms = {}
    for org in orgs.values():
        for m in org.mentions:
            acronym = defines_acronym(text, m.text.split(), m.end, len(text))
            if acronym and acronym not in acronyms:
                acronyms[acronym] = org
    for acronym, org in acronyms.items():
        size = len(acronym)
        for pos in doc.word_positions(acronym):
            zi = doc.zone_index(pos)
            if zi < 0 or pos + size > doc.zones[zi].end:
                continue
            if claimed.overlaps(pos, pos + size) or orgs.covers(pos):
                continue
            orgs.add(org.name, org.kind, pos, pos + size, rule=org.rule)
