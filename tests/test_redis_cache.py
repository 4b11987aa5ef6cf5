"""The page cache on Redis: every reader page served through it, a REDIS_URL that cannot be used
refused at start-up with the reason, and a cache that fails later never failing a page.

The Redis server is REDIS_URL, or the one on 127.0.0.1:6379. Without one the tests that need it
are skipped with the reason; with CI=true they fail instead.
"""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import redis
from django.core.cache.backends.locmem import LocMemCache
from django.core.checks import Error
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.urls import Resolver404, URLPattern, resolve, reverse

from casefiles.checks import check_page_cache
from casefiles.urls import casefiles_patterns
from tests.factories import OperationMentionFactory

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
SERVER_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
NOBODY_LISTENING = "redis://127.0.0.1:1/0"
REDIS_BACKEND = "django.core.cache.backends.redis.RedisCache"


def redis_cache(location, prefix="casefiles-test"):
    return {
        "default": {
            "BACKEND": REDIS_BACKEND,
            "LOCATION": location,
            "KEY_PREFIX": prefix,
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }


def skip_or_fail(reason):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true and {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture
def redis_server():
    """A client for the Redis server; the keys a test leaves under its prefix are removed."""
    client = redis.Redis.from_url(SERVER_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as error:
        skip_or_fail(f"no Redis at {SERVER_URL}: {error}")
    prefix = f"casefiles-test-{uuid.uuid4().hex}"
    yield client, prefix
    for key in client.scan_iter(match=f"{prefix}:*"):
        client.delete(key)
    client.close()


@pytest.fixture
def curated(seed_paths):
    call_command("import_articles", "--publish", *map(str, seed_paths), verbosity=0)
    call_command("loaddata", "casefiles", verbosity=0)


def reader_pages(client):
    """One address for every named page in casefiles/urls.py: lists and exports by name, and
    each detail page by the first link to it found on the pages already listed."""
    names = {p.name for p in casefiles_patterns if isinstance(p, URLPattern) and p.name}
    pages = {}
    for name in sorted(names):
        pattern = next(p for p in casefiles_patterns if p.name == name).pattern
        if "<export:fmt>" in str(pattern):
            pages[name] = reverse(f"casefiles:{name}", kwargs={"fmt": "csv"})
        elif "<" not in str(pattern):
            pages[name] = reverse(f"casefiles:{name}")
    pages["search"] += "?q=drugs"
    for url in [url for name, url in pages.items() if not name.endswith("-export")]:
        for href in client.get(url).content.decode().split('href="')[1:]:
            href = href.split('"', 1)[0]
            if not href.startswith("/") or href.startswith("/static/"):
                continue
            try:
                match = resolve(href.split("?", 1)[0])
            except Resolver404:
                continue
            if match.namespace == "casefiles" and match.url_name in names:
                pages.setdefault(match.url_name, href)
    assert set(pages) == names, f"no link found to {sorted(names - set(pages))}"
    return pages


def test_every_reader_page_answers_from_redis(client, settings, curated, redis_server):
    server, prefix = redis_server
    settings.CACHES = redis_cache(SERVER_URL, prefix)
    for name, url in reader_pages(client).items():
        first = client.get(url)
        assert first.status_code == 200, f"{name} {url} answered {first.status_code}"
        assert first.getvalue()
        if "ETag" in first:
            again = client.get(url, headers={"If-None-Match": first["ETag"]})
            assert again.status_code == 304, f"{name} {url} was not kept in Redis"
    assert any(server.scan_iter(match=f"{prefix}:*"))


def test_a_redis_that_answers_passes_the_start_up_check(settings, redis_server):
    settings.CACHES = redis_cache(SERVER_URL, redis_server[1])
    assert check_page_cache() == []


@pytest.mark.parametrize(
    ("location", "reason"),
    [(NOBODY_LISTENING, "ConnectionError"), ("127.0.0.1:6379", "ValueError")],
    ids=["unreachable", "not-a-url"],
)
def test_a_redis_url_that_cannot_be_used_fails_the_check(settings, location, reason):
    settings.CACHES = redis_cache(location)
    with pytest.raises(SystemCheckError) as failed:
        call_command("check")
    assert f"REDIS_URL={location} cannot be used as the page cache: " in str(failed.value)
    assert reason in str(failed.value)


def test_the_check_never_prints_the_redis_password(settings):
    settings.CACHES = redis_cache("redis://cache:s3cret@127.0.0.1:1/0")
    [error] = check_page_cache()
    assert isinstance(error, Error)
    assert "s3cret" not in error.msg
    assert "REDIS_URL=redis://127.0.0.1:1/0" in error.msg


def run_with_redis_url(*args):
    env = {**os.environ, "REDIS_URL": NOBODY_LISTENING, "DEBUG": "1"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize(
    "command",
    [("manage.py", "check"), ("-c", "import casefiles.wsgi"), ("-c", "import casefiles.asgi")],
    ids=["manage.py check", "wsgi", "asgi"],
)
def test_the_site_will_not_start_on_an_unreachable_redis(command):
    result = run_with_redis_url(*command)
    assert result.returncode != 0
    assert f"REDIS_URL={NOBODY_LISTENING} cannot be used as the page cache" in result.stderr


@pytest.fixture
def operation_url(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        mention = OperationMentionFactory()
    return mention.operation.get_absolute_url()


def test_a_cache_that_fails_on_reading_still_serves_the_page(
    client, settings, operation_url, caplog
):
    settings.CACHES = redis_cache(NOBODY_LISTENING)
    response = client.get(operation_url)
    assert response.status_code == 200
    assert "Page cache unavailable" in caplog.text


class StoringFails(LocMemCache):
    """A cache that answers reads but fails to store, as a Redis that went away mid-request."""

    def set(self, *args, **kwargs):
        raise ConnectionError("Redis went away")


def test_a_cache_that_fails_on_storing_still_serves_the_page(
    client, settings, operation_url, caplog
):
    settings.CACHES = {"default": {"BACKEND": f"{__name__}.StoringFails"}}
    for _ in range(2):
        assert client.get(operation_url).status_code == 200
    assert "Redis went away" in caplog.text
