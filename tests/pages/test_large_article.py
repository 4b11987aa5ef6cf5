"""An article with thousands of records: its reader and admin pages stay small and quick, the
highlighter makes one pass over the spans, and the page cache does not keep huge pages."""

import re
import time

import pytest
from django.core.cache import cache
from django.urls import reverse

from articles.models import Article
from casefiles.admin.provenance import ProvenanceFormSet
from casefiles.highlight import Span, highlight, preview
from casefiles.models import Quote
from casefiles.views.articles import SHOWN
from tests.admin.helpers import admin_url
from tests.admin_factories import form_data
from tests.factories import PersonFactory
from tests.large_article import make_large_article

pytestmark = pytest.mark.django_db

RECORDS = 3000
MAX_BYTES = 150_000
QUOTES = RECORDS // 4


@pytest.fixture
def large():
    return make_large_article(RECORDS)


def _queries(client, url, django_assert_max_num_queries, most):
    with django_assert_max_num_queries(most):
        response = client.get(url)
    assert response.status_code == 200
    return response


# --- The reader's page ------------------------------------------------------------------------

# With no cache, as here, which of the operations, people and organisations the figures and
# quotes shown link to readers may see is worked out anew: one query for each kind of link.
READER_QUERIES = 19


def test_the_reader_page_of_a_large_article_is_bounded(
    client, large, django_assert_max_num_queries
):
    # A fixed number of queries, whatever the records: the figures listed below the text, and
    # apart, those marked in the part shown, with only what their marks show, and their count.
    url = large.get_absolute_url()
    page = _queries(client, url, django_assert_max_num_queries, READER_QUERIES)
    html = page.content.decode()
    # The text in parts, and bounded lists: not every record twice over.
    assert len(page.content) <= MAX_BYTES
    assert html.count('<figure class="quote') == SHOWN
    parts = int(re.search(r"part 1 of (\d+)", html).group(1))
    marked = html.count('id="quote-')
    for number in range(2, parts + 1):
        part = _queries(
            client, f"{url}?part={number}", django_assert_max_num_queries, READER_QUERIES
        )
        assert len(part.content) <= MAX_BYTES
        marked += part.content.decode().count('id="quote-')
    assert marked == QUOTES  # every quote still marked in the text, once
    all_quotes = f"{reverse('casefiles:quote-list')}?article={large.pk}"
    assert f'<a href="{all_quotes}">All {QUOTES} quotes from this article →</a>' in html
    all_figures = f"{reverse('casefiles:outcome-list')}?article={large.pk}"
    assert f'<a href="{all_figures}">All {RECORDS // 4} figures from this article →</a>' in html


def test_a_long_text_is_read_in_parts_that_link_to_each_other(client, large):
    url = large.get_absolute_url()
    first = client.get(url).content.decode()
    assert 'href="?part=2" rel="next">Part 2 →</a>' in first
    second = client.get(f"{url}?part=2").content.decode()
    assert 'href="?part=1" rel="prev">← Part 1</a>' in second
    assert client.get(f"{url}?part=999").content.decode() == first


def _other():
    from tests.factories import ArticleFactory, QuoteFactory

    return QuoteFactory(article=ArticleFactory()).article


def test_the_all_quotes_link_lists_the_articles_quotes(client, large):
    other = _other()
    url = f"{reverse('casefiles:quote-list')}?article={large.pk}"
    page = client.get(url)
    assert page.status_code == 200
    assert page.context["page_obj"].paginator.count == QUOTES
    assert all(quote.article_id == large.pk for quote in page.context["page_obj"])
    assert other.pk != large.pk
    for bad in ("x", "0", "99999999999999999999"):
        assert client.get(f"{reverse('casefiles:quote-list')}?article={bad}").status_code == 200


# --- The admin's page -------------------------------------------------------------------------


def test_the_admin_page_of_a_large_article_shows_a_bounded_number_of_rows(
    admin_client, large, django_assert_max_num_queries
):
    url = admin_url(Article, "change", large.pk)
    page = _queries(admin_client, url, django_assert_max_num_queries, 40)
    html = page.content.decode()
    shown = ProvenanceFormSet.shown
    for prefix in ("quotes", "outcomes", "appearances", "operationmentions"):
        assert f'name="{prefix}-TOTAL_FORMS" value="{shown}"' in html
    quotes = f"{reverse('admin:casefiles_quote_changelist')}?article__id__exact={large.pk}"
    assert f'<a href="{quotes}">All quotes in this article →</a>' in html
    assert len(html) < 12 * len(large.body)
    assert admin_client.get(quotes).context["cl"].result_count == QUOTES


def test_the_rows_shown_are_saved_with_the_article(admin_client, large):
    url = admin_url(Article, "change", large.pk)
    data = form_data(admin_client.get(url))
    speaker = PersonFactory(name="Jo Marsh")
    data["quotes-0-speaker"] = speaker.pk
    assert admin_client.post(url, data).status_code == 302
    first = Quote.objects.filter(article=large).order_by("start").first()
    assert first.speaker == speaker
    assert Quote.objects.filter(article=large, edited=True).count() == 1


# --- The highlighter --------------------------------------------------------------------------


def _spans_text(count, *, paragraphs):
    """A text of `count` marked words, in `paragraphs` paragraphs, each word also in a wider
    span of its sentence, as quotes hold names and figures."""
    words = [f"word{n}" for n in range(count)]
    per = max(1, count // paragraphs)
    chunks = [" ".join(words[i : i + per]) for i in range(0, count, per)]
    body = "\n\n".join(chunks)
    spans, position = [], 0
    for chunk in chunks:
        spans.append(Span(position, position + len(chunk), "quote", anchor=f"q{position}"))
        for word in chunk.split(" "):
            start = body.index(word, position)
            spans.append(Span(start, start + len(word), "person", url=f"/p/{word}/"))
            position = start + len(word)
        position += 2
    return body, spans


def _seconds(render, body, spans):
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        render(body, spans)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("render", [highlight, preview], ids=["reader", "admin"])
@pytest.mark.parametrize("paragraphs", [1, 500], ids=["one paragraph", "many paragraphs"])
def test_the_highlighter_grows_linearly_with_the_spans(render, paragraphs):
    small = _seconds(render, *_spans_text(500, paragraphs=paragraphs // 10 or 1))
    large = _seconds(render, *_spans_text(5000, paragraphs=paragraphs))
    # Ten times the spans: about ten times the time; a pair-wise scan would take a hundred.
    assert large / small < 30


def test_every_span_is_marked_once_in_one_pass():
    body, spans = _spans_text(5000, paragraphs=500)
    html = "".join(p.html for p in highlight(body, spans))
    assert html.count('class="hl hl-person"') == 5000
    assert html.count('class="hl hl-quote"') == 500


# --- The page cache ---------------------------------------------------------------------------


def test_the_page_cache_does_not_keep_pages_over_its_limit(client, settings, large):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()
    url = large.get_absolute_url()
    settings.CASEFILES_PAGE_CACHE_MAX_BYTES = 10_000
    assert len(client.get(url).content) > 10_000
    assert not _kept_pages()
    settings.CASEFILES_PAGE_CACHE_MAX_BYTES = 10_000_000
    client.get(url)
    assert len(_kept_pages()) == 1
    cache.clear()


def _kept_pages():
    """What the cache holds other than tallies (`tallies`): the pages."""
    return [key for key in cache._cache if ":tally:" not in key]
