"""Keeping the index current: re-indexing what a commit changed, holding that work back while
the importer writes, and rebuilding the index from the tables."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice

from django.db import connection, transaction
from django.db.models import Q

from casefiles.models import OperationMention, Organisation, Person, Quote
from casefiles.search import backends
from casefiles.search.credits import (
    extended_entries,
    organisations_in,
    organisations_named_in,
    people_in,
)
from casefiles.search.entries import (
    SOURCES,
    TABLE,
    SearchKind,
    article_entry,
    article_rows,
    kind_of,
    operation_entry,
    operation_rows,
    organisation_entry,
    organisation_rows,
    person_rows,
    quote_entry,
    quote_rows,
    search_key,
)

BATCH_SIZE = 500


class _Held:
    """Index work held back inside `signals_paused()`, merged by what it calls."""

    def __init__(self):
        self.work = {}  # (func, *args) -> ids
        self.reindexed_articles = set()  # by a direct reindex_article() since their last change

    def add(self, func, args, ids):
        self.work.setdefault((func, *args), set()).update(ids)
        if func is reindex_articles:
            self.reindexed_articles -= ids

    def run(self):
        for (func, *args), ids in self.work.items():
            if func is reindex_articles:
                ids = ids - self.reindexed_articles
            if ids:
                func(*args, ids)


_local = threading.local()


def after_commit(func, *args, ids, using=None):
    """Run `func(*args, ids)` once the current transaction commits, at once outside one.

    Failures are logged, not raised: a save that committed must not fail because the index
    lagged (`rebuild_search_index` puts it right). Inside `signals_paused()` the work is held.
    """
    ids = {int(pk) for pk in ids if pk is not None}
    if not ids:
        return
    held = getattr(_local, "held", None)
    if held is not None:
        held.add(func, args, ids)
    else:
        transaction.on_commit(functools.partial(func, *args, ids), using=using, robust=True)


@contextmanager
def signals_paused(*, in_transaction=False):
    """Hold the index work that saves and deletes in the block ask for, and do it as one batch.

    The importer writes hundreds of records an article: one by one, each signal would re-index
    on its own. Held, calls to the same function are merged, an article the block re-indexes
    itself (with `reindex_article`) after its last change is left alone, and the rest (quotes a
    re-import deleted, people an article no longer names) runs once the transaction commits,
    or with `in_transaction`, as the block ends, in the transaction the block runs in (the
    importer's: the index then changes in the article's one commit, not in commits after it).
    Work held in a block that raises is dropped with the transaction it belonged to.
    """
    if getattr(_local, "held", None) is not None:
        yield
        return
    held = _local.held = _Held()
    try:
        yield
    finally:
        _local.held = None
    if not held.work:
        return
    if in_transaction:
        if not transaction.get_rollback():
            held.run()
    else:
        transaction.on_commit(held.run, robust=True)


def reindex_articles(article_ids: Iterable[int]) -> None:
    for article_id in article_ids:
        reindex_article(article_id)


def reindex_article(article_id: int) -> None:
    """Index an article, its quotes and the operations, people and organisations it names.

    A fixed number of queries however long the article. A deleted article's row is removed;
    its quotes' rows go with their own deletion (signals) and never show meanwhile. Inside
    `batched()`, the people it names are indexed with the batch (see there).
    """
    batch = getattr(_local, "batch", None)
    articles = list(article_rows().filter(pk=article_id))
    entries = [article_entry(article) for article in articles]
    if articles:
        entries += _named_in_article(article_id, people=batch is None)
    _replace(entries, [search_key(SearchKind.ARTICLE, article_id)])
    _after_indexing([article_id])


def index_new_articles(written) -> None:
    """`reindex_article` for articles written for the first time, from the records their
    import wrote, in hand, rather than read back: `written` holds for each (article,
    appearances, quotes, operations, organisations): its appearances and quotes (with their
    speakers), the operations its mentions and quotes name (with their forces) and the
    organisations its appearances, figures and mentions' forces name. The same rows, in two
    statements however many articles: a record several of them name is indexed once, as the
    last of them left it. People are indexed as `reindex_article` does."""
    batch = getattr(_local, "batch", None)
    entries = []
    for article, appearances, quotes, operations, organisations in written:
        entries += _new_article_entries(article, appearances, quotes, operations, organisations)
    article_ids = [article.pk for article, *_ in written]
    if batch is None:
        named = person_rows().filter(people_in(article_ids))
        entries += SOURCES[SearchKind.PERSON].entries(named)
    _replace(entries, [search_key(SearchKind.ARTICLE, pk) for pk in article_ids])
    _after_indexing(article_ids, new=True)


def _after_indexing(article_ids, *, new=False):
    """What follows indexing articles: the people placed in what they name indexed now, or
    with the batch at its end; and, in a held change, the articles noted as indexed."""
    batch = getattr(_local, "batch", None)
    held = getattr(_local, "held", None)
    for article_id in article_ids:
        if batch is None:
            reindex_people_placed_in(article_id, organisations_named_in([article_id]))
        else:
            batch.add(article_id, new=new)
        if held is not None:
            held.reindexed_articles.add(int(article_id))


def _new_article_entries(article, appearances, quotes, operations, organisations):
    first_credits = {}
    for appearance in sorted(appearances, key=lambda appearance: appearance.start):
        if not appearance.is_rejected and not appearance.passage_missing:
            first_credits.setdefault(appearance.person_id, appearance.text)
    for quote in quotes:
        # What `quote_rows` annotates (`with_speaker_credit`).
        speaker = quote.speaker
        if speaker is not None:
            credit = first_credits.get(speaker.pk, speaker.name)
            quote.speaker_as_printed = "" if speaker.is_rejected else credit
    entries = [article_entry(article)]
    entries += [quote_entry(quote) for quote in quotes]
    entries += [operation_entry(operation) for operation in operations]
    entries += [organisation_entry(organisation) for organisation in organisations]
    return entries


def _named_in_article(article_id, *, people=True):
    """The entries of the article's quotes and of the records it names."""
    mentioned = Q(pk__in=OperationMention.objects.filter(article_id=article_id).values("operation"))
    quoted_about = Q(
        pk__in=Quote.operations.through.objects.filter(quote__article_id=article_id).values(
            "operation"
        )
    )
    entries = [quote_entry(quote) for quote in quote_rows().filter(article_id=article_id)]
    entries += [operation_entry(op) for op in operation_rows().filter(mentioned | quoted_about)]
    entries += [
        organisation_entry(organisation)
        for organisation in organisation_rows().filter(organisations_in([article_id]))
    ]
    if people:
        named = person_rows().filter(people_in([article_id]))
        entries += SOURCES[SearchKind.PERSON].entries(named)
    return entries


class _Batch:
    """People to index for the articles committed since the last flush.

    A person's row lists every rank, role and organisation published articles give them; each
    person is indexed once per `size` articles, by adding what new articles credit them with to
    the row they have (`credits`): the same work however often they were named before."""

    def __init__(self, size):
        self.size = size
        self.articles = set()
        self.rewritten = set()  # not new: what they gave their people may have gone
        self.due = False
        # Organisations readers could see before a flush: one named again needs no look.
        self.seen = set()

    def add(self, article_id, *, new=False):
        """Count the article in; a full batch is flushed once the article's transaction
        commits. (One rolled back is harmless: its people are indexed as they stand.)"""
        self.articles.add(int(article_id))
        if not new:
            self.rewritten.add(int(article_id))
        if len(self.articles) >= self.size and not self.due:
            self.due = True
            transaction.on_commit(self.flush, robust=True)

    def flush(self):
        articles, rewritten = sorted(self.articles), sorted(self.rewritten)
        self.articles, self.rewritten, self.due = set(), set(), False
        if not articles:
            return
        new = sorted(set(articles) - set(rewritten))
        with transaction.atomic():
            afresh = set()
            if rewritten:
                afresh = set(
                    Person.objects.filter(people_in(rewritten)).values_list("pk", flat=True)
                )
            placed = organisations_named_in(articles) - self.seen
            if placed:
                still_seen = Organisation.objects.filter(pk__in=placed).published_apart_from(
                    *articles
                )
                self.seen |= set(still_seen.values_list("pk", flat=True))
                afresh |= set(
                    Person.objects.filter(organisation__in=placed - self.seen).values_list(
                        "pk", flat=True
                    )
                )
            if new:
                entries, unreadable = extended_entries(new, apart_from=afresh)
                _replace(entries)
                afresh |= unreadable
            reindex(SearchKind.PERSON, afresh)


@contextmanager
def batched(size: int = 500):
    """Index the people the articles imported in the block name once per `size` articles
    committed, and once more as the block ends (however it ends), rather than with each
    article: work that grows with how often a person is named, done once a batch.

    Everything else (the article, its quotes, its operations and organisations) is still
    indexed in the article's own transaction. Meanwhile a person's row may lag behind the
    articles of the batch by up to `size` articles; `rebuild_search_index` puts right a run
    killed before its last flush.
    """
    if getattr(_local, "batch", None) is not None:
        yield
        return
    batch = _local.batch = _Batch(size)
    try:
        yield
    finally:
        _local.batch = None
        batch.flush()


def reindex_people_placed_in(article_id, organisation_ids) -> None:
    """Index the people best known with one of the organisations, of those whose showing to
    readers can rest on `article_id` alone: a person's row shows that organisation only while
    readers may see it (`person_rows`)."""
    named = {pk for pk in organisation_ids if pk is not None}
    if not named:
        return
    still_seen = Organisation.objects.filter(pk__in=named).published_apart_from(article_id)
    at_stake = named - set(still_seen.values_list("pk", flat=True))
    if at_stake:
        people = Person.objects.filter(organisation__in=at_stake).values_list("pk", flat=True)
        reindex(SearchKind.PERSON, people)


def reindex(kind: str, object_ids: Iterable[int]) -> None:
    """Index the records of one kind afresh from the database; those gone lose their rows."""
    kind = SearchKind(kind)
    object_ids = {int(pk) for pk in object_ids if pk is not None}
    if not object_ids:
        return
    source = SOURCES[kind]
    entries = source.entries(source.queryset().filter(pk__in=object_ids))
    _replace(entries, [search_key(kind, pk) for pk in object_ids])


def index_object(obj) -> None:
    """Index one article, quote, operation or person as the database holds it now."""
    reindex(kind_of(obj), [obj.pk])


def remove_object(kind: str, pk: int) -> None:
    _replace([], [search_key(SearchKind(kind), pk)])


def rebuild() -> dict[SearchKind, int]:
    """Empty the index and index every record again; returns how many of each kind."""
    backend = backends.current()
    if backend is None:
        return {}
    counts = {}
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {TABLE}")
        for kind, source in SOURCES.items():
            counts[kind] = 0
            records = source.queryset().order_by("pk").iterator(chunk_size=BATCH_SIZE)
            for batch in _batched(records, BATCH_SIZE):
                _insert(backend, source.entries(batch))
                counts[kind] += len(batch)
        with connection.cursor() as cursor:
            backend.optimize(cursor)
    return counts


def _replace(entries, stale_keys=()):
    """Delete the rows for `stale_keys` and the entries' own keys, then insert the entries."""
    backend = backends.current()
    if backend is None:
        return
    entries = list({entry.key: entry for entry in entries}.values())
    keys = sorted({*stale_keys, *(entry.key for entry in entries)})
    with transaction.atomic(savepoint=False), connection.cursor() as cursor:
        for batch in _batched(keys, BATCH_SIZE):
            placeholders = ", ".join(["%s"] * len(batch))
            cursor.execute(
                f"DELETE FROM {TABLE} WHERE {backend.key_column} IN ({placeholders})", batch
            )
        _insert(backend, entries, cursor)


def _insert(backend, entries, cursor=None):
    if not entries:
        return
    sql = (
        f"INSERT INTO {TABLE} ({backend.key_column}, kind, object_id, slug, title, names, body) "
        "VALUES (%s, %s, %s, %s, %s, %s, %s)"
    )
    rows = [(entry.key, entry.kind.value, *entry[1:]) for entry in entries]
    if cursor is None:
        with connection.cursor() as cursor:
            cursor.executemany(sql, rows)
    else:
        cursor.executemany(sql, rows)


def _batched(iterable, size) -> Iterator[list]:
    iterator = iter(iterable)
    while batch := list(islice(iterator, size)):
        yield batch
