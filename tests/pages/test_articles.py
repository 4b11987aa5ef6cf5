"""Quotes wherever they are shown, and the article text with its records marked."""

import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse, set_script_prefix

from casefiles.models import ReviewStatus
from tests.factories import (
    ArticleFactory,
    OperationMentionFactory,
    OutcomeFactory,
    QuoteFactory,
)
from tests.pages.helpers import (
    PAGES,
    get,
    rich_article,
    text,
)

pytestmark = pytest.mark.django_db


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


def test_an_articles_address_follows_its_slug_and_the_sites_prefix(world):
    article = world.article
    article.slug = "southend-raids-renamed"
    assert "/southend-raids-renamed/" in article.get_absolute_url()
    set_script_prefix("/newsroom/")
    try:
        assert article.get_absolute_url().startswith("/newsroom/")
    finally:
        set_script_prefix("/")
    assert not article.get_absolute_url().startswith("/newsroom/")
