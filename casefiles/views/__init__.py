"""Reader pages, one module per family of page: the home page and search, case files,
operations, people and organisations, articles, quotes and outcomes, and their exports.

Every read goes through a model queryset (`for_reader(user)`, `in_reading_order()` and the
like), which shows readers only what published articles support and staff everything. A page's
queries never grow with its rows: at most a fixed number, fewer where no row links to anything
that needs checking.
"""

from casefiles.views.articles import article_detail, article_list
from casefiles.views.casefiles import casefile_detail, casefile_list
from casefiles.views.exports import (
    article_export,
    casefile_export,
    operation_export,
    organisation_export,
    outcome_export,
    person_export,
    quote_export,
)
from casefiles.views.home import home, search
from casefiles.views.operations import operation_detail, operation_list
from casefiles.views.people import (
    organisation_detail,
    organisation_list,
    person_detail,
    person_list,
)
from casefiles.views.pickers import pick_operations, pick_organisations, pick_people
from casefiles.views.quotes import outcome_list, quote_detail, quote_list

__all__ = [
    "article_detail",
    "article_export",
    "article_list",
    "casefile_detail",
    "casefile_export",
    "casefile_list",
    "home",
    "operation_detail",
    "operation_export",
    "operation_list",
    "organisation_detail",
    "organisation_export",
    "organisation_list",
    "outcome_export",
    "outcome_list",
    "person_detail",
    "person_export",
    "person_list",
    "pick_operations",
    "pick_organisations",
    "pick_people",
    "quote_detail",
    "quote_export",
    "quote_list",
    "search",
]
