"""Operations: what the police call a campaign, and the phases one runs in."""

from collections import defaultdict
from datetime import date

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, F, OuterRef, Q

from articles.extraction import vocabulary
from articles.extraction.lexicon.operations import OPERATION_KEYWORDS
from articles.extraction.lexicon.organisations import UNIT_HEADS
from casefiles.history import HistoricalRecords
from casefiles.models.base import SlugManager, address
from casefiles.models.entities import (
    Entity,
    EntityQuerySetMixin,
    fold,
    lower_name_index,
    starts_with,
)
from casefiles.models.organisations import Organisation, OrganisationKind
from casefiles.reads import PublishedReadsMixin, ReaderQuerySet, count_of, with_links


class OperationKind(models.TextChoices):
    OPERATION = vocabulary.OperationKind.OPERATION, "Operation"
    PROJECT = vocabulary.OperationKind.PROJECT, "Project"
    STRIKE_FORCE = vocabulary.OperationKind.STRIKE_FORCE, "Strike force"
    CODENAME = vocabulary.OperationKind.CODENAME, "Codename"


# The words operations are filed under before their name, as `name_key` keeps them.
FILED_AS = sorted({keyword.filed_as.lower() for keyword in OPERATION_KEYWORDS.values()})


class OperationQuerySet(EntityQuerySetMixin, ReaderQuerySet):
    def published(self):
        """Operations that a published article mentions."""
        from casefiles.models import OperationMention

        return self.standing().filter(
            Exists(OperationMention.objects.published().filter(operation=OuterRef("pk")))
        )

    def for_display(self, user=None):
        """With the force that ran each; for `user`, one rejected as junk reads as none."""
        return with_links(self, user, force=Organisation)

    def name_starts(self, key):
        """Those whose name begins with `key` after the keyword they are filed under:
        "eras" finds Operation Erasure."""
        found = Q()
        for keyword in FILED_AS:
            found |= starts_with("name_lower", f"{keyword} {key}")
        return found

    def usage(self):
        """How many passages name each operation, drafts' included: an order, never shown."""
        from casefiles.models import OperationMention

        return count_of(OperationMention.objects.filter(operation=OuterRef("pk")))

    def in_reading_order(self):
        """Earliest start first; those with no known start last."""
        return self.order_by(F("started_on").asc(nulls_last=True), "pk")

    def latest_first(self):
        return self.order_by(F("started_on").desc(nulls_last=True), "name")

    def next_to(self, operation):
        """The phase `operation` follows and the phases that follow it."""
        return self.filter(Q(pk=operation.follows_id) | Q(follows=operation))

    def with_counts(self, user):
        """Annotated with how many quotes speak of each and figures are credited to it, of
        those `user` may see."""
        from casefiles.models import Outcome, Quote

        return self.annotate(
            quote_count=count_of(Quote.objects.visible_to(user).filter(operations=OuterRef("pk"))),
            outcome_count=count_of(
                Outcome.objects.visible_to(user).filter(operation=OuterRef("pk"))
            ),
        )

    def phase_chains(self):
        """These operations as chains of phases: see `phase_chains`."""
        return phase_chains(list(self))


class OperationManager(PublishedReadsMixin, SlugManager.from_queryset(OperationQuerySet)):
    pass


class Operation(Entity):
    name = models.CharField(
        max_length=200,
        help_text="Canonical name, e.g. “Operation Erasure”. Other spellings go in aliases.",
    )
    slug = models.SlugField(
        max_length=120, blank=True, help_text="Used in the web address; filled in from the name."
    )
    kind = models.CharField(
        max_length=20,
        choices=OperationKind,
        default=OperationKind.OPERATION,
        help_text="What the police call it: an operation, a project, a strike force.",
    )
    aliases = models.JSONField(
        default=list,
        blank=True,
        help_text="Other spellings in print (“Op Booth”, “operation Booth”), one per entry.",
    )
    force = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="operations",
        limit_choices_to={
            "kind__in": [OrganisationKind.POLICE_FORCE, OrganisationKind.POLICE_UNIT]
        },
        help_text="The force or unit that ran it.",
    )
    area = models.CharField(max_length=200, blank=True, help_text="Where it ran, e.g. “Southend”.")
    started_on = models.DateField(
        "start date", null=True, blank=True, help_text="When it began, as far as is known."
    )
    ended_on = models.DateField(
        "end date", null=True, blank=True, help_text="When it ended; empty if ongoing or unknown."
    )
    dates_note = models.CharField(
        max_length=200,
        blank=True,
        help_text="How sure the dates are, as reported: “began July 2014”, “ran for six weeks”.",
    )
    summary = models.TextField(blank=True, help_text="A few sentences for readers.")
    follows = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="later_phases",
        help_text="The operation this is a later phase of (Op Booth follows Operation Erasure).",
    )
    created = models.DateTimeField(auto_now_add=True)
    modified = models.DateTimeField(auto_now=True)

    objects = OperationManager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug"], name="%(app_label)s_%(class)s_unique_slug"),
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True)
                | Q(started_on__isnull=True)
                | Q(ended_on__gte=F("started_on")),
                name="%(app_label)s_%(class)s_ends_after_start",
            ),
            models.CheckConstraint(
                condition=~Q(follows=F("pk")), name="%(app_label)s_%(class)s_not_own_phase"
            ),
        ]
        indexes = [lower_name_index("operation")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return address("casefiles:operation-detail", slug=self.slug)

    def team(self, user):
        """Its own team, whose figures are its figures: the organisations named after it
        ("Operation Raptor team") that `user` may see, unless the team belongs to another body
        than the force that ran it (two forces may each run an "Operation Raptor"). Not the
        force or unit that ran it, which runs other operations too."""
        named = Organisation.objects.visible_to(user).named(team_names(self))
        force = self.force_id
        return [
            team
            for team in named
            if force is None or team.parent_id in (None, force) or team.pk == force
        ]

    def clean(self):
        # Walk up the chain of phases so a loop (A follows B follows A) cannot be saved.
        seen = {self.pk}
        previous = self.follows
        while previous is not None:
            if previous.pk in seen:
                raise ValidationError(
                    {"follows": "An operation cannot follow one of its own later phases."}
                )
            seen.add(previous.pk)
            previous = previous.follows


def team_names(operation):
    """What an organisation of the operation's own is called: one of its names, or one of its
    names or bare codenames followed by a unit word ("Operation Raptor Team", "Raptor squad")."""
    names = operation.all_names()
    keywords = {fold(keyword.rstrip(".")) for keyword in OPERATION_KEYWORDS}
    codenames = [
        name.split(maxsplit=len(keyword.split()))[-1]
        for name in names
        for keyword in keywords
        if fold(name).startswith(f"{keyword} ")
    ]
    return [*names, *(f"{name} {head}" for name in [*names, *codenames] for head in UNIT_HEADS)]


def _phase_key(operation):
    return (operation.started_on or date.max, operation.pk)


def phase_chains(operations):
    """Chains of phases (`Operation.follows`), each first to last, earliest chain first.

    Works on the operations given, without a query: a phase outside them starts a new chain.
    Where two operations follow the same one, the earlier-starting comes first.
    """
    by_pk = {op.pk: op for op in operations}
    later = defaultdict(list)
    roots = []
    for op in operations:
        if op.follows_id in by_pk and op.follows_id != op.pk:
            later[op.follows_id].append(op)
        else:
            roots.append(op)
    seen, chains = set(), []

    def walk(op, chain):
        if op.pk in seen:
            return
        seen.add(op.pk)
        chain.append(op)
        for nxt in sorted(later[op.pk], key=_phase_key):
            walk(nxt, chain)

    # Operations caught in a loop have no first phase; start from the earliest of them.
    for op in [*sorted(roots, key=_phase_key), *sorted(operations, key=_phase_key)]:
        if op.pk not in seen:
            chain = []
            walk(op, chain)
            chains.append(chain)
    return chains
