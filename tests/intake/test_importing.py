"""The intake's ways in through the importer: web pages with their metadata, pasted text,
addresses fetched, and extracting a stored article again, keeping journalists' work."""

from datetime import UTC, datetime

import pytest

from articles.intake.importing import (
    extract_again,
    import_address,
    import_item,
    import_pasted,
    pasted_name,
)
from articles.intake.uploads import Item
from articles.models import Article, Publication
from casefiles.models import Person, Quote, ReviewStatus
from tests.factories import PublicationFactory
from tests.intake.pages import BARE_PAGE, NEWS_PAGE, NEWS_URL, page_bytes
from tests.intake.server import MB, Route

pytestmark = pytest.mark.django_db

PASTED = (
    "Two charged after Oakmere burglary\r\n\r\n"
    "Two men have been charged after a burglary at a jeweller's in Oakmere on Saturday.\r\n\r\n"
    'Detective Sergeant Lena Holt said: "We acted within hours of the call."\r\n'
)


def html_item(name=NEWS_PAGE, data=None):
    return Item(name, data if data is not None else page_bytes(name))


def every_passage_points_into(article):
    for quote in Quote.objects.filter(article=article):
        assert article.body[quote.start : quote.end] == quote.text


# --- A news page -------------------------------------------------------------------------------


def test_a_page_fills_the_article_from_its_markup():
    result = import_item(html_item())
    assert result.status == "created", result.error
    article = Article.objects.get(source_name=NEWS_PAGE)
    assert article.headline == "Police seize cannabis in Lowford flat raid"
    assert not article.headline_derived
    assert article.byline == "Jane Marlow"
    assert article.published_at == datetime(2023, 4, 12, 8, 30, tzinfo=UTC)
    assert article.updated_at == datetime(2023, 4, 12, 14, 10, tzinfo=UTC)
    assert article.source_url == NEWS_URL
    assert article.publication.name == "The Lowford Courier"
    assert article.publication.website == "https://www.lowfordcourier.example/"


def test_a_page_keeps_its_html_beside_the_text_its_records_point_into():
    import_item(html_item())
    article = Article.objects.get()
    assert article.original_html == page_bytes(NEWS_PAGE).decode("utf-8")
    assert article.body.startswith("Police seize cannabis in Lowford flat raid\n\nOfficers from")
    assert "<p>" not in article.body and "Sofa clearance" not in article.body
    assert Quote.objects.filter(article=article).exists()
    every_passage_points_into(article)


def test_the_page_is_not_kept_in_history():
    import_item(html_item())
    names = {field.name for field in Article.history.model._meta.fields}
    assert "headline" in names
    assert "original_html" not in names and "body" not in names


def test_the_same_page_again_changes_nothing():
    import_item(html_item())
    modified = Article.objects.get().modified
    assert import_item(html_item()).status == "unchanged"
    assert Article.objects.get().modified == modified
    assert Publication.objects.count() == 1


def test_an_outlet_is_found_by_the_domain_of_its_website():
    courier = PublicationFactory(name="Lowford Courier", website="https://lowfordcourier.example")
    import_item(html_item())
    assert Article.objects.get().publication == courier
    assert Publication.objects.count() == 1


def test_an_outlet_is_found_by_name_and_given_its_website():
    courier = PublicationFactory(name="the lowford courier", website="")
    import_item(html_item())
    courier.refresh_from_db()
    assert Article.objects.get().publication == courier
    assert courier.website == "https://www.lowfordcourier.example/"


def test_a_page_that_names_no_outlet_is_filed_under_its_domain():
    html = page_bytes(BARE_PAGE).replace(
        b"<head>",
        b'<head><link rel="canonical" href="https://eastwicknews.example/2022/11/04/charged">',
    )
    import_item(html_item(BARE_PAGE, html))
    article = Article.objects.get()
    assert article.publication.name == "eastwicknews.example"
    assert article.published_at.date().isoformat() == "2022-11-04"


def test_the_publication_a_journalist_chose_is_kept_on_a_new_reading():
    import_item(html_item())
    chosen = PublicationFactory(name="Lowshire Weekly")
    Article.objects.update(publication=chosen)
    changed = page_bytes(NEWS_PAGE).replace(b"four men", b"five men")
    assert import_item(html_item(data=changed)).status == "updated"
    assert Article.objects.get().publication == chosen


DATED_TEXT = """<html><head><title>Stabbing in Harbury</title>{meta}</head><body><article>
<h1>Stabbing in Harbury</h1>
<p>3 March 2021, 14:20</p>
<p>A man was stabbed outside a takeaway in Harbury on Tuesday evening, police said today.</p>
<p>Inspector Ruth Callow said officers were still at the scene in Vine Street.</p>
</article></body></html>"""


def test_the_texts_date_line_wins_over_a_day_guessed_from_the_address(settings):
    html = DATED_TEXT.format(meta="").encode()
    import_item(html_item("2021/03/02/stabbing.html", html))
    article = Article.objects.get()
    assert article.published_at == datetime(2021, 3, 3, 14, 20, tzinfo=UTC)


def test_an_exact_time_in_the_markup_wins_over_the_texts_date_line():
    meta = '<meta property="article:published_time" content="2021-03-03T15:45:00+00:00">'
    import_item(html_item("stabbing.html", DATED_TEXT.format(meta=meta).encode()))
    assert Article.objects.get().published_at == datetime(2021, 3, 3, 15, 45, tzinfo=UTC)


def test_a_page_with_no_article_text_fails_and_writes_nothing():
    html = b"<html><head><title>Home</title></head><body></body></html>"
    result = import_item(html_item("home.html", html))
    assert result.status == "failed"
    assert result.error == "has no article text that could be found in the page"
    assert not Article.objects.exists() and not Publication.objects.exists()


def test_a_page_that_is_not_in_its_charset_fails_with_the_byte():
    result = import_item(html_item("cafe.html", "<p>Café raid</p>".encode("latin-1")))
    assert result.error.startswith("is not UTF-8: byte 0xe9 at byte 6")


def test_a_text_file_is_imported_as_the_command_imports_it():
    result = import_item(Item("2023/raid.txt", PASTED.replace("\r\n", "\n").encode()))
    article = Article.objects.get(source_name="2023/raid.txt")
    assert result.status == "created"
    assert article.headline == "Two charged after Oakmere burglary"
    assert article.original_html == ""


# --- Pasted text ---------------------------------------------------------------------------


def test_pasted_text_is_named_by_its_opening_words_and_a_short_hash():
    result = import_pasted(PASTED)
    assert result.status == "created"
    name = result.source_name
    assert name.startswith("pasted/two-charged-after-oakmere-burglary-two-men-have-")
    assert name.endswith(".txt") and len(name.rsplit("-", 1)[1]) == len("12345678.txt")
    article = Article.objects.get(source_name=name)
    assert "\r" not in article.body
    assert article.body.startswith("Two charged after Oakmere burglary\n\nTwo men")


def test_the_same_text_pasted_again_is_the_same_article():
    first = import_pasted(PASTED)
    again = import_pasted(PASTED.replace("\r\n", "\n"))
    assert again.source_name == first.source_name
    assert again.status == "unchanged"
    assert pasted_name("Other words entirely.") != first.source_name


@pytest.mark.parametrize(
    "text, error",
    [
        (" \r\n ", "is empty"),
        ("Headline only\r\n\r\n3 March 2021\r\n", "has no body text"),
    ],
)
def test_a_bad_paste_fails_with_the_readers_words(text, error):
    assert import_pasted(text).error == error
    assert not Article.objects.exists()


def test_a_paste_over_the_limit_fails(settings):
    settings.CASEFILES_MAX_SOURCE_BYTES = 100
    result = import_pasted(PASTED)
    size = len(PASTED.encode("utf-8"))
    assert result.error.startswith(f"is {size} bytes, over the 100-byte limit")


# --- Extracting again ------------------------------------------------------------------------


def test_extract_again_on_an_unchanged_text_keeps_journalists_work(django_user_model):
    import_pasted(PASTED)
    article = Article.objects.get()
    reviewer = django_user_model.objects.create_user("reviewer")
    quote = Quote.objects.get(article=article)
    Quote.objects.filter(pk=quote.pk).review(ReviewStatus.VERIFIED, reviewer)
    Article.objects.filter(pk=article.pk).update(
        headline="Two men charged over jeweller's burglary", byline="Desk"
    )
    people = Person.objects.count()

    article.refresh_from_db()
    result = extract_again(article)

    assert result.status == "updated"
    assert result.kept["quotes"] == 1
    article.refresh_from_db()
    assert article.headline == "Two men charged over jeweller's burglary"
    assert article.byline == "Desk"
    quote.refresh_from_db()
    assert quote.review_status == ReviewStatus.VERIFIED
    assert Quote.objects.filter(article=article).count() == 1
    assert Person.objects.count() == people


def test_without_reextract_the_same_text_is_left_alone():
    import_pasted(PASTED)
    assert import_pasted(PASTED).status == "unchanged"


def test_extract_again_reads_a_page_from_its_kept_html():
    import_item(html_item())
    article = Article.objects.get()
    # As if the page had been read by an older reader that kept its caption.
    Article.objects.filter(pk=article.pk).update(body=article.body + "\nA caption.\n")
    article.refresh_from_db()
    result = extract_again(article)
    assert result.status == "updated"
    article.refresh_from_db()
    assert not article.body.endswith("A caption.\n")
    assert article.body.startswith("Police seize cannabis in Lowford flat raid")
    every_passage_points_into(article)


# --- An address --------------------------------------------------------------------------------


@pytest.fixture
def local_fetching(settings):
    settings.CASEFILES_FETCH_ALLOW_PRIVATE = True
    settings.CASEFILES_FETCH_SECONDS = 1
    settings.CASEFILES_FETCH_CONNECT_SECONDS = 1
    return settings


def test_a_page_fetched_by_its_address_is_imported_under_that_address(site, local_fetching):
    url = site.add("/news/raid?id=7", Route(page_bytes(NEWS_PAGE)))
    result = import_address(f"  {url}#comments ")
    assert result.status == "created", result.error
    article = Article.objects.get(source_name=url)
    assert article.publication.name == "The Lowford Courier"
    assert article.byline == "Jane Marlow"
    assert article.source_url == NEWS_URL
    assert article.published_at == datetime(2023, 4, 12, 8, 30, tzinfo=UTC)


def test_a_fetched_page_without_a_canonical_address_keeps_where_it_was_found(site, local_fetching):
    url = site.add("/2022/11/04/charged", Route(page_bytes(BARE_PAGE)))
    import_address(url)
    article = Article.objects.get()
    assert article.source_url == url
    assert article.published_at.date().isoformat() == "2022-11-04"


def refusals(site):
    huge = site.add("/huge", Route(stream_bytes=50 * MB, headers={"Content-Type": "text/html"}))
    hang = site.add("/hang", Route(hang=True))
    pdf = site.add("/a.pdf", Route(b"%PDF", headers={"Content-Type": "application/pdf"}))
    return [
        (huge, "is over 2,000,000 bytes"),
        (hang, "the site did not send the page within 1 seconds"),
        (pdf, "is not a web page or text"),
        (site.url("/missing"), "the site answered HTTP 404"),
        ("file:///etc/hostname", "only http and https addresses can be fetched"),
    ]


def test_nothing_is_written_on_any_refusal(site, local_fetching):
    for url, reason in refusals(site):
        result = import_address(url)
        assert result.status == "failed"
        assert reason in result.error
    assert not Article.objects.exists()
    assert not Publication.objects.exists()
    assert not Person.objects.exists()


def test_this_machine_is_refused_unless_the_setting_allows_it(site, settings):
    url = site.add("/news/raid", Route(page_bytes(NEWS_PAGE)))
    result = import_address(url)
    assert "a loopback address (this machine)" in result.error
    assert site.requested == []
    assert not Article.objects.exists()
    settings.CASEFILES_FETCH_ALLOW_PRIVATE = True
    assert import_address(url).status == "created"
