"""Reader-facing forms: the search box and the widgets the list filters share."""

import datetime

from django import forms

from casefiles.search.entries import SearchKind


class SearchForm(forms.Form):
    q = forms.CharField(
        label="Search case files, operations, people and quotes",
        max_length=200,
        required=False,
        widget=forms.TextInput(
            attrs={"type": "search", "class": "form-control", "placeholder": "e.g. Basford"}
        ),
    )


class SearchPageForm(forms.Form):
    """Which kind of record a search page lists and which of its pages; read from the address
    beside `SearchForm`, never shown as fields."""

    kind = forms.ChoiceField(choices=SearchKind.choices, required=False)
    page = forms.IntegerField(min_value=1, required=False)


class DateInput(forms.DateInput):
    """A native date picker. A value from the address that is not a date is not echoed back:
    the browser could not show it, and the field's error already says what was wrong."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")

    def format_value(self, value):
        if isinstance(value, str):
            try:
                datetime.date.fromisoformat(value)
            except ValueError:
                return None
        return super().format_value(value)


class YearInput(forms.NumberInput):
    """A number field for a year; like DateInput, it does not echo back what is not a number."""

    def format_value(self, value):
        if isinstance(value, str) and not value.strip().lstrip("-").isdigit():
            return None
        return super().format_value(value)
