"""People: officials who speak for an organisation, and the private individuals reported on."""

from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from simple_history.models import HistoricalRecords

from articles.extraction import vocabulary
from casefiles.models.base import SluggedModel, SlugManager
from casefiles.models.organisations import Organisation
from casefiles.reads import PublishedReadsMixin, ReaderQuerySet, count_of, with_links


class PersonKind(models.TextChoices):
    OFFICIAL = vocabulary.PersonKind.OFFICIAL, "Official"
    ELECTED_OFFICIAL = vocabulary.PersonKind.ELECTED_OFFICIAL, "Elected official"
    MEMBER_OF_PUBLIC = vocabulary.PersonKind.MEMBER_OF_PUBLIC, "Member of the public"
    DEFENDANT = vocabulary.PersonKind.DEFENDANT, "Defendant"
    VICTIM = vocabulary.PersonKind.VICTIM, "Victim"


class PersonQuerySet(ReaderQuerySet):
    def published(self):
        """People who appear in, or are quoted by, a published article."""
        from casefiles.models import Appearance, Quote

        return self.filter(
            Exists(Appearance.objects.published().filter(person=OuterRef("pk")))
            | Exists(Quote.objects.published().filter(speaker=OuterRef("pk")))
        )

    def for_display(self, user=None):
        """With their organisation; for `user`, one they may not see reads as none."""
        return with_links(self, user, organisation=Organisation)

    def quoted(self, user):
        """Those with a quote `user` may see."""
        from casefiles.models import Quote

        return self.filter(Exists(Quote.objects.visible_to(user).filter(speaker=OuterRef("pk"))))

    def with_quote_count(self, user):
        from casefiles.models import Quote

        quotes = Quote.objects.visible_to(user).filter(speaker=OuterRef("pk"))
        return self.annotate(quote_count=count_of(quotes))

    def of_organisation(self, organisation, user):
        """Those best known with `organisation`, or whom an article `user` may see places in it."""
        from casefiles.models import Appearance

        placed_here = Appearance.objects.visible_to(user).filter(
            person=OuterRef("pk"), organisation=organisation
        )
        return self.filter(Q(organisation=organisation) | Q(Exists(placed_here)))


class PersonManager(PublishedReadsMixin, SlugManager.from_queryset(PersonQuerySet)):
    pass


class Person(SluggedModel):
    name = models.CharField(
        max_length=200,
        help_text="Full name as it is best known, without rank or title: “Lewis Basford”.",
    )
    slug = models.SlugField(
        max_length=120, blank=True, help_text="Used in the web address; filled in from the name."
    )
    kind = models.CharField(
        max_length=20,
        choices=PersonKind,
        default=PersonKind.OFFICIAL,
        help_text="Officials and elected officials speak for an organisation; members of the "
        "public, defendants and victims are private individuals.",
    )
    organisation = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
        help_text="The organisation they are best known with. Ranks and roles per article are "
        "kept on each appearance.",
    )
    sensitivity_note = models.TextField(
        blank=True,
        help_text="For private individuals: anything an editor must weigh before naming them "
        "again (a minor, a victim, a spent conviction, a legal restriction).",
    )
    notes = models.TextField(blank=True, help_text="Internal notes for the newsroom.")
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    objects = PersonManager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"
        constraints = [
            models.UniqueConstraint(fields=["slug"], name="%(app_label)s_%(class)s_unique_slug"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("casefiles:person-detail", kwargs={"slug": self.slug})

    @property
    def is_private(self):
        return self.kind in {PersonKind.MEMBER_OF_PUBLIC, PersonKind.DEFENDANT, PersonKind.VICTIM}
