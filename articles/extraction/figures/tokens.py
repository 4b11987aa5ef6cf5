"""The words of a sentence around a figure: what it counts and the verb that says what happened."""

from __future__ import annotations

import operator
import re
from bisect import bisect_left, bisect_right
from itertools import repeat
from typing import NamedTuple

from articles.extraction.lexicon.actions import NOT_YET, VERB_PHRASES, VERBS, WHERE_IT_IS
from articles.extraction.lexicon.counted import (
    COUNTED,
    COUNTED_SIZES,
    PERSON,
    PERSON_SPECIFIC,
    CountedAs,
    CountedNoun,
)
from articles.extraction.lexicon.numbers import NUMBER_WORD_RE
from articles.extraction.lexicon.phrasewords import ADJECTIVE_ENDINGS, FOLLOW_STOP
from articles.extraction.lexicon.words import wordset

# Dashes set off a list or an aside as commas do ("Three men – Ann Lee, …"), and semicolons
# part a list's long items ("ten packs of heroin; two phones; and a pistol"): all read as ",".
_TOKEN = re.compile(r"[A-Za-z][A-Za-z’'-]*|[,;–—]")
# Letters with accents are letters ("gardaí"), read so only where a sentence has any: the
# wider class costs every sentence time.
_TOKEN_ACCENTED = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ’'-]*|[,;–—]")
_ACCENTED = re.compile(r"[À-ÖØ-öø-ÿ]")
_DASHES = frozenset("–—;")
_MATCHED, _MATCH_START = re.Match.group, re.Match.start
PASSIVE = wordset("were was have has had been being are is be")
# Words that end a counted phrase after its noun but describe it before ("20 suspected
# dealers"; "20 dealers suspected of …").
_MODIFIERS = wordset("suspected alleged")
_JOINED = wordset("and or")
_CLAUSE_BREAK = wordset("while whilst but although though whereas")
# Every word `verb_near` stops at; the others it passes over with one look-up.
_NEAR_STOPS = PASSIVE | _CLAUSE_BREAK | NOT_YET | frozenset(VERBS) | frozenset(VERB_PHRASES)
# A total's breakdown between dashes or in brackets right after it, or after a dash to the
# sentence's end: "Nine people - five men and four women - were arrested" counts nine
# arrests, not the parts.
_BREAKDOWN_MARKS = frozenset("-–—(")
_BREAKDOWN = re.compile(
    r"(?:\s+[^\W\d][\w’'-]*){1,3}?(?P<open>\s[-–—]\s|\s?\()\s*(?:\d+|"
    + NUMBER_WORD_RE
    + r")\s[^().;–—]{0,100}?(?:\s[-–—](?=\s)|\)|(?<=[a-z])(?=[.;]|$))",
    re.IGNORECASE,
)


# A token is a plain (word, start, end) tuple, the word lower-cased and a dash read as ",":
# a sentence's tokens are built by zip() in one C loop, several times faster than named
# tuples, and read by unpacking or through these positions.
Token = tuple[str, int, int]
WORD, START, END = 0, 1, 2


class VerbNear(NamedTuple):
    verb: str  # what happened, as VERBS names it
    end: int
    passive: bool  # an auxiliary stood before it: "were arrested"
    index: int  # how many tokens from where the search began


class CountedPhrase(NamedTuple):
    counted_as: CountedAs
    noun: str  # canonical
    end: int  # where the phrase ends in the text


class Tokens:
    """The words (lower-cased) and commas of one sentence, with offsets, read once."""

    __slots__ = ("items", "starts", "ends")

    def __init__(self, text: str, start: int, end: int):
        # Lower-cased once for the sentence, when that does not change its length (a few
        # letters lower-case to two characters); then the offsets, words and ends of the
        # matches taken by map() in C loops, with no Python code run per token.
        segment = text[start:end]
        lowered = segment.lower()
        if len(lowered) != len(segment):
            lowered = segment
        plain = lowered.isascii() or not _ACCENTED.search(lowered)
        found = list((_TOKEN if plain else _TOKEN_ACCENTED).finditer(lowered))
        words = list(map(_MATCHED, found))
        if lowered is segment:
            words = [w.lower() if w[0] not in _DASHES else "," for w in words]
        elif "–" in lowered or "—" in lowered or ";" in lowered:
            words = ["," if w in _DASHES else w for w in words]
        starts = list(map(operator.add, map(_MATCH_START, found), repeat(start)))
        ends = list(map(operator.add, starts, map(len, words)))
        self.items = list(zip(words, starts, ends, strict=True))
        self.starts = starts
        self.ends = ends

    def from_(self, pos: int, count: int) -> list[Token]:
        """Up to `count` tokens from `pos` on, in reading order."""
        i = bisect_left(self.starts, pos)
        return self.items[i : i + count]

    def before(self, pos: int, count: int) -> list[Token]:
        """Up to `count` tokens ending by `pos`, nearest first."""
        i = bisect_right(self.ends, pos)
        return self.items[max(0, i - count) : i][::-1]


def verb_near(tokens: list[Token], *, limit: int = 7, ahead: bool = True) -> VerbNear | None:
    """The first outcome verb among `tokens`: in reading order, or reversed to look back
    (`ahead` False: a verb of several words is then not read)."""
    passive = False
    for n, (w, _s, e) in enumerate(tokens[:limit]):
        if w not in _NEAR_STOPS:
            continue
        if w in PASSIVE:
            if ahead and w in VERB_PHRASES and (phrase := phrase_verb(tokens[n:])):
                return VerbNear(phrase[0], phrase[1], passive, n)  # "are in custody"
            passive = True
            continue
        if w in _CLAUSE_BREAK or w in NOT_YET:
            return None  # "..., while two boys were arrested": another clause's verb
        if w in VERBS:
            if not ahead and VERBS[w] == "seized" and _said_of_where(tokens, n):
                return None
            return VerbNear(VERBS[w], e, passive, n)
        if ahead and w in VERB_PHRASES and (phrase := phrase_verb(tokens[n:])):
            return VerbNear(phrase[0], phrase[1], passive, n)
    return None


def verb_after_and(tokens: list[Token]) -> VerbNear | None:
    """The outcome verb that opens the second half of a clause, where the first says what
    people did: "appeared in court and were granted bail"."""
    for n, (w, _s, _e) in enumerate(tokens):
        if w in _CLAUSE_BREAK or w in ",;":
            return None
        if w == "and":
            return verb_near(tokens[n + 1 :], limit=4)
    return None


def _said_of_where(tokens: list[Token], n: int) -> bool:
    """Whether the verb of finding at tokens[n], read backwards, follows "is" or "are"."""
    return n + 1 < len(tokens) and tokens[n + 1][WORD] in WHERE_IT_IS


def phrase_verb(tokens: list[Token]) -> tuple[str, int] | None:
    """(what happened, where the phrase ends) for a verb of several words at tokens[0], its
    last word at most four words on:
    "refused bail", "remain in custody", "face 31 charges"."""
    if not tokens or tokens[0][WORD] not in VERB_PHRASES:
        return None
    follows, verb, whole = VERB_PHRASES[tokens[0][WORD]]
    for word, _s, e in tokens[1:5]:
        if word == ",":
            return None
        if word in follows:
            return verb, e if whole else tokens[0][END]
    return None


def ends_phrase(word: str | None) -> bool:
    """Whether `word` after a counted noun ends its phrase: "arrests were made", "arrests,"."""
    return (
        word is None
        or word == ","
        or word in FOLLOW_STOP
        or word in VERBS
        or word in VERB_PHRASES
        or word.endswith(("ed", "ing", "ly"))
    )


def _counted_at(tokens: list[Token], i: int) -> tuple[CountedNoun, int] | None:
    """The counted noun starting at tokens[i], longest first, and where it ends."""
    for size in COUNTED_SIZES.get(tokens[i][WORD], ()):
        words = tokens[i : i + size]
        if len(words) < size or any(word == "," for word, _s, _e in words):
            continue
        phrase = " ".join(word for word, _s, _e in words)
        if phrase in COUNTED:
            following = tokens[i + size][WORD] if i + size < len(tokens) else None
            return (COUNTED[phrase], words[-1][END]) if ends_phrase(following) else None
    return None


def noun_phrase(tokens: list[Token], start: int) -> CountedPhrase | None:
    """What the figure ending at `start` counts, when `tokens` (from there on) name it."""
    if not tokens or tokens[0][START] - start > 2:
        return None
    skipped = 0
    i = 0
    suspects = False
    while i < len(tokens) and skipped <= 4:
        w = tokens[i][WORD]
        if w == ",":
            if i and _plural_noun(tokens[i - 1][WORD]):
                return None  # "two pill presses, five firearms": the list's next item
            i += 1
            continue
        found = _counted_at(tokens, i)
        if found is not None:
            noun, end = found
            if suspects and noun.counted_as == PERSON_SPECIFIC:
                # "40 suspected dealers": suspects, counted as people.
                return CountedPhrase(PERSON, "people", end)
            return CountedPhrase(noun.counted_as, noun.noun, end)
        if w in _MODIFIERS:
            suspects = True
        elif w in _JOINED and i and tokens[i - 1][WORD].endswith(ADJECTIVE_ENDINGS):
            pass  # "62 bladed and offensive weapons": two descriptions of one noun
        elif w in FOLLOW_STOP or w in VERBS:
            return None
        skipped += 1
        i += 1
    return None


def _plural_noun(word: str) -> bool:
    """Whether `word` reads as a thing counted in the plural ("presses"), not a description
    between commas ("three high-powered, military-grade firearms")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "ous"))


def before_breakdown(text: str, fig_end: int, se: int, tokens: Tokens, noun: CountedPhrase):
    """What a total ending at `fig_end` counts where its breakdown follows it, named by the
    words before the breakdown; the phrase runs past the breakdown, to the verb."""
    if _BREAKDOWN_MARKS.isdisjoint(text[fig_end : noun.end]):
        return noun
    split = _BREAKDOWN.match(text, fig_end, se)
    if split is None:
        return noun
    opened = split.start("open")
    head = noun_phrase([t for t in tokens.from_(fig_end, 4) if t[START] < opened], fig_end)
    return noun if head is None else head._replace(end=split.end())


def after_participles(tokens: list[Token]) -> list[Token]:
    """The tokens from the first that is not a participle used as a description."""
    k = 0
    while k < len(tokens) and tokens[k][WORD].endswith(("ed", "en")):
        k += 1
    return tokens[k:]
