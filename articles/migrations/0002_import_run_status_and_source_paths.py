"""Import runs say whether they finished or were interrupted; articles read from subfolders are
known by their path within the folder imported.

Runs recorded before have a finish time if they finished; one without was stopped part-way
(the command wrote the finish time last), so it is recorded as interrupted. Article names need no
change: files directly in the folder imported keep their bare names.
"""

from django.db import migrations, models


def _status_of_earlier_runs(apps, schema_editor):
    ImportRun = apps.get_model("articles", "ImportRun")
    ImportRun.objects.filter(finished__isnull=False).update(status="finished")
    ImportRun.objects.filter(finished__isnull=True).update(status="interrupted")


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='importrun',
            name='host',
            field=models.CharField(blank=True, help_text='The machine the import ran on.', max_length=255),
        ),
        migrations.AddField(
            model_name='importrun',
            name='pid',
            field=models.PositiveIntegerField(blank=True, help_text="The import's process on that machine.", null=True, verbose_name='process id'),
        ),
        migrations.AddField(
            model_name='importrun',
            name='status',
            field=models.CharField(choices=[('running', 'Running'), ('finished', 'Finished'), ('interrupted', 'Interrupted')], default='running', help_text='Interrupted: the run was stopped (Ctrl-C, a kill, a restart) before it read every file; the articles it finished are imported, the rest are not.', max_length=12),
        ),
        migrations.AlterField(
            model_name='article',
            name='source_name',
            field=models.CharField(help_text='Where the text was imported from: its path within the folder imported (its bare file name when it sat in that folder itself, or was given on its own). A re-import of the same file updates this article.', max_length=255, unique=True, verbose_name='source file'),
        ),
        migrations.AlterField(
            model_name='historicalarticle',
            name='source_name',
            field=models.CharField(db_index=True, help_text='Where the text was imported from: its path within the folder imported (its bare file name when it sat in that folder itself, or was given on its own). A re-import of the same file updates this article.', max_length=255, verbose_name='source file'),
        ),
        migrations.RunPython(_status_of_earlier_runs, migrations.RunPython.noop),
    ]
