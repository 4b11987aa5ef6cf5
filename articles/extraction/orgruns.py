"""Runs of capitalised words, cut into the names they hold.

The runs are read first: capitalised words and the joining words between them ("Avon and
Somerset Police"). "Kent Police's Serious Organised Crime Unit" holds a force and a unit;
"Medway Council and Crimestoppers" two bodies side by side; "Officers from Essex Police" a
force after the sentence's own words. Each piece is trimmed to the name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from articles.extraction.headers import Span
from articles.extraction.lexicon.organisations import (
    ALIASES,
    BEFORE_FORCE_SUFFIX,
    FORCE_AREAS,
    FORCE_SUFFIXES,
    FOREIGN_NATIONALITIES,
    TOPIC_HEADS,
)
from articles.extraction.lexicon.orgnoise import LEADING_NOISE, NOISE_AT_SENTENCE_START
from articles.extraction.lexicon.words import MONTH_RE, QUOTE_CHARS, WEEKDAY_RE, wordset
from articles.extraction.orgkinds import HEADS, SPLIT_AFTER, classify, is_alias

if TYPE_CHECKING:
    from articles.extraction.document import Doc

# Between two capitalised words of one name: a space, a plural possessive ("Magistrates’
# Court"), a joining word ("Avon and Somerset Police", "Ministry of Justice", "Office of the
# Director …"), the full stop of an initial ("U.S. District Court", "B.C. Prosecution"), or
# the slash between two places one unit serves ("Cavan/Monaghan Divisional Drugs Unit").
_RUN_GAP = re.compile(
    r"[’']?\s+|\s+(?:and|of|&|for)\s+(?:the\s+)?|(?<=St)\.\s+|(?<![A-Za-z][A-Za-z])\.\s?|/"
)
# What `_RUN_GAP` can open with, and what can follow its first space: most gaps between two
# capitalised words hold words of a clause, and are passed over without the pattern.
_GAP_OPENERS = frozenset("’'./")
_AFTER_SPACE = frozenset("ao&f")


def _may_join(text: str, end: int, start: int) -> bool:
    """Whether text[end:start], from how it opens, may be a `_RUN_GAP`."""
    first = text[end]
    if first.isspace():
        return start == end + 1 or text[end + 1] in _AFTER_SPACE or text[end + 1].isspace()
    return first in _GAP_OPENERS


_CALENDAR_WORD = re.compile(f"{WEEKDAY_RE}|{MONTH_RE}")


def cap_runs(doc: Doc, zone: Span) -> list[tuple[int, int]]:
    """Spans of consecutive capitalised words, the candidates for organisation names."""
    text = doc.text
    runs = []
    start = end = last = None
    for s, e in doc.capitalised_in(zone.start, zone.end):
        if (
            start is not None
            and (
                (s == end + 1 and text[end] == " ")
                or (_may_join(text, end, s) and _RUN_GAP.fullmatch(text, end, s))
                # "Office on Drugs and Crime": a body named by what it works on.
                # Not "the Home Office on Friday".
                or (
                    s == end + 4
                    and text.startswith(" on ", end)
                    and text[last:end] in TOPIC_HEADS
                    and not _CALENDAR_WORD.fullmatch(text, s, e)
                )
            )
        ):
            end, last = e, s
            continue
        if start is not None:
            runs.append((start, end))
        start, end, last = s, e, s
    if start is not None:
        runs.append((start, end))
    return runs


POSSESSIVE = ("’s", "'s")
_COMMON_OWNERS = wordset("children women men people young citizens victims king queen st")


class Token(NamedTuple):
    word: str  # a possessive's "’s" is cut off where it ends a name's owner
    start: int
    end: int


def split_run(tokens: list[Token]) -> list[list[Token]]:
    """A run's words cut into names: at a possessive that ends one ("Command’s"), at "and"
    between two ("Medway Council and Crimestoppers"), and after a complete force or unit."""
    pieces = []
    current: list[Token] = []
    for i, token in enumerate(tokens):
        word, s, e = token
        if word in ("and", "&") and current and _ends_before_and(current, tokens, i):
            pieces.append(current)
            current = []
            continue
        if word.endswith(POSSESSIVE):
            current.append(Token(word[:-2], s, e - 2))
            owner = [w for w, _, _ in current if w[:1].isupper()]
            # "Police Service of Northern Ireland's …": the owner's joining words are its own.
            printed = " ".join(w for w, _, _ in current).lower().removeprefix("the ")
            if classify(owner) or printed in ALIASES or " ".join(owner).lower() in ALIASES:
                pieces.append(current)
                current = []
            else:
                current[-1] = token
            continue
        current.append(token)
        nxt = tokens[i + 1].word if i + 1 < len(tokens) else None
        # Split after a complete name unless the next word is itself a head ("East Area
        # Command Unit" is one name).
        if (
            nxt
            and nxt[:1].isupper()
            and nxt not in HEADS
            and _ends_name(word, nxt, current, tokens[-1].word)
        ):
            pieces.append(current)
            current = []
    if current:
        pieces.append(current)
    return pieces


def _ends_before_and(current: list[Token], tokens: list[Token], i: int) -> bool:
    """Whether the words before "and" name an organisation of their own ("HMRC and Border
    Force"), not the start of one ("Police and Crime Commissioner", a title)."""
    words = [w for w, _, _ in current]
    if words[0] == "The":
        words = words[1:]
    nxt = tokens[i + 1].word if i + 1 < len(tokens) else ""
    # "… and the …" joins two names; no name has "and the" inside it.
    if nxt == "the":
        return True
    if words and words[-1] == "Police" and nxt == "Crime":
        return False
    if _joins_pair_after_of(words, tokens, i):
        return False
    if classify(words):
        return True
    return len(words) == 1 and is_alias(words[0])


def _joins_pair_after_of(words: list[str], tokens: list[Token], i: int) -> bool:
    """Whether "and" joins the one-word objects of "of" or "for" inside one name ("Department
    for Work and Pensions", "Department of Fish and Wildlife"), not two names ("Ministry of
    Justice and Border Force"): one capitalised word after it, then the run ends or goes on
    with another "and"."""
    if len(words) < 3 or words[-2] not in ("of", "for") or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1].word
    if not nxt[:1].isupper() or is_alias(nxt):
        return False
    after = tokens[i + 2].word if i + 2 < len(tokens) else "and"
    return after in ("and", "&") or not after[:1].isupper()


def _ends_name(word: str, nxt: str, current: list[Token], last: str) -> bool:
    """Whether `word` completes a force ("Kent Police Service") or a unit, council or court."""
    if word in FORCE_SUFFIXES and len(current) >= 3 and current[-2].word in BEFORE_FORCE_SUFFIX:
        return True
    # "Wessex Police Serious Violence Unit": the force, then a unit with a name of its own
    # (not "Wessex Police roads crime team", the force's team described).
    # "Queensland Police Service's Crime Command": the suffix is the force's, possessive or not.
    suffix = nxt[:-2] if nxt.endswith(POSSESSIVE) else nxt
    if word == "Police" and len(current) >= 2 and suffix not in FORCE_SUFFIXES:
        return last in SPLIT_AFTER and _is_force_area([w for w, _, _ in current[:-1]])
    if word == "Constabulary" and len(current) >= 2:
        return nxt not in FORCE_SUFFIXES
    return word in SPLIT_AFTER


def _is_force_area(words: list[str]) -> bool:
    """Whether the words end with a territorial force's area: "the Kent", "Devon and Cornwall"."""
    return any(
        " ".join(words[i:]) in FORCE_AREAS for i in range(max(0, len(words) - 4), len(words))
    )


def trim(text: str, zone: Span, piece: list[Token], *, first: bool) -> list[Token]:
    """A piece without the words around the name: leading sentence words ("The", "Officers
    from"), lower-case words at either end, and a place that owns a unit."""
    while piece and (
        (first and _leading_noise(text, zone, piece[0])) or not piece[0].word[:1].isupper()
    ):
        piece = piece[1:]
    while piece and not piece[-1].word[:1].isupper():
        piece = piece[:-1]
    # "the Belgian Federal Judicial Police", "the Italian Carabinieri": the country's adjective
    # is not the name's.
    if (
        len(piece) >= 2
        and piece[0].word in FOREIGN_NATIONALITIES
        and (len(piece) >= 3 or piece[1].word.lower() in ALIASES)
    ):
        piece = piece[1:]
    # "Leeds’s Major Crime Unit": the place that owns a unit is not part of its name; the
    # owners in "Women’s Aid" or "Children’s Society" are common nouns and stay.
    if (
        len(piece) >= 3
        and piece[0].word.endswith(POSSESSIVE)
        and piece[0].word[:-2].lower() not in _COMMON_OWNERS
        and classify([w for w, _, _ in piece[1:]])
    ):
        piece = piece[1:]
    return piece


def _leading_noise(text: str, zone: Span, token: Token) -> bool:
    """Whether a run's first word is the sentence's, not the name's ("Officers from …")."""
    if token.word not in LEADING_NOISE:
        return False
    if token.word not in NOISE_AT_SENTENCE_START:
        return True
    before = text[zone.start : token.start].rstrip(" \t" + QUOTE_CHARS)
    return not before or before[-1] in ".!?:;"
