"""What a headline line looks like: short, capitalised, its quote marks balanced, with no
full stop; a section's label above it ("NEWS", "News | Courts"); and a headline made from the
opening sentence when the page prints none.

Pure functions on `str`; no Django.
"""

from __future__ import annotations

import re

from articles.extraction.lexicon.datelines import SECTION_WORDS
from articles.extraction.lexicon.words import QUOTE_CHARS
from articles.extraction.paragraphs import CLOSERS, word_count

# A section's name in capitals above the headline: one or two words.
_SECTION_LABEL = re.compile(r"[A-Z]{2,}(?:[ &]+[A-Z]{2,})?")
_LABEL_SEPARATORS = re.compile(r"\s*[|/>•·»›:]\s*|\s+")
# The last word of a line cut mid-headline: a joining word or a preposition.
HEADLINE_CUT = re.compile(
    r"\b(?:and|or|but|the|a|an|of|to|in|for|with|by|from|on|at|as|over|after|into|amid|about"
    r"|following|before|during)$",
    re.IGNORECASE,
)
_FIRST_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“‘'A-Z0-9])")


def looks_like_headline(text: str) -> bool:
    if not text or len(text) > 250 or word_count(text) > 30:
        return False
    first = text.lstrip(QUOTE_CHARS)[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    # Headlines balance their quote marks; a line left inside a quote is speech.
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        return False
    stripped = text.rstrip().rstrip(CLOSERS)
    return not stripped.endswith((".", "…", ",", ";", ":"))


def derive_headline(text: str) -> str:
    first = _FIRST_SENTENCE_END.split(text.strip(), maxsplit=1)[0]
    words = first.split()
    if len(words) > 12:
        return " ".join(words[:12]).rstrip(",;:–—-") + "…"
    return first.rstrip(".")


def is_section_label(line: str) -> bool:
    """A section's name above the headline: "NEWS", "LOCAL CRIME", "Crime", "News | Courts"."""
    if len(line) > 40:
        return False
    if _SECTION_LABEL.fullmatch(line):
        return True
    words = _LABEL_SEPARATORS.split(line.strip().lower())
    return 0 < len(words) <= 4 and all(w in SECTION_WORDS for w in words if w)
