"""Counts over a whole archive that a page shows beside its rows (“1–20 of 235,325 quotes”,
the home page's totals), kept in the cache while what they count is unchanged.

Counting every published quote reads a quarter of a million rows; the count changes only when
the content does. A tally is kept with the versions of the whole site and of the lists (or, on
a record's page served through the page cache, of that page: see `caching`) it was worked out
under, and worked out again once they move on (after half CASEFILES_PAGE_STALE_SECONDS, for an
import). A page rendered with a tally worked out under earlier versions is as old as that tally
(`stale_since`), so that the page cache never serves it later than its bound. Without a cache,
or if it fails, the tally is worked out each time.
"""

import hashlib
import logging
import threading
import time

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Paginator
from django.core.signals import request_finished, request_started
from django.utils.functional import cached_property

from casefiles.caching import PAGE_TIMEOUT
from casefiles.page_scopes import LISTS
from casefiles.versions import EVERYTHING, scope_versions

logger = logging.getLogger(__name__)


# The versions a request's tallies are kept under, read once per request.
_request = threading.local()


def _request_started(**kwargs):
    _request.versions, _request.timeout, _request.stale_since = None, PAGE_TIMEOUT, None
    _request.active = True


def _request_finished(**kwargs):
    _request.versions, _request.timeout, _request.stale_since = None, PAGE_TIMEOUT, None
    _request.active = False


def stale_since():
    """When the oldest tally this request used that an import has since moved past was worked
    out (a `time.time()`), or None if it used none."""
    return getattr(_request, "stale_since", None)


def _used_stale(worked_out):
    if getattr(_request, "active", False):
        since = _request.stale_since
        _request.stale_since = worked_out if since is None else min(since, worked_out)


def follow_page(scope, versions):
    """For the rest of this request, keep tallies under the versions of the whole site and of
    the record's page (`scope`) rather than of the lists, for at most
    CASEFILES_PAGE_REFRESH_SECONDS: the counts of an operation's page outlive an import about
    another operation, as the page itself does (see `caching`)."""
    if getattr(_request, "active", False):
        _request.versions = (scope, *versions)
        _request.timeout = settings.CASEFILES_PAGE_REFRESH_SECONDS


request_started.connect(_request_started, dispatch_uid="tallies-request-started")
request_finished.connect(_request_finished, dispatch_uid="tallies-request-finished")


def _versions():
    """(scope, whole site's version, scope's version) the request's tallies follow, and how
    long they may be kept."""
    if not getattr(_request, "active", False):
        versions = scope_versions([EVERYTHING, LISTS])
        return (LISTS, *versions) if versions else None, PAGE_TIMEOUT
    if _request.versions is None:
        versions = scope_versions([EVERYTHING, LISTS])
        _request.versions = (LISTS, *versions) if versions else None
    return _request.versions, _request.timeout


def tally(name, compute):
    """`compute()`, kept under `name` until the content changes. While articles are imported,
    one worked out under an earlier version of the scope is still used for half
    CASEFILES_PAGE_STALE_SECONDS, as a cached page is served as it is (see `caching`), and the
    page rendered with it counts as that old; never after a journalist's change."""
    versions, timeout = _versions()
    if versions is None:
        return compute()
    scope, site, version = versions
    key = f"tally:{scope}:{name}"
    try:
        kept = cache.get(key)
    except Exception as error:  # the cache client raises its own classes
        logger.warning("Tally cache unavailable: %s: %s", type(error).__name__, error)
        return compute()
    if kept is not None:
        kept_site, kept_version, worked_out, value = kept
        if kept_site == site and kept_version == version:
            return value
        if (
            kept_site == site
            and time.time() - worked_out < settings.CASEFILES_PAGE_STALE_SECONDS / 2
        ):
            _used_stale(worked_out)
            return value
    value = compute()
    try:
        cache.set(key, (site, version, time.time(), value), timeout)
    except Exception as error:
        logger.warning("Tally cache unavailable: %s: %s", type(error).__name__, error)
    return value


def _digest(queryset):
    """A name for what `queryset` asks, or None if it asks nothing (`none()`)."""
    try:
        sql, params = queryset.query.sql_with_params()
    except EmptyResultSet:
        return None
    return hashlib.blake2b(f"{sql}|{params!r}".encode(), digest_size=16).hexdigest()


def count(queryset):
    """How many rows `queryset` has, kept (see `tally`) under its SQL."""
    digest = _digest(queryset.order_by())
    return 0 if digest is None else tally(f"count:{digest}", queryset.count)


def worked_out(name, base, compute):
    """`compute()`, worked out from the rows of the queryset `base` alone, kept (see `tally`)
    under `name` and `base`'s SQL: for a query built on `base` that costs more to write out
    than the cache does to answer (a window over `base`'s rows). `name` must tell apart
    whatever else `compute` depends on."""
    digest = _digest(base.order_by())
    return compute() if digest is None else tally(f"{name}:{digest}", compute)


def rows(queryset):
    """The rows of `queryset` (plain values: `values_list`), kept (see `tally`) under its SQL."""
    digest = _digest(queryset)
    return [] if digest is None else tally(f"rows:{digest}", lambda: list(queryset))


# The page number that asks for the last page, whatever the list's length: the pager's link to
# it, the same for every reader (staff see drafts: their last page is further on).
LAST = "last"


class TalliedPaginator(Paginator):
    """A paginator whose count is a tally, and which reads a page in the back half of the list
    from its end, in the reverse order: the last page costs what the first does.

    The list's order must tell every row apart to be read both ways: an order that does not
    end with the primary key (a list by name) has it added."""

    def __init__(self, object_list, per_page, **kwargs):
        if getattr(object_list, "ordered", False) and not _ends_with_pk(object_list):
            order = object_list.query.order_by or object_list.model._meta.ordering
            object_list = object_list.order_by(*order, "pk")
        super().__init__(object_list, per_page, **kwargs)

    @cached_property
    def count(self):
        return count(self.object_list)

    def validate_number(self, number):
        return self.num_pages if number == LAST else super().validate_number(number)

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        if bottom <= self.count // 2 or not getattr(self.object_list, "ordered", False):
            return super().page(number)
        from_end = self.object_list.reverse()[self.count - top : self.count - bottom]
        return self._get_page(list(from_end)[::-1], number, self)


def _ends_with_pk(queryset):
    order = queryset.query.order_by or queryset.model._meta.ordering
    if not order:
        return False
    last = order[-1]
    if isinstance(last, str):
        return last.lstrip("-") in ("pk", queryset.model._meta.pk.name)
    expression = getattr(last, "expression", last)
    return getattr(expression, "name", None) in ("pk", queryset.model._meta.pk.name)
