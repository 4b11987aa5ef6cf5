"""The admin's forms and widgets: autocomplete labels from rows already loaded, a past version's
own links on a history page, aliases one per line, and passages kept exactly as typed."""

from django import forms
from django.contrib.admin.widgets import AutocompleteSelect, AutocompleteSelectMultiple
from simple_history.manager import SIMPLE_HISTORY_REVERSE_ATTR_NAME

from casefiles.admin.locking import OptimisticLockFormMixin, SeenField


class PreloadedLabelsMixin:
    """An autocomplete widget that names its current choice from the row it was loaded with.

    Django's autocomplete widgets look up the selected value of every form, so an inline of thirty
    rows makes thirty queries per column. The admin's querysets already join the related rows;
    `NewsroomForm` passes their labels in, and only a value that differs from the saved one
    (a form sent back with errors) is looked up.
    """

    preloaded = None

    def optgroups(self, name, value, attr=None):
        selected = [str(v) for v in value if str(v) not in self.choices.field.empty_values]
        if self.preloaded is None or not set(selected) <= self.preloaded.keys():
            return super().optgroups(name, value, attr)
        options = []
        if not self.is_required and not self.allow_multiple_selected:
            options.append(self.create_option(name, "", "", False, 0))
        for key in selected:
            options.append(self.create_option(name, key, self.preloaded[key], True, len(options)))
        return [(None, options, 0)]


class PreloadedAutocompleteSelect(PreloadedLabelsMixin, AutocompleteSelect):
    pass


class PreloadedAutocompleteSelectMultiple(PreloadedLabelsMixin, AutocompleteSelectMultiple):
    def build_attrs(self, base_attrs, extra_attrs=None):
        attrs = super().build_attrs(base_attrs, extra_attrs)
        # Each chosen record has its own ×. Select2's "clear all" would sit inside its list of
        # choices, where a list may hold only items.
        attrs["data-allow-clear"] = "false"
        return attrs


class NewsroomForm(OptimisticLockFormMixin, forms.ModelForm):
    """The admin's form: autocomplete labels from loaded rows, a past version's own links, and
    a save refused when the record changed after the page was opened (`locking`).

    On a history page, simple-history hands the form the record as it was, but its many-to-many
    fields still read today's links; a revert would keep them. The historical record holds the
    links as they were, so the form starts from those. A revert means to replace what is stored,
    so it is not checked against it.
    """

    seen_values = SeenField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None:
            return
        version = getattr(self.instance, SIMPLE_HISTORY_REVERSE_ATTR_NAME, None)
        if version is not None:
            self._start_from_version(version)
            return
        self._start_lock()
        self._preload_labels()

    def clean(self):
        cleaned_data = super().clean()
        # An inline row (it has a prefix) that the user left alone is not saved.
        self.check_not_changed_since_opened(untouched_is_fine=self.prefix is not None)
        return cleaned_data

    def has_changed(self):
        return not getattr(self, "_untouched", False) and super().has_changed()

    def _preload_labels(self):
        for name, field in self.fields.items():
            widget = getattr(field.widget, "widget", field.widget)
            if not isinstance(widget, PreloadedLabelsMixin):
                continue
            related = self._loaded_related(name)
            if related is not None:
                widget.preloaded = {str(obj.pk): field.label_from_instance(obj) for obj in related}

    def _start_from_version(self, version):
        for field in self.instance._meta.many_to_many:
            if field.name in self.fields and hasattr(version, field.name):
                rows = getattr(version, field.name).all()
                related = field.m2m_reverse_field_name()
                self.initial[field.name] = [getattr(row, f"{related}_id") for row in rows]

    def _loaded_related(self, name):
        """The related objects already loaded with the instance, or None if they were not."""
        model_field = self.instance._meta.get_field(name)
        if model_field.many_to_many:
            if name not in getattr(self.instance, "_prefetched_objects_cache", {}):
                return None
            return list(getattr(self.instance, name).all())
        if not model_field.is_cached(self.instance):
            return None
        obj = getattr(self.instance, name)
        return [obj] if obj is not None else []


class LinesField(forms.CharField):
    """A list of short strings (aliases) edited one per line rather than as JSON."""

    widget = forms.Textarea(attrs={"rows": 3})

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return "\n".join(value)
        return value

    def to_python(self, value):
        if isinstance(value, list | tuple):
            return list(value)
        lines = (line.strip() for line in (value or "").splitlines())
        return list(dict.fromkeys(line for line in lines if line))

    def has_changed(self, initial, data):
        return self.to_python(initial) != self.to_python(data)


class VerbatimField(forms.CharField):
    """Text kept exactly as typed: offsets count its every character.

    Browsers send a textarea's line breaks as CR LF whatever the text held, and a plain form
    field strips spaces at either end; either would make a passage differ from the article.
    """

    def __init__(self, **kwargs):
        super().__init__(**{**kwargs, "strip": False})

    def to_python(self, value):
        value = super().to_python(value)
        return value.replace("\r\n", "\n").replace("\r", "\n")
