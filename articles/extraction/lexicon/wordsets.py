"""How a word table becomes what the extractors match with: sets, patterns, indexed sets.

A word set the extractors look up through the document index (`Doc.positions`) is declared
with `indexed_words`, and declaring it is what registers it: every `Doc` then notes where its
words occur as it reads an article. `Doc.positions` refuses a set that was never declared so,
rather than quietly finding nothing in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

# The Latin letters names are printed with, accents and macrons included ("Siobhán", "Ó
# Cuinn", "Kāhui"), up to the end of Latin Extended-B.
LATIN = [chr(c) for c in range(0x250) if chr(c).isalpha() and chr(c) not in "ªµº"]
UPPER = frozenset(c for c in LATIN if c.isupper())
LOWER = frozenset(c for c in LATIN if c.islower())


def char_class(chars) -> str:
    """A regex character class of `chars`, written as ranges of consecutive code points."""
    points = sorted(map(ord, chars))
    ranges, start, prev = [], points[0], points[0]
    for p in [*points[1:], None]:
        if p is not None and p == prev + 1:
            prev = p
            continue
        ranges.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else ""))
        if p is not None:
            start = prev = p
    return "[" + "".join(ranges) + "]"


LETTER_CLASS = char_class(LATIN)
UPPER_CLASS = char_class(UPPER)
LOWER_CLASS = char_class(LOWER)
# A word as the document index reads it: letters, joined by an apostrophe or a hyphen. The
# repeats are possessive: a word never gives back letters, so the engine keeps no place to
# return to, which makes reading every word of an article cheaper.
WORD = re.compile(rf"{LETTER_CLASS}++(?:[’'-]{LETTER_CLASS}++)*+")


def wordset(words: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated string, for readable long lists."""
    return frozenset(words.split())


def words_pattern(words) -> str:
    """A pattern matching any of `words`, longest first, written as a tree of shared prefixes.

    "said|says|saying" becomes "sa(?:id|y(?:ing|s)?)": the engine then follows one branch
    per letter instead of trying every word in turn, which matters for long lists.
    """
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return (body if len(branches) > 1 else "(?:" + body + ")") + "?"
        return body

    return "(?:" + build(tree) + ")"


class IndexKey(NamedTuple):
    words: frozenset[str]
    exact: bool  # matched as printed, not in any capitals


class UnindexedWords(LookupError):
    """A set looked up in the document index that was never declared with `indexed_words`."""


@dataclass
class WordIndexRegistry:
    """Every word set declared with `indexed_words`, in the shapes `Doc` reads them in."""

    order: dict[IndexKey, int] = field(default_factory=dict)  # each set, by when it came
    by_word: dict[str, list[IndexKey]] = field(default_factory=dict)
    lower: set[str] = field(default_factory=set)  # words of sets matched in any capitals
    exact: set[str] = field(default_factory=set)  # words of sets matched as printed
    words: set[str] = field(default_factory=set)  # both

    def add(self, words: frozenset[str], exact: bool) -> frozenset[str]:
        key = IndexKey(words, exact)
        if key in self.order:
            return words
        _check_readable(words, exact)
        self.order[key] = len(self.order)
        (self.exact if exact else self.lower).update(words)
        self.words.update(words)
        for word in words:
            self.by_word.setdefault(word, []).append(key)
        return words

    def declared_at(self, words: frozenset[str], exact: bool) -> int:
        """When the set was declared (an order number); UnindexedWords if it never was."""
        try:
            return self.order[(words, exact)]
        except KeyError:
            sample = ", ".join(sorted(words)[:3])
            raise UnindexedWords(
                f"word set ({sample}, …) is not indexed: declare it with indexed_words()"
            ) from None


def _check_readable(words: frozenset[str], exact: bool) -> None:
    """A word the index cannot hold would never be found: say so where it is declared."""
    for word in words:
        if not WORD.fullmatch(word):
            raise ValueError(f"{word!r} is not one word as the document index reads words")
        if not exact and word != word.lower():
            raise ValueError(f"{word!r} must be lower-case: the set matches in any capitals")


INDEXED = WordIndexRegistry()


def indexed_words(words: str | Iterable[str], *, exact: bool = False) -> frozenset[str]:
    """A word set every `Doc` indexes as it reads its text (a string is split on whitespace).

    Lower-case sets match a word however it is capitalised ("said", "Said", "SAID"); an
    `exact` set matches words as printed ("PC", "Det").
    """
    found = wordset(words) if isinstance(words, str) else frozenset(words)
    return INDEXED.add(found, exact)
