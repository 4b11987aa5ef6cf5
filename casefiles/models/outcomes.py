"""Outcomes: the figures an article reports (arrests, seizures, sentences) and what they are
credited to."""

import decimal

from django.db import models
from django.db.models import F, Q
from django.utils.functional import cached_property

from articles.extraction import vocabulary
from articles.models import Article
from casefiles import figures
from casefiles.history import HistoricalRecords
from casefiles.models import visibility
from casefiles.models.casefiles import CaseFile
from casefiles.models.operations import Operation
from casefiles.models.organisations import Organisation
from casefiles.models.people import Person
from casefiles.models.provenance import (
    CONFIDENCE_IN_RANGE,
    Provenance,
    ProvenanceManager,
    ProvenanceQuerySet,
)
from casefiles.reads import with_links


class Qualifier(models.TextChoices):
    MORE_THAN = vocabulary.Qualifier.MORE_THAN, "more than"
    LESS_THAN = vocabulary.Qualifier.LESS_THAN, "less than"
    ABOUT = vocabulary.Qualifier.ABOUT, "about"
    UP_TO = vocabulary.Qualifier.UP_TO, "up to"
    EXACTLY = vocabulary.Qualifier.EXACTLY, "exactly"
    LIFE = vocabulary.Qualifier.LIFE, "life"


class Scope(models.TextChoices):
    OPERATION = vocabulary.Scope.OPERATION, "the operation"
    FORCE = vocabulary.Scope.FORCE, "force-wide figure"
    NATIONAL = vocabulary.Scope.NATIONAL, "national figure"


class FigureField(models.DecimalField):
    """A decimal that reads a value out of its range as None rather than failing.

    PostgreSQL refuses such a value; SQLite stores it, and Django's reading of it then raises,
    so one bad row (written before the range was checked, or by hand) would break every page
    that shows it, the admin page where it could be corrected included.
    """

    @cached_property
    def context(self):
        # Out of range, the value quantizes to NaN instead of raising; from_db_value drops it.
        return decimal.Context(prec=self.max_digits, traps=[])

    @cached_property
    def limit(self):
        return decimal.Decimal(10) ** (self.max_digits - self.decimal_places)

    def from_db_value(self, value, _expression, _connection):
        if value is None:
            return None
        if not isinstance(value, decimal.Decimal):
            value = decimal.Decimal(str(value))
        if not value.is_finite() or abs(value) >= self.limit:
            return None
        return value


def in_range(field):
    """A figure the database can hold (vocabulary.FIGURE_LIMIT), or none."""
    limit = vocabulary.FIGURE_LIMIT
    return Q(**{f"{field}__isnull": True}) | Q(**{f"{field}__gt": -limit, f"{field}__lt": limit})


class OutcomeQuerySet(ProvenanceQuerySet):
    def for_display(self, user=None, *, credits=("operation", "organisation", "person")):
        """With the article and what each figure is credited to (of `credits`: an operation's
        own page need not fetch the operation); for `user`, an operation, organisation or
        person they may not see (one rejected as junk, a private individual) reads as none."""
        models = {"operation": Operation, "organisation": Organisation, "person": Person}
        return with_links(
            self.select_related("article", "article__publication"),
            user,
            **{name: models[name] for name in credits},
        )

    def credited_to(self, operation, team=()):
        """Those credited to `operation`, or to its own team (`Operation.team`) and to no
        operation: what its page and the list filtered by it show."""
        return self.filter(
            Q(operation=operation) | Q(operation__isnull=True, organisation__in=list(team))
        )

    def in_casefile(self, casefile, operations):
        """Those from the case file's articles or credited to one of `operations` (the case
        file's, as the page shows them)."""
        from_articles = CaseFile.articles.through.objects.filter(casefile=casefile)
        return self.filter(
            Q(operation__in=operations) | Q(article__in=from_articles.values("article"))
        )

    def metrics(self):
        """The things counted, each once, in alphabetical order: read from every figure, so
        kept as a tally until the content changes."""
        from casefiles.tallies import rows

        return rows(self.order_by("metric").values_list("metric", flat=True).distinct())


class OutcomeManager(ProvenanceManager.from_queryset(OutcomeQuerySet)):
    def get_by_natural_key(self, start, end, metric, *article_key):
        return self.get(
            start=start,
            end=end,
            metric=metric,
            article=Article.objects.get_by_natural_key(*article_key),
        )


class Outcome(Provenance):
    metric = models.CharField(
        max_length=120,
        db_index=True,
        help_text="What was counted, in the plural: “arrests”, “drug lines seized”, “sentence”, "
        "“cannabis seized (kg)”.",
    )
    value = FigureField(
        max_digits=18,
        decimal_places=3,
        null=True,
        blank=True,
        help_text="The figure as a number (money as a plain amount, sentences in months). "
        "Empty for a life sentence.",
    )
    value_max = FigureField(
        "up to value",
        max_digits=18,
        decimal_places=3,
        null=True,
        blank=True,
        help_text="For a range (“15 to 18 months”) the upper figure; otherwise empty.",
    )
    unit = models.CharField(
        max_length=40,
        blank=True,
        help_text="Unit of the figure when it has one: “GBP”, “kg”, “months”, “%”.",
    )
    qualifier = models.CharField(
        max_length=10,
        choices=Qualifier,
        blank=True,
        help_text="How exact the figure is as printed: “more than 70” is “more than”.",
    )
    period = models.CharField(
        max_length=120,
        blank=True,
        help_text="The period or duration as printed: “in the last year”, “15 to 18 months”.",
    )
    scope = models.CharField(
        max_length=10,
        choices=Scope,
        default=Scope.OPERATION,
        db_index=True,
        help_text="Whose result the figure is: the operation the article reports, the force as "
        "a whole (“across the force area this year”), or the whole country or several forces "
        "together (“arrests nationwide”). A national figure is never credited to the operation.",
    )
    is_total = models.BooleanField(
        "group total",
        default=False,
        help_text="Ticked when the figure adds up a group’s results rather than giving one "
        "person’s or one event’s: “a total of 22 years for 12 men”, “a combined 31 charges”.",
    )
    operation = models.ForeignKey(
        Operation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="outcomes",
        help_text="The operation the figure is credited to.",
    )
    organisation = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="outcomes",
        help_text="The organisation the figure is credited to.",
    )
    person = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="outcomes",
        help_text="For a sentence: the person sentenced.",
    )
    history = HistoricalRecords(excluded_fields=visibility.NOT_IN_HISTORY)

    objects = OutcomeManager()

    class Meta(Provenance.Meta):
        constraints = [
            models.CheckConstraint(
                condition=Q(start__lt=F("end")), name="%(app_label)s_%(class)s_start_before_end"
            ),
            models.UniqueConstraint(
                fields=["article", "start", "end", "metric"],
                name="%(app_label)s_%(class)s_unique_span",
            ),
            CONFIDENCE_IN_RANGE,
            models.CheckConstraint(
                condition=Q(value_max__isnull=True)
                | Q(value__isnull=True)
                | Q(value_max__gte=F("value")),
                name="%(app_label)s_%(class)s_max_not_below_value",
            ),
            models.CheckConstraint(
                condition=Q(qualifier=Qualifier.LIFE) | Q(value__isnull=False),
                name="%(app_label)s_%(class)s_value_unless_life",
            ),
            models.CheckConstraint(
                condition=in_range("value"), name="%(app_label)s_%(class)s_value_in_range"
            ),
            models.CheckConstraint(
                condition=in_range("value_max"),
                name="%(app_label)s_%(class)s_value_max_in_range",
            ),
            models.CheckConstraint(
                condition=~Q(scope=Scope.NATIONAL) | Q(operation__isnull=True),
                name="%(app_label)s_%(class)s_national_not_credited_to_operation",
            ),
        ]

    def __str__(self):
        return f"{self.display_value} {self.metric}"

    def natural_key(self):
        return (self.start, self.end, self.metric, *self.article.natural_key())

    natural_key.dependencies = ["articles.article"]

    def get_absolute_url(self):
        # The article page at the figure, in the part of a long text that holds it.
        return self.article.passage_url(self.start, f"outcome-{self.pk}")

    @property
    def display_value(self):
        """The figure as printed for readers: "more than £96,509", "15–18 months", "life"."""
        return figures.figure(self.value, self.value_max, self.unit, self.qualifier)

    @property
    def amount(self):
        """The number with its unit, without the qualifier: "£96,509", "45%", "life"."""
        if self.qualifier == Qualifier.LIFE:
            return "life"
        return figures.amount(self.value, self.value_max, self.unit)
