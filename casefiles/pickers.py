"""Pickers: a person, an operation or an organisation chosen in a list's filter form by name.

A list's form cannot offer every record as a choice (an archive holds thousands of people), so
each is a text box. A small script (static/js/picker.js) offers the records whose names begin
with what is typed, from `/pick/<kind>/?q=…`, and sends the chosen one's slug. Without the
script the box sends what was typed, and the filter reads it as a slug, a name, or the first
letters of one: one record found is the filter; several are offered as links to choose from;
none is an error that says so. Only what the reader may see is ever offered or found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.urls import reverse_lazy
from django.utils.html import format_html, format_html_join

from casefiles.models import Operation, Organisation, Person
from casefiles.models.entities import PICK_LETTERS, PICK_LIMIT

# What a slug looks like: a typed text like this is looked up as one first.
SLUG = re.compile(r"^[-a-z0-9_]+$")


@dataclass(frozen=True)
class Kind:
    """A kind of record a picker finds, and how it is named to a reader."""

    model: type
    noun: str  # "person": "No person called …"
    plural: str
    url_name: str  # the picker's address
    hint: str  # the link whose name tells namesakes apart: "organisation", "force", "parent"

    def readable(self, user):
        """The records `user` may see, with what tells them apart."""
        return self.model.objects.for_reader(user)

    def hint_of(self, record):
        linked = getattr(record, self.hint)
        return linked.name if linked is not None else ""

    def as_json(self, records):
        return [
            {"slug": record.slug, "name": record.name, "hint": self.hint_of(record)}
            for record in records
        ]


PEOPLE = Kind(Person, "person", "people", "casefiles:pick-people", "organisation")
OPERATIONS = Kind(Operation, "operation", "operations", "casefiles:pick-operations", "force")
ORGANISATIONS = Kind(
    Organisation, "organisation", "organisations", "casefiles:pick-organisations", "parent"
)


def pick(kind, user, text):
    """What the picker offers `user` for `text`: see `EntityQuerySetMixin.picked`."""
    return list(kind.readable(user).picked(text))


def resolve(queryset, text):
    """The record `text` names among `queryset`, and the records it could name.

    By its slug, else by its name (letter case aside), else by the first letters of one of
    its names: (record, [record]) for one, (None, [records]) for several, (None, []) for
    none. A fixed number of queries however many records there are.
    """
    if SLUG.match(text):
        found = list(queryset.filter(slug=text))
        if found:
            return found[0], found
    found = list(queryset.named_exactly(text).order_by("pk")[:PICK_LIMIT])
    if not found:
        found = list(queryset.picked(text))
    return (found[0] if len(found) == 1 else None), found


class PickInput(forms.TextInput):
    """A text box for a record's name, showing the chosen one's name, and for a name that
    several records share, links that choose each (the query kept, the page dropped)."""

    def __init__(self, source, attrs=None):
        attrs = {"autocomplete": "off", "spellcheck": "false", "data-pick": source, **(attrs or {})}
        super().__init__(attrs)
        self.chosen = None
        self.choices = []
        self.query = QueryDict()
        self.hint_of = None

    def format_value(self, value):
        if self.chosen is not None:
            return self.chosen.name
        return super().format_value(value)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        if self.chosen is not None:
            context["widget"]["attrs"]["data-slug"] = self.chosen.slug
        return context

    def render(self, name, value, attrs=None, renderer=None):
        box = super().render(name, value, attrs, renderer)
        if not self.choices:
            return box
        links = format_html_join(
            "",
            '<li><a href="?{}">{}</a>{}</li>',
            (
                (
                    self._choosing(name, record.slug),
                    record.name,
                    format_html(' <span class="pick-hint">{}</span>', hint) if hint else "",
                )
                for record in self.choices
                for hint in [self.hint_of(record)]
            ),
        )
        return format_html('{}<ul class="pick-choices">{}</ul>', box, links)

    def _choosing(self, name, slug):
        query = self.query.copy()
        query.pop("page", None)
        query[name] = slug
        return query.urlencode()


class PickField(forms.CharField):
    """A record of `kind` among `queryset`, named by slug, name or the first letters of one."""

    def __init__(self, *, queryset, kind, query=None, **kwargs):
        kwargs.setdefault(
            "widget", PickInput(reverse_lazy(kind.url_name), {"placeholder": f"Any {kind.noun}"})
        )
        kwargs.setdefault("max_length", PICK_LETTERS)
        super().__init__(**kwargs)
        self.queryset, self.kind = queryset, kind
        self.widget.query = query if query is not None else QueryDict()
        self.widget.hint_of = kind.hint_of

    def clean(self, value):
        text = super().clean(value)
        if not text:
            return None
        record, found = resolve(self.queryset, text)
        if record is not None:
            self.widget.chosen = record
            return record
        if found:
            self.widget.choices = found
            raise ValidationError(
                "Several %(plural)s go by “%(text)s”: choose one of those listed.",
                code="ambiguous",
                params={"plural": self.kind.plural, "text": text},
            )
        raise ValidationError(
            "No %(noun)s called “%(text)s” found.",
            code="not_found",
            params={"noun": self.kind.noun, "text": text},
        )


class PickFilter(django_filters.filters.QuerySetRequestMixin, django_filters.Filter):
    """A filter on one record of `kind` the reader may see, chosen with a picker. Its value
    in the address is the record's slug, as the links under a detail page give it; a typed
    name is read too (see `PickField`)."""

    field_class = PickField

    def __init__(self, kind, **kwargs):
        kwargs.setdefault("queryset", lambda request: kind.readable(getattr(request, "user", None)))
        super().__init__(kind=kind, **kwargs)

    @property
    def field(self):
        request = self.get_request()
        if request is not None:
            self.extra["query"] = request.GET
        return super().field
