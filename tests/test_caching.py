import pytest
from django.core.cache import cache

from casefiles.models import Quote, ReviewStatus
from tests.factories import OperationFactory, OperationMentionFactory, QuoteFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def operation(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        mention = OperationMentionFactory(operation=OperationFactory(name="Operation Erasure"))
    return mention.operation


def test_a_repeat_visit_costs_one_query(client, operation, django_assert_num_queries):
    first = client.get(operation.get_absolute_url())
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
