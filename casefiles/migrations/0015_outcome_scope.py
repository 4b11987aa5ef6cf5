"""Whose result a figure is (scope) and whether it adds up a group's results (is_total).

Figures stored before this were marked national only in their metric ("arrests (national)");
those not credited to an operation are given the national scope, so that the pages and the
filter agree with the name. One an editor has credited to an operation keeps the operation's
scope: the new constraint then holds for every row. The suffix is written out here rather
than imported: a migration keeps the meaning it had when it was written.
"""

from django.conf import settings
from django.db import migrations, models
from django.db.models import F

NATIONAL_SUFFIX = " (national)"


def national_scope(apps, schema_editor):
    changed = 0
    for name in ("Outcome", "HistoricalOutcome"):
        model = apps.get_model("casefiles", name)
        changed += model._default_manager.filter(
            metric__endswith=NATIONAL_SUFFIX, operation__isnull=True
        ).update(scope="national")
    if changed:
        # Cached reader pages show the figures without their scope until the version moves on.
        ContentVersion = apps.get_model("casefiles", "ContentVersion")
        ContentVersion.objects.filter(pk=1).update(version=F("version") + 1)



class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0005_queued_pages'),
        ('casefiles', '0014_search_by_kind'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='historicaloutcome',
            name='is_total',
            field=models.BooleanField(default=False, help_text='Ticked when the figure adds up a group’s results rather than giving one person’s or one event’s: “a total of 22 years for 12 men”, “a combined 31 charges”.', verbose_name='group total'),
        ),
        migrations.AddField(
            model_name='historicaloutcome',
            name='scope',
            field=models.CharField(choices=[('operation', 'the operation'), ('force', 'force-wide figure'), ('national', 'national figure')], db_index=True, default='operation', help_text='Whose result the figure is: the operation the article reports, the force as a whole (“across the force area this year”), or the whole country or several forces together (“arrests nationwide”). A national figure is never credited to the operation.', max_length=10),
        ),
        migrations.AddField(
            model_name='outcome',
            name='is_total',
            field=models.BooleanField(default=False, help_text='Ticked when the figure adds up a group’s results rather than giving one person’s or one event’s: “a total of 22 years for 12 men”, “a combined 31 charges”.', verbose_name='group total'),
        ),
        migrations.AddField(
            model_name='outcome',
            name='scope',
            field=models.CharField(choices=[('operation', 'the operation'), ('force', 'force-wide figure'), ('national', 'national figure')], db_index=True, default='operation', help_text='Whose result the figure is: the operation the article reports, the force as a whole (“across the force area this year”), or the whole country or several forces together (“arrests nationwide”). A national figure is never credited to the operation.', max_length=10),
        ),
        migrations.RunPython(national_scope, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name='outcome',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('scope', 'national'), _negated=True), ('operation__isnull', True), _connector='OR'), name='casefiles_outcome_national_not_credited_to_operation'),
        ),
    ]
