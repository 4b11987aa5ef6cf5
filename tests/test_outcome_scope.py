"""Whose result a stored figure is (its scope) and whether it is a group's total: written by
the importer, kept by the database, shown to readers, filtered and exported."""

import csv
import io
import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.urls import reverse

from casefiles.models import Outcome, Scope
from tests.admin.helpers import admin_url
from tests.factories import OperationFactory, OutcomeFactory

pytestmark = pytest.mark.django_db

ARTICLE = """Forty held in Tollbridge drug raids

Operation Quillon officers made 40 arrests in Tollbridge on Tuesday.

In the same week 2,600 people were arrested nationwide.

Four members of the gang were jailed for a total of 19 years.
"""


@pytest.fixture
def imported(tmp_path):
    (tmp_path / "tollbridge.txt").write_text(ARTICLE, encoding="utf-8")
    call_command("import_articles", str(tmp_path), stdout=StringIO(), stderr=StringIO())
    return {o.value: o for o in Outcome.objects.select_related("operation")}


def test_the_importer_stores_the_scope_of_each_figure(imported):
    local, national = imported[40], imported[2600]
    assert (local.scope, local.operation.name) == (Scope.OPERATION, "Operation Quillon")
    assert (national.scope, national.operation) == (Scope.NATIONAL, None)


def test_the_importer_marks_a_groups_total(imported):
    assert [o.metric for o in imported.values() if o.is_total] == ["total sentence"]


def test_a_national_figure_cannot_be_credited_to_an_operation():
    with pytest.raises(IntegrityError), transaction.atomic():
        OutcomeFactory(scope=Scope.NATIONAL, operation=OperationFactory())


def test_the_outcome_list_says_which_figures_are_national_and_which_are_totals(client):
    OutcomeFactory(metric="arrests (national)", value=2600, scope=Scope.NATIONAL)
    OutcomeFactory(metric="total sentence", value=228, is_total=True)
    html = client.get(reverse("casefiles:outcome-list")).content.decode()
    assert "national figure</span>" in html
    assert "total</span>" in html


def test_a_figure_of_the_operation_carries_no_scope_label(client):
    OutcomeFactory()
    html = client.get(reverse("casefiles:outcome-list")).content.decode()
    assert "national figure</span>" not in html
    assert "total</span>" not in html


def test_the_outcome_list_filters_by_scope(client):
    OutcomeFactory(metric="arrests (national)", value=2600, scope=Scope.NATIONAL)
    OutcomeFactory(metric="arrests", value=40)
    response = client.get(reverse("casefiles:outcome-list"), {"scope": "national"})
    assert [o.value for o in response.context["page_obj"]] == [2600]


def test_the_outcome_list_filters_group_totals(client):
    OutcomeFactory(metric="total sentence", value=228, is_total=True)
    OutcomeFactory(metric="arrests", value=40)
    response = client.get(reverse("casefiles:outcome-list"), {"is_total": "true"})
    assert [o.value for o in response.context["page_obj"]] == [228]


def test_the_outcome_export_has_scope_and_total_columns(client):
    OutcomeFactory(metric="arrests (national)", value=2600, scope=Scope.NATIONAL)
    response = client.get(reverse("casefiles:outcome-export", kwargs={"fmt": "csv"}))
    text = b"".join(response.streaming_content).decode()
    [row] = csv.DictReader(io.StringIO(text))
    assert (row["scope"], row["is_total"]) == ("national", "false")


def test_the_admin_filters_outcomes_by_scope(admin_client):
    OutcomeFactory(metric="arrests (national)", value=2600, scope=Scope.NATIONAL)
    OutcomeFactory(metric="arrests", value=40)
    response = admin_client.get(admin_url(Outcome, "changelist"), {"scope__exact": "national"})
    assert response.status_code == 200
    assert [o.value for o in response.context["cl"].result_list] == [2600]


def test_extract_json_gives_scope_and_total(tmp_path):
    (tmp_path / "tollbridge.txt").write_text(ARTICLE, encoding="utf-8")
    out = StringIO()
    call_command("extract", "--json", str(tmp_path), stdout=out)
    [article] = json.loads(out.getvalue())["articles"]
    scopes = {(o["value"], o["scope"], o["is_total"]) for o in article["outcomes"]}
    assert (2600, "national", False) in scopes
    assert (228, "operation", True) in scopes
    assert (40, "operation", False) in scopes
