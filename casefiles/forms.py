"""Reader-facing forms: the search box and the widgets the list filters share."""

from django import forms


class SearchForm(forms.Form):
    q = forms.CharField(
        label="Search case files, operations, people and quotes",
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": "e.g. Basford"}),
    )


class DateInput(forms.DateInput):
    """A native date picker; the value keeps ISO format so the browser can show it."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")
