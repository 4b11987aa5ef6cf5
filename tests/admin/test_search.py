"""Admin search finds an article by its text through the reader search's index, in the article
list and in every article picker, and operations and organisations by their other names."""

import pytest
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article, ArticleStatus
from casefiles import search
from casefiles.models import CaseFile, Operation, Organisation
from tests.admin.helpers import admin_url
from tests.factories import ArticleFactory, OperationFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

# Invented stories: the searched words are in the text, never in the headline or byline.
RAPTOR = (
    "Harbour patrols stepped up\n\n"
    "Officers working on Operation Raptor searched three vans at the port on Tuesday.\n\n"
    'Det Insp Lewis Basford said: "We will keep coming back until the lorries stop."\n'
)
ALLOTMENT = (
    "Allotment sheds broken into\n\n"
    "Tools were taken from twelve sheds overnight, the parish council said.\n"
)

HOSTILE = [
    '"',
    "'",
    "*",
    '"Raptor',
    "Raptor*",
    "Raptor AND",
    "AND OR NOT",
    "NEAR(Raptor Basford)",
    "body:Raptor",
    "Raptor\x00",
    "\x00",
    "a & b | !c",
    "' OR '1'='1",
    "(",
    "-",
    "^Raptor",
    "x" * 2000,
    "Rapt" + "ö" * 70,
]


AUTOCOMPLETE = "/admin/autocomplete/"


def picker(model_name, field_name):
    """The parameters an autocomplete widget on a case-file field sends with what is typed."""
    return {"app_label": "casefiles", "model_name": model_name, "field_name": field_name}


def changelist_hits(client, model, term):
    response = client.get(admin_url(model, "changelist"), {"q": term})
    assert response.status_code == 200
    return set(response.context["cl"].result_list)


def picked(client, model_name, field_name, term):
    response = client.get(AUTOCOMPLETE, picker(model_name, field_name) | {"term": term})
    assert response.status_code == 200
    return {int(result["id"]) for result in response.json()["results"]}


@pytest.fixture
def stories():
    raptor = ArticleFactory(headline="Harbour patrols stepped up", byline="", body=RAPTOR)
    allotment = ArticleFactory(headline="Allotment sheds broken into", byline="", body=ALLOTMENT)
    search.rebuild()
    return raptor, allotment


@pytest.mark.parametrize("term", ["Raptor", "basford", "Rapt", "lorry", "Basford Raptor"])
def test_the_article_list_finds_an_article_by_a_word_of_its_text(admin_client, stories, term):
    raptor, _ = stories
    assert changelist_hits(admin_client, Article, term) == {raptor}


def test_the_headline_is_still_searched_as_typed(admin_client, stories):
    _, allotment = stories
    assert changelist_hits(admin_client, Article, "sheds broken") == {allotment}
    assert changelist_hits(admin_client, Article, "zebra") == set()


def test_a_draft_article_is_found_by_its_text(admin_client, stories):
    raptor, _ = stories
    Article.objects.filter(pk=raptor.pk).update(status=ArticleStatus.DRAFT)
    assert changelist_hits(admin_client, Article, "Raptor") == {raptor}


def test_the_case_file_article_picker_finds_an_article_by_its_text(admin_client, stories):
    raptor, _ = stories
    assert picked(admin_client, "casefile", "articles", "Raptor") == {raptor.pk}
    assert picked(admin_client, "casefile", "articles", "Basf") == {raptor.pk}
    assert picked(admin_client, "casefile", "articles", "parish") == {stories[1].pk}


def test_the_case_file_picker_for_articles_is_an_autocomplete():
    assert "articles" in admin.site._registry[CaseFile].autocomplete_fields


def test_an_operation_is_found_by_another_name(admin_client):
    booth = OperationFactory(name="Operation Booth", aliases=["Project Sceptre", "Op Boothe"])
    OperationFactory(name="Operation Erasure")
    assert changelist_hits(admin_client, Operation, "sceptre") == {booth}
    assert picked(admin_client, "casefile", "operations", "Boothe") == {booth.pk}


def test_an_organisation_is_found_by_another_name(admin_client):
    met = OrganisationFactory(name="Metropolitan Police Service", aliases=["Scotland Yard"])
    OrganisationFactory(name="Essex Police")
    assert changelist_hits(admin_client, Organisation, "scotland yard") == {met}


@pytest.mark.parametrize("term", HOSTILE)
def test_a_hostile_search_answers_and_never_fails(admin_client, stories, term):
    # The admin refuses any address holding a NUL character before it searches.
    expected = 400 if "\x00" in term else 200
    for url, query in [
        (admin_url(Article, "changelist"), {"q": term}),
        (AUTOCOMPLETE, picker("casefile", "articles") | {"term": term}),
        (admin_url(Operation, "changelist"), {"q": term}),
    ]:
        assert admin_client.get(url, query).status_code == expected, (url, term)


def test_a_search_of_the_article_list_costs_the_same_however_many_rows_match(admin_client):
    def queries(term):
        with CaptureQueriesContext(connection) as context:
            response = admin_client.get(admin_url(Article, "changelist"), {"q": term})
        assert response.status_code == 200
        return len(context), len(response.context["cl"].result_list)

    ArticleFactory(headline="One story", byline="", body=RAPTOR)
    for n in range(20):
        ArticleFactory(headline=f"Story {n}", byline="", body=ALLOTMENT)
    search.rebuild()
    one, found_one = queries("Raptor")
    twenty, found_twenty = queries("parish")
    assert (found_one, found_twenty) == (1, 20)
    assert one == twenty
