from django.contrib import admin
from django.urls import include, path

from casefiles import views

casefiles_patterns = [
    path("", views.home, name="home"),
    path("search/", views.search, name="search"),
    path("cases/", views.casefile_list, name="casefile-list"),
    path("cases/<slug:slug>/", views.casefile_detail, name="casefile-detail"),
    path("operations/", views.operation_list, name="operation-list"),
    path("operations/<slug:slug>/", views.operation_detail, name="operation-detail"),
    path("people/", views.person_list, name="person-list"),
    path("people/<slug:slug>/", views.person_detail, name="person-detail"),
    path("organisations/", views.organisation_list, name="organisation-list"),
    path("organisations/<slug:slug>/", views.organisation_detail, name="organisation-detail"),
    path("articles/", views.article_list, name="article-list"),
    path("articles/<int:pk>/<slug:slug>/", views.article_detail, name="article-detail"),
    path("quotes/", views.quote_list, name="quote-list"),
    path("quotes/<int:pk>/", views.quote_detail, name="quote-detail"),
    path("outcomes/", views.outcome_list, name="outcome-list"),
]

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include((casefiles_patterns, "casefiles"))),
]
