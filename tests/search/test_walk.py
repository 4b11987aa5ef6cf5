"""A kind's newest matches are the same whether the walk of its newest rows finds them or, when
they are too few there, the index does; and on PostgreSQL the walk reads a bounded number of
rows however common the planner believes the words to be."""

import json

import pytest
from django.db import connection, transaction

from casefiles import search
from casefiles.search import SearchKind, backends, querying
from casefiles.search.backends import visible_sql
from casefiles.search.entries import partition_of
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def article(headline, body):
    return ArticleFactory(headline=headline, body=body)


@pytest.fixture
def older_matches_behind_newer_rows():
    """Three old articles with both words, one in its headline, behind ten newer ones that hold
    only one word each."""
    oldest = article("Report", "A lantern by the gazebo.")
    titled = article("Lantern by the gazebo", "An old story.")
    old = article("Report", "The gazebo had a lantern.")
    for n in range(10):
        article(f"Report {n}", "A lantern story." if n % 2 else "A gazebo story.")
    search.rebuild()
    return oldest, titled, old


@pytest.mark.parametrize("walk", [1, 100])
def test_a_kind_page_ranks_the_same_matches_however_far_the_walk_goes(
    monkeypatch, older_matches_behind_newer_rows, walk
):
    oldest, titled, old = older_matches_behind_newer_rows
    monkeypatch.setattr(backends, "WALK", walk)
    monkeypatch.setattr(querying, "LATEST", 3)
    page = search.of_kind("lantern gazebo", SearchKind.ARTICLE)
    assert [hit.object_id for hit in page.hits] == [titled.pk, old.pk, oldest.pk]


@pytest.mark.parametrize("walk", [1, 100])
def test_a_section_ranks_the_newest_window_found_past_the_walk(
    monkeypatch, older_matches_behind_newer_rows, walk
):
    oldest, titled, old = older_matches_behind_newer_rows
    monkeypatch.setattr(backends, "WALK", walk)
    monkeypatch.setattr(querying, "WINDOW", 2)
    [section] = search.sections("lantern gazebo")
    # The two newest matches only: the oldest, however well titled, is past the window.
    assert [hit.object_id for hit in section.hits] == [titled.pk, old.pk]


def test_a_walk_that_finds_the_window_ranks_its_matches(monkeypatch):
    made = [article(f"Report {n}", "A lantern story.") for n in range(6)]
    search.rebuild()
    monkeypatch.setattr(backends, "WALK", 2)
    monkeypatch.setattr(querying, "LATEST", 3)
    page = search.of_kind("lantern", SearchKind.ARTICLE)
    assert [hit.object_id for hit in page.hits] == [a.pk for a in made[::-1][:3]]


def scans(query, kind, window):
    """[(node type, index or table, rows read)] of each scan in the ranked read of `kind`, as
    run."""
    visible = visible_sql(kind, False, "ranked.object_id")
    with transaction.atomic(), connection.cursor() as cursor:

        class Explaining:
            def execute(self, sql, params):
                cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}", params)

            def fetchall(self):
                return cursor.fetchall()

        backend = backends.current()
        with backend.session():
            parsed = search.parse(query, cursor)
            rarest = backend.rarest(cursor, parsed).get(kind)
            [[plan]] = backend.ranked(Explaining(), parsed, kind, visible, 10, window, rarest)
    plan = plan if isinstance(plan, list) else json.loads(plan)

    def walk(node):
        if "Scan" in node["Node Type"]:
            name = node.get("Index Name") or node.get("Relation Name")
            read = node.get("Actual Rows", 0) + node.get("Rows Removed by Filter", 0)
            yield node["Node Type"], name, read
        for child in node.get("Plans", []):
            yield from walk(child)

    return list(walk(plan[0]["Plan"]))


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's planner")
def test_words_common_alone_but_rare_together_walk_a_bounded_number_of_rows(monkeypatch):
    """The statistics say each word is in half the articles, so the planner would expect to
    find a few of their matches in the newest rows and walk every row for them."""
    for n in range(60):
        article(f"Report {n}", "A lantern story." if n % 2 else "A gazebo story.")
    both = article("Report", "A lantern by the gazebo.")
    for n in range(60):
        article(f"Report {n}", "A lantern story." if n % 2 else "A gazebo story.")
    search.rebuild()
    monkeypatch.setattr(backends, "WALK", 10)
    read = scans("lantern gazebo", SearchKind.ARTICLE, window=3)
    assert not [scan for scan in read if scan[0] == "Seq Scan"]
    pkey = f"{partition_of(SearchKind.ARTICLE)}_pkey"
    assert sum(rows for _, name, rows in read if name == pkey) <= 3 * 10
    page = search.of_kind("lantern gazebo", SearchKind.ARTICLE)
    assert [hit.object_id for hit in page.hits] == [both.pk]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's statistics")
def test_a_word_the_statistics_call_rare_skips_the_walk(monkeypatch):
    for n in range(30):
        article(f"Report {n}", "A lantern story.")
    rare = article("Report", "A gazebo story.")
    search.rebuild()
    # Every word is in fewer than all the rows: none is common enough to walk for.
    monkeypatch.setattr(backends, "WALK", 1)
    pkey = f"{partition_of(SearchKind.ARTICLE)}_pkey"
    read = scans("lantern gazebo", SearchKind.ARTICLE, window=3)
    assert sum(rows for _, name, rows in read if name == pkey) == 0
    assert [hit.object_id for hit in search.of_kind("gazebo", SearchKind.ARTICLE).hits] == [rare.pk]
    # A word still being typed says nothing of how rare the query is: the walk goes on.
    read = scans("gaz", SearchKind.ARTICLE, window=3)
    assert sum(rows for _, name, rows in read if name == pkey) == 3


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's walk")
def test_a_kind_page_for_a_rare_prefix_reads_the_probe_not_the_whole_walk(monkeypatch):
    rare = article("Report", "A gazebo story.")
    for n in range(80):
        article(f"Report {n}", "A lantern story.")
    search.rebuild()
    monkeypatch.setattr(backends, "WALK", 5)
    monkeypatch.setattr(backends, "PROBE", 10)
    pkey = f"{partition_of(SearchKind.ARTICLE)}_pkey"
    # A kind page's window of 10 would walk 50 rows; the newest 10 hold no match.
    read = scans("gaz", SearchKind.ARTICLE, window=10)
    assert sum(rows for _, name, rows in read if name == pkey) == 10
    monkeypatch.setattr(querying, "LATEST", 10)
    assert [hit.object_id for hit in search.of_kind("gaz", SearchKind.ARTICLE).hits] == [rare.pk]
    # A common prefix has its matches in the probe: the walk goes on, and stops at the window.
    read = scans("lan", SearchKind.ARTICLE, window=10)
    assert sum(rows for _, name, rows in read if name == pkey) == 2 + 10
    assert not [scan for scan in read if "gin" in (scan[1] or "")]
