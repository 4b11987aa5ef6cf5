"""The index on each database: FTS5 on SQLite, a weighted tsvector on PostgreSQL, in one
partition a kind, each with its GIN index. Each backend turns a `SearchQuery` into its own
full-text syntax and runs the three reads a search makes: whether a word is in the index, one
kind's best matches, and the rows with snippets for the hits shown.

One kind's best matches are found in bounded work whatever the query: its newest `window`
matches (WINDOW or LATEST), read from the key's own index (FTS5 walks a word's list of rows
from its end; PostgreSQL walks a bounded number of the kind's newest rows by key and, when they
hold too few matches, takes the GIN index and sorts its few matches), ranked with those whose
title or other names hold every word first, then the newest.
Only the first `take` of them are checked for whether the reader may see them.
"""

import functools
import logging
from contextlib import contextmanager

from django.db import connection, models, transaction
from django.db.models.expressions import RawSQL

from casefiles.search.entries import SOURCES, START, STOP, TABLE, key_range, partition_of

logger = logging.getLogger(__name__)

# How many of a kind's newest matches are ranked: a word so common that it matches more than
# this many records ranks the newest of them only. The search page's sections rank WINDOW, a
# kind's own pages (which go deeper) LATEST.
WINDOW = 200
LATEST = 1000
# How many of a kind's newest rows PostgreSQL walks for each of the `window` matches it ranks
# before it reads them from the GIN index instead: a query that matches fewer than one row in
# WALK is rare enough that the index's matches cost less than a longer walk.
WALK = 20
# How many of a kind's newest rows PostgreSQL reads first, before a walk longer than this, to
# tell whether the walk would find its matches: as many as a section of the search page walks.
PROBE = WINDOW * WALK
# How much of a row's body PostgreSQL reads for its snippet, which shows the body's first
# matches.
SNIPPET_CHARS = 8000


@functools.cache
def visible_sql(kind, sees_drafts, object_id_sql):
    """(sql, params): whether the record of `kind` whose id is `object_id_sql` may be shown:
    for readers its model's `published()` queryset, for staff its table, so that a row whose
    record was deleted without a signal never shows either. Compiled once, as compiling a
    queryset costs more than the check."""
    records = SOURCES[kind].model._default_manager.all()
    if not sees_drafts:
        records = records.published()
    row_id = RawSQL(object_id_sql, (), output_field=models.BigIntegerField())
    sql, params = records.filter(pk=row_id).order_by().values("pk").query.sql_with_params()
    return f"EXISTS ({sql})", tuple(params)


class _SQLite:
    key_column = "rowid"

    @staticmethod
    def match(query):
        # Every word goes in double quotes, so nothing a reader types is FTS5 syntax.
        phrases = [f'"{" ".join(phrase)}"' for phrase in query.phrases]
        if query.prefix:
            phrases[-1] += "*"
        return " ".join(phrases)

    def title_match(self, query):
        return f"{{title names}} : ({self.match(query)})"

    def is_word(self, cursor, word):
        cursor.execute(f"SELECT 1 FROM {TABLE} WHERE {TABLE} MATCH %s LIMIT 1", [f'"{word}"'])
        return cursor.fetchone() is not None

    def rarest(self, cursor, query):
        # FTS5 reads a word's rows newest first whatever their number.
        return {}

    def ranked(self, cursor, query, kind, visible, take, window, rarest=None):
        """(key, in_title, visible) of the first `take` of `kind`'s newest `window` matches,
        ranked."""
        first, last = key_range(kind)
        sql = f"""
            WITH newest AS (
                SELECT rowid AS key FROM {TABLE}
                WHERE {TABLE} MATCH %s AND rowid BETWEEN %s AND %s
                ORDER BY rowid DESC LIMIT %s
            ), ranked AS (
                SELECT key, key - %s AS object_id, key IN (
                    SELECT rowid FROM {TABLE}
                    WHERE {TABLE} MATCH %s
                      AND rowid BETWEEN (SELECT min(key) FROM newest) AND %s
                ) AS in_title
                FROM newest ORDER BY in_title DESC, key DESC LIMIT %s
            )
            SELECT key, in_title, {visible[0]} FROM ranked ORDER BY in_title DESC, key DESC
        """
        params = [self.match(query), first, last, window, first, self.title_match(query), last]
        cursor.execute(sql, [*params, take, *visible[1]])
        return cursor.fetchall()

    def rows(self, cursor, query, keys):
        """(key, kind, object_id, slug, title, snippet) of the rows with `keys`."""
        placeholders = ", ".join(["%s"] * len(keys))
        cursor.execute(
            f"""
            SELECT rowid, kind, object_id, slug, title,
                   snippet({TABLE}, -1, %s, %s, '…', 24)
            FROM {TABLE} WHERE {TABLE} MATCH %s AND rowid IN ({placeholders})
            """,
            [START, STOP, self.match(query), *keys],
        )
        return cursor.fetchall()

    def matching_ids(self, query, kind):
        """(sql, params): a subquery of the ids of the records of `kind` matching `query`."""
        first, last = key_range(kind)
        sql = (
            f"SELECT CAST(object_id AS INTEGER) FROM {TABLE} "
            f"WHERE {TABLE} MATCH %s AND rowid BETWEEN %s AND %s"
        )
        return sql, (self.match(query), first, last)

    @contextmanager
    def session(self):
        yield

    def optimize(self, cursor):
        cursor.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')")


class _PostgreSQL:
    key_column = "id"
    headline_options = (
        f"StartSel={START}, StopSel={STOP}, MaxWords=30, MinWords=12, ShortWord=0, "
        'MaxFragments=2, FragmentDelimiter=" … "'
    )

    @staticmethod
    def match(query):
        # Quoted operands keep every word a plain word for to_tsquery.
        phrases = [[f"'{word}'" for word in phrase] for phrase in query.phrases]
        if query.prefix:
            phrases[-1][-1] += ":*"
        return " & ".join(f"({' <-> '.join(phrase)})" for phrase in phrases)

    def is_word(self, cursor, word):
        # A word the statistics list as common in some kind is known without reading the index,
        # where its GIN entry would be long; a rarer one is looked up a kind at a time, so that
        # each lookup is one partition's.
        common = (
            "EXISTS (SELECT 1 FROM pg_stats WHERE tablename LIKE %s AND attname = 'document' "
            "AND most_common_elems::text::text[] && tsvector_to_array(to_tsvector('english', %s)))"
        )
        found = " OR ".join(
            "EXISTS (SELECT 1 FROM {table} WHERE id BETWEEN {} AND {} "
            "AND document @@ to_tsquery('english', %s))".format(*key_range(kind), table=TABLE)
            for kind in SOURCES
        )
        cursor.execute(
            f"SELECT {common} OR {found}", [f"{TABLE}\\_%", word, *[f"'{word}'"] * len(SOURCES)]
        )
        return bool(cursor.fetchone()[0])

    def rarest(self, cursor, query):
        """{kind: share}: of each kind's rows, the share holding the query's rarest whole word,
        as ANALYZE sampled them (a word it does not list is rarer than those it does): the
        query matches no more. A kind without statistics, or a query of one word still being
        typed, is left out: nothing is known of how common its matches are."""
        words = query.words[:-1] if query.prefix else query.words
        if not words:
            return {}
        cursor.execute(
            """
            SELECT tablename, min(coalesce(
                freqs[array_position(lexemes, lexeme)], freqs[array_length(lexemes, 1) + 1]
            ))
            FROM (
                SELECT tablename, most_common_elems::text::text[] AS lexemes,
                       most_common_elem_freqs AS freqs
                FROM pg_stats
                WHERE schemaname = current_schema() AND tablename = ANY(%s)
                  AND attname = 'document'
            ) stats, unnest(tsvector_to_array(to_tsvector('english', %s))) lexeme
            GROUP BY tablename
            """,
            [[partition_of(kind) for kind in SOURCES], " ".join(words)],
        )
        shares = dict(cursor.fetchall())
        return {
            kind: shares[partition_of(kind)] for kind in SOURCES if partition_of(kind) in shares
        }

    def ranked(self, cursor, query, kind, visible, take, window, rarest=None):
        """(key, in_title, visible) of the first `take` of `kind`'s newest `window` matches,
        ranked.

        The planner would choose between walking the newest rows and the GIN index from its
        statistics, which cannot tell how often words are found together, in a phrase or by a
        prefix: words common alone but rare together had it walk the whole kind. Here the
        walk is bounded: the newest `window * WALK` rows, stopping at the `window`th match
        (cheap: a row's tsvector is kept in the row, see migration 0018). Only when they hold
        fewer are the kind's matches read from its GIN index, as so few of the newest rows
        match that there are few in all. There is no walk when `rarest` (see `rarest`) says
        the query's rarest whole word is in fewer than one row in WALK of the kind, nor, for a
        walk longer than PROBE rows (a kind's own pages), when the newest PROBE rows hold
        fewer than one match in WALK: a rare prefix would walk every row of it for nothing.
        Either way the result is the kind's newest `window` matches; the statistics and the
        probe only choose the cheaper way to them.
        """
        partition = partition_of(kind)
        tsquery = self.match(query)
        walk = 0 if rarest is not None and rarest * WALK < 1 else window * WALK
        probe = PROBE if walk > PROBE else 0
        # The partition is named, not found by its key range, so that the GIN index is the
        # only way to its matches besides a sequential scan, which the session turns off.
        sql = f"""
            WITH probed AS MATERIALIZED (
                SELECT count(*) AS found FROM (
                    SELECT FROM (
                        SELECT document FROM {partition} ORDER BY id DESC LIMIT %s
                    ) newest_rows
                    WHERE document @@ to_tsquery('english', %s) LIMIT %s
                ) matched
            ), recent AS MATERIALIZED (
                SELECT id AS key, heading FROM (
                    SELECT id, heading, document FROM {partition} ORDER BY id DESC
                    LIMIT (SELECT CASE WHEN found >= %s THEN %s ELSE 0 END FROM probed)
                ) walked
                WHERE document @@ to_tsquery('english', %s) ORDER BY id DESC LIMIT %s
            ), indexed AS MATERIALIZED (
                SELECT id AS key, heading FROM {partition}
                WHERE document @@ to_tsquery('english', %s)
                  AND (SELECT count(*) FROM recent) < %s
            ), newest AS (
                SELECT key, heading FROM recent WHERE NOT EXISTS (SELECT FROM indexed)
                UNION ALL
                (SELECT key, heading FROM indexed ORDER BY key DESC LIMIT %s)
            ), ranked AS (
                SELECT key, key - %s AS object_id,
                       heading @@ to_tsquery('english', %s) AS in_title
                FROM newest ORDER BY in_title DESC, key DESC LIMIT %s
            )
            SELECT key, in_title, {visible[0]} FROM ranked ORDER BY in_title DESC, key DESC
        """
        first, _ = key_range(kind)
        needed = probe // WALK
        params = [probe, tsquery, needed, needed, walk, tsquery, window, tsquery, window, window]
        cursor.execute(sql, [*params, first, tsquery, take, *visible[1]])
        return cursor.fetchall()

    def rows(self, cursor, query, keys):
        """(key, kind, object_id, slug, title, snippet) of the rows with `keys`.

        The snippet comes from the body when the body matches, otherwise from the names; from
        the body's first SNIPPET_CHARS only, as ts_headline reads every word of the text it is
        given (a court list runs to a hundred thousand characters). A body whose matches all
        lie past them gives its opening, unmarked.
        """
        placeholders = ", ".join(["%s"] * len(keys))
        cursor.execute(
            f"""
            SELECT id, kind, object_id, slug, title,
                   ts_headline(
                       'english',
                       CASE WHEN ts_filter(document, '{{b}}') @@ to_tsquery('english', %s)
                            THEN left(body, {SNIPPET_CHARS})
                            ELSE concat_ws(' · ', title, nullif(names, '')) END,
                       to_tsquery('english', %s),
                       %s
                   )
            FROM {TABLE} WHERE id IN ({placeholders})
            """,
            [self.match(query), self.match(query), self.headline_options, *keys],
        )
        return cursor.fetchall()

    def matching_ids(self, query, kind):
        """(sql, params): a subquery of the ids of the records of `kind` matching `query`."""
        first, last = key_range(kind)
        sql = (
            f"SELECT object_id FROM {TABLE} "
            f"WHERE id BETWEEN {first} AND {last} AND document @@ to_tsquery('english', %s)"
        )
        return sql, (self.match(query),)

    @contextmanager
    def session(self):
        with transaction.atomic(), connection.cursor() as cursor:
            # Should the planner cost a search past jit_above_cost, compiling it would take
            # longer than running it.
            # A search reads the index or walks the newest rows by key (see `ranked`), never
            # every row: the planner, misled by its estimates, would scan a kind's GIN matches
            # with a sequential scan.
            cursor.execute(
                "SELECT set_config('jit', 'off', true), set_config('enable_seqscan', 'off', true)"
            )
            yield

    def optimize(self, cursor):
        cursor.execute(f"ANALYZE {TABLE}")


BACKENDS = {"sqlite": _SQLite(), "postgresql": _PostgreSQL()}


def current():
    backend = BACKENDS.get(connection.vendor)
    if backend is None:
        logger.warning("Search needs SQLite or PostgreSQL, not %s.", connection.vendor)
    return backend
