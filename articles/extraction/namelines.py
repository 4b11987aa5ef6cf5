"""Where a name's line shows what the name is: a transcript's speaker label and the seat in
its brackets, a credit for the article's words or pictures, a signature's name above its
role."""

from __future__ import annotations

import re

from articles.extraction.headers import Span
from articles.extraction.lexicon.people import APPOSITIVE_ROLES
from articles.extraction.lexicon.titlednames import BARRISTER_LETTERS
from articles.extraction.lexicon.words import words_pattern

# A transcript's speaker at a line's start, perhaps numbered, with their seat and party in
# brackets: "3. Jo Hale (Elmford North) (Lab): …", "Jo Hale: …".
_NUMBERING = re.compile(r"(?:\d{1,3}\.\s+)?")
_SPEAKER_LABEL_AFTER = re.compile(r"(?:\s+\([^()\n]{1,60}\)){0,2}:\s")


def speaker_label(text: str, s: int, e: int, zone: Span) -> bool:
    if _SPEAKER_LABEL_AFTER.match(text, e, zone.end) is None:
        return False
    line_start = max(zone.start, text.rfind("\n", zone.start, s) + 1)
    return _NUMBERING.fullmatch(text, line_start, s) is not None


# The brackets of a transcript's speaker label hold a seat, not a person: "Jo Hale (Elmford,
# Brackton and Vale Cross) (Lab):".
_LABEL_BRACKET_CLOSE = re.compile(r"[^()\n]{0,60}\)(?:\s+\([^()\n]{1,20}\))?:\s")


def in_label_brackets(text: str, s: int, e: int, zone: Span) -> bool:
    lo = max(zone.start, s - 60)
    return text.rfind("(", lo, s) > text.rfind(")", lo, s) and bool(
        _LABEL_BRACKET_CLOSE.match(text, e, zone.end)
    )


# "Reporting by Jane Doe", "Picture: Sam Lee/PA", "Photo by …": a name credited for the
# article's making, not one it is about.
_CREDIT_BEFORE = re.compile(
    r"\b(?i:reporting|editing|written|edited|compiled|photographs?|pictures?|photos?|images?"
    r"|video|words|credits?|graphics|illustrations?)(?:\s+by\s+|\s*[:|]\s*)$"
)
_CREDIT_ENDINGS = ("by", ":", "|")


def credited(text: str, s: int, zone_start: int) -> bool:
    """Whether the name at `s` is credited for the article's writing or pictures."""
    lo = max(zone_start, s - 30)
    # The credit ends in "by", ":" or "|" and white space: only then is the pattern read.
    return (
        text[lo:s].rstrip().endswith(_CREDIT_ENDINGS)
        and _CREDIT_BEFORE.search(text, lo, s) is not None
    )


# A signature's or a contact block's next line, opening with a role ("Director, Media").
_ROLE_LINE_AFTER = re.compile(
    rf"\n(?:[A-Z][\w&-]*\s+){{0,2}}(?i:{words_pattern(APPOSITIVE_ROLES)})\b"
)


def above_its_role(text: str, s: int, e: int, zone: Span) -> bool:
    """A signature or a contact block: the name on a line of its own, the role on the next."""
    return (s, e) == (zone.start, zone.end) and _ROLE_LINE_AFTER.match(text, e) is not None


_BARRISTER_AFTER = re.compile(rf" ({'|'.join(BARRISTER_LETTERS)})\b")


def barrister_letters(text: str, mentions) -> str | None:
    """A senior barrister's letters printed after one of a name's mentions ("Jo Hale KC")."""
    for m in mentions:
        found = _BARRISTER_AFTER.match(text, m.end)
        if found:
            return found.group(1)
    return None
