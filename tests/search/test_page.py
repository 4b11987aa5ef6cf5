"""The search page: each kind's best hits, a kind's own pages, and any address answered."""

import pytest
from django.urls import reverse

from casefiles.search import SearchKind, querying, rebuild
from tests.factories import AppearanceFactory, ArticleFactory, PersonFactory

pytestmark = pytest.mark.django_db


def page(client, **params):
    response = client.get(reverse("casefiles:search"), params)
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def lanterns():
    """More articles about lanterns than a section shows, newest last, and one person."""
    made = [
        ArticleFactory(headline=f"Lantern report {n}", body="Ada Lantern lit the quay.")
        for n in range(querying.SECTION_SIZE + 2)
    ]
    person = PersonFactory(name="Ada Lantern")
    AppearanceFactory(article=made[0], person=person, passage_text="Ada Lantern")
    rebuild()
    return made


def test_each_kind_has_its_section(client, lanterns):
    html = page(client, q="lantern")
    assert 'id="results-person">People' in html
    assert 'id="results-article">Articles' in html
    assert html.index("results-person") < html.index("results-article")


def test_a_section_with_more_links_to_its_kind_s_page(client, lanterns):
    html = page(client, q="lantern")
    assert "?q=lantern&amp;kind=article" in html
    assert "?q=lantern&amp;kind=person" not in html


def test_the_page_counts_no_matches(client, lanterns):
    assert "results for" not in page(client, q="lantern")


def test_a_kind_s_page_lists_that_kind_only(client, lanterns):
    html = page(client, q="lantern", kind="article")
    assert 'class="hit-title" href="/people/' not in html
    assert lanterns[-1].headline in html


def test_a_kind_s_pages_go_on_while_there_is_a_next(client, lanterns, monkeypatch):
    monkeypatch.setattr(querying, "PAGE_SIZE", 3)
    first = page(client, q="lantern", kind="article")
    last = page(client, q="lantern", kind="article", page=3)
    assert 'rel="next"' in first and 'rel="prev"' not in first
    assert 'rel="next"' not in last and 'rel="prev"' in last
    assert lanterns[0].headline in last


def test_a_page_past_the_last_says_there_is_no_more(client, lanterns):
    html = page(client, q="lantern", kind="article", page=999_999)
    assert "No more articles" in html
    assert 'rel="next"' not in html


HOSTILE = [
    '"',
    '""""',
    "NEAR(lantern, 2)",
    "lantern AND OR NOT",
    "a & b | !c <-> d:*",
    "') OR 1=1 --",
    "lantern\x00",
    "\x02\x03",
    "!!! ??? ...",
    "x" * 10_000,
    "lantern " * 1_500,
]


@pytest.mark.parametrize("query", HOSTILE)
def test_any_query_gets_a_page(client, lanterns, query):
    page(client, q=query)
    page(client, q=query, kind="quote", page=2)


def test_punctuation_alone_finds_nothing(client, lanterns):
    assert "Nothing found for “!!! ??? ...”" in page(client, q="!!! ??? ...")


@pytest.mark.parametrize(
    "params",
    [{"kind": "nothing"}, {"page": "-1"}, {"page": "two"}, {"page": "9" * 40}, {"kind": ""}],
)
def test_a_bad_kind_or_page_falls_back_to_every_kind(client, lanterns, params):
    html = page(client, q="lantern", **params)
    assert 'id="results-article"' in html


def test_a_kind_s_page_offers_the_way_back(client, lanterns):
    html = page(client, q="lantern", kind=SearchKind.PERSON)
    assert 'href="?q=lantern"' in html
