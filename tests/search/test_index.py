"""The index follows the records: saves, deletes, imports and rebuilds."""

import io

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.db.models import ProtectedError
from django.test.utils import CaptureQueriesContext

from casefiles import search
from casefiles.models import Person
from casefiles.search import SearchKind
from tests.factories import (
    AppearanceFactory,
    ArticleFactory,
    OperationFactory,
    OperationMentionFactory,
    PersonFactory,
    QuoteFactory,
)
from tests.search.helpers import STORY, found, index_rows

pytestmark = pytest.mark.django_db


# --- The index follows the records ------------------------------------------------------------


def test_a_new_article_is_found_once_its_transaction_commits(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        article = ArticleFactory(headline="Heron Street closure")
    assert found("heron") == []
    for callback in callbacks:
        callback()
    assert found("heron") == [(SearchKind.ARTICLE, article.pk)]


def test_an_edited_headline_is_found_by_its_new_words(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        article = ArticleFactory(headline="Heron Street closure")
    with django_capture_on_commit_callbacks(execute=True):
        article.headline = "Kingfisher Road closure"
        article.save()
    assert found("heron") == []
    assert found("kingfisher") == [(SearchKind.ARTICLE, article.pk)]


def test_a_deleted_article_leaves_the_index(story, django_capture_on_commit_callbacks):
    article, quote = story["article"], story["quote"]
    with django_capture_on_commit_callbacks(execute=True):
        article.delete()
    assert found("proactively", user=None) == []
    rows = index_rows()
    assert (SearchKind.ARTICLE, article.pk) not in rows
    assert (SearchKind.QUOTE, quote.pk) not in rows


def test_an_edited_operation_is_found_by_a_new_alias(story, django_capture_on_commit_callbacks):
    operation = story["operation"]
    with django_capture_on_commit_callbacks(execute=True):
        operation.aliases = ["Operation Erazure"]
        operation.save()
    assert found("Erazure") == [(SearchKind.OPERATION, operation.pk)]
    assert found("Errasure") == []


def test_renaming_a_person_retitles_their_quotes(story, django_capture_on_commit_callbacks):
    person = story["person"]
    with django_capture_on_commit_callbacks(execute=True):
        person.name = "Lewis Bashford"
        person.save()
    [quote_hit] = [hit for hit in search.search("proactively") if hit.kind == SearchKind.QUOTE]
    assert quote_hit.title.startswith("Lewis Bashford: ")
    assert (SearchKind.PERSON, person.pk) in found("Bashford")


def test_unattributing_a_quote_and_deleting_its_speaker_updates_the_index(
    story, django_capture_on_commit_callbacks
):
    person = story["person"]
    with django_capture_on_commit_callbacks(execute=True):
        for quote in person.quotes.all():
            quote.speaker = None
            quote.save()
        person.delete()
    [quote_hit] = [hit for hit in search.search("proactively") if hit.kind == SearchKind.QUOTE]
    assert quote_hit.title.startswith("Unattributed: ")
    assert (SearchKind.PERSON, person.pk) not in index_rows()


def test_a_speaker_with_quotes_cannot_be_deleted(story):
    with pytest.raises(ProtectedError):
        story["person"].delete()
    assert Person.objects.filter(pk=story["person"].pk).exists()


def test_renaming_an_organisation_updates_its_people_and_operations(
    story, django_capture_on_commit_callbacks
):
    person, operation = story["person"], story["operation"]
    organisation = operation.force
    with django_capture_on_commit_callbacks(execute=True):
        person.organisation = organisation
        person.save()
    with django_capture_on_commit_callbacks(execute=True):
        organisation.name = "Thamesmouth Constabulary"
        organisation.save()
    assert set(found("Thamesmouth")) == {
        (SearchKind.PERSON, person.pk),
        (SearchKind.OPERATION, operation.pk),
        (SearchKind.ORGANISATION, organisation.pk),
    }


def test_moving_an_appearance_moves_the_role_it_gives(story, django_capture_on_commit_callbacks):
    appearance = story["person"].appearances.get()
    someone_else = PersonFactory(name="Simon Anslow")
    with django_capture_on_commit_callbacks(execute=True):
        appearance.person = someone_else
        appearance.save()
    assert found("district commander") == [(SearchKind.PERSON, someone_else.pk)]


def test_reindex_article_indexes_records_written_without_signals():
    # The importer writes with bulk_create, then calls reindex_article after its commit.
    article = ArticleFactory(headline="Drug gangs targeted in Southend raids", body=STORY)
    basford = PersonFactory(name="Lewis Basford")
    AppearanceFactory(article=article, person=basford)
    OperationMentionFactory(article=article, operation=OperationFactory(name="Operation Erasure"))
    QuoteFactory(article=article, speaker=basford)
    assert index_rows() == []
    search.reindex_article(article.pk)
    assert {kind for kind, _ in index_rows()} == set(SearchKind)


def test_an_import_block_indexes_its_records_in_one_batch(django_capture_on_commit_callbacks):
    with (
        django_capture_on_commit_callbacks() as callbacks,
        transaction.atomic(),
        search.signals_paused(),
    ):
        article = ArticleFactory(body=STORY)
        basford = PersonFactory(name="Lewis Basford")
        AppearanceFactory(article=article, person=basford)
        QuoteFactory(article=article, speaker=basford)
    indexing = [
        c for c in callbacks if isinstance(getattr(c, "__self__", None), search.indexing._Held)
    ]
    assert len(indexing) == 1
    indexing[0]()
    assert {kind for kind, _ in found("Basford")} == {
        SearchKind.ARTICLE,
        SearchKind.PERSON,
        SearchKind.QUOTE,
    }


def test_a_quote_a_reimport_deletes_leaves_the_index(story, django_capture_on_commit_callbacks):
    article, quote = story["article"], story["quote"]
    with (
        django_capture_on_commit_callbacks(execute=True),
        transaction.atomic(),
        search.signals_paused(),
    ):
        quote.delete()
        search.reindex_article(article.pk)
    assert (SearchKind.QUOTE, quote.pk) not in index_rows()


def test_an_import_block_that_fails_indexes_nothing(django_capture_on_commit_callbacks):
    with (
        django_capture_on_commit_callbacks() as callbacks,
        pytest.raises(ValueError),
        transaction.atomic(),
        search.signals_paused(),
    ):
        ArticleFactory(headline="Heron Street closure")
        raise ValueError("the import failed")
    assert callbacks == []


def test_reindex_article_costs_the_same_however_big_the_article():
    def cost(article):
        with CaptureQueriesContext(connection) as queries:
            search.reindex_article(article.pk)
        return len(queries)

    small = ArticleFactory(body=STORY)
    QuoteFactory(article=small)
    big = ArticleFactory(body=STORY * 20)
    for n in range(0, len(big.body), len(STORY))[:20]:
        start = n + STORY.index("We moved")
        QuoteFactory(article=big, start=start, end=start + 8, text="We moved")
        AppearanceFactory(article=big, start=n + 60, end=n + 62, text=big.body[n + 60 : n + 62])
        OperationMentionFactory(
            article=big, start=n + 100, end=n + 102, text=big.body[n + 100 : n + 102]
        )
    assert cost(big) == cost(small) <= 12


def test_rebuild_command_indexes_every_record(story):
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM casefiles_search")
    out = io.StringIO()
    call_command("rebuild_search_index", stdout=out)
    assert out.getvalue() == (
        "Indexed 1 article, 1 quote, 1 operation, 1 person, 1 organisation.\n"
    )
    assert (SearchKind.PERSON, story["person"].pk) in found("Basford")


def test_rebuild_command_dry_run_leaves_the_index_alone(story):
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM casefiles_search")
    out = io.StringIO()
    call_command("rebuild_search_index", "--dry-run", stdout=out)
    assert out.getvalue().startswith("Would index 1 article, ")
    assert index_rows() == []
