"""The newsroom admin: every page opens in a fixed number of queries, the article text shows what
was found in it, and extracted records keep their review trail."""

from datetime import timedelta
from html.parser import HTMLParser

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, ArticleStatus, ImportRun, Publication
from casefiles.admin_helpers import PreviewSpan, highlight_body
from casefiles.models import (
    Appearance,
    CaseFile,
    Operation,
    OperationMention,
    Organisation,
    Outcome,
    Person,
    Quote,
    ReviewStatus,
)
from tests.admin_factories import (
    ImportRunFactory,
    LinkedCaseFileFactory,
    QuoteAboutOperationFactory,
    form_data,
    records_of_every_kind,
)
from tests.factories import (
    AppearanceFactory,
    ArticleFactory,
    OperationFactory,
    OperationMentionFactory,
    OrganisationFactory,
    OutcomeFactory,
    PersonFactory,
    PublicationFactory,
    QuoteFactory,
)

pytestmark = pytest.mark.django_db

# How to make one row of each model, with the related rows its changelist shows.
BUILDERS = {
    Publication: PublicationFactory,
    Article: ArticleFactory,
    ImportRun: ImportRunFactory,
    Organisation: lambda: OrganisationFactory(parent=OrganisationFactory()),
    Person: lambda: PersonFactory(organisation=OrganisationFactory()),
    Operation: lambda: OperationFactory(follows=OperationFactory()),
    CaseFile: LinkedCaseFileFactory,
    Quote: QuoteAboutOperationFactory,
    Outcome: lambda: OutcomeFactory(operation=OperationFactory()),
    Appearance: lambda: AppearanceFactory(organisation=OrganisationFactory()),
    OperationMention: OperationMentionFactory,
}
MODELS = list(BUILDERS)
PAGE_QUERY_LIMIT = 20


def admin_url(model, view, *args):
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args)


def page_url(model, view):
    if view == "change":
        return admin_url(model, view, BUILDERS[model]().pk)
    BUILDERS[model]()
    return admin_url(model, view)


@pytest.fixture(params=["superuser", "journalist"])
def staff_client(request, client, admin_user, journalist):
    client.force_login(admin_user if request.param == "superuser" else journalist)
    client.role = request.param
    return client


def queries_for(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context)


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.model_name)
@pytest.mark.parametrize("view", ["changelist", "add", "change"])
def test_every_admin_page_opens_for_staff(staff_client, model, view, django_assert_max_num_queries):
    url = page_url(model, view)
    with django_assert_max_num_queries(PAGE_QUERY_LIMIT):
        response = staff_client.get(url)
    import_run_is_written_by_the_importer = model is ImportRun and view == "add"
    assert response.status_code == (403 if import_run_is_written_by_the_importer else 200)


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.model_name)
def test_changelist_runs_the_same_queries_for_one_row_and_for_thirty(staff_client, model):
    BUILDERS[model]()
    url = admin_url(model, "changelist")
    staff_client.get(url)  # warm per-process caches (content types)
    one_row = queries_for(staff_client, url)
    for _ in range(29):
        BUILDERS[model]()
    response = staff_client.get(url)
    shown = response.context["cl"].result_count
    assert shown >= 30
    assert queries_for(staff_client, url) == one_row


def test_article_page_runs_the_same_queries_however_many_records_it_holds(admin_client):
    article = ArticleFactory()
    records_of_every_kind(article)
    url = admin_url(Article, "change", article.pk)
    admin_client.get(url)
    with_one_of_each = queries_for(admin_client, url)
    body = article.body
    for n in range(9):
        # Further records need spans of their own: the same passage, one character shorter.
        for factory, text in (
            (QuoteAboutOperationFactory, '"We moved proactively to stop them'),
            (OutcomeFactory, "More than 70 people have been arreste"),
            (AppearanceFactory, "Det Chief Insp Lewis Basfor"),
            (OperationMentionFactory, "Operation Erasur"),
        ):
            start = body.index(text)
            factory(
                article=article, start=start, end=start + len(text) - n, text=text[: len(text) - n]
            )
    assert queries_for(admin_client, url) == with_one_of_each


# --- The article text ---------------------------------------------------------------------------


class _Markup(HTMLParser):
    """Checks that tags nest and collects the text outside the record tags."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open, self.text, self.errors = [], [], []

    def handle_starttag(self, tag, attrs):
        self.open.append((tag, dict(attrs).get("class", "")))

    def handle_endtag(self, tag):
        if not self.open or self.open[-1][0] != tag:
            self.errors.append(tag)
        else:
            self.open.pop()

    def handle_data(self, data):
        if not any("cf-tag" in classes for _, classes in self.open):
            self.text.append(data)


def test_crossing_and_nested_spans_keep_the_markup_well_formed():
    body = "Det Supt Smith said Operation Erasure made 70 arrests in Southend."
    spans = [
        PreviewSpan(0, 40, "quote", "verified", "Quote", "/q/"),
        PreviewSpan(20, 37, "operation", "extracted", "Operation", "/o/"),
        PreviewSpan(30, 52, "figure", "rejected", "Figure", "/f/"),
        PreviewSpan(0, 14, "person", "verified", "Person", "/p/"),
    ]
    markup = _Markup()
    markup.feed(highlight_body(body, spans))
    markup.close()
    assert markup.errors == [] and markup.open == []
    assert "".join(markup.text) == body


def test_rejected_passages_are_struck_through_and_each_record_is_tagged_by_kind():
    body = "Operation Erasure made 70 arrests."
    html = highlight_body(
        body,
        [
            PreviewSpan(0, 17, "operation", "verified", "Operation: Erasure", "/o/"),
            PreviewSpan(23, 33, "figure", "rejected", "Figure: 70 arrests", "/f/"),
        ],
    )
    assert '<mark class="cf-hl cf-hl-figure cf-hl-rejected"' in html
    assert '<a class="cf-tag cf-tag-operation" href="/o/"' in html


def test_article_text_shows_hostile_markup_as_text(admin_client):
    body = (
        '<script>alert("owned")</script>\n\nMore than 70 people were arrested in Operation Erasure.'
    )
    article = ArticleFactory(body=body)
    start = body.index("Operation Erasure")
    OperationMentionFactory(
        article=article,
        start=start,
        end=start + len("Operation Erasure"),
        text="Operation Erasure",
        operation=OperationFactory(name='Op <img src=x onerror="alert(1)">'),
    )
    response = admin_client.get(admin_url(Article, "change", article.pk))
    content = response.content.decode()
    assert "<script>alert" not in content
    assert "&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt;" in content
    assert "<img src=x" not in content
    assert '<mark class="cf-hl cf-hl-operation cf-hl-extracted"' in content


def test_article_text_cannot_be_changed_once_imported(admin_client):
    article = ArticleFactory(status=ArticleStatus.DRAFT)
    url = admin_url(Article, "change", article.pk)
    data = form_data(admin_client.get(url))
    assert "body" not in data
    data |= {"headline": "Raids in Southend", "body": "Something else entirely."}
    assert admin_client.post(url, data).status_code == 302
    article.refresh_from_db()
    assert article.headline == "Raids in Southend"
    assert article.body.startswith("Raids In Southend")


def test_article_text_is_given_when_adding_an_article(admin_client):
    data = form_data(admin_client.get(admin_url(Article, "add")))
    data |= {
        "headline": "Cannabis farm found",
        "slug": "cannabis-farm-found",
        "source_name": "typed-in.txt",
        "body": "Cannabis farm found\n\nPolice found 300 plants.",
    }
    assert admin_client.post(admin_url(Article, "add"), data).status_code == 302
    assert Article.objects.get(source_name="typed-in.txt").body.endswith("300 plants.")


def test_view_on_site_opens_a_draft_article_for_staff(admin_client):
    article = ArticleFactory(status=ArticleStatus.DRAFT)
    response = admin_client.get(admin_url(Article, "change", article.pk))
    view_on_site = response.context["absolute_url"]
    response = admin_client.get(view_on_site, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0].endswith(article.get_absolute_url())


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


# --- Saving extracted records -------------------------------------------------------------------


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


def test_save_as_verified_opens_the_next_record_awaiting_review(client, journalist):
    client.force_login(journalist)
    first, second = AppearanceFactory(), AppearanceFactory()
    url = admin_url(Appearance, "change", first.pk)
    data = form_data(client.get(url)) | {"_verify": "Save as verified by me"}
    response = client.post(url, data)
    assert response.url == admin_url(Appearance, "change", second.pk)
    first.refresh_from_db()
    assert (first.review_status, first.reviewed_by) == (ReviewStatus.VERIFIED, journalist)


def test_records_changed_alongside_their_article_are_marked_edited(client, journalist):
    client.force_login(journalist)
    article = ArticleFactory()
    quote, outcome, *_ = records_of_every_kind(article)
    url = admin_url(Article, "change", article.pk)
    basford = PersonFactory(name="Lewis Basford")
    data = form_data(client.get(url))
    data |= {"quotes-0-speaker": basford.pk, "outcomes-0-review_status": "verified"}
    assert client.post(url, data).status_code == 302
    quote.refresh_from_db()
    outcome.refresh_from_db()
    assert quote.edited and quote.speaker == basford
    assert outcome.reviewed_by == journalist and not outcome.edited


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


# --- Bulk review --------------------------------------------------------------------------------


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


# --- The review queue ---------------------------------------------------------------------------


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
    assert [row["record"] for row in response.context["rows"]] == [oldest, middle, newest]


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
    assert client.get(url).context["rows"] == []


def test_review_queue_refuses_a_verify_without_a_record(client, journalist):
    client.force_login(journalist)
    url = reverse("admin:review-queue")
    assert client.post(url, {"kind": "quote", "pk": "", "status": "verified"}).status_code == 400


def test_admin_index_puts_case_files_first_and_links_the_review_queue(client, journalist):
    client.force_login(journalist)
    QuoteFactory()
    response = client.get(reverse("admin:index"))
    app_list = response.context["app_list"]
    assert [app["app_label"] for app in app_list] == ["casefiles", "articles"]
    assert [m["object_name"] for m in app_list[0]["models"]][:3] == [
        "CaseFile",
        "Operation",
        "Person",
    ]
    summary = {row["name"]: row["count"] for row in response.context["review_summary"]}
    assert summary["quotes"] == 1
    assert reverse("admin:review-queue") in response.content.decode()
    assert "Casefiles newsroom" in response.content.decode()
