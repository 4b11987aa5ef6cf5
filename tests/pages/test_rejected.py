"""People, organisations and operations a journalist rejected as junk disappear from every
reader page, list, filter, download and search; staff still see them, marked."""

import json

import pytest
from django.urls import reverse

from casefiles import search
from casefiles.models import ReviewStatus
from casefiles.search import SearchKind
from tests.pages.helpers import PAGES, get, text
from tests.search.helpers import found

pytestmark = pytest.mark.django_db

EXPORTS = ["quote-export", "outcome-export", "operation-export", "person-export"]


def _everywhere(client, world, but):
    """Every reader page (`but` the rejected record's own) and download, as one text."""
    pages = [text(get(client, url(world))) for page, url in PAGES.items() if page != but]
    exports = [
        b"".join(get(client, reverse(f"casefiles:{name}", kwargs={"fmt": fmt})).streaming_content)
        for name in [*EXPORTS, "organisation-export"]
        for fmt in ("csv", "json")
    ]
    return "\n".join([*pages, *(export.decode() for export in exports)])


def _reject(record, editor):
    record.review(ReviewStatus.REJECTED, editor)
    search.rebuild()


def test_a_rejected_person_is_gone_from_every_page_list_filter_download_and_search(
    client, world, editor
):
    person = world.person
    _reject(person, editor)
    get(client, person.get_absolute_url(), status=404)
    assert person.get_absolute_url() not in _everywhere(client, world, but="person")
    for name in EXPORTS:
        rows = json.loads(
            b"".join(get(client, reverse(f"casefiles:{name}", kwargs={"fmt": "json"})))
        )
        assert all(person.name not in json.dumps(row) for row in rows), name
    assert get(client, f"/quotes/?speaker={person.slug}").context["filterset"].errors
    assert (SearchKind.PERSON, person.pk) not in found("Basford")
    [hit] = [hit for hit in search.search("proactively") if hit.kind == SearchKind.QUOTE]
    assert hit.title.startswith("Unattributed: ")


def test_their_quotes_read_as_unattributed(client, world, editor):
    _reject(world.person, editor)
    html = text(get(client, world.quote.get_absolute_url()))
    assert "<h1>Unattributed quote" in html
    assert 'class="quote-speaker"' not in html


def test_staff_still_see_a_rejected_person_with_the_reason(client, world, editor, journalist):
    _reject(world.person, editor)
    client.force_login(journalist)
    html = text(get(client, world.person.get_absolute_url()))
    assert "Rejected as not a real person." in html
    assert world.person.get_absolute_url() in text(get(client, world.quote.get_absolute_url()))


def test_a_rejected_organisation_is_gone_from_every_page_list_filter_download_and_search(
    client, world, editor
):
    organisation = world.organisation
    search.rebuild()
    assert (SearchKind.ORGANISATION, organisation.pk) in found("Essex")
    _reject(organisation, editor)
    get(client, organisation.get_absolute_url(), status=404)
    assert "Essex Police" not in _everywhere(client, world, but="organisation")
    for url in ("/quotes/?organisation=essex-police", "/outcomes/?organisation=essex-police"):
        assert get(client, url).context["filterset"].errors
    assert found("Essex") == []


def test_a_rejected_operation_is_gone_from_every_page_list_filter_download_and_search(
    client, world, editor
):
    operation = world.operation
    _reject(operation, editor)
    get(client, operation.get_absolute_url(), status=404)
    everything = _everywhere(client, world, but="operation")
    assert operation.get_absolute_url() not in everything
    assert f'?operation={operation.slug}"' not in everything
    for url in (f"/quotes/?operation={operation.slug}", f"/outcomes/?operation={operation.slug}"):
        assert get(client, url).context["filterset"].errors
    assert (SearchKind.OPERATION, operation.pk) not in found("Erasure")
