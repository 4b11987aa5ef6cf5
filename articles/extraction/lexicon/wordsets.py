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

# Letters of words beyond ASCII: names with fadas and macrons (Siobhán, Kāhui) and the Latin-1
# and Latin Extended-A letters of other European names and places.
LETTERS_BEYOND_ASCII = "À-ÖØ-öø-ÿĀ-ſ"
CAPITALS_BEYOND_ASCII = "".join(
    c for c in map(chr, [*range(0xC0, 0xDF), *range(0x100, 0x180)]) if c.isupper()
)
# A word as the document index reads it: letters, joined by an apostrophe or a hyphen.
_LETTER = "[A-Za-z" + LETTERS_BEYOND_ASCII + "]"
WORD = re.compile(_LETTER + "+(?:[’'-]" + _LETTER + "+)*")


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
