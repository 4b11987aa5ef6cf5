"""The reader pages: what a reader and a member of staff see, and what nobody but staff sees."""

import datetime as dt
import json
import re
from html.parser import HTMLParser
from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import ArticleStatus
from casefiles.models import PersonKind, PublicationStatus, ReviewStatus
from tests.factories import (
    AppearanceFactory,
    ArticleFactory,
    CaseFileFactory,
    OperationFactory,
    OperationMentionFactory,
    OrganisationFactory,
    OutcomeFactory,
    PersonFactory,
    PublicationFactory,
    QuoteFactory,
)

pytestmark = pytest.mark.django_db


# --- Data -------------------------------------------------------------------------------------


def report(world, *, article=None):
    """One published article about the world's operation: the speaker named, the operation
    mentioned, a quote about it and a figure for it; plus a person, an operation and an
    organisation of its own, so every list grows by a row."""
    article = article or ArticleFactory(publication=world.publication)
    AppearanceFactory(
        article=article,
        person=world.person,
        organisation=world.organisation,
        role="Southend district commander",
    )
    OperationMentionFactory(article=article, operation=world.operation)
    quote = QuoteFactory(article=article, speaker=world.person, operations=[world.operation])
    outcome = OutcomeFactory(
        article=article, operation=world.operation, organisation=world.organisation
    )
    other_force = OrganisationFactory()
    OperationMentionFactory(
        article=article, operation=OperationFactory(force=other_force), passage_text="Southend"
    )
    world.casefile.articles.add(article)
    return SimpleNamespace(article=article, quote=quote, outcome=outcome)


@pytest.fixture
def world():
    organisation = OrganisationFactory(name="Essex Police")
    world = SimpleNamespace(
        publication=PublicationFactory(name="Echo"),
        organisation=organisation,
        operation=OperationFactory(name="Operation Erasure", force=organisation),
        person=PersonFactory(name="Lewis Basford", organisation=organisation),
        casefile=CaseFileFactory(title="Southend drug raids"),
    )
    world.casefile.operations.add(world.operation)
    world.casefile.people.add(world.person)
    first = report(world)
    world.article, world.quote, world.outcome = first.article, first.quote, first.outcome
    return world


def rich_article(publication, n):
    """A published article with n of each record: a person named, a quote holding an
    operation mention, and a figure."""
    paragraphs = [
        f'Officer {i:03d} said: "Statement {i:03d} about Op Alpha {i:03d}." '
        f"Police made {i:03d} arrests."
        for i in range(n)
    ]
    article = ArticleFactory(publication=publication, body="Headline\n\n" + "\n\n".join(paragraphs))
    operation = OperationFactory()
    person = PersonFactory()
    for i in range(n):
        AppearanceFactory(article=article, person=person, passage_text=f"Officer {i:03d}")
        OperationMentionFactory(
            article=article, operation=operation, passage_text=f"Op Alpha {i:03d}"
        )
        QuoteFactory(
            article=article,
            speaker=person,
            operations=[operation],
            passage_text=f'"Statement {i:03d} about Op Alpha {i:03d}."',
        )
        OutcomeFactory(
            article=article, operation=operation, passage_text=f"made {i:03d} arrests", value=i
        )
    return article


PAGES = {
    "home": lambda w: reverse("casefiles:home"),
    "search": lambda w: reverse("casefiles:search") + "?q=Basford",
    "casefile-list": lambda w: reverse("casefiles:casefile-list"),
    "casefile": lambda w: w.casefile.get_absolute_url(),
    "operation-list": lambda w: reverse("casefiles:operation-list"),
    "operation": lambda w: w.operation.get_absolute_url(),
    "person-list": lambda w: reverse("casefiles:person-list"),
    "person": lambda w: w.person.get_absolute_url(),
    "organisation-list": lambda w: reverse("casefiles:organisation-list"),
    "organisation": lambda w: w.organisation.get_absolute_url(),
    "article-list": lambda w: reverse("casefiles:article-list"),
    "article": lambda w: w.article.get_absolute_url(),
    "quote-list": lambda w: reverse("casefiles:quote-list"),
    "quote": lambda w: w.quote.get_absolute_url(),
    "outcome-list": lambda w: reverse("casefiles:outcome-list"),
}


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, f"{url} gave {response.status_code}"
    return response


def text(response):
    return response.content.decode()


# --- Every page -------------------------------------------------------------------------------


@pytest.mark.parametrize("page", PAGES)
def test_every_page_shows_published_content_to_a_reader(client, world, page):
    response = get(client, PAGES[page](world))
    assert '<html lang="en-GB">' in text(response)
    assert "Not public" not in text(response)


def test_article_without_publication_or_date_lists_its_quote_count_alone(client, world):
    article = ArticleFactory(publication=None, published_at=None, headline="Undated report")
    QuoteFactory(article=article, speaker=world.person)
    html = text(get(client, reverse("casefiles:article-list")))
    item = html.split("Undated report</a>", 1)[1].split("</li>", 1)[0]
    assert '<span class="meta">1 quote</span>' in item


@pytest.mark.parametrize("page", PAGES)
def test_every_page_has_a_title_description_and_canonical_link(client, world, page):
    html = text(get(client, PAGES[page](world)))
    assert re.search(r"<title>[^<]+ · Casefiles</title>", html)
    assert '<meta name="description" content="' in html
    assert '<link rel="canonical" href="http://testserver/' in html
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


# --- Drafts -----------------------------------------------------------------------------------


@pytest.fixture
def draft(world):
    """A draft article that alone supports an operation, a person and a quote."""
    article = ArticleFactory(status=ArticleStatus.DRAFT, headline="Secret raid")
    operation = OperationFactory(name="Operation Hush", force=world.organisation)
    person = PersonFactory(name="Dana Hidden")
    AppearanceFactory(article=article, person=person)
    OperationMentionFactory(article=article, operation=operation)
    quote = QuoteFactory(article=article, speaker=person, operations=[operation])
    OutcomeFactory(article=article, operation=operation, value=999)
    world.casefile.articles.add(article)
    world.casefile.operations.add(operation)
    return SimpleNamespace(article=article, operation=operation, person=person, quote=quote)


DRAFT_PAGES = {
    "article": lambda d: d.article.get_absolute_url(),
    "operation": lambda d: d.operation.get_absolute_url(),
    "person": lambda d: d.person.get_absolute_url(),
    "quote": lambda d: d.quote.get_absolute_url(),
}


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
    for hidden in ("Operation Hush", "Dana Hidden", "Secret raid", "999"):
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


# --- Quotes wherever shown --------------------------------------------------------------------


@pytest.mark.parametrize(
    "page", ["casefile", "operation", "person", "article", "quote-list", "quote", "organisation"]
)
def test_every_quote_links_its_speaker_operations_and_passage(client, world, page):
    html = text(get(client, PAGES[page](world)))
    quote = world.quote
    assert f'href="{world.person.get_absolute_url()}"' in html
    assert f'href="{world.operation.get_absolute_url()}"' in html
    assert f'href="{quote.get_passage_url()}"' in html
    assert quote.get_passage_url().endswith(f"#quote-{quote.pk}")


def test_passage_link_lands_on_the_quote_in_the_article(client, world):
    html = text(get(client, world.article.get_absolute_url()))
    assert html.count(f'id="quote-{world.quote.pk}"') == 1


def test_speaker_is_credited_with_the_rank_and_role_printed_in_that_article(client, world):
    html = text(get(client, reverse("casefiles:quote-list")))
    assert "Det Chief Insp Lewis Basford</a>, Southend district commander" in html


def test_quote_page_does_not_link_to_itself(client, world):
    own_link = f'<a href="{world.quote.get_absolute_url()}">Quote page</a>'
    assert own_link not in text(get(client, world.quote.get_absolute_url()))
    assert own_link in text(get(client, world.operation.get_absolute_url()))


# --- The article text -------------------------------------------------------------------------


class Nesting(HTMLParser):
    """Records tags that close out of order and text content, to check the article body."""

    VOID = {"br", "img", "input", "meta", "link", "hr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.links_in_links = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        if tag == "a" and "a" in self.stack:
            self.links_in_links += 1
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(tag)
        else:
            self.stack.pop()


def article_body(html):
    return html.split('<div class="article-body">', 1)[1].split("</div>", 1)[0]


def test_hostile_article_text_is_shown_as_text(client, world):
    body = (
        "Title\n\n<script>alert(1)</script> said Operation Erasure.\n\n"
        '"><img src=x onerror=alert(2)> More than 70 people have been arrested'
    )
    article = ArticleFactory(body=body)
    OperationMentionFactory(article=article, operation=world.operation)
    OutcomeFactory(article=article, operation=world.operation)
    html = text(get(client, article.get_absolute_url()))
    assert "<script>alert(1)" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&quot;&gt;&lt;img src=x onerror=alert(2)&gt;" in html


def test_overlapping_records_in_the_text_nest_as_valid_html(client, world):
    article = rich_article(world.publication, 3)
    # A figure that starts inside the quote and ends after it.
    body = article.body
    start = body.index("about Op Alpha 001")
    end = body.index("Police made 001") + len("Police made 001")
    OutcomeFactory(article=article, start=start, end=end, text=body[start:end], metric="other")
    html = article_body(text(get(client, article.get_absolute_url())))
    parser = Nesting()
    parser.feed(html)
    assert parser.errors == [] and parser.stack == []
    assert parser.links_in_links == 0
    assert '<mark class="hl hl-quote"' in html and '<a class="hl hl-operation"' in html


def test_rejected_records_are_not_highlighted_for_readers(client, world, journalist):
    world.quote.review_status = ReviewStatus.REJECTED
    world.quote.save()
    anchor = f'id="quote-{world.quote.pk}"'
    assert anchor not in text(get(client, world.article.get_absolute_url()))
    client.force_login(journalist)
    assert anchor in text(get(client, world.article.get_absolute_url()))


def test_article_notes_a_derived_headline_and_a_clipped_text(client, world):
    article = ArticleFactory(headline_derived=True, truncated=True)
    html = text(get(client, article.get_absolute_url()))
    assert "has no headline" in html
    assert "stops mid-sentence" in html


def test_article_text_keeps_its_paragraphs(client, world):
    html = article_body(text(get(client, world.article.get_absolute_url())))
    assert html.count("<p>") == 3


def test_article_text_leaves_out_the_headline_and_date_line_the_page_header_shows(client, world):
    body = (
        "Raids In Southend\n\n22 September 2014, 13:03 | Updated: 22 September 2014, 13:06\n\n"
        "More than 70 people have been arrested during Operation Erasure.\n\n"
        'Det Chief Insp Lewis Basford said: "We moved proactively to stop them."\n'
    )
    article = ArticleFactory(headline="Raids In Southend", body=body)
    quote = QuoteFactory(article=article, speaker=world.person)
    html = article_body(text(get(client, article.get_absolute_url())))
    assert "Raids In Southend" not in html
    assert "22 September 2014" not in html
    assert html.count("<p>") == 2
    assert re.search(
        rf'<mark class="hl hl-quote" id="quote-{quote.pk}"[^>]*>&quot;We moved proactively '
        r"to stop them.&quot;</mark>",
        html,
    )


def test_picture_captions_in_the_text_read_as_captions(client, world):
    body = (
        "Raids In Southend\n\nMore than 70 people have been arrested.\n\n"
        "Picture: Essex Police\n\nThe raids went on all day.\n"
    )
    article = ArticleFactory(body=body)
    html = article_body(text(get(client, article.get_absolute_url())))
    assert '<p class="caption">Picture: Essex Police</p>' in html
    assert "<p>The raids went on all day.</p>" in html


# --- Case file, operation, person -------------------------------------------------------------


def test_case_file_shows_phases_in_order(client, world):
    later = OperationFactory(name="Operation Booth", follows=world.operation)
    OperationMentionFactory(
        article=world.article, operation=later, passage_text="Raids In Southend"
    )
    world.casefile.operations.add(later)
    html = text(get(client, world.casefile.get_absolute_url()))
    assert html.index('Operation Erasure</a> <span class="phase">phase 1 of 2') < html.index(
        'Operation Booth</a> <span class="phase">phase 2 of 2'
    )


def test_case_file_groups_quotes_by_speaker(client, world):
    other = PersonFactory(name="Tony Cox")
    QuoteFactory(article=world.article, speaker=other, passage_text="Report")
    html = text(get(client, world.casefile.get_absolute_url()))
    assert re.search(
        r'id="speaker-1"><a href="[^"]+">Lewis Basford</a> <span class="count">\(1\)', html
    )
    assert re.search(r'id="speaker-2"><a href="[^"]+">Tony Cox</a> <span class="count">\(1\)', html)


def test_operation_links_its_previous_and_next_phases(client, world):
    later = OperationFactory(name="Operation Booth", follows=world.operation)
    OperationMentionFactory(
        article=world.article, operation=later, passage_text="Raids In Southend"
    )
    html = text(get(client, world.operation.get_absolute_url()))
    assert f'Followed by <a href="{later.get_absolute_url()}" rel="next">' in html
    html = text(get(client, later.get_absolute_url()))
    assert f'Follows <a href="{world.operation.get_absolute_url()}" rel="prev">' in html


def test_outcome_chart_is_an_image_with_a_title_and_a_table(client, world):
    html = text(get(client, world.operation.get_absolute_url()))
    assert re.search(r'<svg [^>]*role="img" [^>]*aria-labelledby="operation-chart-1-title', html)
    assert '<title id="operation-chart-1-title">' in html
    assert "<summary>These figures as a table</summary>" in html


def chart_bars(html):
    """(chart title, [bar label and figure, ...]) for each chart, from the SVG descriptions."""
    return [
        (title, desc.rstrip(".").split("; "))
        for title, desc in re.findall(
            r'<title id="[^"]+">([^<]*)</title><desc id="[^"]+">([^<]*)</desc>', html
        )
    ]


def test_charts_put_counts_months_and_money_on_separate_scales(client, world):
    for passage_text, metric, value, unit in [
        ("Det Chief Insp", "sentence", 36, "months"),
        ("Lewis Basford", "cash seized", 8000, "GBP"),
    ]:
        OutcomeFactory(
            article=world.article,
            operation=world.operation,
            passage_text=passage_text,
            metric=metric,
            value=value,
            unit=unit,
            qualifier="",
        )
    charts = chart_bars(text(get(client, world.operation.get_absolute_url())))
    assert charts == [
        ("Reported outcomes of Operation Erasure: counts", ["arrests: more than 70"]),
        ("Reported outcomes of Operation Erasure: money (£)", ["cash seized: £8,000"]),
        ("Reported outcomes of Operation Erasure: in months", ["sentence: 36 months"]),
    ]


def test_charts_never_add_up_figures_credited_to_different_operations(client, world):
    booth = OperationFactory(name="Operation Booth", force=world.organisation)
    OperationMentionFactory(article=world.article, operation=booth, passage_text="Report")
    world.casefile.operations.add(booth)
    OutcomeFactory(
        article=world.article, operation=booth, passage_text="Raids In Southend", value=344
    )
    html = text(get(client, world.casefile.get_absolute_url()))
    (counts,) = chart_bars(html)
    assert sorted(counts[1]) == [
        "arrests, Operation Booth: more than 344",
        "arrests, Operation Erasure: more than 70",
    ]
    assert "414" not in html


def test_a_later_report_of_the_same_figure_supersedes_the_earlier_one_in_charts(client, world):
    later = report(world)
    later.outcome.value = 90
    later.outcome.save()
    html = text(get(client, world.operation.get_absolute_url()))
    assert chart_bars(html)[0][1] == ["arrests: more than 90"]


def test_operation_dates_read_as_known_with_the_note_apart(client, world):
    operation = world.operation
    operation.ended_on = dt.date(2014, 7, 22)
    operation.dates_note = "Ran until July 2014; the first of two waves of raids."
    operation.save()
    html = text(get(client, operation.get_absolute_url()))
    dates = html.split("<dt>Dates</dt>", 1)[1].split("</dd>", 1)[0]
    assert 'Until <time datetime="2014-07-22">22 July 2014</time>' in dates
    assert '<span class="dates-note">Ran until July 2014; the first' in dates
    assert "Not reported" not in dates


def test_operation_with_no_dates_says_they_are_not_reported(client, world):
    html = text(get(client, world.operation.get_absolute_url()))
    assert "<dt>Dates</dt><dd>Not reported</dd>" in html


def test_aliases_that_differ_from_the_name_only_in_capitals_are_not_listed(client, world):
    operation = world.operation
    operation.aliases = ["operation Erasure", "OPERATION ERASURE", "Op Erasure"]
    operation.save()
    html = text(get(client, operation.get_absolute_url()))
    assert '<p class="aliases">Also reported as “Op Erasure”</p>' in html


def test_operation_phases_are_read_in_one_query_however_long_the_chain(
    world, django_assert_num_queries
):
    first = world.operation
    second = OperationFactory(name="Operation Booth", follows=first)
    third = OperationFactory(name="Operation Cadence", follows=second)
    with django_assert_num_queries(1):
        assert second.phases() == [first, second, third]


def test_person_page_shows_each_articles_rank_and_role_and_groups_quotes(client, world):
    html = text(get(client, world.person.get_absolute_url()))
    assert '<td data-label="Role">Southend district commander</td>' in html
    assert 'About <a href="' + world.operation.get_absolute_url() in html


def test_sensitivity_note_is_for_the_newsroom_only(client, world, journalist):
    person = PersonFactory(kind=PersonKind.DEFENDANT, sensitivity_note="A minor at the time.")
    QuoteFactory(article=world.article, speaker=person, passage_text="Report")
    html = text(get(client, person.get_absolute_url()))
    assert "A minor at the time." not in html
    assert '<meta name="robots" content="noindex, follow">' in html
    client.force_login(journalist)
    assert "A minor at the time." in text(get(client, person.get_absolute_url()))


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
    search = pytest.importorskip("casefiles.search")
    from django.utils.html import format_html

    def hit(kind, pk, title, rank):
        snippet = format_html("Lewis <mark>{}</mark> said", "Basford")
        return search.Hit(kind, pk, title, f"/{kind}/{pk}/", snippet, rank)

    hits = [
        hit("person", 1, "Lewis Basford", 3.0),
        hit("quote", 2, "<b>Basford</b>: “We moved”", 2.0),
        hit("quote", 3, "Basford: “Case building”", 1.0),
    ]
    seen = {}

    def fake_search(query, *, user=None, limit=50):
        seen.update(query=query, limit=limit)
        return hits

    monkeypatch.setattr(search, "search", fake_search)
    html = text(get(client, reverse("casefiles:search") + "?q=Basford"))
    assert seen == {"query": "Basford", "limit": 50}
    assert html.index('id="results-person">People') < html.index('id="results-quote">Quotes')
    assert "Lewis <mark>Basford</mark> said" in html
    assert "&lt;b&gt;Basford&lt;/b&gt;" in html
    assert "3 results for “Basford”" in html


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
    pytest.importorskip("casefiles.exports")
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
    pytest.importorskip("casefiles.exports")
    response = get(client, reverse(f"casefiles:{name}", kwargs={"fmt": "json"}))
    content = b"".join(response.streaming_content).decode()
    assert len(json.loads(content)) >= 1
    for hidden in ("Operation Hush", "Dana Hidden", "Secret raid"):
        assert hidden not in content


def test_download_in_an_unknown_format_is_not_found(client, world):
    get(client, "/quotes/export.xlsx", status=404)


# --- A fixed number of queries ----------------------------------------------------------------


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        get(client, url)
    return len(queries)


COUNTED_PAGES = {
    **PAGES,
    "article": lambda w: w.rich.get_absolute_url(),
    "filtered-quotes": lambda w: f"/quotes/?speaker={w.person.slug}&published_from=2000-01-01",
    "filtered-outcomes": lambda w: f"/outcomes/?operation={w.operation.slug}&metric=arrests",
}


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
