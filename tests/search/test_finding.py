"""What a search finds, and who may see it."""

import pytest

from articles.models import ArticleStatus
from casefiles import search
from casefiles.models import Quote, ReviewStatus
from casefiles.search import SearchKind
from tests.factories import (
    AppearanceFactory,
    ArticleFactory,
    OperationFactory,
    OperationMentionFactory,
    OrganisationFactory,
    PersonFactory,
    QuoteFactory,
)
from tests.search.helpers import STORY, found

pytestmark = pytest.mark.django_db


# --- Finding things ---------------------------------------------------------------------------


def test_finds_a_person_by_surname(story):
    assert (SearchKind.PERSON, story["person"].pk) in found("Basford")


def test_finds_a_name_from_its_first_letters(story):
    assert (SearchKind.PERSON, story["person"].pk) in found("Basf")


def test_finds_a_quote_by_its_words(story):
    hits = search.search("moved proactively")
    quote_hits = [hit for hit in hits if hit.kind == SearchKind.QUOTE]
    assert [hit.object_id for hit in quote_hits] == [story["quote"].pk]
    assert quote_hits[0].url == story["quote"].get_absolute_url()
    assert quote_hits[0].title.startswith("Lewis Basford: ")


def test_finds_an_operation_by_an_alias_spelling(story):
    assert found("Errasure") == [(SearchKind.OPERATION, story["operation"].pk)]


def test_finds_a_person_by_another_name_they_go_by(story, django_capture_on_commit_callbacks):
    person = story["person"]
    with django_capture_on_commit_callbacks(execute=True):
        person.aliases = ["Lew Bastable"]
        person.save()
    assert found("Bastable") == [(SearchKind.PERSON, person.pk)]


def test_finds_an_organisation_by_its_name_or_another_it_goes_by(
    story, django_capture_on_commit_callbacks
):
    force = story["operation"].force
    with django_capture_on_commit_callbacks(execute=True):
        force.name, force.aliases = "Thamesmouth Constabulary", ["the Thamesmouth force", "TMC"]
        force.save()
    organisation = (SearchKind.ORGANISATION, force.pk)
    assert organisation in found("Thamesmouth")
    [hit] = [hit for hit in search.search("TMC") if hit.kind == SearchKind.ORGANISATION]
    assert (hit.kind, hit.object_id, hit.url) == (*organisation, force.get_absolute_url())
    assert hit.title == "Thamesmouth Constabulary"


def test_an_organisation_no_published_article_names_is_not_found(story):
    OrganisationFactory(name="Kestrel Harbour Unit")
    search.rebuild()
    assert found("Kestrel") == []


def test_finds_an_article_by_its_headline(story):
    [hit] = search.search("gangs targeted")
    assert (hit.kind, hit.object_id) == (SearchKind.ARTICLE, story["article"].pk)
    assert hit.url == story["article"].get_absolute_url()
    assert hit.title == "Drug gangs targeted in Southend raids"


def test_finds_other_forms_of_a_word(story):
    assert (SearchKind.ARTICLE, story["article"].pk) in found("arrests")


def test_hits_link_to_their_pages(story):
    urls = {hit.kind: hit.url for hit in search.search("Basford")}
    assert urls[SearchKind.PERSON] == story["person"].get_absolute_url()
    assert urls[SearchKind.ARTICLE] == story["article"].get_absolute_url()


def test_a_person_is_found_by_a_role_an_article_gives_them(story):
    assert (SearchKind.PERSON, story["person"].pk) in found("district commander")


def test_every_word_must_match():
    ArticleFactory(headline="Heron Street closure", body="Police closed the street.")
    ArticleFactory(headline="Heron Lane reopened", body="Police reopened the lane.")
    search.rebuild()
    assert len(found("heron")) == 2
    assert len(found("heron lane")) == 1


def test_a_headline_match_ranks_above_a_body_match():
    in_body = ArticleFactory(headline="Council meeting", body=f"{STORY}\nMulberry Court residents.")
    in_headline = ArticleFactory(headline="Mulberry Court raid", body=STORY)
    search.rebuild()
    hits = search.search("mulberry")
    assert [hit.object_id for hit in hits] == [in_headline.pk, in_body.pk]
    assert hits[0].rank > hits[1].rank


def test_limit_caps_the_number_of_hits(story):
    assert len(search.search("Basford", limit=1)) == 1


# --- Who sees what ----------------------------------------------------------------------------


@pytest.fixture
def draft():
    """A draft article, the only one to name Kestrel, its quote, person and operation."""
    article = ArticleFactory(
        headline="Kestrel inquiry widens",
        body=STORY.replace("Basford", "Kestrel").replace("Erasure", "Kestrel"),
        status=ArticleStatus.DRAFT,
    )
    AppearanceFactory(
        article=article,
        person=PersonFactory(name="Lewis Kestrel"),
        passage_text="Det Chief Insp Lewis Kestrel",
    )
    OperationMentionFactory(
        article=article,
        operation=OperationFactory(name="Operation Kestrel"),
        passage_text="Operation Kestrel",
    )
    QuoteFactory(article=article, speaker=None, passage_text='"We moved proactively to stop them."')
    search.rebuild()
    return article


def test_readers_find_nothing_of_a_draft(draft, reader):
    assert found("Kestrel") == []
    assert found("Kestrel", user=reader) == []
    assert found("proactively") == []


def test_staff_find_drafts(draft, editor):
    kinds = {kind for kind, _ in found("Kestrel", user=editor)}
    assert kinds == {SearchKind.ARTICLE, SearchKind.PERSON, SearchKind.OPERATION}
    assert [kind for kind, _ in found("proactively", user=editor)] == [
        SearchKind.QUOTE,
        SearchKind.ARTICLE,
    ]


def test_publishing_shows_an_article_to_readers(draft, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        draft.status = ArticleStatus.PUBLISHED
        draft.save()
    assert (SearchKind.ARTICLE, draft.pk) in found("Kestrel")
    assert {kind for kind, _ in found("Kestrel")} == {
        SearchKind.ARTICLE,
        SearchKind.PERSON,
        SearchKind.OPERATION,
    }


def test_a_rejected_quote_is_hidden_from_readers_at_once(story, editor):
    Quote.objects.filter(pk=story["quote"].pk).review(ReviewStatus.REJECTED, editor)
    assert SearchKind.QUOTE not in {kind for kind, _ in found("proactively")}
    assert (SearchKind.QUOTE, story["quote"].pk) in found("proactively", user=editor)
