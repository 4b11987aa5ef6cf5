"""A person's, organisation's or operation's page says where it is used, newest first and bounded,
and its list links each count to the records counted and filters by use."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article
from casefiles.admin.usage import SHOWN, USES
from casefiles.models import Appearance, Operation, Organisation, Person, Quote
from tests.admin.helpers import admin_url, queries_for
from tests.factories import (
    AppearanceFactory,
    ArticleFactory,
    CaseFileFactory,
    OperationFactory,
    OperationMentionFactory,
    OrganisationFactory,
    OutcomeFactory,
    PersonFactory,
    QuoteFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in(client, journalist):
    client.force_login(journalist)
    return client


def used_person(times):
    """A person named, quoted, sentenced and followed by a case file, each `times` times."""
    person = PersonFactory()
    for _ in range(times):
        article = ArticleFactory()
        AppearanceFactory(person=person, article=article)
        QuoteFactory(speaker=person, article=article)
        OutcomeFactory(person=person, article=article, metric="sentence")
        CaseFileFactory().people.add(person)
    return person


def sections(response):
    return {section.label: section for section in response.context["where_used"]}


def test_a_person_page_lists_the_newest_of_each_use_with_the_total_and_a_link_to_all(signed_in):
    person = used_person(SHOWN + 2)
    response = signed_in.get(admin_url(Person, "change", person.pk))
    shown = sections(response)
    assert list(shown) == ["appearances", "quotes", "figures", "case files", "articles"]
    for section in shown.values():
        assert section.total == SHOWN + 2
        assert len(section.rows) == SHOWN
    newest_quote = Quote.objects.filter(speaker=person).latest("created", "pk")
    assert shown["quotes"].rows[0][0] == admin_url(Quote, "change", newest_quote.pk)
    page = response.content.decode()
    assert "Where it is used" in page
    assert f"all {SHOWN + 2} →" in page
    assert shown["quotes"].url == f"{admin_url(Quote, 'changelist')}?speaker__id__exact={person.pk}"


@pytest.mark.parametrize("kind", ["appearances", "quotes", "figures", "case files", "articles"])
def test_all_of_a_use_opens_its_list_filtered_to_the_record(signed_in, kind):
    person = used_person(2)
    used_person(1)
    url = sections(signed_in.get(admin_url(Person, "change", person.pk)))[kind].url
    response = signed_in.get(url)
    assert response.status_code == 200
    assert response.context["cl"].result_count == 2
    assert person.name in response.content.decode() or kind != "case files"


def test_an_article_list_filtered_to_a_record_names_it_in_the_sidebar(signed_in):
    operation = OperationFactory(name="Operation Nightjar")
    mention = OperationMentionFactory(operation=operation)
    ArticleFactory()
    response = signed_in.get(f"{admin_url(Article, 'changelist')}?operation={operation.pk}")
    assert [row.pk for row in response.context["cl"].result_list] == [mention.article_id]
    assert "Operation Nightjar" in response.content.decode()


@pytest.mark.parametrize("value", ["abc", "²", "99999999999999999999", "-1"])
def test_an_article_filter_that_is_not_a_record_number_is_not_a_server_error(signed_in, value):
    response = signed_in.get(admin_url(Article, "changelist"), {"person": value})
    assert response.status_code in {302, 400}


def test_an_article_list_filtered_to_a_merged_away_record_is_empty(signed_in):
    ArticleFactory()
    response = signed_in.get(admin_url(Article, "changelist"), {"person": "4242"})
    assert response.context["cl"].result_count == 0


BUILDERS = {Person: used_person}


def used_organisation(times):
    organisation = OrganisationFactory()
    for _ in range(times):
        PersonFactory(organisation=organisation)
        OrganisationFactory(parent=organisation)
        OperationFactory(force=organisation)
        AppearanceFactory(organisation=organisation)
        OutcomeFactory(organisation=organisation)
    return organisation


def used_operation(times):
    operation = OperationFactory()
    for _ in range(times):
        OperationMentionFactory(operation=operation)
        QuoteFactory(operations=[operation])
        OutcomeFactory(operation=operation)
        OperationFactory(follows=operation)
        CaseFileFactory().operations.add(operation)
    return operation


BUILDERS = {Person: used_person, Organisation: used_organisation, Operation: used_operation}


@pytest.mark.parametrize("model", list(BUILDERS), ids=lambda m: m._meta.model_name)
def test_a_record_page_runs_the_same_queries_used_once_or_fifty_times(signed_in, model):
    once, often = BUILDERS[model](1), BUILDERS[model](50)
    signed_in.get(admin_url(model, "change", once.pk))  # warm per-process caches
    with CaptureQueriesContext(connection) as used_once:
        response = signed_in.get(admin_url(model, "change", once.pk))
    assert min(section.total for section in sections(response).values()) >= 1
    with CaptureQueriesContext(connection) as used_often:
        response = signed_in.get(admin_url(model, "change", often.pk))
    assert min(section.total for section in sections(response).values()) >= 50
    assert len(used_often) == len(used_once)


@pytest.mark.parametrize("model", list(BUILDERS), ids=lambda m: m._meta.model_name)
def test_every_link_to_a_record_is_a_use_the_admin_knows(model):
    """A new kind of link must be declared in USES, or the "unused" filter would call a record
    unused that is not, and its page would not show it."""
    pointing = {
        (relation.related_model, relation.field.name)
        for relation in model._meta.related_objects
        if not relation.related_model.__name__.startswith("Historical")
    }
    assert {(use.model, use.field) for use in USES[model]} == pointing


def test_person_list_counts_link_to_the_records_counted(signed_in):
    person = used_person(3)
    response = signed_in.get(admin_url(Person, "changelist"))
    page = response.content.decode()
    assert (
        f'href="{admin_url(Appearance, "changelist")}?person__id__exact={person.pk}">3</a>' in page
    )
    assert f'href="{admin_url(Quote, "changelist")}?speaker__id__exact={person.pk}">3</a>' in page


@pytest.mark.parametrize("model", list(BUILDERS), ids=lambda m: m._meta.model_name)
def test_the_use_filter_tells_used_from_unused(signed_in, model):
    used = BUILDERS[model](1)
    unused = BUILDERS[model](0)
    url = admin_url(model, "changelist")
    listed = {
        value: {row.pk for row in signed_in.get(url, {"use": value}).context["cl"].result_list}
        for value in ("used", "unused")
    }
    assert used.pk in listed["used"] and used.pk not in listed["unused"]
    assert unused.pk in listed["unused"] and unused.pk not in listed["used"]


@pytest.mark.parametrize("model", list(BUILDERS), ids=lambda m: m._meta.model_name)
def test_a_filtered_list_runs_the_same_queries_for_one_row_and_for_thirty(signed_in, model):
    BUILDERS[model](1)
    url = f"{admin_url(model, 'changelist')}?use=used&review_status__exact=extracted"
    signed_in.get(url)
    one_row = queries_for(signed_in, url)
    for _ in range(29):
        BUILDERS[model](1)
    assert signed_in.get(url).context["cl"].result_count >= 30
    assert queries_for(signed_in, url) == one_row
