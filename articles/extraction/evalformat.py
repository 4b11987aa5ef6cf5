"""An extraction in the eval JSON format (see the eval README), as `extract --json` prints it."""

from __future__ import annotations

from articles.extraction.headers import Span, format_stamp
from articles.extraction.types import Extraction


def _span(span: Span) -> dict:
    return {"text": span.text, "start": span.start, "end": span.end}


def _found_by(record) -> dict:
    """Which rule found a record and how sure it is; the scorer ignores both."""
    return {"rule": record.rule, "confidence": record.confidence}


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
            {
                "name": op.name,
                "mentions": [_span(m) for m in op.mentions],
                "force": op.force,
                **_found_by(op),
            }
            for op in extraction.operations
        ],
        "people": [
            {
                "name": p.name,
                "rank_or_title": p.rank_or_title,
                "role": p.role,
                "organisation": p.organisation,
                **_found_by(p),
            }
            for p in extraction.people
        ],
        "organisations": [{"name": org.name, **_found_by(org)} for org in extraction.organisations],
        "quotes": [
            {
                "speaker": q.speaker,
                "text": q.span.text,
                "start": q.span.start,
                "end": q.span.end,
                "paragraphs": q.paragraphs,
                "operations": list(q.operations),
                **_found_by(q),
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
                "scope": o.scope,
                "is_total": o.is_total,
                **_found_by(o),
            }
            for o in extraction.outcomes
        ],
    }
