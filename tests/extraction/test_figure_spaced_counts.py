"""Counts whose thousands a space sets apart, as much of the world writes them.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import outcomes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police seized 2 300 tablets of ecstasy.", [("ecstasy tablets seized", 2300)]),
        ("Officers seized 12 500 cigarettes in the raid.", [("cigarettes seized", 12500)]),
        ("Customs officers seized 1 250 000 cigarettes.", [("cigarettes seized", 1_250_000)]),
        ("Police seized R386 550 in cash.", [("cash seized", 386_550)]),
    ],
)
def test_thousands_set_apart_by_a_space_are_one_count(text, expected):
    assert [(m, v) for m, v, _q in outcomes(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police seized 1,200 tablets.", [("tablets seized", 1200)]),
        (
            "Officers seized 12 knives and 300 cigarettes.",
            [
                ("knives seized", 12),
                ("cigarettes seized", 300),
            ],
        ),
    ],
)
def test_counts_written_otherwise_are_read_as_before(text, expected):
    assert [(m, v) for m, v, _q in outcomes(text)] == expected
