"""Offices and trades printed before a name describe the person and are not part of the name;
ranks "of" a service other than the police (Asian narcotics and customs services).

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import people, speakers


@pytest.mark.parametrize(
    "text",
    [
        'Harbour Master Jo Hale said: "We saw the boat leave at dawn."',
        'Town Clerk Jo Hale said: "The notice went up on Monday."',
        'Store Manager Jo Hale said: "They took the whole shelf."',
    ],
)
def test_an_office_before_a_name_is_not_the_name(text):
    assert list(people(text)) == ["Jo Hale"]
    assert speakers(text) == ["Jo Hale"]


@pytest.mark.parametrize(
    "text",
    [
        "Shopkeeper Jo Hale has run the corner shop for 20 years.",
        "Pharmacist Jo Hale has been robbed three times.",
    ],
)
def test_a_trade_before_a_name_makes_a_person(text):
    assert list(people(text)) == ["Jo Hale"]


def test_a_trade_word_may_still_be_a_surname():
    assert "Paul Farmer" in people("Paul Farmer, 40, was fined.")


@pytest.mark.parametrize(
    "text, rank",
    [
        ('Superintendent of Narcotics Jo Hale said: "We acted."', "Superintendent of Narcotics"),
        (
            'Deputy Superintendent of Narcotics Jo Hale said: "We acted."',
            "Deputy Superintendent of Narcotics",
        ),
        ('Inspector of Customs Jo Hale said: "We acted."', "Inspector of Customs"),
        (
            'Deputy Commissioner of Police Jo Hale said: "We acted."',
            "Deputy Commissioner of Police",
        ),
    ],
)
def test_a_rank_of_a_service(text, rank):
    assert people(text)["Jo Hale"].rank_or_title == rank
    assert speakers(text) == ["Jo Hale"]
