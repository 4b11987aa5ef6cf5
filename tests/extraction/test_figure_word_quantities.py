"""Quantities written in words: dozens, half a dozen, and fractions of a weight.

Every text here is written for the test.
"""

import pytest

from articles.extraction import extract
from tests.extraction.helpers import outcomes


def found(text):
    return [(o.metric, o.value, o.unit) for o in extract(text).outcomes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers seized half a dozen knives from the flat.", ("knives seized", 6, None)),
        ("About half a dozen men were arrested.", ("arrests", 6, None)),
        ("Police found three dozen cannabis plants.", ("cannabis plants seized", 36, None)),
        ("Police recovered a dozen phones and two knives.", ("phones seized", 12, None)),
    ],
)
def test_dozens_are_counted(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Detectives seized a quarter pound of heroin.", ("heroin seized (lb)", 0.25, "lb")),
        ("A quarter kilo of cocaine was found in the boot.", ("cocaine seized (kg)", 0.25, "kg")),
        ("Officers found a half kilo of cannabis.", ("cannabis seized (kg)", 0.5, "kg")),
        ("Officers found half a kilo of cannabis.", ("cannabis seized (kg)", 0.5, "kg")),
    ],
)
def test_a_fraction_before_a_weight_is_that_part_of_it(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "A quarter of the officers on the operation were new.",
        "Half the men arrested were released the next day.",
    ],
)
def test_a_fraction_of_no_weight_counts_nothing(text):
    assert [v for _m, v, _q in outcomes(text) if v in (0.25, 0.5)] == []
