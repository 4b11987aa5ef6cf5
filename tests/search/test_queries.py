"""Whatever a reader types is a valid search; snippets mark the words found."""

import pytest
from django.db import connection
from django.utils.safestring import SafeString
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casefiles import search
from casefiles.search import SearchKind, backends
from tests.factories import (
    ArticleFactory,
    PersonFactory,
)
from tests.search.helpers import found, index_rows

pytestmark = pytest.mark.django_db


# --- Whatever a reader types ------------------------------------------------------------------


HOSTILE = [
    "",
    "   \n\t",
    '"',
    '"Basford',
    "*",
    "NEAR(",
    "NEAR(Basford Erasure, 2)",
    "') OR 1=1 --",
    "Basford'; DROP TABLE casefiles_search; --",
    "title:Basford",
    "-Basford",
    "Basford AND OR NOT",
    "(((",
    "a & b | !c <-> d:*",
    "%_\\",
    "\x00\x02\x03",
    "🙂",
    "x" * 10_000,
    "Basford " * 2_000,
]


@pytest.mark.parametrize("query", HOSTILE)
def test_any_query_is_answered_without_error(story, query):
    assert isinstance(search.search(query), list)
    assert index_rows()


@pytest.mark.parametrize("query", ['"Basford', "Basford*", "-Basford", "(Basford)", "Basford:"])
def test_punctuation_around_a_name_still_finds_it(story, query):
    assert (SearchKind.PERSON, story["person"].pk) in found(query)


@pytest.mark.parametrize("query", ["", "   ", "!!!", "--"])
def test_a_query_without_words_finds_nothing(story, query):
    assert search.search(query) == []


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(max_size=80))
def test_no_text_makes_search_fail(story, query):
    assert isinstance(search.search(query, user=None), list)


# --- Snippets ---------------------------------------------------------------------------------


def test_snippet_marks_the_words_and_escapes_everything_else():
    article = ArticleFactory(
        headline="Court report",
        body="Court report\n\n<script>alert('x')</script> Tom & Jerry said Basford was there.",
    )
    search.rebuild()
    [hit] = search.search("Basford")
    assert hit.object_id == article.pk
    assert isinstance(hit.snippet, SafeString)
    assert "<mark>Basford</mark>" in hit.snippet
    assert "<script" not in hit.snippet
    assert "Tom &amp; Jerry" in hit.snippet


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's ts_headline")
def test_a_snippet_reads_a_bounded_opening_of_a_long_body(monkeypatch):
    monkeypatch.setattr(backends, "SNIPPET_CHARS", 200)
    opening = "Court report\n\nBasford was there. " + "The court sat. " * 10
    early = ArticleFactory(headline="Court report", body=opening + "Later on, Thurrock.")
    late = ArticleFactory(
        headline="Court list",
        body="Court list\n\n" + "The court sat. " * 40 + "Basford was there, and Thurrock.",
    )
    search.rebuild()
    [hit] = search.search("Basford", limit=1)
    assert hit.object_id == late.pk
    # Its one match lies past the part read: the snippet is its opening, unmarked.
    assert "<mark>" not in hit.snippet
    assert hit.snippet.startswith("Court list")
    hits = {hit.object_id: hit for hit in search.search("Basford")}
    assert "<mark>Basford</mark>" in hits[early.pk].snippet


def test_a_hostile_title_comes_back_as_plain_text(django_user_model):
    PersonFactory(name="<img src=x onerror=alert(1)> Basford")
    search.rebuild()
    [hit] = search.search("Basford", user=django_user_model(is_staff=True, is_active=True))
    assert hit.title == "<img src=x onerror=alert(1)> Basford"
    assert "<img" not in hit.snippet


def test_render_snippet_escapes_source_text():
    raw = "a <b>bold</b> \x02Basford\x03 & co \x03"
    assert search.render_snippet(raw) == "a &lt;b&gt;bold&lt;/b&gt; <mark>Basford</mark> &amp; co "
