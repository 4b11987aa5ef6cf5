"""One search box across articles, quotes, operations, people and organisations.

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

`entries` says what a row holds, `backends` how each database searches, `querying` turns what a
reader typed into hits with snippets, and `indexing` keeps the rows current.
"""

from casefiles.search.entries import TABLE, Entry, SearchKind, kind_of, search_key
from casefiles.search.indexing import (
    after_commit,
    batched,
    index_object,
    rebuild,
    reindex,
    reindex_article,
    reindex_articles,
    reindex_people_placed_in,
    remove_object,
    signals_paused,
)
from casefiles.search.querying import Hit, matching, query_terms, render_snippet, search

__all__ = [
    "TABLE",
    "Entry",
    "Hit",
    "SearchKind",
    "after_commit",
    "batched",
    "index_object",
    "kind_of",
    "matching",
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
    "signals_paused",
]
