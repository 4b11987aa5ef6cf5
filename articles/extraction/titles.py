"""Names led by a rank or title: "Det Chief Insp Lewis Basford", "Cllr Jo Hale", "Mr Lyle"."""

from __future__ import annotations

import re
from typing import NamedTuple

from articles.extraction.budget import check_budget
from articles.extraction.document import Doc, overlaps, register_words
from articles.extraction.lexicon.organisations import ALIASES
from articles.extraction.lexicon.titlednames import TITLE_TRIGGERS, TITLED_NAME
from articles.extraction.spans import SpanIndex, by_zone

_TRIGGERS = register_words(TITLE_TRIGGERS, exact=True)
_CAPITAL_WORD_END = re.compile(r"[A-Z][\w’']*\s+$")


class TitledMention(NamedTuple):
    start: int  # where the title starts
    end: int  # where the name ends
    title: str  # as printed: "Det Chief Insp"
    name_start: int
    name: str  # "Lewis Basford"


def titled_mentions(doc: Doc, claimed) -> list[TitledMention]:
    """Rank- or title-led names, in order, outside the claimed spans."""
    text = doc.text
    claimed = SpanIndex(claimed)
    out = []
    triggers = by_zone(doc.positions(_TRIGGERS, exact=True), doc.zones)
    for n in sorted(triggers):
        zone = doc.zones[n]
        check_budget()
        reached = zone.start
        for pos in triggers[n]:
            if pos < reached:
                continue
            m = TITLED_NAME.match(text, pos, zone.end)
            if m is None:
                continue
            reached = m.end()
            ts, te = m.span("title")
            title = m["title"]
            # "Essex Police Chief Constable X": "Police" belongs to the force's name.
            # Not "Wales's Police and Crime Commissioner", a title in its own right.
            if (
                title.startswith("Police ")
                and not title.startswith("Police and ")
                and _CAPITAL_WORD_END.search(text, zone.start, ts)
            ):
                ts += len("Police ")
                title = text[ts:te]
                if not title.strip():
                    continue
            if overlaps((ts, m.end("name")), claimed):
                continue
            # "Garda Siochana" is the Irish police, though "Garda" is also a rank.
            if text[ts : m.end("name")].lower() in ALIASES:
                continue
            name_start, name = m.start("name"), m["name"]
            # "Minister for Law Reform Jo Hale": the portfolio is read as short as it can be,
            # so a three-word name after one gives its first word back to the portfolio.
            if " for " in title and len(name.split()) == 3:
                first = name.split()[0]
                name_start = text.index(name.split()[1], name_start + len(first))
                title = text[ts:name_start].rstrip()
                name = text[name_start : m.end("name")]
            out.append(TitledMention(ts, m.end("name"), title, name_start, name))
    return out
