"""Case files, the stories journalists put together from the records, and the counter that
tells cached pages whether the content has changed."""

from django.db import models
from django.db.models import OuterRef
from django.urls import reverse

from articles.models import Article, PublicationStatus
from casefiles.history import HistoricalRecords
from casefiles.models.base import SluggedModel, SlugManager
from casefiles.models.operations import Operation
from casefiles.models.people import Person
from casefiles.reads import ReaderQuerySet, count_of


class CaseFileQuerySet(ReaderQuerySet):
    def published(self):
        return self.filter(status=PublicationStatus.PUBLISHED)

    def with_counts(self, user):
        """Annotated with how many operations each follows and articles it draws on, of those
        `user` may see."""
        return self.annotate(
            operation_count=count_of(
                Operation.objects.visible_to(user).filter(casefiles=OuterRef("pk"))
            ),
            article_count=count_of(
                Article.objects.visible_to(user).filter(casefiles=OuterRef("pk"))
            ),
        )


class CaseFileManager(SlugManager.from_queryset(CaseFileQuerySet)):
    pass


class CaseFile(SluggedModel):
    slug_source = "title"

    title = models.CharField(
        max_length=200, help_text="The story in a few words: “Southend drug raids, 2014”."
    )
    slug = models.SlugField(
        max_length=120, blank=True, help_text="Used in the web address; filled in from the title."
    )
    summary = models.TextField(
        blank=True, help_text="What happened, written by a journalist for readers."
    )
    status = models.CharField(
        max_length=10,
        choices=PublicationStatus,
        default=PublicationStatus.DRAFT,
        db_index=True,
        help_text="Readers see published case files only. Publishing needs the editor role.",
    )
    operations = models.ManyToManyField(
        Operation, blank=True, related_name="casefiles", help_text="The operations it follows."
    )
    articles = models.ManyToManyField(
        Article, blank=True, related_name="casefiles", help_text="The reporting it draws on."
    )
    people = models.ManyToManyField(
        Person, blank=True, related_name="casefiles", help_text="The people at its centre."
    )
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    objects = CaseFileManager()
    history = HistoricalRecords(m2m_fields=[operations, articles, people])

    class Meta:
        ordering = ["-modified"]
        verbose_name = "case file"
        permissions = [("publish_casefile", "Can publish case files")]
        constraints = [
            models.UniqueConstraint(fields=["slug"], name="%(app_label)s_%(class)s_unique_slug"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("casefiles:casefile-detail", kwargs={"slug": self.slug})

    @property
    def is_published(self):
        return self.status == PublicationStatus.PUBLISHED


class ContentVersion(models.Model):
    """A counter that committed changes to published content move on: one for the whole
    content (the blank scope), and one for each scope of pages an import may change on its own
    (a record's page, or every list).

    Reader pages are cached under the versions of their scopes, so one cheap read tells every
    server process whether its cached pages still show what the database holds.
    """

    scope = models.CharField(
        max_length=200,
        blank=True,
        default="",
        unique=True,
        help_text="Which pages this counter speaks for: blank for the whole site, “lists” for "
        "the lists, the home page and search, or one record's page (“operation:<slug>”).",
    )
    version = models.PositiveBigIntegerField(default=0)
    changed = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "content version"

    def __str__(self):
        return f"Content version {self.version} of {self.scope or 'the whole site'}"
