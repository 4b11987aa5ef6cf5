"""What every reader page does: shows published content, names itself, runs fixed queries."""

import re

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import (
    ArticleFactory,
    QuoteFactory,
)
from tests.pages.helpers import (
    COUNTED_PAGES,
    PAGES,
    count_queries,
    get,
    report,
    rich_article,
    text,
)

pytestmark = pytest.mark.django_db


# --- Every page -------------------------------------------------------------------------------


@pytest.mark.parametrize("page", PAGES)
def test_every_page_shows_published_content_to_a_reader(client, world, page):
    response = get(client, PAGES[page](world))
    assert '<html lang="en-GB">' in text(response)
    assert "Not public" not in text(response)


def test_article_without_publication_or_date_says_its_date_is_not_known(client, world):
    article = ArticleFactory(publication=None, published_at=None, headline="Undated report")
    QuoteFactory(article=article, speaker=world.person)
    html = text(get(client, reverse("casefiles:article-list")))
    item = html.split("Undated report</a>", 1)[1].split("</li>", 1)[0]
    assert '<span class="meta">Date not known · 1 quote</span>' in item


@pytest.mark.parametrize("page", PAGES)
def test_every_page_has_a_title_description_and_canonical_link(client, world, page):
    html = text(get(client, PAGES[page](world)))
    assert re.search(r"<title>[^<]+ · Casefiles</title>", html)
    assert '<meta name="description" content="' in html
    assert f'<link rel="canonical" href="{settings.SITE_URL}/' in html
    assert '<a class="skip-link visually-hidden-focusable" href="#main">' in html


def test_unknown_address_gets_the_sites_own_not_found_page(client):
    response = get(client, "/no-such-page/", status=404)
    assert "Page not found" in text(response)
    assert reverse("casefiles:search") in text(response)


def test_server_error_page_needs_neither_a_request_nor_the_database():
    from django.template.loader import render_to_string

    with CaptureQueriesContext(connection) as queries:
        html = render_to_string("500.html")
    assert "Something went wrong" in html
    assert len(queries) == 0


def test_article_address_with_an_old_slug_redirects_to_the_current_one(client, world):
    response = client.get(
        reverse("casefiles:article-detail", kwargs={"pk": world.article.pk, "slug": "old"})
    )
    assert response.status_code == 301
    assert response["Location"] == world.article.get_absolute_url()


def test_an_articles_number_alone_leads_to_its_page(client, world):
    response = client.get(f"/articles/{world.article.pk}/")
    assert response.status_code == 301
    assert response["Location"] == world.article.get_absolute_url()


@pytest.mark.parametrize("number", ["0", "999999", "99999999999999999999999"])
def test_a_number_no_article_has_is_not_found(client, world, number):
    assert client.get(f"/articles/{number}/").status_code == 404


# --- A fixed number of queries ----------------------------------------------------------------


@pytest.mark.parametrize("as_staff", [False, True], ids=["reader", "staff"])
def test_every_page_runs_as_many_queries_for_fifty_rows_as_for_one(
    client, world, journalist, as_staff
):
    if as_staff:
        client.force_login(journalist)
    world.rich = rich_article(world.publication, 1)
    one = {page: count_queries(client, url(world)) for page, url in COUNTED_PAGES.items()}
    for _ in range(49):
        report(world)
    world.rich = rich_article(world.publication, 50)
    fifty = {page: count_queries(client, url(world)) for page, url in COUNTED_PAGES.items()}
    assert fifty == one


@pytest.mark.parametrize("as_staff", [False, True], ids=["reader", "staff"])
def test_templates_run_no_queries(client, world, journalist, as_staff, monkeypatch):
    from django.template.backends.django import Template

    if as_staff:
        client.force_login(journalist)
    world.rich = rich_article(world.publication, 2)
    render = Template.render
    rendered = []

    def counting_render(self, context=None, request=None):
        with CaptureQueriesContext(connection) as queries:
            html = render(self, context, request)
        rendered.append((self.origin.template_name, [q["sql"][:120] for q in queries]))
        return html

    monkeypatch.setattr(Template, "render", counting_render)
    for url in COUNTED_PAGES.values():
        get(client, url(world))
    assert [(name, sql) for name, sql in rendered if sql] == []
