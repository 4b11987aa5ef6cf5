"""The record of each import run, and the queue of sources a background run imports."""

import os
import socket

from django.db import models, transaction
from django.db.models import F
from django.utils import timezone

from articles.models.articles import Article


class ImportRunStatus(models.TextChoices):
    RUNNING = "running", "Running"
    QUEUED = "queued", "Queued"
    FINISHED = "finished", "Finished"
    INTERRUPTED = "interrupted", "Interrupted"


def _process_alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process, alive
    return True


class ImportRunQuerySet(models.QuerySet):
    def abandoned(self):
        """Runs still marked running whose process on this machine is gone (killed, or the
        machine restarted); a run on another machine cannot be checked from here."""
        running = self.filter(status=ImportRunStatus.RUNNING, host=socket.gethostname())
        return self.filter(pk__in=[run.pk for run in running if not run.process_alive])

    def mark_abandoned(self):
        """Record every abandoned run as interrupted; returns how many there were."""
        return self.abandoned().update(status=ImportRunStatus.INTERRUPTED)


class ImportRun(models.Model):
    """One run of `import_articles`, or one batch of sources queued for background workers:
    what it read and what came of it."""

    started = models.DateTimeField(auto_now_add=True)
    finished = models.DateTimeField(null=True, blank=True)
    status = models.CharField(
        max_length=12,
        choices=ImportRunStatus,
        default=ImportRunStatus.RUNNING,
        help_text="Queued: its files wait for background workers, which import them one by "
        "one. Interrupted: the run was stopped (Ctrl-C, a kill, a restart) before it read every "
        "file; the articles it finished are imported, the rest are not.",
    )
    host = models.CharField(max_length=255, blank=True, help_text="The machine the import ran on.")
    pid = models.PositiveIntegerField(
        "process id", null=True, blank=True, help_text="The import's process on that machine."
    )
    user = models.CharField(
        max_length=150,
        blank=True,
        help_text="Who ran the import: the shell user, or the journalist who imported from "
        "the admin.",
    )
    paths = models.TextField(
        help_text="The paths given to the import, one a line; for an import from the admin, "
        "the names of the articles read (file names, pasted/…, web addresses)."
    )
    dry_run = models.BooleanField(default=False)
    publish = models.BooleanField(
        default=False, help_text="Whether the articles were published as they were imported."
    )
    queued_count = models.PositiveIntegerField(
        "queued",
        default=0,
        help_text="How many files were queued for background workers; 0 for an import the "
        "command ran itself.",
    )
    created_count = models.PositiveIntegerField("created", default=0)
    updated_count = models.PositiveIntegerField("updated", default=0)
    unchanged_count = models.PositiveIntegerField("unchanged", default=0)
    failed_count = models.PositiveIntegerField("failed", default=0)
    report = models.TextField(
        blank=True, help_text="The summary and every failed file with its reason."
    )

    objects = ImportRunQuerySet.as_manager()

    class Meta:
        ordering = ["-started"]
        get_latest_by = "started"

    def __str__(self):
        return f"Import of {self.started:%Y-%m-%d %H:%M}"

    @property
    def process_alive(self):
        """Whether the run's process is still there; unknown (True) for another machine."""
        if self.host != socket.gethostname() or self.pid is None:
            return True
        return _process_alive(self.pid)

    @property
    def current_status(self):
        """The status, reading a run whose process is gone as interrupted."""
        if self.status == ImportRunStatus.RUNNING and not self.process_alive:
            return ImportRunStatus.INTERRUPTED
        return ImportRunStatus(self.status)

    @property
    def settled_count(self):
        """Files read so far, imported or failed."""
        return self.created_count + self.updated_count + self.unchanged_count + self.failed_count


class ImportItemStatus(models.TextChoices):
    WAITING = "waiting", "Waiting"
    RUNNING = "running", "Running"
    CREATED = "created", "Created"
    UPDATED = "updated", "Updated"
    UNCHANGED = "unchanged", "Unchanged"
    FAILED = "failed", "Failed"


# An item in these states has no outcome yet: a worker may (still) take it.
PENDING = (ImportItemStatus.WAITING, ImportItemStatus.RUNNING)
# Each outcome is counted in its own column of the run.
OUTCOME_COUNTS = {
    ImportItemStatus.CREATED: "created_count",
    ImportItemStatus.UPDATED: "updated_count",
    ImportItemStatus.UNCHANGED: "unchanged_count",
    ImportItemStatus.FAILED: "failed_count",
}


class ImportItemQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status__in=PENDING)

    def claim(self, pk):
        """Mark the item running and return it, or None when another worker has it or it has
        an outcome.

        One conditional UPDATE, waiting → running: of two workers claiming one item at once
        (on any machines), the database lets one change the row and the other finds it
        running already, so each queued item is imported once. An item whose worker died is
        made waiting again by `requeue`; if that worker was alive after all, both import the
        same text and the first to finish records the outcome (see `settle`)."""
        claimed = self.filter(pk=pk, status=ImportItemStatus.WAITING).update(
            status=ImportItemStatus.RUNNING, started=timezone.now(), attempts=F("attempts") + 1
        )
        return self.select_related("run").get(pk=pk) if claimed else None


class ImportItem(models.Model):
    """One source of a queued run. Its text is kept here, so a worker on any machine needs only
    the database; once imported, the article holds the text and the copy here is dropped."""

    run = models.ForeignKey(ImportRun, on_delete=models.CASCADE, related_name="items")
    source_name = models.CharField(
        "source file",
        max_length=255,
        help_text="The name the article is known by (its file's path within the folder queued).",
    )
    text = models.TextField(blank=True, help_text="The text to import, until it is imported.")
    is_page = models.BooleanField(
        "web page",
        default=False,
        help_text="Whether the text is a web page's HTML, read for its article and metadata.",
    )
    address = models.CharField(
        "web address",
        max_length=255,
        blank=True,
        help_text="For an article to fetch from the web: the address the worker fetches, and "
        "once fetched, the address the page came from (after any redirect). Empty for a file.",
    )
    status = models.CharField(
        max_length=10,
        choices=ImportItemStatus,
        default=ImportItemStatus.WAITING,
        help_text="Waiting for a worker, being imported, or what came of it.",
    )
    error = models.TextField(blank=True, help_text="Why the file could not be imported.")
    article = models.ForeignKey(
        Article,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The article the file was imported as.",
    )
    attempts = models.PositiveSmallIntegerField(
        default=0, help_text="How many times a worker took the file (more than once: re-queued)."
    )
    started = models.DateTimeField(null=True, blank=True)
    finished = models.DateTimeField(null=True, blank=True)

    objects = ImportItemQuerySet.as_manager()

    class Meta:
        ordering = ["run", "pk"]
        verbose_name = "queued file"
        indexes = [models.Index(fields=["run", "status"], name="articles_importitem_run_status")]

    def __str__(self):
        return self.source_name

    @transaction.atomic
    def settle(self, status, *, error="", article=None):
        """Record the item's outcome and count it on its run, unless another worker already
        did; the run is finished by the last of its items. Returns whether this call did."""
        now = timezone.now()
        settled = ImportItem.objects.filter(pk=self.pk, status=ImportItemStatus.RUNNING).update(
            status=status,
            error=error,
            article=article,
            finished=now,
            text=F("text") if status == ImportItemStatus.FAILED else "",
        )
        if not settled:
            return False
        column = OUTCOME_COUNTS[status]
        runs = ImportRun.objects.filter(pk=self.run_id)
        # One statement each, under the run row's lock until this commits: of two workers
        # settling the last two items, the second sees the first's count.
        runs.update(**{column: F(column) + 1})
        settled_total = (
            F("created_count") + F("updated_count") + F("unchanged_count") + F("failed_count")
        )
        runs.filter(status=ImportRunStatus.QUEUED, queued_count__lte=settled_total).update(
            status=ImportRunStatus.FINISHED, finished=now
        )
        return True
