"""`import_articles --queue`: the folder is read and checked as for an import here and now, its
files are queued as one run, and the command returns with the run's id."""

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from articles.models import Article, ImportItemStatus, ImportRun, ImportRunStatus

pytestmark = pytest.mark.django_db

ARTICLE = (
    "Warehouse in {town} searched\n\n"
    "Officers searched a warehouse in {town} on Friday and seized two vans.\n\n"
    'Inspector Tobias Crane said: "The vans were taken for examination."\n'
)
WAITING = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


class _Out:
    def __init__(self):
        self.text = ""

    def write(self, text, ending="\n"):
        self.text += text + ending

    def flush(self):
        pass


def queue(*args, verbosity=1):
    out, err = _Out(), _Out()
    call_command(
        "import_articles", "--queue", *map(str, args), stdout=out, stderr=err, verbosity=verbosity
    )
    return out.text, err.text


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "2019").mkdir()
    for name in ("harbour.txt", "2019/mill.txt"):
        (tmp_path / name).write_text(ARTICLE.format(town=name[:4]), encoding="utf-8")
    return tmp_path


@override_settings(TASKS=WAITING)
def test_queue_returns_at_once_with_the_run_id(folder):
    out, _ = queue(folder, verbosity=0)
    run = ImportRun.objects.get()
    assert out.strip() == str(run.pk)
    assert run.status == ImportRunStatus.QUEUED
    assert run.paths == str(folder)
    assert sorted(run.items.values_list("source_name", "status")) == [
        ("2019/mill.txt", "waiting"),
        ("harbour.txt", "waiting"),
    ]
    assert not Article.objects.exists()


@override_settings(TASKS=WAITING)
def test_queue_says_who_imports_the_files(folder):
    out, _ = queue(folder)
    run = ImportRun.objects.get()
    assert f"Queued 2 files as import run {run.pk}" in out
    assert "manage.py db_worker" in out


def test_with_the_immediate_backend_the_queued_files_are_imported_before_it_returns(folder):
    out, _ = queue("--publish", folder)
    run = ImportRun.objects.get()
    assert f"Imported 2 files as import run {run.pk}: 2 created" in out
    assert run.status == ImportRunStatus.FINISHED
    assert Article.objects.published().count() == 2


def test_unreadable_files_are_reported_and_the_others_queued(folder):
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "headline.txt").write_text("Only a headline\n\n1 May 2020\n", encoding="utf-8")
    err = _Out()
    with pytest.raises(CommandError, match="2 of 4 files failed"):
        call_command("import_articles", "--queue", str(folder), stdout=_Out(), stderr=err)
    assert "empty.txt: is empty" in err.text
    assert "headline.txt: has no body text" in err.text
    run = ImportRun.objects.get()
    # The empty file is refused before it is queued; the headline alone fails in its task.
    assert run.queued_count == 3
    assert run.items.get(status=ImportItemStatus.FAILED).source_name == "headline.txt"
    assert Article.objects.count() == 2


def test_two_files_that_would_be_one_article_stop_the_queue(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "same.txt").write_text(ARTICLE.format(town=sub), encoding="utf-8")
    with pytest.raises(CommandError, match="Two files would be imported as the same article"):
        queue(tmp_path / "a" / "same.txt", tmp_path / "b" / "same.txt")
    assert not ImportRun.objects.exists()


def test_nothing_readable_queues_nothing(tmp_path):
    (tmp_path / "empty.txt").write_text(" ", encoding="utf-8")
    with pytest.raises(CommandError, match="None of the files could be read"):
        queue(tmp_path)
    assert not ImportRun.objects.exists()


def test_a_queued_dry_run_is_refused(folder):
    with pytest.raises(CommandError, match="--queue and --dry-run cannot be combined"):
        queue("--dry-run", folder)
    assert not ImportRun.objects.exists()


def test_requeue_imports_what_a_queued_run_left_waiting(folder):
    with override_settings(TASKS=WAITING):
        queue(folder)
    run = ImportRun.objects.get()
    out = _Out()
    call_command("import_articles", "--requeue", str(run.pk), stdout=out)
    assert f"Queued 2 files of import run {run.pk} again." in out.text
    run.refresh_from_db()
    assert (run.status, run.created_count) == (ImportRunStatus.FINISHED, 2)
    assert Article.objects.count() == 2


def test_requeue_of_a_run_that_was_not_queued_says_so(folder):
    call_command("import_articles", str(folder), stdout=_Out())
    run = ImportRun.objects.get()
    with pytest.raises(CommandError, match=f"No queued import run {run.pk}"):
        call_command("import_articles", "--requeue", str(run.pk))


def test_requeue_takes_no_paths(folder):
    with pytest.raises(CommandError, match="--requeue takes a run's id and no PATH"):
        call_command("import_articles", "--requeue", "1", str(folder))


def test_without_paths_the_command_says_what_to_give():
    with pytest.raises(CommandError, match="Give the .txt files or directories to import"):
        call_command("import_articles")
