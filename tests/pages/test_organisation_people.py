"""An organisation page's people: those most often placed there first, then, where room is
left, those best known with it by name; a busy organisation fills the section from its tally
alone."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from casefiles.views.common import SHOWN
from tests.factories import AppearanceFactory, ArticleFactory, OrganisationFactory, PersonFactory

ROOM = 3 * SHOWN

pytestmark = pytest.mark.django_db


def placed(person, organisation, times=1):
    for _ in range(times):
        AppearanceFactory(article=ArticleFactory(), person=person, organisation=organisation)


def people_shown(client, organisation):
    response = client.get(organisation.get_absolute_url())
    assert response.status_code == 200
    return [person.name for person in response.context["people"].rows]


def test_room_left_is_filled_by_name_after_the_most_placed(client):
    force = OrganisationFactory(name="Harbour Constabulary")
    elsewhere = OrganisationFactory(name="Valley Council")
    placed(PersonFactory(name="Yusuf Okafor", organisation=force), force, times=3)
    placed(PersonFactory(name="Zelda Marsh", organisation=force), force)
    for name in ("Carys Pugh", "Aled Rees"):
        # Best known with the force, but placed by every article elsewhere.
        placed(PersonFactory(name=name, organisation=force), elsewhere)
    placed(PersonFactory(name="Bryn Hale"), elsewhere)

    assert people_shown(client, force) == ["Yusuf Okafor", "Zelda Marsh", "Aled Rees", "Carys Pugh"]


def test_a_busy_organisation_fills_its_section_from_its_tally(client):
    force = OrganisationFactory(name="Harbour Constabulary")
    people = [PersonFactory(name=f"Officer {i:02d}", organisation=force) for i in range(ROOM + 5)]
    for i, person in enumerate(people):
        placed(person, force, times=1 + (i == ROOM + 4))
    client.get(force.get_absolute_url())  # tallies counted once, as they stay between requests

    with CaptureQueriesContext(connection) as queries:
        shown = people_shown(client, force)

    assert len(shown) == ROOM
    assert shown[0] == f"Officer {ROOM + 4:02d}"
    by_name = [
        q["sql"]
        for q in queries
        if '"casefiles_person"."name" ASC, "casefiles_person"."id" ASC' in q["sql"]
    ]
    assert by_name == []
