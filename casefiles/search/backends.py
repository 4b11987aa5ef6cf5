"""The index on each database: FTS5 on SQLite, a weighted tsvector with a GIN index on
PostgreSQL. Each backend runs a search and tidies the index after a rebuild."""

import logging

from django.db import connection, transaction

from casefiles.search.entries import START, STOP, TABLE

logger = logging.getLogger(__name__)


class _SQLite:
    key_column = "rowid"

    @staticmethod
    def match(terms):
        # Every term goes in double quotes, so nothing a reader types is FTS5 syntax; the
        # last one is a prefix, so a name finds its records while it is still being typed.
        phrases = [f'"{term}"' for term in terms]
        if len(terms[-1]) > 1:
            phrases[-1] += "*"
        return " ".join(phrases)

    def matching_ids(self, terms, kind):
        """(sql, params): a subquery of the ids of the records of `kind` matching `terms`."""
        sql = f"SELECT CAST(object_id AS INTEGER) FROM {TABLE} WHERE {TABLE} MATCH %s AND kind = %s"
        return sql, (self.match(terms), str(kind))

    def search(self, cursor, terms, visibility, limit):
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
        params = [START, STOP, self.match(terms)]
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

    @staticmethod
    def match(terms):
        # Quoted operands keep every term a plain word for to_tsquery.
        operands = [f"'{term}'" for term in terms]
        if len(terms[-1]) > 1:
            operands[-1] += ":*"
        return " & ".join(operands)

    def matching_ids(self, terms, kind):
        """(sql, params): a subquery of the ids of the records of `kind` matching `terms`."""
        sql = (
            f"SELECT object_id FROM {TABLE} "
            "WHERE kind = %s AND document @@ to_tsquery('english', %s)"
        )
        return sql, (str(kind), self.match(terms))

    def search(self, cursor, terms, visibility, limit):
        tsquery = self.match(terms)
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


def current():
    backend = BACKENDS.get(connection.vendor)
    if backend is None:
        logger.warning("Search needs SQLite or PostgreSQL, not %s.", connection.vendor)
    return backend
