"""The search index keyed by kind, so that each kind's matches are one indexed lookup, read
newest first (see casefiles/search/).

A row's key becomes `kind code * 2**40 + object_id` (it was `object_id * 8 + kind code`): each
kind's rows hold one range of keys, in the order their records were added.

- SQLite: the FTS5 table is rebuilt with the new keys and a prefix index for the first 2, 3 and
  4 letters of every word, so a word still being typed is looked up, not scanned for.
- PostgreSQL: one GIN index a kind (partial, `WHERE kind = …`) in place of the one over every
  kind, and `heading`, the tsvector of the title and other names alone, to rank a match in a
  title above one in a body without reading the body's tsvector again.

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


def _postgresql_rekey(schema_editor, key):
    # Through negative keys, so that no row takes a key another still holds mid-update.
    schema_editor.execute(f"UPDATE {TABLE} SET id = -({key})")
    schema_editor.execute(f"UPDATE {TABLE} SET id = -id")


def forwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    new_key = f"{_code()} * {NEW_SPACE} + CAST(object_id AS INTEGER)"
    if vendor == "sqlite":
        _sqlite_rekey(schema_editor, new_key, prefix=True)
    elif vendor == "postgresql":
        _postgresql_rekey(schema_editor, new_key)
        schema_editor.execute(
            f"""
            ALTER TABLE {TABLE} ADD COLUMN heading tsvector GENERATED ALWAYS AS (
                to_tsvector('english'::regconfig, title)
                || to_tsvector('english'::regconfig, names)
            ) STORED
            """
        )
        schema_editor.execute(f"DROP INDEX IF EXISTS {TABLE}_document")
        for kind in CODES:
            # fastupdate off: imports write a few rows at a time, and a pending list would make
            # each search scan it until the next vacuum.
            schema_editor.execute(
                f"CREATE INDEX {TABLE}_{kind}_document ON {TABLE} USING gin (document) "
                f"WITH (fastupdate = off) WHERE kind = '{kind}'"
            )
        schema_editor.execute(f"ANALYZE {TABLE}")


def backwards(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    old_key = f"CAST(object_id AS INTEGER) * {OLD_SPACE} + {_code()}"
    if vendor == "sqlite":
        _sqlite_rekey(schema_editor, old_key, prefix=False)
    elif vendor == "postgresql":
        for kind in CODES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {TABLE}_{kind}_document")
        schema_editor.execute(f"ALTER TABLE {TABLE} DROP COLUMN heading")
        schema_editor.execute(
            f"CREATE INDEX {TABLE}_document ON {TABLE} USING gin (document) "
            "WITH (fastupdate = off)"
        )
        _postgresql_rekey(schema_editor, old_key)


class Migration(migrations.Migration):
    dependencies = [("casefiles", "0010_person_surnames")]

    operations = [migrations.RunPython(forwards, backwards)]
