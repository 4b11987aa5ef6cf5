"""Guns are named by the make the text prints, so that a total and its part stay apart.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import outcomes


def pairs(text):
    return [(m, v) for m, v, _q in outcomes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers seized four handguns from the lock-up.", [("handguns seized", 4)]),
        ("Nine pistols were recovered from a van.", [("pistols seized", 9)]),
        ("Detectives found a sawn-off shotgun under the bed.", [("shotguns seized", 1)]),
        ("Two hunting rifles were seized at the farm.", [("rifles seized", 2)]),
        ("The team seized a revolver and 30 rounds.", [("revolvers seized", 1)]),
    ],
)
def test_a_gun_of_a_printed_make_is_named_by_it(text, expected):
    assert pairs(text)[: len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police seized 12 firearms in the raids.", [("firearms seized", 12)]),
        ("Six guns were taken off the streets.", [("firearms seized", 6)]),
        ("Officers recovered a firearm from the car.", [("firearms seized", 1)]),
    ],
)
def test_a_gun_of_no_printed_make_is_a_firearm(text, expected):
    assert pairs(text) == expected


def test_a_total_and_the_makes_within_it_are_kept_apart():
    text = "Officers seized 11 firearms, including four pistols and a shotgun."
    assert pairs(text) == [
        ("firearms seized", 11),
        ("pistols seized", 4),
        ("shotguns seized", 1),
    ]


def test_a_replica_is_no_firearm():
    assert pairs("Police found a replica handgun in the glovebox.") == [
        ("replica handguns seized", 1)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers seized 11 firearms, eight of them handguns, and cash.",
            [("firearms seized", 11), ("handguns seized", 8)],
        ),
        (
            "Police recovered 40 knives, 12 of them machetes.",
            [("knives seized", 40), ("machetes seized", 12)],
        ),
        ("Police seized 40 bikes, 12 of them stolen.", [("bikes seized", 40)]),
    ],
)
def test_a_kind_of_thing_within_a_seizure_is_counted_by_its_kind(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police seized two conducted energy weapons.", [("conducted energy weapons seized", 2)]),
        (
            "A conducted energy weapon was found in the car.",
            [("conducted energy weapons seized", 1)],
        ),
        ("Officers seized a Taser and three knives.", [("tasers seized", 1), ("knives seized", 3)]),
    ],
)
def test_a_stun_weapon_keeps_the_name_the_text_gives_it(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Five people were released on an undertaking.",
        "Of those arrested, five were released on an undertaking to appear in court.",
    ],
)
def test_people_released_on_an_undertaking_are_named_so(text):
    assert ("released on an undertaking", 5) in pairs(text)
