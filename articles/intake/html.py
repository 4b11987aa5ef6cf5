"""Reading a news page: its main text and what its markup says about it.

`read_page(html, url)` returns a `Page`: the article's text as the importer stores and extracts
it (the headline, then the main text in paragraphs, without navigation, adverts, captions or
comments) and the page's metadata: headline, byline, first published and last updated, its
canonical address and the outlet's name. `decode_html(data, charset)` turns the bytes of an
uploaded or fetched page into the string `read_page` takes, refusing what the file reader
refuses, in its words.

The main text and most metadata come from trafilatura, made for news pages: it drops
boilerplate and reads OpenGraph, JSON-LD and the usual meta tags. Times are read here from the
markup that states them exactly (JSON-LD `datePublished`/`dateModified`, `article:*_time`,
`itemprop`), because trafilatura keeps the day only; failing those, htmldate gives the day from
the markup or the address (`/2023/04/12/`), never from dates that happen to be in the prose.

Pure Python, no Django.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

import lxml.html
import trafilatura
from htmldate import find_date

from articles.sources import decode_source

# Where a page may say its character set: its first bytes, as browsers look.
_CHARSET_SNIFF_BYTES = 2048
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)

# Markup that gives an exact time of publication or update, most trusted first.
_PUBLISHED_META = ("article:published_time", "datePublished", "pubdate", "publishdate")
_UPDATED_META = ("article:modified_time", "dateModified", "og:updated_time")
_JSON_LD = "//script[@type='application/ld+json']/text()"


@dataclass(frozen=True)
class Page:
    """A news page read: the text to store and extract, and what the markup says of it."""

    text: str
    html: str
    headline: str | None = None
    byline: str | None = None
    published: datetime | None = None
    updated: datetime | None = None
    # Whether `published` came with a time of day (from markup), or is a day only.
    published_has_time: bool = False
    url: str | None = None
    site_name: str | None = None

    @property
    def host(self) -> str:
        """The canonical address's host without `www.`: the outlet when it gives no name."""
        host = urlsplit(self.url or "").hostname or ""
        return host.removeprefix("www.")


def decode_html(name, data: bytes, charset: str | None = None) -> str:
    """The page as text: in the character set its server or its own markup declares, else
    UTF-8; refused like a text file when empty, binary or not in that character set."""
    encoding = _known_encoding(charset) or _declared_encoding(data) or "utf-8"
    if data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8"
    return decode_source(name, data, encoding=encoding)


def _declared_encoding(data: bytes) -> str | None:
    found = _META_CHARSET.search(data[:_CHARSET_SNIFF_BYTES])
    return _known_encoding(found.group(1).decode("ascii")) if found else None


def _known_encoding(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip()).name
    except LookupError:
        return None
    # As browsers read it: a page that says Latin-1 is read as Windows-1252.
    return "cp1252" if name == "latin-1" else name


def read_page(html: str, url: str | None = None) -> Page:
    """The text and metadata of the news page `html`, fetched from `url` if it was."""
    tree = _parse(html)
    if tree is None:
        return Page(text="", html=html, url=url)
    # Dates first: trafilatura may prune the tree it is given, scripts (JSON-LD) included.
    published, published_has_time = _published(tree, url)
    updated = _first_time(tree, "dateModified", _UPDATED_META)
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        # Precision over recall: an advert inside the article is worse than a lost aside.
        favor_precision=True,
    )
    headline = _clean(document.title) if document else None
    body = _paragraphs(document.text if document else "")
    page_url = _clean(document.url) if document else None
    return Page(
        text=_with_headline(headline, body),
        html=html,
        headline=headline,
        byline=_clean(document.author) if document else None,
        published=published,
        updated=updated,
        published_has_time=published_has_time,
        url=page_url or url,
        site_name=_site_name(document, page_url or url),
    )


def _parse(html: str):
    try:
        return lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None


def _clean(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value or None


def _paragraphs(text: str) -> list[str]:
    return [line for line in (" ".join(part.split()) for part in text.splitlines()) if line]


def _with_headline(headline: str | None, paragraphs: list[str]) -> str:
    """The headline on the first line, as a printed article has it, then the paragraphs with a
    blank line between them, as the text reader splits them. A page whose main text already
    starts with its headline (its `<h1>`) is not given it twice."""
    if not paragraphs:
        return ""
    if headline and paragraphs[0].casefold() != headline.casefold():
        paragraphs = [headline, *paragraphs]
    return "\n\n".join(paragraphs) + "\n"


def _site_name(document, url: str | None) -> str | None:
    name = _clean(document.sitename) if document else None
    # trafilatura names the site by its address when the page gives no name: that is no name.
    parts = urlsplit(url or "")
    addresses = {document.hostname if document else None, parts.netloc, parts.hostname}
    if name and name.casefold().removeprefix("www.") in {
        a.casefold().removeprefix("www.") for a in addresses if a
    }:
        return None
    return name


def _published(tree, url: str | None) -> tuple[datetime | None, bool]:
    exact = _first_time(tree, "datePublished", _PUBLISHED_META)
    if exact is not None:
        return exact, True
    day = find_date(tree, url=url, original_date=True, extensive_search=False)
    return (_iso(day), False) if day else (None, False)


def _first_time(tree, json_key: str, meta_names: tuple[str, ...]) -> datetime | None:
    """The first time the page states under `json_key` in JSON-LD or under `meta_names`."""
    for value in [*_json_ld_values(tree, json_key), *_meta_values(tree, meta_names)]:
        stamp = _iso(value)
        if stamp is not None:
            return stamp
    return None


def _meta_values(tree, names: tuple[str, ...]) -> list[str]:
    values = []
    for name in names:
        values += tree.xpath(
            "//meta[@property=$n or @name=$n or @itemprop=$n]/@content", n=name
        ) + tree.xpath("//*[@itemprop=$n]/@datetime", n=name)
    return [str(value) for value in values]


def _json_ld_values(tree, key: str) -> list[str]:
    values = []
    for block in tree.xpath(_JSON_LD):
        try:
            data = json.loads(block)
        except ValueError:
            continue
        values += [value for value in _walk_json(data, key) if isinstance(value, str)]
    return values


def _walk_json(data, key: str):
    """Every value under `key` in nested JSON-LD (`@graph` lists, embedded objects)."""
    if isinstance(data, dict):
        if key in data:
            yield data[key]
        for value in data.values():
            yield from _walk_json(value, key)
    elif isinstance(data, list):
        for value in data:
            yield from _walk_json(value, key)


def _iso(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        return None
