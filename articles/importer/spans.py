"""The records that point at a passage of an article: appearances, mentions, quotes, outcomes,
each with the rule that found it and how sure that rule was.

On a re-import, `keep_journalists_work` deletes what the importer made before and re-anchors
what a journalist verified, rejected or edited; `records` then makes fresh extraction
around the kept records, never over them.
"""

from __future__ import annotations

from dataclasses import dataclass

from casefiles import inserts
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
        kept = list(records.order_by("start", "pk"))
        result.kept[model._meta.verbose_name_plural] += len(kept)
        moved = _reanchor_all(kept, text, result)
        if moved:
            _move(model, moved, past=max([len(text), *(r.end for r in kept)]))
        kept_spans[model] = {(record.start, record.end) for record in kept}
    return kept_spans


def _key(record, start, end):
    """What the model's unique constraint holds of a record at start:end."""
    return (start, end, getattr(record, "metric", None))


def _reanchor_all(kept, text, result) -> list:
    """Move kept records whose passage moved; return those whose offsets or flag changed.

    Records still in place hold their spans first; each moved record then takes the nearest
    place the new text says its passage that no other kept record holds, so two records never
    end up on one span.
    """
    in_place = [r for r in kept if text[r.start : r.end] == r.text]
    claimed = {_key(r, r.start, r.end) for r in in_place}
    moved = [r for r in in_place if r.passage_missing]
    for record in in_place:
        record.passage_missing = False
    missing = []
    for record in kept:
        if text[record.start : record.end] == record.text:
            continue
        start = _nearest(text, record, claimed)
        if start is None:
            record.passage_missing = True
            result.passage_missing += 1
            missing.append(record)
        else:
            record.start, record.end = start, start + len(record.text)
            record.passage_missing = False
            result.relocated += 1
            claimed.add(_key(record, record.start, record.end))
        moved.append(record)
    for record in missing:
        # The old offsets mean nothing once the passage is gone; where a moved record now
        # holds them, stretch the end until the span is free so the row can still be saved.
        while _key(record, record.start, record.end) in claimed:
            record.end += 1
        claimed.add(_key(record, record.start, record.end))
    return moved


def _move(model, moved, past):
    """Write the new offsets of `moved` whatever the permutation.

    Updated in place, two records trading spans would collide on the unique constraint
    (checked row by row). So every moved record first goes to a span of its own beyond the
    text and every kept record, then to where it belongs.
    """
    final = [(record.start, record.end) for record in moved]
    for n, record in enumerate(moved):
        record.start, record.end = past + 1 + 2 * n, past + 2 + 2 * n
    model.objects.bulk_update(moved, ["start", "end"])
    for record, (start, end) in zip(moved, final, strict=True):
        record.start, record.end = start, end
    model.objects.bulk_update(moved, ["start", "end", "passage_missing"])


def _nearest(text, record, claimed):
    """Start of the occurrence of the record's passage in `text` closest to where it was, of
    those no key in `claimed` holds; or None."""
    passage = record.text
    if not passage:
        return None
    starts, start = [], text.find(passage)
    while start != -1:
        starts.append(start)
        start = text.find(passage, start + 1)
    for start in sorted(starts, key=lambda s: abs(s - record.start)):
        if _key(record, start, start + len(passage)) not in claimed:
            return start
    return None


def _overlaps(span, kept):
    start, end = span
    return any(start < k_end and k_start < end for k_start, k_end in kept)


@dataclass
class Written:
    """An article's fresh records (`records`), and the operations each quote speaks about."""

    appearances: list
    mentions: list
    quotes: list
    quote_operations: list  # for each quote, its operations
    outcomes: list


def records(article, extraction, kept_spans, named) -> Written:
    """Every passage record of a fresh extraction that no kept record already holds, not
    written yet: `insert_all` writes them, with those of the other articles of a batch.

    `named` holds the organisations, people and operations by name, as `named.py` returns
    them.
    """
    quotes, quote_operations = _quotes(article, extraction, kept_spans[Quote], named)
    return Written(
        _appearances(article, extraction, kept_spans[Appearance], named),
        _mentions(article, extraction, kept_spans[OperationMention], named),
        quotes,
        quote_operations,
        _outcomes(article, extraction, kept_spans[Outcome], named),
    )


def insert_all(written) -> None:
    """Write the records of several articles (`records`), each kind in one statement, in the
    articles' order: each row gets the id it would get were they written one by one."""
    Appearance.objects.insert(a for w in written for a in w.appearances)
    OperationMention.objects.insert(m for w in written for m in w.mentions)
    Quote.objects.insert(q for w in written for q in w.quotes)
    inserts.insert(
        Quote.operations.through(quote_id=quote.pk, operation_id=operation.pk)
        for w in written
        for quote, operations in zip(w.quotes, w.quote_operations, strict=True)
        for operation in operations
    )
    Outcome.objects.insert(o for w in written for o in w.outcomes)


def _found_by(found) -> dict:
    """Which rule found a record and how sure it was, from the extractor's record: the fields
    every passage record stores them in."""
    # Held to 0–1 as the database requires: a rule that misjudges its own sureness must not
    # cost the article its import.
    return {
        "extraction_rule": found.rule[:60],
        "confidence": min(1.0, max(0.0, float(found.confidence))),
    }


def _appearances(article, extraction, kept, named):
    seen = set(kept)
    appearances = []
    for found in extraction.people:
        span = found.first
        key = (span.start, span.end)
        person = named.people[found.name]
        if person is None or key in seen or _overlaps(key, kept):
            continue
        seen.add(key)
        appearances.append(
            inserts.new(
                Appearance,
                article=article,
                start=span.start,
                end=span.end,
                text=span.text,
                person=person,
                rank_as_printed=(found.rank_as_printed or "")[:120],
                rank=(found.rank_or_title or "")[:120],
                role=(found.role or "")[:300],
                organisation=named.organisations.get(found.organisation),
                age=found.age,
                resolution=named.reasons.get(("person", found.name), ""),
                **_found_by(found),
            )
        )
    return appearances


def _mentions(article, extraction, kept, named):
    seen = set(kept)
    mentions = []
    for found in extraction.operations:
        operation = named.operations[found.name]
        if operation is None:
            continue
        for span in found.mentions:
            key = (span.start, span.end)
            if key in seen:
                continue
            seen.add(key)
            mentions.append(
                inserts.new(
                    OperationMention,
                    article=article,
                    start=span.start,
                    end=span.end,
                    text=span.text,
                    operation=operation,
                    resolution=named.reasons.get(("operation", found.name), ""),
                    **_found_by(found),
                )
            )
    return mentions


def _quotes(article, extraction, kept, named):
    seen = set(kept)
    quotes, quote_operations = [], []
    for found in extraction.quotes:
        key = (found.span.start, found.span.end)
        if key in seen or _overlaps(key, kept):
            continue
        seen.add(key)
        quotes.append(
            inserts.new(
                Quote,
                article=article,
                start=found.span.start,
                end=found.span.end,
                text=found.span.text,
                speaker=named.people.get(found.speaker),
                paragraphs=max(1, found.paragraphs),
                attribution=(found.attribution.text if found.attribution else "")[:500],
                **_found_by(found),
            )
        )
        operations = [named.operations[name] for name in found.operations]
        quote_operations.append(list({op.pk: op for op in operations if op}.values()))
    return quotes, quote_operations


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
            inserts.new(
                Outcome,
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
                scope=found.scope,
                is_total=found.is_total,
                operation=named.operations.get(found.operation),
                organisation=named.organisations.get(found.organisation),
                person=named.people.get(found.person),
                **_found_by(found),
            )
        )
    return outcomes
