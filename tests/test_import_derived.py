"""A first import writes its search rows and moves its pages' versions on from the records in
hand: the same rows, and the same pages, as reading the article's records back finds."""

import pytest
from django.db import connection

from articles.importer import import_text, many
from articles.models import Article
from casefiles import search
from casefiles.models import CaseFile, ContentVersion, Operation, Organisation, Person
from casefiles.page_scopes import LISTS, pages_showing
from tests.benchmarks.archive_corpus import generate

pytestmark = pytest.mark.django_db

ARTICLES = generate(40, seed=7)


def _index():
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT kind, object_id, slug, title, names, body FROM {search.TABLE}")
        return sorted(cursor.fetchall())


def _versions():
    return dict(ContentVersion.objects.values_list("scope", "version"))


def test_a_run_of_first_imports_indexes_what_reading_its_records_back_would():
    with many():
        for name, text in ARTICLES:
            assert import_text(text, name, publish=True).status == "created"
    imported = _index()
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {search.TABLE}")
    with search.batched():
        for pk in Article.objects.order_by("pk").values_list("pk", flat=True):
            search.reindex_article(pk)
    assert len(imported) > len(ARTICLES) * 3
    assert imported == _index()


def test_a_first_import_moves_on_the_pages_that_show_what_it_wrote(
    django_capture_on_commit_callbacks,
):
    with many():
        for name, text in ARTICLES:
            import_text(text, name, publish=True)
        # Case files that take in the operations and the people on file, a body above every
        # organisation, and an article of the same text as one before, which names them again.
        with django_capture_on_commit_callbacks(execute=True):
            CaseFile.objects.create(title="Operations").operations.add(*Operation.objects.all())
            CaseFile.objects.create(title="People").people.add(*Person.objects.all())
            body = Organisation.objects.create(name="Home Office")
            for organisation in Organisation.objects.filter(parent=None).exclude(pk=body.pk):
                organisation.parent = body
                organisation.save()
        before = _versions()
        result = import_text(ARTICLES[-1][1], "again.txt", publish=True)
    assert result.status == "created"
    moved = {scope for scope, version in _versions().items() if version != before.get(scope)}
    assert moved == {LISTS, *pages_showing([result.article.pk])}
    assert {"casefile:operations", "casefile:people", "organisation:home-office"} <= moved
