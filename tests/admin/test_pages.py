"""Every admin page opens for staff in a fixed number of queries, and the site lists case files
first with a link to the review queue."""

import pytest
from django.urls import reverse

from articles.models import Article, ArticleStatus, ImportItem, ImportRun, Publication
from casefiles.models import (
    Appearance,
    CaseFile,
    Operation,
    OperationMention,
    Organisation,
    Outcome,
    Person,
    Quote,
)
from tests.admin.helpers import admin_url, queries_for
from tests.admin_factories import (
    ImportItemFactory,
    ImportRunFactory,
    LinkedCaseFileFactory,
    QuoteAboutOperationFactory,
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
    ImportItem: ImportItemFactory,
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


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.model_name)
@pytest.mark.parametrize("view", ["changelist", "add", "change"])
def test_every_admin_page_opens_for_staff(staff_client, model, view, django_assert_max_num_queries):
    url = page_url(model, view)
    with django_assert_max_num_queries(PAGE_QUERY_LIMIT):
        response = staff_client.get(url)
    import_run_is_written_by_the_importer = model in (ImportRun, ImportItem) and view == "add"
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


def test_article_page_runs_the_same_queries_however_many_records_it_holds(staff_client):
    article = ArticleFactory()
    records_of_every_kind(article)
    url = admin_url(Article, "change", article.pk)
    staff_client.get(url)
    with_one_of_each = queries_for(staff_client, url)
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
    assert queries_for(staff_client, url) == with_one_of_each


def test_view_on_site_opens_a_draft_article_for_staff(admin_client):
    article = ArticleFactory(status=ArticleStatus.DRAFT)
    response = admin_client.get(admin_url(Article, "change", article.pk))
    view_on_site = response.context["absolute_url"]
    response = admin_client.get(view_on_site, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0].endswith(article.get_absolute_url())


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


def test_admin_pages_carry_the_site_icon(client, journalist):
    client.force_login(journalist)
    html = client.get(reverse("admin:index")).content.decode()
    assert 'rel="icon"' in html and "favicon" in html
