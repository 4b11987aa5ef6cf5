"""Extraction of quotes, people, organisations, operations and reported results.

`extract(text)` reads one plain-text article and returns an `Extraction`: plain frozen data
with spans that point into `text`. No Django, no network; the importer writes the result.

    python -m articles.extraction --json PATH...

prints the extraction of each file (a directory stands for its *.txt files) in the eval
format, as `manage.py extract --json` does.
"""

from __future__ import annotations

from articles.extraction.document import Doc
from articles.extraction.entities import (
    find_operations,
    find_organisations,
    find_people,
    titled_mentions,
)
from articles.extraction.figures import find_outcomes
from articles.extraction.headers import ParsedSource, Span, format_stamp, parse_source
from articles.extraction.quotes import find_quotes
from articles.extraction.types import (
    Extraction,
    FoundOperation,
    FoundOrganisation,
    FoundOutcome,
    FoundPerson,
    FoundQuote,
)

__all__ = [
    "Extraction",
    "FoundOperation",
    "FoundOrganisation",
    "FoundOutcome",
    "FoundPerson",
    "FoundQuote",
    "ParsedSource",
    "Span",
    "extract",
    "to_eval_dict",
]


def extract(text: str) -> Extraction:
    """Everything the article names and reports, each with spans into `text`."""
    source = parse_source(text)
    doc = Doc(text, source)
    operations = find_operations(doc)
    claimed = [(m.start, m.end) for op in operations for m in op.mentions]
    titled = titled_mentions(doc, claimed)
    organisations = find_organisations(doc, claimed + [(s, e) for s, e, *_ in titled])
    claimed += [(m.start, m.end) for org in organisations for m in org.mentions]
    people = find_people(doc, claimed, titled, organisations, source.byline)
    quotes = find_quotes(doc, people, operations)
    outcomes = find_outcomes(doc, people, operations, organisations)
    return Extraction(
        source=source,
        operations=tuple(operations),
        people=tuple(people.people),
        organisations=tuple(organisations),
        quotes=tuple(quotes),
        outcomes=tuple(outcomes),
    )


def _span(span: Span) -> dict:
    return {"text": span.text, "start": span.start, "end": span.end}


def to_eval_dict(extraction: Extraction, source_name: str) -> dict:
    """One article in the eval JSON format (see the eval README)."""
    src = extraction.source
    return {
        "source": source_name,
        "headline": src.headline,
        "published": format_stamp(src.published, src.published_has_time),
        "updated": format_stamp(src.updated, src.updated_has_time),
        "truncated": src.truncated,
        "operations": [
            {"name": op.name, "mentions": [_span(m) for m in op.mentions]}
            for op in extraction.operations
        ],
        "people": [
            {
                "name": p.name,
                "rank_or_title": p.rank_or_title,
                "role": p.role,
                "organisation": p.organisation,
            }
            for p in extraction.people
        ],
        "organisations": [{"name": org.name} for org in extraction.organisations],
        "quotes": [
            {
                "speaker": q.speaker,
                "text": q.span.text,
                "start": q.span.start,
                "end": q.span.end,
                "paragraphs": q.paragraphs,
                "operations": list(q.operations),
            }
            for q in extraction.quotes
        ],
        "outcomes": [
            {
                "metric": o.metric,
                "value": o.value,
                "value_max": o.value_max,
                "unit": o.unit,
                "qualifier": o.qualifier,
                "text": o.span.text,
                "start": o.span.start,
                "end": o.span.end,
            }
            for o in extraction.outcomes
        ],
    }
