"""News pages written for the intake's tests, read as bytes as an upload or a fetch gives them."""

from pathlib import Path

PAGES = Path(__file__).resolve().parent / "pages"

# news_page.html: navigation, adverts in and around the article, a photo caption, a byline
# line, OpenGraph, JSON-LD (published and updated) and an author meta tag.
NEWS_PAGE = "news_page.html"
NEWS_URL = "https://www.lowfordcourier.example/news/2023/04/12/police-seize-cannabis-in-lowford"
# bare_page.html: a title and three paragraphs, no metadata at all.
BARE_PAGE = "bare_page.html"
# windows_1252.html: declares windows-1252 in a meta tag and prints a pound sign in it.
WINDOWS_1252 = "windows_1252.html"


def page_bytes(name: str) -> bytes:
    return (PAGES / name).read_bytes()
