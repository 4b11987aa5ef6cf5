"""Imports in the background, through Django's tasks framework (the django-tasks backport on
Django 5.2; `django.tasks` from Django 6 on).

`queue_import` records a run and one item per source, its text included, then enqueues one
`import_item` task per item. A worker on any machine needs only the database: the task reads
the item, imports its text with `import_text` as the command does, and records the outcome on
the item and its run. A web address is queued without a text: the worker fetches the page,
keeps it on the item, and imports it as an uploaded page. Which backend runs the tasks is the
`TASKS` setting (`CASEFILES_TASKS`): the immediate backend imports each source as it is
enqueued, in the process that queued it; the database backend leaves them for
`manage.py db_worker`.

Safe with any number of workers on any number of machines. The task backend hands each task
to one worker (django-tasks-db claims it with `SELECT … FOR UPDATE SKIP LOCKED` on
PostgreSQL, in an exclusive transaction on SQLite), and an item is claimed once: only a
waiting item can be claimed, by one conditional UPDATE. An item is settled once: the first
worker to finish records its outcome. Two workers writing the same article (or the same new
person) at once collide on a unique constraint; the loser's transaction is rolled back and
its import tried again, which then finds what the other wrote. A worker that dies mid-task
leaves its item "running" (or "waiting", when it died before taking it); `requeue` makes such
items wait again and enqueues them, and an import of a text already imported changes nothing.
"""

from __future__ import annotations

import logging
import socket
from typing import NamedTuple

from django.conf import settings
from django.db import IntegrityError, OperationalError, transaction
from django_tasks import task

from articles.importer import failed, import_text
from articles.importer.priority import give_way_to_readers
from articles.models import (
    ImportItem,
    ImportItemStatus,
    ImportRun,
    ImportRunStatus,
)

logger = logging.getLogger(__name__)

# How often one source is tried when its transaction loses a race to another worker's.
ATTEMPTS = 3


class Queued(NamedTuple):
    """A source to queue: its name, and its text, or a web page's HTML when `is_page`; or, with
    no text, the web `address` a worker fetches it from."""

    source_name: str
    text: str
    is_page: bool = False
    address: str = ""


@task()
def import_item(item_id: int) -> str:
    """Import one queued source; returns its outcome ("created", "failed", …) or "settled" when
    another worker had already imported it."""
    if settings.CASEFILES_TASKS != "immediate":
        # A worker process of its own (manage.py db_worker). The immediate backend imports in
        # the process that queued the item, which may be a web server's: it keeps its priority.
        give_way_to_readers()
    item = ImportItem.objects.claim(item_id)
    if item is None:
        return "settled"
    result = _import(item)
    item.settle(result.status, error=result.error, article=result.article)
    return result.status


def _import(item):
    if item.address and not item.text:
        try:
            _fetch(item)
        except Exception as exc:
            return failed(item.source_name, exc)
    for attempt in range(1, ATTEMPTS + 1):
        try:
            return _import_once(item)
        except (IntegrityError, OperationalError) as exc:
            # Another worker committed the same article or record first, or the database chose
            # this transaction to give way: nothing of it was written, and the next attempt
            # finds what the other wrote.
            if attempt == ATTEMPTS:
                return failed(item.source_name, exc)
            logger.warning("%s: %s; trying again", item.source_name, str(exc).strip())
        except Exception as exc:
            return failed(item.source_name, exc)


def _fetch(item):
    """Fetch the item's page, once: what came is kept on the item (a retry, or a re-queue of a
    page that failed to import, reads it again without fetching), as a queued upload's is."""
    from articles.intake.importing import fetch_source

    source = fetch_source(item.address)
    item.text, item.is_page, item.address = source
    item.save(update_fields=["text", "is_page", "address"])


def _import_once(item):
    if not item.is_page:
        return import_text(item.text, item.source_name, publish=item.run.publish)
    # Read where the worker runs, so a page is read by the same extractor as the others.
    from articles.intake.importing import import_page_html

    url = item.address or None
    return import_page_html(item.source_name, item.text, publish=item.run.publish, url=url)


def queue_import(sources, user, *, publish=False, paths="") -> ImportRun:
    """Queue `sources`, (source name, text) pairs or `Queued` sources, for import; returns the
    run that records them. `user` is who queued them (a user, or a name). With the immediate
    backend the sources are imported before this returns."""
    sources = [Queued(*source) for source in sources]
    name = user if isinstance(user, str) else user.get_username()
    with transaction.atomic():
        run = ImportRun.objects.create(
            status=ImportRunStatus.QUEUED,
            user=name[:150],
            host=socket.gethostname(),
            paths=paths or "\n".join(source.source_name for source in sources),
            publish=publish,
            queued_count=len(sources),
        )
        items = ImportItem.objects.bulk_create(
            ImportItem(
                run=run,
                source_name=s.source_name,
                text=s.text,
                is_page=s.is_page,
                address=s.address,
            )
            for s in sources
        )
    _enqueue([item.pk for item in items])
    run.refresh_from_db()
    return run


def requeue(run) -> int:
    """Queue again the items of `run` a worker never finished (it died, or the queue was
    lost) or that failed; returns how many."""
    with transaction.atomic():
        run = ImportRun.objects.select_for_update().get(pk=run.pk)
        failures = run.items.filter(status=ImportItemStatus.FAILED)
        failed_now = failures.update(status=ImportItemStatus.WAITING, error="", finished=None)
        # Their workers are taken for dead: the items wait to be claimed again.
        run.items.filter(status=ImportItemStatus.RUNNING).update(status=ImportItemStatus.WAITING)
        ids = list(run.items.pending().values_list("pk", flat=True))
        if ids:
            run.failed_count -= failed_now
            run.status, run.finished = ImportRunStatus.QUEUED, None
            run.save(update_fields=["failed_count", "status", "finished"])
    _enqueue(ids)
    return len(ids)


def _enqueue(ids):
    """One task per item, enqueued after the items' transaction: a worker that takes a task at
    once finds its item, and the immediate backend imports each source in a transaction of its
    own. Called inside a caller's transaction (an admin view), the database backend's tasks
    commit with their items, all or none."""
    for pk in ids:
        import_item.enqueue(pk)
