"""Reading a news page: its main text without the page around it, and what its markup says."""

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from articles.extraction import extract
from articles.intake.html import decode_html, read_page
from articles.sources import SourceError
from tests.intake.pages import BARE_PAGE, NEWS_PAGE, NEWS_URL, WINDOWS_1252, page_bytes

ROOT = Path(__file__).resolve().parents[2]
BST = timezone(timedelta(hours=1))


def page(name, url=None):
    return read_page(decode_html(name, page_bytes(name)), url=url)


def test_the_main_text_leaves_out_navigation_adverts_captions_and_asides():
    text = page(NEWS_PAGE).text
    assert "arrested four men on Tuesday" in text
    assert "quoting reference 77 of 11 April." in text
    for boilerplate in (
        "What's on",  # navigation
        "Sofa clearance",  # advert above the article
        "Brackenfold Spa",  # advert inside it
        "Officers outside the block of flats",  # photo caption
        "Cat rescued",  # most-read box
        "All rights reserved",  # footer
    ):
        assert boilerplate not in text


def test_the_text_is_the_headline_then_paragraphs_a_blank_line_apart():
    text = page(NEWS_PAGE).text
    paragraphs = text.rstrip("\n").split("\n\n")
    # The <h1> is the first line once, not twice.
    assert paragraphs[0] == "Police seize cannabis in Lowford flat raid"
    assert paragraphs[1].startswith("Officers from Lowshire Police arrested")
    assert '"It was like a film," one neighbour said.' in paragraphs
    assert len(paragraphs) == 6


def test_a_short_quote_paragraph_is_kept_and_the_text_reads_as_an_article():
    extraction = extract(page(NEWS_PAGE).text)
    assert extraction.source.headline == "Police seize cannabis in Lowford flat raid"
    assert len(extraction.source.paragraphs) == 5
    speakers = {quote.speaker for quote in extraction.quotes}
    assert any("Orrin" in (speaker or "") for speaker in speakers)


def test_the_markup_gives_headline_byline_outlet_canonical_address_and_exact_times():
    news = page(NEWS_PAGE, url="https://lowfordcourier.example/p/123?utm_source=share")
    assert news.headline == "Police seize cannabis in Lowford flat raid"
    assert news.byline == "Jane Marlow"
    assert news.site_name == "The Lowford Courier"
    assert news.url == NEWS_URL
    assert news.host == "lowfordcourier.example"
    assert news.published == datetime(2023, 4, 12, 9, 30, tzinfo=BST)
    assert news.published_has_time
    assert news.updated == datetime(2023, 4, 12, 15, 10, tzinfo=BST)


def test_a_page_without_metadata_takes_its_day_from_its_address():
    bare = page(BARE_PAGE, url="https://www.eastwicknews.example/2022/11/04/man-charged.html")
    assert bare.headline == "Man charged after chase through Eastwick"
    assert bare.text.startswith("Man charged after chase through Eastwick\n\nA 27-year-old man")
    assert bare.published == datetime(2022, 11, 4)
    assert not bare.published_has_time
    assert bare.updated is None
    assert bare.byline is None
    # No outlet named: the host stands for it.
    assert bare.site_name is None
    assert bare.host == "eastwicknews.example"


def test_a_page_without_metadata_or_dated_address_has_no_date():
    bare = page(BARE_PAGE)
    assert bare.published is None
    assert bare.url is None
    assert bare.host == ""


def test_the_headline_heads_the_text_when_the_main_text_lacks_it():
    html = (
        "<html><head><title>Van stolen in Oakmere</title></head><body><article>"
        "<p>A van was stolen from a driveway in Oakmere overnight, officers said on Sunday "
        "morning as they appealed for sightings of it.</p>"
        "<p>Constable Neil Barrow said the van had ladders on its roof.</p>"
        "</article></body></html>"
    )
    text = read_page(html).text
    assert text.startswith("Van stolen in Oakmere\n\nA van was stolen")
    assert text.count("Van stolen in Oakmere") == 1


def test_a_page_with_no_article_text_gives_no_text():
    assert read_page("<html><head><title>Home</title></head><body></body></html>").text == ""
    assert read_page("   ").text == ""


def test_a_charset_in_the_markup_is_how_the_page_is_decoded():
    assert "fined £900" in decode_html("shop.html", page_bytes(WINDOWS_1252))


def test_the_servers_charset_wins_over_the_markups():
    data = '<meta charset="utf-8"><p>Caf\u00e9 raid</p>'.encode("latin-1")
    assert "Café raid" in decode_html("page.html", data, charset="iso-8859-1")


def test_a_page_that_is_not_in_its_charset_is_refused_naming_the_byte():
    data = "<p>Caf\u00e9 raid</p>".encode("latin-1")
    with pytest.raises(SourceError) as refused:
        decode_html("page.html", data)
    assert refused.value.reason.startswith("is not UTF-8: byte 0xe9 at byte 6 cannot be decoded")


def test_an_empty_or_binary_page_is_refused_as_a_text_file_is():
    with pytest.raises(SourceError, match="is empty"):
        decode_html("page.html", b"  \n")
    with pytest.raises(SourceError, match="looks binary"):
        decode_html("page.html", b"<html>\x00\x01")


def test_the_page_reader_fetcher_and_zip_reader_load_no_django():
    code = (
        "import sys, articles.intake.html, articles.intake.fetch, articles.intake.uploads; "
        "print(sorted(m for m in sys.modules if m == 'django' or m.startswith('django.')))"
    )
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_times_are_read_from_json_ld_alone():
    html = (
        page_bytes(BARE_PAGE)
        .decode()
        .replace(
            "</head>",
            '<script type="application/ld+json">[{"@type": "BreadcrumbList"}, {"@type": '
            '"ReportageNewsArticle", "datePublished": "2022-11-04T21:05:00Z", '
            '"dateModified": "2022-11-05T07:00:00Z"}]</script></head>',
        )
    )
    bare = read_page(html)
    assert bare.published == datetime(2022, 11, 4, 21, 5, tzinfo=UTC)
    assert bare.published_has_time
    assert bare.updated == datetime(2022, 11, 5, 7, 0, tzinfo=UTC)


def test_broken_json_ld_is_passed_over():
    html = (
        page_bytes(BARE_PAGE)
        .decode()
        .replace("</head>", '<script type="application/ld+json">{"datePublished": </script></head>')
    )
    assert read_page(html).published is None
