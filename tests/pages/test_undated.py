"""Articles whose date line gave no date: every page says "Date not known", every list keeps
them until a date filter is set, and a "Date not known" choice lists them alone."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.factories import ArticleFactory
from tests.pages.helpers import count_queries, get, report, text

pytestmark = pytest.mark.django_db

IN_2014 = dt.datetime(2014, 1, 1, 12, tzinfo=dt.UTC)

LISTS = {
    "articles": reverse("casefiles:article-list"),
    "quotes": reverse("casefiles:quote-list"),
    "outcomes": reverse("casefiles:outcome-list"),
}


@pytest.fixture
def undated(world):
    """A report like the world's, in an article whose date is not known."""
    article = ArticleFactory(
        publication=world.publication, published_at=None, headline="Raids reported, no date"
    )
    return report(world, article=article)


def test_an_undated_articles_page_says_its_date_is_not_known(client, undated):
    html = text(get(client, undated.article.get_absolute_url()))
    assert "Date not known" in html
    assert "Date not given" not in html


@pytest.mark.parametrize("page", ["articles", "quotes", "outcomes", "person", "home"])
def test_every_page_that_dates_articles_says_which_date_is_not_known(client, world, undated, page):
    url = {
        **LISTS,
        "person": world.person.get_absolute_url(),
        "home": reverse("casefiles:home"),
    }[page]
    html = text(get(client, url))
    assert "Date not known" in html
    # The dated report beside it still shows its date.
    day = timezone.localtime(world.article.published_at).date()
    assert f'<time datetime="{day:%Y-%m-%d}">' in html


def test_a_quote_from_an_undated_article_says_its_date_is_not_known(client, undated):
    html = text(get(client, undated.quote.get_absolute_url()))
    assert "Date not known" in html


@pytest.mark.parametrize("name", LISTS)
def test_a_list_without_date_filters_keeps_undated_articles(client, world, undated, name):
    rows = get(client, LISTS[name]).context["page_obj"].object_list
    articles = {getattr(row, "article", row) for row in rows}
    assert {world.article, undated.article} <= articles


def test_the_article_list_puts_undated_articles_after_dated_ones_on_any_database(
    client, world, undated
):
    older = ArticleFactory(publication=world.publication, published_at=IN_2014)
    with CaptureQueriesContext(connection) as queries:
        rows = get(client, LISTS["articles"]).context["page_obj"].object_list
    assert rows == [world.article, older, undated.article]
    # SQLite sorts an empty date last by itself, PostgreSQL first unless the query says where.
    ordered = [q["sql"] for q in queries if '"published_at" DESC' in q["sql"]]
    assert ordered and all("NULLS LAST" in sql for sql in ordered)


@pytest.mark.parametrize("name", LISTS)
def test_date_not_known_is_a_choice_and_lists_only_undated_articles(client, world, undated, name):
    html = text(get(client, LISTS[name]))
    assert '<option value="not-known">Date not known</option>' in html
    rows = get(client, f"{LISTS[name]}?date=not-known").context["page_obj"].object_list
    assert rows
    assert {getattr(row, "article", row) for row in rows} == {undated.article}


@pytest.mark.parametrize(
    "name, dates",
    [
        ("articles", "published_from=2000-01-01"),
        ("quotes", "published_to=2100-01-01"),
        ("outcomes", "year=2020"),
    ],
)
def test_date_not_known_with_dates_to_fall_between_says_why_nothing_is_listed(
    client, undated, name, dates
):
    response = get(client, f"{LISTS[name]}?date=not-known&{dates}")
    assert "falls between no dates" in text(response)
    assert not response.context["page_obj"].object_list


@pytest.mark.parametrize("as_staff", [False, True], ids=["reader", "staff"])
def test_undated_lists_run_as_many_queries_for_fifty_rows_as_for_one(
    client, world, undated, journalist, as_staff
):
    if as_staff:
        client.force_login(journalist)
    urls = [f"{url}?date=not-known" for url in LISTS.values()]
    urls.append(undated.article.get_absolute_url())
    one = [count_queries(client, url) for url in urls]
    for _ in range(49):
        report(world, article=ArticleFactory(publication=world.publication, published_at=None))
    assert [count_queries(client, url) for url in urls] == one
