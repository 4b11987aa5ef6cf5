"""Single weapons named with "a" or "an" are each one item seized, whatever their kind is
called: blades, axes, swords and firearms by their common names.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import outcomes


def pairs(text):
    return [(m, v) for m, v, _q in outcomes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers recovered a cleaver from the kitchen.", [("knives seized", 1)]),
        ("A dagger was found under the mattress.", [("knives seized", 1)]),
        ("Officers seized a hatchet and two knives.", [("axes seized", 1), ("knives seized", 2)]),
        ("Police found a katana in the wardrobe.", [("swords seized", 1)]),
        ("Deputies found a loaded Glock in the glovebox.", [("firearms seized", 1)]),
        ("Deputies recovered a carbine from the truck.", [("firearms seized", 1)]),
        ("Officers seized three bayonets.", [("knives seized", 3)]),
    ],
)
def test_a_named_weapon_is_an_item_seized(text, expected):
    assert sorted(pairs(text)) == sorted(expected)


def test_a_model_number_after_a_weapon_counts_nothing():
    assert pairs("Deputies found a loaded Glock 17 in the glovebox.") == [("firearms seized", 1)]
