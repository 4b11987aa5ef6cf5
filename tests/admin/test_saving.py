"""Saving records from the admin: passages kept exactly as the article prints them, aliases one
per line, and a record a journalist touches marked as theirs."""

import pytest

from articles.models import Article
from casefiles.models import Operation, OperationMention, Outcome, Quote, ReviewStatus
from tests.admin.helpers import admin_url
from tests.admin_factories import form_data, records_of_every_kind
from tests.factories import (
    ArticleFactory,
    OperationFactory,
    OperationMentionFactory,
    OutcomeFactory,
    PersonFactory,
    QuoteFactory,
)

pytestmark = pytest.mark.django_db


def test_aliases_are_typed_one_per_line_and_found_by_search(admin_client):
    operation = OperationFactory(name="Operation Booth")
    url = admin_url(Operation, "change", operation.pk)
    data = form_data(admin_client.get(url)) | {"aliases": "Op Booth\r\n\r\n Project Sceptre \r\n"}
    assert admin_client.post(url, data).status_code == 302
    operation.refresh_from_db()
    assert operation.aliases == ["Op Booth", "Project Sceptre"]
    OperationFactory(name="Operation Erasure")
    response = admin_client.get(admin_url(Operation, "changelist"), {"q": "sceptre"})
    assert list(response.context["cl"].result_list) == [operation]


def test_changing_a_record_marks_it_as_the_journalists_work(admin_client):
    quote = QuoteFactory()
    url = admin_url(Quote, "change", quote.pk)
    data = form_data(admin_client.get(url)) | {"attribution": "he said"}
    assert admin_client.post(url, data).status_code == 302
    quote.refresh_from_db()
    assert quote.edited
    assert quote.review_status == ReviewStatus.EXTRACTED
    assert quote.reviewed_by is None


def test_changing_the_review_status_names_the_reviewer(client, journalist):
    client.force_login(journalist)
    outcome = OutcomeFactory()
    url = admin_url(Outcome, "change", outcome.pk)
    data = form_data(client.get(url)) | {"review_status": ReviewStatus.REJECTED}
    assert client.post(url, data).status_code == 302
    outcome.refresh_from_db()
    assert outcome.review_status == ReviewStatus.REJECTED
    assert outcome.reviewed_by == journalist
    assert outcome.reviewed_at is not None
    assert not outcome.edited


def test_a_passage_over_two_paragraphs_saves_as_a_browser_sends_it(admin_client):
    article = ArticleFactory()
    start = article.body.index("Operation Erasure.")
    passage = "Operation Erasure.\n\nDet Chief Insp"
    quote = QuoteFactory(article=article, start=start, end=start + len(passage), text=passage)
    url = admin_url(Quote, "change", quote.pk)
    data = form_data(admin_client.get(url))
    assert data["text"] == "Operation Erasure.\r\n\r\nDet Chief Insp"
    assert admin_client.post(url, data | {"paragraphs": "2"}).status_code == 302
    quote.refresh_from_db()
    assert (quote.text, quote.paragraphs) == (passage, 2)


def test_a_passage_keeps_the_spaces_at_its_ends(admin_client):
    article = ArticleFactory()
    start = article.body.index(" Operation Erasure")
    mention = OperationMentionFactory(article=article)
    url = admin_url(OperationMention, "change", mention.pk)
    data = form_data(admin_client.get(url))
    data |= {"start": start, "end": start + 18, "text": " Operation Erasure"}
    assert admin_client.post(url, data).status_code == 302
    mention.refresh_from_db()
    assert mention.text == " Operation Erasure"


def test_a_passage_that_is_not_in_the_article_is_refused_on_the_form(admin_client):
    mention = OperationMentionFactory()
    url = admin_url(OperationMention, "change", mention.pk)
    data = form_data(admin_client.get(url)) | {"text": "Operation Booth"}
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "This text is not what the article says" in response.content.decode()
    mention.refresh_from_db()
    assert mention.text == "Operation Erasure"


def test_a_journalist_adds_a_quote_by_pasting_its_words(client, journalist):
    client.force_login(journalist)
    article = ArticleFactory()
    speaker = PersonFactory(name="Lewis Basford")
    operation = OperationFactory(name="Operation Erasure")
    data = form_data(client.get(admin_url(Quote, "add"))) | {
        "article": article.pk,
        "text": "We moved proactively to stop them.",
        "speaker": speaker.pk,
        "operations": [operation.pk],
    }
    data.pop("start", None)
    data.pop("end", None)
    assert client.post(admin_url(Quote, "add"), data).status_code == 302
    quote = Quote.objects.get()
    assert article.body[quote.start : quote.end] == "We moved proactively to stop them."
    assert (quote.speaker, list(quote.operations.all())) == (speaker, [operation])
    assert {entry.history_user for entry in quote.history.all()} == {journalist}


def test_records_changed_alongside_their_article_are_marked_edited(client, journalist):
    client.force_login(journalist)
    article = ArticleFactory()
    quote, outcome, *_ = records_of_every_kind(article)
    url = admin_url(Article, "change", article.pk)
    basford = PersonFactory(name="Lewis Basford")
    data = form_data(client.get(url))
    data |= {"quotes-0-speaker": basford.pk}
    assert client.post(url, data).status_code == 302
    quote.refresh_from_db()
    outcome.refresh_from_db()
    assert quote.edited and quote.speaker == basford
    assert not outcome.edited


def test_a_record_added_in_the_admin_survives_a_reimport(admin_client):
    article = ArticleFactory()
    start = article.body.index("Operation Erasure")
    data = form_data(admin_client.get(admin_url(OperationMention, "add")))
    data |= {
        "article": article.pk,
        "operation": OperationFactory().pk,
        "start": start,
        "end": start + len("Operation Erasure"),
        "text": "Operation Erasure",
    }
    assert admin_client.post(admin_url(OperationMention, "add"), data).status_code == 302
    assert OperationMention.objects.get(article=article).edited
