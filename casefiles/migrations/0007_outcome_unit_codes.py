"""Money stored with a currency sign as its unit ("£") gets the currency's code ("GBP").

Figures imported before the extractor spoke in codes held the sign, so they displayed as
"12,500 £" and were charted as counts. The mapping is written out here rather than imported,
so this migration does the same thing whatever the vocabulary becomes. Going back leaves the
codes, which read correctly either way.
"""

from django.db import migrations
from django.db.models import F

SIGN_TO_CODE = {"£": "GBP", "$": "USD", "€": "EUR"}


def signs_to_codes(apps, schema_editor):
    Outcome = apps.get_model("casefiles", "Outcome")
    ContentVersion = apps.get_model("casefiles", "ContentVersion")
    changed = 0
    for sign, code in SIGN_TO_CODE.items():
        changed += Outcome.objects.filter(unit=sign).update(unit=code)
    if changed:
        # Cached reader pages show the old units until the content version moves on.
        ContentVersion.objects.filter(pk=1).update(version=F("version") + 1)


class Migration(migrations.Migration):
    dependencies = [
        ("casefiles", "0006_passage_found_when_offsets_blank"),
    ]

    operations = [migrations.RunPython(signs_to_codes, migrations.RunPython.noop)]
