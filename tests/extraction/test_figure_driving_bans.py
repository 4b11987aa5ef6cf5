"""A driving ban is a term of its own kind, "driving ban" in months, whether its length
follows the ban's words or comes before them; it is never read as a prison sentence.

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
            "The two men were banned from driving for 18 months at the magistrates' court.",
            [("driving ban", 18)],
        ),
        ("The judge revoked her driver's license for three years.", [("driving ban", 36)]),
        ("He was disqualified from driving for a period of two years.", [("driving ban", 24)]),
        ("She was handed a 12-month driving ban.", [("driving ban", 12)]),
        ("The court imposed a four-year driving ban.", [("driving ban", 48)]),
    ],
)
def test_a_driving_ban_is_recorded_in_months(text, expected):
    assert pairs(text) == expected


def test_a_prison_term_beside_a_ban_keeps_its_own_name():
    text = "He was jailed for 20 months and banned from driving for five years."
    assert pairs(text) == [("sentence", 20), ("driving ban", 60)]


def test_a_ban_from_somewhere_else_is_no_driving_ban():
    assert pairs("He was banned from the town centre for two years.") == []
