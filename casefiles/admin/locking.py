"""Optimistic locking for the admin's forms: a save made from a page opened before someone else
saved the same record is refused, with what they changed, instead of silently undoing it.

Each change form (and each row of an inline) carries, hidden, the record's values as the page
showed them. On save the form compares them with the values stored now: the record as loaded for
the save. Any difference means someone else saved in between, whatever path they took (another
form, a list action, the review queue, a re-import), so no write path has to take part. The
form comes back with the user's own values still in it, and the hidden values brought up to
date, so saving again applies their edit on top of the other.
"""

import json
from datetime import UTC, date, datetime
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.text import Truncator

SEEN = "seen_values"
SEEN_NOTE = "The record's values when this page was opened; a save checks nobody changed them."


class SeenField(forms.CharField):
    """The hidden values; never itself a change to the record."""

    widget = forms.HiddenInput

    def __init__(self, **kwargs):
        super().__init__(required=False, strip=False, help_text=SEEN_NOTE, **kwargs)

    def has_changed(self, initial, data):
        return False


def comparable(value):
    """A form or model value as plain JSON data, the same whichever side it came from."""
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, models.QuerySet | list | tuple):
        items = [comparable(item) for item in value]
        return sorted(items, key=str) if isinstance(value, models.QuerySet) else items
    if isinstance(value, datetime):
        # The admin's widgets keep seconds and the user's time zone; the database neither.
        return value.astimezone(UTC).replace(microsecond=0).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return json.loads(json.dumps(value, cls=DjangoJSONEncoder))


def m2m_comparable(value):
    return sorted((comparable(item) for item in value), key=str)


class OptimisticLockFormMixin:
    """For a `ModelForm` that declares `seen_values = SeenField()`."""

    def _start_lock(self):
        """Keep the stored values; on a page they go out hidden, on a save they are compared."""
        self._stored = self._values(self.initial)
        self.fields[SEEN].initial = json.dumps(self._stored)

    def _values(self, source):
        values = {}
        for name, field in self.fields.items():
            if name == SEEN or name not in source:
                continue
            if isinstance(field, forms.ModelMultipleChoiceField):
                values[name] = m2m_comparable(source[name] or [])
            else:
                values[name] = comparable(source[name])
        return values

    def _seen(self):
        try:
            seen = json.loads(self.data.get(self.add_prefix(SEEN)) or "null")
        except ValueError:
            return None
        return seen if isinstance(seen, dict) else None

    def check_not_changed_since_opened(self, *, untouched_is_fine=False):
        """Refuse the save if the record changed after the page was opened.

        `untouched_is_fine`: a row the user left as they saw it is not saved at all (an inline
        row), so someone else's change to it stands and is no reason to refuse.
        """
        if not hasattr(self, "_stored"):
            # A new record, or a past version restored over what is stored.
            return
        seen = self._seen()
        if seen is None:
            # Sent without the values (a page from before locking): taken as it comes.
            return
        theirs = [name for name, value in self._stored.items() if seen.get(name, value) != value]
        if not theirs:
            return
        mine = self._values(self.cleaned_data)
        if untouched_is_fine and all(
            mine.get(name, value) == value for name, value in seen.items()
        ):
            self._untouched = True
            return
        self.data = self.data.copy()
        self.data[self.add_prefix(SEEN)] = json.dumps(self._stored)
        raise ValidationError(self._conflict_message(seen, theirs), code="changed_since_opened")

    def _conflict_message(self, seen, names):
        changes = "; ".join(
            f"{self.fields[name].label or name}: {self._shown(name, seen[name])} → "
            f"{self._shown(name, self._stored[name])}"
            for name in names
        )
        return (
            f"Someone else saved this {self._meta.model._meta.verbose_name} after you opened it. "
            f"What they changed: {changes}. Your edits are still in the form: check them "
            "against that change and save again to apply them."
        )

    def _shown(self, name, value):
        """`value` as the user knows it: a choice's label, a related record's name."""
        field = self.fields[name]
        if value in (None, "", []):
            return "(empty)"
        if isinstance(field, forms.ModelChoiceField):
            keys = value if isinstance(value, list) else [value]
            found = field.queryset.model._default_manager.in_bulk(keys)
            names = [field.label_from_instance(found[k]) if k in found else str(k) for k in keys]
            return "“" + ", ".join(names) + "”"
        labels = dict(getattr(field, "choices", ()) or ())
        text = labels.get(value, value)
        if isinstance(text, list):
            text = ", ".join(map(str, text))
        return "“" + Truncator(str(text)).chars(80) + "”"
