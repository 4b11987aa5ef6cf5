from django.contrib import admin
from django.urls import include, path, register_converter

from casefiles import views
from casefiles.caching import cache_for_readers as cached
from casefiles.filters import (
    ArticleFilter,
    OperationFilter,
    OutcomeFilter,
    PersonFilter,
    QuoteFilter,
)


class ExportFormat:
    """The file formats a list can be downloaded in: /quotes/export.csv, /quotes/export.json."""

    regex = "csv|json"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(ExportFormat, "export")

# What each cached list reads from its query: its filters and its page number.
LIST = ["page"]

casefiles_patterns = [
    path("", cached(views.home, reads=["q"]), name="home"),
    path("search/", cached(views.search, reads=["q", "kind", "page"]), name="search"),
    path("cases/", cached(views.casefile_list, reads=LIST), name="casefile-list"),
    path("cases/export.<export:fmt>", views.casefile_export, name="casefile-export"),
    path(
        "cases/<slug:slug>/",
        cached(views.casefile_detail, record="casefile"),
        name="casefile-detail",
    ),
    path(
        "operations/",
        cached(views.operation_list, reads=[*LIST, OperationFilter]),
        name="operation-list",
    ),
    path("operations/export.<export:fmt>", views.operation_export, name="operation-export"),
    path(
        "operations/<slug:slug>/",
        cached(views.operation_detail, record="operation"),
        name="operation-detail",
    ),
    path("people/", cached(views.person_list, reads=[*LIST, PersonFilter]), name="person-list"),
    path("people/export.<export:fmt>", views.person_export, name="person-export"),
    path("people/<slug:slug>/", cached(views.person_detail, record="person"), name="person-detail"),
    path("organisations/", cached(views.organisation_list, reads=LIST), name="organisation-list"),
    path(
        "organisations/export.<export:fmt>",
        views.organisation_export,
        name="organisation-export",
    ),
    path(
        "organisations/<slug:slug>/",
        cached(views.organisation_detail, record="organisation"),
        name="organisation-detail",
    ),
    path(
        "articles/", cached(views.article_list, reads=[*LIST, ArticleFilter]), name="article-list"
    ),
    path("articles/export.<export:fmt>", views.article_export, name="article-export"),
    path(
        "articles/<int:pk>/<slug:slug>/",
        cached(views.article_detail, reads=["part"], record="article"),
        name="article-detail",
    ),
    # An article's number alone, as a reader may type or cite it: sent on to its full address.
    path("articles/<int:pk>/", views.article_detail, {"slug": None}),
    path("quotes/", cached(views.quote_list, reads=[*LIST, QuoteFilter]), name="quote-list"),
    path("quotes/export.<export:fmt>", views.quote_export, name="quote-export"),
    path("quotes/<int:pk>/", cached(views.quote_detail), name="quote-detail"),
    path("pick/people/", cached(views.pick_people, reads=["q"]), name="pick-people"),
    path("pick/operations/", cached(views.pick_operations, reads=["q"]), name="pick-operations"),
    path(
        "pick/organisations/",
        cached(views.pick_organisations, reads=["q"]),
        name="pick-organisations",
    ),
    path(
        "outcomes/", cached(views.outcome_list, reads=[*LIST, OutcomeFilter]), name="outcome-list"
    ),
    path("outcomes/export.<export:fmt>", views.outcome_export, name="outcome-export"),
]

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include((casefiles_patterns, "casefiles"))),
]
