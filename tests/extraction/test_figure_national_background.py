"""A national figure given as background, over a past period or a programme's life, is not
a result; a national operation's own results still are, marked national.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import outcomes


def pairs(text):
    return [(m, v) for m, v, _q in outcomes(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Nationally, more than 900 county lines have been closed since the programme began.",
        "Across the country, 3,000 people were arrested last year for similar offences.",
        "Across England, 40 tonnes of cocaine were seized in 2022.",
        "Forces across the country have seized 5,000 knives since 2019.",
        "Nationwide, 700 firearms are seized each year.",
        "From March to October 2025, agencies nationwide arrested 12,400 suspects.",
        "So far this year, 950 people have been arrested across the country.",
        "Nationally, year-to-date seizures stand at 310 kilograms of cocaine.",
    ],
)
def test_a_national_figure_for_a_past_period_is_background(text):
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "During the national week of action, 1,200 people were arrested.",
            [("arrests (national)", 1200)],
        ),
        ("Across the country, 80 weapons were seized.", [("weapons seized (national)", 80)]),
    ],
)
def test_a_national_operations_own_results_are_kept(text, expected):
    assert pairs(text) == expected


def test_a_local_figure_for_a_past_period_is_kept():
    assert pairs("Officers in the town arrested 14 people last year.") == [("arrests", 14)]
