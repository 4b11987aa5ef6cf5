"""One search box across articles, quotes, operations, people and organisations.

The index is the `casefiles_search` table that migrations 0004 and 0011 make: an FTS5 table on
SQLite, a table with a weighted tsvector and a GIN index a kind on PostgreSQL, each kind's rows
under one range of keys. A row holds the searchable text
of one record (title and other names weigh most, then the body). Who may see a hit is decided
when searching, by the models' own `published()` querysets, so publishing an article or
rejecting a quote takes effect for readers at once, and a row left behind by a deleted record
never shows.

The index follows the database: `casefiles.signals` re-indexes a record after every commit that
changes it, and the importer, which writes with `bulk_create`, calls `reindex_article()` once an
article's transaction has committed. `rebuild()` (the `rebuild_search_index` command) starts
over from the tables.

`entries` says what a row holds, `parsing` what a reader typed, `backends` how each database
searches, `querying` turns a query into bounded sections and pages of hits with snippets, and
`indexing` keeps the rows current. However common its words, a search reads a bounded number of
rows: the newest matches of each kind, ranked (see `backends`).
"""

from casefiles.search.entries import TABLE, Entry, SearchKind, kind_of, search_key
from casefiles.search.indexing import (
    after_commit,
    batched,
    index_new_articles,
    index_object,
    rebuild,
    reindex,
    reindex_article,
    reindex_articles,
    reindex_people_placed_in,
    remove_object,
    signals_paused,
)
from casefiles.search.parsing import SearchQuery, parse_query, query_terms
from casefiles.search.querying import (
    PAGE_SIZE,
    Hit,
    Page,
    Section,
    matching,
    of_kind,
    parse,
    render_snippet,
    search,
    sections,
)

__all__ = [
    "PAGE_SIZE",
    "TABLE",
    "Entry",
    "Hit",
    "Page",
    "SearchQuery",
    "Section",
    "SearchKind",
    "after_commit",
    "batched",
    "index_new_articles",
    "index_object",
    "kind_of",
    "matching",
    "of_kind",
    "parse",
    "parse_query",
    "query_terms",
    "rebuild",
    "reindex",
    "reindex_article",
    "reindex_articles",
    "reindex_people_placed_in",
    "remove_object",
    "render_snippet",
    "search",
    "search_key",
    "sections",
    "signals_paused",
]
