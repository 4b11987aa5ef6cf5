"""Writing source texts into the database.

`read_source` turns a path into text or a `SourceError` that says what is wrong with the file;
`import_text` writes one article and everything extracted from it in one transaction, keyed by
the source file name, so a re-run of an unchanged file changes nothing and a changed file is
re-extracted without touching what a journalist has verified, rejected or edited.
"""

from __future__ import annotations

import logging
import os
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import Q
from django.utils import timezone

from articles.extraction import Extraction, extract
from articles.models import Article, ArticleStatus, content_hash
from casefiles import search
from casefiles.models import (
    Appearance,
    Operation,
    OperationMention,
    Organisation,
    Outcome,
    Person,
    Quote,
    unique_slugs,
)

logger = logging.getLogger(__name__)

PROVENANCE_MODELS = (Appearance, OperationMention, Quote, Outcome)


class SourceError(Exception):
    """A source file that cannot be imported; the message says why."""


@dataclass
class ImportResult:
    source_name: str
    status: str  # "created", "updated", "unchanged" or "failed"
    article: Article | None = None
    found: Counter = field(default_factory=Counter)  # quotes, people, operations, outcomes
    kept: Counter = field(default_factory=Counter)  # journalists' records left as they were
    relocated: int = 0
    passage_missing: int = 0
    error: str = ""


def iter_source_paths(paths):
    """Each file to import: a directory stands for its *.txt files, sorted by name."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.glob("*.txt") if p.is_file())
        else:
            yield path


def read_source(path: Path, *, max_bytes: int | None = None) -> str:
    """The text of a source file as `open(path, encoding="utf-8")` reads it, or a SourceError."""
    max_bytes = settings.CASEFILES_MAX_SOURCE_BYTES if max_bytes is None else max_bytes
    try:
        size = os.stat(path).st_size
        if path.is_dir():
            raise SourceError("is a directory, not a text file")
        if size > max_bytes:
            raise SourceError(
                f"is {size:,} bytes, over the {max_bytes:,}-byte limit "
                "(raise CASEFILES_MAX_SOURCE_BYTES to import it)"
            )
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise SourceError("does not exist") from None
    except PermissionError:
        raise SourceError("cannot be read: permission denied") from None
    except OSError as exc:
        raise SourceError(f"cannot be read: {exc.strerror or exc}") from None
    if not data.strip():
        raise SourceError("is empty")
    nul = data.find(b"\x00")
    if nul != -1:
        raise SourceError(f"looks binary, not text (NUL byte at byte {nul})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"is not UTF-8: byte 0x{data[exc.start]:02x} at byte {exc.start} cannot be decoded "
            "(save the file as UTF-8 and import it again)"
        ) from None
    # Universal newlines, as text-mode open() gives them: offsets must index that text.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def import_path(path: Path, **options) -> ImportResult:
    """Read and import one file; a bad file comes back as a failed result, never half-written."""
    try:
        text = read_source(path)
        return import_text(text, path.name, **options)
    except SourceError as exc:
        return ImportResult(path.name, "failed", error=str(exc))
    except DatabaseError as exc:
        return ImportResult(path.name, "failed", error=f"could not be saved: {exc}")
    except Exception as exc:
        # A text the extractor cannot handle must not stop the files after it.
        logger.exception("Extraction failed for %s", path)
        return ImportResult(
            path.name, "failed", error=f"could not be read ({type(exc).__name__}: {exc})"
        )


def import_text(
    text: str, source_name: str, *, publish: bool = False, dry_run: bool = False
) -> ImportResult:
    extraction = extract(text)
    if not extraction.source.paragraphs:
        return ImportResult(source_name, "failed", error="has no body text")
    with transaction.atomic(), search.signals_paused():
        result = _write(text, source_name, extraction, publish=publish)
        if dry_run:
            transaction.set_rollback(True)
        elif result.status != "unchanged":
            # In the article's own transaction: the index never shows half an import.
            search.reindex_article(result.article.pk)
    return result


def _write(text, source_name, extraction: Extraction, *, publish) -> ImportResult:
    parsed = extraction.source
    article = Article.objects.filter(source_name=source_name).first()
    digest = content_hash(text)
    if article is not None and article.content_hash == digest:
        if publish and article.status != ArticleStatus.PUBLISHED:
            article.status = ArticleStatus.PUBLISHED
            article.save(update_fields=["status", "modified"])
            return ImportResult(source_name, "updated", article, found=_found(extraction))
        return ImportResult(source_name, "unchanged", article, found=_found(extraction))

    status = "created" if article is None else "updated"
    if article is None:
        article = Article(source_name=source_name)
    article.body = text
    article.truncated = parsed.truncated
    if parsed.headline:
        article.headline, article.headline_derived = parsed.headline[:500], False
    elif status == "created" or article.headline_derived:
        # Never replace a headline a journalist wrote with a derived one.
        article.headline, article.headline_derived = parsed.derived_headline[:500], True
    article.published_at = _aware(parsed.published) or article.published_at
    article.updated_at = _aware(parsed.updated)
    if article.published_at and article.updated_at and article.updated_at < article.published_at:
        article.updated_at = None
    if parsed.byline:
        article.byline = parsed.byline[:200]
    if publish:
        article.status = ArticleStatus.PUBLISHED
    article.save()

    result = ImportResult(source_name, status, article, found=_found(extraction))
    if status == "created":
        kept_spans = {model: set() for model in PROVENANCE_MODELS}
    else:
        kept_spans = _keep_journalists_work(article, text, result)
    _create_records(article, extraction, kept_spans)
    return result


def _found(extraction):
    return Counter(
        quotes=len(extraction.quotes),
        people=len(extraction.people),
        operations=len(extraction.operations),
        organisations=len(extraction.organisations),
        outcomes=len(extraction.outcomes),
    )


def _aware(value: datetime | None):
    if value is None or timezone.is_aware(value):
        return value
    return timezone.make_aware(value)


def _keep_journalists_work(article, text, result):
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
                start = _nearest(text, record.text, record.start)
                if start is None:
                    record.passage_missing = True
                    result.passage_missing += 1
                else:
                    record.start, record.end = start, start + len(record.text)
                    record.passage_missing = False
                    result.relocated += 1
                moved.append(record)
            spans.add((record.start, record.end))
        if moved:
            # Offsets first to a free range, so that two swapped records never collide.
            model.objects.bulk_update(moved, ["start", "end", "passage_missing"])
        kept_spans[model] = spans
    return kept_spans


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


def _create_records(article, extraction: Extraction, kept_spans):
    organisations = _organisations(extraction)
    people = _people(extraction, organisations)
    operations = _operations(extraction, organisations)

    seen = set(kept_spans[Appearance])
    appearances = []
    for found in extraction.people:
        span = found.first
        key = (span.start, span.end)
        if key in seen or _overlaps(key, kept_spans[Appearance]):
            continue
        seen.add(key)
        appearances.append(
            Appearance(
                article=article,
                start=span.start,
                end=span.end,
                text=span.text,
                person=people[found.name],
                rank_as_printed=(found.rank_as_printed or "")[:120],
                rank=(found.rank_or_title or "")[:120],
                role=(found.role or "")[:300],
                organisation=organisations.get(found.organisation),
            )
        )
    Appearance.objects.bulk_create(appearances)

    seen = set(kept_spans[OperationMention])
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
                    operation=operations[found.name],
                )
            )
    OperationMention.objects.bulk_create(mentions)

    seen = set(kept_spans[Quote])
    quotes, quote_operations = [], []
    for found in extraction.quotes:
        key = (found.span.start, found.span.end)
        if key in seen or _overlaps(key, kept_spans[Quote]):
            continue
        seen.add(key)
        quotes.append(
            Quote(
                article=article,
                start=found.span.start,
                end=found.span.end,
                text=found.span.text,
                speaker=people.get(found.speaker),
                paragraphs=max(1, found.paragraphs),
                attribution=(found.attribution.text if found.attribution else "")[:500],
            )
        )
        quote_operations.append([operations[name] for name in found.operations])
    Quote.objects.bulk_create(quotes)
    through = [
        Quote.operations.through(quote_id=quote.pk, operation_id=operation.pk)
        for quote, ops in zip(quotes, quote_operations, strict=True)
        for operation in {op.pk: op for op in ops}.values()
    ]
    Quote.operations.through.objects.bulk_create(through)

    seen = {(start, end, None) for start, end in kept_spans[Outcome]}
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
                operation=operations.get(found.operation),
                organisation=organisations.get(found.organisation),
                person=people.get(found.person),
            )
        )
    Outcome.objects.bulk_create(outcomes)


def _create(model, new):
    """Insert new named records in one statement, each with a free slug."""
    for record, slug in zip(new, unique_slugs(model, [r.name for r in new]), strict=True):
        record.slug = slug
    return model.objects.bulk_create(new)


def _organisations(extraction):
    """Every organisation the article names, found by name or created, keyed by name."""
    wanted = {found.name: found for found in extraction.organisations}
    for found in extraction.people:
        if found.organisation and found.organisation not in wanted:
            wanted[found.organisation] = None
    if not wanted:
        return {}
    existing = {org.name: org for org in Organisation.objects.filter(name__in=wanted)}
    new = [
        Organisation(name=name[:200], kind=found.kind if found else "other")
        for name, found in wanted.items()
        if name not in existing
    ]
    existing.update((org.name, org) for org in _create(Organisation, new))
    adopted = []
    for name, found in wanted.items():
        org = existing[name]
        parent = existing.get(found.parent) if found and found.parent else None
        if parent is not None and org.parent_id is None and parent.pk != org.pk:
            org.parent = parent
            adopted.append(org)
    Organisation.objects.bulk_update(adopted, ["parent"])
    return existing


def _people(extraction, organisations):
    names = [found.name for found in extraction.people]
    if not names:
        return {}
    existing = {}
    for person in Person.objects.filter(name__in=names).order_by("pk"):
        existing.setdefault(person.name, person)
    new = {}
    for found in extraction.people:
        if found.name not in existing and found.name not in new:
            new[found.name] = Person(
                name=found.name[:200],
                kind=found.kind,
                organisation=organisations.get(found.organisation),
            )
    existing.update(zip(new, _create(Person, list(new.values())), strict=True))
    return existing


def _operations(extraction, organisations):
    """Operations by canonical name, matched against names and known aliases."""
    names = [found.name for found in extraction.operations]
    if not names:
        return {}
    existing = {}
    for operation in Operation.objects.filter(name__in=names).order_by("pk"):
        existing.setdefault(operation.name, operation)
    if missing := [name for name in names if name not in existing]:
        # A journalist may have renamed an operation: its old names live on as aliases.
        known_as = Q()
        for name in missing:
            known_as |= Q(aliases__icontains=name)
        for operation in Operation.objects.filter(known_as).order_by("pk"):
            folded = {alias.casefold() for alias in operation.aliases}
            for name in missing:
                if name.casefold() in folded:
                    existing.setdefault(name, operation)
    forces = [
        org
        for found in extraction.organisations
        if found.kind == "police_force" and (org := organisations.get(found.name))
    ]
    force = forces[0] if len(forces) == 1 else None
    new, grown = {}, []
    for found in extraction.operations:
        operation = existing.get(found.name)
        if operation is None:
            aliases = _new_spellings(found.aliases, found.name, [])
            new[found.name] = Operation(
                name=found.name[:200], kind=found.kind, aliases=aliases, force=force
            )
        elif added := _new_spellings(found.aliases, operation.name, operation.aliases):
            operation.aliases = [*operation.aliases, *added]
            grown.append(operation)
    Operation.objects.bulk_update(grown, ["aliases"])
    existing.update(zip(new, _create(Operation, list(new.values())), strict=True))
    return existing


def _new_spellings(spellings, name, known):
    """Spellings that are neither the name nor a known alias, letter case aside."""
    seen = {name.casefold(), *(alias.casefold() for alias in known)}
    fresh = []
    for spelling in spellings:
        if spelling.casefold() not in seen:
            seen.add(spelling.casefold())
            fresh.append(spelling)
    return fresh
