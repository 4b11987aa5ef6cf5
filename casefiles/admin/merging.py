"""Merging duplicate people, organisations or operations from their lists.

On a list the action menu starts on "Merge selected …", so a journalist ticks the duplicates
and presses Go; a page lists them with what each is used by, preselects the one to keep (a
verified one, then the most used, then the oldest), says what will move to it, and one more
press merges them (`casefiles.merging.merge`) and opens the record that stays. A record's own
page offers "Merge into another…", which asks for the other record and leads to the same page.

Merging deletes the others, but what they held moves rather than goes: journalists, who may
not delete, may merge.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import model_ngettext
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.text import capfirst

from casefiles.admin.usage import USES
from casefiles.merging import MergeError, merge, plan
from casefiles.models import ReviewStatus

MERGE_ACTION = "merge_selected"
# More at once is more likely a slip of "select all" than a set of duplicates.
MOST_AT_ONCE = 10
# When what the records hold breaks a rule once it belongs to one of them.
CLASH = (
    "Nothing was merged: what they hold would clash once it belongs to one record (two units "
    "of one name, say). Merge or rename those first."
)


class MergeFirstActionForm(helpers.ActionForm):
    """The list's action menu, starting on "Merge selected …"."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["action"].initial = MERGE_ACTION


def links_of(record):
    """How many records point at `record` (its counts from `with_use_counts`)."""
    return sum(getattr(record, use.annotation) for use in USES[type(record)])


def likely_survivor(records):
    """The record to keep unless the journalist says otherwise: verified first, then the one
    most records point at, then the oldest."""
    return min(
        records,
        key=lambda r: (r.review_status != ReviewStatus.VERIFIED, -links_of(r), r.created, r.pk),
    )


class OtherRecordForm(forms.Form):
    """Which record the one on the page is the same as."""

    other = forms.ModelChoiceField(queryset=None, label="The same as")

    def __init__(self, *args, record, admin_site, **kwargs):
        super().__init__(*args, **kwargs)
        model = type(record)
        # The autocomplete asks the admin for matches through a link that points at the model.
        pointing = next(
            use for use in USES[model] if use.model._meta.get_field(use.field).many_to_one
        )
        field = self.fields["other"]
        field.widget = AutocompleteSelect(
            pointing.model._meta.get_field(pointing.field), admin_site
        )
        field.queryset = model._default_manager.exclude(pk=record.pk)


class MergeMixin:
    """The merge action and its confirmation page, for an admin of people, organisations or
    operations whose queryset carries `usage.with_use_counts`. `belongs_to` names the field that
    tells apart two records of one name (a person's organisation, an operation's force)."""

    action_form = MergeFirstActionForm
    belongs_to = ""
    merge_template = "admin/casefiles/merge_confirmation.html"
    merge_other_template = "admin/casefiles/merge_other.html"

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "<path:object_id>/merge/",
                self.admin_site.admin_view(self.merge_other_view),
                name=f"{opts.app_label}_{opts.model_name}_merge",
            ),
            *super().get_urls(),
        ]

    @admin.action(permissions=["change"], description="Merge selected %(verbose_name_plural)s")
    def merge_selected(self, request, queryset):
        records = list(queryset[: MOST_AT_ONCE + 1])
        if len(records) > MOST_AT_ONCE:
            self.message_user(
                request,
                f"Merge at most {MOST_AT_ONCE} {self.opts.verbose_name_plural} at a time.",
                messages.ERROR,
            )
            return None
        if request.POST.get("post") == "yes":
            return self._merge(request, records)
        return self._confirmation(request, records)

    def _confirmation(self, request, records, chosen=None):
        try:
            rows = [self._row(record, records) for record in records]
        except MergeError as error:
            self.message_user(request, str(error), messages.ERROR)
            return None
        stays = chosen or likely_survivor(records)
        opts = self.opts
        context = {
            **self.admin_site.each_context(request),
            "title": f"Merge {len(records)} {model_ngettext(opts, len(records))}",
            "subtitle": None,
            "opts": opts,
            "rows": rows,
            "stays": stays,
            "uses": [use.label for use in USES[self.model]],
            "belongs_to": self._belongs_to_label(),
            "changelist_url": reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"),
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "action": MERGE_ACTION,
            "media": self.media,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.merge_template, context)

    def _row(self, record, records):
        others = [other for other in records if other.pk != record.pk]
        return {
            "record": record,
            "belongs_to": getattr(record, self.belongs_to) if self.belongs_to else None,
            "counts": [getattr(record, use.annotation) for use in USES[self.model]],
            "moves": plan(record, others),
            "change_url": self._change_url(record),
        }

    def _belongs_to_label(self):
        if not self.belongs_to:
            return ""
        return capfirst(self.model._meta.get_field(self.belongs_to).verbose_name)

    def _change_url(self, record):
        opts = self.opts
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[record.pk])

    def _merge(self, request, records):
        survivor = next((r for r in records if str(r.pk) == request.POST.get("survivor")), None)
        if survivor is None:
            self.message_user(request, "Choose the record that stays.", messages.ERROR)
            return self._confirmation(request, records)
        others = [record for record in records if record.pk != survivor.pk]
        try:
            with transaction.atomic():
                gone = self.model._default_manager.filter(pk__in=[other.pk for other in others])
                self.log_deletions(request, gone)
                survivor = merge(survivor, others, request.user)
                names = "; ".join(f"{other} (#{other.pk})" for other in others)
                self.log_change(request, survivor, f"Merged {names}")
        except MergeError as error:
            self.message_user(request, str(error), messages.ERROR)
            return None
        except IntegrityError:
            self.message_user(request, CLASH, messages.ERROR)
            return None
        self.message_user(
            request,
            f"Merged {len(others)} {model_ngettext(self.opts, len(others))} into “{survivor}”: "
            "their names are now its aliases and everything that named them names it.",
            messages.SUCCESS,
        )
        return HttpResponseRedirect(self._change_url(survivor))

    def merge_other_view(self, request, object_id):
        """From a record's page: ask which record it is the same as, then confirm as above."""
        record = self.get_object(request, object_id)
        if record is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_change_permission(request, record):
            raise PermissionDenied
        form = OtherRecordForm(request.POST or None, record=record, admin_site=self.admin_site)
        if form.is_valid():
            # The record whose page this was goes into the other, unless the journalist says
            # otherwise on the next page.
            other = form.cleaned_data["other"]
            records = list(self.get_queryset(request).filter(pk__in=[record.pk, other.pk]))
            return self._confirmation(request, records, chosen=other)
        context = {
            **self.admin_site.each_context(request),
            "title": f"Merge “{record}” into another {self.opts.verbose_name}",
            "subtitle": None,
            "opts": self.opts,
            "original": record,
            "form": form,
            "media": self.media + form.media,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.merge_other_template, context)
