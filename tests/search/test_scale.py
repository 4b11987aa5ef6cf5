"""However many records a query matches, a search does a bounded amount of work: a fixed number
of queries, each served by an index, ranking a kind's newest LATEST matches at most."""

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from casefiles import search
from casefiles.search import SearchKind, backends, querying
from casefiles.search.backends import visible_sql
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def articles(count, word, **fields):
    made = [
        ArticleFactory(headline=f"Report {n}", body=f"A {word} story.", **fields)
        for n in range(count)
    ]
    return made


def test_a_common_word_costs_the_queries_a_rare_one_does():
    articles(30, "lantern")
    articles(1, "gazebo")
    search.rebuild()
    with CaptureQueriesContext(connection) as rare:
        assert search.sections("gazebo")
    with CaptureQueriesContext(connection) as common:
        assert search.sections("lantern")
    assert len(common) == len(rare)


def test_a_kind_page_costs_the_same_on_any_page():
    articles(50, "lantern")
    search.rebuild()
    with CaptureQueriesContext(connection) as first:
        search.of_kind("lantern", SearchKind.ARTICLE, 1)
    with CaptureQueriesContext(connection) as third:
        search.of_kind("lantern", SearchKind.ARTICLE, 3)
    assert len(third) == len(first)


def test_a_title_match_ranks_first_then_the_newest():
    older, newer = articles(2, "lantern")
    titled = ArticleFactory(headline="Lantern parade", body="A quiet night.")
    newest = ArticleFactory(headline="Report", body="Another lantern story.")
    search.rebuild()
    hits = search.of_kind("lantern", SearchKind.ARTICLE).hits
    assert [hit.object_id for hit in hits] == [titled.pk, newest.pk, newer.pk, older.pk]


def test_a_word_matching_more_than_latest_ranks_the_newest_only(monkeypatch):
    titled = ArticleFactory(headline="Lantern parade", body="An old lantern story.")
    newer = articles(4, "lantern")
    search.rebuild()
    monkeypatch.setattr(querying, "LATEST", 3)
    page = search.of_kind("lantern", SearchKind.ARTICLE)
    assert [hit.object_id for hit in page.hits] == [article.pk for article in newer[::-1][:3]]
    assert titled.pk not in {hit.object_id for hit in page.hits}
    assert not page.has_next


def test_a_section_ranks_the_newest_window_only(monkeypatch):
    titled = ArticleFactory(headline="Lantern parade", body="An old lantern story.")
    articles(4, "lantern")
    search.rebuild()
    assert search.sections("lantern")[0].hits[0].object_id == titled.pk
    monkeypatch.setattr(querying, "WINDOW", 3)
    assert titled.pk not in {hit.object_id for hit in search.sections("lantern")[0].hits}


def test_a_section_says_there_is_more_without_counting():
    articles(search.querying.SECTION_SIZE + 1, "lantern")
    search.rebuild()
    [section] = search.sections("lantern")
    assert len(section.hits) == search.querying.SECTION_SIZE
    assert section.more


def test_a_kind_pages_through_its_hits_with_a_next_page():
    made = articles(5, "lantern")
    search.rebuild()
    first = search.of_kind("lantern", SearchKind.ARTICLE, 1, size=2)
    last = search.of_kind("lantern", SearchKind.ARTICLE, 3, size=2)
    assert first.has_next and not last.has_next
    assert [hit.object_id for hit in last.hits] == [made[0].pk]


def test_hidden_records_do_not_take_a_hit_s_place(editor):
    from articles.models import ArticleStatus

    shown = articles(2, "lantern")
    articles(search.querying.SLACK + 5, "lantern", status=ArticleStatus.DRAFT)
    search.rebuild()
    hits = search.of_kind("lantern", SearchKind.ARTICLE).hits
    assert [hit.object_id for hit in hits] == [article.pk for article in shown[::-1]]


# --- Served by an index -----------------------------------------------------------------------


def plan(word, kind):
    """The database's plan for one kind's ranked matches of `word`, as text."""
    backend = backends.current()
    visible = visible_sql(kind, False, "ranked.object_id")
    lines = []
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # The test tables are tiny: ask whether an index can serve the query at all.
            cursor.execute("SET LOCAL enable_seqscan = off")
            prefix = "EXPLAIN"
        else:
            prefix = "EXPLAIN QUERY PLAN"

        class Explaining:
            def execute(self, sql, params):
                cursor.execute(f"{prefix} {sql}", params)

            def fetchall(self):
                return cursor.fetchall()

        for row in backend.ranked(
            Explaining(), search.parse(word, cursor), kind, visible, 10, backends.WINDOW
        ):
            lines.append(" ".join(str(part) for part in row))
    return "\n".join(lines)


@pytest.mark.parametrize("kind", list(SearchKind))
def test_a_kind_s_matches_are_read_through_an_index(kind):
    articles(3, "lantern")
    search.rebuild()
    text = plan("lantern", kind)
    if connection.vendor == "postgresql":
        # Only the kind's own partition, through its GIN index or its primary key.
        assert "Seq Scan" not in text
        read = {line.split(" on ")[-1].split()[0] for line in text.split("\n") if " on " in line}
        read = {name for name in read if name.startswith("casefiles_search")}
        assert read and all(name.startswith(f"casefiles_search_{kind.value}") for name in read)
    else:
        # FTS5's own index: the MATCH (M) and the key range (> <) of the kind.
        assert "SCAN casefiles_search VIRTUAL TABLE INDEX" in text
        assert ":M" in text and "><" in text
