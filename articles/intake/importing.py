"""The newsroom's intake: pasted text, uploaded files and web addresses, imported by the same
importer as `manage.py import_articles`, with its checks, its messages, one transaction per
article and a journalist's work kept on a re-import; and "extract again" on a stored article.

Each function returns the importer's `ImportResult`; a source that cannot be read, fetched or
extracted comes back failed with the reason and writes nothing. An article is known by its
source name: an uploaded file by its name (a zip's member by its path inside the zip), a web
page by its address, a pasted text by its opening words and a short hash of it, so pasting the
same text again finds the same article.
"""

from __future__ import annotations

import os
import socket
from collections import Counter
from typing import NamedTuple

from django.conf import settings
from django.utils import timezone
from django.utils.text import slugify

from articles.importer import ImportResult, failed, import_guarded, import_text
from articles.intake.fetch import FetchError, Limits, fetch
from articles.intake.html import decode_html, read_page
from articles.intake.uploads import Item, ZipLimits
from articles.models import ImportRun, ImportRunStatus, content_hash
from articles.sources import MAX_NAME_LENGTH, SourceError, check_size, decode_source

PASTED_FOLDER = "pasted"
# How many of a pasted text's opening words name it, and how much of its hash tells two apart.
NAME_WORDS = 8
NAME_HASH = 8


def zip_limits() -> ZipLimits:
    return ZipLimits(
        max_bytes=settings.CASEFILES_MAX_SOURCE_BYTES,
        max_members=settings.CASEFILES_ZIP_MAX_FILES,
        max_total_bytes=settings.CASEFILES_UPLOAD_MAX_BYTES,
    )


def fetch_limits() -> Limits:
    return Limits(
        max_bytes=settings.CASEFILES_MAX_SOURCE_BYTES,
        connect_seconds=settings.CASEFILES_FETCH_CONNECT_SECONDS,
        total_seconds=settings.CASEFILES_FETCH_SECONDS,
        allow_private=settings.CASEFILES_FETCH_ALLOW_PRIVATE,
    )


def pasted_name(text: str) -> str:
    """`pasted/<opening words>-<short hash>.txt`: the same text is always the same name."""
    words = slugify(" ".join(text.split()[:NAME_WORDS]))[:60].strip("-") or "text"
    return f"{PASTED_FOLDER}/{words}-{content_hash(text)[:NAME_HASH]}.txt"


def import_pasted(text: str, *, publish: bool = False) -> ImportResult:
    """Import text pasted into a form (sent with CR LF line breaks) as a .txt file is read."""
    data = text.encode("utf-8")
    name = pasted_name(data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n"))

    def read_and_import():
        check_size(name, len(data), settings.CASEFILES_MAX_SOURCE_BYTES)
        return import_text(decode_source(name, data), name, publish=publish)

    return import_guarded(name, read_and_import)


def import_item(item: Item, *, publish: bool = False) -> ImportResult:
    """Import one uploaded file or zip member, by its kind (text or web page)."""
    if item.problem:
        return ImportResult(item.name, "failed", error=item.problem)
    return import_guarded(
        item.name, lambda: _import_bytes(item.name, item.data, item.kind, publish=publish)
    )


class FetchedSource(NamedTuple):
    """A fetched page's text, or its HTML when `is_page`, and the address it came from."""

    text: str
    is_page: bool
    url: str


def address_name(address: str) -> str:
    """The name the article at `address` is known by: the address without its fragment.
    Raises SourceError for an address too long to be a name."""
    name = address.strip().split("#", 1)[0]
    if len(name) > MAX_NAME_LENGTH:
        raise SourceError(
            name[:MAX_NAME_LENGTH],
            f"the address is over {MAX_NAME_LENGTH} characters; give a shorter one",
        )
    return name


def fetch_source(name: str) -> FetchedSource:
    """Fetch the page at `name` (`fetch.py` says what is refused) and decode it; raises
    SourceError for a page that cannot be fetched or read as text."""
    try:
        page = fetch(name, fetch_limits())
    except FetchError as exc:
        raise SourceError(name, str(exc)) from None
    if page.is_html:
        return FetchedSource(decode_html(name, page.data, page.charset), True, page.url)
    text = decode_source(name, page.data, encoding=page.charset or "utf-8")
    return FetchedSource(text, False, page.url)


def import_fetched(name: str, source: FetchedSource, *, publish: bool = False) -> ImportResult:
    """Import a fetched page as the article known as `name`."""
    if source.is_page:
        return import_page_html(name, source.text, publish=publish, url=source.url)
    return import_text(source.text, name, publish=publish)


def import_address(address: str, *, publish: bool = False) -> ImportResult:
    """Fetch the page at `address` and import it, at once."""
    try:
        name = address_name(address)
    except SourceError as exc:
        return failed(address.strip().split("#", 1)[0][:MAX_NAME_LENGTH], exc)
    return import_guarded(name, lambda: import_fetched(name, fetch_source(name), publish=publish))


def extract_again(article) -> ImportResult:
    """Extract the stored article again: from its page when it came from one (a newer reading
    of the page moves what a journalist kept along with the text), else from its text."""

    def reextract():
        if article.original_html:
            page = read_page(article.original_html, url=article.source_url or None)
            _require_text(article.source_name, page.text)
            return import_text(page.text, article.source_name, page=page, reextract=True)
        return import_text(article.body, article.source_name, reextract=True)

    return import_guarded(article.source_name, reextract)


def _import_bytes(name, data, kind, *, publish) -> ImportResult:
    if kind == "html":
        return import_page_html(name, decode_html(name, data), publish=publish)
    return import_text(decode_source(name, data), name, publish=publish)


def import_page_html(name, html, *, publish=False, url=None) -> ImportResult:
    """Import a web page's HTML, already decoded (a queued upload)."""
    page = read_page(html, url=url)
    _require_text(name, page.text)
    return import_text(page.text, name, publish=publish, page=page)


def queued_source(item: Item):
    """An uploaded file as a queued source (`articles.tasks.Queued`); raises SourceError when
    it cannot be read as text."""
    from articles.tasks import Queued

    if item.problem:
        raise SourceError(item.name, item.problem)
    check_size(item.name, len(item.data), settings.CASEFILES_MAX_SOURCE_BYTES)
    if item.kind == "html":
        return Queued(item.name, decode_html(item.name, item.data), is_page=True)
    return Queued(item.name, decode_source(item.name, item.data))


def _require_text(name, text):
    if not text:
        raise SourceError(name, "has no article text that could be found in the page")


def record_run(user, results: list[ImportResult], skipped: list[Item] = ()) -> ImportRun:
    """Record what an import from the admin read and what came of it, as the command does."""
    statuses = Counter(result.status for result in results)
    lines = [
        f"Imported {len(results)} from the admin: {statuses['created']} created, "
        f"{statuses['updated']} updated, {statuses['unchanged']} unchanged, "
        f"{statuses['failed']} failed.",
        *(f"{r.source_name}: {r.error}" for r in results if r.status == "failed"),
        *(f"{item.name}: {item.skipped}" for item in skipped),
    ]
    now = timezone.now()
    return ImportRun.objects.create(
        finished=now,
        status=ImportRunStatus.FINISHED,
        host=socket.gethostname(),
        pid=os.getpid(),
        user=user.get_username()[:150],
        paths="\n".join([r.source_name for r in results] + [item.name for item in skipped]),
        created_count=statuses["created"],
        updated_count=statuses["updated"],
        unchanged_count=statuses["unchanged"],
        failed_count=statuses["failed"],
        report="\n".join(lines),
    )
