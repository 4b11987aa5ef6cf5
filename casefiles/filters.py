"""Filters for the list pages. Choices list only what the user may see, and values in the
address are slugs, so a filtered list can be linked to ("?speaker=lewis-basford"). People,
operations and organisations, of which an archive holds thousands, are chosen with a picker
(see `pickers`) rather than from a list of every one.

An article whose date line gave no date is in every list until a date filter is set; the
"Date" choice "Date not known" lists those articles, or their quotes and figures, alone.
"""

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator

from articles.models import DATE_NOT_KNOWN, Article, Publication
from casefiles.forms import DateInput, YearInput
from casefiles.models import CaseFile, Operation, Organisation, Outcome, Person, Quote, Scope
from casefiles.pickers import OPERATIONS, ORGANISATIONS, PEOPLE, PickFilter


def _visible(model):
    return lambda request: model.objects.visible_to(request.user)


def _published_between(field_name):
    """Two labelled date fields rather than one range widget, so each input has its label."""
    return (
        django_filters.DateFilter(
            field_name=field_name,
            lookup_expr="date__gte",
            label="Published on or after",
            widget=DateInput,
        ),
        django_filters.DateFilter(
            field_name=field_name,
            lookup_expr="date__lte",
            label="Published on or before",
            widget=DateInput,
        ),
    )


class DateKnownFilter(django_filters.ChoiceFilter):
    """Whether the article's date is known: "Date not known" finds what a date range never
    can, the articles whose date line gave no date."""

    KNOWN, NOT_KNOWN = "known", "not-known"

    def __init__(self, field_name, **kwargs):
        kwargs.setdefault("label", "Date")
        kwargs.setdefault("choices", [(self.KNOWN, "Date known"), (self.NOT_KNOWN, DATE_NOT_KNOWN)])
        kwargs.setdefault("empty_label", "Any date")
        super().__init__(field_name=field_name, **kwargs)

    def filter(self, qs, value):
        if value not in (self.KNOWN, self.NOT_KNOWN):
            return qs
        return qs.filter(**{f"{self.field_name}__isnull": value == self.NOT_KNOWN})


class DatedFilterForm(forms.Form):
    """A list's filter form that refuses "Date not known" with dates to fall between, which
    no such article has, rather than list nothing without saying why."""

    RANGE_FIELDS = ("published_from", "published_to", "year")

    def clean(self):
        data = super().clean()
        ranged = any(data.get(name) for name in self.RANGE_FIELDS)
        if ranged and data.get("date") == DateKnownFilter.NOT_KNOWN:
            raise ValidationError(
                "An article whose date is not known falls between no dates: choose "
                "“Any date”, or clear the dates.",
                code="undated_in_range",
            )
        return data


def _by_slug(model, label, **kwargs):
    """A record named by its slug, as the links under a detail page's sections name it: a
    hidden field rather than a choice among every record there is."""
    return django_filters.ModelChoiceFilter(
        queryset=_visible(model),
        to_field_name="slug",
        widget=forms.HiddenInput,
        label=label,
        **kwargs,
    )


def _user(filterset):
    return getattr(filterset.request, "user", None)


class ArticleIdFilter(django_filters.NumberFilter):
    """The records of one article, by its number: the link under an article page's bounded
    lists. Not a choice in the form (there may be thousands of articles), so a hidden field."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("field_name", "article")
        kwargs.setdefault("label", "In the article")
        kwargs.setdefault("widget", forms.HiddenInput)
        kwargs.setdefault("validators", [MinValueValidator(1), MaxValueValidator(2**31 - 1)])
        super().__init__(*args, **kwargs)


class QuoteFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        field_name="text", lookup_expr="icontains", label="Words in the quote"
    )
    speaker = PickFilter(PEOPLE, label="Speaker")
    organisation = PickFilter(
        ORGANISATIONS,
        method="filter_organisation",
        label="Speaker's organisation",
        help_text="Its units included.",
    )
    operation = PickFilter(OPERATIONS, method="filter_operation", label="About the operation")
    casefile = django_filters.ModelChoiceFilter(
        queryset=_visible(CaseFile),
        to_field_name="slug",
        method="filter_casefile",
        label="Case file",
        empty_label="Any case file",
    )
    published_from, published_to = _published_between("article__published_at")
    date = DateKnownFilter("article__published_at")
    article = ArticleIdFilter()

    class Meta:
        model = Quote
        fields = []
        form = DatedFilterForm

    def filter_organisation(self, queryset, name, value):
        return queryset.speaking_for(value.family_ids())

    def filter_operation(self, queryset, name, value):
        return queryset.about(value)

    def filter_casefile(self, queryset, name, value):
        return queryset.in_casefile(value)


class YearFilter(django_filters.NumberFilter):
    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("validators", [MinValueValidator(1900), MaxValueValidator(2100)])
        kwargs.setdefault("widget", YearInput)
        super().__init__(*args, **kwargs)


class OutcomeFilter(django_filters.FilterSet):
    metric = django_filters.ChoiceFilter(
        label="What was counted", choices=[], empty_label="Anything"
    )
    operation = PickFilter(
        OPERATIONS,
        method="filter_operation",
        label="Operation",
        help_text="Its own team's included.",
    )
    organisation = PickFilter(
        ORGANISATIONS,
        method="filter_organisation",
        label="Organisation",
        help_text="Its units included.",
    )
    casefile = django_filters.ModelChoiceFilter(
        queryset=_visible(CaseFile),
        to_field_name="slug",
        method="filter_casefile",
        label="Case file",
        empty_label="Any case file",
    )
    scope = django_filters.ChoiceFilter(
        choices=Scope.choices,
        label="Whose figure",
        empty_label="Any",
        help_text="The operation’s own, the force’s as a whole, or a national figure.",
    )
    is_total = django_filters.BooleanFilter(
        label="Totals",
        widget=forms.Select(
            choices=[("", "Any figure"), ("true", "Group totals only"), ("false", "No totals")]
        ),
    )
    year = YearFilter(field_name="article__published_at", lookup_expr="year", label="Year reported")
    date = DateKnownFilter("article__published_at", label="Date reported")
    person = PickFilter(PEOPLE, label="Credited to the person")
    article = ArticleIdFilter()

    class Meta:
        model = Outcome
        fields = []
        form = DatedFilterForm

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        user = request.user if request is not None else None
        self.filters["metric"].extra["choices"] = [
            (m, m) for m in Outcome.objects.visible_to(user).metrics()
        ]

    def filter_operation(self, queryset, name, value):
        return queryset.credited_to(value, value.team(_user(self)))

    def filter_organisation(self, queryset, name, value):
        return queryset.filter(organisation__in=value.family_ids())

    def filter_casefile(self, queryset, name, value):
        operations = Operation.objects.visible_to(_user(self)).filter(casefiles=value)
        return queryset.in_casefile(value, operations)


class ArticleFilter(django_filters.FilterSet):
    publication = django_filters.ModelChoiceFilter(
        queryset=lambda request: Publication.objects.for_reader(request.user),
        label="Publication",
        empty_label="Any publication",
    )
    published_from, published_to = _published_between("published_at")
    date = DateKnownFilter("published_at")
    operation = PickFilter(OPERATIONS, method="filter_operation", label="Naming the operation")
    person = PickFilter(PEOPLE, method="filter_person", label="Naming the person")
    casefile = _by_slug(CaseFile, "In the case file", field_name="casefiles")

    class Meta:
        model = Article
        fields = []
        form = DatedFilterForm

    def filter_operation(self, queryset, name, value):
        return queryset.about(value, _user(self))

    def filter_person(self, queryset, name, value):
        return queryset.naming(value, _user(self))


class OperationFilter(django_filters.FilterSet):
    organisation = _by_slug(Organisation, "Run by", method="filter_organisation")

    class Meta:
        model = Operation
        fields = []

    def filter_organisation(self, queryset, name, value):
        return queryset.filter(force__in=value.family_ids())


class PersonFilter(django_filters.FilterSet):
    organisation = _by_slug(Organisation, "Of the organisation", method="filter_organisation")

    class Meta:
        model = Person
        fields = []

    def filter_organisation(self, queryset, name, value):
        return queryset.of_organisations(value.family_ids(), _user(self))
