"""Whether two printed names can be one person's: "Michael Hamer", "Mike Hamer", "Michael J.
Hamer" and "M. Hamer" can; "Michael Hamer" and "Michelle Hamer" cannot.

Short forms of first names come from the `nicknames` package (a maintained table of English
given names and their diminutives) rather than a list of our own.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import NamedTuple

from nicknames import NickNamer

# Words after a surname that are not part of it: generational suffixes and honours.
SUFFIXES = frozenset({"jr", "jnr", "junior", "sr", "snr", "senior", "ii", "iii", "iv", "qpm",
                      "obe", "mbe", "cbe", "kc", "qc", "mp", "msp"})  # fmt: skip
# Lower-case words that begin a surname: "van der Berg", "de Souza", "St John".
PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "la",
                       "le", "st", "ter", "bin", "al", "el", "mac"})  # fmt: skip

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


class PersonName(NamedTuple):
    given: tuple[str, ...]  # first name, then middle names or initials, folded
    surname: str  # folded; "" for a name of one word that is not a surname


def fold(text: str) -> str:
    """Letters without accents, in lower case, apostrophes made plain."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@cache
def parse(name: str) -> PersonName:
    words = [w for w in _WORD.findall(fold(name)) if w not in SUFFIXES]
    if not words:
        return PersonName((), "")
    start = len(words) - 1
    while start > 1 and words[start - 1] in PARTICLES:
        start -= 1
    return PersonName(tuple(words[:start]), " ".join(words[start:]))


@cache
def _namer() -> NickNamer:
    return NickNamer()


@cache
def _forms(first: str) -> frozenset[str]:
    """`first` with its short forms and the names it is a short form of."""
    namer = _namer()
    forms = {first, *namer.nicknames_of(first), *namer.canonicals_of(first)}
    return frozenset(forms)


def same_first_name(a: str, b: str) -> str | None:
    """Why first names `a` and `b` (folded) can be one person's, or None."""
    if a == b:
        return "the same first name"
    if len(a) == 1 or len(b) == 1:
        return "the same initial" if a[0] == b[0] else None
    if b in _forms(a) or a in _forms(b):
        return f"“{b.title()}” and “{a.title()}” are forms of one first name"
    return None


def compatible(a: str, b: str) -> str | None:
    """Why printed names `a` and `b` can be one person's, or None.

    The surnames must be the same and both must give a first name (a surname alone is matched
    within its article by the extraction, never across articles); first names must be the same,
    an initial of the other, or a short form of it; middle names are compared only where both
    give one, so "Michael J. Hamer" matches "Michael Hamer" but not "Michael K. Hamer".
    """
    one, other = parse(a), parse(b)
    if not one.surname or one.surname != other.surname or not one.given or not other.given:
        return None
    reason = same_first_name(one.given[0], other.given[0])
    if reason is None:
        return None
    for left, right in zip(one.given[1:], other.given[1:], strict=False):
        if left != right and left[0] != right[0]:
            return None
        if left != right and len(left) > 1 and len(right) > 1:
            return None
    if one == other:
        return "the same name"
    if len(one.given) != len(other.given):
        return f"{reason}, a middle name given in one only"
    return reason
