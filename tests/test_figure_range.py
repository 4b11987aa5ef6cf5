"""Figures stay within what the database holds, and one that got in breaks no page."""

import importlib

import pytest
from django.core.exceptions import ValidationError
from django.db import DatabaseError, connection, transaction
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

from articles.extraction import extract
from articles.extraction.vocabulary import FIGURE_LIMIT
from casefiles.models import Outcome
from tests.admin.helpers import admin_url
from tests.factories import (
    ArticleFactory,
    OperationFactory,
    OperationMentionFactory,
    OrganisationFactory,
    OutcomeFactory,
)
from tests.test_import import run_import

pytestmark = pytest.mark.django_db

HUGE = "£1,000,000,000,000,000,000"
STORY = f"Cash haul\n\nOfficers seized {HUGE} in cash and arrested 12 people in Southend.\n"

in_range = importlib.import_module("casefiles.migrations.0008_outcome_figures_in_range")
sqlite_only = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="only SQLite stores a figure out of range"
)


def test_the_model_stores_figures_up_to_the_extractors_limit():
    field = Outcome._meta.get_field("value")
    assert 10 ** (field.max_digits - field.decimal_places) == FIGURE_LIMIT


# --- The extractor ------------------------------------------------------------------------------


def test_a_figure_too_large_to_store_is_left_out_and_reported():
    extraction = extract(STORY)
    assert [(o.metric, o.value) for o in extraction.outcomes] == [("arrests", 12)]
    assert [span.text for span in extraction.out_of_range] == [HUGE]


def test_no_figure_the_extractor_gives_is_out_of_range():
    text = "Big numbers\n\nPolice seized 999,999,999,999,999 kg and £1,000,000,000,000,000 too.\n"
    extraction = extract(text)
    assert all(abs(o.value) < FIGURE_LIMIT for o in extraction.outcomes if o.value is not None)
    assert [span.text for span in extraction.out_of_range] == ["£1,000,000,000,000,000"]


def test_a_run_of_thousands_of_digits_is_read_without_error():
    digits = "7" * 5000
    extraction = extract(f"Digits\n\nPolice arrested {digits} people and seized £{digits}.\n")
    assert extraction.outcomes == ()


def test_a_run_of_forty_digits_is_reported_as_too_large():
    digits = "7" * 40
    extraction = extract(f"Digits\n\nPolice arrested {digits} people and seized £{digits}.\n")
    assert extraction.outcomes == ()
    assert len(extraction.out_of_range) == 2


# --- The import ---------------------------------------------------------------------------------


def test_the_import_leaves_the_figure_out_with_a_note(tmp_path):
    (tmp_path / "haul.txt").write_text(STORY, encoding="utf-8")
    out, _ = run_import(tmp_path)
    assert "1 created" in out
    assert f"haul.txt: left out the figure “{HUGE}”: too large to store" in out
    assert list(Outcome.objects.values_list("metric", "value")) == [("arrests", 12)]


# --- The model ----------------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["value", "value_max"])
def test_the_model_refuses_a_figure_out_of_range(field):
    figures = {"value": 1, field: FIGURE_LIMIT}
    outcome = OutcomeFactory.build(article=ArticleFactory(), **figures)
    with pytest.raises(ValidationError):
        outcome.full_clean()
    with pytest.raises(DatabaseError), transaction.atomic():
        outcome.save()


# --- A bad row already stored -------------------------------------------------------------------


def store_out_of_range(outcome, value="1e21"):
    """Write `value` into the outcome's row as an old SQLite database may hold it."""
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA ignore_check_constraints = ON")
        try:
            cursor.execute(
                f"UPDATE casefiles_outcome SET value = {value} WHERE id = %s", [outcome.pk]
            )
        finally:
            cursor.execute("PRAGMA ignore_check_constraints = OFF")


@pytest.fixture
def bad_row():
    organisation = OrganisationFactory(name="Essex Police")
    operation = OperationFactory(name="Operation Erasure", force=organisation)
    article = ArticleFactory()
    OperationMentionFactory(article=article, operation=operation)
    outcome = OutcomeFactory(article=article, operation=operation, organisation=organisation)
    store_out_of_range(outcome)
    return outcome


def bad_row_pages(outcome):
    return [
        reverse("casefiles:home"),
        reverse("casefiles:outcome-list"),
        reverse("casefiles:outcome-export", kwargs={"fmt": "csv"}),
        reverse("casefiles:outcome-export", kwargs={"fmt": "json"}),
        outcome.article.get_absolute_url(),
        outcome.operation.get_absolute_url(),
        outcome.organisation.get_absolute_url(),
    ]


def bad_row_admin_pages(outcome):
    return [
        admin_url(Outcome, "changelist"),
        admin_url(Outcome, "change", outcome.pk),
        reverse("admin:review-queue"),
        admin_url(type(outcome.article), "change", outcome.article.pk),
    ]


@sqlite_only
def test_reader_pages_answer_with_a_bad_row_stored(client, bad_row):
    for url in bad_row_pages(bad_row):
        response = client.get(url)
        assert response.status_code == 200, url
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)


@sqlite_only
def test_admin_pages_answer_with_a_bad_row_stored(client, editor, bad_row):
    client.force_login(editor)
    for url in bad_row_admin_pages(bad_row):
        assert client.get(url).status_code == 200, url


@sqlite_only
def test_a_bad_row_reads_as_no_value():
    outcome = OutcomeFactory()
    store_out_of_range(outcome, "-1e30")
    assert Outcome.objects.get(pk=outcome.pk).value is None


@sqlite_only
def test_the_migration_removes_figures_out_of_range():
    apps = (
        MigrationExecutor(connection)
        .loader.project_state(("casefiles", "0008_outcome_figures_in_range"))
        .apps
    )
    kept, bad = OutcomeFactory(value=70), OutcomeFactory(value=1)
    store_out_of_range(bad)
    in_range.drop_figures_out_of_range(apps, None)
    assert list(Outcome.objects.values_list("pk", flat=True)) == [kept.pk]
