"""Cached pages served before the rest of the middleware: a hit costs what the bare view does
not, rather than everything it does and more.

Every request passes a dozen middleware (sessions, CSRF, messages, the security headers, the
content security policy built afresh) before a view answers; for a page this process holds a
copy of (`pagecopies`), that was most of its cost. `serve_copies`, first in MIDDLEWARE,
answers an anonymous GET of a cached page from the copy straight away, with the headers the
whole stack gave the same copy the first time this process served it: the copy must have been
served once through every middleware, and the request must be one the middleware would have
let through unchanged, or it goes down the stack as before:

- no session cookie (a journalist signed in gets a fresh page; so does anyone with a session,
  whatever it holds), and no messages cookie (a message waiting to be shown);
- a host ALLOWED_HOSTS accepts, over HTTPS when SECURE_SSL_REDIRECT asks for it, and no
  PREPEND_WWW or DISALLOWED_USER_AGENTS for CommonMiddleware to act on;
- the copy rendered under the versions the page's scopes have now (read as any cached page
  reads them, at most CASEFILES_VERSION_SECONDS old), or stale within the first half of its
  bound (`caching.Entry.standing`): a page due to be rendered again, the shared cache and the
  one request that renders it are left to `caching`.
"""

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.exceptions import DisallowedHost
from django.http import HttpResponseNotModified
from django.urls import Resolver404, resolve

from casefiles.caching import only_reads, page_key
from casefiles.pagecopies import fresh_copy

# Headers each response is given afresh, never copied from another.
OWN_HEADERS = frozenset({"content-length", "content-encoding"})


def serve_copies(get_response):
    """Middleware: an anonymous GET of a page this process holds a fresh copy of, answered
    from it with no other middleware or view (see the module's docstring)."""

    def middleware(request):
        copy = _copy_for(request)
        if copy is not None:
            entry, headers = copy
            return _response(request, entry, headers)
        response = get_response(request)
        entry = getattr(response, "page_copy", None)
        if entry is not None and response.status_code == 200:
            # What the whole stack made of this copy, for the next request like this one.
            headers = [(k, v) for k, v in response.items() if k.lower() not in OWN_HEADERS]
            entry.served_headers = {**getattr(entry, "served_headers", {}), _kind(request): headers}
        return response

    return middleware


def _kind(request):
    """What of the request changes the headers the middleware add: HTTPS (HSTS)."""
    return request.is_secure()


def _copy_for(request):
    """(entry, headers) to answer `request` with, or None to send it down the stack."""
    if request.method not in ("GET", "HEAD") or not settings.CASEFILES_PAGE_CACHE:
        return None
    if not settings.CASEFILES_PAGE_COPY_BYTES:
        return None
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or CookieStorage.cookie_name in cookies:
        return None
    if settings.SECURE_SSL_REDIRECT and not request.is_secure():
        return None
    if settings.PREPEND_WWW or settings.DISALLOWED_USER_AGENTS:
        # CommonMiddleware would redirect or refuse some requests: let it see every one.
        return None
    try:
        request.get_host()
        match = resolve(request.path_info)
    except (DisallowedHost, Resolver404):
        return None
    page_cache = getattr(match.func, "page_cache", None)
    if page_cache is None:
        return None
    request.GET = only_reads(request.GET, page_cache[0])
    request.page_key = _scopes, versions, key = page_key(request, page_cache, match.kwargs)
    entry = None if versions is None else fresh_copy(key, versions)
    headers = getattr(entry, "served_headers", {}).get(_kind(request))
    return None if headers is None else (entry, headers)


def _response(request, entry, headers):
    etag = dict(entry.headers).get("ETag")
    if request.META.get("HTTP_IF_NONE_MATCH") != etag:
        return entry.response(request, headers)
    not_modified = HttpResponseNotModified()
    for name, value in headers:
        if name.lower() != "content-type":
            not_modified[name] = value
    return not_modified
