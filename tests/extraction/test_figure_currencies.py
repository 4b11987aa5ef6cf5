"""Money in currencies written with letters: rand ("R4.2 million", "R386 550") and rupees
("Rs 12.5 lakh", "Rs 3.6 crore"), and other countries' dollars ("S$", "HK$"), read as pounds,
dollars and euros are.

Every text here is written for the test.
"""

import pytest

from articles.extraction import extract
from articles.extraction.vocabulary import Unit


def money(text):
    return [(o.metric, o.value, o.value_max, o.unit) for o in extract(text).outcomes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Detectives seized cannabis with a street value of R2.7 million.",
            ("drugs seized (value)", 2_700_000, None, Unit.ZAR),
        ),
        (
            "Officers recovered R58 in cash from the driver.",
            ("cash seized", 58, None, Unit.ZAR),
        ),
        (
            "Cash totalling R1 250 000 was found in a safe.",
            ("cash seized", 1_250_000, None, Unit.ZAR),
        ),
        (
            "The accused were paid between R350 and R500 a day.",
            ("daily pay", 350, 500, Unit.ZAR),
        ),
    ],
)
def test_rand_are_read_as_money(text, expected):
    assert expected in money(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Heroin worth Rs 4.2 crore was seized from the lorry.",
            ("drugs seized (value)", 42_000_000, None, Unit.INR),
        ),
        (
            "Police found Rs 7 lakh in cash in the cupboard.",
            ("cash seized", 700_000, None, Unit.INR),
        ),
        (
            "Police found Rs35,000 in cash in the cupboard.",
            ("cash seized", 35_000, None, Unit.INR),
        ),
        (
            "The racket earned between Rs 2 lakh and Rs 3 lakh a month.",
            ("monthly profits", 200_000, 300_000, Unit.INR),
        ),
    ],
)
def test_rupees_are_read_with_lakh_and_crore(text, expected):
    assert expected in money(text)


def test_an_amount_in_rand_runs_over_its_spaced_thousands():
    found = extract("Cash of R48 900 was seized at the house.").outcomes
    assert [(o.value, o.span.text) for o in found] == [(48_900, "R48 900")]


@pytest.mark.parametrize(
    "text",
    [
        "The lorry was stopped on the R61 near the bridge, and cash was seized.",
        "Drugs and cash were seized, said Sgt R. 45 officers took part.",
        "Cash was seized at the flat, near the rs 12 bus stop.",
    ],
)
def test_letters_that_are_not_a_currency_make_no_money(text):
    assert not [row for row in money(text) if row[3] in (Unit.ZAR, Unit.INR)]


def test_spaced_digits_after_an_amount_in_pounds_stay_apart():
    # Only rand are written with spaces between thousands.
    assert ("cash seized", 300, None, Unit.GBP) in money("Police seized £300 500 times.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers seized EUR 4.1 million in cash.", ("cash seized", 4_100_000, Unit.EUR)),
        ("Police seized GBP 380 000 in cash.", ("cash seized", 380_000, Unit.GBP)),
        ("Agents seized USD 52,000 in cash.", ("cash seized", 52_000, Unit.USD)),
        (
            "Drugs with a street value of well over EUR 150 million were seized.",
            ("drugs seized (value)", 150_000_000, Unit.EUR),
        ),
    ],
)
def test_currency_codes_before_an_amount_are_read_as_money(text, expected):
    assert [(o.metric, o.value, o.unit) for o in extract(text).outcomes] == [expected]


@pytest.mark.parametrize("text", ["Officers seized 20 phones in Unit 4.", "The M25 was shut."])
def test_capitals_before_a_figure_that_are_no_currency_leave_it_alone(text):
    assert all(o.unit is None for o in extract(text).outcomes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cannabis worth about S$36,500 was found in the boot.",
            ("drugs seized (value)", 36_500, None, Unit.SGD),
        ),
        (
            "Officers found HK$2.4 million in cash in a safe.",
            ("cash seized", 2_400_000, None, Unit.HKD),
        ),
        ("Cash amounting to J$95,000 was seized.", ("cash seized", 95_000, None, Unit.JMD)),
        (
            "Agents seized cocaine worth US$3.2 million at the port.",
            ("drugs seized (value)", 3_200_000, None, Unit.USD),
        ),
        (
            "Heroin worth PHP 340,000.00 was recovered from the suspect.",
            ("drugs seized (value)", 340_000, None, Unit.PHP),
        ),
    ],
)
def test_dollars_and_pesos_of_other_countries_are_told_by_their_letters(text, expected):
    assert expected in money(text)


def test_a_dollar_sign_alone_stays_the_us_dollar():
    assert money("Detectives seized $18,000 in cash.") == [("cash seized", 18_000, None, Unit.USD)]
