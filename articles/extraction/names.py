"""Names printed without a title ("Tony Cox", "Tyrell Thompson"), and the words around one
that show it is a person's: an age, a speech verb, what happens to people in court reports."""

from __future__ import annotations

import re
from typing import NamedTuple

from articles.extraction.document import Doc, overlaps, words_before
from articles.extraction.headers import Span
from articles.extraction.lexicon.people import (
    HONORIFICS,
    NOT_NAME_WORDS,
    PERSON_BEFORE_PAIRS,
    PERSON_BEFORE_WORDS,
    PLACE_WORDS,
    SENTENCE_OPENERS,
)
from articles.extraction.lexicon.ranks import NAME_TOKEN
from articles.extraction.lexicon.words import SPEECH_VERB_RE

_CAPITALISED_AFTER = re.compile(r" [A-Z][a-z]")
_CAPITALISED_BEFORE = re.compile(r"([A-Z][a-z]+)\s+$")
_NAME_AND = re.compile(r"[A-Z][a-z]+\s+and\s+$")
_SV = SPEECH_VERB_RE
# After a bare name, words that show it is a person's: an age, an appositive, a speech verb,
# or what happens to people in court reports.
_AFTER_PERSON = re.compile(
    r"(?:’s|'s)?\s*(?:,\s*(?:\d{1,3}\s*,|aged\b|the\b|a\b|an\b|who\b|whose\b|of\b|from\b)"
    r"|\s*\(\d{1,3}\)"
    rf"|\s*,[^,.;:“”\"]{{2,100}}?,\s*{_SV}|\s+{_SV}|\s*,\s*{_SV}"
    r"|\s+(?:was|has\s+been|had\s+been|is|were)\s+(?:\w+\s+)?(?:jailed|sentenced|charged"
    r"|convicted|arrested|found|stabbed|killed|murdered|shot|attacked|injured|given|ordered"
    r"|banned|remanded|named|cleared|acquitted|fined|bailed|detained|responsible|described"
    r"|appointed|quoted|speaking|leading|heading|assaulted|robbed|threatened|hurt|taken"
    r"|treated|identified|reported|missing|wanted|released|interviewed|questioned)\b"
    r"|\s+(?:pleaded|admitted|denied|denies|appeared|stabbed|killed|murdered|attacked|shot"
    r"|punched|robbed|died|fled|led|leads|heads|runs|chairs)\b)"
)


class NameWord(NamedTuple):
    """What a capitalised word is as part of a name."""

    possessive: bool  # printed with "’s"
    size: int  # its length without the "’s"
    ok: bool  # whether it can be part of a person's name


# Remembered across articles: the same few thousand words (places, forces, first names) come
# back in every story.
_NAME_WORDS: dict[str, NameWord] = {}


def _name_word(word: str) -> NameWord:
    possessive = word.endswith(("’s", "'s"))
    base = word[:-2] if possessive else word
    low = base.lower()
    ok = (
        low not in NOT_NAME_WORDS
        and low not in PLACE_WORDS
        and NAME_TOKEN.fullmatch(base) is not None
    )
    if len(_NAME_WORDS) > 50_000:
        _NAME_WORDS.clear()
    found = _NAME_WORDS[word] = NameWord(possessive, len(base), ok)
    return found


def bare_names(doc: Doc, zone: Span) -> list[tuple[int, int]]:
    """Runs of two or three capitalised name-like words ("Tony Cox", "Tyrell Thompson")."""
    text = doc.text
    runs, current = [], []
    for s, e in doc.capitalised_in(zone.start, zone.end):
        word = text[s:e]
        found = _NAME_WORDS.get(word)
        if found is None:
            found = _name_word(word)
        possessive, size, ok = found
        joined = ok and current and text[current[-1][1] : s].isspace()
        if joined:
            current.append((s, s + size))
        else:
            if len(current) >= 2:
                runs.append(current)
            current = [(s, s + size)] if ok else []
        if possessive and current:
            if len(current) >= 2:
                runs.append(current)
            current = []
    if len(current) >= 2:
        runs.append(current)
    names = []
    for run in runs:
        for i in range(0, len(run), 3):
            chunk = run[i : i + 3]
            if len(chunk) >= 2:
                names.append((chunk[0][0], chunk[-1][1]))
    return names


def inside_other_name(text: str, zone: Span, s: int, e: int) -> bool:
    """Whether a surname match is part of somebody else's full name ("Sarah Thompson")."""
    prev = _CAPITALISED_BEFORE.search(text, max(zone.start, s - 25), s)
    if prev and prev.group(1).lower() not in SENTENCE_OPENERS | NOT_NAME_WORDS:
        return True
    return _CAPITALISED_AFTER.match(text, e, e + 3) is not None


def person_context(doc: Doc, s: int, e: int, zone: Span, claimed, memo: dict | None = None) -> bool:
    """Whether the words around a bare name show it is a person's.

    `memo`, kept by the caller across one article's names, remembers where each surname
    stands alone, so that a surname printed a thousand times is looked for once.
    """
    text = doc.text
    if _AFTER_PERSON.match(text, e, zone.end):
        return True
    before = text[max(zone.start, s - 40) : s]
    last = words_before(text, s, max(zone.start, s - 40), 2)
    if last and (
        last[-1][0] in PERSON_BEFORE_WORDS or " ".join(w for w, _ in last) in PERSON_BEFORE_PAIRS
    ):
        # "and" only counts between two people ("Smith and Jane Doe"): the word before must be
        # a capitalised name.
        if before.rstrip().endswith(" and"):
            return bool(_NAME_AND.search(before))
        return True
    surname = text[s:e].split()[-1]
    alone = None if memo is None else memo.get(surname)
    if alone is None:
        alone = _surname_alone(doc, surname, claimed)
        if memo is not None:
            memo[surname] = alone
    return any(not (s <= pos < e) for pos in alone)


def _surname_alone(doc: Doc, surname: str, claimed) -> list[int]:
    """Where the surname is used on its own: not inside an organisation's name ("Kent
    Police") and not followed by another capitalised word.

    The first four places only: a name of at most three words holds at most three of them,
    so a fourth is always elsewhere.
    """
    text = doc.text
    found = []
    for pos in doc.word_positions(surname):
        if len(found) == 4:
            break
        if not overlaps((pos, pos + 1), claimed):
            if _CAPITALISED_AFTER.match(text, pos + len(surname), pos + len(surname) + 3):
                continue
            prev = words_before(text, pos, max(0, pos - 20), 1)
            if not prev:
                found.append(pos)
                continue
            word, start = prev[0]
            # Not part of somebody else's name, unless that is a title ("Mr Thompson").
            if word.rstrip(".") in HONORIFICS or not text[start].isupper():
                found.append(pos)
    return found
