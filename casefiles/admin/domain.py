"""The newsroom admin for case files and what they follow: operations, people, organisations
(what the last three share is in `entities`)."""

from django.contrib import admin, messages
from django.db.models import Prefetch

from articles.models import Article
from casefiles.admin.base import PublishableAdmin, count_of
from casefiles.admin.entities import EntityAdmin
from casefiles.admin.usage import link_count, pointing_filter, use_of
from casefiles.models import CaseFile, Operation, Organisation, Person


@admin.register(CaseFile)
class CaseFileAdmin(PublishableAdmin):
    publish_permission = "casefiles.publish_casefile"
    list_display = ("title", "status", "operation_count", "article_count", "modified")
    list_filter = (
        "status",
        pointing_filter(Person, "case files"),
        pointing_filter(Operation, "case files"),
    )
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
class OperationAdmin(EntityAdmin):
    list_display = (
        "name",
        "kind",
        "force",
        "area",
        "started_on",
        "ended_on",
        "follows",
        "mentions",
        "review_status",
    )
    list_filter = (
        "kind",
        ("force", admin.RelatedOnlyFieldListFilter),
        *EntityAdmin.entity_filters,
    )
    list_select_related = ("force", "follows")
    search_fields = ("name", "aliases", "area")
    date_hierarchy = "started_on"
    autocomplete_fields = ("force", "follows")
    belongs_to = "force"
    readonly_fields = (*EntityAdmin.review_fields, "created", "modified")
    fieldsets = (
        (None, {"fields": ("name", "slug", "kind", "aliases")}),
        (
            "Where and when",
            {"fields": ("force", "area", ("started_on", "ended_on"), "dates_note")},
        ),
        ("For readers", {"fields": ("summary", "follows")}),
        EntityAdmin.review_fieldset,
        ("Record", {"fields": (("created", "modified"),), "classes": ("collapse",)}),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("force", "follows")

    @admin.display(description="mentions", ordering="mentions_total")
    def mentions(self, obj):
        return link_count(use_of(Operation, "mentions"), obj)


@admin.register(Person)
class PersonAdmin(EntityAdmin):
    public_permission = "casefiles.make_person_public"
    list_display = (
        "name",
        "kind",
        "organisation",
        "appearances",
        "quotes",
        "needs_care",
        "review_status",
    )
    list_filter = (
        "kind",
        ("organisation", admin.RelatedOnlyFieldListFilter),
        "made_public",
        *EntityAdmin.entity_filters,
    )
    list_select_related = ("organisation",)
    search_fields = ("name", "aliases", "slug")
    autocomplete_fields = ("organisation",)
    belongs_to = "organisation"
    readonly_fields = ("reader_page", *EntityAdmin.review_fields, "created", "modified")
    fieldsets = (
        (None, {"fields": ("name", "slug", "kind", "organisation", "aliases")}),
        (
            "Before naming them",
            {
                "fields": ("sensitivity_note", "made_public", "reader_page"),
                "description": "Members of the public, defendants and victims are private "
                "individuals: read this before naming them again. Only an editor can give a "
                "victim or a member of the public a public page.",
            },
        ),
        EntityAdmin.review_fieldset,
        ("Newsroom", {"fields": ("notes",)}),
        ("Record", {"fields": (("created", "modified"),), "classes": ("collapse",)}),
    )

    def may_make_public(self, request):
        return request.user.has_perm(self.public_permission)

    def get_readonly_fields(self, request, obj=None):
        fields = super().get_readonly_fields(request, obj)
        if not self.may_make_public(request):
            fields = (*fields, "made_public")
        return fields

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("organisation")

    def save_model(self, request, obj, form, change):
        """Keep "public page" as stored unless the user may change it.

        The read-only field keeps a journalist from ticking it on the form, but History → Revert
        saves a past version, "public page" and all."""
        if not self.may_make_public(request):
            stored = Person.objects.filter(pk=obj.pk).values_list("made_public", flat=True)
            current = bool(stored.first()) if change else False
            if obj.made_public != current:
                obj.made_public = current
                self.message_user(
                    request,
                    "“Public page” stays as it was: only an editor can change it.",
                    messages.WARNING,
                )
        super().save_model(request, obj, form, change)

    @admin.display(description="on the reader pages")
    def reader_page(self, obj):
        if obj.pk is None:
            return "Shown once the person is saved."
        return obj.why_not_public or "Readers can look them up once a published article names them."

    @admin.display(description="appearances", ordering="appearances_total")
    def appearances(self, obj):
        return link_count(use_of(Person, "appearances"), obj)

    @admin.display(description="quotes", ordering="quotes_total")
    def quotes(self, obj):
        return link_count(use_of(Person, "quotes"), obj)

    @admin.display(description="sensitivity note", boolean=True)
    def needs_care(self, obj):
        return bool(obj.sensitivity_note)


@admin.register(Organisation)
class OrganisationAdmin(EntityAdmin):
    list_display = ("name", "kind", "parent", "people", "website", "review_status")
    list_filter = ("kind", *EntityAdmin.entity_filters)
    list_select_related = ("parent",)
    search_fields = ("name", "aliases")
    autocomplete_fields = ("parent",)
    belongs_to = "parent"
    readonly_fields = (*EntityAdmin.review_fields, "created", "modified")
    fieldsets = (
        (None, {"fields": ("name", "slug", "kind", "parent", "aliases", "website")}),
        EntityAdmin.review_fieldset,
        ("Record", {"fields": (("created", "modified"),), "classes": ("collapse",)}),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("parent")

    @admin.display(description="people", ordering="people_total")
    def people(self, obj):
        return link_count(use_of(Organisation, "people"), obj)
