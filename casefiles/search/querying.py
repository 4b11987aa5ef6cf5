"""Searching: what a reader typed, turned into a query of the index, and the hits with their
snippets, limited to what the reader may see."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from django.db import connection, models
from django.db.models.expressions import RawSQL
from django.urls import NoReverseMatch, reverse
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString

from casefiles.reads import is_staff
from casefiles.search import backends
from casefiles.search.entries import SOURCES, START, STOP, TABLE, SearchKind

MAX_TERMS = 12
MAX_TERM_LENGTH = 60
MAX_LIMIT = 200
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Hit:
    kind: SearchKind
    object_id: int
    title: str
    url: str
    snippet: SafeString
    rank: float


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
    backend = backends.current()
    if not terms or not limit or backend is None:
        return []
    with connection.cursor() as cursor:
        rows = backend.search(cursor, terms, _visibility(is_staff(user)), limit)
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


def matching(kind: SearchKind, query) -> models.Q:
    """A filter on the records of `kind` whose indexed text matches every word of `query`
    (the last word as a prefix), as a subquery of the index; it matches nothing when the query
    has no words. Who may see the records is left to the queryset it filters."""
    terms = query_terms(query)
    backend = backends.current()
    if not terms or backend is None:
        return models.Q(pk__in=[])
    sql, params = backend.matching_ids(terms, kind)
    return models.Q(pk__in=RawSQL(sql, params, output_field=models.BigIntegerField()))


@functools.cache
def _visibility(sees_drafts):
    """(kind, sql, params): a condition on an index row that its record may be shown.

    For readers the record's `published()` queryset, for staff its table, so that a row whose
    record was deleted without a signal never shows either. Compiled once, as compiling the
    querysets of every kind costs more than a search.
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
