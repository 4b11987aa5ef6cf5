"""Organisations: forces, units, councils, courts and the other bodies in the reporting."""

from django.db import models
from django.db.models import Exists, F, OuterRef, Q

from articles.extraction import vocabulary
from casefiles.history import HistoricalRecords
from casefiles.models.base import SlugManager, address
from casefiles.models.entities import Entity, EntityQuerySetMixin, lower_name_index, starts_with
from casefiles.models.review import ReviewStatus
from casefiles.reads import PublishedReadsMixin, ReaderQuerySet, count_of, with_links

# How many levels of units an organisation takes in below itself: a force's command, its
# district, the district's team and that team's squad. Deeper units are not walked to.
UNIT_DEPTH = 4


class OrganisationKind(models.TextChoices):
    POLICE_FORCE = vocabulary.OrganisationKind.POLICE_FORCE, "Police force"
    POLICE_UNIT = vocabulary.OrganisationKind.POLICE_UNIT, "Police unit"
    COUNCIL = vocabulary.OrganisationKind.COUNCIL, "Council"
    COURT = vocabulary.OrganisationKind.COURT, "Court"
    CHARITY = vocabulary.OrganisationKind.CHARITY, "Charity"
    GOVERNMENT = vocabulary.OrganisationKind.GOVERNMENT, "Government"
    OTHER = vocabulary.OrganisationKind.OTHER, "Other"


class OrganisationQuerySet(EntityQuerySetMixin, ReaderQuerySet):
    def published(self):
        """Organisations that a published article names or a published case file shows."""
        from casefiles.models import Appearance, Operation, Outcome

        return self.standing().filter(
            Exists(Appearance.objects.published().filter(organisation=OuterRef("pk")))
            | Exists(Outcome.objects.published().filter(organisation=OuterRef("pk")))
            | Exists(Operation.objects.published().filter(force=OuterRef("pk")))
        )

    def published_apart_from(self, *article_ids):
        """Those readers would still see if the articles `article_ids` were withdrawn
        (`published` without those articles' records): whether readers see the others rests
        on them alone. Written
        with IN rather than `published`'s nested EXISTS, which cost more to build afresh for
        each article than to run."""
        from casefiles.models import Appearance, OperationMention, Outcome

        # Each looks up the records of these organisations only, by the index on each link.
        these = self.values("pk")

        def elsewhere(model, field):
            records = model.objects.published().exclude(article_id__in=article_ids)
            return Q(pk__in=records.filter(**{f"{field}__in": these}).values(field))

        return self.filter(
            elsewhere(Appearance, "organisation")
            | elsewhere(Outcome, "organisation")
            | elsewhere(OperationMention, "operation__force")
        )

    def for_display(self, user=None):
        """With the body each belongs to; for `user`, one they may not see reads as none."""
        return with_links(self, user, parent=Organisation)

    def name_starts(self, key):
        """Those whose name begins with `key` after "The": "met" finds The Met."""
        return starts_with("name_lower", f"the {key}")

    def usage(self):
        """How many passages place someone in each, drafts' included: an order, never shown."""
        from casefiles.models import Appearance

        return count_of(Appearance.objects.filter(organisation=OuterRef("pk")))

    def family(self, organisation):
        """`organisation` (a record, its id or an `OuterRef`) and its units, theirs and so on,
        `UNIT_DEPTH` levels down, in one query however they branch. A unit rejected as junk is
        left out, and the units under it with it: it is not a real link in the chain."""
        if isinstance(organisation, models.Model):
            organisation = organisation.pk
        within, path, standing = Q(pk=organisation), "", Q()
        for _ in range(UNIT_DEPTH):
            standing &= ~Q(**{f"{path}review_status": ReviewStatus.REJECTED})
            path += "parent"
            within |= Q(**{path: organisation}) & standing
            path += "__"
        return self.filter(within)

    def with_counts(self, user):
        """Annotated with how many operations each ran and figures it is credited with, its
        units' included (see `family`), of those `user` may see."""
        from casefiles.models import Operation, Outcome

        family = Organisation.objects.family(OuterRef(OuterRef("pk"))).values("pk")
        return self.annotate(
            operation_count=count_of(Operation.objects.visible_to(user).filter(force__in=family)),
            outcome_count=count_of(
                Outcome.objects.visible_to(user).filter(organisation__in=family)
            ),
        )


class OrganisationManager(PublishedReadsMixin, SlugManager.from_queryset(OrganisationQuerySet)):
    pass


class Organisation(Entity):
    name = models.CharField(
        max_length=200,
        help_text="Full name, e.g. “Essex Police”, “Serious Violence Unit”, “Southend Council”. "
        "Two bodies may share a name only if they belong to different ones (two forces' "
        "Serious Violence Units).",
    )
    slug = models.SlugField(
        max_length=120, blank=True, help_text="Used in the web address; filled in from the name."
    )
    kind = models.CharField(
        max_length=20,
        choices=OrganisationKind,
        default=OrganisationKind.OTHER,
        help_text="What sort of body this is.",
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
        help_text="The body this one belongs to: a unit's force, a court's service.",
    )
    aliases = models.JSONField(
        default=list,
        blank=True,
        help_text="Other names it goes by in print (“the Met”, “Scotland Yard”), one per entry.",
    )
    website = models.URLField(blank=True, help_text="Official website, if any.")
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    objects = OrganisationManager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug"], name="%(app_label)s_%(class)s_unique_slug"),
            models.UniqueConstraint(
                fields=["name"],
                condition=Q(parent__isnull=True),
                name="%(app_label)s_%(class)s_unique_top_level_name",
            ),
            models.UniqueConstraint(
                fields=["name", "parent"], name="%(app_label)s_%(class)s_unique_name_within"
            ),
            models.CheckConstraint(
                condition=~Q(parent=F("pk")), name="%(app_label)s_%(class)s_not_own_parent"
            ),
        ]
        indexes = [lower_name_index("org")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return address("casefiles:organisation-detail", slug=self.slug)

    def family_ids(self):
        """Its id and its units' ids (see `OrganisationQuerySet.family`): what its page, and a
        list filtered by it, take in."""
        return list(Organisation.objects.family(self).values_list("pk", flat=True))
