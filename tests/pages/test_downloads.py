"""Downloads of the long lists: the rows the list shows, with its filters, read in chunks at a
fixed number of queries each, with every column as the pages print it."""

import json

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext

from casefiles import exports
from casefiles.models import OrganisationKind, Quote
from tests.factories import AppearanceFactory, OrganisationFactory
from tests.large_case import add_reports, make_large_case
from tests.pages.helpers import get

pytestmark = pytest.mark.django_db


def _rows(client, url):
    return json.loads(b"".join(get(client, url).streaming_content))


def _queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = get(client, url)
        rows = b"".join(response.streaming_content).count(b"\n") - 1
    return len(queries), rows


@pytest.mark.parametrize(
    "url, per_chunk",
    [
        # At most: the speakers readers may see, their credits, the quotes' operations and
        # the names of those operations (records already read for a chunk are not read again).
        ("/quotes/export.csv", 4),
        # At most: the operations and organisations readers may see.
        ("/outcomes/export.csv", 2),
        ("/articles/export.csv", 0),
        # Filtered quotes read each chunk's rows by their ids: one query more a chunk.
        ("/quotes/export.csv?speaker=rowan-hale", 5),
        ("/quotes/export.json?operation=operation-longrun", 5),
        ("/outcomes/export.csv?operation=operation-longrun", 2),
        ("/articles/export.csv?person=rowan-hale", 0),
    ],
)
@pytest.mark.parametrize("as_staff", [False, True], ids=["reader", "staff"])
def test_a_long_download_runs_the_same_queries_for_each_chunk(
    client, journalist, monkeypatch, url, per_chunk, as_staff
):
    if as_staff:
        client.force_login(journalist)
    monkeypatch.setattr(exports, "CHUNK_SIZE", 10)
    case = make_large_case(10)
    one_chunk, rows = _queries(client, url)
    assert rows >= 10
    add_reports(case, 20)
    more_chunks, more_rows = _queries(client, url)
    chunks = -(-more_rows // 10) - -(-rows // 10)
    assert chunks >= 2
    assert more_chunks - one_chunk <= per_chunk * chunks


def test_a_quote_downloads_with_its_speaker_credited_as_its_page_credits_them(client, world):
    (row,) = _rows(client, "/quotes/export.json")
    quote = Quote.objects.for_reader(AnonymousUser()).get()
    assert row["speaker"] == quote.speaker_name == "Lewis Basford"
    assert (row["speaker_rank"], row["speaker_role"]) == (quote.speaker_rank, quote.speaker_role)
    assert row["speaker_role"] == "Southend district commander"
    assert row["url"] == f"https://cases.example.org{quote.get_passage_url()}"
    assert row["published"] == quote.article.published_at.date().isoformat()


def test_downloads_take_the_filters_the_links_under_a_page_give(client):
    case = make_large_case(3)
    # An officer of another force, whom no filter by the first may bring.
    elsewhere = OrganisationFactory(name="Elsewhere Police", kind=OrganisationKind.POLICE_FORCE)
    other = AppearanceFactory(person__organisation=elsewhere, organisation=elsewhere).person
    force, operation = case.force.slug, case.operation.slug
    assert len(_rows(client, f"/articles/export.json?operation={operation}")) == 3
    assert len(_rows(client, f"/articles/export.json?person={case.officer.slug}")) == 3
    casefile = case.casefile.slug
    assert len(_rows(client, f"/outcomes/export.json?casefile={casefile}")) == 9
    operations = _rows(client, f"/operations/export.json?organisation={force}")
    assert {row["name"] for row in operations} == {
        "Operation Longrun",
        *(f"Operation Spur{n:04d}" for n in range(3)),
    }
    people = _rows(client, f"/people/export.json?organisation={force}")
    assert "Rowan Hale" in {row["name"] for row in people}
    assert other.name not in {row["name"] for row in people}


@pytest.mark.parametrize("kind", ["quote", "outcome"])
@pytest.mark.parametrize("query", ["", "?operation=operation-longrun"], ids=["whole", "filtered"])
def test_a_download_in_many_chunks_has_every_row_once_in_the_lists_order(
    client, monkeypatch, kind, query
):
    from casefiles.models import Outcome

    monkeypatch.setattr(exports, "CHUNK_SIZE", 3)
    case = make_large_case(5)
    model = {"quote": Quote, "outcome": Outcome}[kind]
    listed = model.objects.visible_to(AnonymousUser()).newest_first()
    if query:
        listed = (
            listed.filter(operation=case.operation)
            if kind == "outcome"
            else listed.about(case.operation)
        )
    listed = list(listed.values_list("pk", flat=True))
    rows = _rows(client, f"/{kind}s/export.json{query}")
    assert len(listed) > 3
    assert [row["id"] for row in rows] == listed


def test_a_quote_is_credited_as_printed_in_its_own_article_whoever_else_it_names(client):
    """A chunk's credits are read for its speakers alone: the passages naming anyone else in
    the same articles are left out, and never stand in for the speaker's own."""
    from tests.factories import ArticleFactory, QuoteFactory

    article = ArticleFactory()
    spoken = QuoteFactory(article=article, start=400, end=420)
    AppearanceFactory(
        article=article, person=spoken.speaker, start=10, end=30, text="DS Jo Bright", role="lead"
    )
    AppearanceFactory(article=article, start=40, end=60, text="PC Al Other", role="other")
    elsewhere = QuoteFactory(speaker=spoken.speaker, start=400, end=420)
    AppearanceFactory(
        article=elsewhere.article, person=spoken.speaker, start=5, end=20, text="Jo", role="aide"
    )
    rows = {row["id"]: row for row in _rows(client, "/quotes/export.json")}
    assert rows[spoken.pk]["speaker_role"] == "lead"
    assert rows[elsewhere.pk]["speaker_role"] == "aide"
    assert rows[spoken.pk]["speaker"] == spoken.speaker.name


def test_downloads_give_each_articles_day_as_stored_in_utc_or_none(client):
    from datetime import UTC, datetime

    from tests.factories import ArticleFactory, QuoteFactory

    late = QuoteFactory(
        article=ArticleFactory(published_at=datetime(2014, 9, 22, 23, 45, 7, 120, tzinfo=UTC))
    )
    undated = QuoteFactory(article=ArticleFactory(published_at=None))
    days = {row["id"]: row["published"] for row in _rows(client, "/quotes/export.json")}
    assert days == {late.pk: "2014-09-22", undated.pk: ""}
    articles = {row["id"]: row["published"] for row in _rows(client, "/articles/export.json")}
    assert articles == {late.article_id: "2014-09-22", undated.article_id: ""}


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_figures_and_articles_download_with_their_full_addresses(client, fmt):
    import csv
    import io

    from tests.factories import OutcomeFactory

    outcome = OutcomeFactory(article__slug="raids-in-southend")
    article = outcome.article
    site = "https://cases.example.org"

    def rows(url):
        text = b"".join(get(client, url).streaming_content).decode()
        return json.loads(text) if fmt == "json" else list(csv.DictReader(io.StringIO(text)))

    (figure,) = rows(f"/outcomes/export.{fmt}")
    assert figure["url"] == f"{site}{article.get_absolute_url()}#outcome-{outcome.pk}"
    assert figure["figure"] == "more than 70"
    (listed,) = rows(f"/articles/export.{fmt}")
    assert listed["url"] == f"{site}{article.get_absolute_url()}"
    assert str(listed["id"]) == str(article.pk)


def test_each_articles_part_starts_are_read_once_however_many_rows_point_into_it(
    client, monkeypatch
):
    """A download of a quarter of a million rows decoded an article's part starts on every
    row; now once per article text."""
    from casefiles.views.export_rows import _starts
    from tests.factories import ArticleFactory, OutcomeFactory, QuoteFactory
    from tests.large_article import make_long_article

    long = [make_long_article(source_name=f"long-{n}.txt")[0] for n in range(2)]
    for _ in range(12):
        article = ArticleFactory()
        QuoteFactory(article=article)
        OutcomeFactory(article=article)
    decoded = []
    real_loads = json.loads
    monkeypatch.setattr(json, "loads", lambda text, **kw: decoded.append(text) or real_loads(text))
    _starts.cache_clear()
    for url in ("/quotes/export.csv", "/outcomes/export.csv"):
        lines = b"".join(get(client, url).streaming_content).decode().splitlines()
        assert len(lines) == 1 + 14
        for article in long:
            assert sum(f"{article.get_absolute_url()}?part=3#" in line for line in lines) == 1
    assert len(decoded) <= len(long)


def test_a_chunks_credits_are_each_one_look_up_in_the_credit_index(client):
    """Each (article, speaker) pair is found in the index on both; the articles' index would
    read every passage of a thousand articles, the speakers' every passage naming a busy
    speaker, in every article."""
    case = make_large_case(3)
    with CaptureQueriesContext(connection) as queries:
        b"".join(get(client, f"/quotes/export.csv?speaker={case.officer.slug}").streaming_content)
    credits = [q["sql"] for q in queries if 'FROM "casefiles_appearance"' in q["sql"]]
    credits = [sql for sql in credits if "rank_as_printed" in sql]
    assert credits
    for sql in credits:
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                # Its tables in a test are too small for it to choose an index unbidden.
                cursor.execute("SET LOCAL enable_seqscan = off")
                cursor.execute(f"EXPLAIN {sql}")
            else:
                cursor.execute(f"EXPLAIN QUERY PLAN {sql}")
            plan = " ".join(str(step[-1]) for step in cursor.fetchall())
        assert "casefiles_appearance_credit" in plan
        assert "casefiles_appearance_article_id" not in plan
        assert "casefiles_appearance_person_id" not in plan
