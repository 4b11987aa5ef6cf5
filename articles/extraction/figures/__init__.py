"""Reported results: arrests, charges, seizures, money, percentages and prison terms.

Each figure is read with the words around it in its sentence: a qualifier before it ("more
than", "about"), what it counts after it ("people", "cannabis plants", "kilograms of …"), and
the verb that says what happened ("were arrested", "seizing"). Dates, times, ages, phone
numbers and figures that count nothing from the lexicon are left alone.

- `numbers`: reading one figure (value, not-a-count checks, extent, qualifier);
- `kinds`: the table of what a figure can be (money, percentage, weight, term, …);
- `counts`: figures that count people, events, things and places;
- `groups`: people counted as one group ("six men and two women") or place by place;
- `clauses`: the verb of the clause counted people open, and the metric it names them by;
- `items`: one weapon written with "a", things no table lists, where something seized them,
  and property the police got back;
- `money`, `terms`: amounts of money, prison terms;
- `tokens`: the words of a sentence and the verb near a figure;
- `reader`: the walk over a document that finds figures and keeps results, and whose result
  each is (the operation's, the force's, the country's) and whether it is a group's total;
- `rules`: the name of each rule that keeps a result, and how sure it is.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, NamedTuple

from articles.extraction.figures.items import SINGLE_ITEM
from articles.extraction.figures.reader import OutcomeReader
from articles.extraction.headers import Span
from articles.extraction.lexicon.numbers import ROUNDED
from articles.extraction.lexicon.phrasewords import LIST_BULLETS

if TYPE_CHECKING:
    from articles.extraction.document import Doc
    from articles.extraction.people import PeopleIndex
    from articles.extraction.types import FoundOperation, FoundOrganisation

from articles.extraction.types import FoundOutcome

__all__ = ["Outcomes", "find_outcomes"]


class Outcomes(NamedTuple):
    found: list[FoundOutcome]
    out_of_range: list[Span]  # figures too large to store, left out of `found`


def find_outcomes(
    doc: Doc,
    people: PeopleIndex,
    operations: list[FoundOperation],
    organisations: list[FoundOrganisation],
) -> Outcomes:
    """Every result the document reports, once each, in reading order; and the figures left
    out as too large to store."""
    reader = OutcomeReader(doc, people, operations, organisations)
    if doc.zones:
        # One pass over the body: sentences never cross a paragraph, so neither do results;
        # a list's items are read with the lead that sets them out.
        reader.read_zone(doc.zones[0].start, doc.zones[-1].end, _sentences_with_list_leads(doc))
    body = [o for o in reader.found if doc.in_zone(o.span.start)]
    headline = doc.source.headline_span
    if headline is not None:
        reader.found = []
        whole = (headline.start, headline.end)
        reader.read_zone(headline.start, headline.end, lambda _pos: whole)
        # A figure the body repeats is the body's fact, whatever the headline calls it.
        seen = {(o.value, o.value_max) for o in body}
        body.extend(o for o in reader.found if (o.value, o.value_max) not in seen)

    # One fact once: the same figure for the same thing and person, first mention kept. One
    # item written with "a" is a thing of its own wherever it stands: "a rifle and a pistol"
    # are two firearms seized, not one told twice.
    out, seen = [], set()
    for o in sorted(body, key=lambda o: o.span.start):
        key = (o.metric, o.value, o.value_max, o.unit, o.person)
        if o.rule == SINGLE_ITEM:
            key += (o.span.start,)
        if key in seen:
            continue
        seen.add(key)
        out.append(o)

    def shown(span):
        in_headline = headline is not None and headline.start <= span.start < headline.end
        return in_headline or doc.in_zone(span.start)

    too_large = {span for span in reader.out_of_range if shown(span)}
    return Outcomes(_without_rounded(out), sorted(too_large, key=lambda span: span.start))


def _sentences_with_list_leads(doc: Doc):
    """`doc.sentence_at`, but for the items of a list set out under a lead that ends with a
    colon ("During the raids officers seized:" then "• 40 vapes," "• eight phones."): the
    sentence runs from the lead's, so that the lead's verb says what happened to each item."""
    text, zones = doc.text, doc.zones
    leads: dict[int, int] = {}  # zone index -> where its items' lead sentence starts
    for k in range(1, len(zones)):
        item = text[zones[k].start : zones[k].end].lstrip()
        if not item.startswith(LIST_BULLETS):
            continue
        if k - 1 in leads:
            leads[k] = leads[k - 1]  # the next item of the same list, a paragraph of its own
        elif text[zones[k - 1].start : zones[k - 1].end].rstrip().endswith(":"):
            leads[k] = doc.sentence_at(zones[k - 1].end - 1)[0]
    if not leads:
        return doc.sentence_at

    def sentence_of(pos: int) -> tuple[int, int]:
        start, end = doc.sentence_at(pos)
        lead = leads.get(doc.zone_index(pos))
        return (lead, end) if lead is not None and start < end else (start, end)

    return sentence_of


def _without_rounded(found: list[FoundOutcome]) -> list[FoundOutcome]:
    """Less a rounded figure that the article also gives precisely ("more than 1,100 wraps"
    beside "1,149 wraps"): one fact, told once."""
    exact: dict[str, list[float]] = {}
    for o in found:
        if o.qualifier is None and o.value is not None and o.value_max is None:
            exact.setdefault(o.metric, []).append(o.value)
    for values in exact.values():
        values.sort()
    return [
        o for o in found if o.qualifier not in ROUNDED or not _rounds_one_of(o, exact.get(o.metric))
    ]


def _rounds_one_of(o: FoundOutcome, values: list[float] | None) -> bool:
    """Whether a precise value in `values` (sorted) lies near enough to `o`'s rounded one."""
    near = ROUNDED.get(o.qualifier)
    if not values or near is None or not o.value or o.value_max is not None:
        return False
    low, high = o.value * near[0], o.value * near[1]
    i = bisect_left(values, low)
    if i < len(values) and values[i] == o.value:
        i = bisect_right(values, o.value)  # the rounded value itself, given plainly elsewhere
    return i < len(values) and values[i] <= high
