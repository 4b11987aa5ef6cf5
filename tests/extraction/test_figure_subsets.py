"""A part of a group counted by what happened to it, past who the group are: "Nine of
those arrested, seven men and two women, have been charged" counts people charged.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import outcomes


def pairs(text):
    return [(m, v) for m, v, _q in outcomes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police held 20 people. Nine of those arrested, seven men and two women, have been"
            " charged with supplying drugs.",
            [("arrests", 20), ("people charged", 9)],
        ),
        (
            "Twelve of those arrested, including the alleged ringleader, appeared in court and"
            " were remanded in custody.",
            [("remanded in custody", 12)],
        ),
        (
            "Six of those detained, all from the same estate, have since been convicted.",
            [("convictions", 6)],
        ),
    ],
)
def test_a_part_of_the_arrested_is_counted_past_an_aside(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eight of the eleven are in custody.", [("remain in custody", 8)]),
        ("Four of them are still in custody.", [("remain in custody", 4)]),
        ("The 17 people arrested remain in custody.", [("remain in custody", 17)]),
        (
            "Detectives said the five men detained remain in police custody.",
            [("remain in custody", 5)],
        ),
    ],
)
def test_people_held_now_are_counted_as_in_custody(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Six men have been arrested and charged.", [("people charged", 6)]),
        ("Five people were arrested and later charged with burglary.", [("people charged", 5)]),
        ("Two women were arrested and remanded in custody.", [("remanded in custody", 2)]),
    ],
)
def test_people_arrested_and_charged_are_counted_at_the_later_stage(text, expected):
    assert pairs(text) == expected


def test_a_second_verb_with_its_own_figure_is_a_figure_of_its_own():
    assert pairs("Police arrested 23 people and charged 12 men with robbery.") == [
        ("arrests", 23),
        ("people charged", 12),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three men, aged between 20 and 41, and two women, aged 19 and 33, have been charged.",
            [("people charged", 5)],
        ),
        ("Two men, both from Leeds, and a woman were arrested.", [("arrests", 3)]),
        ("Four men and a woman were arrested.", [("arrests", 5)]),
    ],
)
def test_people_named_part_by_part_with_who_they_are_are_one_group(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cash was found at one of the addresses searched.",
        "Two of the properties raided were empty.",
        "One of the cars stopped was later released.",
    ],
)
def test_a_part_of_places_or_things_is_no_count_of_people(text):
    assert [m for m, _v in pairs(text) if m.startswith(("people", "arrests"))] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prosecutors filed charges against 24 of those arrested.",
            [("people charged", 24)],
        ),
        ("Police have charged 12 of the men.", [("people charged", 12)]),
        ("The court jailed four of the gang.", [("people jailed", 4)]),
    ],
)
def test_a_part_that_is_the_object_of_what_was_done_is_counted_by_it(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested 30 people and 12 of them were charged.",
        "Police arrested 30 people and twelve of them were charged.",
        "Officers arrested 30 people, 12 of whom were charged.",
    ],
)
def test_a_part_with_a_verb_of_its_own_leaves_the_whole_its_verb(text):
    assert pairs(text) == [("arrests", 30), ("people charged", 12)]


def test_ages_between_a_group_and_its_verb_are_no_part_of_it():
    assert pairs("The raids led to 16 people aged 18 to 53 being arrested.") == [("arrests", 16)]
