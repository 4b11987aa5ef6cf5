"""An amount named by the words just before it: what victims lost, the damage done, the debt
victims were told they owed, what one thing changed hands for; a range keeps both ends.

Every text here is written for the test.
"""

import pytest

from articles.extraction import extract


def amounts(text):
    return [(o.metric, o.value, o.value_max) for o in extract(text).outcomes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The loss to the shop was put at $2,300.", ("losses", 2300, None)),
        ("Losses of about £85,000 were reported by the farms.", ("losses", 85000, None)),
        ("The fire caused damage valued at £120,000.", ("damage (value)", 120000, None)),
        (
            "Each worker was told he owed “between £8,000 and £12,000” for the journey.",
            ("debt claimed per victim", 8000, 12000),
        ),
        ("A rifle was changing hands for up to $4,000.", ("price each", 4000, None)),
        ("Stolen quad bikes fetched £1,500 to £2,000 abroad.", ("price each", 1500, 2000)),
    ],
)
def test_an_amount_is_named_by_the_words_before_it(text, expected):
    assert expected in amounts(text)


def test_an_amount_with_no_such_words_keeps_its_reading():
    assert amounts("Officers seized £4,000 in cash and 2kg of cocaine.") == [
        ("cash seized", 4000, None),
        ("cocaine seized (kg)", 2, None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The workers were told they owed debts of £9,000 for their travel.",
        "They were told they owed up to £9,000 each for travel and fees.",
    ],
)
def test_what_victims_were_told_they_owed_is_a_debt_per_victim(text):
    assert [(m, v) for m, v, _top in amounts(text)] == [("debt claimed per victim", 9000)]
