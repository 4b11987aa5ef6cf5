"""Search shows readers what the pages show them: nothing that only a draft names."""

import pytest

from articles.models import ArticleStatus
from casefiles import search
from casefiles.models import Appearance, ReviewStatus
from casefiles.search import SearchKind
from tests.factories import (
    AppearanceFactory,
    ArticleFactory,
    OrganisationFactory,
    OutcomeFactory,
)
from tests.search.helpers import STORY, found

pytestmark = pytest.mark.django_db


@pytest.fixture
def placed_by_a_draft(story):
    """Lewis Basford, quoted in a published article, placed in a unit only a draft names:
    the importer gives a new person the organisation of the article that first names them."""
    unit = OrganisationFactory(name="Thurrock Harbour Unit")
    draft = ArticleFactory(status=ArticleStatus.DRAFT, body=STORY)
    AppearanceFactory(article=draft, person=story["person"], organisation=unit)
    story["person"].organisation = unit
    story["person"].save()
    search.rebuild()
    return {**story, "unit": unit, "draft": draft}


def test_readers_do_not_find_a_person_by_an_organisation_only_a_draft_names(
    client, placed_by_a_draft, reader
):
    assert client.get(placed_by_a_draft["unit"].get_absolute_url()).status_code == 404
    assert found("Thurrock") == []
    assert found("Thurrock", user=reader) == []
    [hit] = [hit for hit in search.search("Basford") if hit.kind == SearchKind.PERSON]
    assert "Thurrock" not in hit.snippet


def test_publishing_the_draft_shows_the_organisation(
    placed_by_a_draft, django_capture_on_commit_callbacks
):
    draft = placed_by_a_draft["draft"]
    with django_capture_on_commit_callbacks(execute=True):
        draft.status = ArticleStatus.PUBLISHED
        draft.save()
    assert found("Thurrock") == [
        (SearchKind.ORGANISATION, placed_by_a_draft["unit"].pk),
        (SearchKind.PERSON, placed_by_a_draft["person"].pk),
    ]


def test_an_organisation_a_published_article_gives_them_is_found(story):
    appearance = Appearance.objects.get(person=story["person"])
    appearance.organisation = unit = OrganisationFactory(name="Thurrock Harbour Unit")
    appearance.save()
    search.rebuild()
    assert found("Thurrock") == [
        (SearchKind.ORGANISATION, unit.pk),
        (SearchKind.PERSON, story["person"].pk),
    ]


def test_withdrawing_the_only_article_naming_it_hides_the_organisation(
    story, django_capture_on_commit_callbacks
):
    unit = OrganisationFactory(name="Thurrock Harbour Unit")
    other = ArticleFactory(body=STORY)
    OutcomeFactory(article=other, organisation=unit)
    with django_capture_on_commit_callbacks(execute=True):
        story["person"].organisation = unit
        story["person"].save()
    assert found("Thurrock") == [(SearchKind.PERSON, story["person"].pk)]
    with django_capture_on_commit_callbacks(execute=True):
        other.status = ArticleStatus.DRAFT
        other.save()
    assert found("Thurrock") == []


def test_rejecting_the_only_record_naming_it_hides_the_organisation(
    story, editor, django_capture_on_commit_callbacks
):
    unit = OrganisationFactory(name="Thurrock Harbour Unit")
    outcome = OutcomeFactory(article=ArticleFactory(body=STORY), organisation=unit)
    with django_capture_on_commit_callbacks(execute=True):
        story["person"].organisation = unit
        story["person"].save()
    with django_capture_on_commit_callbacks(execute=True):
        outcome.review(ReviewStatus.REJECTED, editor)
    assert found("Thurrock") == []
