"""A drug the release names only by its street name keeps that name in its metric, by weight
or by the form it came in.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import outcomes


def pairs(text):
    return [(m, v) for m, v, _q in outcomes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Agents recovered 250 grams of suspected shabu.", ("shabu seized (g)", 250)),
        ("The unit seized 4 kilograms of shabu at the port.", ("shabu seized (kg)", 4)),
        ("Officers found 900 pounds of compressed ganja.", ("ganja seized (lb)", 900)),
        ("They seized 75 ecstasy tablets from the flat.", ("ecstasy tablets seized", 75)),
        ("Officers found 410 tablets of suspected ecstasy.", ("ecstasy tablets seized", 410)),
        ("Officers seized 212 Erimin-5 tablets.", ("erimin-5 tablets seized", 212)),
    ],
)
def test_a_street_name_is_kept(text, expected):
    assert expected in pairs(text)


def test_the_chemical_name_is_kept_where_printed():
    assert pairs("Officers seized 3kg of MDMA.") == [("MDMA seized (kg)", 3)]
