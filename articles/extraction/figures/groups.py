"""People counted as one group ("six men and two women were arrested") or place by place
("31 were detained in Colombia, 11 in Ecuador and five in Panama")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from articles.extraction.figures.numbers import number_value
from articles.extraction.lexicon.counted import PERSON, PERSON_NOUNS
from articles.extraction.lexicon.metrics import metric
from articles.extraction.lexicon.numbers import NUMBER_WORD_RE
from articles.extraction.lexicon.patterns import alternatives
from articles.extraction.lexicon.phrasewords import WHO_THEY_ARE

if TYPE_CHECKING:
    from articles.extraction.figures.clauses import Metric
    from articles.extraction.figures.numbers import Figure
    from articles.extraction.figures.reader import OutcomeReader
    from articles.extraction.figures.tokens import CountedPhrase

_AND_PEOPLE = re.compile(
    r",?\s+and\s+(?P<n>an?|\d+|" + NUMBER_WORD_RE + r")\s+(?:other\s+|more\s+)?"
    r"(?:\d{1,2}-year-old\s+)?" + alternatives(PERSON_NOUNS) + r"\b",
    re.IGNORECASE,
)
# What stands between commas after people and says who they are: "Six men, aged between 19
# and 54, and two women, aged 31 and 46, have been charged".
_ASIDE = re.compile(r",\s+" + alternatives(WHO_THEY_ARE) + r"\s[^,;:]{1,40}(?=,)", re.IGNORECASE)
_ONE_WORDS = frozenset({"a", "an"})
# People counted place by place: "31 were detained in Colombia, 11 in Ecuador and five in
# Panama". A place is one to three capitalised words.
_PLACE = r"(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
_IN_PLACE = re.compile(r"\s+in\s+" + _PLACE + r"(?=\s*(?:,|and\b))")
_NEXT_PLACE = re.compile(
    r"\s*,?\s+(?:and\s+)?(?P<n>\d+|" + NUMBER_WORD_RE + r")\s+in\s+" + _PLACE + r"\b"
)
_OF_TOTAL = re.compile(r"\s*Of\s+(?:those|the|these|them)\b")


def _past_aside(text: str, pos: int, se: int) -> int:
    aside = _ASIDE.match(text, pos, se) if text.startswith(",", pos) else None
    return aside.end() if aside else pos


def one_group(r: OutcomeReader, fig: Figure, noun: CountedPhrase):
    """(fig, noun, summed): "six men and two women were arrested" is one group of eight,
    also where each part says who it is ("Six men, aged 19 to 54, and two women, ...")."""
    if noun.counted_as != PERSON or fig.value_max is not None:
        return fig, noun, False
    text, se = r.text, fig.sent[1]
    pos = _past_aside(text, noun.end, se)
    if not text.startswith((" and ", ", and "), pos):
        return fig, noun, False
    others = _AND_PEOPLE.match(text, pos, se)
    extra = others and (1 if others["n"].lower() in _ONE_WORDS else number_value(others["n"]))
    if not extra:
        return fig, noun, False
    end = _past_aside(text, others.end(), se)
    return fig._replace(value=fig.value + extra), noun._replace(end=end), True


def by_place(r: OutcomeReader, fig: Figure, found: Metric) -> bool:
    """ "31 were detained in Colombia, 11 in Ecuador and five in Panama": people counted
    place by place, each figure named by its place ("arrests (Ecuador)"). Says whether it
    read such a list."""
    text, se = r.text, fig.sent[1]
    first = _IN_PLACE.match(text, found.end, se)
    if first is None:
        return False
    listed, pos = [], first.end()
    while (more := _NEXT_PLACE.match(text, pos, se)) is not None:
        value = number_value(more["n"])
        if value is None:
            break
        listed.append((more, value))
        pos = more.end()
    # Two places may be one figure told in two parts ("12 in Leeds and four in York"); a
    # breakdown of a total said first ("Of those arrested, ..."), or of three places, is not.
    if not listed or (len(listed) < 2 and not _OF_TOTAL.match(text, fig.sent[0], fig.start)):
        return False
    r.add_figure(fig, first.end(), _placed(found.name, first["place"]), rule="people-verb")
    for more, value in listed:
        r.add(
            more.start("n"),
            more.end(),
            _placed(found.name, more["place"]),
            value,
            sent=fig.sent,
            rule="people-verb",
        )
    return True


def _placed(name: str, place: str) -> str:
    return metric("{people} ({where})", people=name, where=" ".join(place.split()))
