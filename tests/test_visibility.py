"""What readers see of each record is kept on the record (`visible`), and every write that can
change it changes it in the same transaction: the pages read nothing else."""

import importlib
import json

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

from articles.models import Article, ArticleStatus
from casefiles.models import Appearance, OperationMention, Outcome, Quote, ReviewStatus
from tests.factories import (
    AppearanceFactory,
    ArticleFactory,
    OperationFactory,
    OperationMentionFactory,
    OrganisationFactory,
    OutcomeFactory,
    PersonFactory,
    QuoteFactory,
)

pytestmark = pytest.mark.django_db

MODELS = (Appearance, OperationMention, Quote, Outcome)


@pytest.fixture
def records():
    """One of each kind of record, in one published article."""
    article = ArticleFactory()
    person, operation = PersonFactory(), OperationFactory()
    return [
        AppearanceFactory(article=article, person=person),
        OperationMentionFactory(article=article, operation=operation),
        QuoteFactory(article=article, speaker=person, operations=[operation]),
        OutcomeFactory(article=article, operation=operation, person=person),
    ]


def stored(records):
    return [type(r).objects.get(pk=r.pk).visible for r in records]


def test_records_of_a_published_article_are_visible_and_of_a_draft_not(records):
    assert stored(records) == [True] * 4
    draft = ArticleFactory(status=ArticleStatus.DRAFT)
    assert not QuoteFactory(article=draft).visible
    assert not Quote.objects.get(article=draft).visible


def test_withdrawing_and_publishing_an_article_passes_on_to_its_records(records):
    article = Article.objects.get(pk=records[0].article_id)
    article.status = ArticleStatus.DRAFT
    article.save()
    assert stored(records) == [False] * 4
    article.status = ArticleStatus.PUBLISHED
    article.save(update_fields=["status"])
    assert stored(records) == [True] * 4


def test_a_status_set_by_update_passes_on_too(records):
    articles = Article.objects.filter(pk=records[0].article_id)
    articles.update(status=ArticleStatus.DRAFT)
    assert stored(records) == [False] * 4
    articles.update(status=ArticleStatus.PUBLISHED)
    assert stored(records) == [True] * 4


def test_an_article_saved_from_an_instance_not_loaded_from_the_database(records):
    """History's "revert" saves an article built from a past version, never loaded."""
    article = Article.objects.get(pk=records[0].article_id)
    reverted = Article(**{f.attname: getattr(article, f.attname) for f in Article._meta.fields})
    reverted.status = ArticleStatus.DRAFT
    reverted.save()
    assert stored(records) == [False] * 4


def test_rejecting_a_record_hides_it_and_verifying_shows_it_again(records, journalist):
    quote = records[2]
    quote.review(ReviewStatus.REJECTED, journalist)
    assert stored(records) == [True, True, False, True]
    quote.review(ReviewStatus.VERIFIED, journalist)
    assert stored(records) == [True] * 4


@pytest.mark.parametrize("model", MODELS)
def test_a_review_by_update_passes_on(records, model):
    model.objects.filter(article=records[0].article).update(review_status=ReviewStatus.REJECTED)
    assert model.objects.get().visible is False
    assert sum(stored(records)) == 3


def test_a_passage_lost_on_reimport_hides_the_record_until_found_again(records):
    quote = Quote.objects.get(pk=records[2].pk)
    quote.passage_missing = True
    Quote.objects.bulk_update([quote], ["passage_missing"])
    assert stored(records)[2] is False
    quote.passage_missing = False
    Quote.objects.bulk_update([quote], ["passage_missing"])
    assert stored(records)[2] is True


def test_bulk_create_reads_the_article_status_when_the_article_is_not_loaded():
    published, draft = ArticleFactory(), ArticleFactory(status=ArticleStatus.DRAFT)
    text = '"We moved proactively to stop them."'
    start = published.body.index(text)
    span = {"start": start, "end": start + len(text), "text": text}
    Quote.objects.bulk_create(
        [Quote(article_id=published.pk, **span), Quote(article_id=draft.pk, **span)]
    )
    visible = dict(Quote.objects.values_list("article_id", "visible"))
    assert visible == {published.pk: True, draft.pk: False}


def test_imported_articles_records_follow_the_publish_option(tmp_path, seed_paths):
    (tmp_path / seed_paths[0].name).write_text(seed_paths[0].read_text(encoding="utf-8"))
    call_command("import_articles", str(tmp_path), verbosity=0)
    assert Quote.objects.exists() and not Quote.objects.filter(visible=True).exists()
    call_command("import_articles", "--publish", str(tmp_path), verbosity=0)
    assert not Quote.objects.filter(visible=False).exists()


def test_a_fixture_loads_with_what_readers_see_worked_out(tmp_path):
    """loaddata saves rows without `save()`, records before or after their article."""
    article = ArticleFactory()
    quote = QuoteFactory(article=article)
    rows = json.loads(
        call_command_output("dumpdata", "articles.article", "casefiles.quote", "casefiles.person")
    )
    for row in rows:
        row["fields"].pop("visible", None)
    quotes_first = sorted(rows, key=lambda row: row["model"] != "casefiles.quote")
    Quote.objects.all().delete()
    Article.objects.all().delete()
    fixture = tmp_path / "records.json"
    fixture.write_text(json.dumps(quotes_first))
    call_command("loaddata", str(fixture), verbosity=0)
    assert Quote.objects.get(pk=quote.pk).visible is True


def call_command_output(*args):
    from io import StringIO

    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_the_migration_works_out_every_stored_record(records):
    migration = importlib.import_module("casefiles.migrations.0016_record_visible")
    draft = ArticleFactory(status=ArticleStatus.DRAFT)
    hidden = [OutcomeFactory(article=draft), QuoteFactory(review_status=ReviewStatus.REJECTED)]
    # Stored before the flag was worked out: each the opposite of what it should be.
    for model in MODELS:
        model.objects.update(visible=False)
    for record in hidden:
        type(record).objects.filter(pk=record.pk).update(visible=True)
    apps = (
        MigrationExecutor(connection)
        .loader.project_state(("casefiles", "0016_record_visible"))
        .apps
    )
    migration.work_out_visible(apps, None)
    assert stored(records) == [True] * 4
    assert stored(hidden) == [False, False]


# --- The pages follow each input --------------------------------------------------------------


def page(client, url):
    response = client.get(url)
    return response.status_code, response.content.decode()


def test_pages_follow_an_article_withdrawn_and_published_again(client):
    article = ArticleFactory()
    person, force = PersonFactory(), OrganisationFactory()
    operation = OperationFactory(force=force)
    AppearanceFactory(article=article, person=person, organisation=force)
    OperationMentionFactory(article=article, operation=operation)
    quote = QuoteFactory(article=article, speaker=person, operations=[operation])
    quotes = reverse("casefiles:quote-list")
    pages = [person.get_absolute_url(), operation.get_absolute_url(), force.get_absolute_url()]
    assert [page(client, url)[0] for url in pages] == [200, 200, 200]
    assert quote.text.strip('"') in page(client, quotes)[1]

    article.status = ArticleStatus.DRAFT
    article.save()
    assert [page(client, url)[0] for url in pages] == [404, 404, 404]
    assert quote.text.strip('"') not in page(client, quotes)[1]

    Article.objects.filter(pk=article.pk).update(status=ArticleStatus.PUBLISHED)
    assert [page(client, url)[0] for url in pages] == [200, 200, 200]
    assert quote.text.strip('"') in page(client, quotes)[1]


def test_a_rejected_quote_leaves_the_lists_and_its_speakers_page(client, journalist):
    person = PersonFactory()
    AppearanceFactory(person=person)
    quote = QuoteFactory(speaker=person)
    said = quote.text.strip('"')
    assert said in page(client, person.get_absolute_url())[1]
    quote.review(ReviewStatus.REJECTED, journalist)
    assert said not in page(client, person.get_absolute_url())[1]
    assert said not in page(client, reverse("casefiles:quote-list"))[1]
    assert page(client, quote.get_absolute_url())[0] == 404


def test_a_person_known_only_from_a_rejected_quote_has_no_page(client, journalist):
    quote = QuoteFactory()
    url = quote.speaker.get_absolute_url()
    assert page(client, url)[0] == 200
    quote.review(ReviewStatus.REJECTED, journalist)
    assert page(client, url)[0] == 404
