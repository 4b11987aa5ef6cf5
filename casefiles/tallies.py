"""Counts over a whole archive that a page shows beside its rows (“1–20 of 235,325 quotes”,
the home page's totals), kept in the cache while what they count is unchanged.

Counting every published quote reads a quarter of a million rows; the count changes only when
the content does. A tally is kept under the versions of the whole site and of the lists (see
`caching`), so any change that may alter it starts a new one. Without a cache, or if it fails,
the tally is worked out each time.
"""

import hashlib
import logging

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Paginator
from django.utils.functional import cached_property

from casefiles.caching import EVERYTHING, PAGE_TIMEOUT, scope_versions
from casefiles.page_scopes import LISTS

logger = logging.getLogger(__name__)


def tally(name, compute):
    """`compute()`, kept under `name` until the content changes."""
    versions = scope_versions([EVERYTHING, LISTS])
    if versions is None:
        return compute()
    key = f"tally:{'-'.join(map(str, versions))}:{name}"
    try:
        value = cache.get(key)
    except Exception as error:  # the cache client raises its own classes
        logger.warning("Tally cache unavailable: %s: %s", type(error).__name__, error)
        return compute()
    if value is None:
        value = compute()
        try:
            cache.set(key, value, PAGE_TIMEOUT)
        except Exception as error:
            logger.warning("Tally cache unavailable: %s: %s", type(error).__name__, error)
    return value


def count(queryset):
    """How many rows `queryset` has, kept (see `tally`) under its SQL."""
    try:
        sql, params = queryset.order_by().query.sql_with_params()
    except EmptyResultSet:  # `none()`: nothing to ask the database
        return 0
    digest = hashlib.blake2b(f"{sql}|{params!r}".encode(), digest_size=16).hexdigest()
    return tally(f"count:{digest}", queryset.count)


class TalliedPaginator(Paginator):
    """A paginator whose count is a tally, and which reads a page in the back half of the list
    from its end, in the reverse order: the last page costs what the first does.

    The list's order must tell every row apart (end it with the primary key)."""

    @cached_property
    def count(self):
        return count(self.object_list)

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        if bottom <= self.count // 2 or not getattr(self.object_list, "ordered", False):
            return super().page(number)
        from_end = self.object_list.reverse()[self.count - top : self.count - bottom]
        return self._get_page(list(from_end)[::-1], number, self)
