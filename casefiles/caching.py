"""Whole-page caching of reader pages, invalidated by any committed change to the content.

Every save, delete or relation change of an article or case-file record moves a database-held
counter (`ContentVersion`) on once its transaction commits. Reader pages for anonymous visitors
are cached under the path and that counter, so a page costs one primary-key read until something
changes, in every server process at once. Signed-in staff always get fresh pages (they see
drafts and admin links). Responses carry an ETag, so a browser revalidates with a 304.

The cache is a speed-up, never a condition for a page: if it fails (a Redis that went away, a
timeout), the failure is logged and the page is served as if nothing were cached.
"""

import hashlib
import logging
from functools import wraps

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponseNotModified
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


def content_changed(**kwargs):
    """Move the content version on when the current transaction commits."""
    transaction.on_commit(_bump, robust=True)


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


def cache_for_readers(view):
    """Serve anonymous GETs of `view` from the page cache while the content is unchanged."""

    @wraps(view)
    def cached(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD") or request.user.is_authenticated:
            return view(request, *args, **kwargs)
        version = content_version()
        if version is None:
            return view(request, *args, **kwargs)
        path = request.get_full_path()
        digest = hashlib.blake2b(path.encode(), digest_size=16).hexdigest()
        key = f"page:{version}:{digest}"
        etag = quote_etag(f"{version}-{digest}")
        # The cache client raises its own exception classes; any of them means no cache now.
        try:
            response = cache.get(key)
        except Exception as error:
            logger.warning(
                "Page cache unavailable, serving %s uncached: %s: %s",
                path,
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
            return page
        try:
            cache.set(key, page, PAGE_TIMEOUT)
        except Exception as error:
            logger.warning(
                "Page cache unavailable, %s not stored: %s: %s", path, type(error).__name__, error
            )
        return page

    return cached
