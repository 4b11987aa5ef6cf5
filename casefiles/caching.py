"""Whole-page caching of reader pages, invalidated by what changed, and no more.

Pages for anonymous visitors are cached under their address and the versions of their scopes
(`ContentVersion` rows), read in one query:

- the whole site's version, which every change a journalist makes moves on (an edit, a review,
  a merge, a new case file): such a change shows on every page at once (within
  CASEFILES_VERSION_SECONDS, one second, in the other server processes, which read the versions
  again at most that often: a page served from the cache then costs no query at all);
- the version of the lists (`page_scopes.LISTS`: the lists, the home page, search, a quote's
  page), and, for a record's page, the version of that record's page. Importing or editing an
  article moves on only these: the lists, the article's page and the pages of what its records
  link to (`page_scopes.pages_showing`). The page of an operation the article does not name
  stays cached.

While articles are being imported, the lists change with every article, so a page whose own
scope moved may still be served for `CASEFILES_PAGE_STALE_SECONDS` after it was rendered, and
a record's page that only the lists moved past for `CASEFILES_PAGE_REFRESH_SECONDS`: an import
shows on the pages it changes within that long, and readers' requests are not all spent
rendering pages again. One request renders a page that has gone stale while the others are
still served the stale page for the few seconds that takes.

Signed-in staff always get fresh pages (they see drafts and admin links). Responses carry an
ETag, so a browser revalidates with a 304. A cached page is kept gzip-compressed and served so
to a client that accepts it.

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
import threading
import time
from contextlib import contextmanager
from functools import wraps

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection, transaction
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse, HttpResponseNotModified, QueryDict
from django.utils import timezone
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import quote_etag

from casefiles.page_scopes import LISTS, pages_showing, record_scope
from casefiles.pagecopies import forget_copies, fresh_copy, keep_copy

CONTENT_APPS = ("articles", "casefiles")
# Written by the import and the review queue, never shown to readers.
NOT_ON_PAGES = ("ContentVersion", "FormerSlug", "ImportRun", "ImportItem", "PossibleMatch")
PAGE_TIMEOUT = 60 * 60
# The whole site's scope.
EVERYTHING = ""
# How long one request may take to render a stale page while the others are served it.
RENDER_SECONDS = 10
# Scopes moved on by one statement at most (two parameters each, well within either
# database's limit).
SCOPES_A_STATEMENT = 1000

logger = logging.getLogger(__name__)


def content_version():
    """The whole site's version: every cached page was rendered under it."""
    from casefiles.models import ContentVersion

    try:
        versions = ContentVersion.objects.filter(scope=EVERYTHING).values_list("version", flat=True)
        return versions.first() or 0
    except DatabaseError:
        return None


def _bump():
    from casefiles.models import ContentVersion

    forget_versions()

    if not ContentVersion.objects.filter(scope=EVERYTHING).update(version=F("version") + 1):
        ContentVersion.objects.get_or_create(scope=EVERYTHING, defaults={"version": 1})


_local = threading.local()


def content_changed(**kwargs):
    """Move the whole site's version on when the current transaction commits (inside
    `one_version_bump()`, with the block's own writes instead)."""
    if getattr(_local, "holding", False):
        _local.changed = True
    else:
        transaction.on_commit(_bump, robust=True)


@contextmanager
def one_version_bump():
    """Move the versions a block's changes call for on once, as the block's last writes, in
    the transaction the block runs in.

    An import writes dozens of rows an article; each would otherwise ask for a bump of its own
    after the commit, a second transaction for every article. Written with the article, the
    new versions and the new content become visible to readers in the same commit. Nothing is
    bumped if the block raises or marks its transaction for rollback (a dry run).
    """
    if getattr(_local, "holding", False):
        yield
        return
    _local.holding, _local.changed, _local.articles, _local.shown = True, False, {}, {}
    try:
        yield
    finally:
        _local.holding = False
    if transaction.get_rollback():
        return
    if _local.changed:
        _bump()
    if _local.articles:
        before = set().union(*_local.articles.values())
        shown = [_local.shown[pk] for pk in _local.articles if pk in _local.shown]
        unknown = [pk for pk in _local.articles if pk not in _local.shown]
        articles_changed(unknown, also=before.union(*shown))


def pages_shown(article_id, scopes):
    """Inside `one_version_bump()`: the scopes of the pages that show `article_id` now, as
    its writer worked them out from what it wrote (`page_scopes.pages_of_new_article`), so
    that they are not read back from the database. Given after the article's last write."""
    if getattr(_local, "holding", False):
        _local.shown[article_id] = set(scopes)


def bump_scopes(scopes):
    """Move the versions of `scopes` on, in the caller's transaction if there is one. Rows are
    locked in the order of their names, so two imports that share scopes never deadlock."""
    from casefiles.models import ContentVersion

    scopes = sorted(set(scopes))
    if not scopes:
        return
    forget_versions()
    # One statement, the database's own upsert (both take `ON CONFLICT … DO UPDATE`), which
    # locks the rows in the order given. A new scope starts at 1, as if created at 0 and
    # moved on; `changed` records when a scope was first moved, as `auto_now` on creation.
    table = connection.ops.quote_name(ContentVersion._meta.db_table)
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    # No savepoint of its own: a failure here fails the caller's whole transaction anyway.
    with transaction.atomic(savepoint=False), connection.cursor() as cursor:
        for start in range(0, len(scopes), SCOPES_A_STATEMENT):
            chunk = scopes[start : start + SCOPES_A_STATEMENT]
            values = ", ".join(["(%s, 1, %s)"] * len(chunk))
            cursor.execute(
                f"INSERT INTO {table} (scope, version, changed) VALUES {values} "
                f"ON CONFLICT (scope) DO UPDATE SET version = {table}.version + 1",
                [value for scope in chunk for value in (scope, now)],
            )


def articles_changed(article_ids, *, also=()):
    """Move on the scopes of the pages that show the articles (see `page_scopes`), and the
    lists; `also`, scopes worked out before the change (what the articles linked to then).
    Called in the writing transaction, once its records are written, or after it commits."""
    bump_scopes({LISTS, *also, *pages_showing(article_ids)})


def _article_saved(sender, instance, created=False, **kwargs):
    # What the article's records link to now, before an import replaces them: a page that
    # loses the article must change too.
    before = set() if created else pages_showing([instance.pk])
    if getattr(_local, "holding", False):
        _local.articles.setdefault(instance.pk, set()).update(before)
    else:
        transaction.on_commit(lambda: articles_changed([instance.pk], also=before), robust=True)


def _changed(sender, **kwargs):
    content_changed()


def connect_signals():
    from articles.models import Article

    post_save.connect(_article_saved, sender=Article, dispatch_uid="content-version-article")
    for model in apps.get_models():
        if model._meta.app_label not in CONTENT_APPS or model.__name__ in NOT_ON_PAGES:
            continue
        if model.__name__.startswith("Historical"):
            continue
        uid = f"content-version-{model._meta.label_lower}"
        if model is not Article:
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
    patch_vary_headers(response, ("Cookie", "Accept-Encoding"))
    patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
    return response


class Entry:
    """A page as the cache keeps it: its body gzip-compressed, its headers, the versions it
    was rendered under and when."""

    def __init__(self, page, versions):
        self.versions = versions
        self.rendered = time.time()
        self.headers = [(k, v) for k, v in page.items() if k.lower() != "content-length"]
        self.body = gzip.compress(page.content, compresslevel=5)

    @property
    def age(self):
        return time.time() - self.rendered

    def response(self, request):
        if "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", ""):
            response = HttpResponse(self.body, headers=self.headers)
            response["Content-Encoding"] = "gzip"
        else:
            response = HttpResponse(gzip.decompress(self.body), headers=self.headers)
        return response

    def serves(self, versions):
        """Whether this page may be served when the scopes are at `versions`."""
        if self.versions == versions:
            return True
        if self.versions[0] != versions[0]:
            # A journalist's change: never shown late.
            return False
        if len(versions) > 2 and self.versions[2] == versions[2]:
            # A record's page that only the lists have moved past.
            return self.age < settings.CASEFILES_PAGE_REFRESH_SECONDS
        return self.age < settings.CASEFILES_PAGE_STALE_SECONDS


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


def _renders_again(key, entry, versions):
    if entry.versions[0] != versions[0]:
        return True
    return cache.add(f"{key}:rendering", 1, RENDER_SECONDS)


def _serve(request, view, args, kwargs, key, versions):
    """The page from the cache, or rendered and stored; uncached whenever the cache fails."""
    entry = fresh_copy(key, versions)
    if entry is not None:
        return _cached_response(request, entry)
    # The cache client raises its own exception classes; any of them means no cache now.
    try:
        entry = cache.get(key)
        # Stale: one request renders it again. If only imports have moved on since, the others
        # are served the stale page meanwhile, for at most RENDER_SECONDS more.
        if (
            entry is not None
            and not entry.serves(versions)
            and _renders_again(key, entry, versions)
        ):
            entry = None
    except Exception as error:
        _cache_failed(request, error, "serving uncached")
        return view(request, *args, **kwargs)
    if entry is not None:
        if entry.versions == versions:
            keep_copy(key, entry)
        return _cached_response(request, entry)
    response = view(request, *args, **kwargs)
    digest = key.rsplit(":", 1)[-1]
    page = _page_to_store(response, quote_etag(f"{'-'.join(map(str, versions))}-{digest}"))
    if page is None:
        return response
    if len(page.content) > settings.CASEFILES_PAGE_CACHE_MAX_BYTES:
        # A page this large would crowd out many others; it is served, not kept.
        return page
    entry = Entry(page, versions)
    try:
        cache.set(key, entry, PAGE_TIMEOUT)
        cache.delete(f"{key}:rendering")
    except Exception as error:
        _cache_failed(request, error, "not stored")
    else:
        keep_copy(key, entry)
    return page


def _cached_response(request, entry):
    etag = dict(entry.headers).get("ETag")
    if request.META.get("HTTP_IF_NONE_MATCH") != etag:
        return entry.response(request)
    not_modified = HttpResponseNotModified()
    not_modified["ETag"] = etag
    return not_modified


# Versions this process read lately: scope -> (when read, version). See `scope_versions`.
_read = {}
# How many scopes `_read` holds before it starts again.
READ_SCOPES = 10_000


def forget_versions():
    """Read every version from the database again at the next request (and serve no page
    from this process's copies until then)."""
    _read.clear()
    forget_copies()


def scope_versions(scopes):
    """The versions of `scopes`, in their order (0 for one never moved): one query, or none
    where this process read them all less than CASEFILES_VERSION_SECONDS ago, so a page served
    from the cache costs no query. None if the database cannot say."""
    from casefiles.models import ContentVersion

    now = time.monotonic()
    recent = [_read.get(scope) for scope in scopes]
    if all(r is not None and now - r[0] < settings.CASEFILES_VERSION_SECONDS for r in recent):
        return tuple(version for _, version in recent)
    try:
        rows = ContentVersion.objects.filter(scope__in=scopes).values_list("scope", "version")
        versions = dict(rows)
    except DatabaseError:
        return None
    if len(_read) > READ_SCOPES:
        _read.clear()
    found = tuple(versions.get(scope, 0) for scope in scopes)
    _read.update({scope: (now, version) for scope, version in zip(scopes, found, strict=True)})
    return found


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
        scopes = [EVERYTHING, LISTS]
        if record is not None:
            scopes.append(record_scope(record, kwargs.get("slug", kwargs.get("pk"))))
        versions = scope_versions(scopes)
        if versions is None:
            return view(request, *args, **kwargs)
        if record is not None:
            from casefiles.tallies import follow_page

            follow_page(scopes[2], (versions[0], versions[2]))
        address = f"{request.path}?{request.GET.urlencode()}"
        digest = hashlib.blake2b(address.encode(), digest_size=16).hexdigest()
        return _serve(request, view, args, kwargs, f"page:{digest}", versions)

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
