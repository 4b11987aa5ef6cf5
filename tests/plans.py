"""The database's plan for a query, for tests that check an index serves it."""

from django.db import connection


def plan(queryset, *, bitmaps=True) -> str:
    """The database's plan for `queryset`, with PostgreSQL told to use an index where one can
    serve (its tables in a test are too small for it to choose one unbidden); with `bitmaps`
    False, one index at a time, not several combined in a bitmap."""
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL enable_seqscan = off")
            if not bitmaps:
                cursor.execute("SET LOCAL enable_bitmapscan = off")
            cursor.execute(f"EXPLAIN {sql}", params)
        else:
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        return "\n".join(str(row) for row in cursor.fetchall())
