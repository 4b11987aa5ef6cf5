"""Downloads of each list as CSV or JSON, with the list's filters applied.

The quotes, figures and articles are read as `export_rows` reads them (plain values in
chunks, a fixed number of queries per thousand rows); the shorter lists read their records
as the pages do.
"""

from django.http import Http404

from articles.models import Article
from casefiles.exports import export_records, export_response
from casefiles.filters import (
    ArticleFilter,
    OperationFilter,
    OutcomeFilter,
    PersonFilter,
    QuoteFilter,
)
from casefiles.jsonld import absolute_url
from casefiles.models import CaseFile, Operation, Organisation, Outcome, Person, Quote
from casefiles.views.common import filtered
from casefiles.views.export_rows import (
    ARTICLE_HEADERS,
    OUTCOME_HEADERS,
    QUOTE_HEADERS,
    article_records,
    outcome_records,
    quote_records,
)


def _export(rows, columns, fmt, filename):
    try:
        return export_response(rows, columns, fmt, filename)
    except ValueError as exc:
        raise Http404(f"No export as {fmt}.") from exc


def _export_records(chunks, headers, fmt, filename):
    try:
        return export_records(chunks, headers, fmt, filename)
    except ValueError as exc:
        raise Http404(f"No export as {fmt}.") from exc


def _name(obj):
    return obj.name if obj else ""


def _narrowed(filterset):
    """Whether the request's filters pick out part of the list, which `in_chunks` reads by id
    (a whole list is read faster by one cursor). For the quotes only: the figures and
    articles of an operation measured no faster by id."""
    return filterset.is_bound and any(
        value not in (None, "", [], ()) for value in filterset.form.cleaned_data.values()
    )


def quote_export(request, fmt):
    queryset = Quote.objects.visible_to(request.user).newest_first()
    filterset, rows = filtered(request, QuoteFilter, queryset, for_page=False)
    records = quote_records(rows, request.user, by_id=_narrowed(filterset))
    return _export_records(records, QUOTE_HEADERS, fmt, "quotes")


def outcome_export(request, fmt):
    queryset = Outcome.objects.visible_to(request.user).newest_first()
    _, rows = filtered(request, OutcomeFilter, queryset, for_page=False)
    return _export_records(outcome_records(rows, request.user), OUTCOME_HEADERS, fmt, "outcomes")


def article_export(request, fmt):
    queryset = Article.objects.visible_to(request.user).newest_first()
    _, rows = filtered(request, ArticleFilter, queryset, for_page=False)
    return _export_records(article_records(rows), ARTICLE_HEADERS, fmt, "articles")


def casefile_export(request, fmt):
    rows = CaseFile.objects.visible_to(request.user).with_counts(request.user)
    columns = [
        ("id", lambda c: c.pk),
        ("title", lambda c: c.title),
        ("summary", lambda c: c.summary),
        ("operations", lambda c: c.operation_count),
        ("articles", lambda c: c.article_count),
        ("url", lambda c: absolute_url(c.get_absolute_url())),
    ]
    return _export(rows, columns, fmt, "casefiles")


def operation_export(request, fmt):
    columns = [
        ("id", lambda o: o.pk),
        ("name", lambda o: o.name),
        ("kind", lambda o: o.kind),
        ("aliases", lambda o: "; ".join(o.aliases)),
        ("force", lambda o: _name(o.force)),
        ("area", lambda o: o.area),
        ("started_on", lambda o: o.started_on),
        ("ended_on", lambda o: o.ended_on),
        ("url", lambda o: absolute_url(o.get_absolute_url())),
    ]
    queryset = Operation.objects.for_reader(request.user)
    _, rows = filtered(request, OperationFilter, queryset, for_page=False)
    return _export(rows, columns, fmt, "operations")


def person_export(request, fmt):
    columns = [
        ("id", lambda p: p.pk),
        ("name", lambda p: p.name),
        ("kind", lambda p: p.kind),
        ("organisation", lambda p: _name(p.organisation)),
        ("url", lambda p: absolute_url(p.get_absolute_url())),
    ]
    queryset = Person.objects.for_reader(request.user)
    _, rows = filtered(request, PersonFilter, queryset, for_page=False)
    return _export(rows, columns, fmt, "people")


def organisation_export(request, fmt):
    columns = [
        ("id", lambda o: o.pk),
        ("name", lambda o: o.name),
        ("kind", lambda o: o.kind),
        ("aliases", lambda o: "; ".join(o.aliases)),
        ("part_of", lambda o: _name(o.parent)),
        ("website", lambda o: o.website),
        ("url", lambda o: absolute_url(o.get_absolute_url())),
    ]
    return _export(Organisation.objects.for_reader(request.user), columns, fmt, "organisations")
