"""Extraction of quotes, people, organisations, operations and reported results.

`extract(text)` reads one plain-text article and returns an `Extraction`: plain frozen data
with spans that point into `text`. No Django, no network; the importer writes the result.

    python -m articles.extraction --json PATH...

prints the extraction of each file (a directory stands for its *.txt files) in the eval
format, as `manage.py extract --json` does.
"""

from __future__ import annotations

from articles.extraction.budget import ExtractionTimeout, check_budget, time_budget
from articles.extraction.document import Doc
from articles.extraction.evalformat import to_eval_dict
from articles.extraction.figures import find_outcomes
from articles.extraction.headers import ParsedSource, Span, parse_source
from articles.extraction.operationforces import with_forces
from articles.extraction.operations import find_operations
from articles.extraction.organisations import find_organisations
from articles.extraction.people import find_people
from articles.extraction.quotes import find_quotes
from articles.extraction.titles import titled_mentions
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
    "ExtractionTimeout",
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


def extract(text: str, *, seconds: float | None = None) -> Extraction:
    """Everything the article names and reports, each with spans into `text`.

    With `seconds`, raises ExtractionTimeout when reading the article takes longer.
    """
    if seconds is None:
        return _extract(text)
    with time_budget(seconds):
        return _extract(text)


def _extract(text: str) -> Extraction:
    source = parse_source(text)
    doc = Doc(text, source)
    check_budget()
    operations = find_operations(doc)
    claimed = [(m.start, m.end) for op in operations for m in op.mentions]
    titled = titled_mentions(doc, claimed)
    check_budget()
    organisations = find_organisations(doc, claimed + [(s, e) for s, e, *_ in titled])
    claimed += [(m.start, m.end) for org in organisations for m in org.mentions]
    operations = with_forces(doc, operations, organisations)
    check_budget()
    people = find_people(doc, claimed, titled, organisations, source.byline)
    check_budget()
    quotes = find_quotes(doc, people, operations)
    check_budget()
    outcomes = find_outcomes(doc, people, operations, organisations)
    return Extraction(
        source=source,
        operations=tuple(operations),
        people=tuple(people.people),
        organisations=tuple(organisations),
        quotes=tuple(quotes),
        outcomes=tuple(outcomes.found),
        out_of_range=tuple(outcomes.out_of_range),
    )
