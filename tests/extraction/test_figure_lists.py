"""Things seized set out as a list: each item is counted by its own noun."""

import pytest

from tests.extraction.helpers import outcomes


def pairs(text):
    return [(m, v) for m, v, _q in outcomes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agents seized 40 counterfeit pills, two pill presses, five firearms and a car.",
            ("firearms seized", 5),
        ),
        (
            "Officers found three hydraulic presses, nine mobile phones and cash.",
            ("phones seized", 9),
        ),
    ],
)
def test_an_item_a_table_does_not_list_does_not_take_the_next_items_noun(text, expected):
    found = pairs(text)
    assert expected in found
    assert [v for m, v in found if m == expected[0]] == [expected[1]]


def test_a_description_between_commas_still_reaches_its_noun():
    text = "Police recovered three high-powered, military-grade firearms."
    assert pairs(text) == [("firearms seized", 3)]


@pytest.mark.parametrize(
    "text",
    [
        "Four vehicles, including a van with a hidden compartment, were impounded.",
        "Officers impounded four vehicles at the yard.",
    ],
)
def test_vehicles_impounded_are_seized(text):
    assert ("vehicles seized", 4) in pairs(text)
