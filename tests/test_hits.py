"""A reader's page this process holds a fresh copy of is answered before the other middleware
run (`casefiles.hits`), exactly as the whole stack answered it, and only when the stack would
have let the request through unchanged."""

import pytest
from django.db.models import F

from casefiles import caching
from casefiles.models import ContentVersion
from casefiles.versions import EVERYTHING

pytestmark = pytest.mark.django_db

# Headers the middleware add to a page, which an early answer must carry too.
STACK_HEADERS = ("Content-Security-Policy", "X-Frame-Options", "Vary", "Cache-Control", "ETag")


@pytest.fixture(autouse=True)
def copies(page_copies):
    """Every test here serves from the process's own copies."""


@pytest.fixture
def operation(mentioned_operation):
    return mentioned_operation


@pytest.fixture
def down_the_stack(monkeypatch):
    """The requests that reached the page cache's view wrapper, below the other middleware."""
    reached = []
    serve = caching._serve

    def counted(request, *args, **kwargs):
        reached.append(request.path)
        return serve(request, *args, **kwargs)

    monkeypatch.setattr(caching, "_serve", counted)
    return reached


def test_a_page_served_again_is_answered_before_the_middleware_as_they_answered_it(
    client, operation, down_the_stack, django_assert_num_queries
):
    first = client.get(operation.get_absolute_url())
    with django_assert_num_queries(0):
        early = client.get(operation.get_absolute_url(), HTTP_ACCEPT_ENCODING="gzip")
    assert len(down_the_stack) == 1
    assert early.status_code == 200
    assert early["Content-Encoding"] == "gzip"
    for name in STACK_HEADERS:
        assert early[name] == first[name]
    assert client.get(operation.get_absolute_url()).content == first.content


def test_an_early_answer_revalidates_with_the_etag(client, operation, down_the_stack):
    etag = client.get(operation.get_absolute_url())["ETag"]
    client.get(operation.get_absolute_url())
    again = client.get(operation.get_absolute_url(), HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again["ETag"] == etag
    assert len(down_the_stack) == 1


def test_a_signed_in_journalist_is_never_answered_from_a_copy(
    client, operation, admin_user, down_the_stack
):
    client.get(operation.get_absolute_url())
    client.force_login(admin_user)
    response = client.get(operation.get_absolute_url())
    assert "ETag" not in response
    assert "Edit in admin" in response.content.decode()
    assert "private" in response["Cache-Control"]


def test_a_visitor_with_a_message_waiting_goes_down_the_stack(client, operation, down_the_stack):
    client.get(operation.get_absolute_url())
    client.cookies["messages"] = "waiting"
    client.get(operation.get_absolute_url())
    assert len(down_the_stack) == 2


def test_a_host_not_allowed_is_refused_even_with_a_copy(client, operation):
    client.get(operation.get_absolute_url())
    assert (
        client.get(operation.get_absolute_url(), HTTP_HOST="elsewhere.example").status_code == 400
    )


def test_a_copy_rendered_under_other_versions_goes_down_the_stack(
    client, operation, settings, down_the_stack
):
    client.get(operation.get_absolute_url())
    settings.CASEFILES_VERSION_SECONDS = 0
    ContentVersion.objects.get_or_create(scope=EVERYTHING)
    ContentVersion.objects.filter(scope=EVERYTHING).update(version=F("version") + 1)
    assert client.get(operation.get_absolute_url()).status_code == 200
    assert len(down_the_stack) == 2


def test_a_query_the_page_does_not_read_shares_the_early_answer(client, operation, down_the_stack):
    client.get(operation.get_absolute_url())
    assert client.get(f"{operation.get_absolute_url()}?utm_source=x").status_code == 200
    assert len(down_the_stack) == 1


def test_a_plain_http_request_is_redirected_even_with_a_copy(client, operation, settings):
    settings.SECURE_SSL_REDIRECT = True
    assert client.get(operation.get_absolute_url(), secure=True).status_code == 200
    assert client.get(operation.get_absolute_url(), secure=True).status_code == 200
    response = client.get(operation.get_absolute_url())
    assert response.status_code == 301
    assert response["Location"].startswith("https://")
