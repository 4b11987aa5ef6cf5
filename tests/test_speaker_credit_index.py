"""How a quote's own article printed its speaker is found by the index of the passages naming
each person in each article, not among every passage naming a busy spokesperson."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection

from casefiles.views.common import shown_quotes
from tests.factories import QuoteFactory

pytestmark = pytest.mark.django_db


def plan(queryset):
    """The database's plan for `queryset`, with PostgreSQL told to use an index where one can
    serve (its tables here are too small for it to choose one unbidden)."""
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute("SET LOCAL enable_bitmapscan = off")
            cursor.execute(f"EXPLAIN {sql}", params)
        else:
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        return "\n".join(str(row) for row in cursor.fetchall())


def test_a_quotes_speaker_credit_is_read_by_its_index():
    quote = QuoteFactory()
    steps = plan(shown_quotes(AnonymousUser()).filter(pk=quote.pk))
    assert "casefiles_appearance_credit" in steps, steps
