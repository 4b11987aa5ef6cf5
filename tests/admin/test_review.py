"""Reviewing extracted records: from the change form, in bulk from a list, and from the review
queue, each naming the reviewer."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from casefiles.models import Appearance, OperationMention, Outcome, Quote, ReviewStatus
from tests.admin.helpers import admin_url, queries_for
from tests.admin_factories import form_data
from tests.factories import (
    AppearanceFactory,
    ArticleFactory,
    OperationFactory,
    OperationMentionFactory,
    OrganisationFactory,
    OutcomeFactory,
    QuoteFactory,
)

pytestmark = pytest.mark.django_db


def test_save_as_verified_opens_the_next_record_of_the_article_awaiting_review(client, journalist):
    client.force_login(journalist)
    article = ArticleFactory()
    first = AppearanceFactory(article=article)
    AppearanceFactory()  # older than the next one of the article, but in another article
    following = OperationMentionFactory(article=article)
    url = admin_url(Appearance, "change", first.pk)
    data = form_data(client.get(url)) | {"_verify": "Save as verified by me"}
    response = client.post(url, data)
    assert response.url == admin_url(OperationMention, "change", following.pk)
    first.refresh_from_db()
    assert (first.review_status, first.reviewed_by) == (ReviewStatus.VERIFIED, journalist)


def run_action(client, model, action, records):
    return client.post(
        admin_url(model, "changelist"),
        {"action": action, "_selected_action": [r.pk for r in records]},
        follow=True,
    )


def test_mark_verified_names_the_reviewer_and_says_how_many_changed(client, journalist):
    client.force_login(journalist)
    already = QuoteFactory(review_status=ReviewStatus.VERIFIED)
    fresh = [QuoteFactory(), QuoteFactory()]
    response = run_action(client, Quote, "mark_verified", [already, *fresh])
    assert "2 quotes marked verified." in [str(m) for m in response.context["messages"]]
    for quote in fresh:
        quote.refresh_from_db()
        assert quote.review_status == ReviewStatus.VERIFIED
        assert quote.reviewed_by == journalist
        assert timezone.now() - quote.reviewed_at < timedelta(minutes=1)
    already.refresh_from_db()
    assert already.reviewed_by is None


def test_mark_rejected_rejects_the_selected_records_only(client, journalist):
    client.force_login(journalist)
    chosen, other = OutcomeFactory(), OutcomeFactory()
    run_action(client, Outcome, "mark_rejected", [chosen])
    chosen.refresh_from_db()
    other.refresh_from_db()
    assert (chosen.review_status, chosen.reviewed_by) == (ReviewStatus.REJECTED, journalist)
    assert other.review_status == ReviewStatus.EXTRACTED


def test_back_to_extracted_clears_the_reviewer(client, journalist, admin_user):
    client.force_login(journalist)
    mention = OperationMentionFactory(
        review_status=ReviewStatus.REJECTED, reviewed_by=admin_user, reviewed_at=timezone.now()
    )
    run_action(client, OperationMention, "mark_extracted", [mention])
    mention.refresh_from_db()
    assert (mention.review_status, mention.reviewed_by, mention.reviewed_at) == (
        ReviewStatus.EXTRACTED,
        None,
        None,
    )


def found_at(record, minutes_ago):
    type(record).objects.filter(pk=record.pk).update(
        created=timezone.now() - timedelta(minutes=minutes_ago)
    )
    return record


def test_review_queue_lists_only_unchecked_records_oldest_first_across_kinds(client, journalist):
    client.force_login(journalist)
    newest = found_at(QuoteFactory(), 1)
    oldest = found_at(AppearanceFactory(), 30)
    middle = found_at(OutcomeFactory(), 10)
    found_at(QuoteFactory(review_status=ReviewStatus.VERIFIED), 60)
    found_at(OperationMentionFactory(review_status=ReviewStatus.REJECTED), 60)
    response = client.get(reverse("admin:review-queue"))
    # The people and operations the factories make are new too; they have tests of their own.
    found = [row["record"] for row in response.context["rows"] if not row.get("entity")]
    assert found == [oldest, middle, newest]


def test_review_queue_filters_by_kind_and_by_article(admin_client):
    article = ArticleFactory()
    quote = QuoteFactory(article=article)
    OutcomeFactory(article=article)
    QuoteFactory()
    response = admin_client.get(
        reverse("admin:review-queue"), {"kind": "quote", "article": article.pk}
    )
    assert [row["record"] for row in response.context["rows"]] == [quote]


def test_review_queue_runs_the_same_queries_for_one_record_and_for_thirty(admin_client):
    url = reverse("admin:review-queue")
    for factory in (QuoteFactory, OutcomeFactory, AppearanceFactory, OperationMentionFactory):
        factory()
    admin_client.get(url)
    few = queries_for(admin_client, url)
    for _ in range(8):
        for factory in (QuoteFactory, OutcomeFactory, AppearanceFactory, OperationMentionFactory):
            factory()
    assert queries_for(admin_client, url) == few


def test_verify_from_the_review_queue(client, journalist):
    client.force_login(journalist)
    quote = QuoteFactory()
    url = reverse("admin:review-queue")
    response = client.post(
        url, {"kind": "quote", "pk": quote.pk, "status": "verified", "next": url}
    )
    assert response.status_code == 302
    quote.refresh_from_db()
    assert (quote.review_status, quote.reviewed_by) == (ReviewStatus.VERIFIED, journalist)
    assert client.get(url, {"kind": "quote"}).context["rows"] == []


def test_verify_from_the_review_queue_answers_its_script_without_a_page(client, journalist):
    client.force_login(journalist)
    quote, other = QuoteFactory(), QuoteFactory()
    url = reverse("admin:review-queue")
    sent = {"kind": "quote", "pk": quote.pk, "status": "verified"}
    response = client.post(url, sent, headers={"Accept": "application/json"})
    assert response.status_code == 200
    answer = response.json()
    assert answer["status"] == "verified" and answer["label"] == "verified"
    assert answer["changed"] is True
    assert answer["message"].startswith("Quote “") and answer["message"].endswith(
        "marked verified."
    )
    quote.refresh_from_db()
    assert (quote.review_status, quote.reviewed_by) == (ReviewStatus.VERIFIED, journalist)
    again = client.post(url, sent, headers={"Accept": "application/json"}).json()
    assert again["changed"] is False and again["message"].endswith("was already verified.")
    # The answer leaves no message behind for the next page the journalist opens.
    assert list(client.get(url).context["messages"]) == []
    assert [row["record"] for row in client.get(url, {"kind": "quote"}).context["rows"]] == [other]


def test_the_review_queue_page_loads_its_script_and_has_a_live_region(client, journalist):
    client.force_login(journalist)
    quote = QuoteFactory()
    response = client.get(reverse("admin:review-queue"))
    page = response.content.decode()
    assert 'src="/static/js/casefiles-review-queue.js" defer' in page
    assert '<p class="cf-review-announce visually-hidden" role="status" aria-live="polite">' in page
    assert f'<tr id="queue-quote-{quote.pk}">' in page
    assert '<form method="post" class="cf-queue-review">' in page
    awaiting = response.context["page_obj"].paginator.count
    assert f"<span data-awaiting>{awaiting}</span> awaiting review" in page


def test_review_queue_refuses_a_verify_without_a_record(client, journalist):
    client.force_login(journalist)
    url = reverse("admin:review-queue")
    assert client.post(url, {"kind": "quote", "pk": "", "status": "verified"}).status_code == 400


# --- The review rule ------------------------------------------------------------------------------


def test_a_review_is_in_the_records_history_with_who_and_why(journalist):
    quote = QuoteFactory()
    quote.review(ReviewStatus.REJECTED, journalist)
    latest = quote.history.latest()
    assert (latest.review_status, latest.reviewed_by, latest.history_user) == (
        ReviewStatus.REJECTED,
        journalist,
        journalist,
    )
    assert latest.history_change_reason == "Marked rejected"


def test_a_review_moves_the_content_version_on(journalist, django_capture_on_commit_callbacks):
    quote = QuoteFactory()
    with django_capture_on_commit_callbacks() as callbacks:
        quote.review(ReviewStatus.VERIFIED, journalist)
    assert callbacks


def test_a_bulk_review_moves_only_records_not_already_there(journalist):
    already = OutcomeFactory(review_status=ReviewStatus.VERIFIED)
    fresh = OutcomeFactory()
    assert Outcome.objects.all().review(ReviewStatus.VERIFIED, journalist) == 1
    assert already.history.count() == 1
    fresh.refresh_from_db()
    assert fresh.reviewed_by == journalist


def test_save_as_verified_is_in_the_records_history(client, journalist):
    client.force_login(journalist)
    mention = OperationMentionFactory()
    url = admin_url(OperationMention, "change", mention.pk)
    client.post(url, form_data(client.get(url)) | {"_verify": "Save as verified by me"})
    latest = mention.history.latest()
    assert (latest.review_status, latest.history_user) == (ReviewStatus.VERIFIED, journalist)
    assert latest.history_change_reason == "Marked verified"


# --- What a queue row shows to decide -------------------------------------------------------------


def queue_row(client, record):
    response = client.get(reverse("admin:review-queue"), {"kind": record._meta.model_name})
    (row,) = [row for row in response.context["rows"] if row["record"] == record]
    return row, response.content.decode()


def test_a_queue_row_of_a_person_named_gives_their_rank_role_and_organisation(client, journalist):
    client.force_login(journalist)
    force = OrganisationFactory(name="Essex Police")
    appearance = AppearanceFactory(role="district commander", organisation=force)
    row, html = queue_row(client, appearance)
    details = dict(row["details"])
    assert details["rank"] == "Det Chief Insp (Detective Chief Inspector)"
    assert (details["role"], details["organisation"]) == ("district commander", force)
    assert "<dt>Organisation</dt><dd>Essex Police</dd>" in html


def test_a_queue_row_of_a_quote_gives_its_speaker_and_attribution(client, journalist):
    client.force_login(journalist)
    operation = OperationFactory(name="Operation Nightjar")
    quote = QuoteFactory(operations=[operation])
    row, html = queue_row(client, quote)
    details = dict(row["details"])
    assert details["speaker"] == quote.speaker
    assert details["attribution"] == "“Det Chief Insp Lewis Basford said:”"
    assert details["operations"] == "Operation Nightjar"
    assert "<dt>Attribution</dt>" in html


def test_a_queue_row_of_a_figure_gives_its_metric_qualifier_and_credit(client, journalist):
    client.force_login(journalist)
    figure = OutcomeFactory(
        operation=OperationFactory(name="Operation Nightjar"),
        organisation=OrganisationFactory(name="Kent Police"),
    )
    row, _ = queue_row(client, figure)
    assert row["details"] == [
        ("metric", "arrests"),
        ("figure", "more than 70"),
        ("qualifier", "more than"),
        ("credited to", "operation Operation Nightjar; organisation Kent Police"),
    ]


def test_a_queue_row_leads_to_the_rest_of_its_article(client, journalist):
    client.force_login(journalist)
    quote = QuoteFactory()
    _, html = queue_row(client, quote)
    assert f"""<a href="?article={quote.article_id}">this article's records</a>""" in html
    response = client.get(reverse("admin:review-queue"), {"article": quote.article_id})
    assert response.context["shown_article"] == quote.article
    verify_rest = reverse("admin:articles_article_verify_rest", args=[quote.article_id])
    assert f'href="{verify_rest}"' in response.content.decode()
