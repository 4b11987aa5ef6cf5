"""Results written as a phrase rather than a figure before a noun: "executed a search
warrant" (one warrant), "arrested a man, a woman and a boy" (three arrests), "a 14-count
indictment" (14 counts, the figure glued to its noun). Each is read around a word the document
index finds, so that an article without the word costs nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from articles.extraction.document import register_words
from articles.extraction.figures.numbers import number_value
from articles.extraction.lexicon.counted import CHARGING_PAPERS
from articles.extraction.lexicon.metrics import metric
from articles.extraction.lexicon.numbers import NUMBER_WORD_RE
from articles.extraction.lexicon.patterns import alternatives

if TYPE_CHECKING:
    from articles.extraction.figures.reader import OutcomeReader

# "executed a search warrant": one warrant, written without a figure.
WARRANT_WORD = "warrant"
_WARRANT_WORDS = register_words(frozenset({WARRANT_WORD}))
_WARRANT_ONE = re.compile(
    r"\b(?:carried\s+out|executed|conducted|served)\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:search\s+|drugs?\s+)?" + WARRANT_WORD + r"\b(?!s)",
    re.IGNORECASE,
)
# "arrested a man, a woman and a 17-year-old boy": arrests listed one by one, with no figure.
ARREST_LIST_VERBS = ("arrested", "detained")
_ARREST_LIST_START = re.compile(
    r"\b(?:" + "|".join(ARREST_LIST_VERBS) + r")\s+(?=(?:a|an)\s)", re.IGNORECASE
)
_ARREST_WORDS = register_words(frozenset(ARREST_LIST_VERBS))
_PERSON_ITEM = re.compile(
    r"(?:a|an)\s+(?:\d{1,2}-year-old\s+)?(?:man|woman|boy|girl|teenager|youth|male|female)\b",
    re.IGNORECASE,
)
_LIST_NEXT = re.compile(r"[^.;]{0,60}?(?=\b(?:a|an)\s)")
_LIST_GAP = re.compile(
    r"(?:\s*,\s*(?:from|of|aged)\s+[^,.;]{1,40})?\s*,?\s*(?:and\s+)?$", re.IGNORECASE
)
# "a 23-count indictment", "a three-count federal complaint": the counts the paper holds.
_PAPER_WORDS = register_words(frozenset(CHARGING_PAPERS))
_COUNTS_PAPER = re.compile(
    r"(?<![\w-])(?P<n>\d{1,4}|" + NUMBER_WORD_RE + r")-count\s+(?:[A-Za-z-]+\s+){0,2}?"
    r"(?=" + alternatives(CHARGING_PAPERS) + r"\b)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z]+")


def read_phrases(r: OutcomeReader, zs: int, ze: int, sentence_of) -> None:
    """The results written as phrases in text[zs:ze], before the figures are read."""
    text, doc = r.text, r.doc
    for pos in doc.positions(_WARRANT_WORDS, zs, ze):
        sent = sentence_of(pos)
        m = _WARRANT_ONE.search(text, max(sent[0], pos - 60), min(sent[1], pos + 8))
        if m and not r.is_taken(m.start(), m.end()):
            name = metric("{event}", event="warrants executed")
            r.add(m.start(), m.end(), name, 1, sent=sent, rule="warrant-one")
    for pos in doc.positions(_ARREST_WORDS, zs, ze):
        sent = sentence_of(pos)
        m = _ARREST_LIST_START.match(text, pos, sent[1])
        if m:
            _arrest_list(r, m, sent)
    for pos in doc.positions(_PAPER_WORDS, zs, ze):
        sent = sentence_of(pos)
        end = _WORD.match(text, pos).end()
        m = _COUNTS_PAPER.search(text, max(sent[0], pos - 40), end)
        if m is None or m.end() != pos:
            continue
        value = number_value(m["n"])
        if value and not r.is_taken(m.start(), end):
            r.add(
                m.start(),
                end,
                metric("{event}", event="counts"),
                value,
                sent=sent,
                rule="counts-paper",
            )


def _arrest_list(r: OutcomeReader, m: re.Match, sent) -> None:
    """Arrests listed one by one: "arrested a man, 24, and a woman"."""
    text = r.text
    pos, count, end = m.end(), 0, None
    while True:
        item = _PERSON_ITEM.match(text, pos, sent[1])
        if not item:
            break
        count += 1
        end = item.end()
        gap = _LIST_NEXT.match(text[end : sent[1]])
        if not gap or not _LIST_GAP.match(gap.group()):
            break
        pos = end + gap.end()
    if count:
        r.add(m.start(), end, metric("arrests"), count, sent=sent, rule="arrest-list")
