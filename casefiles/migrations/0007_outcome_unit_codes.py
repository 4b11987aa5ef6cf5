"""Money stored with its currency code ("GBP") rather than the sign it was printed with ("£").

The extractor used to give an amount's unit as its sign, so such figures displayed as
"12,500 £" and were charted as counts; the pages and charts read currency codes. History rows
are converted too, so that a record's history shows no unit change that nobody made. The table
is written out here rather than imported: a migration keeps the meaning it had when it was
written.
"""

from django.db import migrations
from django.db.models import F

SIGN_TO_CODE = {"£": "GBP", "$": "USD", "€": "EUR"}
MODELS = ("Outcome", "HistoricalOutcome")


def _convert(apps, mapping):
    changed = 0
    for name in MODELS:
        model = apps.get_model("casefiles", name)
        for old, new in mapping.items():
            changed += model._default_manager.filter(unit=old).update(unit=new)
    if changed:
        # Cached reader pages show the old units until the content version moves on.
        ContentVersion = apps.get_model("casefiles", "ContentVersion")
        ContentVersion.objects.filter(pk=1).update(version=F("version") + 1)


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
