"""A bare name followed by an age that closes the sentence ("… his nephew, Dorin Vass, 29.")
is a person's, as one with the age mid-sentence is.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import people


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers arrested Dorin Vass, 29.",
        "The yard was run by a cousin, Dorin Vass, 29. He denies the charges.",
        "Also jailed was his nephew, Dorin Vass, 29.",
    ],
)
def test_an_age_that_ends_the_sentence_shows_a_person(sentence):
    assert "Dorin Vass" in people(f"Three men were jailed in Elmford.\n\n{sentence}\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "The depot is on Harbour Road, 12.",
        "The raid was at Elmford Park, 14. Nothing was found.",
    ],
)
def test_a_number_after_a_place_is_no_age(sentence):
    assert people(f"Three men were jailed in Elmford.\n\n{sentence}\n") == {}
