"""Writing a run's articles several to a transaction (`import_articles`).

An article written in a transaction of its own pays for a commit, for reading and moving on
the content versions, and for a statement per kind of record, however few records it has:
most of what a short article costs. A batch of consecutive articles of a run is written in
one transaction instead: each article's row and the people, organisations and operations it
names as it comes (the articles after it are compared with what it wrote), then the passage
records of all of them, one statement a kind, their index rows in one go, and the versions
of the pages they change moved on once. The rows written are those the articles would
write one by one, with the same ids.

An article that cannot be written must not take the others with it: when a batch fails, it
is rolled back whole and its articles are written again one by one, each in its own
transaction, so that only the one at fault fails. A batch is bounded by its number of
articles and by the time since its first came in, so that readers see a slow run's articles
without waiting for a whole batch.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from functools import partial

from articles.importer import (
    ImportResult,
    finish,
    import_guarded,
    import_text,
    named,
    write,
    write_rows,
    writing,
)
from articles.models import Article

# Articles a transaction at most: enough that what a transaction costs is spread thin, few
# enough that a failed batch written again one by one costs little.
ARTICLES = 50
# Seconds a batch stays open after its first article comes in.
SECONDS = 1.0


def in_batches(items: Iterable, size=None, seconds=None) -> Iterator[list]:
    """`items` in lists of `size` at most (`ARTICLES`), a list closed `seconds` (`SECONDS`)
    after its first item came in even when short (checked as each item comes in)."""
    size, seconds = size or ARTICLES, SECONDS if seconds is None else seconds
    batch, opened = [], 0.0
    for item in items:
        if not batch:
            opened = time.monotonic()
        batch.append(item)
        if len(batch) >= size or time.monotonic() - opened >= seconds:
            yield batch
            batch = []
    if batch:
        yield batch


def import_batch(articles, *, publish=False) -> list[ImportResult]:
    """Import `articles`, (source name, text, extraction) each, extracted already, in one
    transaction; their results in their order. If any cannot be written, all are written
    again one by one (`import_text`), so that it alone fails."""
    results = {}
    batch = []
    for n, (source_name, _, extraction) in enumerate(articles):
        if not extraction.source.paragraphs:
            results[n] = ImportResult(source_name, "failed", error="has no body text")
        else:
            batch.append(n)
    try:
        with writing():
            names = [articles[n][0] for n in batch]
            on_file = set(
                Article.objects.filter(source_name__in=names).values_list("source_name", flat=True)
            )
            named.read_ahead([articles[n][2] for n in batch])
            written = []
            for n in batch:
                source_name, text, extraction = articles[n]
                if source_name in on_file:
                    # The new articles' rows before this one's: the ids one by one would give.
                    write_rows(written)
                written.append(
                    write(
                        text,
                        source_name,
                        extraction,
                        page=None,
                        publish=publish,
                        reextract=False,
                        known=source_name in on_file,
                        later=True,
                    )
                )
            finish(written)
    except Exception:
        return [
            import_alone(source_name, text, extraction, publish=publish)
            for source_name, text, extraction in articles
        ]
    results.update((n, w.result) for n, w in zip(batch, written, strict=True))
    return [results[n] for n in range(len(articles))]


def import_alone(source_name, text, extraction, *, publish, dry_run=False) -> ImportResult:
    """Import one article, extracted already, in a transaction of its own; a failure to write
    it comes back as its failed result."""
    write = partial(
        import_text, text, source_name, publish=publish, dry_run=dry_run, extraction=extraction
    )
    return import_guarded(source_name, write)
