"""Migration 0014 re-keys the index by kind and back again, keeping every row."""

import pytest
from django.core.management import call_command
from django.db import connection

from casefiles import search
from casefiles.search import SearchKind
from tests.search.helpers import found, index_rows

# serialized_rollback: like the other tests that commit, leave the content types as they were.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BEFORE = "0013_content_version_scopes"
AFTER = "0014_search_by_kind"


def keys():
    column = "rowid" if connection.vendor == "sqlite" else "id"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column}, kind, object_id FROM casefiles_search")
        return {(kind, int(object_id)): key for key, kind, object_id in cursor.fetchall()}


def index_definition():
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT sql FROM sqlite_master WHERE name = 'casefiles_search'")
        else:
            cursor.execute(
                "SELECT indexdef FROM pg_indexes WHERE tablename LIKE 'casefiles_search%%'"
            )
        return " ".join(row[0] for row in cursor.fetchall())


@pytest.fixture
def migrated_back(story):
    rows = index_rows()
    call_command("migrate", "casefiles", BEFORE, verbosity=0)
    yield rows
    call_command("migrate", "casefiles", verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM casefiles_search")


def test_backwards_keys_rows_by_record_then_kind(migrated_back, story):
    assert index_rows() == migrated_back
    person = story["person"].pk
    assert keys()[(SearchKind.PERSON, person)] == person * 8 + 3
    assert "prefix" not in index_definition()
    assert "casefiles_search_article" not in index_definition()


def test_forwards_keys_rows_by_kind_and_finds_them_again(migrated_back, story):
    call_command("migrate", "casefiles", AFTER, verbosity=0)
    assert index_rows() == migrated_back
    person = story["person"].pk
    assert keys()[(SearchKind.PERSON, person)] == search.search_key(SearchKind.PERSON, person)
    definition = index_definition()
    if connection.vendor == "sqlite":
        assert "prefix = '2 3 4'" in definition
    else:
        # A partition a kind, each with its own GIN index.
        assert all(
            f"ON public.casefiles_search_{kind} USING gin" in definition for kind in SearchKind
        )
    # Searching reads the records as the latest schema holds them.
    call_command("migrate", "casefiles", verbosity=0)
    assert (SearchKind.PERSON, person) in found("Basford")


def document_storage():
    """{partition: storage of its tsvector column} on PostgreSQL."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname, attstorage FROM pg_attribute JOIN pg_class ON attrelid = pg_class.oid "
            "WHERE attname = 'document' AND relkind = 'r' AND relname LIKE 'casefiles_search_%%'"
        )
        return dict(cursor.fetchall())


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's storage")
def test_the_tsvector_is_kept_in_the_row_and_given_back_to_toast_on_the_way_back(story):
    rows = index_rows()
    assert set(document_storage().values()) == {"m"}
    call_command("migrate", "casefiles", "0017_appearance_placed_index", verbosity=0)
    try:
        assert set(document_storage().values()) == {"x"}
    finally:
        call_command("migrate", "casefiles", verbosity=0)
    assert set(document_storage()) == {f"casefiles_search_{kind}" for kind in SearchKind}
    assert set(document_storage().values()) == {"m"}
    assert index_rows() == rows
    assert (SearchKind.PERSON, story["person"].pk) in found("Basford")
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM casefiles_search")
