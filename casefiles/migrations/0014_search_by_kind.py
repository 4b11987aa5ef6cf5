"""The search index keyed by kind, so that each kind's matches are one indexed lookup, read
newest first (see casefiles/search/).

A row's key becomes `kind code * 2**40 + object_id` (it was `object_id * 8 + kind code`): each
kind's rows hold one range of keys, in the order their records were added.

- SQLite: the FTS5 table is rebuilt with the new keys and a prefix index for the first 2, 3 and
  4 letters of every word, so a word still being typed is looked up, not scanned for.
- PostgreSQL: the table is partitioned by key range, one partition a kind, each with its own
  GIN index and statistics; and it gains `heading`, the tsvector of the title and other names
  alone, to rank a match in a title above one in a body without reading the body's tsvector.

The kinds and their codes are written out here, as they were when this ran.
"""

from django.db import migrations

TABLE = "casefiles_search"
CODES = {"article": 0, "quote": 1, "operation": 2, "person": 3, "organisation": 4}
NEW_SPACE, OLD_SPACE = 2**40, 8


def _code():
    cases = " ".join(f"WHEN '{kind}' THEN {code}" for kind, code in CODES.items())
    return f"(CASE kind {cases} END)"


def _fts5(name, prefix):
    options = ", prefix = '2 3 4'" if prefix else ""
    return f"""
        CREATE VIRTUAL TABLE {name} USING fts5(
            kind UNINDEXED,
            object_id UNINDEXED,
            slug UNINDEXED,
            body,
            title,
            names,
            tokenize = 'porter unicode61 remove_diacritics 2'{options}
        )
    """


def _sqlite_rekey(schema_editor, key, prefix):
    new = f"{TABLE}_rekeyed"
    schema_editor.execute(_fts5(new, prefix))
    schema_editor.execute(
        f"INSERT INTO {new} (rowid, kind, object_id, slug, body, title, names) "
        f"SELECT {key}, kind, object_id, slug, body, title, names FROM {TABLE}"
    )
    schema_editor.execute(f"DROP TABLE {TABLE}")
    schema_editor.execute(f"ALTER TABLE {new} RENAME TO {TABLE}")
    schema_editor.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')")


_COLUMNS = """
    id bigint {key},
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
"""
_HEADING = """,
    heading tsvector GENERATED ALWAYS AS (
        to_tsvector('english'::regconfig, title) || to_tsvector('english'::regconfig, names)
    ) STORED,
    PRIMARY KEY (id)
"""


def _postgresql_swap(schema_editor, create, key, aside):
    """Move the rows into a table made by the `create` statements, keyed by `key`."""
    schema_editor.execute(f"ALTER TABLE {TABLE} RENAME TO {aside}")
    schema_editor.execute(f"ALTER TABLE {aside} RENAME CONSTRAINT {TABLE}_pkey TO {aside}_pkey")
    schema_editor.execute(f"DROP INDEX IF EXISTS {TABLE}_document")
    for statement in create:
        schema_editor.execute(statement)
    schema_editor.execute(
        f"INSERT INTO {TABLE} (id, kind, object_id, slug, title, names, body) "
        f"SELECT {key}, kind, object_id, slug, title, names, body FROM {aside}"
    )
    schema_editor.execute(f"DROP TABLE {aside}")
    # Without fastupdate every write goes straight into the index: imports write a few rows at
    # a time, and a pending list would make each search scan it until the next vacuum.
    schema_editor.execute(
        f"CREATE INDEX {TABLE}_document ON {TABLE} USING gin (document) WITH (fastupdate = off)"
    )
    schema_editor.execute(f"ANALYZE {TABLE}")


def _by_kind():
    """A table in one partition a kind, each over its kind's keys: each has its own GIN index
    and its own statistics, so the planner knows how common a word is in quotes, not only
    across the whole index, and walks the newest rows only when the word is common there."""
    create = [
        f"CREATE TABLE {TABLE} ({_COLUMNS.format(key='NOT NULL')}{_HEADING}) "
        "PARTITION BY RANGE (id)"
    ]
    for kind, code in CODES.items():
        create.append(
            f"CREATE TABLE {TABLE}_{kind} PARTITION OF {TABLE} "
            f"FOR VALUES FROM ({code * NEW_SPACE}) TO ({(code + 1) * NEW_SPACE})"
        )
    return create


def forwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    new_key = f"{_code()} * {NEW_SPACE} + CAST(object_id AS INTEGER)"
    if vendor == "sqlite":
        _sqlite_rekey(schema_editor, new_key, prefix=True)
    elif vendor == "postgresql":
        _postgresql_swap(schema_editor, _by_kind(), new_key, f"{TABLE}_unkeyed")


def backwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    old_key = f"CAST(object_id AS INTEGER) * {OLD_SPACE} + {_code()}"
    if vendor == "sqlite":
        _sqlite_rekey(schema_editor, old_key, prefix=False)
    elif vendor == "postgresql":
        create = [f"CREATE TABLE {TABLE} ({_COLUMNS.format(key='PRIMARY KEY')})"]
        _postgresql_swap(schema_editor, create, old_key, f"{TABLE}_by_kind")


class Migration(migrations.Migration):
    dependencies = [("casefiles", "0013_content_version_scopes")]

    operations = [migrations.RunPython(forwards, backwards)]
