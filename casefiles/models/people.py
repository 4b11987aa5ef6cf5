"""People: officials who speak for an organisation, and the private individuals reported on."""

from django.db import models
from django.db.models import Exists, OuterRef, Q

from articles.extraction import vocabulary
from articles.identity.names import fold, parse
from casefiles.history import HistoricalRecords
from casefiles.models.base import SlugManager, address
from casefiles.models.entities import Entity, EntityQuerySetMixin, lower_name_index, starts_with
from casefiles.models.organisations import Organisation
from casefiles.reads import PublishedReadsMixin, ReaderQuerySet, count_of, with_links


def surname_of(name):
    return parse(name).surname[:120]


def surnames_of(person):
    """The person's surname, and the first other surname among their aliases (a maiden name),
    as names are compared: what the importer looks people up by."""
    surname = surname_of(person.name)
    others = (surname_of(alias) for alias in person.aliases if isinstance(alias, str))
    return surname, next((other for other in others if other and other != surname), "")


class PersonKind(models.TextChoices):
    OFFICIAL = vocabulary.PersonKind.OFFICIAL, "Official"
    ELECTED_OFFICIAL = vocabulary.PersonKind.ELECTED_OFFICIAL, "Elected official"
    MEMBER_OF_PUBLIC = vocabulary.PersonKind.MEMBER_OF_PUBLIC, "Member of the public"
    DEFENDANT = vocabulary.PersonKind.DEFENDANT, "Defendant"
    VICTIM = vocabulary.PersonKind.VICTIM, "Victim"


# Private individuals who get no public page until an editor decides otherwise. Defendants are
# named in court reporting and have one.
PRIVATE_BY_DEFAULT = (PersonKind.VICTIM, PersonKind.MEMBER_OF_PUBLIC)


class PersonQuerySet(EntityQuerySetMixin, ReaderQuerySet):
    def published(self):
        """People readers may look up: those who appear in, or are quoted by, a published
        article, not rejected as junk, and not private individuals an editor has kept
        private (see `public`)."""
        from casefiles.models import Appearance, Quote

        return (
            self.standing()
            .public()
            .filter(
                Exists(Appearance.objects.published().filter(person=OuterRef("pk")))
                | Exists(Quote.objects.published().filter(speaker=OuterRef("pk")))
            )
        )

    def public(self):
        """Those who may have a public page: officials, elected officials and defendants, and
        victims or members of the public whom an editor has made public."""
        return self.exclude(Q(kind__in=PRIVATE_BY_DEFAULT) & Q(made_public=False))

    def for_display(self, user=None):
        """With their organisation; for `user`, one they may not see reads as none."""
        return with_links(self, user, organisation=Organisation)

    def name_starts(self, key):
        """Those whose surname, or a surname among their aliases, begins with `key`: "bas"
        finds Lewis Basford."""
        surname = fold(key)
        return starts_with("surname", surname) | starts_with("alias_surname", surname)

    def usage(self):
        """How many passages name each person, drafts' included: an order, never shown."""
        from casefiles.models import Appearance

        return count_of(Appearance.objects.filter(person=OuterRef("pk")))

    def quoted(self, user):
        """Those with a quote `user` may see."""
        from casefiles.models import Quote

        return self.filter(Exists(Quote.objects.visible_to(user).filter(speaker=OuterRef("pk"))))

    def with_quote_count(self, user):
        from casefiles.models import Quote

        quotes = Quote.objects.visible_to(user).filter(speaker=OuterRef("pk"))
        return self.annotate(quote_count=count_of(quotes))

    def of_organisations(self, organisation_ids, user):
        """Those best known with one of the organisations, or whom an article `user` may see
        places in one."""
        from casefiles.models import Appearance

        # IN rather than EXISTS: read from the organisations' appearances by their index,
        # rather than from every person's.
        placed_there = Appearance.objects.visible_to(user).filter(organisation__in=organisation_ids)
        return self.filter(
            Q(organisation__in=organisation_ids) | Q(pk__in=placed_there.values("person"))
        )


class PersonManager(PublishedReadsMixin, SlugManager.from_queryset(PersonQuerySet)):
    pass


class Person(Entity):
    name = models.CharField(
        max_length=200,
        help_text="Full name as it is best known, without rank or title: “Lewis Basford”.",
    )
    slug = models.SlugField(
        max_length=120, blank=True, help_text="Used in the web address; filled in from the name."
    )
    surname = models.CharField(
        max_length=120,
        blank=True,
        editable=False,
        db_index=True,
        help_text="The surname as names are compared (no accents, lower case), from the name.",
    )
    alias_surname = models.CharField(
        max_length=120,
        blank=True,
        editable=False,
        db_index=True,
        help_text="Another surname among the aliases (a maiden name), as names are compared.",
    )
    aliases = models.JSONField(
        default=list,
        blank=True,
        help_text="Other names they go by in print (“Mike Hamer”, “Michael J. Hamer”), one per "
        "entry. The importer matches them; a merge adds the merged record's names.",
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
    made_public = models.BooleanField(
        "public page",
        default=False,
        help_text="Victims and members of the public get no public page, no entry in the people "
        "list or search and no structured data until an editor ticks this; where they are "
        "quoted, readers see the name as printed without a link.",
    )
    notes = models.TextField(blank=True, help_text="Internal notes for the newsroom.")
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    objects = PersonManager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"
        permissions = [("make_person_public", "Can give a private individual a public page")]
        constraints = [
            models.UniqueConstraint(fields=["slug"], name="%(app_label)s_%(class)s_unique_slug"),
        ]
        indexes = [lower_name_index("person")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return address("casefiles:person-detail", slug=self.slug)

    def save(self, *args, **kwargs):
        self.surname, self.alias_surname = surnames_of(self)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "surname", "alias_surname"}
        super().save(*args, **kwargs)

    @property
    def is_private(self):
        return self.kind in {PersonKind.MEMBER_OF_PUBLIC, PersonKind.DEFENDANT, PersonKind.VICTIM}

    @property
    def has_public_page(self):
        return self.made_public or self.kind not in PRIVATE_BY_DEFAULT

    @property
    def why_not_public(self):
        """For the admin: why readers cannot look this person up, or "" if they can."""
        if self.is_rejected:
            return "Rejected as not a real person."
        if not self.has_public_page:
            return (
                f"Private individual ({self.get_kind_display().lower()}): no public page "
                "until an editor ticks “public page”."
            )
        return ""
