"""The records that point at a passage of an article: appearances, mentions, quotes, outcomes.

On a re-import, `keep_journalists_work` deletes what the importer made before and re-anchors
what a journalist verified, rejected or edited; `create_records` then writes fresh extraction
around the kept records, never over them.
"""

from __future__ import annotations

from casefiles.models import Appearance, OperationMention, Outcome, Quote

PROVENANCE_MODELS = (Appearance, OperationMention, Quote, Outcome)


def no_kept_spans() -> dict:
    return {model: set() for model in PROVENANCE_MODELS}


def keep_journalists_work(article, text, result) -> dict:
    """Delete what the importer made before; keep, and re-anchor, what a journalist touched.

    Returns, per model, the spans now held by kept records so that fresh extraction does not
    bring back a record a journalist already verified or rejected.
    """
    kept_spans = {}
    for model in PROVENANCE_MODELS:
        records = model.objects.filter(article=article)
        records.filter(edited=False, review_status="extracted").delete()
        spans = set()
        moved = []
        for record in records:
            result.kept[model._meta.verbose_name_plural] += 1
            if text[record.start : record.end] != record.text:
                _reanchor(record, text, result)
                moved.append(record)
            spans.add((record.start, record.end))
        if moved:
            model.objects.bulk_update(moved, ["start", "end", "passage_missing"])
        kept_spans[model] = spans
    return kept_spans


def _reanchor(record, text, result):
    """Move a kept record to its passage in the new text, or flag the passage as missing."""
    start = _nearest(text, record.text, record.start)
    if start is None:
        record.passage_missing = True
        result.passage_missing += 1
    else:
        record.start, record.end = start, start + len(record.text)
        record.passage_missing = False
        result.relocated += 1


def _nearest(text, passage, near):
    """Start of the occurrence of `passage` in `text` closest to `near`, or None."""
    best, start = None, text.find(passage)
    while start != -1:
        if best is None or abs(start - near) < abs(best - near):
            best = start
        start = text.find(passage, start + 1)
    return best


def _overlaps(span, kept):
    start, end = span
    return any(start < k_end and k_start < end for k_start, k_end in kept)


def create_records(article, extraction, kept_spans, named) -> None:
    """Write every passage record of a fresh extraction that no kept record already holds.

    `named` holds the organisations, people and operations by name, as `named.py` returns
    them.
    """
    _appearances(article, extraction, kept_spans[Appearance], named)
    _mentions(article, extraction, kept_spans[OperationMention], named)
    _quotes(article, extraction, kept_spans[Quote], named)
    _outcomes(article, extraction, kept_spans[Outcome], named)


def _appearances(article, extraction, kept, named):
    seen = set(kept)
    appearances = []
    for found in extraction.people:
        span = found.first
        key = (span.start, span.end)
        if key in seen or _overlaps(key, kept):
            continue
        seen.add(key)
        appearances.append(
            Appearance(
                article=article,
                start=span.start,
                end=span.end,
                text=span.text,
                person=named.people[found.name],
                rank_as_printed=(found.rank_as_printed or "")[:120],
                rank=(found.rank_or_title or "")[:120],
                role=(found.role or "")[:300],
                organisation=named.organisations.get(found.organisation),
            )
        )
    Appearance.objects.bulk_create(appearances)


def _mentions(article, extraction, kept, named):
    seen = set(kept)
    mentions = []
    for found in extraction.operations:
        for span in found.mentions:
            key = (span.start, span.end)
            if key in seen:
                continue
            seen.add(key)
            mentions.append(
                OperationMention(
                    article=article,
                    start=span.start,
                    end=span.end,
                    text=span.text,
                    operation=named.operations[found.name],
                )
            )
    OperationMention.objects.bulk_create(mentions)


def _quotes(article, extraction, kept, named):
    seen = set(kept)
    quotes, quote_operations = [], []
    for found in extraction.quotes:
        key = (found.span.start, found.span.end)
        if key in seen or _overlaps(key, kept):
            continue
        seen.add(key)
        quotes.append(
            Quote(
                article=article,
                start=found.span.start,
                end=found.span.end,
                text=found.span.text,
                speaker=named.people.get(found.speaker),
                paragraphs=max(1, found.paragraphs),
                attribution=(found.attribution.text if found.attribution else "")[:500],
            )
        )
        quote_operations.append([named.operations[name] for name in found.operations])
    Quote.objects.bulk_create(quotes)
    through = [
        Quote.operations.through(quote_id=quote.pk, operation_id=operation.pk)
        for quote, ops in zip(quotes, quote_operations, strict=True)
        for operation in {op.pk: op for op in ops}.values()
    ]
    Quote.operations.through.objects.bulk_create(through)


def _outcomes(article, extraction, kept, named):
    # A kept outcome holds its passage for every metric read from it.
    seen = {(start, end, None) for start, end in kept}
    outcomes = []
    for found in extraction.outcomes:
        key = (found.span.start, found.span.end, found.metric)
        if key in seen or (found.span.start, found.span.end, None) in seen:
            continue
        seen.add(key)
        outcomes.append(
            Outcome(
                article=article,
                start=found.span.start,
                end=found.span.end,
                text=found.span.text,
                metric=found.metric[:120],
                value=found.value,
                value_max=found.value_max,
                unit=(found.unit or "")[:40],
                qualifier=found.qualifier or "",
                period=(found.period or "")[:120],
                operation=named.operations.get(found.operation),
                organisation=named.organisations.get(found.organisation),
                person=named.people.get(found.person),
            )
        )
    Outcome.objects.bulk_create(outcomes)
