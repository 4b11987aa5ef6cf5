"""Undated articles in the admin: the date hierarchy leads only to dated ones, so the article
list's "published" filter reaches the others under "Date not known"."""

import pytest

from articles.models import Article
from tests.admin.helpers import admin_url, queries_for
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def articles():
    dated = ArticleFactory(headline="Dated raid report")
    undated = ArticleFactory(headline="Undated raid report", published_at=None)
    return dated, undated


def _published_filter(response):
    """The choices of the changelist's "published" filter, by what each link says."""
    spec = next(f for f in response.context["cl"].filter_specs if f.title == "published")
    return {c["display"]: c["query_string"] for c in spec.choices(response.context["cl"])}


def test_the_published_filter_offers_date_not_known_and_it_lists_the_undated(
    admin_client, articles
):
    dated, undated = articles
    url = admin_url(Article, "changelist")
    choices = _published_filter(admin_client.get(url))
    assert "Date not known" in choices and "No date" not in choices
    listed = admin_client.get(url + choices["Date not known"]).context["cl"].result_list
    assert list(listed) == [undated]
    listed = admin_client.get(url + choices["Date known"]).context["cl"].result_list
    assert list(listed) == [dated]


def test_the_date_hierarchy_leaves_undated_articles_to_the_filter(admin_client, articles):
    dated, undated = articles
    url = admin_url(Article, "changelist")
    assert set(admin_client.get(url).context["cl"].result_list) == {dated, undated}
    by_year = admin_client.get(f"{url}?published_at__year={dated.published_at.year}")
    assert list(by_year.context["cl"].result_list) == [dated]


def test_the_list_says_an_undated_articles_date_is_not_known(admin_client, articles):
    html = admin_client.get(admin_url(Article, "changelist")).content.decode()
    row = html.split("Undated raid report", 1)[1].split("</tr>", 1)[0]
    assert "Date not known" in row


def test_the_undated_list_runs_the_same_queries_for_one_row_and_for_thirty(admin_client, articles):
    url = admin_url(Article, "changelist") + "?published_at__isnull=True"
    admin_client.get(url)  # warm per-process caches (content types)
    one_row = queries_for(admin_client, url)
    for _ in range(29):
        ArticleFactory(published_at=None)
    assert admin_client.get(url).context["cl"].result_count == 30
    assert queries_for(admin_client, url) == one_row
