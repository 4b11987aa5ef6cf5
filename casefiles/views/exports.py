"""Downloads of each list as CSV or JSON, with the list's filters applied.

The quotes, figures and articles may run to hundreds of thousands of rows: they are read as
plain values `in_chunks`, with the speakers, credits and operations of each chunk looked up in
one query each, so a download costs a fixed number of queries per thousand rows and builds no
model instance per row. The shorter lists read their records as the pages do.
"""

from collections import defaultdict
from operator import itemgetter

from django.http import Http404
from django.urls import reverse

from articles.models import Article
from casefiles.exports import export_response, in_chunks
from casefiles.figures import figure
from casefiles.filters import (
    ArticleFilter,
    OperationFilter,
    OutcomeFilter,
    PersonFilter,
    QuoteFilter,
)
from casefiles.jsonld import absolute_url
from casefiles.models import (
    Appearance,
    CaseFile,
    Operation,
    Organisation,
    Outcome,
    Person,
    Quote,
    ReviewStatus,
)
from casefiles.views.common import filtered


def _export(rows, columns, fmt, filename):
    try:
        return export_response(rows, columns, fmt, filename)
    except ValueError as exc:
        raise Http404(f"No export as {fmt}.") from exc


def _day(published_at):
    return published_at.date().isoformat() if published_at else ""


def _name(obj):
    return obj.name if obj else ""


def _in_order(headers):
    """Columns that read each header's value from a row given as a tuple in their order."""
    return [(header, itemgetter(n)) for n, header in enumerate(headers)]


def _article_address():
    """A function giving an article's full address from its id and slug, without a `reverse`
    for each row."""
    marker = {"pk": 987654321, "slug": "slug-marker"}
    path = reverse("casefiles:article-detail", kwargs=marker)
    template = absolute_url(path).replace("987654321", "{pk}").replace("slug-marker", "{slug}")
    return lambda pk, slug: template.format(pk=pk, slug=slug)


def _names_by_pk(model, user, pks):
    """{pk: name} of the `model` records among `pks` that `user` may see."""
    pks = {pk for pk in pks if pk is not None}
    if not pks:
        return {}
    return dict(model.objects.visible_to(user).filter(pk__in=pks).values_list("pk", "name"))


# --- Quotes -----------------------------------------------------------------------------------

QUOTE_HEADERS = [
    "id",
    "text",
    "speaker",
    "speaker_rank",
    "speaker_role",
    "operations",
    "article",
    "publication",
    "published",
    "review",
    "url",
]
QUOTE_VALUES = (
    "pk",
    "text",
    "speaker_id",
    "speaker__name",
    "speaker__review_status",
    "article_id",
    "article__slug",
    "article__headline",
    "article__publication__name",
    "article__published_at",
    "review_status",
)


def _credits(chunk):
    """{(article, person): (text, rank as printed, role)} of the first standing passage naming
    each speaker in their quote's article: the credit a quote's page prints."""
    speakers = {row["speaker_id"] for row in chunk if row["speaker_id"]}
    articles = {row["article_id"] for row in chunk if row["speaker_id"]}
    if not speakers:
        return {}
    passages = (
        Appearance.objects.standing()
        .filter(article__in=articles, person__in=speakers)
        .order_by("-start")
        .values_list("article_id", "person_id", "text", "rank_as_printed", "role")
    )
    # Read last passage first: the first of each pair overwrites the others.
    return {(article, person): rest for article, person, *rest in passages}


def _operation_names(chunk, user):
    """{quote id: "name; name"} of the operations `user` may see that each quote is about."""
    about = (
        Quote.operations.through.objects.filter(quote__in=[row["pk"] for row in chunk])
        .filter(operation__in=Operation.objects.visible_to(user))
        .order_by("operation__name")
        .values_list("quote_id", "operation__name")
    )
    names = defaultdict(list)
    for quote, name in about:
        names[quote].append(name)
    return {quote: "; ".join(found) for quote, found in names.items()}


def quote_records(quotes, user):
    """Each of `quotes` as the values of its line, in `QUOTE_HEADERS` order: the speaker as
    `Quote.speaker_name` reads (their name where `user` may see them, otherwise as printed, and
    nobody for one rejected as not a real person), with their credit in the quote's article."""
    address = _article_address()
    for chunk in in_chunks(quotes.values(*QUOTE_VALUES)):
        shown = _names_by_pk(Person, user, (row["speaker_id"] for row in chunk))
        credits = _credits(chunk)
        operations = _operation_names(chunk, user)
        for row in chunk:
            speaker = row["speaker_id"]
            printed, rank, role = credits.get((row["article_id"], speaker), (None, "", ""))
            if speaker in shown:
                name = shown[speaker]
            elif row["speaker__review_status"] == ReviewStatus.REJECTED:
                name = ""
            else:
                name = printed or row["speaker__name"] or ""
            yield (
                row["pk"],
                row["text"],
                name,
                rank,
                role,
                operations.get(row["pk"], ""),
                row["article__headline"],
                row["article__publication__name"] or "",
                _day(row["article__published_at"]),
                row["review_status"],
                f"{address(row['article_id'], row['article__slug'])}#quote-{row['pk']}",
            )


def quote_export(request, fmt):
    queryset = Quote.objects.visible_to(request.user).newest_first()
    _, rows = filtered(request, QuoteFilter, queryset, for_page=False)
    return _export(quote_records(rows, request.user), _in_order(QUOTE_HEADERS), fmt, "quotes")


# --- Figures ----------------------------------------------------------------------------------

OUTCOME_HEADERS = [
    "id",
    "metric",
    "value",
    "value_max",
    "unit",
    "qualifier",
    "figure",
    "period",
    "operation",
    "organisation",
    "text",
    "article",
    "published",
    "review",
    "url",
]
OUTCOME_VALUES = (
    "pk",
    "metric",
    "value",
    "value_max",
    "unit",
    "qualifier",
    "period",
    "operation_id",
    "organisation_id",
    "text",
    "article_id",
    "article__slug",
    "article__headline",
    "article__published_at",
    "review_status",
)


def outcome_records(outcomes, user):
    """Each of `outcomes` as the values of its line, in `OUTCOME_HEADERS` order, credited to
    what `user` may see."""
    address = _article_address()
    for chunk in in_chunks(outcomes.values(*OUTCOME_VALUES)):
        operations = _names_by_pk(Operation, user, (row["operation_id"] for row in chunk))
        organisations = _names_by_pk(Organisation, user, (row["organisation_id"] for row in chunk))
        for row in chunk:
            value, value_max = row["value"], row["value_max"]
            yield (
                row["pk"],
                row["metric"],
                value,
                value_max,
                row["unit"],
                row["qualifier"],
                figure(value, value_max, row["unit"], row["qualifier"]),
                row["period"],
                operations.get(row["operation_id"], ""),
                organisations.get(row["organisation_id"], ""),
                row["text"],
                row["article__headline"],
                _day(row["article__published_at"]),
                row["review_status"],
                f"{address(row['article_id'], row['article__slug'])}#outcome-{row['pk']}",
            )


def outcome_export(request, fmt):
    queryset = Outcome.objects.visible_to(request.user).newest_first()
    _, rows = filtered(request, OutcomeFilter, queryset, for_page=False)
    return _export(outcome_records(rows, request.user), _in_order(OUTCOME_HEADERS), fmt, "outcomes")


# --- Articles and the shorter lists -----------------------------------------------------------

ARTICLE_HEADERS = ["id", "headline", "publication", "published", "byline", "source_url", "url"]


def article_records(articles):
    address = _article_address()
    values = ("pk", "slug", "headline", "publication__name", "published_at", "byline")
    for chunk in in_chunks(articles.values(*values, "source_url")):
        for row in chunk:
            yield (
                row["pk"],
                row["headline"],
                row["publication__name"] or "",
                _day(row["published_at"]),
                row["byline"],
                row["source_url"],
                address(row["pk"], row["slug"]),
            )


def article_export(request, fmt):
    queryset = Article.objects.visible_to(request.user).newest_first()
    _, rows = filtered(request, ArticleFilter, queryset, for_page=False)
    return _export(article_records(rows), _in_order(ARTICLE_HEADERS), fmt, "articles")


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
