"""The name pickers of the list filters: what /pick/…/?q= offers, and how a filter reads a
slug or a typed name."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape
from django.utils.text import slugify

from articles.models import ArticleStatus
from casefiles.models import Appearance, Person, PersonKind, Quote
from casefiles.models.entities import PICK_LIMIT
from casefiles.models.people import surname_of
from tests.factories import (
    AppearanceFactory,
    ArticleFactory,
    OperationFactory,
    OperationMentionFactory,
    OrganisationFactory,
    PersonFactory,
    QuoteFactory,
)
from tests.plans import plan

pytestmark = pytest.mark.django_db


def named(name, times=1, **fields):
    """A person a published article names `times` times."""
    person = PersonFactory(name=name, **fields)
    for _ in range(times):
        AppearanceFactory(person=person)
    return person


def offered(client, kind, text):
    response = client.get(reverse(f"casefiles:pick-{kind}"), {"q": text})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return [row["name"] for row in response.json()["results"]]


# --- What a picker offers ---------------------------------------------------------------------


def test_names_that_begin_so_come_first_then_the_most_named(client):
    named("Sam Ellery", times=1)
    named("Samira Okafor", times=3)
    named("Ruth Samuels", times=5)  # her surname begins so, not her name
    named("Tom Ellis", times=9)
    assert offered(client, "people", "sam") == ["Samira Okafor", "Sam Ellery", "Ruth Samuels"]


def test_a_surname_finds_the_person_and_letter_case_does_not_matter(client):
    named("Lewis Basford")
    assert offered(client, "people", "BASF") == ["Lewis Basford"]
    assert offered(client, "people", "lewis b") == ["Lewis Basford"]


def test_no_more_than_the_limit_is_offered(client):
    quoted_in_bulk([f"Alex Moss {n}" for n in range(PICK_LIMIT + 5)])
    assert len(offered(client, "people", "alex")) == PICK_LIMIT


def test_nothing_typed_offers_nothing(client):
    named("Lewis Basford")
    assert offered(client, "people", "  ") == []


def test_a_private_individual_is_never_offered_until_made_public(client):
    victim = named("Kerry Vance", kind=PersonKind.VICTIM)
    resident = named("Kerry Vale", kind=PersonKind.MEMBER_OF_PUBLIC, made_public=True)
    content = client.get(reverse("casefiles:pick-people"), {"q": "kerry"}).content.decode()
    assert resident.name in content
    assert victim.name not in content and victim.slug not in content


def test_someone_only_a_draft_names_is_not_offered(client):
    hidden = PersonFactory(name="Dana Hidden")
    AppearanceFactory(person=hidden, article=ArticleFactory(status=ArticleStatus.DRAFT))
    assert offered(client, "people", "dana") == []


def test_staff_are_offered_what_readers_are_not(admin_client):
    hidden = PersonFactory(name="Dana Hidden")
    AppearanceFactory(person=hidden, article=ArticleFactory(status=ArticleStatus.DRAFT))
    assert offered(admin_client, "people", "dana") == ["Dana Hidden"]


def test_an_operation_is_found_by_its_name_after_the_keyword(client):
    erasure = OperationFactory(name="Operation Erasure")
    OperationMentionFactory(operation=erasure)
    assert offered(client, "operations", "eras") == ["Operation Erasure"]
    assert offered(client, "operations", "operation e") == ["Operation Erasure"]


def test_an_organisation_is_found_with_or_without_the(client):
    met = OrganisationFactory(name="The Met")
    AppearanceFactory(organisation=met)
    assert offered(client, "organisations", "met") == ["The Met"]
    assert offered(client, "organisations", "the m") == ["The Met"]


def test_each_name_comes_with_what_tells_namesakes_apart(client):
    force = OrganisationFactory(name="Kent Police")
    AppearanceFactory(person=PersonFactory(name="Jo Hart", organisation=force), organisation=force)
    response = client.get(reverse("casefiles:pick-people"), {"q": "jo h"})
    (row,) = response.json()["results"]
    assert row == {"slug": "jo-hart", "name": "Jo Hart", "hint": "Kent Police"}


def test_a_picker_is_served_from_the_page_cache_for_readers(
    client, settings, django_assert_num_queries
):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()
    named("Lewis Basford")
    url = reverse("casefiles:pick-people") + "?q=bas"
    first = client.get(url)
    assert "public" in first["Cache-Control"] and first["ETag"]
    with django_assert_num_queries(1):  # the content version alone
        again = client.get(url)
    assert again.content == first.content
    cache.clear()


def test_a_picker_runs_a_fixed_number_of_queries(client, django_assert_num_queries):
    force = OrganisationFactory(name="Kent Police")
    quoted_in_bulk([f"Morgan Lee {n}" for n in range(30)])
    Person.objects.update(organisation=force)
    AppearanceFactory(organisation=force)
    # The content version, the people with the organisations that tell them apart; then which
    # of those readers may see, a tally (`tallies`) worked out anew here, with no cache, under
    # the versions of the lists.
    with django_assert_num_queries(4):
        assert len(offered(client, "people", "morgan")) == PICK_LIMIT


# --- Indexes ----------------------------------------------------------------------------------


def test_a_picker_reads_names_by_their_indexes():
    named("Lewis Basford")
    steps = plan(Person.objects.all().picked("bas"))
    for index in ("casefiles_person_name_lower", "surname", "alias_surname"):
        assert index in steps, steps


def test_a_typed_name_is_looked_up_by_the_index():
    steps = plan(Person.objects.named_exactly("Lewis Basford"))
    assert "casefiles_person_name_lower" in steps, steps


# --- Filters that take a slug or a typed name -------------------------------------------------


@pytest.fixture
def speakers():
    basford = named("Lewis Basford")
    quote = QuoteFactory(speaker=basford)
    other = QuoteFactory(speaker=named("Ann Other"))
    return basford, quote, other


def listed_quotes(client, query):
    response = client.get(reverse("casefiles:quote-list"), query)
    assert response.status_code == 200
    html = response.content.decode()
    return html, {int(pk) for pk in re.findall(r'href="/quotes/(\d+)/"', html)}


def test_a_slug_filters_and_the_box_shows_the_name(client, speakers):
    basford, quote, _ = speakers
    html, shown = listed_quotes(client, {"speaker": basford.slug})
    assert shown == {quote.pk}
    assert re.search(r'<input[^>]*name="speaker"[^>]*value="Lewis Basford"', html)
    assert f'data-slug="{basford.slug}"' in html


def test_a_typed_name_filters_without_a_script(client, speakers):
    _, quote, _ = speakers
    _, shown = listed_quotes(client, {"speaker": "lewis BASFORD"})
    assert shown == {quote.pk}


def test_the_first_letters_of_one_name_are_enough(client, speakers):
    _, quote, _ = speakers
    _, shown = listed_quotes(client, {"speaker": "Basf"})
    assert shown == {quote.pk}


def test_a_name_several_people_share_is_offered_as_a_choice(client, speakers):
    basford, _, _ = speakers
    kent = OrganisationFactory(name="Kent Police")
    namesake = named("Lewis Basford", organisation=kent)
    AppearanceFactory(person=namesake, organisation=kent)
    third = named("Lewis Basford")
    html, shown = listed_quotes(client, {"speaker": "Lewis Basford", "q": "raid", "page": "2"})
    assert shown == set()
    assert "Several people go by “Lewis Basford”: choose one" in html
    for person in (basford, namesake, third):
        assert f'href="?q=raid&amp;speaker={person.slug}"' in html
    assert "Kent Police" in html


def test_an_unknown_name_says_no_such_person(client, speakers):
    html, shown = listed_quotes(client, {"speaker": "Nobody Atall"})
    assert shown == set()
    assert escape("No person called “Nobody Atall” found.") in html


def test_a_private_individuals_name_finds_no_one(client):
    victim = named("Kerry Vance", kind=PersonKind.VICTIM)
    QuoteFactory(speaker=victim)
    for typed in (victim.name, victim.slug, "kerry"):
        html, shown = listed_quotes(client, {"speaker": typed})
        assert shown == set()
        assert "No person called" in html
    assert victim.slug not in html


def test_articles_by_a_typed_operation_name(client):
    erasure = OperationFactory(name="Operation Erasure")
    mention = OperationMentionFactory(operation=erasure)
    OperationMentionFactory(operation=OperationFactory(name="Operation Booth"))
    response = client.get(reverse("casefiles:article-list"), {"operation": "Erasure"})
    assert mention.article.headline in response.content.decode()
    assert response.context["page_obj"].paginator.count == 1


# --- Bounded forms ----------------------------------------------------------------------------


def quoted_in_bulk(names):
    """A person for each of `names`, each named and quoted once in one published article,
    written in bulk."""
    article = ArticleFactory(body="x" * (10 * len(names) + 10))
    people = Person.objects.bulk_create(
        Person(name=name, slug=slugify(name), surname=surname_of(name)) for name in names
    )
    for model in (Quote, Appearance):
        model.objects.bulk_create(
            model(article=article, start=10 * n, end=10 * n + 5, text="x" * 5, **{field: person})
            for n, person in enumerate(people)
            for field in ["speaker" if model is Quote else "person"]
        )


def quote_list_page(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("casefiles:quote-list"), {"speaker": "speaker-number-1"})
    assert response.status_code == 200
    return len(response.content), len(queries)


def test_the_quote_list_stays_small_and_its_queries_fixed_with_thousands_of_people(client):
    quoted_in_bulk([f"Speaker Number {n}" for n in range(30)])
    _, few_queries = quote_list_page(client)
    quoted_in_bulk([f"Another Speaker {n}" for n in range(2970)])
    size, queries = quote_list_page(client)
    assert size < 60_000
    assert queries == few_queries


def test_a_filter_form_offers_no_list_of_every_person(client, speakers):
    html = client.get(reverse("casefiles:quote-list")).content.decode()
    assert 'name="speaker"' in html and "<option" not in html.split('name="speaker"')[1][:200]
    assert 'data-pick="/pick/people/"' in html
