"""The importer's open questions, "is this new record one we already know?", listed for the
newsroom: both records linked, filtered by answer and by kind, answered from the list.

Read-mostly: nobody adds, edits or deletes a question by hand. A question is answered with
"the same" (the pair is merged into the record that stays) or "different" (kept apart, and the
importer never asks again), here or from the review queue (`casefiles.reviewing.answer`).
"""

from django.contrib import admin, messages
from django.contrib.admin.views.main import ChangeList
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.html import format_html

from casefiles.admin.base import STYLESHEET
from casefiles.admin.guards import record_number
from casefiles.admin.preview import change_url_maker
from casefiles.merging import MergeError
from casefiles.models import MatchDecision, PossibleMatch, ReviewStatus
from casefiles.reviewing import ENTITY_MODELS, answer, belongs_to, with_belonging

KINDS = {model._meta.model_name: model for model in ENTITY_MODELS}


class KindFilter(admin.SimpleListFilter):
    title = "kind"
    parameter_name = "kind"

    def lookups(self, request, model_admin):
        return [(name, model._meta.verbose_name_plural) for name, model in KINDS.items()]

    def queryset(self, request, queryset):
        model = KINDS.get(self.value())
        return queryset.of(model) if model else queryset


class DecisionFilter(admin.SimpleListFilter):
    """By answer; open questions unless another answer is chosen."""

    title = "answer"
    parameter_name = "decision"
    every = "all"

    def lookups(self, request, model_admin):
        return [*MatchDecision.choices, (self.every, "All")]

    def choices(self, changelist):
        chosen = self.value() or MatchDecision.OPEN
        for value, label in self.lookup_choices:
            yield {
                "selected": chosen == value,
                "query_string": changelist.get_query_string({self.parameter_name: value}),
                "display": label,
            }

    def queryset(self, request, queryset):
        chosen = self.value() or MatchDecision.OPEN
        return queryset if chosen == self.every else queryset.filter(decision=chosen)


class InvolvingFilter(admin.SimpleListFilter):
    """The questions about one record (with the kind filter): the review queue links here when
    a record has more open questions than its row shows."""

    title = "record"
    parameter_name = "involving"

    def lookups(self, request, model_admin):
        pk = record_number(self.value())
        return [(str(pk), f"#{pk}")] if pk else []

    def queryset(self, request, queryset):
        pk = record_number(self.value())
        return queryset.filter(Q(record_id=pk) | Q(candidate_id=pk)) if pk else queryset


class QuestionChangeList(ChangeList):
    """Loads both records of every question on the page: one query per kind."""

    def get_results(self, request):
        super().get_results(request)
        wanted = {}
        for question in self.result_list:
            wanted.setdefault(question.content_type_id, set()).update(
                (question.record_id, question.candidate_id)
            )
        loaded = {}
        for content_type_id, pks in wanted.items():
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            if model in ENTITY_MODELS:
                loaded[content_type_id] = with_belonging(model.objects.all()).in_bulk(pks)
        for question in self.result_list:
            found = loaded.get(question.content_type_id, {})
            question.loaded = (found.get(question.record_id), found.get(question.candidate_id))


def record_link(record, pk):
    """A record of a question as the list shows it: linked, with its kind and body."""
    if record is None:
        return format_html("#{} <em>(no longer exists)</em>", pk)
    url = change_url_maker(record._meta.model_name)(record.pk)
    details = [record.get_kind_display()]
    if belonging := belongs_to(record):
        details.append(f"{belonging[0]} {belonging[1]}")
    if record.review_status != ReviewStatus.EXTRACTED:
        details.append(record.get_review_status_display().lower())
    return format_html('<a href="{}">{}</a> ({})', url, record, ", ".join(details))


@admin.register(PossibleMatch)
class PossibleMatchAdmin(admin.ModelAdmin):
    list_display = ("new_record", "may_be", "kind", "reason", "article", "decision", "created")
    list_filter = (DecisionFilter, KindFilter, InvolvingFilter)
    list_select_related = ("content_type", "article")
    search_fields = ("reason",)
    date_hierarchy = "created"
    list_per_page = 50
    actions = ["same", "different"]
    fields = (
        "kind",
        ("new_record", "may_be"),
        "reason",
        "article",
        "decision",
        ("decided_by", "decided_at"),
        "created",
    )
    readonly_fields = ("kind", "new_record", "may_be")

    class Media:
        css = {"all": (STYLESHEET,)}

    def get_changelist(self, request, **kwargs):
        return QuestionChangeList

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("content_type", "article")

    # Questions come from the importer and are answered, never written by hand.
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_decide_permission(self, request):
        """Whoever may change people, organisations or operations may answer for that kind."""
        return any(self._may_answer(request, model) for model in ENTITY_MODELS)

    def _may_answer(self, request, model):
        model_admin = self.admin_site._registry.get(model)
        return model_admin is not None and model_admin.has_change_permission(request)

    def _records(self, obj):
        """Both records: loaded with the page on the list, read here on the record's own page."""
        if getattr(obj, "loaded", None) is None:
            obj.loaded = obj.records()
        return obj.loaded

    @admin.display(description="new record")
    def new_record(self, obj):
        return record_link(self._records(obj)[0], obj.record_id)

    @admin.display(description="may be")
    def may_be(self, obj):
        return record_link(self._records(obj)[1], obj.candidate_id)

    @admin.display(description="kind", ordering="content_type")
    def kind(self, obj):
        return obj.content_type.name

    @admin.action(permissions=["decide"], description="The same: merge each pair")
    def same(self, request, queryset):
        self._answer(request, queryset, MatchDecision.SAME)

    @admin.action(permissions=["decide"], description="Different: keep each pair apart")
    def different(self, request, queryset):
        self._answer(request, queryset, MatchDecision.DIFFERENT)

    def _answer(self, request, queryset, decision):
        answered, refused = 0, []
        for pk in queryset.values_list("pk", flat=True):
            # Each merge may settle or move later questions of the selection: read each afresh.
            question = PossibleMatch.objects.select_related("content_type").filter(pk=pk).first()
            if question is None or question.decision != MatchDecision.OPEN:
                continue
            if not self._may_answer(request, question.model):
                refused.append(f"#{pk}: you may not change {question.content_type.name} records.")
                continue
            try:
                answer(question, decision, request.user)
            except MergeError as error:
                refused.append(f"#{pk}: {error}")
            else:
                answered += 1
        noun = "question" if answered == 1 else "questions"
        self.message_user(request, f"{answered} {noun} answered.", messages.SUCCESS)
        for reason in refused:
            self.message_user(request, reason, messages.ERROR)
