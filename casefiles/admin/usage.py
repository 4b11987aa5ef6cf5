"""Where a person, organisation or operation is used: every kind of record that points at it,
declared once and read by the change page's "Where it is used" section, the changelists' count
columns and their "use" filter, and the filters that open a list at what points at one record
(the article list's at the articles naming it).

A change page shows the newest few of each kind and the total, with a link to the whole list;
it runs the same queries whatever the totals.
"""

from dataclasses import dataclass

from django.contrib import admin
from django.contrib.admin.options import IncorrectLookupParameters
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import Truncator

from articles.models import Article
from casefiles.admin.base import count_of
from casefiles.admin.guards import record_number
from casefiles.models import (
    Appearance,
    CaseFile,
    Operation,
    OperationMention,
    Organisation,
    Outcome,
    Person,
    Quote,
)

# How many of each kind a change page shows.
SHOWN = 10


@dataclass(frozen=True)
class Use:
    """One kind of record that points at a person, organisation or operation."""

    label: str  # "quotes", as a heading and a column
    model: type  # Quote
    field: str  # Quote.speaker: the field that points

    @property
    def in_article(self):
        """Whether its records are found in an article (and so name it there)."""
        return any(field.name == "article" for field in self.model._meta.fields)

    @property
    def annotation(self):
        """The name under which `with_use_counts` gives a record's count of this use."""
        return f"{self.label.replace(' ', '_')}_total"

    def of(self, record):
        """Its records pointing at `record`."""
        return self.model._default_manager.filter(**{self.field: record})

    def count(self):
        """A subquery counting its records that point at the outer row."""
        return count_of(self.model._default_manager, self.field)

    def points_at_outer_row(self):
        return Exists(self.model._default_manager.filter(**{self.field: OuterRef("pk")}))

    @property
    def parameter(self):
        """The list's query parameter for its records pointing at one record: Django's own
        for a foreign key, a `pointing_filter`'s for a many-to-many link."""
        if self.model._meta.get_field(self.field).many_to_many:
            return self.field
        return f"{self.field}__id__exact"

    def changelist_url(self, pk):
        opts = self.model._meta
        changelist = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        return f"{changelist}?{self.parameter}={pk}"


USES = {
    Person: (
        Use("appearances", Appearance, "person"),
        Use("quotes", Quote, "speaker"),
        Use("figures", Outcome, "person"),
        Use("case files", CaseFile, "people"),
    ),
    Organisation: (
        Use("people", Person, "organisation"),
        Use("units", Organisation, "parent"),
        Use("operations", Operation, "force"),
        Use("appearances", Appearance, "organisation"),
        Use("figures", Outcome, "organisation"),
    ),
    Operation: (
        Use("mentions", OperationMention, "operation"),
        Use("quotes", Quote, "operations"),
        Use("figures", Outcome, "operation"),
        Use("later phases", Operation, "follows"),
        Use("case files", CaseFile, "operations"),
    ),
}


def use_of(model, label):
    [use] = [use for use in USES[model] if use.label == label]
    return use


def with_use_counts(queryset):
    """`queryset` annotated with how many records of each kind point at each row."""
    return queryset.annotate(**{use.annotation: use.count() for use in USES[queryset.model]})


def link_count(use, record):
    """A changelist cell: the record's count of `use`, linked to the list of them."""
    total = getattr(record, use.annotation)
    if not total:
        return 0
    return format_html('<a href="{}">{}</a>', use.changelist_url(record.pk), total)


def naming(model, pk):
    """A condition on articles: one of its records (a quote, a figure, a person or operation
    named) points at the `model` record `pk`."""
    named = Q()
    for use in USES[model]:
        if use.in_article:
            records = use.model._default_manager.filter(article=OuterRef("pk"), **{use.field: pk})
            named |= Q(Exists(records))
    return named


# --- The change page's section --------------------------------------------------------------------


@dataclass(frozen=True)
class Section:
    label: str
    rows: list  # (address, what it is, more about it)
    total: int
    url: str


def _change_url(record):
    opts = record._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[record.pk])


def _row(record):
    """(address, name, detail) of a record as the section lists it."""
    if isinstance(record, Article):
        when = f"{record.published_at:%d %b %Y}" if record.published_at else "undated"
        return _change_url(record), record.headline, when
    if hasattr(record, "article_id"):
        headline = Truncator(record.article.headline).chars(60)
        status = record.get_review_status_display().lower()
        return _change_url(record), Truncator(record.text).chars(90), f"in “{headline}”, {status}"
    if isinstance(record, CaseFile):
        return _change_url(record), record.title, record.get_status_display().lower()
    return _change_url(record), record.name, record.get_kind_display().lower()


def _newest(use, record):
    rows = use.of(record)
    if use.in_article:
        rows = rows.select_related("article").defer("article__body")
    return list(rows.order_by("-created", "-pk")[:SHOWN])


def where_used(record):
    """The newest records of each kind pointing at `record`, then the articles naming it."""
    model = type(record)
    uses = USES[model]
    totals = with_use_counts(model._default_manager.filter(pk=record.pk)).values(
        *(use.annotation for use in uses)
    )[0]
    sections = [
        Section(
            use.label,
            [_row(row) for row in _newest(use, record)],
            totals[use.annotation],
            use.changelist_url(record.pk),
        )
        for use in uses
    ]
    articles = Article.objects.filter(naming(model, record.pk)).defer("body")
    newest = articles.order_by("-published_at", "-pk")[:SHOWN]
    changelist = reverse("admin:articles_article_changelist")
    sections.append(
        Section(
            "articles",
            [_row(article) for article in newest],
            articles.count(),
            f"{changelist}?{naming_parameter(model)}={record.pk}",
        )
    )
    return sections


# --- Filters --------------------------------------------------------------------------------------


class UseFilter(admin.SimpleListFilter):
    """Used (something points at it) or unused (nothing does: safe to delete)."""

    title = "use"
    parameter_name = "use"

    def lookups(self, request, model_admin):
        return (("used", "Used"), ("unused", "Unused: nothing points at it"))

    def queryset(self, request, queryset):
        if self.value() not in {"used", "unused"}:
            return queryset
        used = Q()
        for use in USES[queryset.model]:
            used |= Q(use.points_at_outer_row())
        return queryset.filter(used) if self.value() == "used" else queryset.exclude(used)


class OneRecordFilter(admin.SimpleListFilter):
    """A filter to the rows that point at one record, reached by a link ("all N →" under
    "Where it is used", a count on a list). It shows in the sidebar only then, with the
    record's name; a record since merged away still filters, to nothing."""

    record_model = None

    def lookups(self, request, model_admin):
        value = self.value()
        if value is None:
            return ()
        if record_number(value) is None:
            raise IncorrectLookupParameters(f"{self.parameter_name} must be a record number")
        names = self.record_model._default_manager.filter(pk=record_number(value))
        name = names.values_list("name", flat=True).first()
        return [(value, name or f"#{value}, no longer in the database")]

    def queryset(self, request, queryset):
        if self.value() is None:
            return queryset
        return queryset.filter(self.pointing_at(record_number(self.value())))

    def pointing_at(self, pk):
        raise NotImplementedError


def pointing_filter(model, label):
    """The list of `model`'s `label` use filtered to one record across a many-to-many link
    (`?operations=7`), which Django allows only where a list filter declares it."""
    use = use_of(model, label)
    return type(
        f"{use.model.__name__}Of{model.__name__}Filter",
        (OneRecordFilter,),
        {
            "title": model._meta.verbose_name,
            "parameter_name": use.parameter,
            "record_model": model,
            "pointing_at": lambda self, pk: Q(**{use.field: pk}),
        },
    )


def naming_parameter(model):
    return model._meta.model_name


def naming_filter(model):
    """The article list filtered to those naming one `model` record (`?person=12`)."""
    return type(
        f"Naming{model.__name__}Filter",
        (OneRecordFilter,),
        {
            "title": f"naming {model._meta.verbose_name}",
            "parameter_name": naming_parameter(model),
            "record_model": model,
            "pointing_at": lambda self, pk: naming(model, pk),
        },
    )


NAMING_FILTERS = tuple(naming_filter(model) for model in USES)
