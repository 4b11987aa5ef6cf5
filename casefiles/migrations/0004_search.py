"""The full-text search index (see casefiles/search.py).

Not a model: SQLite needs an FTS5 virtual table, which Django cannot describe, and PostgreSQL a
generated tsvector column. Each row is keyed by `object_id * 8 + kind code` so a record's row is
found through the primary key (an FTS5 table has no other index to look it up by). On SQLite the
body comes before the title: a snippet is taken from the first of the columns that match best,
and the title is on the page already.
"""

from django.db import migrations

SQLITE_CREATE = [
    """
    CREATE VIRTUAL TABLE casefiles_search USING fts5(
        kind UNINDEXED,
        object_id UNINDEXED,
        slug UNINDEXED,
        body,
        title,
        names,
        tokenize = 'porter unicode61 remove_diacritics 2'
    )
    """,
]

POSTGRESQL_CREATE = [
    """
    CREATE TABLE casefiles_search (
        id bigint PRIMARY KEY,
        kind varchar(20) NOT NULL,
        object_id bigint NOT NULL,
        slug varchar(255) NOT NULL DEFAULT '',
        title text NOT NULL,
        names text NOT NULL DEFAULT '',
        body text NOT NULL DEFAULT '',
        document tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('english'::regconfig, title), 'A')
            || setweight(to_tsvector('english'::regconfig, names), 'A')
            || setweight(to_tsvector('english'::regconfig, body), 'B')
        ) STORED
    )
    """,
    # Without fastupdate every write goes straight into the index: imports write a few rows at
    # a time, and a pending list would make each search scan it until the next vacuum.
    """
    CREATE INDEX casefiles_search_document ON casefiles_search
    USING gin (document) WITH (fastupdate = off)
    """,
]

CREATE = {"sqlite": SQLITE_CREATE, "postgresql": POSTGRESQL_CREATE}


def create_index(apps, schema_editor):
    for statement in CREATE.get(schema_editor.connection.vendor, []):
        schema_editor.execute(statement)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor in CREATE:
        schema_editor.execute("DROP TABLE IF EXISTS casefiles_search")


class Migration(migrations.Migration):
    dependencies = [
        ("casefiles", "0003_passage_missing"),
        ("articles", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
