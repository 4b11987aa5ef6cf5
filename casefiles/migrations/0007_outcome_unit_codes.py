"""Money stored with its currency code ("GBP") rather than the sign it was printed with ("£").

The extractor used to give an amount's unit as its sign; the pages and charts read currency
codes. History rows are converted too, so that a record's history shows no unit change that
nobody made. The table is written out here rather than imported: a migration keeps the
meaning it had when it was written.
"""

from django.db import migrations

SIGN_TO_CODE = {"£": "GBP", "$": "USD", "€": "EUR"}
MODELS = ("Outcome", "HistoricalOutcome")


def _convert(apps, mapping):
    for name in MODELS:
        model = apps.get_model("casefiles", name)
        for old, new in mapping.items():
            model._default_manager.filter(unit=old).update(unit=new)


def signs_to_codes(apps, schema_editor):
    _convert(apps, SIGN_TO_CODE)


def codes_to_signs(apps, schema_editor):
    _convert(apps, {code: sign for sign, code in SIGN_TO_CODE.items()})


class Migration(migrations.Migration):
    dependencies = [
        ("casefiles", "0006_passage_found_when_offsets_blank"),
    ]

    operations = [
        migrations.RunPython(signs_to_codes, codes_to_signs),
    ]
