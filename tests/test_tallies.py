"""Counts kept while the content is unchanged, and pages read from the end of a long list."""

from datetime import UTC, datetime

import pytest
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import F

from casefiles.models import Outcome, Person
from casefiles.selectors import charted_ids
from casefiles.tallies import TalliedPaginator, count
from casefiles.versions import forget_versions
from tests.factories import ArticleFactory, OperationFactory, OutcomeFactory, PersonFactory

pytestmark = pytest.mark.django_db

UNDATED_EVERY = 4


@pytest.fixture
def figures():
    """Figures in articles that share dates, some undated: a list whose order has ties to break."""
    for n in range(23):
        day = None if n % UNDATED_EVERY == 0 else datetime(2020, 1, 1 + n % 3, tzinfo=UTC)
        article = ArticleFactory(published_at=day)
        OutcomeFactory(article=article)
        OutcomeFactory(article=article, passage_text="Raids In Southend", metric="raids")
    return Outcome.objects.newest_first().values_list("pk", flat=True)


@pytest.mark.parametrize("number", [1, 2, 3])
def test_a_page_read_from_the_end_holds_the_rows_read_from_the_start(figures, number):
    forward = Paginator(figures, 20).page(number)
    from_end = TalliedPaginator(figures, 20).page(number)
    assert list(from_end.object_list) == list(forward.object_list)


def test_the_last_page_is_read_from_the_end(figures, django_assert_num_queries):
    paginator = TalliedPaginator(figures, 20)
    paginator.count  # noqa: B018  (counted first, apart)
    with django_assert_num_queries(1) as queries:
        list(paginator.page(3).object_list)
    assert "OFFSET" not in queries.captured_queries[0]["sql"]


def test_the_last_page_is_asked_for_by_name_and_read_from_the_end(
    figures, django_assert_num_queries
):
    paginator = TalliedPaginator(figures, 20)
    paginator.count  # noqa: B018
    with django_assert_num_queries(1) as queries:
        page = paginator.get_page("last")
    assert list(page.object_list) == list(Paginator(figures, 20).page(3).object_list)
    assert page.number == 3
    assert "OFFSET" not in queries.captured_queries[0]["sql"]


def test_a_list_by_name_reads_the_same_pages_from_either_end():
    """People of the same name: a list by name alone could read them in any order, and a page
    read from the end repeat one and leave another out."""
    for _ in range(45):
        PersonFactory(name="Sam Jones")
    people = Person.objects.order_by("name")
    forward = [pk for n in (1, 2, 3) for pk in Paginator(people.order_by("name", "pk"), 20).page(n)]
    paginator = TalliedPaginator(people.values_list("pk", flat=True), 20)
    read = [pk for n in (1, 2, 3) for pk in paginator.page(n).object_list]
    assert read == [person.pk for person in forward]


@pytest.fixture
def real_cache(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()
    forget_versions()
    yield
    cache.clear()


def test_a_count_is_kept_until_the_content_changes(
    real_cache, figures, django_assert_num_queries, django_capture_on_commit_callbacks
):
    assert count(Outcome.objects.all()) == 46
    with django_assert_num_queries(1):  # the versions, not the rows
        assert count(Outcome.objects.all()) == 46
    with django_capture_on_commit_callbacks(execute=True):
        OperationFactory()
        OutcomeFactory()
    assert count(Outcome.objects.all()) == 47


def test_the_figures_a_chart_picks_are_kept_until_the_content_changes(
    real_cache, figures, django_assert_num_queries, django_capture_on_commit_callbacks
):
    outcomes = Outcome.objects.all()
    by_unit = charted_ids(outcomes)
    with django_assert_num_queries(1):  # the versions, not the window over every figure
        assert charted_ids(outcomes) == by_unit
    # Picked apart for each article: kept apart from the picks for each unit.
    by_article = charted_ids(outcomes, per=[F("article")])
    assert sorted(by_article) != sorted(by_unit)
    with django_capture_on_commit_callbacks(execute=True):
        OperationFactory()
        seized = OutcomeFactory(metric="phones seized", value=400)
    assert seized.pk in charted_ids(outcomes)
