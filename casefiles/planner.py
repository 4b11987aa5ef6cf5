"""Statistics for SQLite's query planner after a migration.

SQLite plans with the statistics ANALYZE left in `sqlite_stat1`. A database that was analysed
(an archive, or one whose owner runs ANALYZE) and then migrated holds none for the indexes the
migration added, nor for a table it rebuilt (SQLite alters a column by copying the table, and
the copy starts with none), so the planner guesses, and on a large archive a guess can pass over
the index a list was given for and read every row instead (a home page of 17 ms took 155 at
100,000 articles). After `migrate`, the tables with an index that has no statistics are analysed
again: seconds on such an archive (an empty table has none to gain and costs nothing), nothing
on a database never analysed, whose planner uses its defaults everywhere alike. PostgreSQL needs
none of this: it analyses tables by itself (autovacuum) and plans a new index from the table's
statistics.
"""

from django.db import connections

UNANALYSED_TABLES = """
    SELECT DISTINCT tbl_name FROM sqlite_master
    WHERE type = 'index'
      AND name NOT IN (SELECT idx FROM sqlite_stat1 WHERE idx IS NOT NULL)
    ORDER BY tbl_name
"""


def analyse_new_indexes(using="default", **kwargs):
    """ANALYZE the tables of database `using` whose indexes lack statistics others have;
    returns their names. A `post_migrate` receiver."""
    connection = connections[using]
    if connection.vendor != "sqlite":
        return []
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")
        if cursor.fetchone() is None:
            return []
        cursor.execute(UNANALYSED_TABLES)
        tables = [table for (table,) in cursor.fetchall()]
        for table in tables:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(table)}")
    return tables
