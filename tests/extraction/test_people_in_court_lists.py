"""Names in the shapes sentencing and charging reports list people in: a middle initial, an age
closed by a dash, a bracket or a semicolon, a name set off by commas after who the person is,
and an occupation printed before the name as a description.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import people

LEAD = "Four people were sentenced at the crown court on Friday.\n\n"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Mark Dolan, 31, received 40 months; Peter J. Harlow, 25, received 30 months.",
            "Peter J. Harlow",
        ),
        (
            "The court heard from Maria T. Collins, the firm's accountant, on the second day.",
            "Maria T. Collins",
        ),
        ("Lena Ostrowska and Jan K. Wiśniewski, 44, were both jailed.", "Jan K. Wiśniewski"),
    ],
)
def test_a_middle_initial_is_part_of_the_name(text, name):
    assert name in people(LEAD + text)


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Three men – Owen Tate, 22, Karl Mintoft, 35, and Rhys Gedling, 27 – were each fined.",
            {"Owen Tate", "Karl Mintoft", "Rhys Gedling"},
        ),
        (
            "Two women (Dana Coyle, 41; Beth Anstey, 39) admitted the thefts.",
            {"Dana Coyle", "Beth Anstey"},
        ),
        (
            "Sam Reid, 19; Tom Ashworth, 20; and Lee Marr, 23, were given community orders.",
            {"Sam Reid", "Tom Ashworth", "Lee Marr"},
        ),
    ],
)
def test_an_age_closed_by_a_dash_a_bracket_or_a_semicolon_shows_a_person(text, names):
    assert names <= set(people(LEAD + text))


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "A 41-year-old man from Leeds, Tomas Varga, had been charged with burglary.",
            "Tomas Varga",
        ),
        ("A 30-year-old Hull man, Ilkay Demir, was charged with supplying cocaine.", "Ilkay Demir"),
        ("The second driver, Ruth Amadi, was arrested at the scene.", "Ruth Amadi"),
    ],
)
def test_a_name_set_off_by_commas_after_who_the_person_is(text, name):
    assert name in people(LEAD + text)


@pytest.mark.parametrize(
    "text",
    [
        "Jo Pike, 29, also of Prince Albert, is charged with possession.",
        "Dan Ruddy, 33, of Market Weighton, was charged with theft.",
    ],
)
def test_a_place_set_off_by_commas_is_no_one(text):
    found = people(LEAD + text)
    assert not {"Prince Albert", "Market Weighton"} & set(found)


@pytest.mark.parametrize(
    "text, name, not_name",
    [
        ("Farmer Tom Hedley said the gates had been cut twice.", "Tom Hedley", "Farmer Tom Hedley"),
        ("Publican Sian Rowe, 48, said trade had suffered.", "Sian Rowe", "Publican Sian Rowe"),
        ("Landlord Gary Mott said he had called police.", "Gary Mott", "Landlord Gary Mott"),
    ],
)
def test_an_occupation_before_a_name_is_not_part_of_it(text, name, not_name):
    found = people(LEAD + text)
    assert name in found
    assert not_name not in found


def test_an_occupation_may_be_a_surname():
    assert "Paul Farmer" in people(LEAD + "Paul Farmer, 52, said the scheme had worked.")
