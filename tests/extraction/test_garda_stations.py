"""A Garda station, one or several, is a place and no person: "Elmford Garda Station",
"Elmford and Ardlow Garda Stations". A garda named after the rank is still a person.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import people


@pytest.mark.parametrize(
    "sentence",
    [
        "Anyone with information is asked to contact Elmford Garda Station on 049 000 0000.",
        "Two men were detained at Elmford and Ardlow Garda Stations overnight.",
        "Call Ardlow Garda Station or the confidential line.",
    ],
)
def test_a_garda_station_names_nobody(sentence):
    assert people(f"Gardaí recovered a stolen digger near Elmford.\n\n{sentence}\n") == {}


def test_a_station_named_after_a_garda_station_in_lower_case_names_nobody():
    text = (
        "Gardaí recovered a stolen digger near Elmford.\n\n"
        "Owners can register machinery through their local Garda station.\n\n"
        "Anyone with information is asked to contact Elmford Garda Station on 049 000 0000.\n"
    )
    assert people(text) == {}


def test_a_garda_named_after_the_rank_is_a_person():
    found = people("Garda Niamh Tully said the digger was found in a shed.\n")
    assert found["Niamh Tully"].rank_or_title == "Garda"
