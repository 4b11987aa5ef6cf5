"""Figures read the same wherever they are shown: by unit, with their qualifier."""

from decimal import Decimal

import pytest

from articles.extraction.vocabulary import Unit
from casefiles.figures import UNIT_HEADINGS, figure, unit_heading


@pytest.mark.parametrize(
    ("value", "value_max", "unit", "qualifier", "shown"),
    [
        (Decimal("96509.000"), None, "GBP", "", "£96,509"),
        (Decimal("2500000"), None, "USD", "", "$2,500,000"),
        (Decimal("40"), None, "EUR", "about", "about €40"),
        (Decimal("4200000"), None, "ZAR", "", "R4,200,000"),
        (Decimal("1250000"), None, "INR", "", "Rs1,250,000"),
        (Decimal("15000"), Decimal("18000"), "GBP", "", "£15,000–£18,000"),
        (Decimal("45"), None, "%", "", "45%"),
        (Decimal("12.500"), None, "kg", "more than", "more than 12.5 kg"),
        (Decimal("15"), Decimal("18"), "months", "", "15–18 months"),
        (Decimal("70"), None, "", "exactly", "70"),
        (Decimal("70"), None, "", "more than", "more than 70"),
        (Decimal("8000000"), None, "", "", "8,000,000"),
        (None, None, "months", "life", "life"),
    ],
)
def test_a_figure_reads_with_its_unit_and_qualifier(value, value_max, unit, qualifier, shown):
    assert figure(value, value_max, unit, qualifier) == shown


def test_a_pound_sign_stored_as_the_unit_reads_as_pounds():
    assert figure(Decimal("12500"), unit="£") == "£12,500"
    assert unit_heading("£") == unit_heading("GBP")


def test_every_unit_the_extractor_emits_has_a_chart_heading():
    assert set(Unit) <= set(UNIT_HEADINGS)


@pytest.mark.parametrize(
    ("unit", "heading"),
    [
        ("GBP", "Money (£)"),
        ("USD", "Money ($)"),
        ("ZAR", "Money (R)"),
        ("%", "Percentages"),
        ("", "Counts"),
    ],
)
def test_money_charts_under_its_currency_and_percentages_apart(unit, heading):
    assert unit_heading(unit) == heading


@pytest.mark.django_db
def test_money_stored_with_a_currency_sign_is_given_its_code():
    import importlib

    from django.apps import apps

    from casefiles.models import Outcome
    from tests.factories import OutcomeFactory

    migration = importlib.import_module("casefiles.migrations.0007_outcome_unit_codes")
    pounds = OutcomeFactory(value=12500, unit="£", qualifier="")
    weight = OutcomeFactory(value=3, unit="kg", qualifier="", passage_text="Report")
    migration.signs_to_codes(apps, None)
    assert Outcome.objects.get(pk=pounds.pk).unit == "GBP"
    assert Outcome.objects.get(pk=weight.pk).unit == "kg"
