"""An archive's worth of imports: one commit a batch of articles, a cost an article that does
not grow with how often its people were named before, and extraction in worker processes
(--jobs) that gives the same database as one process."""

import pytest
from django.core.management import CommandError
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.test.utils import CaptureQueriesContext

from articles.importer import batches, import_text, many, parallel, spans
from articles.models import Article
from casefiles.models import (
    Appearance,
    Operation,
    OperationMention,
    Organisation,
    Outcome,
    Person,
    PossibleMatch,
    Quote,
)
from tests.test_import import run_import

pytestmark = pytest.mark.django_db

TOWNS = [
    "Wexley",
    "Ambridge",
    "Felpersham",
    "Borchester",
    "Hollerton",
    "Loxley",
    "Penny",
    "Hassett",
    "Darrington",
    "Edgeley",
    "Netherbourne",
    "Lakey",
    "Hill",
    "Waterley",
    "Cross",
    "Heydon",
    "Berrow",
    "Grimsby",
    "Skelton",
    "Millbrook",
    "Ashdown",
]

STORY = (
    "Raids in {town} end with arrests\n\n"
    "Officers from Wexley Police searched homes across {town} early on Tuesday as part of "
    "Operation Tarnfield.\n\n"
    "Detective Inspector Mara Quillfeather, of Wexley Police, said: “We followed every lead "
    "the residents of {town} gave us.”\n\n"
    "Superintendent Idris Penhallow said: “Operation Tarnfield goes on.”\n"
)


def story(n):
    return STORY.format(town=f"{TOWNS[n % len(TOWNS)]} {TOWNS[n // len(TOWNS) % len(TOWNS)]}")


class Transactions:
    """Counts the transactions the database commits: each commit of an atomic block, and
    each write run outside one (autocommit makes it a transaction of its own)."""

    WRITES = ("INSERT", "UPDATE", "DELETE")

    def __init__(self, monkeypatch):
        self.count = 0
        wrapper = connections[DEFAULT_DB_ALIAS]
        real_commit = type(wrapper).commit

        def commit(db):
            self.count += 1
            real_commit(db)

        monkeypatch.setattr(type(wrapper), "commit", commit)

    def __call__(self, execute, sql, params, many, context):
        if not connection.in_atomic_block and sql.lstrip().upper().startswith(self.WRITES):
            self.count += 1
        return execute(sql, params, many, context)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_article_is_imported_in_one_commit(monkeypatch):
    import_text(story(0), "first.txt", publish=True)  # the content version's row exists
    transactions = Transactions(monkeypatch)
    with connection.execute_wrapper(transactions):
        import_text(story(1), "second.txt", publish=True)
    assert transactions.count == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_run_commits_once_a_batch_of_articles_new_or_changed(monkeypatch, tmp_path):
    def commits(count, folder, start=0):
        monkeypatch.setattr(batches, "ARTICLES", 3)
        monkeypatch.setattr(batches, "SECONDS", 600)
        folder.mkdir()
        for n in range(count):
            (folder / f"{n:03d}.txt").write_text(story(start + n))
        transactions = Transactions(monkeypatch)
        with connection.execute_wrapper(transactions):
            run_import("--publish", folder)
        monkeypatch.undo()
        return transactions.count

    few, more = commits(2, tmp_path / "a"), commits(7, tmp_path / "b", start=40)
    # Two files are one batch, seven three of them (3, 3, 1).
    assert more - few == 2


def test_an_article_costs_the_same_queries_however_often_its_people_were_named():
    with many():
        for n in range(5):
            import_text(story(n), f"{n:03d}.txt", publish=True)
        with CaptureQueriesContext(connection) as sixth:
            import_text(story(5), "005.txt", publish=True)
        for n in range(6, 55):
            import_text(story(n), f"{n:03d}.txt", publish=True)
        with CaptureQueriesContext(connection) as last:
            import_text(story(55), "055.txt", publish=True)
    assert Appearance.objects.filter(person__name="Mara Quillfeather").count() == 56
    assert len(last.captured_queries) == len(sixth.captured_queries)


def records():
    """What an import wrote, by what it is rather than by its ids."""
    return {
        "articles": sorted(Article.objects.values_list("source_name", "headline", "status")),
        "people": sorted(Person.objects.values_list("name", "slug", "kind", "aliases")),
        "organisations": sorted(Organisation.objects.values_list("name", "slug", "parent__name")),
        "operations": sorted(Operation.objects.values_list("name", "slug", "force__name")),
        "appearances": sorted(
            Appearance.objects.values_list(
                "article__source_name", "start", "end", "person__slug", "organisation__slug"
            )
        ),
        "mentions": sorted(
            OperationMention.objects.values_list("article__source_name", "start", "operation__slug")
        ),
        "quotes": sorted(
            Quote.objects.values_list("article__source_name", "start", "end", "speaker__slug")
        ),
        "outcomes": sorted(
            Outcome.objects.values_list("article__source_name", "start", "metric", "value")
        ),
        "questions": PossibleMatch.objects.count(),
    }


def _delete_everything():
    Article.objects.all().delete()
    for model in (PossibleMatch, Person, Operation, Organisation):
        model.objects.all().delete()


@pytest.fixture
def archive(tmp_path, seed_paths):
    """The seed articles and a few of the same people named again."""
    folder = tmp_path / "archive"
    folder.mkdir()
    for path in seed_paths:
        (folder / path.name).write_bytes(path.read_bytes())
    for n in range(12):
        (folder / f"story-{n:02d}.txt").write_text(story(n))
    return folder


def test_extracting_in_two_processes_gives_the_same_database_and_report(archive):
    one_out, one_err = run_import("--publish", "-v2", archive)
    alone = records()
    _delete_everything()
    two_out, two_err = run_import("--publish", "-v2", "--jobs", "2", archive)
    assert records() == alone
    assert (two_out, two_err) == (one_out, one_err)


def _break_some(monkeypatch):
    real = parallel.extract

    def extract(text):
        if "Hollerton" in text:
            raise ValueError("cannot make sense of this")
        return real(text)

    monkeypatch.setattr(parallel, "extract", extract)


def test_a_file_that_cannot_be_extracted_fails_alone_with_two_processes(archive, monkeypatch):
    _break_some(monkeypatch)
    with pytest.raises(CommandError, match="1 of .* files failed"):
        run_import("--publish", "--jobs", "2", archive)
    names = set(Article.objects.values_list("source_name", flat=True))
    assert "story-04.txt" not in names  # Hollerton
    assert {f"story-{n:02d}.txt" for n in range(12) if n != 4} <= names


def test_ctrl_c_with_two_processes_keeps_the_batches_before_and_nothing_of_the_one_in_hand(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(batches, "ARTICLES", 2)
    monkeypatch.setattr(batches, "SECONDS", 600)
    folder = tmp_path / "stories"
    folder.mkdir()
    for n in range(6):
        (folder / f"{n}.txt").write_text(story(n))
    real = spans.records

    def interrupted(article, *args, **kwargs):
        if article.source_name == "3.txt":
            raise KeyboardInterrupt
        return real(article, *args, **kwargs)

    monkeypatch.setattr(spans, "records", interrupted)
    # Stopped in the second batch (2.txt and 3.txt): the first stays, nothing of the second.
    with pytest.raises(CommandError, match="Interrupted after 2 of 6 files"):
        run_import("--jobs", "2", folder)
    assert sorted(Article.objects.values_list("source_name", flat=True)) == ["0.txt", "1.txt"]
    assert not Appearance.objects.exclude(article__source_name__in=["0.txt", "1.txt"])


def test_jobs_must_be_a_positive_number(archive):
    with pytest.raises(CommandError, match="give 1 or more processes"):
        run_import("--jobs", "0", archive)
