from django.db import migrations, models
from django.db.models.functions import Length

from casefiles.highlight import PART_CHARS, part_starts


def long_articles_in_parts(apps, schema_editor):
    """Where each part of the articles already imported begins. Only a text longer than one
    part has any; the rest keep the empty list."""
    Article = apps.get_model("articles", "Article")
    long = Article.objects.annotate(length=Length("body")).filter(length__gt=PART_CHARS)
    changed = []
    for article in long.only("pk", "body").iterator(chunk_size=200):
        article.part_starts = part_starts(article.body)
        changed.append(article)
        if len(changed) == 200:
            Article.objects.bulk_update(changed, ["part_starts"])
            changed = []
    Article.objects.bulk_update(changed, ["part_starts"])


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0006_reader_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="part_starts",
            field=models.JSONField(
                blank=True,
                default=list,
                editable=False,
                help_text="A long text is read in parts: the character offset where each part "
                "after the first begins. Worked out from the text when it is saved, so every "
                "link to a passage opens the part that holds it.",
                verbose_name="where its parts begin",
            ),
        ),
        migrations.RunPython(long_articles_in_parts, migrations.RunPython.noop),
    ]
