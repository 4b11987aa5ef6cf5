"""A person's row kept current through an import run: what new articles credit them with is
added to the row they have, giving the row a rebuild would, for the same work however many
articles named them before."""

import pytest
from django.db import connection
from django.db.backends.utils import CursorWrapper
from django.test.utils import CaptureQueriesContext

from articles.importer import import_text, many
from casefiles import search
from casefiles.search import SearchKind
from tests.benchmarks.archive_corpus import generate
from tests.factories import AppearanceFactory, ArticleFactory, OrganisationFactory, PersonFactory

pytestmark = pytest.mark.django_db


def _rows(kind=None):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT kind, object_id, slug, title, names, body FROM {search.TABLE}")
        return sorted(row for row in cursor.fetchall() if kind is None or row[0] == kind)


def test_a_run_that_names_people_again_and_again_indexes_them_as_a_rebuild_would(
    django_capture_on_commit_callbacks,
):
    articles = generate(60, seed=11)
    with search.batched(7), many():
        for name, text in articles:
            with django_capture_on_commit_callbacks(execute=True):
                assert import_text(text, name, publish=True).status == "created"
    imported = _rows(SearchKind.PERSON)
    search.rebuild()
    assert imported == _rows(SearchKind.PERSON)
    assert len(imported) > 10


class _RowsRead:
    """Counts the rows the database hands back."""

    def __init__(self, monkeypatch):
        self.count = 0
        for name in ("fetchone", "fetchmany", "fetchall"):
            monkeypatch.setattr(CursorWrapper, name, self._counted(name), raising=False)

    def _counted(self, name):
        def fetch(cursor, *args):
            rows = getattr(cursor.cursor, name)(*args)
            if name == "fetchone":
                self.count += rows is not None
            else:
                self.count += len(rows)
            return rows

        return fetch


def _named_again(before, monkeypatch):
    """Index a new article naming someone `before` published articles named under other
    ranks and roles; the queries and rows it takes, and their row as indexed and as rebuilt."""
    force = OrganisationFactory(name="Wessex Police")
    person = PersonFactory(name="Mara Quillon", organisation=force)
    for n in range(before):
        rank = ("Det Chief Insp", "Detective Chief Inspector") if n % 2 else ("Insp", "Inspector")
        AppearanceFactory(
            person=person,
            organisation=force,
            rank_as_printed=rank[0],
            rank=rank[1],
            role=f"lead on case {n}" if n > 2 else "",
        )
    search.rebuild()
    article = ArticleFactory()
    appearance = AppearanceFactory(
        article=article, person=person, rank="Detective Superintendent", role="senior officer"
    )
    rows = _RowsRead(monkeypatch)
    with CaptureQueriesContext(connection) as queries, search.batched():
        search.index_new_articles([(article, [appearance], [], [], [force])])
    monkeypatch.undo()
    indexed = [row for row in _rows(SearchKind.PERSON) if row[1] == person.pk]
    search.rebuild()
    rebuilt = [row for row in _rows(SearchKind.PERSON) if row[1] == person.pk]
    return len(queries), rows.count, indexed, rebuilt


def test_a_person_named_again_keeps_every_credit_in_the_order_first_given(monkeypatch):
    *_, indexed, rebuilt = _named_again(3, monkeypatch)
    assert indexed == rebuilt
    assert indexed[0][5] == (
        "Wessex Police · Insp · Inspector · Det Chief Insp · Detective Chief Inspector · "
        "Detective Superintendent · senior officer"
    )


def test_indexing_a_person_named_again_costs_the_same_however_often_they_were_named(
    monkeypatch,
):
    few = _named_again(2, monkeypatch)
    many_ = _named_again(40, monkeypatch)
    assert few[2] == few[3] and many_[2] == many_[3]
    assert many_[0] == few[0]  # queries
    assert many_[1] == few[1]  # rows read
