"""After a migration, SQLite's planner has statistics for the indexes it added, where the
database had statistics before."""

import pytest
from django.db import connection

from casefiles.planner import analyse_new_indexes
from tests.factories import QuoteFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's planner statistics"),
]


def indexes_with_statistics():
    with connection.cursor() as cursor:
        cursor.execute("SELECT idx FROM sqlite_stat1 WHERE idx IS NOT NULL")
        return {idx for (idx,) in cursor.fetchall()}


def test_a_database_never_analysed_is_left_to_the_planners_defaults():
    QuoteFactory.create_batch(3)
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE IF EXISTS sqlite_stat1")
    assert analyse_new_indexes() == []
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")
        assert cursor.fetchone() is None


def test_an_index_added_after_analyse_gets_its_statistics():
    QuoteFactory.create_batch(3)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
        cursor.execute("CREATE INDEX casefiles_quote_text_probe ON casefiles_quote (text)")
    assert "casefiles_quote_text_probe" not in indexes_with_statistics()

    assert "casefiles_quote" in analyse_new_indexes()
    assert "casefiles_quote_text_probe" in indexes_with_statistics()
    # Nothing is left without statistics, so the next migration analyses nothing again.
    assert "casefiles_quote" not in analyse_new_indexes()


def test_a_table_rebuilt_without_statistics_gets_them_again():
    QuoteFactory.create_batch(3)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
        # As SQLite's ALTER of a column leaves it: the table's statistics gone with the old copy.
        cursor.execute("DELETE FROM sqlite_stat1 WHERE tbl = 'casefiles_quote'")
    assert "casefiles_quote" in analyse_new_indexes()
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'casefiles_quote'")
        assert cursor.fetchone()[0] > 0
