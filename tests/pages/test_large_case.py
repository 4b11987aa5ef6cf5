"""A case reported in hundreds of articles: every reader page stays under 150 KB and runs the
same queries as for a few dozen, each section showing its newest rows with a link to the rest."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.large_case import add_reports, make_large_case
from tests.pages.helpers import get, text

pytestmark = pytest.mark.django_db

SMALL, LARGE = 40, 400
MAX_BYTES = 150_000


def _pages(case):
    def url(name):
        return reverse(f"casefiles:{name}")

    return {
        "home": url("home"),
        "search": url("search") + "?q=estate",
        "casefile-list": url("casefile-list"),
        "casefile": case.casefile.get_absolute_url(),
        "operation-list": url("operation-list"),
        "operations-of-force": f"{url('operation-list')}?organisation={case.force.slug}",
        "operation": case.operation.get_absolute_url(),
        "person-list": url("person-list"),
        "people-of-force": f"{url('person-list')}?organisation={case.force.slug}",
        "person": case.officer.get_absolute_url(),
        "organisation-list": url("organisation-list"),
        "force": case.force.get_absolute_url(),
        "unit": case.unit.get_absolute_url(),
        "article-list": url("article-list"),
        "articles-about": f"{url('article-list')}?operation={case.operation.slug}",
        "article": case.articles[0].get_absolute_url(),
        "quote-list": url("quote-list"),
        "quote-list-last": url("quote-list") + "?page=9999",
        "quotes-about": f"{url('quote-list')}?operation={case.operation.slug}",
        "quote": case.articles[0].quotes.get().get_absolute_url(),
        "outcome-list": url("outcome-list"),
        "outcomes-of-casefile": f"{url('outcome-list')}?casefile={case.casefile.slug}",
    }


def _measure(client, pages):
    measured = {}
    for name, url in pages.items():
        with CaptureQueriesContext(connection) as queries:
            html = text(get(client, url))
        measured[name] = (len(queries), len(html.encode()))
    return measured


@pytest.mark.parametrize("as_staff", [False, True], ids=["reader", "staff"])
def test_every_page_of_a_large_case_is_small_and_runs_fixed_queries(client, journalist, as_staff):
    if as_staff:
        client.force_login(journalist)
    case = make_large_case(SMALL)
    pages = _pages(case)
    small = _measure(client, pages)
    add_reports(case, LARGE - SMALL)
    large = _measure(client, pages)
    assert {name: queries for name, (queries, _) in large.items()} == {
        name: queries for name, (queries, _) in small.items()
    }
    too_large = {name: size for name, (_, size) in large.items() if size > MAX_BYTES}
    assert too_large == {}


def _more_links(html):
    return {
        href.replace("&amp;", "&"): int(total)
        for href, total in re.findall(r'<a href="([^"]+)">All (\d+) [^<]*→</a>', html)
    }


def test_each_section_links_to_the_list_of_all_its_rows(client):
    case = make_large_case(LARGE)
    operation, force, officer = case.operation.slug, case.force.slug, case.officer.slug
    pages = {
        case.operation.get_absolute_url(): {
            f"/quotes/?operation={operation}": LARGE,
            f"/outcomes/?operation={operation}": 2 * LARGE,
            f"/articles/?operation={operation}": LARGE,
        },
        case.officer.get_absolute_url(): {
            f"/quotes/?speaker={officer}": LARGE,
            f"/articles/?person={officer}": LARGE,
        },
        case.force.get_absolute_url(): {
            f"/quotes/?organisation={force}": LARGE,
            f"/outcomes/?organisation={force}": 3 * LARGE,
            f"/operations/?organisation={force}": LARGE + 1,
            f"/people/?organisation={force}": LARGE + 1,
        },
        case.casefile.get_absolute_url(): {
            f"/quotes/?casefile={case.casefile.slug}": LARGE,
            f"/outcomes/?casefile={case.casefile.slug}": 3 * LARGE,
            f"/articles/?casefile={case.casefile.slug}": LARGE,
        },
    }
    for page, links in pages.items():
        assert _more_links(text(get(client, page))) == links, page
        for link, total in links.items():
            listed = get(client, link).context["page_obj"].paginator.count
            assert listed == total, link


def test_charts_of_a_large_case_draw_a_bounded_number_of_bars(client):
    case = make_large_case(LARGE)
    html = text(get(client, case.unit.get_absolute_url()))
    # Each of the unit's own operations has a figure: the chart keeps the largest, latest ones.
    bars = re.findall(r"<rect ", html)
    assert 0 < len(bars) <= 2 * 12
    assert "homes searched, Operation Spur" in html


def _figure_reads(client, url):
    """The queries of a page that read figures for display (whole rows, not ids or counts)."""
    with CaptureQueriesContext(connection) as queries:
        html = text(get(client, url))
    reads = [q for q in queries if q["sql"].startswith('SELECT "casefiles_outcome"."id", ')]
    return reads, html


@pytest.mark.parametrize("as_staff", [False, True], ids=["reader", "staff"])
def test_a_page_reads_its_figures_once_for_table_chart_and_phases(client, journalist, as_staff):
    if as_staff:
        client.force_login(journalist)
    case = make_large_case(SMALL)
    for url in (case.casefile.get_absolute_url(), case.force.get_absolute_url()):
        reads, html = _figure_reads(client, url)
        assert len(reads) == 1, url
        # Read once, the figures still fill the table and the chart.
        assert 'class="table table-sm outcome-table' in html and "<rect " in html, url
