"""Who the site says it is, and who it believes a visitor to be.

`site_url` turns the SITE_URL setting into the one address canonical links and JSON-LD are
built from, so a request's Host header never reaches a page that is cached and served to others.
`client_ip` and `locked_out` serve the login throttle (django-axes): the address a sign-in comes
from, and the page that refuses one after too many wrong passwords. This module is imported by
the settings, so it imports Django's request machinery only inside the functions that need it.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

DEVELOPMENT_URL = "http://127.0.0.1:8000"


def site_url(value, *, debug, secure, hosts):
    """The site's own address, scheme and host with no trailing slash.

    `value` is SITE_URL as given; without it, the development server's address under DEBUG,
    otherwise the first named host of ALLOWED_HOSTS, on https when the site runs behind HTTPS.
    """
    value = value.strip().rstrip("/")
    if not value:
        if debug:
            return DEVELOPMENT_URL
        host = next((host.lstrip(".") for host in hosts if host.lstrip(".") not in ("", "*")), "")
        return f"{'https' if secure else 'http'}://{host or 'localhost'}"
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.path or parts.query:
        raise ImproperlyConfigured(
            f"SITE_URL={value!r} is not a site address. Give the scheme and host the public "
            "reaches the site at, with no path, e.g. SITE_URL=https://cases.example.org"
        )
    return value


def client_ip(request):
    """The visitor's address: the one the trusted proxy appended to X-Forwarded-For when
    BEHIND_PROXY is set (every sign-in would otherwise come from the proxy's address), else
    the connection's own."""
    from django.conf import settings

    if settings.BEHIND_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        # The proxy appends the address it saw; whatever stands before it the client wrote.
        last = forwarded.rsplit(",", 1)[-1].strip()
        if last:
            return last
    return request.META.get("REMOTE_ADDR")


def locked_out(request, original_response=None, credentials=None):
    """The admin's page for a sign-in refused by the throttle: what happened and for how long."""
    from django.conf import settings
    from django.contrib import admin
    from django.shortcuts import render

    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context = {
        **admin.site.each_context(request),
        "title": "Too many failed sign-ins",
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "minutes": minutes,
    }
    return render(request, "admin/locked_out.html", context, status=429)
