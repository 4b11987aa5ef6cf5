"""What a reader typed, as the words and phrases a search looks for.

Words are letters and digits; everything else (quotes aside) separates them, so nothing typed
is ever the syntax of a database's full-text query. Text in double quotes is a phrase: its
words must follow one another. A quote left open runs to the end, as it does while a reader is
still typing. The last word may be the start of a longer one (`SearchQuery.prefix`): whether
it is, the search decides (`querying.parse`), as a whole word it knows is not a prefix.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MAX_TERMS = 12
MAX_TERM_LENGTH = 60
# A word this long is looked for whole when the index holds it; shorter ones are still prefixes.
WHOLE_WORD_LENGTH = 5
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class SearchQuery:
    """Phrases that must all match (a lone word is a phrase of one); when `prefix` is set the
    last word of the last phrase also matches the words it begins."""

    phrases: tuple[tuple[str, ...], ...] = ()
    prefix: bool = False

    def __bool__(self):
        return bool(self.phrases)

    @property
    def words(self) -> list[str]:
        return [word for phrase in self.phrases for word in phrase]

    @property
    def last_word(self) -> str:
        return self.phrases[-1][-1] if self.phrases else ""

    def exact(self) -> SearchQuery:
        return SearchQuery(self.phrases, prefix=False)


def _words(text):
    return [word[:MAX_TERM_LENGTH] for word in _WORD.findall(text.lower())]


def parse_query(query) -> SearchQuery:
    """The phrases of `query`, at most MAX_TERMS words in all; the last word is a prefix when it
    is more than one letter long and no closing quote follows it. Any string parses; one
    without words parses as nothing."""
    if not isinstance(query, str):
        return SearchQuery()
    text = unicodedata.normalize("NFKC", query[: MAX_TERMS * (MAX_TERM_LENGTH + 1) * 2])
    parts = text.split('"')
    phrases, seen, budget, closed = [], set(), MAX_TERMS, False
    for position, part in enumerate(parts):
        quoted = position % 2 == 1
        words = _words(part)[:budget]
        phrases_here = [tuple(words)] if quoted and len(words) > 1 else [(w,) for w in words]
        for phrase in phrases_here:
            if phrase not in seen:
                seen.add(phrase)
                phrases.append(phrase)
                budget -= len(phrase)
                # A phrase whose closing quote was typed is complete: its last word is whole.
                closed = quoted and position < len(parts) - 1
        if budget <= 0:
            break
    phrases = tuple(phrases)
    return SearchQuery(phrases, prefix=bool(phrases) and not closed and len(phrases[-1][-1]) > 1)


def query_terms(query) -> list[str]:
    """The words of what a reader typed, lower-cased, each once; punctuation and operators are
    dropped."""
    terms = []
    for word in parse_query(query).words:
        if word not in terms:
            terms.append(word)
    return terms
