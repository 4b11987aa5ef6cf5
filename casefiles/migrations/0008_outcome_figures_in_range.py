"""Figures are kept within what the database can hold (15 digits before the point).

PostgreSQL never held a larger one; SQLite stored it, and then every page showing it failed.
Such a figure is no figure (the extractor now leaves it out and says so), so any that remain
are removed before the constraints that keep them out are added. Their history rows stay;
reading them shows no value. The limit is written out here: a migration keeps the meaning it
had when it was written.
"""

import casefiles.models.outcomes
from django.conf import settings
from django.db import migrations, models
from django.db.models import F, Q

LIMIT = 10**15


def drop_figures_out_of_range(apps, schema_editor):
    Outcome = apps.get_model("casefiles", "Outcome")
    out_of_range = Q()
    for field in ("value", "value_max"):
        out_of_range |= Q(**{f"{field}__gte": LIMIT}) | Q(**{f"{field}__lte": -LIMIT})
    deleted, _ = Outcome.objects.filter(out_of_range).delete()
    if deleted:
        # Cached reader pages would still show the figures until the content version moves on.
        ContentVersion = apps.get_model("casefiles", "ContentVersion")
        ContentVersion.objects.filter(pk=1).update(version=F("version") + 1)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("casefiles", "0007_outcome_unit_codes"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name="historicaloutcome",
            name="value",
            field=casefiles.models.outcomes.FigureField(
                blank=True,
                decimal_places=3,
                help_text="The figure as a number (money as a plain amount, sentences in months). Empty for a life sentence.",
                max_digits=18,
                null=True,
            ),
        ),
        migrations.AlterField(
            model_name="historicaloutcome",
            name="value_max",
            field=casefiles.models.outcomes.FigureField(
                blank=True,
                decimal_places=3,
                help_text="For a range (“15 to 18 months”) the upper figure; otherwise empty.",
                max_digits=18,
                null=True,
                verbose_name="up to value",
            ),
        ),
        migrations.AlterField(
            model_name="outcome",
            name="value",
            field=casefiles.models.outcomes.FigureField(
                blank=True,
                decimal_places=3,
                help_text="The figure as a number (money as a plain amount, sentences in months). Empty for a life sentence.",
                max_digits=18,
                null=True,
            ),
        ),
        migrations.AlterField(
            model_name="outcome",
            name="value_max",
            field=casefiles.models.outcomes.FigureField(
                blank=True,
                decimal_places=3,
                help_text="For a range (“15 to 18 months”) the upper figure; otherwise empty.",
                max_digits=18,
                null=True,
                verbose_name="up to value",
            ),
        ),
        migrations.RunPython(drop_figures_out_of_range, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="outcome",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("value__isnull", True),
                    models.Q(("value__gt", -1000000000000000), ("value__lt", 1000000000000000)),
                    _connector="OR",
                ),
                name="casefiles_outcome_value_in_range",
            ),
        ),
        migrations.AddConstraint(
            model_name="outcome",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("value_max__isnull", True),
                    models.Q(
                        ("value_max__gt", -1000000000000000), ("value_max__lt", 1000000000000000)
                    ),
                    _connector="OR",
                ),
                name="casefiles_outcome_value_max_in_range",
            ),
        ),
    ]
