"""Privacy by default: victims and members of the public get no public page, no entry in the
lists, filters, search or structured data, until an editor makes them public; where they are
quoted, readers see the name the article printed, unlinked. Defendants stay public."""

import json
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.urls import reverse

from casefiles import search
from casefiles.models import PersonKind
from casefiles.search import SearchKind
from casefiles.versions import forget_versions
from tests.factories import (
    AppearanceFactory,
    ArticleFactory,
    PersonFactory,
    QuoteFactory,
)
from tests.pages.helpers import get, text
from tests.search.helpers import found

pytestmark = pytest.mark.django_db

BODY = (
    "Flat fire in Leigh\n\n"
    'Neighbour Jo Pennick, 34, said: "The smoke came under the door before anyone woke."\n\n'
    "Crews stayed until the early hours.\n"
)


@pytest.fixture
def neighbour(world):
    """A member of the public, quoted in a published article that prints her shorter name."""
    article = ArticleFactory(publication=world.publication, headline="Flat fire", body=BODY)
    person = PersonFactory(name="Joanna Pennick-Hartley", kind=PersonKind.MEMBER_OF_PUBLIC)
    AppearanceFactory(
        article=article, person=person, passage_text="Jo Pennick", rank_as_printed="", rank=""
    )
    quote = QuoteFactory(
        article=article,
        speaker=person,
        passage_text='"The smoke came under the door before anyone woke."',
        attribution="Neighbour Jo Pennick, 34, said:",
    )
    world.casefile.articles.add(article)
    return SimpleNamespace(person=person, article=article, quote=quote)


def _export(client, name):
    response = get(client, reverse(f"casefiles:{name}", kwargs={"fmt": "json"}))
    return b"".join(response.streaming_content).decode()


def test_a_private_individual_has_no_public_page(client, neighbour):
    get(client, neighbour.person.get_absolute_url(), status=404)


def test_staff_see_their_page_with_a_notice_saying_why_readers_cannot(
    client, neighbour, journalist
):
    client.force_login(journalist)
    html = text(get(client, neighbour.person.get_absolute_url()))
    assert "Not public." in html
    assert "no public page until an editor ticks “public page”" in html


def test_a_private_individual_is_in_no_list_filter_download_or_search(client, neighbour):
    search.rebuild()
    name = neighbour.person.name
    for page in ("person-list", "quote-list", "home"):
        assert name not in text(get(client, reverse(f"casefiles:{page}")))
    assert neighbour.person.slug not in text(get(client, reverse("casefiles:quote-list")))
    for export in ("person-export", "quote-export"):
        assert name not in _export(client, export)
    assert (SearchKind.PERSON, neighbour.person.pk) not in found("Pennick")
    assert get(client, f"/quotes/?speaker={neighbour.person.slug}").context["filterset"].errors


@pytest.mark.parametrize(
    "page",
    [
        lambda n, w: n.quote.get_absolute_url(),
        lambda n, w: n.article.get_absolute_url(),
        lambda n, w: reverse("casefiles:quote-list"),
        lambda n, w: w.casefile.get_absolute_url(),
    ],
    ids=["quote", "article", "quote-list", "casefile"],
)
def test_where_they_are_quoted_readers_see_the_name_as_printed_without_a_link(
    client, world, neighbour, page
):
    html = text(get(client, page(neighbour, world)))
    assert "Jo Pennick" in html
    assert neighbour.person.name not in html
    assert neighbour.person.get_absolute_url() not in html


def test_their_quote_downloads_and_is_found_under_the_name_as_printed(client, neighbour):
    rows = json.loads(_export(client, "quote-export"))
    assert {row["speaker"] for row in rows} >= {"Jo Pennick"}
    search.rebuild()
    [hit] = [hit for hit in search.search("smoke") if hit.kind == SearchKind.QUOTE]
    assert hit.title.startswith("Jo Pennick: ")


def test_staff_see_the_private_speaker_linked(client, neighbour, journalist):
    client.force_login(journalist)
    html = text(get(client, neighbour.quote.get_absolute_url()))
    assert f'href="{neighbour.person.get_absolute_url()}"' in html


def test_made_public_by_an_editor_they_get_a_page_and_a_linked_name(client, neighbour):
    neighbour.person.made_public = True
    neighbour.person.save()
    assert text(get(client, neighbour.person.get_absolute_url()))
    html = text(get(client, neighbour.quote.get_absolute_url()))
    assert f'href="{neighbour.person.get_absolute_url()}"' in html
    assert neighbour.person.name in text(get(client, reverse("casefiles:person-list")))


def test_a_defendant_keeps_a_public_page_kept_out_of_search_engines(client, world, journalist):
    defendant = PersonFactory(
        name="Carl Drayton", kind=PersonKind.DEFENDANT, sensitivity_note="Named by the court."
    )
    AppearanceFactory(article=world.article, person=defendant, passage_text="Lewis Basford")
    html = text(get(client, defendant.get_absolute_url()))
    assert '<meta name="robots" content="noindex, follow">' in html
    assert "Carl Drayton" in text(get(client, reverse("casefiles:person-list")))
    client.force_login(journalist)
    assert "Named by the court." in text(get(client, defendant.get_absolute_url()))


def test_made_private_again_they_are_unlinked_at_once_where_quoted(
    client, settings, world, neighbour, django_capture_on_commit_callbacks
):
    # Which linked people readers may see is kept between requests, as counts are.
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    settings.CASEFILES_PAGE_CACHE = False
    cache.clear()
    forget_versions()
    person, url = neighbour.person, world.casefile.get_absolute_url()
    link = f'href="{person.get_absolute_url()}"'
    with django_capture_on_commit_callbacks(execute=True):
        person.made_public = True
        person.save()
    assert link in text(get(client, url))
    assert link in text(get(client, url))
    with django_capture_on_commit_callbacks(execute=True):
        person.made_public = False
        person.save()
    html = text(get(client, url))
    assert link not in html
    assert "Jo Pennick" in html
    cache.clear()
