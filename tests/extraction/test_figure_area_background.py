"""A whole area's tally over a year that is over (a state's, a region's, a force's), given as
background and claimed by no operation, is not a result; the same area's figure for the
operation the article reports still is.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import outcomes


def pairs(text):
    return [(m, v) for m, v, _q in outcomes(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Across Tasmania, police seized more than 3.4 tonnes of illicit drugs in the 2023-24"
        " financial year.",
        "Throughout Wessex, officers recovered goods worth more than £2 million during 2023.",
        "Shoplifting reports across the county rose by 12 per cent in the last financial year.",
        "Islandwide, burglaries were down about 8 per cent in the first nine months of the year.",
        "According to the regional drugs report, 240 tonnes of cocaine were seized in 2023.",
        "According to the Northern Statistics Registry, arrests of young people rose by 6 per"
        " cent in 2024.",
        "Statewide, more than 2,500 firearms were surrendered in the year to June.",
        "The force recorded 3,100 burglaries last year.",
    ],
)
def test_an_areas_tally_over_a_past_year_is_background(text):
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Across Tasmania, police arrested 41 people during the raids.", [("arrests", 41)]),
        (
            "Officers in the town arrested 14 people in 2024 after a string of burglaries.",
            [("arrests", 14)],
        ),
        (
            "Across Wessex, Operation Kestrel seized 12 kilograms of cocaine last year.",
            [("cocaine seized (kg)", 12)],
        ),
    ],
)
def test_an_operations_own_results_are_kept(text, expected):
    assert pairs(text) == expected
