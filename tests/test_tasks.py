"""Queued imports: the run and its items, the task each item is imported by, and what happens
when two workers meet or one dies. The immediate backend (the default) runs each task as it
is enqueued; the last test leaves them in the database for a real `db_worker`."""

import threading

import pytest
from django.core.management import call_command
from django.db import IntegrityError, OperationalError, connection
from django.test import override_settings

from articles import tasks
from articles.models import (
    Article,
    ImportItem,
    ImportItemStatus,
    ImportRunStatus,
)
from articles.tasks import import_item, queue_import, requeue
from casefiles.models import Person

pytestmark = pytest.mark.django_db

ARTICLE = (
    "Raids in {town} end with {count} arrests\n\n"
    "Officers searched homes across {town} early on Tuesday and arrested {count} people.\n\n"
    'Detective Sergeant Maren Holt said: "We followed every lead the residents gave us."\n'
)
NO_BODY = "Headline alone\n\n3 March 2021, 09:15\n"


def article(town, count=4):
    return ARTICLE.format(town=town, count=count)


def sources(*towns):
    return [(f"{town.lower()}.txt", article(town)) for town in towns]


def test_queued_sources_are_imported_at_once_by_the_immediate_backend():
    run = queue_import(sources("Wexley", "Ambridge"), "newsdesk")
    assert run.status == ImportRunStatus.FINISHED
    assert (run.queued_count, run.created_count, run.failed_count) == (2, 2, 0)
    assert run.finished is not None
    assert run.user == "newsdesk"
    assert run.paths == "wexley.txt\nambridge.txt"
    item = run.items.get(source_name="wexley.txt")
    assert item.status == ImportItemStatus.CREATED
    assert item.article == Article.objects.get(source_name="wexley.txt")
    assert item.attempts == 1
    # The article holds the text now; the queue keeps no second copy.
    assert item.text == ""


def test_the_run_records_the_user_who_queued_and_publishes_when_asked(editor):
    run = queue_import(sources("Wexley"), editor, publish=True)
    assert run.user == "editor"
    assert run.publish
    assert Article.objects.get().is_published


def test_a_source_that_cannot_be_imported_fails_alone_with_its_reason():
    run = queue_import([*sources("Wexley"), ("bare.txt", NO_BODY)], "newsdesk")
    assert run.status == ImportRunStatus.FINISHED
    assert (run.created_count, run.failed_count) == (1, 1)
    failed = run.items.get(status=ImportItemStatus.FAILED)
    assert failed.source_name == "bare.txt"
    assert failed.error == "has no body text"
    assert failed.text == NO_BODY  # kept, so that it can be queued again
    assert failed.article is None


def test_queueing_the_same_sources_again_creates_nothing_twice():
    queue_import(sources("Wexley", "Ambridge"), "newsdesk")
    again = queue_import(sources("Wexley", "Ambridge"), "newsdesk")
    assert (again.created_count, again.unchanged_count) == (0, 2)
    assert Article.objects.count() == 2
    assert Person.objects.filter(name__contains="Holt").count() == 1


def test_one_source_queued_twice_in_a_run_is_one_article():
    run = queue_import([*sources("Wexley"), *sources("Wexley")], "newsdesk")
    assert sorted(run.items.values_list("status", flat=True)) == ["created", "unchanged"]
    assert Article.objects.count() == 1


def test_a_task_for_an_item_already_imported_changes_nothing():
    run = queue_import(sources("Wexley"), "newsdesk")
    item = run.items.get()
    assert import_item.call(item.pk) == "settled"
    item.refresh_from_db()
    run.refresh_from_db()
    assert (item.status, item.attempts, run.created_count) == ("created", 1, 1)


def test_only_the_first_worker_to_finish_an_item_records_it():
    run = _queued(sources("Wexley"))
    item = run.items.get()
    first = ImportItem.objects.claim(item.pk)
    with override_settings(
        TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    ):
        requeue(run)  # taken for dead while it was still at it
    second = ImportItem.objects.claim(item.pk)
    assert first.settle(ImportItemStatus.CREATED)
    assert not second.settle(ImportItemStatus.UNCHANGED)
    item.refresh_from_db()
    run.refresh_from_db()
    assert (item.status, item.attempts) == ("created", 2)
    assert (run.created_count, run.unchanged_count, run.status) == (1, 0, "finished")


def test_a_worker_that_loses_a_race_for_the_same_article_tries_again(monkeypatch):
    """Another worker commits the same article first: this one's insert breaks the unique
    constraint, its transaction is rolled back, and the retry finds the other's article."""
    real_import = tasks.import_text
    calls = []

    def other_worker_first(text, source_name, **options):
        calls.append(source_name)
        if len(calls) == 1:
            real_import(text, source_name, **options)  # the other worker's commit
            raise IntegrityError("duplicate key value violates unique constraint")
        return real_import(text, source_name, **options)

    monkeypatch.setattr(tasks, "import_text", other_worker_first)
    run = queue_import(sources("Wexley"), "newsdesk")
    assert calls == ["wexley.txt", "wexley.txt"]
    assert run.items.get().status == ImportItemStatus.UNCHANGED
    assert Article.objects.count() == 1


def test_a_source_that_keeps_losing_fails_with_the_database_error(monkeypatch):
    def locked(*args, **kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(tasks, "import_text", locked)
    run = queue_import(sources("Wexley"), "newsdesk")
    item = run.items.get()
    assert item.status == ImportItemStatus.FAILED
    assert item.error == "could not be saved: database is locked"
    assert not Article.objects.exists()


def test_an_item_is_claimed_by_one_worker_only():
    run = _queued(sources("Wexley"))
    item = run.items.get()
    assert ImportItem.objects.claim(item.pk) is not None
    assert ImportItem.objects.claim(item.pk) is None
    item.refresh_from_db()
    assert (item.status, item.attempts) == (ImportItemStatus.RUNNING, 1)


def test_items_a_dead_worker_left_are_queued_again_and_imported_once():
    run = _queued(sources("Wexley", "Ambridge", "Felpersham"))
    wexley, ambridge, _ = run.items.all()
    # A worker imported Wexley and died before recording it; another died taking Ambridge.
    ImportItem.objects.claim(wexley.pk)
    tasks.import_text(wexley.text, wexley.source_name)
    ImportItem.objects.claim(ambridge.pk)

    assert requeue(run) == 3
    run.refresh_from_db()
    assert run.status == ImportRunStatus.FINISHED
    assert (run.created_count, run.unchanged_count, run.failed_count) == (2, 1, 0)
    assert Article.objects.count() == 3


def test_failed_items_queued_again_are_counted_once():
    run = queue_import([*sources("Wexley"), ("bare.txt", NO_BODY)], "newsdesk")
    assert requeue(run) == 1
    run.refresh_from_db()
    assert (run.status, run.created_count, run.failed_count) == ("finished", 1, 1)
    assert run.items.get(source_name="bare.txt").attempts == 2


def test_a_finished_run_has_nothing_to_queue_again():
    run = queue_import(sources("Wexley"), "newsdesk")
    assert requeue(run) == 0
    run.refresh_from_db()
    assert run.status == ImportRunStatus.FINISHED


def _queued(pairs):
    """A run whose items wait, as they do for a database worker."""
    with override_settings(
        TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    ):
        return queue_import(pairs, "newsdesk")


DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@override_settings(TASKS=DATABASE_TASKS)
def test_a_database_worker_imports_what_was_queued_and_nothing_twice():
    from django_tasks_db.models import DBTaskResult

    run = queue_import([*sources("Wexley", "Ambridge", "Felpersham"), ("bare.txt", NO_BODY)], "x")
    assert run.status == ImportRunStatus.QUEUED
    assert not Article.objects.exists()
    assert DBTaskResult.objects.ready().count() == 4

    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)

    run.refresh_from_db()
    assert run.status == ImportRunStatus.FINISHED
    assert (run.created_count, run.failed_count) == (3, 1)
    assert sorted(Article.objects.values_list("source_name", flat=True)) == [
        "ambridge.txt",
        "felpersham.txt",
        "wexley.txt",
    ]
    assert DBTaskResult.objects.successful().count() == 4
    assert run.items.get(source_name="bare.txt").error == "has no body text"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite runs one writer at a time: two workers cannot write at once there",
)
def test_two_workers_importing_one_article_at_the_same_moment_make_one_article():
    run = _queued([pair for pair in sources("Wexley", "Ambridge", "Felpersham") for _ in (1, 2)])
    ids = list(run.items.values_list("pk", flat=True))
    together = threading.Barrier(2, timeout=60)
    errors = []

    def worker(own):
        try:
            for pk in own:
                together.wait()  # both take their copy of the same source at once
                import_item.call(pk)
        except Exception as exc:  # reported below, in the test's own thread
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(ids[n::2],)) for n in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    run.refresh_from_db()
    assert (run.status, run.created_count, run.unchanged_count) == ("finished", 3, 3)
    assert Article.objects.count() == 3
    assert Person.objects.filter(name__contains="Holt").count() == 1
    for article in Article.objects.all():
        assert article.quotes.count() == 1, article.source_name
