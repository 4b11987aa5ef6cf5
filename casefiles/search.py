"""One search box across articles, quotes, operations and people.

The index is the `casefiles_search` table that migration 0004 creates: an FTS5 table on SQLite,
a table with a weighted tsvector and a GIN index on PostgreSQL. A row holds the searchable text
of one record (title and other names weigh most, then the body). Who may see a hit is decided
when searching, by the models' own `published()` querysets, so publishing an article or
rejecting a quote takes effect for readers at once, and a row left behind by a deleted record
never shows.

The index follows the database: `casefiles.signals` re-indexes a record after every commit that
changes it, and the importer, which writes with `bulk_create`, calls `reindex_article()` once an
article's transaction has committed. `rebuild()` (the `rebuild_search_index` command) starts
over from the tables.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from typing import NamedTuple

from django.db import connection, models, transaction
from django.db.models import Prefetch, Q
from django.db.models.expressions import RawSQL
from django.urls import NoReverseMatch, reverse
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString

from articles.models import Article
from casefiles.models import Appearance, Operation, OperationMention, Person, Quote

logger = logging.getLogger(__name__)

TABLE = "casefiles_search"


class SearchKind(models.TextChoices):
    ARTICLE = "article", "Article"
    QUOTE = "quote", "Quote"
    OPERATION = "operation", "Operation"
    PERSON = "person", "Person"


@dataclass(frozen=True)
class Hit:
    kind: SearchKind
    object_id: int
    title: str
    url: str
    snippet: SafeString
    rank: float


# Rows are keyed by object_id * KEY_SPACE + the kind's code: the key is the row's primary key
# (the FTS5 rowid), the one column either backend can look a record's row up by.
KIND_CODES = {
    SearchKind.ARTICLE: 0,
    SearchKind.QUOTE: 1,
    SearchKind.OPERATION: 2,
    SearchKind.PERSON: 3,
}
KEY_SPACE = 8

MAX_TERMS = 12
MAX_TERM_LENGTH = 60
MAX_LIMIT = 200
# Past this the text adds little to find an article by and PostgreSQL's tsvector (1 MB at most)
# could overflow.
MAX_BODY_CHARS = 200_000
BATCH_SIZE = 500

# Snippets come back from the database with matches between these two characters; the index
# never holds them (see _clean), so every one in a snippet is a marker.
START, STOP = "\x02", "\x03"
_CONTROL = str.maketrans({"\x00": " ", START: " ", STOP: " "})
_WORD = re.compile(r"[^\W_]+")


def search_key(kind: str, object_id: int) -> int:
    return int(object_id) * KEY_SPACE + KIND_CODES[kind]


# --- What a row holds -------------------------------------------------------------------------


class Entry(NamedTuple):
    kind: SearchKind
    object_id: int
    slug: str
    title: str
    names: str
    body: str

    @property
    def key(self):
        return search_key(self.kind, self.object_id)


def _clean(text, limit=None):
    text = (text or "").translate(_CONTROL)
    return text[:limit] if limit else text


def _entry(kind, obj, *, title, names="", body=""):
    return Entry(
        kind,
        obj.pk,
        getattr(obj, "slug", "") or "",
        _clean(title),
        _clean(names),
        _clean(body, MAX_BODY_CHARS),
    )


def _joined(separator, *parts):
    return separator.join(str(part) for part in parts if part)


def _article_entry(article):
    return _entry(
        SearchKind.ARTICLE,
        article,
        title=article.headline,
        body=_joined("\n\n", article.byline, article.body),
    )


def _quote_entry(quote):
    # The title shows the speaker, so renaming a person re-indexes their quotes (signals).
    return _entry(
        SearchKind.QUOTE, quote, title=str(quote), body=_joined("\n", quote.text, quote.attribution)
    )


def _operation_entry(operation):
    aliases = operation.aliases
    if isinstance(aliases, str):
        aliases = [aliases]
    elif not isinstance(aliases, list | tuple):
        aliases = []
    return _entry(
        SearchKind.OPERATION,
        operation,
        title=operation.name,
        names=_joined("; ", *aliases),
        body=_joined(
            " · ",
            operation.force.name if operation.force else "",
            operation.area,
            operation.dates_note,
            operation.summary,
        ),
    )


def _person_entry(person):
    # Ranks and roles as published articles print them; internal notes are never indexed.
    credits = []
    for appearance in person.published_appearances:
        for credit in (appearance.rank_as_printed, appearance.rank, appearance.role):
            if credit and credit not in credits:
                credits.append(credit)
    return _entry(
        SearchKind.PERSON,
        person,
        title=person.name,
        body=_joined(" · ", person.organisation.name if person.organisation else "", *credits),
    )


def _articles():
    return Article.objects.only("pk", "headline", "slug", "byline", "body").order_by()


def _quotes():
    return Quote.objects.select_related("speaker").order_by()


def _operations():
    return Operation.objects.select_related("force").order_by()


def _people():
    credits = Appearance.objects.published().only("person", "rank_as_printed", "rank", "role")
    return (
        Person.objects.select_related("organisation")
        .prefetch_related(
            Prefetch(
                "appearances", queryset=credits.order_by("pk"), to_attr="published_appearances"
            )
        )
        .order_by()
    )


class _Source(NamedTuple):
    model: type[models.Model]
    queryset: Callable[[], models.QuerySet]
    entry: Callable[[models.Model], Entry]


SOURCES = {
    SearchKind.ARTICLE: _Source(Article, _articles, _article_entry),
    SearchKind.QUOTE: _Source(Quote, _quotes, _quote_entry),
    SearchKind.OPERATION: _Source(Operation, _operations, _operation_entry),
    SearchKind.PERSON: _Source(Person, _people, _person_entry),
}


def kind_of(obj) -> SearchKind:
    for kind, source in SOURCES.items():
        if isinstance(obj, source.model):
            return kind
    raise TypeError(f"{type(obj).__name__} records are not searchable.")


# --- The two databases ------------------------------------------------------------------------


class _SQLite:
    key_column = "rowid"

    def search(self, cursor, terms, visibility, limit):
        # Every term goes in double quotes, so nothing a reader types is FTS5 syntax; the
        # last one is a prefix, so a name finds its records while it is still being typed.
        phrases = [f'"{term}"' for term in terms]
        if len(terms[-1]) > 1:
            phrases[-1] += "*"
        visible = " OR ".join(f"(kind = %s AND EXISTS ({sql}))" for _, sql, _ in visibility)
        # bm25 weighs each column in table order: kind, object_id, slug, body, title, names.
        sql = f"""
            SELECT kind, object_id, slug, title,
                   snippet({TABLE}, -1, %s, %s, '…', 24),
                   -bm25({TABLE}, 0, 0, 0, 1.0, 10.0, 10.0) AS score
            FROM {TABLE}
            WHERE {TABLE} MATCH %s AND ({visible})
            ORDER BY score DESC, rowid
            LIMIT %s
        """
        params = [START, STOP, " ".join(phrases)]
        for kind, _, sql_params in visibility:
            params += [kind, *sql_params]
        cursor.execute(sql, [*params, limit])
        return cursor.fetchall()

    def optimize(self, cursor):
        cursor.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')")


class _PostgreSQL:
    key_column = "id"
    headline_options = (
        f"StartSel={START}, StopSel={STOP}, MaxWords=30, MinWords=12, ShortWord=0, "
        'MaxFragments=2, FragmentDelimiter=" … "'
    )
    branch = (
        f"SELECT id, kind, object_id, slug, title, names, body, document, "
        f"ts_rank(document, to_tsquery('english', %s), 1) AS rank FROM {TABLE} "
        "WHERE kind = %s AND document @@ to_tsquery('english', %s) AND EXISTS ({visible})"
    )
    # The snippet comes from the body when the body matches, otherwise from the names; it is
    # worked out for the page of hits only, since ts_headline re-reads each text.
    outer = """
        SELECT kind, object_id, slug, title,
               ts_headline(
                   'english',
                   CASE WHEN ts_filter(document, '{b}') @@ to_tsquery('english', %s) THEN body
                        ELSE concat_ws(' · ', title, nullif(names, '')) END,
                   to_tsquery('english', %s),
                   %s
               ),
               rank
        FROM (BRANCHES ORDER BY rank DESC, id LIMIT %s) AS hits
        ORDER BY rank DESC, id
    """

    def search(self, cursor, terms, visibility, limit):
        # Quoted operands keep every term a plain word for to_tsquery.
        operands = [f"'{term}'" for term in terms]
        if len(terms[-1]) > 1:
            operands[-1] += ":*"
        tsquery = " & ".join(operands)
        # One branch a kind, so that the planner can join each kind's visibility rule to the
        # matches (a few index lookups for a rare word) rather than evaluate it for every row.
        branches, params = [], [tsquery, tsquery, self.headline_options]
        for kind, sql, sql_params in visibility:
            branches.append(f"({self.branch.format(visible=sql)})")
            params += [tsquery, kind, tsquery, *sql_params]
        sql = self.outer.replace("BRANCHES", " UNION ALL ".join(branches))
        with transaction.atomic():
            # The planner's cost for ranking thousands of matches passes jit_above_cost, and
            # compiling the query then takes seconds, longer than running it.
            cursor.execute("SET LOCAL jit = off")
            cursor.execute(sql, [*params, limit])
            return cursor.fetchall()

    def optimize(self, cursor):
        cursor.execute(f"ANALYZE {TABLE}")


BACKENDS = {"sqlite": _SQLite(), "postgresql": _PostgreSQL()}


def _backend():
    backend = BACKENDS.get(connection.vendor)
    if backend is None:
        logger.warning("Search needs SQLite or PostgreSQL, not %s.", connection.vendor)
    return backend


# --- Searching --------------------------------------------------------------------------------


def query_terms(query) -> list[str]:
    """The words of what a reader typed, lower-cased; punctuation and operators are dropped."""
    if not isinstance(query, str):
        return []
    text = unicodedata.normalize("NFKC", query[: MAX_TERMS * (MAX_TERM_LENGTH + 1) * 2])
    terms = []
    for word in _WORD.findall(text.lower()):
        word = word[:MAX_TERM_LENGTH]
        if word not in terms:
            terms.append(word)
        if len(terms) == MAX_TERMS:
            break
    return terms


def search(query: str, *, user=None, limit: int = 50) -> list[Hit]:
    """Records matching every word of `query` that `user` may see, best first.

    Any string is a valid query; one with no words in it finds nothing. Readers (anonymous or
    not staff) find published material only, staff find drafts too.
    """
    terms = query_terms(query)
    limit = max(0, min(int(limit), MAX_LIMIT))
    backend = _backend()
    if not terms or not limit or backend is None:
        return []
    with connection.cursor() as cursor:
        rows = backend.search(cursor, terms, _visibility(_sees_drafts(user)), limit)
    return [
        Hit(
            kind=SearchKind(kind),
            object_id=int(object_id),
            title=title,
            url=_url(kind, int(object_id), slug),
            snippet=render_snippet(snippet or ""),
            rank=float(rank),
        )
        for kind, object_id, slug, title, snippet, rank in rows
    ]


def _sees_drafts(user):
    """The rule of every searchable model's `visible_to(user)`: active staff see everything."""
    return user is not None and user.is_active and user.is_staff


@functools.cache
def _visibility(sees_drafts):
    """(kind, sql, params): a condition on an index row that its record may be shown.

    For readers the record's `published()` queryset, for staff its table, so that a row whose
    record was deleted without a signal never shows either. Compiled once, as compiling the
    four querysets costs more than a search.
    """
    row_id = RawSQL(f"{TABLE}.object_id", (), output_field=models.BigIntegerField())
    conditions = []
    for kind, source in SOURCES.items():
        records = source.model._default_manager.all()
        if not sees_drafts:
            records = records.published()
        sql, params = records.filter(pk=row_id).order_by().values("pk").query.sql_with_params()
        conditions.append((kind.value, sql, tuple(params)))
    return tuple(conditions)


def _url(kind, object_id, slug):
    try:
        if kind == SearchKind.ARTICLE:
            return reverse("casefiles:article-detail", kwargs={"pk": object_id, "slug": slug})
        if kind == SearchKind.QUOTE:
            return reverse("casefiles:quote-detail", kwargs={"pk": object_id})
        return reverse(f"casefiles:{kind}-detail", kwargs={"slug": slug})
    except NoReverseMatch:
        # A record written without its slug (bulk_create skips save()) still shows as a hit.
        return ""


def render_snippet(raw: str) -> SafeString:
    """HTML for a snippet marked with START/STOP: the marked words in <mark>, all else escaped."""
    raw = " ".join(raw.split())
    first, *rest = raw.split(START)
    parts = [escape(first)]
    for piece in rest:
        marked, _, after = piece.partition(STOP)
        parts.append(format_html("<mark>{}</mark>{}", marked, after.replace(STOP, "")))
    return format_html_join("", "{}", ((part,) for part in parts))


# --- Keeping the index current ----------------------------------------------------------------


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
def signals_paused():
    """Hold the index work that saves and deletes in the block ask for, and do it as one batch.

    The importer writes hundreds of records an article: one by one, each signal would re-index
    on its own. Held, calls to the same function are merged, an article the block re-indexes
    itself (with `reindex_article`) after its last change is left alone, and the rest (quotes a
    re-import deleted, people an article no longer names) runs once the transaction commits.
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
    if held.work:
        transaction.on_commit(held.run, robust=True)


def reindex_articles(article_ids: Iterable[int]) -> None:
    for article_id in article_ids:
        reindex_article(article_id)


def reindex_article(article_id: int) -> None:
    """Index an article, its quotes and the operations and people it names.

    A fixed number of queries however long the article. A deleted article's row is removed;
    its quotes' rows go with their own deletion (signals) and never show meanwhile.
    """
    articles = list(_articles().filter(pk=article_id))
    entries = [_article_entry(article) for article in articles]
    if articles:
        mentioned = Q(
            pk__in=OperationMention.objects.filter(article_id=article_id).values("operation")
        )
        quoted_about = Q(
            pk__in=Quote.operations.through.objects.filter(quote__article_id=article_id).values(
                "operation"
            )
        )
        named = Q(pk__in=Appearance.objects.filter(article_id=article_id).values("person"))
        speaking = Q(pk__in=Quote.objects.filter(article_id=article_id).values("speaker"))
        entries += [_quote_entry(quote) for quote in _quotes().filter(article_id=article_id)]
        entries += [_operation_entry(op) for op in _operations().filter(mentioned | quoted_about)]
        entries += [_person_entry(person) for person in _people().filter(named | speaking)]
    _replace(entries, [search_key(SearchKind.ARTICLE, article_id)])
    if (held := getattr(_local, "held", None)) is not None:
        held.reindexed_articles.add(int(article_id))


def reindex(kind: str, object_ids: Iterable[int]) -> None:
    """Index the records of one kind afresh from the database; those gone lose their rows."""
    kind = SearchKind(kind)
    object_ids = {int(pk) for pk in object_ids if pk is not None}
    if not object_ids:
        return
    source = SOURCES[kind]
    entries = [source.entry(obj) for obj in source.queryset().filter(pk__in=object_ids)]
    _replace(entries, [search_key(kind, pk) for pk in object_ids])


def index_object(obj) -> None:
    """Index one article, quote, operation or person as the database holds it now."""
    reindex(kind_of(obj), [obj.pk])


def remove_object(kind: str, pk: int) -> None:
    _replace([], [search_key(SearchKind(kind), pk)])


def rebuild() -> dict[SearchKind, int]:
    """Empty the index and index every record again; returns how many of each kind."""
    backend = _backend()
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
                _insert(backend, [source.entry(obj) for obj in batch])
                counts[kind] += len(batch)
        with connection.cursor() as cursor:
            backend.optimize(cursor)
    return counts


def _replace(entries, stale_keys=()):
    """Delete the rows for `stale_keys` and the entries' own keys, then insert the entries."""
    backend = _backend()
    if backend is None:
        return
    entries = list({entry.key: entry for entry in entries}.values())
    keys = sorted({*stale_keys, *(entry.key for entry in entries)})
    with transaction.atomic(), connection.cursor() as cursor:
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
