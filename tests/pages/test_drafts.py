"""What nobody but staff sees: drafts and what only a draft supports."""

import pytest
from django.urls import reverse

from casefiles.models import PublicationStatus
from tests.factories import (
    ArticleFactory,
    CaseFileFactory,
    OrganisationFactory,
    OutcomeFactory,
)
from tests.pages.helpers import (
    DRAFT_PAGES,
    PAGES,
    get,
    text,
)

pytestmark = pytest.mark.django_db


# --- Drafts -----------------------------------------------------------------------------------


@pytest.mark.parametrize("page", DRAFT_PAGES)
def test_reader_gets_not_found_for_what_only_a_draft_supports(client, draft, page):
    get(client, DRAFT_PAGES[page](draft), status=404)


@pytest.mark.parametrize("page", DRAFT_PAGES)
def test_staff_see_drafts_with_a_banner_and_an_edit_link(client, journalist, draft, page):
    client.force_login(journalist)
    html = text(get(client, DRAFT_PAGES[page](draft)))
    assert "Not public." in html
    assert "/admin/" in html and "Edit in admin" in html


def test_draft_article_banner_links_to_its_admin_page(client, journalist, draft):
    client.force_login(journalist)
    html = text(get(client, draft.article.get_absolute_url()))
    assert reverse("admin:articles_article_change", args=[draft.article.pk]) in html


def test_reader_gets_not_found_for_a_draft_case_file(client, journalist):
    casefile = CaseFileFactory(status=PublicationStatus.DRAFT)
    get(client, casefile.get_absolute_url(), status=404)
    client.force_login(journalist)
    assert "Not public." in text(get(client, casefile.get_absolute_url()))


@pytest.mark.parametrize(
    "page",
    [
        "home",
        "casefile",
        "operation-list",
        "person-list",
        "article-list",
        "quote-list",
        "outcome-list",
        "organisation",
    ],
)
def test_reader_pages_leave_out_everything_only_a_draft_supports(client, world, draft, page):
    html = text(get(client, PAGES[page](world)))
    for hidden in ("Operation Hush", "Dana Hidden", "Secret raid", "987,654"):
        assert hidden not in html


def test_home_figures_count_published_records_only(client, world, draft):
    html = text(get(client, reverse("casefiles:home")))
    assert "<dt>Quotes</dt><dd>1</dd>" in html
    assert "<dt>Operations</dt><dd>2</dd>" in html


def test_home_shows_the_largest_figure_reported_with_its_credit_and_source(client, world):
    unit = OrganisationFactory(name="Serious Violence Unit")
    article = ArticleFactory(publication=world.publication)
    largest = OutcomeFactory(article=article, organisation=unit, value=344, qualifier="")
    html = text(get(client, reverse("casefiles:home")))
    card = html.split('<li class="figure-card">', 1)[1].split("</li>", 1)[0]
    assert '<span class="figure-value">344</span>' in card
    assert f'<a href="{unit.get_absolute_url()}">Serious Violence Unit</a>' in card
    assert f'<a href="{largest.get_absolute_url()}">' in card
    assert "414" not in html


def test_figure_in_a_published_article_does_not_link_an_operation_only_a_draft_mentions(
    client, world, draft
):
    world.outcome.operation = draft.operation
    world.outcome.save()
    html = text(get(client, reverse("casefiles:outcome-list")))
    assert draft.operation.get_absolute_url() not in html
    assert world.outcome.get_absolute_url() in html


def test_quote_in_a_published_article_does_not_link_an_operation_only_a_draft_mentions(
    client, world, draft
):
    world.quote.operations.add(draft.operation)
    html = text(get(client, world.quote.get_absolute_url()))
    assert draft.operation.get_absolute_url() not in html
    assert world.operation.get_absolute_url() in html
