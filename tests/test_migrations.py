"""Data migrations: what they do to rows already stored."""

import importlib

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from casefiles.models import Outcome
from tests.factories import OperationFactory, OutcomeFactory

pytestmark = pytest.mark.django_db

unit_codes = importlib.import_module("casefiles.migrations.0007_outcome_unit_codes")


@pytest.fixture
def historical_apps():
    """The models as the unit-code migration sees them."""
    loader = MigrationExecutor(connection).loader
    return loader.project_state(("casefiles", "0006_passage_found_when_offsets_blank")).apps


def test_money_stored_with_a_sign_is_given_its_currency_code(historical_apps):
    pounds = OutcomeFactory(unit="£", metric="cash seized", value=12500, qualifier="")
    dollars = OutcomeFactory(unit="$", metric="cash seized", value=900, qualifier="")
    euros = OutcomeFactory(unit="€", metric="fine", value=300, qualifier="")
    months = OutcomeFactory(unit="months", metric="sentence", value=36, qualifier="")
    unit_codes.signs_to_codes(historical_apps, None)
    units = dict(Outcome.objects.values_list("pk", "unit"))
    assert [units[o.pk] for o in (pounds, dollars, euros, months)] == [
        "GBP",
        "USD",
        "EUR",
        "months",
    ]


def test_history_rows_are_given_the_code_too(historical_apps):
    outcome = OutcomeFactory(unit="£", metric="cash seized", value=12500, qualifier="")
    unit_codes.signs_to_codes(historical_apps, None)
    assert set(outcome.history.values_list("unit", flat=True)) == {"GBP"}


def test_reversing_gives_the_signs_back(historical_apps):
    outcome = OutcomeFactory(unit="GBP", metric="cash seized", value=12500, qualifier="")
    unit_codes.codes_to_signs(historical_apps, None)
    outcome.refresh_from_db()
    assert outcome.unit == "£"


outcome_scope = importlib.import_module("casefiles.migrations.0015_outcome_scope")


@pytest.fixture
def scope_apps():
    """The models as the scope migration sees them."""
    loader = MigrationExecutor(connection).loader
    return loader.project_state(("casefiles", "0015_outcome_scope")).apps


def test_a_figure_stored_as_national_is_given_the_national_scope(scope_apps):
    national = OutcomeFactory(metric="arrests (national)", value=2000)
    local = OutcomeFactory(metric="arrests", value=40)
    outcome_scope.national_scope(scope_apps, None)
    scopes = dict(Outcome.objects.values_list("pk", "scope"))
    assert (scopes[national.pk], scopes[local.pk]) == ("national", "operation")


def test_a_national_figure_an_editor_credited_to_an_operation_keeps_its_scope(scope_apps):
    credited = OutcomeFactory(metric="arrests (national)", value=2000, operation=OperationFactory())
    outcome_scope.national_scope(scope_apps, None)
    credited.refresh_from_db()
    assert credited.scope == "operation"
