"""A police "Group" named for what it does in the field ("Special Operations Group") is a unit;
a group named for a crime is still no unit.

Every text here is written for the test.
"""

import pytest

from articles.extraction.vocabulary import OrganisationKind as Kind
from tests.extraction.helpers import organisations


@pytest.mark.parametrize(
    "sentence, unit",
    [
        ("Members of the Special Operations Group forced the door.", "Special Operations Group"),
        ("The Tactical Operations Group searched the farm.", "Tactical Operations Group"),
    ],
)
def test_an_operations_group_is_a_police_unit(sentence, unit):
    found = organisations(f"Elmford Police raided six homes on Monday.\n\n{sentence}\n")
    assert found.get(unit) == Kind.POLICE_UNIT


def test_a_group_named_for_a_crime_is_no_unit():
    found = organisations("Elmford Police said the Harbour Crime Group had been dismantled.\n")
    assert "Harbour Crime Group" not in found
