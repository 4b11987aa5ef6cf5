"""Readers served while articles are imported: a page an import moved past may be served stale,
for a bounded time, to anonymous readers only, and never after a journalist's change."""

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse

from casefiles import caching, tallies
from casefiles.models import PersonKind, Quote, ReviewStatus
from casefiles.pagecopies import EXPIRED, FRESH, REFRESH, STALE
from tests.factories import QuoteFactory

pytestmark = pytest.mark.django_db

ARTICLE = """Raids in the harbour district

By Lena Marsh

Published: 3 March 2021

Officers from Operation {name} searched six flats on Tuesday.

"We will keep going until the harbour is quiet," said Det Insp Carys Vane of the force.
"""


@pytest.fixture(autouse=True)
def stale_for_a_minute(page_cache, settings):
    settings.CASEFILES_PAGE_STALE_SECONDS = 60
    # Every request reads the versions, as a process would a second after an import.
    settings.CASEFILES_VERSION_SECONDS = 0


class Clock:
    """The time the page cache reads, moved on by hand."""

    def __init__(self, now):
        self.now = now

    def time(self):
        return self.now


@pytest.fixture
def clock(monkeypatch):
    clock = Clock(1_000_000.0)
    monkeypatch.setattr(caching, "time", clock)
    monkeypatch.setattr(tallies, "time", clock)
    return clock


def _import(name, django_capture_on_commit_callbacks):
    from articles.importer import import_text

    with django_capture_on_commit_callbacks(execute=True):
        result = import_text(ARTICLE.format(name=name), f"{name}.txt", publish=True)
    assert result.status == "created"


def test_a_list_an_import_moved_is_served_stale_within_the_bound_and_fresh_after(
    client, clock, django_capture_on_commit_callbacks
):
    url = reverse("casefiles:operation-list")
    assert b"Kestrelmoor" not in client.get(url).content
    _import("Kestrelmoor", django_capture_on_commit_callbacks)
    clock.now += 29
    assert b"Kestrelmoor" not in client.get(url).content
    clock.now += 31
    assert b"Kestrelmoor" in client.get(url).content


def test_no_page_is_served_stale_when_the_bound_is_zero(
    client, settings, django_capture_on_commit_callbacks
):
    settings.CASEFILES_PAGE_STALE_SECONDS = 0
    url = reverse("casefiles:operation-list")
    client.get(url)
    _import("Kestrelmoor", django_capture_on_commit_callbacks)
    assert b"Kestrelmoor" in client.get(url).content


def test_a_stale_page_is_rendered_again_in_the_second_half_of_its_bound(
    client, clock, django_capture_on_commit_callbacks
):
    url = reverse("casefiles:operation-list")
    client.get(url)
    _import("Kestrelmoor", django_capture_on_commit_callbacks)
    clock.now += 31
    # The request that renders it again gets the fresh page; the bound starts again from it.
    assert b"Kestrelmoor" in client.get(url).content
    _import("Merrowdene", django_capture_on_commit_callbacks)
    clock.now += 29
    assert b"Merrowdene" not in client.get(url).content


def test_signed_in_staff_never_get_a_stale_page(
    client, admin_user, django_capture_on_commit_callbacks
):
    url = reverse("casefiles:operation-list")
    client.get(url)
    _import("Kestrelmoor", django_capture_on_commit_callbacks)
    assert b"Kestrelmoor" not in client.get(url).content
    client.force_login(admin_user)
    assert b"Kestrelmoor" in client.get(url).content


def test_a_person_kept_private_leaves_the_pages_at_once(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        person = QuoteFactory(speaker__name="Carys Vane").speaker
    people = reverse("casefiles:person-list")
    assert client.get(person.get_absolute_url()).status_code == 200
    assert b"Carys Vane" in client.get(people).content
    _import("Kestrelmoor", django_capture_on_commit_callbacks)  # pages may now be served stale
    with django_capture_on_commit_callbacks(execute=True):
        person.kind = PersonKind.VICTIM
        person.save()
    assert client.get(person.get_absolute_url()).status_code == 404
    assert b"Carys Vane" not in client.get(people).content


def test_a_rejected_quote_leaves_the_pages_at_once(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        quote = QuoteFactory()
    assert client.get(quote.get_absolute_url()).status_code == 200
    _import("Kestrelmoor", django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        Quote.objects.filter(pk=quote.pk).review(ReviewStatus.REJECTED, None)
    assert client.get(quote.get_absolute_url()).status_code == 404


# --- One render a page, whatever the readers waiting for it ------------------------------------


def _stale_entry(clock, age):
    """A page rendered `age` seconds ago under versions (1, 1), an import since moved to (1, 2)."""
    rendered_at = clock.now
    clock.now -= age
    entry = caching.Entry(caching._page_to_store(HttpResponse(b"stale page"), '"1-1"'), (1, 1))
    clock.now = rendered_at
    cache.set("page:x", entry)
    return entry


def _serve_while_rendering(clock, waiting):
    """Serve one request for the page; while its view renders, `waiting` more requests for the
    same page arrive (as they would from other threads or processes). Returns the views
    rendered and every response's body."""
    renders, bodies = [], []

    def view(request):
        renders.append(request)
        if len(renders) == 1:
            for _ in range(waiting):
                bodies.append(caching._serve(RequestFactory().get("/"), view, (), {}, *PAGE))
        return HttpResponse(b"fresh page")

    bodies.append(caching._serve(RequestFactory().get("/"), view, (), {}, *PAGE))
    return renders, [body.content for body in bodies]


PAGE = ("page:x", (1, 2))


def test_one_request_renders_a_page_due_again_while_the_others_are_served_it(clock):
    _stale_entry(clock, age=40)
    renders, bodies = _serve_while_rendering(clock, waiting=20)
    assert len(renders) == 1
    assert bodies == [b"stale page"] * 20 + [b"fresh page"]


def test_a_page_past_its_bound_is_never_served(clock):
    _stale_entry(clock, age=61)
    renders, bodies = _serve_while_rendering(clock, waiting=3)
    assert b"stale page" not in bodies


def test_a_page_in_the_first_half_of_its_bound_is_served_without_rendering(clock):
    _stale_entry(clock, age=10)
    renders, bodies = _serve_while_rendering(clock, waiting=5)
    assert renders == []
    assert bodies == [b"stale page"]


def test_a_pages_standing_follows_its_age_and_what_moved(clock, settings):
    entry = _stale_entry(clock, age=10)
    assert entry.standing((1, 1)) == FRESH
    assert entry.standing((1, 2)) == STALE
    assert entry.standing((2, 1)) == EXPIRED  # a journalist's change
    clock.now += 25
    assert entry.standing((1, 2)) == REFRESH
    clock.now += 30
    assert entry.standing((1, 2)) == EXPIRED


def test_a_page_rendered_with_a_stale_count_is_as_old_as_the_count(
    client, clock, django_capture_on_commit_callbacks
):
    url = reverse("casefiles:operation-list")
    client.get(url)  # the list's counts are kept
    _import("Kestrelmoor", django_capture_on_commit_callbacks)
    _drop_cached_page(url)
    clock.now += 20
    # Rendered again under the new versions, with counts from before the import.
    assert b"Kestrelmoor" not in client.get(url).content
    clock.now += 41
    assert b"Kestrelmoor" in client.get(url).content


def _drop_cached_page(url):
    from django.urls import resolve

    from casefiles.pagecopies import forget_copies

    request = RequestFactory().get(url)
    match = resolve(url)
    cache.delete(caching.page_key(request, match.func.page_cache, match.kwargs)[2])
    forget_copies()
