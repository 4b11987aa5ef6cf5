"""One person counted without a figure, then a second thing that happened to them in the
same sentence ("... has been charged and has been remanded in custody"): two results of one
each, the second named by its own verb.

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
            "A 52-year-old man has been charged with handling stolen goods and has been"
            " remanded in custody.",
            [("people charged", 1), ("remanded in custody", 1)],
        ),
        (
            "A teenager was arrested on suspicion of robbery and was later released on bail.",
            [("arrests", 1), ("released on bail", 1)],
        ),
        (
            "A woman was charged with fraud and was remanded to appear before magistrates.",
            [("people charged", 1), ("remanded in custody", 1)],
        ),
    ],
)
def test_a_second_thing_that_happened_to_the_person_is_counted(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A man was arrested and was released.",
        "A man was arrested and was taken to hospital.",
    ],
)
def test_a_second_verb_that_counts_nothing_adds_nothing(text):
    assert pairs(text) == [("arrests", 1)]
