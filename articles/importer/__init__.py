"""Writing source texts into the database.

`import_source` reads a file through `articles.sources` and imports it, or reports why it
cannot; `import_text` writes one article and everything extracted from it in one transaction,
keyed by the source's name (its path within the folder imported), so a re-run of an unchanged
file changes nothing and a changed file is re-extracted without touching what a journalist has
verified, rejected or edited.

The passes: the article row here, the people, organisations and operations it names in
`named.py`, the records that point at its passages in `spans.py`.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.db import DatabaseError, transaction
from django.utils import timezone

from articles.extraction import Extraction, ExtractionTimeout, extract
from articles.extraction.budget import time_budget
from articles.importer import named, spans
from articles.models import Article, ArticleStatus, content_hash
from articles.sources import Source, SourceError
from casefiles import search

logger = logging.getLogger(__name__)


@dataclass
class ImportResult:
    source_name: str
    status: str  # "created", "updated", "unchanged" or "failed"
    article: Article | None = None
    found: Counter = field(default_factory=Counter)  # quotes, people, operations, outcomes
    kept: Counter = field(default_factory=Counter)  # journalists' records left as they were
    relocated: int = 0
    passage_missing: int = 0
    # Figures as printed that are too large to store, left out of the records.
    out_of_range: list[str] = field(default_factory=list)
    error: str = ""


def import_source(source: Source, **options) -> ImportResult:
    """Read and import one file; a bad file comes back as a failed result, never half-written."""
    try:
        text = source.read(max_bytes=settings.CASEFILES_MAX_SOURCE_BYTES)
        return import_text(text, source.name, **options)
    except Exception as exc:
        # A text the extractor cannot handle must not stop the files after it.
        return failed(source.name, exc)


def failed(source_name: str, exc: Exception) -> ImportResult:
    """The failed result for an error reading or importing one source, saying why."""
    if isinstance(exc, SourceError):
        return ImportResult(source_name, "failed", error=exc.reason)
    if isinstance(exc, ExtractionTimeout):
        return ImportResult(source_name, "failed", error=str(exc))
    if isinstance(exc, DatabaseError):
        return ImportResult(source_name, "failed", error=f"could not be saved: {exc}")
    logger.error("Extraction failed for %s", source_name, exc_info=exc)
    return ImportResult(
        source_name, "failed", error=f"could not be read ({type(exc).__name__}: {exc})"
    )


def import_text(
    text: str, source_name: str, *, publish: bool = False, dry_run: bool = False
) -> ImportResult:
    with time_budget(settings.CASEFILES_EXTRACT_SECONDS):
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
    # Locked until this article's transaction ends: two imports of one source at once (two
    # workers, or two runs) take turns, the second seeing what the first wrote.
    article = Article.objects.select_for_update().filter(source_name=source_name).first()
    if article is not None and article.content_hash == content_hash(text):
        return _unchanged(article, extraction, publish=publish)

    status = "created" if article is None else "updated"
    if article is None:
        article = Article(source_name=source_name)
    _fill(article, text, extraction.source, created=status == "created")
    if publish:
        article.status = ArticleStatus.PUBLISHED
    article.save()

    result = ImportResult(source_name, status, article, found=_found(extraction))
    result.out_of_range = [span.text for span in extraction.out_of_range]
    if status == "created":
        previous, kept_spans = None, spans.no_kept_spans()
    else:
        previous = named.previously_named(article)
        kept_spans = spans.keep_journalists_work(article, text, result)
    names = named.find_or_create(extraction, previous)
    spans.create_records(article, extraction, kept_spans, names)
    names.ask(article)
    return result


def _unchanged(article, extraction, *, publish) -> ImportResult:
    """The same text again: nothing to write, unless it is now to be published."""
    if publish and article.status != ArticleStatus.PUBLISHED:
        article.status = ArticleStatus.PUBLISHED
        article.save(update_fields=["status", "modified"])
        return ImportResult(article.source_name, "updated", article, found=_found(extraction))
    return ImportResult(article.source_name, "unchanged", article, found=_found(extraction))


def _fill(article, text, parsed, *, created):
    """Set the article's text and what its header says: headline, dates, byline."""
    article.body = text
    article.truncated = parsed.truncated
    if parsed.headline:
        article.headline, article.headline_derived = parsed.headline[:500], False
    elif created or article.headline_derived:
        # Never replace a headline a journalist wrote with a derived one.
        article.headline, article.headline_derived = parsed.derived_headline[:500], True
    article.published_at = _aware(parsed.published) or article.published_at
    article.updated_at = _aware(parsed.updated)
    if article.published_at and article.updated_at and article.updated_at < article.published_at:
        article.updated_at = None
    if parsed.byline:
        article.byline = parsed.byline[:200]


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
