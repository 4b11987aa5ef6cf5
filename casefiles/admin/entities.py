"""What the admins of people, organisations and operations share: merging duplicates, where
each is used, and a journalist's review.

The importer creates these records "extracted"; a journalist verifies or rejects them from the
list, or with "Save as verified by me" on the record's page. One a journalist adds by hand is
theirs, and verified by them. Deleting stays with editors, and Django refuses to delete a
person whom quotes or figures still name, listing them; the page then says to merge instead.
"""

from django.http import HttpResponseRedirect
from django.urls import reverse

from casefiles import reviewing
from casefiles.admin.base import NewsroomAdmin, ReviewActionsMixin
from casefiles.admin.merging import MergeMixin
from casefiles.admin.usage import UseFilter, where_used, with_use_counts
from casefiles.models import ReviewStatus


class EntityAdmin(MergeMixin, ReviewActionsMixin, NewsroomAdmin):
    change_form_template = "admin/casefiles/entity_change_form.html"
    delete_confirmation_template = "admin/casefiles/entity_delete_confirmation.html"
    delete_selected_confirmation_template = (
        "admin/casefiles/entity_delete_selected_confirmation.html"
    )
    actions = ["merge_selected", "mark_verified", "mark_rejected", "mark_extracted"]
    # Subclasses put these after their own list filters.
    entity_filters = ("review_status", UseFilter)
    review_fields = ("review_status", "reviewed_by", "reviewed_at")
    review_fieldset = (
        "Review",
        {
            "fields": ("review_status", ("reviewed_by", "reviewed_at")),
            "description": "Change it with “Save as verified by me” below, or from the list.",
        },
    )

    # A refused delete lists what still names the record; a page of them says no more.
    protected_shown = 20

    def get_queryset(self, request):
        queryset = super().get_queryset(request).select_related("reviewed_by")
        return with_use_counts(queryset)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None:
            # Whoever adds the record verifies it (`save_model`).
            return [fieldset for fieldset in fieldsets if fieldset != self.review_fieldset]
        return fieldsets

    def get_deleted_objects(self, objs, request):
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        if len(protected) > self.protected_shown:
            more = len(protected) - self.protected_shown
            protected = [*protected[: self.protected_shown], f"… and {more} more"]
        return deleted, counts, perms_needed, protected

    def save_model(self, request, obj, form, change):
        if not change or "_verify" in request.POST:
            # A record a journalist typed in needs no one else to check it.
            obj.review(ReviewStatus.VERIFIED, request.user, save=False)
        super().save_model(request, obj, form, change)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if change and obj is not None:
            can_change = self.has_change_permission(request, obj)
            opts = self.opts
            context["show_save_verified"] = (
                can_change and obj.review_status != ReviewStatus.VERIFIED
            )
            if can_change:
                context["merge_url"] = reverse(
                    f"admin:{opts.app_label}_{opts.model_name}_merge", args=[obj.pk]
                )
            context["where_used"] = where_used(obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def response_change(self, request, obj):
        if "_verify" not in request.POST:
            return super().response_change(request, obj)
        awaiting = self.model._default_manager.filter(review_status=ReviewStatus.EXTRACTED)
        following = awaiting.exclude(pk=obj.pk).order_by("created", "pk").first()
        opts = self.opts
        if following is None:
            self.message_user(request, f"“{obj}” verified. No other {opts.verbose_name} awaits.")
            return HttpResponseRedirect(
                reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
            )
        self.message_user(
            request, f"“{obj}” verified. Here is the next {opts.verbose_name} awaiting review."
        )
        return HttpResponseRedirect(
            reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[following.pk])
        )

    def review_record(self, record, status, user):
        # A rejection also sends the records naming it back to review.
        if status == ReviewStatus.REJECTED:
            reviewing.reject(record, user)
        else:
            record.review(status, user)
