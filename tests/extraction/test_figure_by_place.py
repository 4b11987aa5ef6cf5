"""People counted place by place after a total ("Of those arrested, 31 were held in one
country, 11 in another") are one figure per place, each named by its place as printed; a
figure told in two parts with no total before it is left as it was read.

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
            "Of those arrested, 22 were detained in Peru, nine in Bolivia and four in Chile.",
            [("arrests (Peru)", 22), ("arrests (Bolivia)", 9), ("arrests (Chile)", 4)],
        ),
        (
            "Of those held, 15 were charged in Northern Ireland and six in Scotland.",
            [("people charged (Northern Ireland)", 15), ("people charged (Scotland)", 6)],
        ),
        (
            "Eight were arrested in Spain, 5 in Portugal and 2 in France.",
            [("arrests (Spain)", 8), ("arrests (Portugal)", 5), ("arrests (France)", 2)],
        ),
    ],
)
def test_people_counted_place_by_place_are_one_figure_per_place(text, expected):
    assert pairs(text) == expected


def test_one_place_is_no_breakdown():
    assert pairs("Nine were charged in Leeds on Monday.") == [("people charged", 9)]
