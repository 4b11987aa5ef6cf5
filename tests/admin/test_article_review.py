"""Reviewing an article's records without leaving the story: a record verified, rejected and
undone from its row on the article's page (with the script and without), everything left in the
article verified after one confirmation, and "Save as verified by me" going on down the article.
Every test runs as a journalist."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from articles.models import Article
from casefiles.admin.article_review import LISTED_PER_KIND
from casefiles.article_review import VERIFIED_WITH_THE_REST, next_awaiting
from casefiles.models import (
    Appearance,
    OperationMention,
    Outcome,
    Person,
    Quote,
    ReviewStatus,
)
from tests.admin.helpers import admin_url, queries_for
from tests.admin_factories import form_data, records_of_every_kind
from tests.factories import (
    AppearanceFactory,
    ArticleFactory,
    OperationMentionFactory,
    OutcomeFactory,
    QuoteFactory,
)

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


def review_url(record, seen, *, undo=False):
    url = reverse(f"admin:casefiles_{record._meta.model_name}_review", args=[record.pk])
    return f"{url}?seen={seen}" + ("&undo=1" if undo else "")


@pytest.fixture
def signed_in(client, journalist):
    client.force_login(journalist)
    return client


# --- One record, from its row ---------------------------------------------------------------------


def test_verify_in_place_answers_with_the_rows_new_state_and_an_undo(signed_in, journalist):
    article = ArticleFactory()
    quote, *_ = records_of_every_kind(article)
    response = signed_in.post(review_url(quote, "extracted"), {"status": "verified"}, **JSON)
    assert response.status_code == 200
    answer = response.json()
    quote.refresh_from_db()
    assert (quote.review_status, quote.reviewed_by) == (ReviewStatus.VERIFIED, journalist)
    assert answer["status"] == "verified"
    assert answer["awaiting"] == 3
    assert f'id="review-quote-{quote.pk}"' in answer["cell"]
    assert "Verified by journalist" in answer["cell"]
    assert 'value="extracted"' in answer["cell"] and ">Undo</button>" in answer["cell"]
    assert "marked verified" in answer["message"]


def test_undo_puts_the_record_back_and_its_history_says_so(signed_in, journalist):
    figure = OutcomeFactory()
    signed_in.post(review_url(figure, "extracted"), {"status": "rejected"}, **JSON)
    response = signed_in.post(
        review_url(figure, "rejected", undo=True), {"status": "extracted"}, **JSON
    )
    assert response.status_code == 200
    figure.refresh_from_db()
    assert (figure.review_status, figure.reviewed_by) == (ReviewStatus.EXTRACTED, None)
    reasons = [entry.history_change_reason for entry in figure.history.order_by("history_date")]
    assert reasons[-2:] == ["Marked rejected", "Undone: back to extracted (not yet checked)"]
    assert figure.history.latest().history_user == journalist
    # Back as the page first showed it: Verify and Reject again.
    assert ">Verify</button>" in response.json()["cell"]
    assert ">Reject</button>" in response.json()["cell"]


def test_a_review_someone_else_overtook_changes_nothing(signed_in, admin_user):
    mention = OperationMentionFactory()
    mention.review(ReviewStatus.REJECTED, admin_user)
    response = signed_in.post(review_url(mention, "extracted"), {"status": "verified"}, **JSON)
    assert response.status_code == 409
    assert "someone else marked it “rejected”" in response.json()["message"]
    mention.refresh_from_db()
    assert (mention.review_status, mention.reviewed_by) == (ReviewStatus.REJECTED, admin_user)
    # The row shows what stands now.
    assert "Rejected by admin" in response.json()["cell"]


def test_without_the_script_a_review_comes_back_to_the_row_offering_undo(signed_in):
    article = ArticleFactory()
    _, _, appearance, _ = records_of_every_kind(article)
    response = signed_in.post(review_url(appearance, "extracted"), {"status": "verified"})
    anchor = f"review-appearance-{appearance.pk}"
    assert response.url == (
        f"{admin_url(Article, 'change', article.pk)}"
        f"?reviewed=appearance.{appearance.pk}.extracted#{anchor}"
    )
    page = signed_in.get(response.url)
    assert "marked verified" in [str(m) for m in page.context["messages"]][0]
    html = page.content.decode()
    row = html[html.index(f'id="{anchor}"') :]
    assert ">Undo</button>" in row[: row.index("</span></span>")]
    # Every other row still offers Verify and Reject.
    assert html.count(">Undo</button>") == 1


def test_the_review_buttons_submit_the_form_outside_the_articles_own(signed_in):
    article = ArticleFactory()
    records_of_every_kind(article)
    html = signed_in.get(admin_url(Article, "change", article.pk)).content.decode()
    main_form_ends = html.index("</form>", html.index('id="article_form"'))
    assert html.index('<form id="cf-review" method="post"') > main_form_ends
    assert html.count('form="cf-review"') == 8
    assert "js/casefiles-admin-review.js" in html
    assert "Verify everything left (<span data-awaiting>4</span>)" in html


def test_reviewing_a_record_needs_the_right_to_change_it(client, django_user_model):
    reader = django_user_model.objects.create_user("desk", password="x", is_staff=True)
    reader.user_permissions.add(Permission.objects.get(codename="view_quote"))
    client.force_login(reader)
    quote = QuoteFactory()
    assert client.post(review_url(quote, "extracted"), {"status": "verified"}).status_code == 403
    quote.refresh_from_db()
    assert quote.review_status == ReviewStatus.EXTRACTED


def test_a_review_is_only_ever_posted(signed_in):
    quote = QuoteFactory()
    assert signed_in.get(review_url(quote, "extracted")).status_code == 405
    assert signed_in.post(review_url(quote, "maybe"), {"status": "verified"}).status_code == 400


# --- Everything left in the article ---------------------------------------------------------------


def test_verify_everything_left_lists_what_it_will_mark_before_marking_it(signed_in):
    article = ArticleFactory()
    records_of_every_kind(article)
    url = reverse("admin:articles_article_verify_rest", args=[article.pk])
    page = signed_in.get(url)
    assert page.status_code == 200
    assert [(kind["name"], kind["count"]) for kind in page.context["kinds"]] == [
        ("quote", 1),
        ("figure", 1),
        ("person named", 1),
        ("operation named", 1),
    ]
    html = page.content.decode()
    assert "not verified by this" in html
    assert "Yes, verify these 4 records" in html
    # Only looking changes nothing.
    assert not Quote.objects.filter(review_status=ReviewStatus.VERIFIED).exists()


def test_the_confirmation_runs_the_same_queries_however_many_records_await(signed_in):
    article = ArticleFactory()
    records_of_every_kind(article)
    url = reverse("admin:articles_article_verify_rest", args=[article.pk])
    signed_in.get(url)
    with_one_of_each = queries_for(signed_in, url)
    body = article.body
    for n in range(1, 6):
        for factory, text in (
            (QuoteFactory, '"We moved proactively to stop them'),
            (AppearanceFactory, "Det Chief Insp Lewis Basfor"),
            (OperationMentionFactory, "Operation Erasur"),
        ):
            start = body.index(text)
            factory(article=article, start=start, end=start + len(text) - n, text=text[:-n])
    assert queries_for(signed_in, url) == with_one_of_each


def test_the_confirmation_names_a_bounded_number_of_records(signed_in):
    article = ArticleFactory(body="Operation Erasure. " * (LISTED_PER_KIND + 5))
    for n in range(LISTED_PER_KIND + 5):
        start = n * len("Operation Erasure. ")
        OperationMentionFactory(
            article=article, start=start, end=start + 17, text="Operation Erasure"
        )
    page = signed_in.get(reverse("admin:articles_article_verify_rest", args=[article.pk]))
    (kind,) = page.context["kinds"]
    assert (kind["count"], len(kind["records"]), kind["more"]) == (25, LISTED_PER_KIND, 5)
    assert "… and 5 more down the text." in page.content.decode()


def test_verify_everything_left_marks_the_articles_records_only(signed_in, journalist, admin_user):
    article = ArticleFactory()
    quote, figure, appearance, mention = records_of_every_kind(article)
    figure.review(ReviewStatus.REJECTED, admin_user)
    elsewhere = QuoteFactory()
    url = reverse("admin:articles_article_verify_rest", args=[article.pk])
    response = signed_in.post(url, {"expected": "3"}, follow=True)
    assert response.redirect_chain[-1][0] == admin_url(Article, "change", article.pk)
    said = [str(m) for m in response.context["messages"]]
    assert said[0] == "3 records verified: 1 quote, 1 person named, 1 operation named."
    for record in (quote, appearance, mention):
        record.refresh_from_db()
        assert (record.review_status, record.reviewed_by) == (ReviewStatus.VERIFIED, journalist)
        assert record.history.latest().history_change_reason == VERIFIED_WITH_THE_REST
    figure.refresh_from_db()
    elsewhere.refresh_from_db()
    assert figure.review_status == ReviewStatus.REJECTED
    assert elsewhere.review_status == ReviewStatus.EXTRACTED
    # The people, organisations and operations they name are left to their own review.
    assert Person.objects.get(pk=quote.speaker_id).review_status == ReviewStatus.EXTRACTED
    assert mention.operation.review_status == ReviewStatus.EXTRACTED


def test_verify_everything_left_asks_again_when_the_article_changed_meanwhile(signed_in):
    article = ArticleFactory()
    records_of_every_kind(article)
    url = reverse("admin:articles_article_verify_rest", args=[article.pk])
    response = signed_in.post(url, {"expected": "3"})
    assert response.status_code == 200
    assert response.context["changed"]
    assert "Yes, verify these 4 records" in response.content.decode()
    for model in (Quote, Outcome, Appearance, OperationMention):
        assert not model.objects.filter(review_status=ReviewStatus.VERIFIED).exists()


def test_after_the_last_record_the_page_offers_the_next_article(signed_in):
    article, waiting = ArticleFactory(), ArticleFactory(headline="Cannabis farm found")
    records_of_every_kind(article)
    OutcomeFactory(article=waiting)
    url = reverse("admin:articles_article_verify_rest", args=[article.pk])
    response = signed_in.post(url, {"expected": "4"}, follow=True)
    said = [str(m) for m in response.context["messages"]]
    next_url = admin_url(Article, "change", waiting.pk)
    offer = f'Next article with records awaiting review: <a href="{next_url}">'
    assert offer in said[1] and "Cannabis farm found" in said[1]
    assert offer in response.content.decode()


# --- "Save as verified by me" down the article ----------------------------------------------------


def test_next_awaiting_follows_the_text_whatever_the_kind():
    article = ArticleFactory()
    quote, figure, appearance, mention = records_of_every_kind(article)
    # Down the invented text: the figure, the operation, the person, then the quote.
    assert next_awaiting(figure) == mention
    assert next_awaiting(mention) == appearance
    assert next_awaiting(appearance) == quote
    # Past the last one, back to the top.
    assert next_awaiting(quote) == figure
    mention.review(ReviewStatus.VERIFIED, None)
    assert next_awaiting(figure) == appearance


def test_save_as_verified_on_the_last_record_goes_back_to_its_article(signed_in):
    article, waiting = ArticleFactory(), ArticleFactory(headline="Cannabis farm found")
    figure = OutcomeFactory(article=article)
    AppearanceFactory(article=waiting)
    url = admin_url(Outcome, "change", figure.pk)
    data = form_data(signed_in.get(url)) | {"_verify": "Save as verified by me"}
    response = signed_in.post(url, data, follow=True)
    assert response.redirect_chain[-1][0] == admin_url(Article, "change", article.pk)
    said = [str(m) for m in response.context["messages"]]
    assert said[0] == "Figure “More than 70 people have been arrested” verified."
    assert "Cannabis farm found" in said[1]
