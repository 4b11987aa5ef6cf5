"""Old addresses keep working: a record renamed or merged into another answers at the address
it had with a permanent redirect to where it is now."""

import pytest
from django.core.cache import cache

from casefiles.merging import merge
from casefiles.models import PersonKind
from tests.factories import AppearanceFactory, PersonFactory
from tests.pages.helpers import get

pytestmark = pytest.mark.django_db

RECORDS = {
    "person": lambda w: w.person,
    "operation": lambda w: w.operation,
    "organisation": lambda w: w.organisation,
    "casefile": lambda w: w.casefile,
}


def _rename(record, new_name):
    field = "title" if hasattr(record, "title") else "name"
    setattr(record, field, new_name)
    record.save()


@pytest.mark.parametrize("kind", RECORDS)
def test_a_renamed_record_answers_at_its_old_address_with_a_permanent_redirect(client, world, kind):
    record = RECORDS[kind](world)
    old = record.get_absolute_url()
    _rename(record, "Renamed Since")
    assert record.get_absolute_url() != old
    response = get(client, old, status=301)
    assert response["Location"] == record.get_absolute_url()
    get(client, response["Location"])


@pytest.mark.parametrize("kind", RECORDS)
def test_an_address_no_record_ever_had_is_not_found(client, world, kind):
    url = RECORDS[kind](world).get_absolute_url().replace(RECORDS[kind](world).slug, "never-was")
    get(client, url, status=404)


def test_a_merged_persons_address_leads_to_the_person_kept(client, world, editor):
    dupe = PersonFactory(name="Lewis J. Basford", organisation=world.organisation)
    AppearanceFactory(article=world.article, person=dupe, passage_text="Lewis Basford")
    old = dupe.get_absolute_url()
    get(client, old)
    merge(world.person, [dupe], editor)
    response = get(client, old, status=301)
    assert response["Location"] == world.person.get_absolute_url()


def test_a_redirect_is_not_kept_as_the_page_nor_by_browsers_for_ever(client, world, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()
    old = world.person.get_absolute_url()
    _rename(world.person, "Lewis Renamed")
    first = get(client, old, status=301)
    assert "max-age=3600" in first["Cache-Control"]
    assert "ETag" not in first
    # A new record may take the old address later (here without moving the content version
    # on, as nothing commits in a test): it then shows, not a stored redirect.
    newcomer = PersonFactory(name="Lewis Basford")
    AppearanceFactory(article=world.article, person=newcomer, passage_text="Lewis Basford")
    assert newcomer.get_absolute_url() == old
    assert get(client, old).context["person"] == newcomer
    cache.clear()


def test_an_old_address_does_not_tell_readers_the_new_name_of_someone_kept_private(
    client, world, journalist
):
    victim = PersonFactory(name="Jo", kind=PersonKind.VICTIM)
    AppearanceFactory(article=world.article, person=victim, passage_text="Lewis Basford")
    old = victim.get_absolute_url()
    _rename(victim, "Joanne Private-Surname")
    get(client, old, status=404)
    client.force_login(journalist)
    assert get(client, old, status=301)["Location"] == victim.get_absolute_url()
