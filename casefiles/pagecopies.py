"""A server process's own copies of the cached pages it served lately.

The shared page cache (Redis in production) costs a round trip and an unpickling on every
request, which is most of what a cached page costs. Each process therefore keeps the pages it
served lately, compressed as the shared cache keeps them, up to CASEFILES_PAGE_COPY_BYTES, and
serves a copy while the scopes' versions are those it was rendered under, or while it is stale
within the first half of its staleness bound (`caching.Entry.standing`): the versions are read
as for any cached page (at most CASEFILES_VERSION_SECONDS old), so a copy is never served later
than the shared cache's entry would have been, and a page due to be rendered again is always
looked up in the shared cache (where one request renders it again while the others may be
served the stale page: `caching._serve`).
"""

import threading
from collections import OrderedDict

from django.conf import settings

# A cached page's standing at the scopes' versions now (`caching.Entry.standing`): rendered
# under them; stale, served as it is; stale and due to be rendered again by one request; or
# past its staleness bound, never served.
FRESH, STALE, REFRESH, EXPIRED = "fresh", "stale", "refresh", "expired"

_copies = OrderedDict()  # cache key -> Entry, least recently served first
_held = 0  # bytes of the bodies in _copies
_lock = threading.Lock()


def fresh_copy(key, versions):
    """This process's copy of the page under `key` if it may be served as it is when the
    scopes are at `versions`: rendered under them, or stale within the first half of its bound
    (`caching.Entry.standing`); one that must be rendered again is left to the shared cache."""
    with _lock:
        entry = _copies.get(key)
        if entry is None:
            return None
        if entry.standing(versions) not in (FRESH, STALE):
            _forget(key)
            return None
        _copies.move_to_end(key)
        return entry


def keep_copy(key, entry):
    """Keep `entry` for the next requests, dropping the copies served least lately if the
    copies would hold more than CASEFILES_PAGE_COPY_BYTES."""
    global _held
    limit = settings.CASEFILES_PAGE_COPY_BYTES
    if len(entry.body) > limit // 4:
        return
    with _lock:
        _forget(key)
        _copies[key] = entry
        _held += len(entry.body)
        while _held > limit:
            _forget(next(iter(_copies)))


def forget_copies():
    global _held
    with _lock:
        _copies.clear()
        _held = 0


def _forget(key):
    global _held
    entry = _copies.pop(key, None)
    if entry is not None:
        _held -= len(entry.body)
