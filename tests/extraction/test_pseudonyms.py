"""A name an article gives somebody in place of their own is a person the reader meets again
by it, and the "he says" after it is theirs.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import people, speakers

OPENING = "Police raided a car wash in Elmford in May and found eleven men living above it.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "One of the men, whom we are calling Tomas, is 29 and now drives a van.",
        "One of the men, who we will call Tomas, is 29 and now drives a van.",
        "One of the men, Tomas (not his real name), is 29 and now drives a van.",
        "Tomas, not his real name, is 29 and now drives a van.",
        "One man, who asked to be identified only as Tomas, is 29 and now drives a van.",
        "One man spoke under the pseudonym Tomas; he is 29 and now drives a van.",
        "Tomas, whose name has been changed, is 29 and now drives a van.",
    ],
)
def test_a_name_given_in_place_of_his_own_is_a_person_and_his_quote_is_his(sentence):
    text = (
        f"{OPENING}Sergeant Kofi Mensah led the search and met the men that morning.\n\n"
        f"{sentence}\n\n"
        '"I worked every day and was paid nothing," he says.\n'
    )
    assert "Tomas" in people(text)
    assert speakers(text) == ["Tomas"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers say they will call Elmford Council about the flats.",
        "Residents said the Elmford Council, not the landlord, owned the building.",
        "The charity we are calling on for help is stretched.",
    ],
)
def test_calling_and_naming_without_a_stand_in_name_give_no_person(sentence):
    assert set(people(f"{OPENING}{sentence}\n")) == set()
