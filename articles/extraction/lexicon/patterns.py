"""Patterns and first-letter gates built from word tables, so that a word is written once.

A rule that tries a pattern after every figure first checks the letter the text continues
with: the gate is the set of letters the pattern's words start with. Both come from the same
table, so a word added to the table is matched by the pattern and let through by the gate.
"""

import re


def first_letters(*tables) -> frozenset[str]:
    """The lower-case first characters of every word in `tables`."""
    return frozenset(word[:1].lower() for table in tables for word in table)


def alternatives(words, *, space: str = r"\s+") -> str:
    """A non-capturing group matching any of `words`, longest first so that a spelling wins
    over its prefixes; the spaces inside a phrase match `space`."""
    spelled = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(space.join(map(re.escape, w.split())) for w in spelled) + ")"


def plural_alternatives(nouns) -> str:
    """A group matching any of `nouns` (singular), with or without a plural "s"."""
    return "(?:" + "|".join(map(re.escape, nouns)) + ")s?"


_TWINS: dict[int, re.Pattern | None] = {}
_ESCAPE = re.compile(r"\\.")


def read_lower_cased(*patterns: re.Pattern) -> None:
    """Compile, once at import, the twin of each case-blind pattern (`lower_case_twin`)."""
    for pattern in patterns:
        letters = _ESCAPE.sub("", pattern.pattern)
        blind = pattern.flags & re.IGNORECASE and letters == letters.lower()
        twin = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE) if blind else None
        _TWINS[id(pattern)] = twin


def lower_case_twin(pattern: re.Pattern) -> re.Pattern | None:
    """`pattern` (case-blind) made case-sensitive, to search text already lower-cased: far
    cheaper, and the same matches wherever every letter it spells is lower-case (escapes
    aside); None for a pattern that spells a capital, is not case-blind, or was not given to
    `read_lower_cased`.

    Lower-cased text differs from the case-blind reading only for the few letters that fold
    to another (a long s, a dotless i), which no word of the lexicon is spelled with.
    """
    return _TWINS.get(id(pattern))
