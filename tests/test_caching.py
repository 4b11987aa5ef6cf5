import gzip

import pytest
from django.db.models import F
from django.urls import reverse

from casefiles.models import ContentVersion, Operation, Quote, ReviewStatus
from casefiles.versions import content_version, forget_versions
from tests.factories import QuoteFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache(page_cache):
    return page_cache


@pytest.fixture
def operation(mentioned_operation):
    return mentioned_operation


def test_a_repeat_visit_costs_one_query(client, operation, django_assert_num_queries):
    first = client.get(operation.get_absolute_url())
    forget_versions()
    with django_assert_num_queries(1):
        again = client.get(operation.get_absolute_url())
    assert again.content == first.content
    assert again["ETag"]


def test_a_committed_change_shows_at_once(client, operation, django_capture_on_commit_callbacks):
    assert b"Shoeburyness East" not in client.get(operation.get_absolute_url()).content
    with django_capture_on_commit_callbacks(execute=True):
        operation.area = "Shoeburyness East"
        operation.save()
    assert b"Shoeburyness East" in client.get(operation.get_absolute_url()).content


def test_bulk_review_moves_the_version_on(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        quote = QuoteFactory()
    url = quote.get_absolute_url()
    assert client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        Quote.objects.filter(pk=quote.pk).review(ReviewStatus.REJECTED, None)
    assert client.get(url).status_code == 404


def test_a_browser_revalidates_with_its_etag(client, operation):
    etag = client.get(operation.get_absolute_url())["ETag"]
    response = client.get(operation.get_absolute_url(), headers={"If-None-Match": etag})
    assert response.status_code == 304


def test_staff_always_get_a_fresh_page(client, operation, admin_user):
    client.force_login(admin_user)
    client.get(operation.get_absolute_url())
    response = client.get(operation.get_absolute_url())
    assert "ETag" not in response
    assert "Edit in admin" in response.content.decode()


# --- Imports: what changes, and how late ------------------------------------------------------

ARTICLE = """Raids in the harbour district

By Lena Marsh

Published: 3 March 2021

Officers from Operation {name} searched six flats on Tuesday.

"We will keep going until the harbour is quiet," said Det Insp Carys Vane of the force.
"""


def _import(name, source, django_capture_on_commit_callbacks):
    from articles.importer import import_text

    with django_capture_on_commit_callbacks(execute=True):
        result = import_text(ARTICLE.format(name=name), source, publish=True)
    assert result.status == "created"
    return result.article


def test_a_page_stays_cached_when_an_unrelated_article_is_imported(
    client, operation, django_capture_on_commit_callbacks, django_assert_num_queries
):
    url = operation.get_absolute_url()
    client.get(url)
    _import("Kestrelmoor", "kestrelmoor.txt", django_capture_on_commit_callbacks)
    with django_assert_num_queries(1):  # the versions, read again after the import
        client.get(url)


def test_an_import_shows_on_the_page_it_changes_once_the_staleness_bound_passes(
    client, settings, django_capture_on_commit_callbacks
):
    settings.CASEFILES_PAGE_STALE_SECONDS = 60
    _import("Kestrelmoor", "kestrelmoor-1.txt", django_capture_on_commit_callbacks)
    url = Operation.objects.get(name="Operation Kestrelmoor").get_absolute_url()
    before = client.get(url).content
    _import("Kestrelmoor", "kestrelmoor-2.txt", django_capture_on_commit_callbacks)
    assert client.get(url).content == before
    settings.CASEFILES_PAGE_STALE_SECONDS = 0
    assert client.get(url).content != before


def test_a_list_may_lag_an_import_by_the_staleness_bound_only(
    client, settings, django_capture_on_commit_callbacks
):
    settings.CASEFILES_PAGE_STALE_SECONDS = 60
    url = reverse("casefiles:operation-list")
    assert b"Kestrelmoor" not in client.get(url).content
    _import("Kestrelmoor", "kestrelmoor.txt", django_capture_on_commit_callbacks)
    assert b"Kestrelmoor" not in client.get(url).content
    settings.CASEFILES_PAGE_STALE_SECONDS = 0
    assert b"Kestrelmoor" in client.get(url).content


def test_a_journalists_change_is_never_served_late(
    client, settings, operation, django_capture_on_commit_callbacks
):
    settings.CASEFILES_PAGE_STALE_SECONDS = 60
    client.get(reverse("casefiles:operation-list"))
    with django_capture_on_commit_callbacks(execute=True):
        operation.name = "Operation Greyfinch"
        operation.save()
    assert b"Greyfinch" in client.get(reverse("casefiles:operation-list")).content


def test_a_cached_page_is_sent_compressed_to_a_browser_that_accepts_it(client, operation):
    plain = client.get(operation.get_absolute_url()).content
    response = client.get(operation.get_absolute_url(), headers={"Accept-Encoding": "gzip, br"})
    assert response["Content-Encoding"] == "gzip"
    assert gzip.decompress(response.content) == plain
    assert len(response.content) < len(plain) / 2


def test_a_journalists_change_moves_the_whole_sites_version(
    operation, django_capture_on_commit_callbacks
):
    before = content_version()
    with django_capture_on_commit_callbacks(execute=True):
        operation.save()
    assert content_version() == before + 1


def test_an_import_leaves_the_whole_sites_version_alone(django_capture_on_commit_callbacks):
    before = content_version()
    _import("Kestrelmoor", "kestrelmoor.txt", django_capture_on_commit_callbacks)
    assert content_version() == before


def test_a_cached_page_costs_no_query_while_the_versions_are_fresh(
    client, settings, operation, django_assert_num_queries
):
    settings.CASEFILES_VERSION_SECONDS = 60
    client.get(operation.get_absolute_url())
    with django_assert_num_queries(0):
        client.get(operation.get_absolute_url())


def test_a_change_another_process_made_shows_once_the_versions_are_read_again(
    client, settings, operation
):
    settings.CASEFILES_VERSION_SECONDS = 60
    url = operation.get_absolute_url()
    client.get(url)
    Operation.objects.filter(pk=operation.pk).update(area="Shoeburyness East")
    # Another server process moves the whole site's version on; this one has not read it yet.
    ContentVersion.objects.get_or_create(scope="")
    ContentVersion.objects.filter(scope="").update(version=F("version") + 1)
    assert b"Shoeburyness East" not in client.get(url).content
    settings.CASEFILES_VERSION_SECONDS = 0
    assert b"Shoeburyness East" in client.get(url).content
