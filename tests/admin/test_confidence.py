"""How sure the importer was of each record, as the admin shows it: the review queue least
sure first, each kind's list with its column and filters, the article's page marking doubt."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from casefiles.models import Outcome, Quote, ReviewStatus
from tests.admin.helpers import admin_url, queries_for
from tests.factories import ArticleFactory, OutcomeFactory, QuoteFactory

pytestmark = pytest.mark.django_db


def found(factory, confidence, minutes_ago=0, rule="said-after-quote", **kwargs):
    record = factory(extraction_rule=rule, confidence=confidence, **kwargs)
    type(record).objects.filter(pk=record.pk).update(
        created=timezone.now() - timedelta(minutes=minutes_ago)
    )
    return record


def queue_records(client, **query):
    response = client.get(reverse("admin:review-queue"), query)
    return [row["record"] for row in response.context["rows"] if not row.get("entity")]


def test_the_review_queue_shows_the_least_sure_first_across_kinds(client, journalist):
    client.force_login(journalist)
    sure = found(QuoteFactory, 0.95, minutes_ago=30)
    unsure = found(OutcomeFactory, 0.3, minutes_ago=1)
    middling = found(QuoteFactory, 0.7, minutes_ago=10)
    unsaid = found(OutcomeFactory, None, minutes_ago=60, rule="")
    found(QuoteFactory, 0.1, review_status=ReviewStatus.VERIFIED)
    assert queue_records(client) == [unsure, middling, sure, unsaid]


def test_the_review_queue_can_show_the_oldest_first(client, journalist):
    client.force_login(journalist)
    newer = found(QuoteFactory, 0.3, minutes_ago=1)
    older = found(QuoteFactory, 0.95, minutes_ago=30)
    assert queue_records(client, order="oldest") == [older, newer]


def test_the_review_queue_pages_keep_their_order(client, journalist):
    client.force_login(journalist)
    records = [found(QuoteFactory, n / 100, minutes_ago=n) for n in range(55)]
    second_page = queue_records(client, kind="quote", page=2)
    assert second_page == records[50:]


def test_a_queue_row_says_which_rule_found_it_and_how_sure_it_was(client, journalist):
    client.force_login(journalist)
    found(QuoteFactory, 0.95)
    found(OutcomeFactory, 0.4, rule="number-before-noun")
    page = client.get(reverse("admin:review-queue")).content.decode()
    assert "said after quote · 0.95" in page
    assert "Doubtful: number before noun · 0.4" in page


@pytest.mark.parametrize(
    ("band", "shown"),
    [("low", [0.2, 0.59]), ("medium", [0.6, 0.89]), ("high", [0.9, 1.0]), ("none", [None])],
)
def test_a_list_filters_by_how_sure_the_importer_was(admin_client, band, shown):
    for confidence in (0.2, 0.59, 0.6, 0.89, 0.9, 1.0, None):
        found(QuoteFactory, confidence)
    response = admin_client.get(admin_url(Quote, "changelist"), {"confidence": band})
    listed = response.context["cl"].result_list
    assert sorted(q.confidence for q in listed if q.confidence is not None) == [
        c for c in shown if c is not None
    ]
    assert len(listed) == len(shown)


def test_a_list_filters_by_the_rule_that_found_a_record(admin_client):
    wanted = found(OutcomeFactory, 0.8, rule="number-before-noun")
    found(OutcomeFactory, 0.8, rule="count-in-words")
    response = admin_client.get(admin_url(Outcome, "changelist"), {"rule": "number-before-noun"})
    assert list(response.context["cl"].result_list) == [wanted]
    assert "count in words" in response.content.decode()  # the filter's choices, readable


def test_a_journalist_sees_the_importers_rule_and_confidence_in_the_list(client, journalist):
    client.force_login(journalist)
    found(QuoteFactory, 0.95)
    page = client.get(admin_url(Quote, "changelist")).content.decode()
    assert "Found by, how sure" in page
    assert "said after quote · 0.95" in page


def test_the_list_sorts_by_confidence(admin_client):
    middling, unsure, sure = (found(QuoteFactory, c) for c in (0.7, 0.2, 0.95))
    column = admin_client.get(admin_url(Quote, "changelist")).context["cl"].list_display
    order = column.index("found_by")  # the changelist counts its checkbox column as 0
    response = admin_client.get(admin_url(Quote, "changelist"), {"o": str(order)})
    assert list(response.context["cl"].result_list) == [unsure, middling, sure]


def test_records_awaiting_review_are_listed_least_sure_first(admin_client):
    sure = found(QuoteFactory, 0.95, minutes_ago=30)
    unsure = found(QuoteFactory, 0.2, minutes_ago=1)
    response = admin_client.get(
        admin_url(Quote, "changelist"), {"review_status__exact": ReviewStatus.EXTRACTED}
    )
    assert list(response.context["cl"].result_list) == [unsure, sure]


def test_a_list_runs_as_many_queries_for_thirty_records_as_for_one(
    client, journalist, django_assert_max_num_queries
):
    client.force_login(journalist)
    url = admin_url(Quote, "changelist") + "?confidence=low"
    found(QuoteFactory, 0.5)
    client.get(url)
    few = queries_for(client, url)
    for n in range(30):
        found(QuoteFactory, n / 30, rule=f"rule-{n % 3}")
    with django_assert_max_num_queries(few):
        assert client.get(url).status_code == 200


def test_the_articles_page_marks_the_records_the_importer_doubted(admin_client):
    article = ArticleFactory()
    found(QuoteFactory, 0.3, article=article)
    page = admin_client.get(reverse("admin:articles_article_change", args=[article.pk]))
    content = page.content.decode()
    assert "cf-doubtful-row" in content
    assert "Doubtful: said after quote · 0.3" in content


def test_the_articles_page_does_not_mark_a_sure_record(admin_client):
    article = ArticleFactory()
    found(QuoteFactory, 0.95, article=article)
    page = admin_client.get(reverse("admin:articles_article_change", args=[article.pk]))
    assert "cf-doubtful-row" not in page.content.decode()


def test_verify_everything_left_names_the_doubtful_records(admin_client):
    article = ArticleFactory()
    found(QuoteFactory, 0.3, article=article)
    page = admin_client.get(reverse("admin:articles_article_verify_rest", args=[article.pk]))
    assert "1 doubtful" in page.content.decode()
