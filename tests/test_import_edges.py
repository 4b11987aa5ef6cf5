"""Import edges: where an article comes from, files that are not files, long names, a byte
order mark, and runs that were stopped part-way."""

import os
import signal
import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article, ImportRun, ImportRunStatus
from articles.sources import read_source, source_paths
from casefiles.models import Organisation, Person, Quote

pytestmark = pytest.mark.django_db

ARTICLE = (
    "Police raid in {town}\n\n"
    "Officers arrested ten people in {town} on Monday.\n\n"
    'Detective Inspector John Smith said: "We will not stop until the dealers are gone."\n'
)


class _Out:
    def __init__(self):
        self.text = ""

    def write(self, text, ending="\n"):
        self.text += text + ending

    def flush(self):
        pass


def run_import(*paths):
    out, err = _Out(), _Out()
    call_command("import_articles", *map(str, paths), stdout=out, stderr=err)
    return out.text, err.text


def failing_import(*paths):
    err = _Out()
    with pytest.raises(CommandError) as refused:
        call_command("import_articles", *map(str, paths), stdout=_Out(), stderr=err)
    return str(refused.value), err.text


def write(path, town="Southend", text=None):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text or ARTICLE.format(town=town), encoding="utf-8")
    return path


@pytest.fixture
def no_hang():
    """Fail, rather than wait for ever, if a read blocks (a pipe opened with no writer)."""

    def stuck(signum, frame):
        pytest.fail("the read blocked")

    previous = signal.signal(signal.SIGALRM, stuck)
    signal.alarm(10)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


# --- Where an article comes from ------------------------------------------------------------


def test_one_file_name_in_two_subfolders_is_two_articles(tmp_path):
    write(tmp_path / "2014" / "report.txt", "Southend")
    write(tmp_path / "2015" / "report.txt", "Basildon")
    write(tmp_path / "lead.txt", "Harlow")
    out, _ = run_import(tmp_path)
    assert "3 created" in out
    names = dict(Article.objects.values_list("source_name", "headline"))
    assert names == {
        "2014/report.txt": "Police raid in Southend",
        "2015/report.txt": "Police raid in Basildon",
        # A file in the folder itself keeps its bare name, as imports before subfolders gave.
        "lead.txt": "Police raid in Harlow",
    }
    out, _ = run_import(tmp_path)
    assert "3 unchanged" in out


def test_an_article_imported_by_its_bare_name_is_found_again(tmp_path):
    Article.objects.create(
        source_name="lead.txt", headline="Old", body=ARTICLE.format(town="Harlow")
    )
    write(tmp_path / "lead.txt", "Harlow")
    out, _ = run_import(tmp_path)
    assert "1 unchanged" in out
    assert Article.objects.count() == 1


def test_two_files_that_would_be_one_article_are_refused_before_anything_is_written(tmp_path):
    first = write(tmp_path / "a" / "report.txt", "Southend")
    second = write(tmp_path / "b" / "report.txt", "Basildon")
    message, _ = failing_import(first.parent, second.parent)
    assert f"{first} and {second} are both “report.txt”" in message
    assert "Import their common parent folder, or rename one of them" in message
    assert not Article.objects.exists()
    assert not ImportRun.objects.exists()


def test_the_same_file_given_twice_is_not_a_clash(tmp_path):
    path = write(tmp_path / "report.txt")
    out, _ = run_import(tmp_path, path)
    assert "1 created, 0 updated, 1 unchanged" in out


# --- Files that are not regular files --------------------------------------------------------


def test_a_pipe_given_as_a_path_is_refused_without_waiting(tmp_path, no_hang):
    pipe = tmp_path / "feed.txt"
    os.mkfifo(pipe)
    message, err = failing_import(pipe)
    assert f"{pipe}: is a named pipe (FIFO), not a regular file" in err
    assert "1 of 1 files failed" in message


def test_a_pipe_inside_a_folder_is_reported_and_the_rest_imported(tmp_path, no_hang):
    write(tmp_path / "report.txt")
    os.mkfifo(tmp_path / "feed.txt")
    message, err = failing_import(tmp_path)
    assert "feed.txt: is a named pipe (FIFO), not a regular file" in err
    assert "1 of 2 files failed" in message
    assert Article.objects.count() == 1


def test_a_dangling_link_inside_a_folder_is_reported(tmp_path):
    write(tmp_path / "report.txt")
    (tmp_path / "moved.txt").symlink_to(tmp_path / "gone.txt")
    _, err = failing_import(tmp_path)
    assert "moved.txt: is a link to a file that does not exist" in err


def test_a_subfolder_that_cannot_be_listed_is_reported(tmp_path, monkeypatch):
    write(tmp_path / "report.txt")
    locked = tmp_path / "locked"
    write(locked / "hidden.txt")
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    message, err = failing_import(tmp_path)
    assert f"{locked}: is a folder that cannot be read" in err
    assert "its files were not imported" in err
    assert "1 of 2 files failed" in message
    assert list(Article.objects.values_list("source_name", flat=True)) == ["report.txt"]


def test_the_sources_of_a_folder_are_sorted_by_their_path_within_it(tmp_path):
    for name in ("b.txt", "a/z.txt", "a.txt", "a/b/c.txt", ".git/x.txt", "notes.md"):
        write(tmp_path / name)
    assert [s.name for s in source_paths([tmp_path])] == ["a/b/c.txt", "a/z.txt", "a.txt", "b.txt"]


# --- What is read ---------------------------------------------------------------------------


def test_a_byte_order_mark_is_not_part_of_the_headline(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.format(town="Southend").encode("utf-8"))
    assert read_source(path, max_bytes=10_000) == ARTICLE.format(town="Southend")
    run_import(path)
    article = Article.objects.get()
    assert article.headline == "Police raid in Southend"
    assert not article.body.startswith("\ufeff")
    quote = Quote.objects.get()
    assert article.body[quote.start : quote.end] == quote.text


def test_a_file_holding_only_a_byte_order_mark_is_empty(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf\n")
    _, err = failing_import(path)
    assert "bom.txt: is empty" in err


LONG_FORCE = " ".join(["Northern"] * 10 + ["And"] + ["Western"] * 25) + " Constabulary"


def test_an_organisation_name_longer_than_its_column_is_stored_cut(tmp_path):
    text = (
        "Police raid in Southend\n\n"
        f"Officers from {LONG_FORCE} arrested ten people on Monday.\n\n"
        f'Detective Inspector John Smith of {LONG_FORCE} said: "We will not stop."\n'
    )
    assert len(LONG_FORCE) > 200
    path = write(tmp_path / "long.txt", text=text)
    run_import(path)
    organisation = Organisation.objects.get()
    assert organisation.name == LONG_FORCE[:200]
    assert Person.objects.get(name="John Smith").organisation == organisation

    # Found again by its stored name: a changed file creates no second organisation.
    path.write_text(text + "\nA later paragraph.\n", encoding="utf-8")
    out, _ = run_import(path)
    assert "1 updated" in out
    assert Organisation.objects.count() == 1


# --- Runs stopped part-way ------------------------------------------------------------------


def _stop_on_second_file(monkeypatch, stop):
    """Stop the run as it reads its second file, its first written (a batch to itself)."""
    from articles.importer import batches
    from articles.management.commands import import_articles

    real = import_articles.read_and_extract
    calls = []

    def reading(source, *args):
        calls.append(source)
        if len(calls) == 2:
            stop()
        return real(source, *args)

    monkeypatch.setattr(import_articles, "read_and_extract", reading)
    monkeypatch.setattr(batches, "ARTICLES", 1)


def _interrupt():
    raise KeyboardInterrupt


def _terminate():
    os.kill(os.getpid(), signal.SIGTERM)


@pytest.mark.parametrize("stop", [_interrupt, _terminate], ids=["ctrl-c", "sigterm"])
def test_a_stopped_run_is_recorded_as_interrupted(tmp_path, monkeypatch, stop):
    for town in ("Southend", "Basildon", "Harlow"):
        write(tmp_path / f"{town}.txt", town)
    _stop_on_second_file(monkeypatch, stop)
    handler = signal.getsignal(signal.SIGTERM)
    message, err = failing_import(tmp_path)
    assert "Interrupted after 1 of 3 files" in message
    run = ImportRun.objects.get()
    assert run.status == ImportRunStatus.INTERRUPTED
    assert run.finished is not None
    assert run.created_count == 1
    assert run.report.startswith("Interrupted after 1 of 3 files")
    assert Article.objects.count() == 1
    assert signal.getsignal(signal.SIGTERM) == handler


def _dead_pid():
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(child.stdout)


def test_a_run_whose_process_is_gone_reads_and_is_recorded_as_interrupted(tmp_path):
    import socket

    killed = ImportRun.objects.create(paths="x", host=socket.gethostname(), pid=_dead_pid())
    elsewhere = ImportRun.objects.create(paths="y", host="another-machine", pid=1)
    alive = ImportRun.objects.create(paths="z", host=socket.gethostname(), pid=os.getpid())
    assert killed.current_status == ImportRunStatus.INTERRUPTED
    assert alive.current_status == ImportRunStatus.RUNNING
    assert elsewhere.current_status == ImportRunStatus.RUNNING

    run_import(write(tmp_path / "report.txt"))
    statuses = dict(ImportRun.objects.values_list("paths", "status"))
    assert statuses["x"] == ImportRunStatus.INTERRUPTED
    assert statuses["y"] == statuses["z"] == ImportRunStatus.RUNNING
    assert ImportRun.objects.latest().status == ImportRunStatus.FINISHED


def test_the_admin_shows_an_abandoned_run_as_interrupted(admin_client):
    import socket

    ImportRun.objects.create(paths="x", host=socket.gethostname(), pid=_dead_pid())
    page = admin_client.get("/admin/articles/importrun/")
    assert page.status_code == 200
    assert "Interrupted" in page.content.decode()
