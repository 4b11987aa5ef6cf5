"""Imported figures keep the extractor's unit codes, so pages and charts read them as money."""

from io import StringIO

import pytest
from django.core.management import call_command

from casefiles.models import Outcome

pytestmark = pytest.mark.django_db

ARTICLE = """Cash and cannabis seized in Harlow raids

Officers seized £12,500 in cash during raids in Harlow on Tuesday.

Detectives also found 2kg of cannabis, and burglary in the town has fallen by 14 per cent.
"""


def test_imported_amounts_percentages_and_weights_keep_their_unit_codes(tmp_path):
    (tmp_path / "harlow.txt").write_text(ARTICLE, encoding="utf-8")
    call_command("import_articles", str(tmp_path), stdout=StringIO(), stderr=StringIO())
    units = dict(Outcome.objects.values_list("metric", "unit"))
    assert units == {
        "cash seized": "GBP",
        "cannabis seized (kg)": "kg",
        "burglary reduction (%)": "%",
    }
