"""Writing source texts into the database.

`import_source` reads a file through `articles.sources` and imports it, or reports why it
cannot; `import_text` writes one article and everything extracted from it in one transaction,
keyed by the source's name (its path within the folder imported), so a re-run of an unchanged
file changes nothing and a changed file is re-extracted without touching what a journalist has
verified, rejected or edited.

The passes: the article row here, the people, organisations and operations it names in
`named.py`, the records that point at its passages in `spans.py`, and for a news page what its
markup says (headline, byline, dates, address, outlet) in `pages.py`.
"""

from __future__ import annotations

import logging
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from articles.extraction import Extraction, ExtractionTimeout, extract
from articles.extraction.budget import time_budget
from articles.importer import derived, named, on_file, pages, spans
from articles.models import Article, ArticleStatus, content_hash
from articles.sources import Source, SourceError
from casefiles import search
from casefiles.versions import one_version_bump

if TYPE_CHECKING:
    from articles.intake.html import Page

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

    def read_and_import():
        text = source.read(max_bytes=settings.CASEFILES_MAX_SOURCE_BYTES)
        return import_text(text, source.name, **options)

    return import_guarded(source.name, read_and_import)


def import_guarded(source_name: str, read_and_import) -> ImportResult:
    """Run `read_and_import()`, the reading and importing of one source; a source that cannot
    be read, extracted or saved comes back as a failed result with the reason, never
    half-written, so the sources after it still import."""
    try:
        return read_and_import()
    except Exception as exc:
        # A text the extractor cannot handle must not stop the files after it.
        return failed(source_name, exc)


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
    text: str,
    source_name: str,
    *,
    publish: bool = False,
    dry_run: bool = False,
    reextract: bool = False,
    page: Page | None = None,
    extraction: Extraction | None = None,
) -> ImportResult:
    """Import `text` as the article known as `source_name`, in one transaction.

    `page`: the news page `text` was read from (`articles.intake.html.read_page`); its HTML is
    kept beside the text and its metadata fills the article (`pages.header`). `reextract`:
    extract again even when the text is unchanged, keeping what a journalist did and every
    header field the article already has. `extraction`: what `extract(text)` gives, when it
    was run already (in a worker process, `parallel`).
    """
    if extraction is None:
        with time_budget(settings.CASEFILES_EXTRACT_SECONDS):
            extraction = extract(text)
    if not extraction.source.paragraphs:
        return ImportResult(source_name, "failed", error="has no body text")
    with writing(dry_run=dry_run):
        written = write(
            text, source_name, extraction, page=page, publish=publish, reextract=reextract
        )
        if not dry_run:
            finish([written])
    return written.result


@contextmanager
def writing(*, dry_run=False):
    """The transaction articles are written in (`write`, then `finish`): one commit for the
    articles, their index rows and the content versions readers' pages are cached under, so
    the index never shows half an import nor a page an old one. What the run remembers is
    checked against others' writes around it (`on_file`). `dry_run`: roll it all back."""
    try:
        with (
            transaction.atomic(),
            _commit_without_waiting(),
            on_file.checked(),
            search.signals_paused(in_transaction=True),
            one_version_bump(),
        ):
            yield
            if dry_run:
                transaction.set_rollback(True)
    except BaseException:
        on_file.forget()
        raise
    if dry_run:
        on_file.forget()


@dataclass
class Written:
    """An article's row, written (`write`), and what `finish` is still to write of it."""

    result: ImportResult
    records: spans.Written | None = None  # None: no records to write (unchanged)
    names: named.Named | None = None


def finish(batch: list[Written]) -> None:
    """Write the rows of the new articles of `batch` not written yet (`write_rows`) and their
    records, each kind in one statement, ask what their names left open, then index the
    articles and move on the versions of the pages they change."""
    write_rows(batch)
    spans.insert_all([written.records for written in batch if written.records is not None])
    named.ask([(w.names, w.result.article) for w in batch if w.names is not None])
    new = [w for w in batch if w.result.status == "created"]
    if new:
        derived.follow_new_articles(
            [(w.result.article, w.records, w.names) for w in new], on_file.current().links
        )
    for written in batch:
        if written.result.status == "updated":
            search.reindex_article(written.result.article.pk)


@contextmanager
def _commit_without_waiting():
    """On PostgreSQL, let the article's commit return before its WAL reaches the disk.

    Safe for an import: a crash of the database server can lose only the last moments of
    commits (a fraction of a second), each article whole or not at all, never a half-written
    one nor a corrupted database; and a run imported again skips what it finds on file, so
    the articles lost are simply imported again. SQLite already syncs only at checkpoints
    (WAL with synchronous=NORMAL, `settings`), with the same guarantee."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit TO OFF")
    yield


@contextmanager
def many():
    """For a run of many imports (`import_articles`): what the articles' writes would read
    again and again is remembered for the run, and the people they name are indexed once a
    batch of articles (`casefiles.search.batched`), so that an article costs the same
    however often the people it names were named before."""
    with search.batched(), on_file.remembering():
        yield


def write_rows(batch: list[Written]) -> None:
    """Write the rows of the new articles of `batch` that `write` left to write, in one
    statement, in their order: each gets the id it would get were they saved one by one."""
    Article.objects.insert(
        w.result.article for w in batch if w.result.article and w.result.article.pk is None
    )


def write(
    text, source_name, extraction: Extraction, *, page, publish, reextract, known=True, later=False
):
    """Write the article's row and the people, organisations and operations it names, inside
    `writing()`; its passage records are left to `finish`. `known=False`: the caller found
    no article of `source_name` on file, in this transaction. `later`: a new article's row is
    left to `finish` too, to write with the batch's others (`write_rows`), for nothing reads
    its id before."""
    article = _imported_before(source_name) if known else None
    html = page.html if page else ""
    if (
        article is not None
        and not reextract
        and article.content_hash == content_hash(text)
        and article.original_html == html
    ):
        return Written(_unchanged(article, extraction, publish=publish))

    status = "created" if article is None else "updated"
    if article is None:
        article = Article(source_name=source_name)
    article.body, article.original_html = text, html
    article.truncated = extraction.source.truncated
    header = pages.header(extraction.source, page)
    if reextract:
        _fill_gaps(article, header)
    else:
        _fill(article, header, created=status == "created")
    if article.published_at and article.updated_at and article.updated_at < article.published_at:
        article.updated_at = None
    if page is not None and article.publication_id is None:
        article.publication = pages.publication_for(page)
    if publish:
        article.status = ArticleStatus.PUBLISHED
    if not (later and status == "created"):
        article.save()

    result = ImportResult(source_name, status, article, found=_found(extraction))
    result.out_of_range = [span.text for span in extraction.out_of_range]
    if status == "created":
        previous, kept_spans = None, spans.no_kept_spans()
    else:
        previous = named.previously_named(article)
        kept_spans = spans.keep_journalists_work(article, text, result)
    names = named.find_or_create(extraction, previous)
    records = spans.records(article, extraction, kept_spans, names)
    return Written(result, records, names)


def _imported_before(source_name):
    """The article imported from `source_name` before, or None.

    Locked until this article's transaction ends: two imports of one source at once (two
    workers, or two runs) take turns, the second seeing what the first wrote. A source new
    to the archive, as most are in a run, is told by a look-up of its key alone, which costs
    a small part of the locking read of a whole article. (Nothing is locked for a source not
    on file either way: two imports of a new source at once meet at its unique key.)"""
    on_file = Article.objects.filter(source_name=source_name)
    if not on_file.exists():
        return None
    return on_file.select_for_update().first()


def _unchanged(article, extraction, *, publish) -> ImportResult:
    """The same text again: nothing to write, unless it is now to be published."""
    if publish and article.status != ArticleStatus.PUBLISHED:
        article.status = ArticleStatus.PUBLISHED
        article.save(update_fields=["status", "modified"])
        return ImportResult(article.source_name, "updated", article, found=_found(extraction))
    return ImportResult(article.source_name, "unchanged", article, found=_found(extraction))


def _fill(article, header: pages.Header, *, created):
    """Set what the source says: headline, dates, byline, address."""
    if header.headline:
        article.headline, article.headline_derived = header.headline[:500], False
    elif created or article.headline_derived:
        # Never replace a headline a journalist wrote with a derived one.
        article.headline, article.headline_derived = header.derived_headline[:500], True
    if header.published:
        article.published_at = _aware(header.published)
        article.published_has_time = header.published_has_time
    article.updated_at = _aware(header.updated)
    if header.byline:
        article.byline = header.byline[:200]
    if header.url:
        article.source_url = header.url


def _fill_gaps(article, header: pages.Header):
    """Extracting the same text again: fill only what the article lacks, so nothing a
    journalist corrected is undone; a derived headline gives way to one now found."""
    if header.headline and article.headline_derived:
        article.headline, article.headline_derived = header.headline[:500], False
    if article.published_at is None and header.published:
        article.published_at = _aware(header.published)
        article.published_has_time = header.published_has_time
    article.updated_at = article.updated_at or _aware(header.updated)
    article.byline = article.byline or (header.byline or "")[:200]
    article.source_url = article.source_url or header.url or ""


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
