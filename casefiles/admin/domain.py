"""The newsroom admin for case files and what they follow: operations, people, organisations."""

from django.contrib import admin
from django.db.models import Prefetch

from articles.models import Article
from casefiles.admin.base import NewsroomAdmin, PublishableAdmin, count_of
from casefiles.models import (
    Appearance,
    CaseFile,
    Operation,
    OperationMention,
    Organisation,
    Person,
    Quote,
)


@admin.register(CaseFile)
class CaseFileAdmin(PublishableAdmin):
    publish_permission = "casefiles.publish_casefile"
    list_display = ("title", "status", "operation_count", "article_count", "modified")
    list_filter = ("status",)
    search_fields = ("title", "summary")
    date_hierarchy = "modified"
    autocomplete_fields = ("operations", "articles", "people")
    readonly_fields = ("created", "modified")
    fieldsets = (
        (None, {"fields": ("title", "slug", "status", "summary")}),
        (
            "What it follows",
            {
                "fields": ("operations", "people", "articles"),
                "description": "Type a few letters of a name or headline to find it.",
            },
        ),
        ("Record", {"fields": (("created", "modified"),), "classes": ("collapse",)}),
    )

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                operation_total=count_of(CaseFile.operations.through.objects, "casefile"),
                article_total=count_of(CaseFile.articles.through.objects, "casefile"),
            )
            .prefetch_related(
                Prefetch("articles", queryset=Article.objects.only("pk", "headline", "slug")),
                "operations",
                "people",
            )
        )

    @admin.display(description="operations", ordering="operation_total")
    def operation_count(self, obj):
        return obj.operation_total

    @admin.display(description="articles", ordering="article_total")
    def article_count(self, obj):
        return obj.article_total


@admin.register(Operation)
class OperationAdmin(NewsroomAdmin):
    list_display = (
        "name",
        "kind",
        "force",
        "area",
        "started_on",
        "ended_on",
        "follows",
        "mentions",
    )
    list_filter = ("kind", ("force", admin.RelatedOnlyFieldListFilter))
    list_select_related = ("force", "follows")
    search_fields = ("name", "aliases", "area")
    date_hierarchy = "started_on"
    autocomplete_fields = ("force", "follows")
    readonly_fields = ("created", "modified")
    fieldsets = (
        (None, {"fields": ("name", "slug", "kind", "aliases")}),
        (
            "Where and when",
            {"fields": ("force", "area", ("started_on", "ended_on"), "dates_note")},
        ),
        ("For readers", {"fields": ("summary", "follows")}),
        ("Record", {"fields": (("created", "modified"),), "classes": ("collapse",)}),
    )

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("force", "follows")
            .annotate(mention_total=count_of(OperationMention.objects, "operation"))
        )

    @admin.display(description="mentions", ordering="mention_total")
    def mentions(self, obj):
        return obj.mention_total


@admin.register(Person)
class PersonAdmin(NewsroomAdmin):
    list_display = ("name", "kind", "organisation", "appearances", "quotes", "needs_care")
    list_filter = ("kind", ("organisation", admin.RelatedOnlyFieldListFilter))
    list_select_related = ("organisation",)
    search_fields = ("name", "slug")
    autocomplete_fields = ("organisation",)
    readonly_fields = ("created", "modified")
    fieldsets = (
        (None, {"fields": ("name", "slug", "kind", "organisation")}),
        (
            "Before naming them",
            {
                "fields": ("sensitivity_note",),
                "description": "Members of the public, defendants and victims are private "
                "individuals: read this before naming them again.",
            },
        ),
        ("Newsroom", {"fields": ("notes",)}),
        ("Record", {"fields": (("created", "modified"),), "classes": ("collapse",)}),
    )

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("organisation")
            .annotate(
                appearance_total=count_of(Appearance.objects, "person"),
                quote_total=count_of(Quote.objects, "speaker"),
            )
        )

    @admin.display(description="appearances", ordering="appearance_total")
    def appearances(self, obj):
        return obj.appearance_total

    @admin.display(description="quotes", ordering="quote_total")
    def quotes(self, obj):
        return obj.quote_total

    @admin.display(description="sensitivity note", boolean=True)
    def needs_care(self, obj):
        return bool(obj.sensitivity_note)


@admin.register(Organisation)
class OrganisationAdmin(NewsroomAdmin):
    list_display = ("name", "kind", "parent", "people", "website")
    list_filter = ("kind",)
    list_select_related = ("parent",)
    search_fields = ("name", "aliases")
    autocomplete_fields = ("parent",)
    readonly_fields = ("created", "modified")
    fieldsets = (
        (None, {"fields": ("name", "slug", "kind", "parent", "aliases", "website")}),
        ("Record", {"fields": (("created", "modified"),), "classes": ("collapse",)}),
    )

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("parent")
            .annotate(people_total=count_of(Person.objects, "organisation"))
        )

    @admin.display(description="people", ordering="people_total")
    def people(self, obj):
        return obj.people_total
