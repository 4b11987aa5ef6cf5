"""Source articles as they were read, and the publications they appeared in."""

import hashlib
from functools import lru_cache

from django.db import models, transaction
from django.db.models import Exists, F, OuterRef, Q
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.text import slugify

from articles.extraction import vocabulary
from casefiles import inserts
from casefiles.highlight import part_of, part_starts, passage_address
from casefiles.history import HistoricalRecords, insert_created
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

    def insert(self, articles):
        """Write new `articles` in one statement, as saving each would (`Article.save`): the
        same rows, each with its history row, and the pages that show them moved on. No
        signal is sent, as `bulk_create` sends none."""
        from casefiles import versions  # which reads these models to know the pages

        articles = list(articles)
        for article in articles:
            article.fill_from_text()
        inserts.insert(articles)
        insert_created(articles)
        versions.articles_created([article.pk for article in articles])
        for article in articles:
            article._stored_status = article.status
        return articles

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
    published_has_time = models.BooleanField(
        "time of day given",
        default=False,
        help_text="Ticked when the source gives the time of day it was published, not only "
        "the date. Pages show the time only when it is ticked.",
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
    part_starts = models.JSONField(
        "where its parts begin",
        default=list,
        blank=True,
        editable=False,
        help_text="A long text is read in parts: the character offset where each part after "
        "the first begins. Worked out from the text when it is saved, so every link to a "
        "passage opens the part that holds it.",
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
    history = HistoricalRecords(excluded_fields=["body", "original_html", "part_starts"])

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
        return _address(self.pk, self.slug, get_script_prefix(), get_urlconf())

    @property
    def is_published(self):
        return self.status == PublicationStatus.PUBLISHED

    @property
    def parts(self):
        """How many parts the text is read in."""
        return len(self.part_starts) + 1

    def part_of(self, offset):
        """The number (from 1) of the part of the text holding `offset`."""
        return part_of(self.part_starts, offset)

    def passage_url(self, offset, anchor):
        """The article page at the passage starting at `offset`, marked `anchor` in the text:
        the part of a long text that holds it."""
        return passage_address(self.get_absolute_url(), self.part_starts, offset, anchor)

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._stored_status = dict(zip(field_names, values, strict=False)).get("status")
        return instance

    def fill_from_text(self):
        """Work out what the row holds of the text: its hash, where its parts begin, and a
        slug from the headline when it has none."""
        self.content_hash = content_hash(self.body)
        self.part_starts = part_starts(self.body)
        if not self.slug:
            self.slug = slugify(self.headline)[:100] or "article"

    def save(self, *args, **kwargs):
        self.fill_from_text()
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


@lru_cache(maxsize=4096)
def _address(pk, slug, prefix, urlconf):
    """An article's address, made once: a page links to an article from each of its quotes and
    figures. Kept under what else the address is made from, the site's prefix and URLconf."""
    return reverse("casefiles:article-detail", kwargs={"pk": pk, "slug": slug}, urlconf=urlconf)
