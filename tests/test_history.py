"""Every change made in the admin is in the record's history, with who made it, and can be undone
from the history page."""

from datetime import UTC, datetime

import pytest
from django.urls import reverse

from articles.models import Article
from casefiles.models import CaseFile, Person, Quote
from tests.admin_factories import QuoteAboutOperationFactory, form_data, records_of_every_kind
from tests.factories import (
    ArticleFactory,
    CaseFileFactory,
    OperationFactory,
    PersonFactory,
    QuoteFactory,
)

pytestmark = pytest.mark.django_db


def admin_url(model, view, *args):
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args)


def change(client, obj, **values):
    url = admin_url(type(obj), "change", obj.pk)
    response = client.post(url, form_data(client.get(url)) | values)
    assert response.status_code == 302, response.context["errors"]


def test_a_change_in_the_admin_records_who_changed_which_field(client, journalist):
    client.force_login(journalist)
    # The admin's date widget keeps seconds, not microseconds.
    article = ArticleFactory(
        headline="Raids in Southend", published_at=datetime(2014, 7, 1, 9, 30, tzinfo=UTC)
    )
    records_of_every_kind(article)
    change(client, article, headline="Drug raids in Southend")
    latest = article.history.latest()
    assert latest.history_user == journalist
    delta = latest.diff_against(latest.prev_record)
    assert [(c.field, c.old, c.new) for c in delta.changes] == [
        ("headline", "Raids in Southend", "Drug raids in Southend")
    ]


def test_the_history_page_shows_the_change(client, journalist):
    client.force_login(journalist)
    person = PersonFactory(name="Lewis Basford")
    change(client, person, name="Lewis Basford QPM")
    response = client.get(admin_url(Person, "history", person.pk))
    content = response.content.decode()
    assert response.status_code == 200
    newest = response.context["page_obj"][0]
    assert newest.history_delta_changes == [
        {"field": "Name", "old": "Lewis Basford", "new": "Lewis Basford QPM"},
        {"field": "Slug", "old": "lewis-basford", "new": "lewis-basford-qpm"},
    ]
    assert "<strong>Name:</strong>" in content
    assert journalist.username in content


def test_a_change_of_operations_on_a_quote_is_in_its_history(client, journalist):
    client.force_login(journalist)
    quote = QuoteAboutOperationFactory()
    booth = OperationFactory(name="Operation Booth")
    change(client, quote, operations=[str(booth.pk)])
    latest = quote.history.latest()
    delta = latest.diff_against(latest.prev_record)
    assert [c.field for c in delta.changes] == ["operations"]


def test_revert_from_the_history_page_restores_the_old_value(client, editor):
    client.force_login(editor)
    article = ArticleFactory(headline="Raids in Southend")
    change(client, article, headline="Wrong headline")
    original = article.history.earliest()
    revert_url = admin_url(Article, "simple_history", article.pk, original.history_id)
    page = client.get(revert_url)
    assert page.status_code == 200
    assert client.post(revert_url, form_data(page)).status_code == 302
    article.refresh_from_db()
    assert article.headline == "Raids in Southend"
    assert article.history.latest().history_user == editor


def test_revert_restores_the_links_a_case_file_had(client, editor):
    client.force_login(editor)
    erasure, booth = OperationFactory(name="Operation Erasure"), OperationFactory(name="Op Booth")
    casefile = CaseFileFactory()
    change(client, casefile, operations=[str(erasure.pk)])
    following_erasure = casefile.history.latest()
    change(client, casefile, operations=[str(booth.pk)])
    revert_url = admin_url(CaseFile, "simple_history", casefile.pk, following_erasure.history_id)
    assert client.post(revert_url, form_data(client.get(revert_url))).status_code == 302
    assert list(casefile.operations.all()) == [erasure]


def test_bulk_review_is_in_each_records_history(client, journalist):
    client.force_login(journalist)
    quote = QuoteAboutOperationFactory()
    client.post(
        admin_url(Quote, "changelist"),
        {"action": "mark_verified", "_selected_action": [quote.pk]},
    )
    latest = quote.history.latest()
    assert latest.history_user == journalist
    assert latest.history_change_reason == "Marked verified"
    delta = latest.diff_against(latest.prev_record)
    assert {c.field for c in delta.changes} == {"review_status", "reviewed_by", "reviewed_at"}


def test_every_history_page_opens(admin_client):
    article = ArticleFactory()
    for record in [article, *records_of_every_kind(article), QuoteFactory()]:
        change(admin_client, record)
        response = admin_client.get(admin_url(type(record), "history", record.pk))
        assert response.status_code == 200


def test_saving_a_record_writes_its_history_without_building_a_manager_class():
    article, person = ArticleFactory(), PersonFactory()
    # Read on every save to write the history row: one class for every record of a model.
    assert type(article.history) is type(ArticleFactory().history)
    assert type(person.history) is type(Person.history)
    article.headline = "Raids end with arrests"
    article.save()
    assert [row.headline for row in article.history.all()][0] == "Raids end with arrests"


def _history_of(article):
    row = article.history.get()
    fields = [field.attname for field in type(row)._meta.concrete_fields]
    skip = {"history_id", "history_date", "id", "source_name", "slug", "created", "modified"}
    return {name: getattr(row, name) for name in fields if name not in skip}


def test_articles_written_in_one_statement_have_the_history_row_a_save_writes():
    saved = ArticleFactory.build(
        body="Two men were arrested.\n", source_name="saved.txt", publication=None
    )
    saved.save()
    built = ArticleFactory.build(
        body="Two men were arrested.\n",
        source_name="inserted.txt",
        publication=None,
        published_at=saved.published_at,
        headline=saved.headline,
    )
    Article.objects.insert([built])
    assert built.pk is not None
    assert built.content_hash == saved.content_hash and built.slug == saved.slug
    assert _history_of(built) == _history_of(saved)
    assert _history_of(built)["history_type"] == "+"
    assert built.history.get().id == built.pk
