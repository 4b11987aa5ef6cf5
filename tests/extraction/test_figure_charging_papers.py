"""A charging paper counted by its counts ("a 14-count indictment") records the counts it
holds, written in digits or in words, with or without a word between.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import outcomes


def pairs(text):
    return [(m, v) for m, v, _q in outcomes(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A grand jury has returned a 31-count indictment against the ring's leaders.", 31),
        ("The 12-count indictment, unsealed on Friday, names six men.", 12),
        ("Prosecutors filed a three-count federal complaint on Tuesday.", 3),
        ("He was arraigned on a 9-count superseding indictment.", 9),
    ],
)
def test_the_counts_a_charging_paper_holds_are_recorded(text, value):
    assert ("counts", value) in pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "A grand jury returned the indictment after a 3-count vote.",
        "The complaint was filed by a 40-year-old count of the realm.",
    ],
)
def test_a_count_that_qualifies_no_charging_paper_is_left_alone(text):
    assert [m for m, _v in pairs(text) if m == "counts"] == []
