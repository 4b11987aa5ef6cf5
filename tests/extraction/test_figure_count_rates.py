"""How often something happened over a period ("two or three a week", "17 thefts a week") is
a result of its own, named by what it counts and the period; a range keeps both ends. A
length of time counted over a period, or a figure for one stretch of time, is no rate.

Every text here is written for the test.
"""

import pytest

from articles.extraction import extract


def rates(text):
    return [(o.metric, o.value, o.value_max) for o in extract(text).outcomes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lorries were crossing the border at four or five a week.", ("events per week", 4, 5)),
        ("The ring sent between three and six couriers a week.", ("couriers per week", 3, 6)),
        ("Burglaries dropped from 30 a month to 12 a month.", ("burglaries per month", 30, None)),
        ("Some dealers made the trip two or three times a day.", ("times per day", 2, 3)),
        ("The gang ran up to 40 deliveries every week.", ("deliveries per week", 40, None)),
    ],
)
def test_a_count_over_a_period_is_a_rate(text, expected):
    assert expected in rates(text)


@pytest.mark.parametrize(
    "text",
    [
        "The helpline is staffed seven days a week.",
        "Officers worked 12 hours a day during the search.",
        "The drugs would have supplied 300 users for a week.",
        "Patrols visited the park nine times in a week.",
    ],
)
def test_a_stretch_of_time_is_no_rate(text):
    assert [m for m, _v, _t in rates(text) if m.endswith(("per week", "per day"))] == []


def test_money_over_a_period_keeps_its_own_name():
    assert rates("The line made £3,000 a day.") == [("daily takings", 3000, None)]
