"""Whole-page caching of reader pages, invalidated by what changed, and no more.

Pages for anonymous visitors are cached under their address and the versions of their scopes
(`ContentVersion` rows, kept by `versions`), read in one query:

- the whole site's version, which every change a journalist makes moves on (an edit, a review,
  a merge, a new case file): such a change shows on every page at once (within
  CASEFILES_VERSION_SECONDS, one second, in the other server processes, which read the versions
  again at most that often: a page served from the cache then costs no query at all);
- the version of the lists (`page_scopes.LISTS`: the lists, the home page, search, a quote's
  page), and, for a record's page, the version of that record's page. Importing or editing an
  article moves on only these: the lists, the article's page and the pages of what its records
  link to (`page_scopes.pages_showing`). The page of an operation the article does not name
  stays cached.

While articles are being imported, the lists change with every article, and a page rendered
under the versions before is stale within a second. So that readers' requests are not all spent
rendering pages again, an anonymous reader may be served a stale page for a bounded time after
it was rendered (which bounds how long it has been stale): `CASEFILES_PAGE_STALE_SECONDS` for a
page whose own scope moved, `CASEFILES_PAGE_REFRESH_SECONDS` for a record's page that only the
lists moved past (`Entry.standing`). In the first half of the bound it is served as it is (from
each process's copy too); in the second half one request renders it again, holding a short lock
in the cache (shared by every process when the cache is Redis), while the others are still
served the stale page; past the bound it is never served. A change a journalist makes moves the
whole site's version (an edit, a record rejected, a person kept private, an article withdrawn)
and is never served late; 0 seconds serves nothing stale.

Signed-in staff always get fresh pages (they see drafts and admin links). Responses carry an
ETag, so a browser revalidates with a 304. A cached page is kept gzip-compressed and served so
to a client that accepts it; each server process keeps copies of the pages it served lately
(`pagecopies`), served without asking the shared cache while their versions hold.

The key holds nothing a visitor can vary at will: not the Host header (pages build their
addresses from SITE_URL), and of the query only the parameters the page reads, in a fixed order
and without blank values. The view itself is given only those parameters, so it cannot render
anything the key does not name; `?utm_source=…` or a reordered query share one entry.

The cache is a speed-up, never a condition for a page: if it fails (a Redis that went away, a
timeout), the failure is logged and the page is served as if nothing were cached.
"""

import gzip
import hashlib
import logging
import time
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, HttpResponseNotModified, QueryDict
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import quote_etag

from casefiles.page_scopes import LISTS, record_scope
from casefiles.pagecopies import EXPIRED, FRESH, REFRESH, STALE, fresh_copy, keep_copy
from casefiles.versions import EVERYTHING, scope_versions

PAGE_TIMEOUT = 60 * 60
# How long one request may hold the right to render a stale page again while the others are
# served it; another may take it over after that (a render that failed).
RENDER_SECONDS = 10

logger = logging.getLogger(__name__)


def _page_to_store(response, etag):
    """The rendered response stamped for revalidation, or None if it must not be cached."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return None
    if hasattr(response, "render") and callable(response.render):
        response = response.render()
    response["ETag"] = etag
    patch_vary_headers(response, ("Cookie", "Accept-Encoding"))
    patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
    return response


class Entry:
    """A page as the cache keeps it: its body gzip-compressed, its headers, the versions it
    was rendered under and when; `stale_since`, when the oldest count it shows that an import
    had moved past was worked out (`tallies.stale_since`): the page is as old as that, and not
    fresh even under the versions it was rendered under."""

    # For entries a shared cache kept from before pages could be rendered behind their versions.
    behind = False

    def __init__(self, page, versions, stale_since=None):
        self.versions = versions
        self.behind = stale_since is not None
        self.rendered = time.time() if stale_since is None else stale_since
        self.headers = [(k, v) for k, v in page.items() if k.lower() != "content-length"]
        self.body = gzip.compress(page.content, compresslevel=5)

    @property
    def age(self):
        return time.time() - self.rendered

    def response(self, request, headers=None):
        """The page for `request`, compressed if it accepts it, with the view's `headers` or
        those given (what the middleware added too: `hits`)."""
        headers = self.headers if headers is None else headers
        if "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", ""):
            response = HttpResponse(self.body, headers=headers)
            response["Content-Encoding"] = "gzip"
        else:
            response = HttpResponse(gzip.decompress(self.body), headers=headers)
        return response

    def standing(self, versions):
        """How this page may be served when the scopes are at `versions`: FRESH; STALE, served
        as it is; REFRESH, served to all but the one request that renders it again; or
        EXPIRED, never served."""
        if self.versions == versions and not self.behind:
            return FRESH
        bound = self.stale_bound(versions)
        age = self.age
        if age >= bound:
            return EXPIRED
        # Rendered again in the second half of the bound, so that a page readers keep asking
        # for is replaced before it may no longer be served.
        return STALE if age < bound / 2 else REFRESH

    def stale_bound(self, versions):
        """Seconds after it was rendered this page may be served at `versions`; 0: never."""
        if self.versions[0] != versions[0]:
            # A journalist's change (an edit, a record hidden, a person made private): never
            # shown late.
            return 0
        if self.versions != versions and len(versions) > 2 and self.versions[2] == versions[2]:
            # A record's page that only the lists have moved past.
            return settings.CASEFILES_PAGE_REFRESH_SECONDS
        return settings.CASEFILES_PAGE_STALE_SECONDS


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


def _cache_failed(request, error, doing):
    logger.warning(
        "Page cache unavailable, %s %s: %s: %s",
        request.path,
        doing,
        type(error).__name__,
        error,
    )


def _renders_again(key):
    """Whether this request is the one that renders the page under `key` again (a short lock
    in the cache: across server processes when the cache is shared)."""
    return cache.add(f"{key}:rendering", 1, RENDER_SECONDS)


def _serve(request, view, args, kwargs, key, versions):
    """The page from the cache, or rendered and stored; uncached whenever the cache fails."""
    entry = fresh_copy(key, versions)
    if entry is not None:
        return _cached_response(request, entry, copied=True)
    # The cache client raises its own exception classes; any of them means no cache now.
    try:
        entry = cache.get(key)
        standing = EXPIRED if entry is None else entry.standing(versions)
        # Stale within its bound: served as it is, and in the second half of the bound one
        # request renders it again while the others are served it. Past the bound, rendered.
        if standing == EXPIRED or (standing == REFRESH and _renders_again(key)):
            entry = None
    except Exception as error:
        _cache_failed(request, error, "serving uncached")
        return view(request, *args, **kwargs)
    if entry is not None:
        copied = standing in (FRESH, STALE)
        if copied:
            # This process serves it from its copy until it needs rendering again.
            keep_copy(key, entry)
        return _cached_response(request, entry, copied=copied)
    response = view(request, *args, **kwargs)
    digest = key.rsplit(":", 1)[-1]
    page = _page_to_store(response, quote_etag(f"{'-'.join(map(str, versions))}-{digest}"))
    if page is None:
        return response
    if len(page.content) > settings.CASEFILES_PAGE_CACHE_MAX_BYTES:
        # A page this large would crowd out many others; it is served, not kept.
        return page
    from casefiles.tallies import stale_since

    entry = Entry(page, versions, stale_since())
    try:
        cache.set(key, entry, PAGE_TIMEOUT)
        cache.delete(f"{key}:rendering")
    except Exception as error:
        _cache_failed(request, error, "not stored")
    else:
        keep_copy(key, entry)
        page.page_copy = entry
    return page


def _cached_response(request, entry, *, copied=False):
    etag = dict(entry.headers).get("ETag")
    if request.META.get("HTTP_IF_NONE_MATCH") != etag:
        response = entry.response(request)
        if copied:
            # The copy this process serves it from (`hits`).
            response.page_copy = entry
        return response
    not_modified = HttpResponseNotModified()
    not_modified["ETag"] = etag
    return not_modified


def cache_for_readers(view, *, reads=(), record=None):
    """Serve anonymous GETs of `view` from the page cache while what it shows is unchanged.

    `reads` names the query parameters the view reads (names, or FilterSet classes for all
    their filters); the view sees only those, and they alone tell cached pages apart.
    `record`: for one record's page, its kind as `page_scopes.record_scope` names it (the
    URL's slug, or its pk, is the record): the page follows that record's changes, not every
    import's.
    """
    names = reading_names(*reads)

    @wraps(view)
    def cached(request, *args, **kwargs):
        request.GET = only_reads(request.GET, names)
        if request.method not in ("GET", "HEAD") or request.user.is_authenticated:
            return view(request, *args, **kwargs)
        if not settings.CASEFILES_PAGE_CACHE:
            return view(request, *args, **kwargs)
        # Worked out already where `hits.serve_copies` looked for a copy.
        found = getattr(request, "page_key", None) or page_key(request, cached.page_cache, kwargs)
        scopes, versions, key = found
        if versions is None:
            return view(request, *args, **kwargs)
        if record is not None:
            from casefiles.tallies import follow_page

            follow_page(scopes[2], (versions[0], versions[2]))
        return _serve(request, view, args, kwargs, key, versions)

    # What `page_key` needs of the page, for `hits.serve_copies` too.
    cached.page_cache = (names, record)
    return cached


def page_key(request, page_cache, kwargs):
    """(scopes, their versions or None, cache key) of an anonymous GET of a cached page whose
    query has been cut to what it reads (`only_reads`); `page_cache` as `cache_for_readers`
    leaves it on the view."""
    _names, record = page_cache
    scopes = [EVERYTHING, LISTS]
    if record is not None:
        scopes.append(record_scope(record, kwargs.get("slug", kwargs.get("pk"))))
    address = f"{request.path}?{request.GET.urlencode()}"
    digest = hashlib.blake2b(address.encode(), digest_size=16).hexdigest()
    return scopes, scope_versions(scopes), f"page:{digest}"


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
