"""What a court set as US courts print it: bail as a bond, a fine with whom it was on, and
probation placed without talk of jail; and what the law provides for ("carries a penalty
of life imprisonment"), which is no result.

Every text here is written for the test.
"""

import pytest

from articles.extraction import extract


def found(text):
    return [(o.metric, o.value, o.unit) for o in extract(text).outcomes]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("She was released on a $7,500 bond pending trial.", 7_500),
        ("The driver remains jailed on $60,000 bond.", 60_000),
        ("He was booked into the county jail on a $1,000 cash bond.", 1_000),
    ],
)
def test_a_bond_someone_is_held_or_released_on_is_bail(text, value):
    assert [(m, v) for m, v, _u in found(text)] == [("bail", value)]


def test_a_bond_no_one_is_held_on_is_not_bail():
    assert not [
        m for m, _v, _u in found("The town sold a $2,000 bond to fix the road.") if m == "bail"
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The magistrate fined him $350.", 350),
        ("A judge fined them £1,200 for the offence.", 1_200),
    ],
)
def test_a_fine_with_whom_it_was_on(text, value):
    assert [(m, v) for m, v, _u in found(text)] == [("fine", value)]


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("The judge placed her on two years of probation.", 24),
        ("He was also put on 18 months of probation.", 18),
    ],
)
def test_probation_placed_without_talk_of_jail(text, months):
    assert ("probation", months, "months") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Possession of 20 grams or more of cocaine carries a penalty of life imprisonment.",
        "If convicted, the pair face a minimum of seven years and up to life in prison.",
        "Dealing more than 30 grammes of cannabis may attract a caning.",
        "Supplying a child is punishable by up to 14 years in jail.",
    ],
)
def test_what_the_law_provides_is_no_result(text):
    assert found(text) == []


def test_a_sentence_passed_is_still_a_result():
    assert ("sentence", 60, "months") in found("The dealer was jailed for five years.")
