import io

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils.safestring import SafeString
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.models import ArticleStatus
from casefiles import search
from casefiles.models import Quote, ReviewStatus
from casefiles.search import SearchKind
from tests.factories import (
    AppearanceFactory,
    ArticleFactory,
    OperationFactory,
    OperationMentionFactory,
    PersonFactory,
    QuoteFactory,
)

pytestmark = pytest.mark.django_db

STORY = (
    "Raids In Southend\n\n"
    "More than 70 people have been arrested during Operation Erasure.\n\n"
    'Det Chief Insp Lewis Basford said: "We moved proactively to stop them."\n'
)


def found(query, **kwargs):
    return [(hit.kind, hit.object_id) for hit in search.search(query, **kwargs)]


def index_rows():
    with connection.cursor() as cursor:
        cursor.execute("SELECT kind, object_id FROM casefiles_search")
        return sorted((kind, int(object_id)) for kind, object_id in cursor.fetchall())


@pytest.fixture
def story():
    """A published article naming Lewis Basford, quoting him and mentioning an operation."""
    article = ArticleFactory(headline="Drug gangs targeted in Southend raids", body=STORY)
    basford = PersonFactory(name="Lewis Basford")
    erasure = OperationFactory(name="Operation Erasure", aliases=["Op Errasure"])
    AppearanceFactory(article=article, person=basford, role="Southend district commander")
    OperationMentionFactory(article=article, operation=erasure)
    quote = QuoteFactory(article=article, speaker=basford)
    search.rebuild()
    return {"article": article, "person": basford, "operation": erasure, "quote": quote}


@pytest.fixture
def reader(django_user_model):
    return django_user_model.objects.create_user("reader", password="x")


# --- Finding things ---------------------------------------------------------------------------


def test_finds_a_person_by_surname(story):
    assert (SearchKind.PERSON, story["person"].pk) in found("Basford")


def test_finds_a_name_from_its_first_letters(story):
    assert (SearchKind.PERSON, story["person"].pk) in found("Basf")


def test_finds_a_quote_by_its_words(story):
    hits = search.search("moved proactively")
    quote_hits = [hit for hit in hits if hit.kind == SearchKind.QUOTE]
    assert [hit.object_id for hit in quote_hits] == [story["quote"].pk]
    assert quote_hits[0].url == story["quote"].get_absolute_url()
    assert quote_hits[0].title.startswith("Lewis Basford: ")


def test_finds_an_operation_by_an_alias_spelling(story):
    assert found("Errasure") == [(SearchKind.OPERATION, story["operation"].pk)]


def test_finds_an_article_by_its_headline(story):
    [hit] = search.search("gangs targeted")
    assert (hit.kind, hit.object_id) == (SearchKind.ARTICLE, story["article"].pk)
    assert hit.url == story["article"].get_absolute_url()
    assert hit.title == "Drug gangs targeted in Southend raids"


def test_finds_other_forms_of_a_word(story):
    assert (SearchKind.ARTICLE, story["article"].pk) in found("arrests")


def test_hits_link_to_their_pages(story):
    urls = {hit.kind: hit.url for hit in search.search("Basford")}
    assert urls[SearchKind.PERSON] == story["person"].get_absolute_url()
    assert urls[SearchKind.ARTICLE] == story["article"].get_absolute_url()


def test_a_person_is_found_by_a_role_an_article_gives_them(story):
    assert (SearchKind.PERSON, story["person"].pk) in found("district commander")


def test_every_word_must_match():
    ArticleFactory(headline="Heron Street closure", body="Police closed the street.")
    ArticleFactory(headline="Heron Lane reopened", body="Police reopened the lane.")
    search.rebuild()
    assert len(found("heron")) == 2
    assert len(found("heron lane")) == 1


def test_a_headline_match_ranks_above_a_body_match():
    in_body = ArticleFactory(headline="Council meeting", body=f"{STORY}\nMulberry Court residents.")
    in_headline = ArticleFactory(headline="Mulberry Court raid", body=STORY)
    search.rebuild()
    hits = search.search("mulberry")
    assert [hit.object_id for hit in hits] == [in_headline.pk, in_body.pk]
    assert hits[0].rank > hits[1].rank


def test_limit_caps_the_number_of_hits(story):
    assert len(search.search("Basford", limit=1)) == 1


# --- Who sees what ----------------------------------------------------------------------------


@pytest.fixture
def draft():
    """A draft article, the only one to name Kestrel, its quote, person and operation."""
    article = ArticleFactory(
        headline="Kestrel inquiry widens",
        body=STORY.replace("Basford", "Kestrel").replace("Erasure", "Kestrel"),
        status=ArticleStatus.DRAFT,
    )
    AppearanceFactory(
        article=article,
        person=PersonFactory(name="Lewis Kestrel"),
        passage_text="Det Chief Insp Lewis Kestrel",
    )
    OperationMentionFactory(
        article=article,
        operation=OperationFactory(name="Operation Kestrel"),
        passage_text="Operation Kestrel",
    )
    QuoteFactory(article=article, speaker=None, passage_text='"We moved proactively to stop them."')
    search.rebuild()
    return article


def test_readers_find_nothing_of_a_draft(draft, reader):
    assert found("Kestrel") == []
    assert found("Kestrel", user=reader) == []
    assert found("proactively") == []


def test_staff_find_drafts(draft, editor):
    kinds = {kind for kind, _ in found("Kestrel", user=editor)}
    assert kinds == {SearchKind.ARTICLE, SearchKind.PERSON, SearchKind.OPERATION}
    assert [kind for kind, _ in found("proactively", user=editor)] == [
        SearchKind.QUOTE,
        SearchKind.ARTICLE,
    ]


def test_publishing_shows_an_article_to_readers(draft, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        draft.status = ArticleStatus.PUBLISHED
        draft.save()
    assert (SearchKind.ARTICLE, draft.pk) in found("Kestrel")
    assert {kind for kind, _ in found("Kestrel")} == {
        SearchKind.ARTICLE,
        SearchKind.PERSON,
        SearchKind.OPERATION,
    }


def test_a_rejected_quote_is_hidden_from_readers_at_once(story, editor):
    Quote.objects.filter(pk=story["quote"].pk).mark(ReviewStatus.REJECTED, editor)
    assert SearchKind.QUOTE not in {kind for kind, _ in found("proactively")}
    assert (SearchKind.QUOTE, story["quote"].pk) in found("proactively", user=editor)


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


def test_a_hostile_title_comes_back_as_plain_text(django_user_model):
    PersonFactory(name="<img src=x onerror=alert(1)> Basford")
    search.rebuild()
    [hit] = search.search("Basford", user=django_user_model(is_staff=True, is_active=True))
    assert hit.title == "<img src=x onerror=alert(1)> Basford"
    assert "<img" not in hit.snippet


def test_render_snippet_escapes_source_text():
    raw = "a <b>bold</b> \x02Basford\x03 & co \x03"
    assert search.render_snippet(raw) == "a &lt;b&gt;bold&lt;/b&gt; <mark>Basford</mark> &amp; co "


# --- The index follows the records ------------------------------------------------------------


def test_a_new_article_is_found_once_its_transaction_commits(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        article = ArticleFactory(headline="Heron Street closure")
    assert found("heron") == []
    for callback in callbacks:
        callback()
    assert found("heron") == [(SearchKind.ARTICLE, article.pk)]


def test_an_edited_headline_is_found_by_its_new_words(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        article = ArticleFactory(headline="Heron Street closure")
    with django_capture_on_commit_callbacks(execute=True):
        article.headline = "Kingfisher Road closure"
        article.save()
    assert found("heron") == []
    assert found("kingfisher") == [(SearchKind.ARTICLE, article.pk)]


def test_a_deleted_article_leaves_the_index(story, django_capture_on_commit_callbacks):
    article, quote = story["article"], story["quote"]
    with django_capture_on_commit_callbacks(execute=True):
        article.delete()
    assert found("proactively", user=None) == []
    rows = index_rows()
    assert (SearchKind.ARTICLE, article.pk) not in rows
    assert (SearchKind.QUOTE, quote.pk) not in rows


def test_an_edited_operation_is_found_by_a_new_alias(story, django_capture_on_commit_callbacks):
    operation = story["operation"]
    with django_capture_on_commit_callbacks(execute=True):
        operation.aliases = ["Operation Erazure"]
        operation.save()
    assert found("Erazure") == [(SearchKind.OPERATION, operation.pk)]
    assert found("Errasure") == []


def test_renaming_a_person_retitles_their_quotes(story, django_capture_on_commit_callbacks):
    person = story["person"]
    with django_capture_on_commit_callbacks(execute=True):
        person.name = "Lewis Bashford"
        person.save()
    [quote_hit] = [hit for hit in search.search("proactively") if hit.kind == SearchKind.QUOTE]
    assert quote_hit.title.startswith("Lewis Bashford: ")
    assert (SearchKind.PERSON, person.pk) in found("Bashford")


def test_deleting_a_speaker_leaves_their_quotes_unattributed(
    story, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        story["person"].delete()
    [quote_hit] = [hit for hit in search.search("proactively") if hit.kind == SearchKind.QUOTE]
    assert quote_hit.title.startswith("Unattributed: ")
    assert (SearchKind.PERSON, story["person"].pk) not in index_rows()


def test_renaming_an_organisation_updates_its_people_and_operations(
    story, django_capture_on_commit_callbacks
):
    person, operation = story["person"], story["operation"]
    organisation = operation.force
    with django_capture_on_commit_callbacks(execute=True):
        person.organisation = organisation
        person.save()
    with django_capture_on_commit_callbacks(execute=True):
        organisation.name = "Thamesmouth Constabulary"
        organisation.save()
    assert set(found("Thamesmouth")) == {
        (SearchKind.PERSON, person.pk),
        (SearchKind.OPERATION, operation.pk),
    }


def test_moving_an_appearance_moves_the_role_it_gives(story, django_capture_on_commit_callbacks):
    appearance = story["person"].appearances.get()
    someone_else = PersonFactory(name="Simon Anslow")
    with django_capture_on_commit_callbacks(execute=True):
        appearance.person = someone_else
        appearance.save()
    assert found("district commander") == [(SearchKind.PERSON, someone_else.pk)]


def test_reindex_article_indexes_records_written_without_signals():
    # The importer writes with bulk_create, then calls reindex_article after its commit.
    article = ArticleFactory(headline="Drug gangs targeted in Southend raids", body=STORY)
    basford = PersonFactory(name="Lewis Basford")
    AppearanceFactory(article=article, person=basford)
    OperationMentionFactory(article=article, operation=OperationFactory(name="Operation Erasure"))
    QuoteFactory(article=article, speaker=basford)
    assert index_rows() == []
    search.reindex_article(article.pk)
    assert {kind for kind, _ in index_rows()} == set(SearchKind)


def test_an_import_block_indexes_its_records_in_one_batch(django_capture_on_commit_callbacks):
    with (
        django_capture_on_commit_callbacks() as callbacks,
        transaction.atomic(),
        search.signals_paused(),
    ):
        article = ArticleFactory(body=STORY)
        basford = PersonFactory(name="Lewis Basford")
        AppearanceFactory(article=article, person=basford)
        QuoteFactory(article=article, speaker=basford)
    indexing = [
        c for c in callbacks if isinstance(getattr(c, "__self__", None), search.indexing._Held)
    ]
    assert len(indexing) == 1
    indexing[0]()
    assert {kind for kind, _ in found("Basford")} == {
        SearchKind.ARTICLE,
        SearchKind.PERSON,
        SearchKind.QUOTE,
    }


def test_a_quote_a_reimport_deletes_leaves_the_index(story, django_capture_on_commit_callbacks):
    article, quote = story["article"], story["quote"]
    with (
        django_capture_on_commit_callbacks(execute=True),
        transaction.atomic(),
        search.signals_paused(),
    ):
        quote.delete()
        search.reindex_article(article.pk)
    assert (SearchKind.QUOTE, quote.pk) not in index_rows()


def test_an_import_block_that_fails_indexes_nothing(django_capture_on_commit_callbacks):
    with (
        django_capture_on_commit_callbacks() as callbacks,
        pytest.raises(ValueError),
        transaction.atomic(),
        search.signals_paused(),
    ):
        ArticleFactory(headline="Heron Street closure")
        raise ValueError("the import failed")
    assert callbacks == []


def test_reindex_article_costs_the_same_however_big_the_article():
    def cost(article):
        with CaptureQueriesContext(connection) as queries:
            search.reindex_article(article.pk)
        return len(queries)

    small = ArticleFactory(body=STORY)
    QuoteFactory(article=small)
    big = ArticleFactory(body=STORY * 20)
    for n in range(0, len(big.body), len(STORY))[:20]:
        start = n + STORY.index("We moved")
        QuoteFactory(article=big, start=start, end=start + 8, text="We moved")
        AppearanceFactory(article=big, start=n + 60, end=n + 62, text=big.body[n + 60 : n + 62])
        OperationMentionFactory(
            article=big, start=n + 100, end=n + 102, text=big.body[n + 100 : n + 102]
        )
    assert cost(big) == cost(small) <= 12


def test_rebuild_command_indexes_every_record(story):
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM casefiles_search")
    out = io.StringIO()
    call_command("rebuild_search_index", stdout=out)
    assert out.getvalue() == "Indexed 1 article, 1 quote, 1 operation, 1 person.\n"
    assert (SearchKind.PERSON, story["person"].pk) in found("Basford")


def test_rebuild_command_dry_run_leaves_the_index_alone(story):
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM casefiles_search")
    out = io.StringIO()
    call_command("rebuild_search_index", "--dry-run", stdout=out)
    assert out.getvalue().startswith("Would index 1 article, ")
    assert index_rows() == []
