"""A national agency printed by its initials alone is filed under its full name, as the
reader's case file names it; printed in full with its initials after, it is one agency.

Every text here is written for the test.
"""

import pytest

from articles.extraction.vocabulary import OrganisationKind as Kind
from tests.extraction.helpers import organisations

ATF = "Bureau of Alcohol, Tobacco, Firearms and Explosives"


@pytest.mark.parametrize(
    "text",
    [
        "ATF agents searched a gun shop in Elmford on Friday.",
        "The case was brought by the ATF and Elmford police.",
        "An ATF spokesman said the guns were traced to two dealers.",
    ],
)
def test_the_initials_alone_name_the_agency_in_full(text):
    assert organisations(text) == {ATF: Kind.GOVERNMENT}


@pytest.mark.parametrize(
    "text",
    [
        f"The inquiry was led by the {ATF} (ATF).\n\nATF agents later arrested two men.",
        f"Agents from the {ATF} searched the shop.\n\nThe ATF declined to comment.",
    ],
)
def test_the_full_name_and_its_initials_are_one_agency(text):
    assert organisations(text) == {ATF: Kind.GOVERNMENT}
