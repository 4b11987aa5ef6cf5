"""What a magistrates' court hands down besides a fine or a prison term: costs and the victim
surcharge, penalty points, rehabilitation activity days, a community order or a ban whose
length is written as an adjective, and an order that binds someone for years.

Every text here is written for the test.
"""

import pytest

from articles.extraction import extract


def found(text):
    return [(o.metric, o.value, o.unit) for o in extract(text).outcomes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A roofer was fined £250, with £90 costs.", ("costs", 90)),
        ("She must pay £120 in prosecution costs.", ("costs", 120)),
        ("He was also told to pay $300 in court costs.", ("costs", 300)),
        ("The bench added a £48 victim surcharge.", ("victim surcharge", 48)),
        ("He was ordered to pay a victim surcharge of £34.", ("victim surcharge", 34)),
    ],
)
def test_costs_and_the_victim_surcharge(text, expected):
    assert expected in [(m, v) for m, v, _u in found(text)]


def test_a_fine_costs_and_surcharge_in_one_sentence_are_three_results():
    text = "A cyclist was fined £200 and ordered to pay £75 costs and an £80 victim surcharge."
    assert [(m, v) for m, v, _u in found(text)] == [
        ("fine", 200),
        ("costs", 75),
        ("victim surcharge", 80),
    ]


def test_what_something_costs_is_no_court_order():
    assert not found("The new footbridge costs £5,000 to repaint.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("His licence was endorsed with four penalty points.", ("penalty points", 4)),
        ("A van driver received nine penalty points.", ("penalty points", 9)),
        (
            "She must complete 15 rehabilitation activity days.",
            ("rehabilitation activity days", 15),
        ),
        ("Officers handed out 11 dispersal notices.", ("dispersal notices", 11)),
    ],
)
def test_what_a_court_or_patrol_gave_counted(text, expected):
    assert expected in [(m, v) for m, v, _u in found(text)]


def test_points_scored_are_no_penalty():
    assert not found("The home side scored 12 points in the second half.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A shoplifter was given an 18-month community order.", ("community order", 18)),
        ("He was handed a 10-month jail term.", ("sentence", 10)),
        ("She was given a two-year restraining order.", ("restraining order", 24)),
        (
            "He was jailed and made subject to a serious crime prevention order for seven years.",
            ("serious crime prevention order", 84),
        ),
    ],
)
def test_a_term_written_as_an_adjective_or_named_by_its_order(text, expected):
    assert (*expected, "months") in found(text)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("A motorist caught at 96mph was given a six-month ban.", 6),
        ("The driver admitted the offence and received a one-year ban.", 12),
    ],
)
def test_a_ban_where_the_sentence_speaks_of_driving_is_a_driving_ban(text, months):
    assert ("driving ban", months, "months") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The league handed the striker a three-month ban.",
        "He was jailed and given a five-year ban from the ground.",
    ],
)
def test_a_ban_from_anything_else_is_neither_a_driving_ban_nor_a_prison_term(text):
    assert not [m for m, _v, _u in found(text) if m in ("driving ban", "sentence")]


def test_an_order_named_before_its_length_needs_no_talk_of_jail():
    text = "She was made subject to a criminal behaviour order for three years on her release."
    assert ("criminal behaviour order", 36, "months") in found(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Three were freed on bail ranging from $1,000 to $5,000.", 1_000),
        ("The pair were released on bail of between £500 and £2,000.", 500),
    ],
)
def test_bail_given_as_a_range(text, value):
    assert ("bail", value) in [(m, v) for m, v, _u in found(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She was told to pay £75 compensation.", ("compensation", 75)),
        ("He must pay £150 in compensation to the shop.", ("compensation", 150)),
        ("The judge made a £9,000 compensation order.", ("compensation order", 9_000)),
    ],
)
def test_compensation_with_and_without_an_order(text, expected):
    assert [(m, v) for m, v, _u in found(text)] == [expected]
