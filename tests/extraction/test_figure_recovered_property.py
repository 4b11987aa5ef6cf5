"""Property the police get back from thieves is recovered; contraband they find is seized.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import outcomes


def pairs(text):
    return [(m, v) for m, v, _q in outcomes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police recovered 61 stolen vehicles.", [("stolen vehicles recovered", 61)]),
        (
            "Officers recovered 12 tractors and 38 quad bikes from a yard.",
            [("tractors recovered", 12), ("quad bikes recovered", 38)],
        ),
        (
            "The raids led to the recovery of four trailers and a tractor.",
            [("trailers recovered", 4)],
        ),
        (
            "Detectives recovered 14 phones taken in thefts from shops.",
            [("phones recovered", 14)],
        ),
    ],
)
def test_property_got_back_is_recovered(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They also recovered two knives, 14 phones and three vehicles.",
            [("knives seized", 2), ("phones seized", 14), ("vehicles seized", 3)],
        ),
        ("Officers seized 47 off-road bikes.", [("off-road bikes seized", 47)]),
        ("Officers seized 12 phones and cash.", [("phones seized", 12)]),
    ],
)
def test_things_found_in_a_raid_are_seized(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The drug was found inside the tyres of four tractors shipped from abroad.",
        "Cocaine had been concealed in two lorries.",
    ],
)
def test_what_something_was_hidden_in_is_no_seizure(text):
    assert pairs(text) == []


def test_an_adverb_of_place_before_a_comma_does_not_hide_what_follows():
    assert pairs("Inside, they found 340 cannabis plants.") == [("cannabis plants seized", 340)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers had intercepted two boats carrying cocaine.", [("boats intercepted", 2)]),
        ("Police seized three vessels off the coast.", [("boats seized", 3)]),
        ("Smugglers sent two or three boats a week.", [("boats per week", 2)]),
    ],
)
def test_boats_are_counted_by_what_was_done_to_them(text, expected):
    assert pairs(text) == expected
