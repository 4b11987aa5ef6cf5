"""Content versions: counters that committed changes move on, so that every server process can
tell with one cheap read whether the pages it cached still show what the database holds.

There is one version for the whole site, which every change a journalist makes moves on (an
edit, a review, a merge, a new case file), and one for each scope of pages an import may change
on its own (`page_scopes`: the lists, and each record's page). Importing or editing an article
moves on only the lists and the pages of what its records link to. An import moves its
versions once an article, in the article's own transaction (`one_version_bump`).

A server process reads the versions it needs at most once every CASEFILES_VERSION_SECONDS
(`scope_versions`), so a page served from the cache costs no query at all in between; whatever
this process writes makes it read them again (and drop its copies of pages, `pagecopies`).
Serving pages by these versions is `caching`'s business.
"""

import threading
import time
from contextlib import contextmanager

from django.apps import apps
from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

from casefiles.page_scopes import LISTS, pages_showing
from casefiles.pagecopies import forget_copies

CONTENT_APPS = ("articles", "casefiles")
# Written by the import and the review queue, never shown to readers.
NOT_ON_PAGES = ("ContentVersion", "FormerSlug", "ImportRun", "ImportItem", "PossibleMatch")
# The whole site's scope.
EVERYTHING = ""
# Scopes moved on by one statement at most (two parameters each, well within either
# database's limit).
SCOPES_A_STATEMENT = 1000


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
    _articles_written([instance.pk], before)


def articles_created(article_ids):
    """Move on the pages that show new articles written with no `save()` (and so no signal),
    as saving each would."""
    _articles_written(article_ids, set())


def _articles_written(article_ids, before):
    article_ids = list(article_ids)
    if getattr(_local, "holding", False):
        for article_id in article_ids:
            _local.articles.setdefault(article_id, set()).update(before)
    else:
        transaction.on_commit(lambda: articles_changed(article_ids, also=before), robust=True)


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
