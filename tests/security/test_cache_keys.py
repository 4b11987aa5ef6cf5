"""Nothing a visitor sends beyond the page's own parameters reaches a cached page or its key."""

import json
import re

import pytest
from django.conf import settings
from django.core.cache import cache
from django.urls import reverse

from casefiles.caching import only_reads
from tests.factories import OperationFactory, OperationMentionFactory, QuoteFactory

pytestmark = pytest.mark.django_db

EVIL_HOST = "localhost:31337"


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "localhost"]
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def quote(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        quote = QuoteFactory()
        OperationMentionFactory(article=quote.article, operation=OperationFactory())
    return quote


def test_a_forged_host_never_reaches_the_cached_page_others_get(client, quote):
    url = quote.article.get_absolute_url()
    forged = client.get(url, headers={"host": EVIL_HOST})
    assert forged.status_code == 200
    for response in (forged, client.get(url)):
        html = response.content.decode()
        assert "31337" not in html
        assert f'<link rel="canonical" href="{settings.SITE_URL}{url}">' in html
        (data,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        assert json.loads(data)["@graph"][0]["url"] == settings.SITE_URL + url


def test_parameters_a_page_does_not_read_share_the_plain_entry(
    client, quote, django_assert_num_queries
):
    url = reverse("casefiles:quote-list")
    plain = client.get(url)
    with django_assert_num_queries(1):  # the content version, then the cached page
        tagged = client.get(f"{url}?utm=1&x=2")
    assert tagged.content == plain.content
    assert tagged["ETag"] == plain["ETag"]


def test_another_page_number_is_another_entry(client, quote):
    url = reverse("casefiles:quote-list")
    assert client.get(url)["ETag"] != client.get(f"{url}?page=2")["ETag"]


def test_parameter_order_and_blank_filters_do_not_make_new_entries(client, quote):
    url = reverse("casefiles:quote-list")
    first = client.get(f"{url}?q=drugs&page=1&speaker=")["ETag"]
    assert client.get(f"{url}?page=1&q=drugs")["ETag"] == first
    assert client.get(f"{url}?q=other&page=1")["ETag"] != first


def test_a_filtered_page_keeps_its_filter_and_drops_the_rest_from_its_links(client, quote):
    html = client.get(reverse("casefiles:quote-list") + "?utm=1&q=x").content.decode()
    assert "utm" not in html


def test_only_reads_sorts_and_leaves_out_what_the_page_does_not_read():
    from django.http import QueryDict

    kept = only_reads(QueryDict("z=1&page=2&q=a&q=b&utm=3&speaker="), {"page", "q", "speaker"})
    assert kept.urlencode() == "page=2&q=a&q=b"


def test_a_download_gives_addresses_on_the_site_not_on_the_host_asked(client, quote):
    quote.article.status = "published"
    quote.article.save()
    response = client.get(
        reverse("casefiles:quote-export", args=["json"]), headers={"host": EVIL_HOST}
    )
    rows = json.loads(b"".join(response.streaming_content))
    assert rows and all(row["url"].startswith(settings.SITE_URL + "/") for row in rows)
