"""Records whose passage a re-import could not find wait, off the reader pages, for a journalist."""

import pytest
from django.urls import reverse

from articles.importer import import_text
from casefiles import search
from casefiles.models import Quote, ReviewStatus
from tests.factories import (
    AppearanceFactory,
    ArticleFactory,
    OperationFactory,
    OperationMentionFactory,
    OutcomeFactory,
    PersonFactory,
    QuoteFactory,
)
from tests.pages.helpers import PAGES, get, text

pytestmark = pytest.mark.django_db

EXPORTS = [
    f"casefiles:{kind}-export" for kind in ("quote", "outcome", "operation", "person", "article")
]


@pytest.fixture
def unanchored(world):
    """A published article whose every record lost its passage: the only support of a person,
    an operation, a quote and a figure."""
    article = ArticleFactory(publication=world.publication, headline="Amended report")
    person = PersonFactory(name="Dana Unplaced")
    operation = OperationFactory(name="Operation Adrift", force=world.organisation)
    missing = {"article": article, "passage_missing": True, "review_status": "verified"}
    AppearanceFactory(person=person, role="harbour master", **missing)
    OperationMentionFactory(operation=operation, **missing)
    quote = QuoteFactory(speaker=person, operations=[operation], **missing)
    outcome = OutcomeFactory(operation=operation, value=4321, **missing)
    world.casefile.articles.add(article)
    search.rebuild()
    return {
        "article": article,
        "person": person,
        "operation": operation,
        "quote": quote,
        "outcome": outcome,
    }


@pytest.mark.parametrize("page", ["operation", "person", "quote"])
def test_reader_gets_not_found_for_what_only_an_unplaced_record_supports(client, unanchored, page):
    get(client, unanchored[page].get_absolute_url(), status=404)


@pytest.mark.parametrize("page", sorted(set(PAGES) - {"search"}))
def test_reader_pages_leave_unplaced_records_out(client, world, unanchored, page):
    html = text(get(client, PAGES[page](world)))
    for hidden in ("Dana Unplaced", "Operation Adrift", "harbour master", "4,321"):
        assert hidden not in html


def test_the_article_page_marks_no_unplaced_record(client, journalist, unanchored):
    article = unanchored["article"]
    for user in (None, journalist):
        if user:
            client.force_login(user)
        html = text(get(client, article.get_absolute_url()))
        assert f'id="{unanchored["quote"].anchor}"' not in html
        assert f'id="outcome-{unanchored["outcome"].pk}"' not in html
        assert 'class="hl ' not in html.split('class="article-body"', 1)[1]


@pytest.mark.parametrize("name", EXPORTS)
@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_exports_leave_unplaced_records_out(client, unanchored, name, fmt):
    response = get(client, reverse(name, kwargs={"fmt": fmt}))
    exported = b"".join(response.streaming_content).decode()
    for hidden in ("Dana Unplaced", "Operation Adrift", "4321"):
        assert hidden not in exported


def test_search_leaves_unplaced_records_out(unanchored):
    for query in ("Unplaced", "Adrift"):
        assert search.search(query) == []
    hits = {(hit.kind, hit.object_id) for hit in search.search("proactively")}
    assert ("quote", unanchored["quote"].pk) not in hits


def test_placing_the_passage_again_brings_the_record_back(client, unanchored):
    quote = unanchored["quote"]
    Quote.objects.filter(pk=quote.pk).update(passage_missing=False)
    get(client, quote.get_absolute_url())


STORY = (
    "Raids In Southend\n\n"
    'Insp Ann Lowe said: "We found the first lab."\n\n'
    "Officers searched two more houses.\n\n"
    'Insp Ann Lowe added: "We shut the second lab."\n'
)


def test_a_verified_quote_whose_passage_was_deleted_leaves_the_reader_pages(client, journalist):
    import_text(STORY, "labs.txt", publish=True)
    first = Quote.objects.get(text='"We found the first lab."')
    Quote.objects.filter(pk=first.pk).review(ReviewStatus.VERIFIED, journalist)
    # The first quote's paragraph is cut: the second one now stands at its old offsets.
    import_text(STORY.replace('"We found the first lab."', "Nothing was found."), "labs.txt")
    first.refresh_from_db()
    assert first.passage_missing

    get(client, first.get_absolute_url(), status=404)
    assert first.get_absolute_url() not in text(get(client, reverse("casefiles:quote-list")))
    client.force_login(journalist)
    html = text(get(client, first.get_absolute_url()))
    assert "no longer contains this passage" in html
    assert "second lab" not in html.split('id="context-heading"', 1)[1]
