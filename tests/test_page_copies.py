from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.db.models import F

from casefiles import pagecopies
from casefiles.models import ContentVersion

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def copies(page_copies):
    """Every test here serves from the process's own copies."""


@pytest.fixture
def operation(mentioned_operation):
    return mentioned_operation


class CountingCache:
    """The shared cache, counting the pages asked of it."""

    def __init__(self, reads):
        self.reads = reads

    def get(self, key, *args, **kwargs):
        self.reads.append(key)
        return cache.get(key, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(cache, name)


@pytest.fixture
def shared_cache_reads(monkeypatch):
    reads = []
    monkeypatch.setattr("casefiles.caching.cache", CountingCache(reads))
    return reads


def _move_on(scope):
    """Another server process moves a scope's version on (this one has not read it yet)."""
    ContentVersion.objects.get_or_create(scope=scope)
    ContentVersion.objects.filter(scope=scope).update(version=F("version") + 1)


def test_a_page_served_again_asks_neither_the_database_nor_the_shared_cache(
    client, operation, shared_cache_reads, django_assert_num_queries
):
    first = client.get(operation.get_absolute_url())
    reads = len(shared_cache_reads)
    with django_assert_num_queries(0):
        again = client.get(operation.get_absolute_url(), HTTP_ACCEPT_ENCODING="gzip")
    assert len(shared_cache_reads) == reads
    assert again["Content-Encoding"] == "gzip"
    assert again["ETag"] == first["ETag"]


def test_a_copy_answers_a_browser_that_revalidates(client, operation):
    first = client.get(operation.get_absolute_url())
    again = client.get(operation.get_absolute_url(), HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again["ETag"] == first["ETag"]


def test_a_copy_is_not_served_once_the_versions_have_moved(
    client, settings, operation, shared_cache_reads
):
    url = operation.get_absolute_url()
    client.get(url)
    operation.__class__.objects.filter(pk=operation.pk).update(area="Shoeburyness East")
    _move_on("")  # a journalist's change, made in another process
    assert b"Shoeburyness East" not in client.get(url).content  # versions not read again yet
    reads = len(shared_cache_reads)
    settings.CASEFILES_VERSION_SECONDS = 0
    assert b"Shoeburyness East" in client.get(url).content
    assert len(shared_cache_reads) == reads + 1  # the copy was passed over


def test_a_page_stale_from_an_import_is_served_from_the_copy_in_the_first_half_of_its_bound(
    client, settings, operation, shared_cache_reads
):
    settings.CASEFILES_PAGE_STALE_SECONDS = 60
    url = operation.get_absolute_url()
    first = client.get(url)
    settings.CASEFILES_VERSION_SECONDS = 0
    _move_on(f"operation:{operation.slug}")
    reads = len(shared_cache_reads)
    again = client.get(url)
    assert len(shared_cache_reads) == reads
    assert again.status_code == 200 and again.content == first.content


def test_a_page_due_to_be_rendered_again_is_looked_up_in_the_shared_cache(
    client, settings, operation, shared_cache_reads
):
    settings.CASEFILES_PAGE_STALE_SECONDS = 60
    url = operation.get_absolute_url()
    first = client.get(url)
    settings.CASEFILES_VERSION_SECONDS = 0
    _move_on(f"operation:{operation.slug}")
    settings.CASEFILES_PAGE_STALE_SECONDS = 1  # the copy, rendered just now, is half as old
    for entry in pagecopies._copies.values():
        entry.rendered -= 0.6
    cache.add(f"{next(iter(pagecopies._copies))}:rendering", 1)  # another request renders it
    reads = len(shared_cache_reads)
    again = client.get(url)
    # Served stale by the shared cache's rules while that request renders it again.
    assert len(shared_cache_reads) == reads + 1
    assert again.status_code == 200 and again.content == first.content


def _entry(versions, size, standing=pagecopies.EXPIRED):
    """A page as the cache keeps it, in `standing` at any versions but its own."""
    return SimpleNamespace(
        versions=versions,
        body=b"x" * size,
        standing=lambda now: pagecopies.FRESH if now == versions else standing,
    )


def test_copies_are_kept_within_their_bytes_dropping_the_least_lately_served(settings):
    settings.CASEFILES_PAGE_COPY_BYTES = 1000
    for key in "abcd":
        pagecopies.keep_copy(key, _entry((1, 1), 240))
    assert pagecopies.fresh_copy("a", (1, 1)) is not None  # a is now the latest served
    pagecopies.keep_copy("e", _entry((1, 1), 240))
    assert pagecopies.fresh_copy("b", (1, 1)) is None
    assert [pagecopies.fresh_copy(key, (1, 1)) is not None for key in "acde"] == [True] * 4


def test_a_page_larger_than_a_quarter_of_the_bytes_is_not_copied(settings):
    settings.CASEFILES_PAGE_COPY_BYTES = 1000
    pagecopies.keep_copy("big", _entry((1, 1), 251))
    assert pagecopies.fresh_copy("big", (1, 1)) is None


def test_no_copies_are_kept_when_their_bytes_are_zero(settings):
    settings.CASEFILES_PAGE_COPY_BYTES = 0
    pagecopies.keep_copy("a", _entry((1, 1), 1))
    assert pagecopies.fresh_copy("a", (1, 1)) is None


def test_a_copy_past_its_staleness_bound_is_dropped(settings):
    pagecopies.keep_copy("a", _entry((1, 1), 10))
    assert pagecopies.fresh_copy("a", (1, 2)) is None
    assert pagecopies.fresh_copy("a", (1, 1)) is None


def test_a_copy_stale_within_its_bound_is_served_and_kept(settings):
    pagecopies.keep_copy("a", _entry((1, 1), 10, standing=pagecopies.STALE))
    assert pagecopies.fresh_copy("a", (1, 2)) is not None
    assert pagecopies.fresh_copy("a", (1, 1)) is not None


def test_a_copy_due_to_be_rendered_again_is_left_to_the_shared_cache(settings):
    pagecopies.keep_copy("a", _entry((1, 1), 10, standing=pagecopies.REFRESH))
    assert pagecopies.fresh_copy("a", (1, 2)) is None
