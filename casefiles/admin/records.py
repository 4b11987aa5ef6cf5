"""Each kind of record found in articles (quotes, figures, people named, operations named): its
own pages, and its inline on the article's page (registered there, in `articles.admin`)."""

from django.contrib import admin

from casefiles.admin.preview import credit_of
from casefiles.admin.provenance import ProvenanceAdmin, ProvenanceInline
from casefiles.admin.usage import pointing_filter
from casefiles.models import Appearance, Operation, OperationMention, Outcome, Quote


@admin.register(Quote)
class QuoteAdmin(ProvenanceAdmin):
    related = ("speaker",)
    list_display = (
        "passage",
        "speaker",
        "in_article",
        "operation_names",
        "found_by",
        "review_state",
    )
    list_select_related = ("article", "speaker", "reviewed_by")
    list_filter = (*ProvenanceAdmin.list_filter, pointing_filter(Operation, "quotes"))
    search_fields = ("text", "speaker__name", "attribution", "article__headline")
    autocomplete_fields = ("article", "speaker", "operations")
    fieldsets = (
        ProvenanceAdmin.passage_fieldset,
        ("Who said it", {"fields": ("speaker", "attribution", "paragraphs", "operations")}),
        ProvenanceAdmin.review_fieldset,
    )

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("operations")

    def review_queryset(self, request):
        return super().review_queryset(request).prefetch_related("operations")

    @admin.display(description="operations")
    def operation_names(self, obj):
        return ", ".join(operation.name for operation in obj.operations.all())


@admin.register(Outcome)
class OutcomeAdmin(ProvenanceAdmin):
    related = ("operation", "organisation", "person")
    list_display = (
        "passage",
        "figure",
        "metric",
        "credited_to",
        "in_article",
        "found_by",
        "review_state",
    )
    list_select_related = ("article", "operation", "organisation", "person", "reviewed_by")
    list_filter = (*ProvenanceAdmin.list_filter, "scope", "is_total", "metric")
    search_fields = ("text", "metric", "period", "article__headline", "operation__name")
    autocomplete_fields = ("article", "operation", "organisation", "person")
    fieldsets = (
        ProvenanceAdmin.passage_fieldset,
        (
            "The figure",
            {
                "fields": (
                    "metric",
                    ("qualifier", "value", "value_max", "unit"),
                    "period",
                    ("scope", "is_total"),
                ),
                "description": "Money as a plain amount in “GBP”, sentences in months.",
            },
        ),
        ("Credited to", {"fields": ("operation", "organisation", "person")}),
        ProvenanceAdmin.review_fieldset,
    )

    @admin.display(description="figure", ordering="value")
    def figure(self, obj):
        return obj.display_value

    @admin.display(description="credited to")
    def credited_to(self, obj):
        return credit_of(obj)


@admin.register(Appearance)
class AppearanceAdmin(ProvenanceAdmin):
    related = ("person", "organisation")
    list_display = (
        "passage",
        "person_and_rank",
        "role",
        "organisation",
        "in_article",
        "found_by",
        "review_state",
    )
    list_select_related = ("article", "person", "organisation", "reviewed_by")
    search_fields = ("text", "person__name", "rank", "role", "article__headline")
    autocomplete_fields = ("article", "person", "organisation")
    fieldsets = (
        ProvenanceAdmin.passage_fieldset,
        ("Who", {"fields": ("person", ("rank_as_printed", "rank"), "role", "organisation")}),
        ProvenanceAdmin.review_fieldset,
    )

    @admin.display(description="person", ordering="person__name")
    def person_and_rank(self, obj):
        """The person, with the rank or title the article gives them in full."""
        rank = obj.rank or obj.rank_as_printed
        return f"{obj.person}, {rank}" if rank else str(obj.person)


@admin.register(OperationMention)
class OperationMentionAdmin(ProvenanceAdmin):
    related = ("operation", "operation__force")
    list_display = ("passage", "operation", "in_article", "found_by", "review_state")
    list_select_related = ("article", "operation", "reviewed_by")
    list_filter = (*ProvenanceAdmin.list_filter, ("operation", admin.RelatedOnlyFieldListFilter))
    search_fields = ("text", "operation__name", "article__headline")
    autocomplete_fields = ("article", "operation")
    fieldsets = (
        ProvenanceAdmin.passage_fieldset,
        ("Which operation", {"fields": ("operation",)}),
        ProvenanceAdmin.review_fieldset,
    )


# Inlines on the article's page (registered there, in `articles.admin`).


class QuoteInline(ProvenanceInline):
    model = Quote
    related = ("speaker",)
    fields = ("text", "start", "end", "speaker", "operations", "found_by", "review_actions")
    autocomplete_fields = ("speaker", "operations")

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("operations")


class OutcomeInline(ProvenanceInline):
    model = Outcome
    related = ("operation",)
    fields = (
        "text",
        "start",
        "end",
        "metric",
        "qualifier",
        "value",
        "unit",
        "operation",
        "found_by",
        "review_actions",
    )
    autocomplete_fields = ("operation",)


class AppearanceInline(ProvenanceInline):
    model = Appearance
    related = ("person", "organisation")
    verbose_name = "person named"
    verbose_name_plural = "people named"
    fields = (
        "text",
        "start",
        "end",
        "person",
        "rank_as_printed",
        "organisation",
        "found_by",
        "review_actions",
    )
    autocomplete_fields = ("person", "organisation")


class OperationMentionInline(ProvenanceInline):
    model = OperationMention
    related = ("operation",)
    fields = ("text", "start", "end", "operation", "found_by", "review_actions")
    autocomplete_fields = ("operation",)
