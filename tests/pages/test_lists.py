"""Search, the filtered lists, pagination and downloads."""

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import format_html

from articles.models import ArticleStatus
from casefiles import search
from tests.factories import (
    ArticleFactory,
    PersonFactory,
    QuoteFactory,
)
from tests.pages.helpers import (
    PAGES,
    get,
    report,
    text,
)

pytestmark = pytest.mark.django_db


# --- Search -----------------------------------------------------------------------------------


def test_home_has_a_search_box_named_q(client, world):
    html = text(get(client, reverse("casefiles:home")))
    assert re.search(r'<form class="home-search" role="search"[^>]*method="get"', html)
    assert 'name="q"' in html


def test_searching_from_home_leads_to_the_results(client, world):
    response = client.get("/?q=Basford")
    assert response.status_code == 302
    assert response["Location"] == reverse("casefiles:search") + "?q=Basford"


def test_search_results_are_grouped_by_kind_with_highlighted_snippets(client, monkeypatch):
    def hit(kind, pk, title):
        snippet = format_html("Lewis <mark>{}</mark> said", "Basford")
        return search.Hit(kind, pk, title, f"/{kind}/{pk}/", snippet, 1.0)

    found = [
        search.Section("person", [hit("person", 1, "Lewis Basford")], more=False),
        search.Section(
            "quote",
            [hit("quote", 2, "<b>Basford</b>: “We moved”"), hit("quote", 3, "Basford: “Cases”")],
            more=True,
        ),
    ]
    seen = {}

    def fake_sections(query, *, user=None):
        seen.update(query=query)
        return found

    monkeypatch.setattr(search, "sections", fake_sections)
    html = text(get(client, reverse("casefiles:search") + "?q=Basford"))
    assert seen == {"query": "Basford"}
    assert html.index('id="results-person">People') < html.index('id="results-quote">Quotes')
    assert "Lewis <mark>Basford</mark> said" in html
    assert "&lt;b&gt;Basford&lt;/b&gt;" in html
    assert "?q=Basford&amp;kind=quote" in html


# --- Lists, filters, pagination, exports ------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "/quotes/?speaker=abc",
        "/quotes/?organisation=nobody",
        "/quotes/?published_from=notadate",
        "/outcomes/?year=notayear",
        "/outcomes/?metric=zzz",
        "/articles/?publication=abc",
        "/articles/?published_to=2020-13-45",
    ],
)
def test_invalid_filter_value_shows_the_form_error(client, world, url):
    html = text(get(client, url))
    assert "invalid-feedback" in html
    assert "No " in html and "found." in html


@pytest.mark.parametrize("page", ["999", "x", "0", "-1"])
def test_page_number_out_of_range_or_not_a_number_still_shows_a_page(client, world, page):
    html = text(get(client, f"/quotes/?page={page}"))
    assert world.quote.text.replace('"', "&quot;") in html


def test_pagination_keeps_the_filters(client, world):
    for _ in range(24):
        report(world)
    QuoteFactory(speaker=PersonFactory(name="Someone Else"))
    slug = world.person.slug
    html = text(get(client, f"/quotes/?speaker={slug}"))
    assert f'href="?speaker={slug}&amp;page=2"' in html
    page_two = text(get(client, f"/quotes/?speaker={slug}&page=2"))
    assert "21–25 of 25 quotes" in page_two
    assert "Someone Else" not in page_two.split("<main", 1)[1].split("</details>", 1)[1]


def test_the_last_page_is_each_readers_own_and_read_from_the_end(client, admin_client, world):
    for _ in range(24):
        report(world)
    # Drafts with no date: the oldest quotes, which only staff see.
    drafts = [
        QuoteFactory(article=ArticleFactory(status=ArticleStatus.DRAFT, published_at=None))
        for _ in range(5)
    ]
    first = text(get(client, "/quotes/"))
    assert 'href="?page=last"' in first
    reader_last = text(get(client, "/quotes/?page=last"))
    assert "21–25 of 25 quotes" in reader_last
    with CaptureQueriesContext(connection) as queries:
        staff_last = text(get(admin_client, "/quotes/?page=last"))
    assert "21–30 of 30 quotes" in staff_last
    for quote in drafts:
        assert f'href="{quote.get_absolute_url()}"' in staff_last
        assert f'href="{quote.get_absolute_url()}"' not in reader_last
    # Read from the end of the list, in reverse: no rows skipped to reach it.
    assert not [q["sql"] for q in queries.captured_queries if "OFFSET" in q["sql"]]


@pytest.mark.parametrize(
    "page, name",
    [
        ("quote-list", "quote-export"),
        ("outcome-list", "outcome-export"),
        ("article-list", "article-export"),
        ("operation-list", "operation-export"),
        ("person-list", "person-export"),
        ("organisation-list", "organisation-export"),
        ("casefile-list", "casefile-export"),
    ],
)
def test_every_list_offers_csv_and_json_downloads(client, world, page, name):
    html = text(get(client, PAGES[page](world)))
    for fmt in ("csv", "json"):
        assert f'href="{reverse(f"casefiles:{name}", kwargs={"fmt": fmt})}"' in html


def test_download_links_carry_the_filters_but_not_the_page(client, world):
    slug = world.person.slug
    html = text(get(client, f"/quotes/?speaker={slug}&page=1"))
    assert f'href="/quotes/export.csv?speaker={slug}"' in html


def test_quote_download_has_only_the_filtered_quotes(client, world):
    QuoteFactory(speaker=PersonFactory(name="Someone Else"))
    response = get(client, f"/quotes/export.json?speaker={world.person.slug}")
    rows = json.loads(b"".join(response.streaming_content))
    assert [row["speaker"] for row in rows] == ["Lewis Basford"]
    assert rows[0]["operations"] == "Operation Erasure"


@pytest.mark.parametrize(
    "name",
    [
        "quote-export",
        "outcome-export",
        "article-export",
        "operation-export",
        "person-export",
        "organisation-export",
        "casefile-export",
    ],
)
def test_every_list_downloads_as_json_without_what_only_a_draft_supports(
    client, world, draft, name
):
    response = get(client, reverse(f"casefiles:{name}", kwargs={"fmt": "json"}))
    content = b"".join(response.streaming_content).decode()
    assert len(json.loads(content)) >= 1
    for hidden in ("Operation Hush", "Dana Hidden", "Secret raid"):
        assert hidden not in content


def test_download_in_an_unknown_format_is_not_found(client, world):
    get(client, "/quotes/export.xlsx", status=404)


def test_figures_download_with_each_figure_as_the_pages_print_it(client, world):
    response = get(client, reverse("casefiles:outcome-export", kwargs={"fmt": "json"}))
    (row,) = json.loads(b"".join(response.streaming_content))
    assert row["figure"] == world.outcome.display_value == "more than 70"
