"""What a reader typed, read as words, phrases and a prefix."""

import pytest

from casefiles import search
from casefiles.search import SearchKind, parse_query
from tests.factories import ArticleFactory
from tests.search.helpers import found


def test_words_are_phrases_of_one_and_the_last_is_a_prefix():
    query = parse_query("Harbour pat")
    assert query.phrases == (("harbour",), ("pat",))
    assert query.prefix


def test_quoted_words_are_one_phrase():
    assert parse_query('"armed officers" raid').phrases == (("armed", "officers"), ("raid",))


def test_a_closed_quote_ends_the_last_word():
    assert not parse_query('raid "armed officers"').prefix


def test_an_open_quote_runs_to_the_end_and_keeps_the_prefix():
    query = parse_query('raid "armed offi')
    assert query.phrases == (("raid",), ("armed", "offi"))
    assert query.prefix


def test_a_one_letter_last_word_is_no_prefix():
    assert not parse_query("raid a").prefix


@pytest.mark.parametrize("query", ['"', '""', "!!!", "\x00", "*:&|", ""])
def test_no_words_parse_as_nothing(query):
    assert not parse_query(query)


def test_a_long_query_is_cut_to_twelve_words():
    assert len(parse_query(" ".join(f"w{n}" for n in range(500))).words) == 12


@pytest.mark.django_db
def test_a_whole_word_the_index_holds_is_not_a_prefix():
    ArticleFactory(headline="Harbour patrols", body="Patrols at the harbour.")
    search.rebuild()
    assert not search.parse("harbour").prefix
    assert search.parse("harbo").prefix
    assert search.parse("harb").prefix


@pytest.mark.django_db
def test_a_phrase_finds_its_words_together_only():
    together = ArticleFactory(headline="Night report", body="Armed officers went in at dawn.")
    ArticleFactory(headline="Day report", body="Officers, some of them armed, waited.")
    search.rebuild()
    assert found('"armed officers"') == [(SearchKind.ARTICLE, together.pk)]


@pytest.mark.django_db
def test_a_word_being_typed_finds_the_words_it_begins():
    article = ArticleFactory(headline="Night report", body="The Wrexford inquiry resumed.")
    search.rebuild()
    assert found("wrexfo") == [(SearchKind.ARTICLE, article.pk)]
    assert found('"inquiry res') == [(SearchKind.ARTICLE, article.pk)]
