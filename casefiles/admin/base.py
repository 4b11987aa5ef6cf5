"""Base admin classes: history of every change, changelists in a fixed number of queries,
autocomplete widgets labelled from loaded rows, and publishing behind its own permission."""

from django.contrib import admin, messages
from django.contrib.admin.views.main import ChangeList
from django.db import models, transaction
from django.db.models import Count, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.text import capfirst
from simple_history.admin import SimpleHistoryAdmin

from casefiles.admin.forms import (
    LinesField,
    NewsroomForm,
    PreloadedAutocompleteSelect,
    PreloadedAutocompleteSelectMultiple,
)
from casefiles.admin.locking import SEEN
from casefiles.models.review import ReviewStatus

STYLESHEET = "casefiles-admin.css"


def count_of(queryset, field):
    """A subquery counting the rows of `queryset` whose `field` points at the outer row."""
    rows = (
        queryset.filter(**{field: OuterRef("pk")})
        .order_by()
        .values(field)
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(rows), Value(0))


def name_date_and_time(formfield):
    """Name each input of the admin's date and time pair for screen readers: Django prints
    "Date:" and "Time:" beside them, but not as their labels."""
    widgets = getattr(formfield.widget, "widgets", ())
    if len(widgets) == 2:
        label = capfirst(formfield.label)
        widgets[0].attrs["aria-label"] = f"{label}: date"
        widgets[1].attrs["aria-label"] = f"{label}: time"


class NewsroomChangeList(ChangeList):
    """A changelist that does not load the long texts its admin's `list_defer` names."""

    def get_queryset(self, request, exclude_parameters=None):
        queryset = super().get_queryset(request, exclude_parameters)
        if self.model_admin.list_defer:
            queryset = queryset.defer(*self.model_admin.list_defer)
        return queryset


class AutocompleteLabelsMixin:
    """Autocomplete widgets that take their labels from rows already loaded (`NewsroomForm`)."""

    form = NewsroomForm

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = PreloadedAutocompleteSelect(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = PreloadedAutocompleteSelectMultiple(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_manytomany(db_field, request, **kwargs)


class ReviewActionsMixin:
    """Mark verified / rejected / back to extracted from a changelist, one save a record so each
    change is in its history. `review_record` says how one record is reviewed."""

    def review_record(self, record, status, user):
        record.review(status, user)

    def _mark(self, request, queryset, status):
        with transaction.atomic():
            records = list(queryset.exclude(review_status=status))
            for record in records:
                self.review_record(record, status, request.user)
        opts = self.model._meta
        name = opts.verbose_name if len(records) == 1 else opts.verbose_name_plural
        label = ReviewStatus(status).label.lower()
        self.message_user(request, f"{len(records)} {name} marked {label}.", messages.SUCCESS)

    @admin.action(permissions=["change"], description="Mark verified")
    def mark_verified(self, request, queryset):
        self._mark(request, queryset, ReviewStatus.VERIFIED)

    @admin.action(permissions=["change"], description="Mark rejected")
    def mark_rejected(self, request, queryset):
        self._mark(request, queryset, ReviewStatus.REJECTED)

    @admin.action(permissions=["change"], description="Back to extracted (not yet checked)")
    def mark_extracted(self, request, queryset):
        self._mark(request, queryset, ReviewStatus.EXTRACTED)


class NewsroomAdmin(AutocompleteLabelsMixin, SimpleHistoryAdmin):
    """Base for every editable record: history of every change, fixed-query changelists."""

    # Columns loaded with a row but never shown in the list (long texts).
    list_defer = ()
    list_per_page = 50
    # simple-history diffs many-to-many fields with queries per entry, so keep pages short.
    history_list_per_page = 25
    object_history_form_template = "admin/history_revert_form.html"

    class Media:
        css = {"all": (STYLESHEET,)}

    def get_changelist(self, request, **kwargs):
        return NewsroomChangeList

    def get_fields(self, request, obj=None):
        # The change form carries the seen values itself (templates/admin/change_form.html).
        return [name for name in super().get_fields(request, obj) if name != SEEN]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "aliases":
            return LinesField(
                required=not db_field.blank,
                label=capfirst(db_field.verbose_name),
                help_text=db_field.help_text,
            )
        if isinstance(db_field, models.URLField):
            # A web address typed without a scheme is taken to be https.
            kwargs.setdefault("assume_scheme", "https")
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if isinstance(db_field, models.DateTimeField) and formfield is not None:
            name_date_and_time(formfield)
        return formfield


class PublishableAdmin(NewsroomAdmin):
    """Records readers see only once published; publishing needs its own permission."""

    publish_permission = ""
    published_value = "published"
    draft_value = "draft"
    actions = ["publish", "withdraw"]

    def has_publish_permission(self, request, obj=None):
        return request.user.has_perm(self.publish_permission)

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        if not self.has_publish_permission(request, obj):
            fields = (*fields, "status")
        return fields

    def save_model(self, request, obj, form, change):
        """Save `obj` with the status it has now unless the user may publish.

        A read-only field keeps a journalist from choosing a status on the form, but not every
        save starts from the stored record: History → Revert saves a past version, status and
        all, and a past version may be a published one.
        """
        if not self.has_publish_permission(request, obj):
            current = self._stored_status(obj) if change else self.draft_value
            if obj.status != current:
                obj.status = current
                label = obj.get_status_display().lower()
                self.message_user(
                    request,
                    f"The status stays “{label}”: only an editor can publish or withdraw.",
                    messages.WARNING,
                )
        super().save_model(request, obj, form, change)

    def _stored_status(self, obj):
        stored = self.model._default_manager.filter(pk=obj.pk).values_list("status", flat=True)
        return stored.first() or self.draft_value

    @admin.action(
        permissions=["publish"], description="Publish the selected %(verbose_name_plural)s"
    )
    def publish(self, request, queryset):
        self._set_status(request, queryset, self.published_value, "published")

    @admin.action(
        permissions=["publish"],
        description="Withdraw the selected %(verbose_name_plural)s (back to draft)",
    )
    def withdraw(self, request, queryset):
        self._set_status(request, queryset, self.draft_value, "withdrawn")

    def _set_status(self, request, queryset, status, done):
        # One save per record so each change is in its history with who made it.
        changed = 0
        with transaction.atomic():
            for obj in queryset.exclude(status=status):
                obj.status = status
                obj._history_user = request.user
                obj._change_reason = f"{done.capitalize()} from the list"
                obj.save()
                changed += 1
        opts = self.model._meta
        name = opts.verbose_name if changed == 1 else opts.verbose_name_plural
        self.message_user(request, f"{changed} {name} {done}.", messages.SUCCESS)
