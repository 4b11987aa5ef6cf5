"""What a news page's markup adds to the article read from its text.

The text of a page is read like any article (its headline is its first line), but the page's
markup says some things more reliably than a reading of the text can guess them. So, field by
field, the article takes:

- headline: the page's (its `og:title`, JSON-LD or `<title>` less the site's name), else the
  text's first line read as a headline, else a headline derived from the opening words;
- byline: the author the markup names (meta `author`, JSON-LD, `rel=author`), else a "By …"
  line in the text (the page's byline line is usually left out of its main text);
- published: an exact time from the markup (JSON-LD `datePublished`, `article:published_time`),
  else the text's date line, else the day htmldate finds in the markup or in the address;
- updated: the markup's `dateModified`, else the text's "Updated:" line;
- address: the page's canonical address, else the address it was fetched from;
- publication: only when the article has none, found by the domain of its website, else by
  the outlet's name (`og:site_name`, JSON-LD publisher), else created under that name (or the
  domain) with the page's home page as its website.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from articles.models import Article, Publication

if TYPE_CHECKING:
    from articles.extraction import ParsedSource
    from articles.intake.html import Page

URL_LENGTH = Article._meta.get_field("source_url").max_length


@dataclass(frozen=True)
class Header:
    """What the article's header fields are to hold, from its text and its page."""

    headline: str | None
    derived_headline: str
    byline: str | None
    published: datetime | None
    updated: datetime | None
    url: str | None = None
    published_has_time: bool = False


def header(parsed: ParsedSource, page: Page | None) -> Header:
    """The header fields from the text, each overridden where the page says it better."""
    if page is None:
        return Header(
            parsed.headline,
            parsed.derived_headline,
            parsed.byline,
            parsed.published,
            parsed.updated,
            published_has_time=parsed.published_has_time,
        )
    if page.published and (page.published_has_time or not parsed.published):
        published, has_time = page.published, page.published_has_time
    else:
        published, has_time = parsed.published, parsed.published_has_time
    url = page.url if page.url and len(page.url) <= URL_LENGTH else None
    return Header(
        headline=page.headline or parsed.headline,
        derived_headline=parsed.derived_headline,
        byline=page.byline or parsed.byline,
        published=published,
        updated=page.updated or parsed.updated,
        url=url,
        published_has_time=bool(published) and has_time,
    )


def publication_for(page: Page) -> Publication | None:
    """The outlet of `page`: found by its website's domain or by name, else created."""
    host = page.host
    if host:
        for publication in Publication.objects.filter(website__icontains=host):
            if _host(publication.website) == host:
                return publication
    if page.site_name:
        publication = Publication.objects.filter(name__iexact=page.site_name[:200]).first()
        if publication is not None:
            if not publication.website and host:
                publication.website = _home(page.url)
                publication.save(update_fields=["website"])
            return publication
    name = (page.site_name or host)[:200]
    if not name:
        return None
    publication, _ = Publication.objects.get_or_create(
        name=name, defaults={"website": _home(page.url) if host else ""}
    )
    return publication


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")


def _home(url: str | None) -> str:
    parts = urlsplit(url or "")
    return f"{parts.scheme}://{parts.netloc}/"
