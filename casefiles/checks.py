"""Start-up checks: a page cache named by REDIS_URL must answer before the site serves a page.

Registered with Django's system checks, so `manage.py check`, `runserver` and `migrate` stop
with the reason; the WSGI and ASGI entry points call `require_page_cache()` so that a server
process refuses to start rather than failing every page. A Redis that goes away after start-up
is the page cache's business: it serves pages uncached (casefiles/caching.py).
"""

import re

from django.conf import settings
from django.core import checks
from django.core.cache import caches
from django.core.exceptions import ImproperlyConfigured

REDIS_BACKEND = "django.core.cache.backends.redis.RedisCache"
PROBE_KEY = "start-up-probe"


def _without_credentials(location):
    """The cache location fit to print: any user name and password in the URL left out."""
    if not isinstance(location, str):
        location = ",".join(location)
    return re.sub(r"(?<=://)[^@/]*@", "", location)


def _reason(error):
    if isinstance(error, ImportError):
        return "the redis client is not installed (pip install redis)"
    return f"{type(error).__name__}: {error}"


def check_page_cache(app_configs=None, **kwargs):
    """Write and read a key in a Redis page cache; report why, if either fails."""
    config = settings.CACHES.get("default", {})
    if config.get("BACKEND") != REDIS_BACKEND:
        return []
    try:
        cache = caches["default"]
        cache.set(PROBE_KEY, "ok", 10)
        cache.get(PROBE_KEY)
    # Whatever fails here (a URL redis cannot parse, a refused connection, a wrong password or
    # database number, a missing client) would fail every page, so all of it is reported.
    except Exception as error:
        location = _without_credentials(config.get("LOCATION", ""))
        return [
            checks.Error(
                f"REDIS_URL={location} cannot be used as the page cache: {_reason(error)}",
                hint=(
                    "Start Redis, or correct REDIS_URL (e.g. redis://127.0.0.1:6379/0); "
                    "unset it to cache pages in each server process's memory."
                ),
                id="casefiles.E001",
            )
        ]
    return []


def require_page_cache():
    """Refuse to start a server process whose page cache cannot be used, with the reason."""
    errors = check_page_cache()
    if errors:
        raise ImproperlyConfigured("\n".join(f"{error.msg}\n{error.hint}" for error in errors))
