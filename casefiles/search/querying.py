"""Searching: what a reader typed, turned into a query of the index, and the hits with their
snippets, limited to what the reader may see."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import connection, models
from django.db.models.expressions import RawSQL
from django.urls import NoReverseMatch, reverse
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString

from casefiles.reads import is_staff
from casefiles.search import backends
from casefiles.search.backends import LATEST, WINDOW, visible_sql
from casefiles.search.entries import START, STOP, SearchKind
from casefiles.search.parsing import WHOLE_WORD_LENGTH, SearchQuery, parse_query

# The search page shows a few hits of each kind, in this order, each kind linking to its pages.
SECTION_ORDER = (
    SearchKind.OPERATION,
    SearchKind.PERSON,
    SearchKind.ORGANISATION,
    SearchKind.QUOTE,
    SearchKind.ARTICLE,
)
SECTION_SIZE = 5
PAGE_SIZE = 20
MAX_LIMIT = 200
# Ranked matches checked for visibility beyond those wanted, for the few a reader may not see.
SLACK = 10


@dataclass(frozen=True)
class Hit:
    kind: SearchKind
    object_id: int
    title: str
    url: str
    snippet: SafeString
    rank: float  # 1 when the title or other names hold every word, else 0


@dataclass(frozen=True)
class Section:
    """A kind's best hits; `more` when its own pages (`of_kind`) have more."""

    kind: SearchKind
    hits: list[Hit]
    more: bool


@dataclass(frozen=True)
class Page:
    """One page of a kind's hits; `has_next` when the next page has some."""

    kind: SearchKind
    number: int
    hits: list[Hit]
    has_next: bool


def parse(query, cursor=None) -> SearchQuery:
    """What `query` looks for: its last word is a prefix unless it is a whole word the index
    holds and long enough (WHOLE_WORD_LENGTH) that looking for the words it begins would
    find little more than itself, at the cost of reading every one of them."""
    parsed = parse_query(query)
    backend = backends.current()
    if not parsed.prefix or len(parsed.last_word) < WHOLE_WORD_LENGTH or backend is None:
        return parsed
    if cursor is None:
        with connection.cursor() as cursor:
            return parse(query, cursor)
    return parsed.exact() if backend.is_word(cursor, parsed.last_word) else parsed


def sections(query: str, *, user=None, size: int = SECTION_SIZE) -> list[Section]:
    """The best `size` hits of each kind that `user` may see, in SECTION_ORDER, from its newest
    WINDOW matches; kinds with no hit are left out. A fixed number of queries, each bounded,
    whatever the query matches."""
    backend = backends.current()
    size = max(1, min(int(size), MAX_LIMIT))
    if backend is None or not parse_query(query):
        return []
    with backend.session(), connection.cursor() as cursor:
        parsed = parse(query, cursor)
        rarest = backend.rarest(cursor, parsed)
        found = {
            kind: _visible_ranked(
                backend, cursor, parsed, kind, is_staff(user), size + 1, WINDOW, rarest.get(kind)
            )
            for kind in SECTION_ORDER
        }
        hits = _hits(backend, cursor, parsed, [ranked[:size] for ranked in found.values()])
    return [
        Section(kind, hits[kind], more=len(ranked) > size)
        for kind, ranked in found.items()
        if ranked
    ]


def of_kind(query: str, kind, page: int = 1, *, user=None, size: int | None = None) -> Page:
    """Page `page` of the hits of `kind` that `user` may see, best first, PAGE_SIZE a page.
    Pages go as far as the newest LATEST matches (see `backends`); past that a page is empty."""
    kind, page, size = SearchKind(kind), max(1, int(page)), size or PAGE_SIZE
    backend = backends.current()
    offset = (page - 1) * size
    if backend is None or not parse_query(query) or offset >= LATEST:
        return Page(kind, page, [], has_next=False)
    with backend.session(), connection.cursor() as cursor:
        parsed = parse(query, cursor)
        rarest = backend.rarest(cursor, parsed).get(kind)
        ranked = _visible_ranked(
            backend, cursor, parsed, kind, is_staff(user), offset + size + 1, LATEST, rarest
        )
        shown = ranked[offset : offset + size]
        hits = _hits(backend, cursor, parsed, [shown])[kind] if shown else []
    return Page(kind, page, hits, has_next=len(ranked) > offset + size)


def search(query: str, *, user=None, limit: int = 50) -> list[Hit]:
    """Records matching every word of `query` that `user` may see, best first: those whose
    title or other names hold every word, then the rest, a kind at a time (SECTION_ORDER).

    Any string is a valid query; one with no words in it finds nothing. Readers (anonymous or
    not staff) find published material only, staff find drafts too.
    """
    limit = max(0, min(int(limit), MAX_LIMIT))
    if not limit:
        return []
    hits = [hit for section in sections(query, user=user, size=limit) for hit in section.hits]
    return sorted(hits, key=lambda hit: -hit.rank)[:limit]


def matching(kind: SearchKind, query) -> models.Q:
    """A filter on the records of `kind` whose indexed text matches `query` (see `parse`), as
    a subquery of the index; it matches nothing when the query has no words. Who may see the
    records is left to the queryset it filters."""
    backend = backends.current()
    if backend is None or not parse_query(query):
        return models.Q(pk__in=[])
    sql, params = backend.matching_ids(parse(query), SearchKind(kind))
    return models.Q(pk__in=RawSQL(sql, params, output_field=models.BigIntegerField()))


def _visible_ranked(backend, cursor, parsed, kind, sees_drafts, want, window, rarest):
    """[(key, in_title)]: the first `want` of `kind`'s newest `window` matches, ranked, that
    may be shown (`rarest`: see `backends`)."""
    visible = visible_sql(kind, sees_drafts, "ranked.object_id")
    take = want + SLACK
    while True:
        rows = backend.ranked(cursor, parsed, kind, visible, take, window, rarest)
        shown = [(key, bool(in_title)) for key, in_title, may_show in rows if may_show]
        if len(shown) >= want or len(rows) < take or take >= window:
            return shown[:want]
        take = min(take * 4, window)


def _hits(backend, cursor, parsed, ranked_lists):
    """{kind: [Hit]} for each list of (key, in_title), in its order, with snippets."""
    in_title = {key: flag for ranked in ranked_lists for key, flag in ranked}
    rows = {}
    if in_title:
        rows = {int(row[0]): row for row in backend.rows(cursor, parsed, list(in_title))}
    hits = {}
    for ranked in ranked_lists:
        for key, flag in ranked:
            if key not in rows:
                continue
            _, kind, object_id, slug, title, snippet = rows[key]
            kind = SearchKind(kind)
            hits.setdefault(kind, []).append(
                Hit(
                    kind=kind,
                    object_id=int(object_id),
                    title=title,
                    url=_url(kind, int(object_id), slug),
                    snippet=render_snippet(snippet or ""),
                    rank=1.0 if flag else 0.0,
                )
            )
    return {kind: hits.get(kind, []) for kind in SearchKind}


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
