"""Downloads of each list as CSV or JSON, with the list's filters applied."""

from django.http import Http404

from articles.models import Article
from casefiles.exports import export_response
from casefiles.filters import ArticleFilter, OutcomeFilter, QuoteFilter
from casefiles.jsonld import absolute_url
from casefiles.models import CaseFile, Operation, Organisation, Outcome, Person, Quote
from casefiles.views.common import filtered


def _export(rows, columns, fmt, filename):
    try:
        return export_response(rows, columns, fmt, filename)
    except ValueError as exc:
        raise Http404(f"No export as {fmt}.") from exc


def _date(article):
    return article.published_at.date().isoformat() if article.published_at else ""


def _names(related):
    return "; ".join(obj.name for obj in related.all())


def _name(obj):
    return obj.name if obj else ""


def quote_export(request, fmt):
    queryset = Quote.objects.for_reader(request.user).newest_first()
    _, rows = filtered(request, QuoteFilter, queryset, for_page=False)
    columns = [
        ("id", lambda q: q.pk),
        ("text", lambda q: q.text),
        ("speaker", lambda q: q.speaker_name),
        ("speaker_rank", lambda q: q.speaker_rank or ""),
        ("speaker_role", lambda q: q.speaker_role or ""),
        ("operations", lambda q: _names(q.operations)),
        ("article", lambda q: q.article.headline),
        ("publication", lambda q: _name(q.article.publication)),
        ("published", lambda q: _date(q.article)),
        ("review", lambda q: q.review_status),
        ("url", lambda q: absolute_url(q.get_passage_url())),
    ]
    return _export(rows, columns, fmt, "quotes")


def outcome_export(request, fmt):
    queryset = Outcome.objects.for_reader(request.user).newest_first()
    _, rows = filtered(request, OutcomeFilter, queryset, for_page=False)
    columns = [
        ("id", lambda o: o.pk),
        ("metric", lambda o: o.metric),
        ("value", lambda o: o.value),
        ("value_max", lambda o: o.value_max),
        ("unit", lambda o: o.unit),
        ("qualifier", lambda o: o.qualifier),
        ("figure", lambda o: o.display_value),
        ("period", lambda o: o.period),
        ("operation", lambda o: _name(o.operation)),
        ("organisation", lambda o: _name(o.organisation)),
        ("text", lambda o: o.text),
        ("article", lambda o: o.article.headline),
        ("published", lambda o: _date(o.article)),
        ("review", lambda o: o.review_status),
        ("url", lambda o: absolute_url(o.get_absolute_url())),
    ]
    return _export(rows, columns, fmt, "outcomes")


def article_export(request, fmt):
    queryset = Article.objects.for_reader(request.user).newest_first()
    _, rows = filtered(request, ArticleFilter, queryset, for_page=False)
    columns = [
        ("id", lambda a: a.pk),
        ("headline", lambda a: a.headline),
        ("publication", lambda a: _name(a.publication)),
        ("published", _date),
        ("byline", lambda a: a.byline),
        ("source_url", lambda a: a.source_url),
        ("url", lambda a: absolute_url(a.get_absolute_url())),
    ]
    return _export(rows, columns, fmt, "articles")


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
    return _export(Operation.objects.for_reader(request.user), columns, fmt, "operations")


def person_export(request, fmt):
    columns = [
        ("id", lambda p: p.pk),
        ("name", lambda p: p.name),
        ("kind", lambda p: p.kind),
        ("organisation", lambda p: _name(p.organisation)),
        ("url", lambda p: absolute_url(p.get_absolute_url())),
    ]
    return _export(Person.objects.for_reader(request.user), columns, fmt, "people")


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
