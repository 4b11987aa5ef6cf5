"""How a reported figure reads wherever it is shown: pages, charts and exports.

A figure's unit is one of the extractor's codes (`articles.extraction.vocabulary.Unit`): money
as a currency code (`GBP`), `%`, weights by their symbol (`kg`), `months`; a plain count has
none. Which chart a figure goes on follows from the same codes. Plain Python, no Django.
"""

from decimal import Decimal

from articles.extraction.vocabulary import (
    CURRENCY_LETTERS,
    CURRENCY_SIGNS,
    MONEY_UNITS,
    WEIGHT_UNITS,
    Qualifier,
    Unit,
)

# GBP → "£", ZAR → "R": the sign printed before an amount in that currency.
SIGNS = {unit: sign for sign, unit in (CURRENCY_SIGNS | CURRENCY_LETTERS).items()}

# Charts put figures on one scale only when they share a unit: each currency has a chart of
# its own under money, each weight unit under weight.
UNIT_HEADINGS = {
    "": "Counts",
    Unit.MONTHS: "In months",
    Unit.PERCENT: "Percentages",
    **{unit: f"Money ({SIGNS[unit]})" for unit in MONEY_UNITS},
    **{unit: f"Weight ({unit})" for unit in WEIGHT_UNITS},
}


def plain_number(value):
    """70.000 → "70", 2.500 → "2.5", 8000000 → "8,000,000"; None → ""."""
    if value is None or value == "":
        return ""
    value = Decimal(value)
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value.normalize():,f}"


def unit_code(unit):
    """The vocabulary's code for `unit`. A currency sign stored as the unit ("£"), as figures
    were before money had codes, reads as its currency."""
    unit = unit or ""
    return str(CURRENCY_SIGNS.get(unit, unit))


def unit_heading(unit):
    """The heading of the chart a figure in `unit` goes on."""
    code = unit_code(unit)
    return UNIT_HEADINGS.get(code, f"In {code}")


def amount(value, value_max=None, unit=""):
    """The number with its unit: "£96,509", "£15–£18", "45%", "12 kg", "15–18 months"."""
    code = unit_code(unit)
    low, high = plain_number(value), plain_number(value_max)
    sign = SIGNS.get(code)
    if sign:
        low, high = f"{sign}{low}", f"{sign}{high}" if high else ""
    shown = f"{low}–{high}" if high else low
    if code == Unit.PERCENT:
        return f"{shown}%"
    return f"{shown} {code}" if code and not sign else shown


def figure(value, value_max=None, unit="", qualifier=""):
    """The figure as a reader sees it: "more than £96,509", "about 45%", "life"."""
    if qualifier == Qualifier.LIFE:
        return "life"
    shown = amount(value, value_max, unit)
    if qualifier and qualifier != Qualifier.EXACTLY:
        return f"{qualifier} {shown}"
    return shown
