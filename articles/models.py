"""Source articles as they were read, and the record of each import run."""

import hashlib
import os
import socket

from django.db import models, transaction
from django.db.models import Exists, F, OuterRef, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from simple_history.models import HistoricalRecords

from articles.extraction import vocabulary
from casefiles.reads import PortableIndex, ReaderQuerySet, count_of


def content_hash(body: str) -> str:
    """The identity of a text: SHA-256 of its UTF-8 bytes."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


class PublicationManager(models.Manager):
    def get_by_natural_key(self, name):
        return self.get(name=name)

    def for_reader(self, user):
        """Publications with an article `user` may see."""
        articles = Article.objects.visible_to(user).filter(publication=OuterRef("pk"))
        return self.filter(Exists(articles))


class Publication(models.Model):
    name = models.CharField(
        max_length=200, unique=True, help_text="The title as readers know it, e.g. “Echo”."
    )
    website = models.URLField(blank=True, help_text="Home page of the publication, if it has one.")

    objects = PublicationManager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.name,)


class PublicationStatus(models.TextChoices):
    """Whether readers see an article or a case file: one pair for both."""

    DRAFT = vocabulary.PublicationStatus.DRAFT, "Draft"
    PUBLISHED = vocabulary.PublicationStatus.PUBLISHED, "Published"


# The importer and the admin speak of an article's status.
ArticleStatus = PublicationStatus


# How every page, filter and export names an article whose date line gave no date.
DATE_NOT_KNOWN = "Date not known"


class ArticleQuerySet(ReaderQuerySet):
    def published(self):
        return self.filter(status=PublicationStatus.PUBLISHED)

    def update(self, **kwargs):
        """As `QuerySet.update`; a change of status is passed on to what readers see of the
        articles' records (`casefiles.models.visibility`), in the same transaction."""
        if "status" not in kwargs:
            return super().update(**kwargs)
        from casefiles.models.visibility import refresh_articles

        with transaction.atomic():
            changed = list(self.values_list("pk", flat=True))
            rows = super().update(**kwargs)
            refresh_articles(changed)
        return rows

    def for_display(self, user=None):
        # A reader page shows the text, never the page it was read from.
        return self.select_related("publication").defer("original_html")

    def in_reading_order(self):
        """Oldest first; undated articles last."""
        return self.order_by(F("published_at").asc(nulls_last=True), "pk")

    def newest_first(self):
        """Newest first; undated articles last, on every database (PostgreSQL would put them
        first, SQLite last)."""
        return self.order_by(F("published_at").desc(nulls_last=True), "-created", "-pk")

    def about(self, operation, user):
        """Those that name `operation`, by the mentions `user` may see."""
        from casefiles.models import OperationMention

        mentions = OperationMention.objects.visible_to(user).filter(operation=operation)
        return self.filter(pk__in=mentions.values("article"))

    def naming(self, person, user):
        """Those that name `person`, by the records `user` may see: a person's page lists the
        credit each gives them."""
        from casefiles.models import Appearance

        appears = Appearance.objects.visible_to(user).filter(person=person)
        return self.filter(pk__in=appears.values("article"))

    def with_quote_count(self, user):
        """Annotated with how many quotes `user` may see each holds."""
        from casefiles.models import Quote  # the case-file records build on articles

        quotes = Quote.objects.visible_to(user).filter(article=OuterRef("pk"))
        return self.annotate(quote_count=count_of(quotes))


class ArticleManager(models.Manager.from_queryset(ArticleQuerySet)):
    def get_by_natural_key(self, source_name):
        return self.get(source_name=source_name)


class Article(models.Model):
    headline = models.CharField(
        max_length=500,
        help_text="The headline as printed, or a headline derived from the first sentence when "
        "the text has none (see “headline derived”).",
    )
    headline_derived = models.BooleanField(
        "headline derived",
        default=False,
        help_text="Ticked when the source text had no headline and this one was derived from its "
        "opening words. Replace it with the real headline if you know it.",
    )
    slug = models.SlugField(max_length=120, help_text="Used in the article's web address.")
    publication = models.ForeignKey(
        Publication,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        help_text="Where the article appeared, if known.",
    )
    published_at = models.DateTimeField(
        "published",
        null=True,
        blank=True,
        help_text="When the article was first published, "
        "as its date line gives it. Empty when the text shows no date.",
    )
    updated_at = models.DateTimeField(
        "updated", null=True, blank=True, help_text="When the article says it was last updated."
    )
    byline = models.CharField(
        max_length=200, blank=True, help_text="The reporter's name as printed, if given."
    )
    source_name = models.CharField(
        "source file",
        max_length=255,
        unique=True,
        help_text="Where the text was imported from: its path within the folder imported "
        "(its bare file name when it sat in that folder itself, or was given on its own). A "
        "re-import of the same file updates this article.",
    )
    source_url = models.URLField(
        "source address", max_length=500, blank=True, help_text="Where the article is online."
    )
    body = models.TextField(
        help_text="The text exactly as read from the source file. Every extracted record points "
        "into it by character offsets, so it is not edited here."
    )
    original_html = models.TextField(
        "original page",
        blank=True,
        editable=False,
        help_text="The web page the text was read from, as it was uploaded or fetched, kept so "
        "that the text can be read from it again. Empty for a plain-text source.",
    )
    content_hash = models.CharField(
        max_length=64,
        db_index=True,
        editable=False,
        help_text="SHA-256 of the text; tells whether a re-imported file has changed.",
    )
    truncated = models.BooleanField(
        default=False, help_text="Ticked when the text stops mid-sentence (a clipping)."
    )
    status = models.CharField(
        max_length=10,
        choices=PublicationStatus,
        default=PublicationStatus.DRAFT,
        db_index=True,
        help_text="Readers see published articles only. Publishing needs the editor role.",
    )
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    objects = ArticleManager()
    # The texts are kept once, on the article: history records what journalists change.
    history = HistoricalRecords(excluded_fields=["body", "original_html"])

    class Meta:
        ordering = ["-published_at", "-created"]
        permissions = [("publish_article", "Can publish articles")]
        indexes = [
            # `newest_first`, which every list of articles and of their records reads by.
            PortableIndex(
                F("published_at").desc(nulls_last=True),
                F("created").desc(),
                F("id").desc(),
                name="articles_article_newest_first",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(updated_at__isnull=True)
                | Q(published_at__isnull=True)
                | Q(updated_at__gte=F("published_at")),
                name="%(app_label)s_%(class)s_updated_after_published",
            ),
        ]

    def __str__(self):
        return self.headline

    def natural_key(self):
        return (self.source_name,)

    def get_absolute_url(self):
        return reverse("casefiles:article-detail", kwargs={"pk": self.pk, "slug": self.slug})

    @property
    def is_published(self):
        return self.status == PublicationStatus.PUBLISHED

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._stored_status = dict(zip(field_names, values, strict=False)).get("status")
        return instance

    def save(self, *args, **kwargs):
        self.content_hash = content_hash(self.body)
        if not self.slug:
            self.slug = slugify(self.headline)[:100] or "article"
        # The status the row had when loaded: None when new, or not loaded (then assume a change).
        stored = getattr(self, "_stored_status", None)
        update_fields = kwargs.get("update_fields")
        changes_status = self.pk is not None and self.status != stored
        if update_fields is not None and "status" not in update_fields:
            changes_status = False
        with transaction.atomic(savepoint=False):
            super().save(*args, **kwargs)
            if changes_status:
                # What readers see of its records follows its status.
                from casefiles.models.visibility import refresh_articles

                refresh_articles([self.pk])
        self._stored_status = self.status


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
