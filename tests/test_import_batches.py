"""A run's articles written several to a transaction: where a batch ends, an article that
cannot be written failing alone, re-imports in a batch, and the rows the same as one by one."""

import pytest

from articles.extraction import extract
from articles.importer import batches, import_text, many, spans
from articles.importer.batches import import_batch, in_batches
from articles.models import Article
from casefiles.models import (
    Appearance,
    ContentVersion,
    Person,
    PossibleMatch,
    Quote,
    ReviewStatus,
)
from tests.test_import_scale import records, story

pytestmark = pytest.mark.django_db


def extracted(*numbers):
    return [(f"{n:03d}.txt", story(n), extract(story(n))) for n in numbers]


def test_a_batch_ends_at_its_number_of_articles():
    assert list(in_batches(range(7), size=3, seconds=600)) == [[0, 1, 2], [3, 4, 5], [6]]


def test_a_batch_ends_once_its_time_is_up_however_few_its_articles():
    assert list(in_batches(range(3), size=50, seconds=0)) == [[0], [1], [2]]


def test_a_batch_writes_the_rows_one_by_one_imports_write_in_the_same_order():
    with many():
        for name, text, extraction in extracted(0, 1, 2, 3):
            import_text(text, name, publish=True, extraction=extraction)
    alone = records(), _in_order()
    Article.objects.all().delete()
    Article.history.all().delete()
    Person.objects.all().delete()
    with many():
        import_batch(extracted(0, 1, 2, 3), publish=True)
    assert (records(), _in_order()) == alone


def _in_order():
    """Each kind of row in the order of its ids: the ids one by one imports give, whatever
    the first."""
    return [
        list(Article.objects.order_by("pk").values_list("source_name", flat=True)),
        list(Person.objects.order_by("pk").values_list("name", flat=True)),
        list(Appearance.objects.order_by("pk").values_list("article__source_name", "start")),
        list(Quote.objects.order_by("pk").values_list("article__source_name", "start")),
        _history(),
        list(
            PossibleMatch.objects.order_by("pk").values_list(
                "record_id", "candidate_id", "article__source_name", "reason"
            )
        ),
    ]


def _history():
    return list(
        Article.history.order_by("history_id").values_list(
            "source_name", "history_type", "history_change_reason"
        )
    )


def test_a_re_import_amid_new_articles_has_its_history_row_where_one_by_one_puts_it():
    changed = "A correction at the top.\n\n" + story(1)
    with many():
        import_batch(extracted(1), publish=True)
        import_batch([*extracted(0), ("001.txt", changed, extract(changed)), *extracted(2)])
    assert _history() == [
        ("001.txt", "+", None),
        ("000.txt", "+", None),
        ("001.txt", "~", None),
        ("002.txt", "+", None),
    ]


def test_a_batch_writes_its_new_articles_in_one_statement():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with many(), CaptureQueriesContext(connection) as queries:
        import_batch(extracted(0, 1, 2), publish=True)
    inserts = [q["sql"] for q in queries if q["sql"].startswith("INSERT INTO")]
    assert sum('"articles_article"' in sql.split("(")[0] for sql in inserts) == 1
    assert sum('"articles_historicalarticle"' in sql.split("(")[0] for sql in inserts) == 1


def test_an_article_that_cannot_be_written_fails_alone_and_leaves_nothing(monkeypatch):
    real = spans.records

    def fragile(article, *args):
        if article.source_name == "001.txt":
            raise ValueError("a record the database refuses")
        return real(article, *args)

    monkeypatch.setattr(spans, "records", fragile)
    with many():
        results = import_batch(extracted(0, 1, 2), publish=True)
    assert [r.status for r in results] == ["created", "failed", "created"]
    assert "a record the database refuses" in results[1].error
    assert sorted(Article.objects.values_list("source_name", flat=True)) == ["000.txt", "002.txt"]
    assert (
        Appearance.objects.count()
        == 2 * Appearance.objects.filter(article__source_name="000.txt").count()
    )


def test_a_batch_of_unchanged_files_changes_nothing():
    with many():
        import_batch(extracted(0, 1), publish=True)
    versions = sorted(ContentVersion.objects.values_list("scope", "version"))
    with many():
        results = import_batch(extracted(0, 1), publish=True)
    assert [r.status for r in results] == ["unchanged", "unchanged"]
    assert sorted(ContentVersion.objects.values_list("scope", "version")) == versions


def test_a_re_import_in_a_batch_keeps_what_a_journalist_verified(django_user_model):
    with many():
        import_batch(extracted(0, 1), publish=True)
    quote = Quote.objects.filter(article__source_name="001.txt").order_by("start").first()
    Quote.objects.filter(pk=quote.pk).review(
        ReviewStatus.VERIFIED, django_user_model.objects.create_user("ed")
    )
    changed = "A correction at the top.\n\n" + story(1)
    with many():
        results = import_batch(
            [*extracted(0), ("001.txt", changed, extract(changed)), *extracted(2)], publish=True
        )
    assert [r.status for r in results] == ["unchanged", "updated", "created"]
    quote.refresh_from_db()
    assert quote.review_status == ReviewStatus.VERIFIED
    assert changed[quote.start : quote.end] == quote.text
    assert Quote.objects.filter(article__source_name="001.txt", start=quote.start).count() == 1


def test_the_command_writes_a_run_in_batches(tmp_path, monkeypatch):
    from tests.test_import import run_import

    monkeypatch.setattr(batches, "ARTICLES", 2)
    monkeypatch.setattr(batches, "SECONDS", 600)
    for n in range(5):
        (tmp_path / f"{n:03d}.txt").write_text(story(n))
    written = []
    real = batches.import_batch

    def counted(articles, **options):
        written.append([name for name, _, _ in articles])
        return real(articles, **options)

    from articles.management.commands import import_articles

    monkeypatch.setattr(import_articles, "import_batch", counted)
    run_import("--publish", tmp_path)
    assert [len(batch) for batch in written] == [2, 2, 1]
    assert Article.objects.count() == 5


def _naming(surname, operation):
    text = (
        f"Arrests after dawn raids in Carrow\n\n"
        f"Officers searched six homes on Monday as part of Operation {operation}.\n\n"
        f"Detective Sergeant Lorna {surname}, of Carrow Constabulary, said: “We found "
        f"what we came for.”\n"
    )
    return (f"{surname}.txt", text, extract(text))


def test_a_batch_reads_what_is_on_file_of_its_names_once_a_kind():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    batch = [_naming(s, o) for s, o in [("Brackwater", "Hemlock"), ("Tillyard", "Sandpiper")]]
    with many(), CaptureQueriesContext(connection) as queries:
        results = import_batch(batch, publish=True)
    assert [r.found["people"] for r in results] == [1, 1]
    reads = [q["sql"] for q in queries if q["sql"].startswith("SELECT")]
    assert sum('"casefiles_person"."surname" IN' in sql for sql in reads) == 1
    assert sum(sql.startswith('SELECT "casefiles_operation"."id"') for sql in reads) == 1
