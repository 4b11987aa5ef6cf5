"""Whole-page caching of reader pages, invalidated by any committed change to the content.

Every save, delete or relation change of an article or case-file record moves a database-held
counter (`ContentVersion`) on once its transaction commits. Reader pages for anonymous visitors
are cached under the path and that counter, so a page costs one primary-key read until something
changes, in every server process at once. Signed-in staff always get fresh pages (they see
drafts and admin links). Responses carry an ETag, so a browser revalidates with a 304.

The key holds nothing a visitor can vary at will: not the Host header (pages build their
addresses from SITE_URL), and of the query only the parameters the page reads, in a fixed order
and without blank values. The view itself is given only those parameters, so it cannot render
anything the key does not name; `?utm_source=…` or a reordered query share one entry.

The cache is a speed-up, never a condition for a page: if it fails (a Redis that went away, a
timeout), the failure is logged and the page is served as if nothing were cached.
"""

import hashlib
import logging
import threading
from contextlib import contextmanager
from functools import wraps

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponseNotModified, QueryDict
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import quote_etag

CONTENT_APPS = ("articles", "casefiles")
PAGE_TIMEOUT = 60 * 60

logger = logging.getLogger(__name__)


def content_version():
    from casefiles.models import ContentVersion

    try:
        return ContentVersion.objects.filter(pk=1).values_list("version", flat=True).first() or 0
    except DatabaseError:
        return None


def _bump():
    from casefiles.models import ContentVersion

    if not ContentVersion.objects.filter(pk=1).update(version=F("version") + 1):
        ContentVersion.objects.get_or_create(pk=1, defaults={"version": 1})


_local = threading.local()


def content_changed(**kwargs):
    """Move the content version on when the current transaction commits (inside
    `one_version_bump()`, with the block's own writes instead)."""
    if getattr(_local, "holding", False):
        _local.changed = True
    else:
        transaction.on_commit(_bump, robust=True)


@contextmanager
def one_version_bump():
    """Move the content version on once for every change the block makes, as its last write,
    in the transaction the block runs in.

    An import writes dozens of rows an article; each would otherwise ask for a bump of its own
    after the commit, a second transaction for every article. Written with the article, the
    new version and the new content become visible to readers in the same commit. Nothing is
    bumped if the block raises or marks its transaction for rollback (a dry run).
    """
    if getattr(_local, "holding", False):
        yield
        return
    _local.holding, _local.changed = True, False
    try:
        yield
    finally:
        _local.holding = False
    if _local.changed and not transaction.get_rollback():
        _bump()


def _changed(sender, **kwargs):
    content_changed()


def connect_signals():
    from casefiles.models import ContentVersion

    for model in apps.get_models():
        if model._meta.app_label not in CONTENT_APPS or model is ContentVersion:
            continue
        if model.__name__.startswith("Historical") or model.__name__ == "ImportRun":
            continue
        uid = f"content-version-{model._meta.label_lower}"
        post_save.connect(_changed, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"{uid}-delete")
        for field in model._meta.local_many_to_many:
            m2m_changed.connect(
                _changed, sender=field.remote_field.through, dispatch_uid=f"{uid}-{field.name}"
            )


def _page_to_store(response, etag):
    """The rendered response stamped for revalidation, or None if it must not be cached."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return None
    if hasattr(response, "render") and callable(response.render):
        response = response.render()
    response["ETag"] = etag
    patch_vary_headers(response, ("Cookie",))
    patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
    return response


def reading_names(*sources):
    """The query parameters a page reads: names as given, and the filters of FilterSet classes."""
    names = set()
    for source in sources:
        names.update([source] if isinstance(source, str) else source.base_filters)
    return frozenset(names)


def only_reads(query, names):
    """`query` cut to the parameters in `names`, sorted by name, blank values left out."""
    kept = QueryDict(mutable=True)
    for name in sorted(names & set(query)):
        values = [value for value in query.getlist(name) if value.strip()]
        if values:
            kept.setlist(name, values)
    kept._mutable = False
    return kept


def _serve(request, view, args, kwargs, key, etag):
    """The page from the cache, or rendered and stored; uncached whenever the cache fails."""
    # The cache client raises its own exception classes; any of them means no cache now.
    try:
        response = cache.get(key)
    except Exception as error:
        logger.warning(
            "Page cache unavailable, serving %s uncached: %s: %s",
            request.path,
            type(error).__name__,
            error,
        )
        return view(request, *args, **kwargs)
    if response is not None:
        if request.headers.get("If-None-Match") != etag:
            return response
        not_modified = HttpResponseNotModified()
        not_modified["ETag"] = etag
        return not_modified
    response = view(request, *args, **kwargs)
    page = _page_to_store(response, etag)
    if page is None:
        return response
    if len(page.content) > settings.CASEFILES_PAGE_CACHE_MAX_BYTES:
        # A page this large would crowd out many others; it is served, not kept.
        return page
    try:
        cache.set(key, page, PAGE_TIMEOUT)
    except Exception as error:
        logger.warning(
            "Page cache unavailable, %s not stored: %s: %s",
            request.path,
            type(error).__name__,
            error,
        )
    return page


def cache_for_readers(view, *, reads=()):
    """Serve anonymous GETs of `view` from the page cache while the content is unchanged.

    `reads` names the query parameters the view reads (names, or FilterSet classes for all
    their filters); the view sees only those, and they alone tell cached pages apart.
    """
    names = reading_names(*reads)

    @wraps(view)
    def cached(request, *args, **kwargs):
        request.GET = only_reads(request.GET, names)
        if request.method not in ("GET", "HEAD") or request.user.is_authenticated:
            return view(request, *args, **kwargs)
        version = content_version()
        if version is None:
            return view(request, *args, **kwargs)
        address = f"{request.path}?{request.GET.urlencode()}"
        digest = hashlib.blake2b(address.encode(), digest_size=16).hexdigest()
        key = f"page:{version}:{digest}"
        etag = quote_etag(f"{version}-{digest}")
        return _serve(request, view, args, kwargs, key, etag)

    return cached


def private_for_signed_in(get_response):
    """Middleware: a response rendered for a signed-in user is `Cache-Control: private`.

    Staff see drafts, admin links and the admin itself; no shared cache (a proxy, a CDN) may
    keep such a page and hand it to the next visitor.
    """

    def middleware(request):
        response = get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True)
            patch_vary_headers(response, ("Cookie",))
        return response

    return middleware
