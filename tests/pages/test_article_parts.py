"""A long text is read in parts; every link to a passage opens the part that holds it, worked
out from where the parts begin as kept on the article, not from its text."""

import csv
import importlib
import io
import json

import pytest
from django.apps import apps
from django.urls import reverse

from articles.models import Article
from casefiles.highlight import part_of, part_starts
from casefiles.models import Quote
from tests.factories import AppearanceFactory, ArticleFactory, OutcomeFactory, QuoteFactory
from tests.large_article import make_long_article
from tests.pages.helpers import count_queries, get, text

pytestmark = pytest.mark.django_db


@pytest.fixture
def long():
    article, quote, outcome = make_long_article(parts=4, in_part=3)
    assert article.parts == 4
    assert article.part_of(quote.start) == article.part_of(outcome.start) == 3
    return article, quote, outcome


# --- Where the parts begin --------------------------------------------------------------------


def test_parts_begin_between_paragraphs_and_hold_at_most_their_share():
    body = "\n\n".join(f"{n:03d} " + "x" * 95 for n in range(30))  # 30 paragraphs of 99
    starts = part_starts(body, most=1000)
    assert starts, "a text ten times the limit is read in parts"
    for start, end in zip([0, *starts], [*starts, len(body)], strict=True):
        assert end - start <= 1000
        assert body[start:].startswith("\n\n") or start == 0
    assert part_starts("short\n\ntext", most=1000) == []


def test_a_paragraph_longer_than_a_part_is_a_part_of_its_own():
    body = "first\n\n" + "y" * 50 + "\n\nlast"
    assert part_starts(body, most=20) == [5, 57]


def test_a_passage_in_the_blank_lines_before_a_paragraph_is_in_that_paragraphs_part():
    starts = [10]
    assert part_of(starts, 9) == 1
    assert part_of(starts, 10) == part_of(starts, 11) == 2


def test_an_article_keeps_where_its_parts_begin_and_a_short_one_has_one_part(long):
    article, _, _ = long
    assert Article.objects.get(pk=article.pk).part_starts == part_starts(article.body)
    assert ArticleFactory().part_starts == []


def test_the_migration_works_out_the_parts_of_articles_already_imported(long):
    article, _, _ = long
    short = ArticleFactory()
    Article.objects.update(part_starts=[])
    migration = importlib.import_module("articles.migrations.0007_article_part_starts")
    migration.long_articles_in_parts(apps, None)
    article.refresh_from_db()
    short.refresh_from_db()
    assert article.part_starts == part_starts(article.body)
    assert short.part_starts == []


# --- Links to a passage -------------------------------------------------------------------------


def test_the_quote_page_links_to_the_part_that_holds_the_quote(client, long):
    article, quote, _ = long
    page = text(get(client, quote.get_absolute_url()))
    passage = f"{article.get_absolute_url()}?part=3#quote-{quote.pk}"
    assert f'href="{passage}"' in page
    assert f'id="quote-{quote.pk}"' in text(get(client, passage.split("#")[0]))
    assert f'id="quote-{quote.pk}"' not in text(get(client, article.get_absolute_url()))


def test_every_list_of_quotes_and_figures_links_to_the_part(client, long):
    article, quote, outcome = long
    quote_link = f'href="{article.get_absolute_url()}?part=3#quote-{quote.pk}"'
    outcome_link = f'href="{article.get_absolute_url()}?part=3#outcome-{outcome.pk}"'
    for url in (
        reverse("casefiles:quote-list"),
        quote.speaker.get_absolute_url(),
        article.get_absolute_url(),
    ):
        assert quote_link in text(get(client, url)), url
    for url in (reverse("casefiles:outcome-list"), reverse("casefiles:home")):
        assert outcome_link in text(get(client, url)), url
    assert f'id="outcome-{outcome.pk}"' in text(get(client, f"{article.get_absolute_url()}?part=3"))


def _download(client, name, fmt):
    url = reverse(f"casefiles:{name}", kwargs={"fmt": fmt})
    return b"".join(get(client, url).streaming_content).decode()


def test_downloads_link_to_the_part(client, long):
    article, quote, outcome = long
    rows = csv.DictReader(io.StringIO(_download(client, "quote-export", "csv")))
    [row] = [row for row in rows if row["id"] == str(quote.pk)]
    assert row["url"].endswith(f"{article.get_absolute_url()}?part=3#quote-{quote.pk}")
    records = json.loads(_download(client, "outcome-export", "json"))
    [record] = [r for r in records if r["id"] == outcome.pk]
    assert record["url"].endswith(f"{article.get_absolute_url()}?part=3#outcome-{outcome.pk}")


def test_the_admin_view_on_site_of_a_figure_opens_its_part(admin_client, long):
    article, _, outcome = long
    response = admin_client.get(
        reverse("admin:view_on_site", args=[outcome_content_type(), outcome.pk])
    )
    assert response.status_code == 302
    assert response.url.endswith(f"{article.get_absolute_url()}?part=3#outcome-{outcome.pk}")


def outcome_content_type():
    from django.contrib.contenttypes.models import ContentType

    from casefiles.models import Outcome

    return ContentType.objects.get_for_model(Outcome).pk


def test_the_quote_list_reads_no_article_text_and_a_query_count_that_does_not_grow(client, long):
    article, quote, _ = long
    url = reverse("casefiles:quote-list")
    one = count_queries(client, url)
    for n in range(5):
        other, _, _ = make_long_article(parts=3, in_part=2, source_name=f"long-{n}.txt")
    assert Quote.objects.count() == 6
    assert count_queries(client, url) == one


# --- Marking up one part --------------------------------------------------------------------------


def test_a_part_marks_its_own_records_and_the_page_counts_all_of_them(client, long):
    article, quote, outcome = long
    marsh = quote.speaker
    AppearanceFactory(article=article, person=marsh, passage_text="Jo Marsh", rank_as_printed="")
    first = text(get(client, article.get_absolute_url()))
    third = text(get(client, f"{article.get_absolute_url()}?part=3"))
    marked = f'<a class="hl hl-person" href="{marsh.get_absolute_url()}"'
    assert marked in third
    assert marked not in first
    assert f'id="outcome-{outcome.pk}"' in third
    assert f'id="outcome-{outcome.pk}"' not in first
    for page in (first, third):
        assert 'Figures <span class="count">(1)</span>' in page
        assert f"?part=3#outcome-{outcome.pk}" in page  # listed below the text, linked to its part
        assert f'href="{marsh.get_absolute_url()}">Jo Marsh</a>' in page  # among the people


def test_a_part_runs_the_same_queries_whatever_the_records_of_the_article(client, long):
    article, _, _ = long
    url = article.get_absolute_url()
    one = count_queries(client, url)
    assert count_queries(client, f"{url}?part=3") == one
    for n in range(30):
        OutcomeFactory(article=article, passage_text="14 people", value=14, metric=f"count {n}")
    assert count_queries(client, f"{url}?part=3") == one


# --- A part that does not exist -------------------------------------------------------------------


@pytest.mark.parametrize(
    "asked", ["0", "-1", "5", "99999999999999999999", "9" * 5000, "two", "1e3", "٣", "", " 2"]
)
def test_a_part_that_does_not_exist_reads_the_first(client, long, asked):
    article, _, _ = long
    first = text(get(client, article.get_absolute_url()))
    page = get(client, f"{article.get_absolute_url()}?part={asked}")
    assert text(page) == first
    assert "part 1 of 4" in first


def test_each_part_links_to_its_neighbours(client, long):
    article, _, _ = long
    last = text(get(client, f"{article.get_absolute_url()}?part=4"))
    assert "part 4 of 4" in last
    assert 'href="?part=3" rel="prev">← Part 3</a>' in last
    assert 'rel="next"' not in last


def test_a_short_article_is_read_whole(client):
    quote = QuoteFactory()
    page = text(get(client, quote.get_absolute_url()))
    assert f'href="{quote.article.get_absolute_url()}#quote-{quote.pk}"' in page
    assert "part 1 of" not in text(get(client, quote.article.get_absolute_url()))


# --- Marking up one part --------------------------------------------------------------------------


def test_the_parts_marked_up_one_by_one_are_the_whole_text_marked_up():
    from casefiles.highlight import Span, highlight
    from casefiles.selectors import part_bounds

    paragraphs = [f"Paragraph {n} says something about raid {n}." for n in range(12)]
    body = "\n\n".join(paragraphs)
    starts = part_starts(body, most=150)
    assert len(starts) >= 3

    def at(text, n=1):
        index = -1
        for _ in range(n):
            index = body.index(text, index + 1)
        return index

    spans = [
        Span(at("raid 1."), at("raid 1.") + 6, "person", url="/p/1/"),
        # A quote across a part's first paragraph break: its anchor once, where it begins.
        Span(at("raid 2"), at("Paragraph 6") + 9, "quote", anchor="quote-1"),
        # One that begins in the blank lines before a part's first paragraph.
        Span(starts[1] + 1, starts[1] + 20, "quote", anchor="quote-2"),
        Span(at("Paragraph 9"), at("Paragraph 9") + 9, "outcome", anchor="outcome-3"),
    ]
    whole = [p.html for p in highlight(body, spans)]
    length = len(body)
    in_parts = [
        p.html
        for part in range(1, len(starts) + 2)
        for p in highlight(body, spans, part_bounds(starts, part, length))
    ]
    assert in_parts == whole
    assert "".join(in_parts).count('id="quote-1"') == 1
    assert "".join(in_parts).count('id="quote-2"') == 1
