"""A total with its breakdown beside it, between dashes or in brackets, counts once: the
parts are not added to it nor counted on their own.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import outcomes


def pairs(text):
    return [(m, v) for m, v, _q in outcomes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twelve people - eight men and four women - were arrested.", [("arrests", 12)]),
        (
            "Ten people – seven men and three women aged 19 to 60 – were arrested.",
            [("arrests", 10)],
        ),
        ("Twelve people (eight men and four women) were arrested.", [("arrests", 12)]),
        ("Officers arrested three people - two men and a woman.", [("arrests", 3)]),
        ("Officers arrested five people (three men and two boys) on Monday.", [("arrests", 5)]),
        ("Six weapons (four knives and two guns) were seized.", [("weapons seized", 6)]),
    ],
)
def test_a_total_counts_once_whatever_its_breakdown(text, expected):
    assert pairs(text) == expected


def test_a_group_listed_without_a_total_is_still_added_up():
    assert pairs("Six men and two women were arrested.") == [("arrests", 8)]
