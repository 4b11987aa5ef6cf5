"""Runs queued for background workers, with one item per source (its text, then its outcome).

Journalists and editors may read the new items as they read runs: the roles are refreshed once
the model exists, after the case-file app's own refresh.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def refresh_roles(apps, schema_editor):
    from casefiles.roles import ensure_roles

    ensure_roles(apps)


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0003_intake'),
        ('casefiles', '0010_person_surnames'),
        ('contenttypes', '0002_remove_content_type_name'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='importrun',
            name='publish',
            field=models.BooleanField(default=False, help_text='Whether the articles were published as they were imported.'),
        ),
        migrations.AddField(
            model_name='importrun',
            name='queued_count',
            field=models.PositiveIntegerField(default=0, help_text='How many files were queued for background workers; 0 for an import the command ran itself.', verbose_name='queued'),
        ),
        migrations.AlterField(
            model_name='importrun',
            name='status',
            field=models.CharField(choices=[('running', 'Running'), ('queued', 'Queued'), ('finished', 'Finished'), ('interrupted', 'Interrupted')], default='running', help_text='Queued: its files wait for background workers, which import them one by one. Interrupted: the run was stopped (Ctrl-C, a kill, a restart) before it read every file; the articles it finished are imported, the rest are not.', max_length=12),
        ),
        migrations.AlterField(
            model_name='importrun',
            name='user',
            field=models.CharField(blank=True, help_text='Who ran the import: the shell user, or the journalist who imported from the admin.', max_length=150),
        ),
        migrations.CreateModel(
            name='ImportItem',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('source_name', models.CharField(help_text="The name the article is known by (its file's path within the folder queued).", max_length=255, verbose_name='source file')),
                ('text', models.TextField(blank=True, help_text='The text to import, until it is imported.')),
                ('status', models.CharField(choices=[('waiting', 'Waiting'), ('running', 'Running'), ('created', 'Created'), ('updated', 'Updated'), ('unchanged', 'Unchanged'), ('failed', 'Failed')], default='waiting', help_text='Waiting for a worker, being imported, or what came of it.', max_length=10)),
                ('error', models.TextField(blank=True, help_text='Why the file could not be imported.')),
                ('attempts', models.PositiveSmallIntegerField(default=0, help_text='How many times a worker took the file (more than once: re-queued).')),
                ('started', models.DateTimeField(blank=True, null=True)),
                ('finished', models.DateTimeField(blank=True, null=True)),
                ('article', models.ForeignKey(blank=True, help_text='The article the file was imported as.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='articles.article')),
                ('run', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='items', to='articles.importrun')),
            ],
            options={
                'ordering': ['run', 'pk'],
                'verbose_name': 'queued file',
                'indexes': [models.Index(fields=['run', 'status'], name='articles_importitem_run_status')],
            },
        ),
        migrations.RunPython(refresh_roles, migrations.RunPython.noop),
    ]
