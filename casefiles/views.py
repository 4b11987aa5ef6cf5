"""Reader pages: case files, operations, people, organisations, articles, quotes and outcomes.

Every read goes through a model queryset's `visible_to(user)` and `for_display(user)`, which show
readers only what published articles support and staff everything. A page's queries never grow
with its rows: at most a fixed number, fewer where no row links to anything that needs checking.
"""

from collections import defaultdict
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Exists, F, OuterRef, Prefetch, Q
from django.forms import ModelChoiceField
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from articles.models import Article
from casefiles import jsonld, selectors
from casefiles.filters import ArticleFilter, OutcomeFilter, QuoteFilter
from casefiles.forms import SearchForm
from casefiles.highlight import Span
from casefiles.models import (
    Appearance,
    CaseFile,
    Operation,
    OperationMention,
    Organisation,
    Outcome,
    Person,
    Quote,
    ReviewStatus,
)
from casefiles.selectors import count_of, is_staff

PAGE_SIZE = 20


def _absolute(request):
    return request.build_absolute_uri


def _page(request, queryset, per_page=PAGE_SIZE):
    """The requested page, its rows read here rather than from the template. A page number out
    of range gives the last page, one that is not a number the first."""
    page = Paginator(queryset, per_page).get_page(request.GET.get("page"))
    page.object_list = list(page.object_list)
    return page


def _filter(request, filterset_class, queryset, *, for_page=True):
    """The filterset for the request's query and the rows it selects: none while it is invalid,
    so a mistyped filter shows its error rather than everything."""
    filterset = filterset_class(request.GET or None, queryset=queryset, request=request)
    rows = filterset.qs if not filterset.is_bound or filterset.is_valid() else queryset.none()
    if for_page:
        # Read the options of each select here, so rendering the form runs no query.
        for field in filterset.form.fields.values():
            if isinstance(field, ModelChoiceField):
                field.widget.choices = list(field.widget.choices)
    return filterset, rows


def _not_public(queryset, obj):
    """For staff: whether readers cannot see `obj` (only drafts or rejected records support it)."""
    return not queryset.published().filter(pk=obj.pk).exists()


def _other_names(obj):
    """The aliases that read differently from the name: not the name again in other capitals."""
    aliases = obj.aliases
    if isinstance(aliases, str):  # JSON: a hand-edited row may hold one name, not a list
        aliases = [aliases]
    elif not isinstance(aliases, list):
        aliases = []
    seen = {obj.name.casefold()}
    names = []
    for alias in map(str, aliases):
        key = alias.strip().casefold()
        if key and key not in seen:
            seen.add(key)
            names.append(alias.strip())
    return names


def _quotes(user):
    return Quote.objects.visible_to(user).for_display(user)


def _outcomes(user):
    return Outcome.objects.visible_to(user).for_display(user)


def _operations(user):
    return Operation.objects.visible_to(user).for_display()


def _people(user):
    return Person.objects.visible_to(user).for_display(user)


def _organisations(user):
    return Organisation.objects.visible_to(user).for_display(user)


def _by_speaker(quotes):
    groups = defaultdict(list)
    for quote in quotes:
        groups[quote.speaker].append(quote)
    return sorted(groups.items(), key=lambda item: (item[0] is None, str(item[0] or "")))


def _by_operation(quotes):
    groups, unassigned = defaultdict(list), []
    for quote in quotes:
        operations = list(quote.operations.all())
        for operation in operations:
            groups[operation].append(quote)
        if not operations:
            unassigned.append(quote)
    ordered = sorted(groups.items(), key=lambda item: item[0].name)
    return ordered + ([(None, unassigned)] if unassigned else [])


def _unique(objects):
    return list(dict.fromkeys(obj for obj in objects if obj is not None))


# --- Home and search --------------------------------------------------------------------------


def home(request):
    query = request.GET.get("q", "").strip()
    if query:
        return redirect(f"{reverse('casefiles:search')}?{urlencode({'q': query})}")
    user = request.user
    casefiles = CaseFile.objects.visible_to(user).annotate(
        operation_count=count_of(
            Operation.objects.visible_to(user).filter(casefiles=OuterRef("pk"))
        )
    )
    operations = _operations(user).order_by(F("started_on").desc(nulls_last=True), "name")
    totals = [
        ("case files", CaseFile.objects.visible_to(user).count()),
        ("operations", Operation.objects.visible_to(user).count()),
        ("people", Person.objects.visible_to(user).count()),
        ("quotes", Quote.objects.visible_to(user).count()),
        ("articles", Article.objects.visible_to(user).count()),
    ]
    return render(
        request,
        "casefiles/home.html",
        {
            "search_form": SearchForm(auto_id="home-%s"),
            "casefiles": list(casefiles[:6]),
            "operations": list(operations[:8]),
            "articles": list(selectors.articles_for(user)[:5]),
            "figures": selectors.largest_figures(user),
            "totals": totals,
        },
    )


SEARCH_KINDS = {
    "casefile": "Case files",
    "operation": "Operations",
    "person": "People",
    "organisation": "Organisations",
    "quote": "Quotes",
    "article": "Articles",
    "outcome": "Outcomes",
}


def _run_search(query, user):
    try:
        from casefiles.search import search as run
    except ImportError:
        return []
    return run(query, user=user, limit=50)


def search(request):
    form = SearchForm(request.GET or None)
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    hits = _run_search(query, request.user) if query else []
    groups = defaultdict(list)
    for hit in hits:
        groups[hit.kind].append(hit)
    results = [
        (SEARCH_KINDS.get(kind, kind.replace("_", " ").capitalize()), kind, group)
        for kind, group in groups.items()
    ]
    return render(
        request,
        "casefiles/search.html",
        {"form": form, "query": query, "results": results, "hit_count": len(hits)},
    )


# --- Case files -------------------------------------------------------------------------------


def casefile_list(request):
    page = _page(request, _casefile_rows(request.user))
    return render(request, "casefiles/casefile_list.html", {"page_obj": page})


def _casefile_rows(user):
    return CaseFile.objects.visible_to(user).annotate(
        operation_count=count_of(
            Operation.objects.visible_to(user).filter(casefiles=OuterRef("pk"))
        ),
        article_count=count_of(Article.objects.visible_to(user).filter(casefiles=OuterRef("pk"))),
    )


def casefile_detail(request, slug):
    user = request.user
    casefile = get_object_or_404(CaseFile.objects.visible_to(user), slug=slug)
    operations = _operations(user).filter(casefiles=casefile).phase_chains()
    articles = list(
        selectors.articles_for(user)
        .filter(casefiles=casefile)
        .order_by(F("published_at").asc(nulls_last=True), "pk")
    )
    people = list(_people(user).filter(casefiles=casefile))
    quotes = list(
        _quotes(user)
        .filter(selectors.in_casefile(casefile))
        .order_by("speaker__name", F("article__published_at").asc(nulls_last=True), "start")
    )
    in_articles = CaseFile.articles.through.objects.filter(
        casefile=casefile, article=OuterRef("article")
    )
    in_operations = [op.pk for chain in operations for op in chain]
    outcomes = list(
        _outcomes(user)
        .filter(Q(operation__in=in_operations) | Q(Exists(in_articles)))
        .order_by(F("article__published_at").asc(nulls_last=True), "start")
    )
    outcomes_by_operation = defaultdict(list)
    for outcome in outcomes:
        if outcome.operation:
            outcomes_by_operation[outcome.operation.pk].append(outcome)
    chains = [
        [(op, selectors.latest_figures(outcomes_by_operation[op.pk])) for op in chain]
        for chain in operations
    ]
    return render(
        request,
        "casefiles/casefile_detail.html",
        {
            "casefile": casefile,
            "chains": chains,
            "articles": articles,
            "people": people,
            "quote_groups": _by_speaker(quotes),
            "quote_count": len(quotes),
            "outcomes": outcomes,
            "charts": selectors.outcome_charts(
                outcomes, chart_id="casefile-chart", subject=casefile
            ),
            "is_draft": not casefile.is_published,
        },
    )


# --- Operations -------------------------------------------------------------------------------


def operation_list(request):
    user = request.user
    rows = _operations(user).annotate(
        quote_count=count_of(Quote.objects.visible_to(user).filter(operations=OuterRef("pk"))),
        outcome_count=count_of(Outcome.objects.visible_to(user).filter(operation=OuterRef("pk"))),
    )
    return render(request, "casefiles/operation_list.html", {"page_obj": _page(request, rows)})


def operation_detail(request, slug):
    user = request.user
    operation = get_object_or_404(_operations(user), slug=slug)
    neighbours = list(
        Operation.objects.visible_to(user)
        .filter(Q(pk=operation.follows_id) | Q(follows=operation))
        .order_by(F("started_on").asc(nulls_last=True), "pk")
    )
    previous = next((op for op in neighbours if op.pk == operation.follows_id), None)
    later = [op for op in neighbours if op.follows_id == operation.pk and op is not previous]
    about = Quote.operations.through.objects.filter(quote=OuterRef("pk"), operation=operation)
    quotes = list(
        _quotes(user)
        .filter(Exists(about))
        .order_by(F("article__published_at").asc(nulls_last=True), "article", "start")
    )
    outcomes = list(
        _outcomes(user)
        .filter(operation=operation)
        .order_by(F("article__published_at").asc(nulls_last=True), "start")
    )
    # The quotes and figures already read name most of the articles; only the mentions are left
    # to ask the database about.
    mentioned = OperationMention.objects.visible_to(user).filter(
        article=OuterRef("pk"), operation=operation
    )
    cited = {record.article_id for record in [*quotes, *outcomes]}
    articles = list(selectors.articles_for(user).filter(Q(pk__in=cited) | Q(Exists(mentioned))))
    casefiles = list(CaseFile.objects.visible_to(user).filter(operations=operation))
    speakers = sorted(_unique(q.speaker for q in quotes), key=lambda p: p.name)
    return render(
        request,
        "casefiles/operation_detail.html",
        {
            "operation": operation,
            "other_names": _other_names(operation),
            "previous": previous,
            "later": later,
            "quotes": quotes,
            "speakers": speakers,
            "outcomes": outcomes,
            "articles": articles,
            "casefiles": casefiles,
            "charts": selectors.outcome_charts(
                outcomes, chart_id="operation-chart", subject=operation
            ),
            "is_draft": is_staff(user) and _not_public(Operation.objects, operation),
        },
    )


# --- People and organisations -----------------------------------------------------------------


def person_list(request):
    user = request.user
    rows = _people(user).annotate(
        quote_count=count_of(Quote.objects.visible_to(user).filter(speaker=OuterRef("pk")))
    )
    return render(request, "casefiles/person_list.html", {"page_obj": _page(request, rows)})


def person_detail(request, slug):
    user = request.user
    person = get_object_or_404(_people(user), slug=slug)
    appearances = list(
        Appearance.objects.visible_to(user)
        .filter(person=person)
        .select_related("organisation", "article", "article__publication")
        .order_by(F("article__published_at").asc(nulls_last=True), "article", "start")
    )
    quotes = list(
        _quotes(user)
        .filter(speaker=person)
        .order_by(F("article__published_at").asc(nulls_last=True), "article", "start")
    )
    outcomes = list(
        _outcomes(user)
        .filter(person=person)
        .order_by(F("article__published_at").asc(nulls_last=True), "start")
    )
    casefiles = list(CaseFile.objects.visible_to(user).filter(people=person))
    organisations = _unique([person.organisation, *(a.organisation for a in appearances)])
    # One line per article: the first credit it prints for them.
    credits = list({a.article_id: a for a in reversed(appearances)}.values())[::-1]
    latest = credits[-1] if credits else None
    ld = None
    if not person.is_private:
        job_title = ", ".join(filter(None, [latest.rank, latest.role])) if latest else ""
        ld = jsonld.document(
            jsonld.person(
                person, _absolute(request), job_title=job_title, organisations=organisations
            )
        )
    return render(
        request,
        "casefiles/person_detail.html",
        {
            "person": person,
            "credits": credits,
            "organisations": organisations,
            "quote_groups": _by_operation(quotes),
            "quote_count": len(quotes),
            "outcomes": outcomes,
            "casefiles": casefiles,
            "jsonld": ld,
            "staff": is_staff(user),
            "is_draft": is_staff(user) and _not_public(Person.objects, person),
        },
    )


def organisation_list(request):
    user = request.user
    rows = _organisations(user).annotate(
        operation_count=count_of(Operation.objects.visible_to(user).filter(force=OuterRef("pk"))),
        outcome_count=count_of(
            Outcome.objects.visible_to(user).filter(organisation=OuterRef("pk"))
        ),
    )
    return render(request, "casefiles/organisation_list.html", {"page_obj": _page(request, rows)})


ORGANISATION_QUOTES = 10


def organisation_detail(request, slug):
    user = request.user
    organisation = get_object_or_404(
        _organisations(user).prefetch_related(
            Prefetch("children", queryset=Organisation.objects.visible_to(user))
        ),
        slug=slug,
    )
    placed_here = Appearance.objects.visible_to(user).filter(
        person=OuterRef("pk"), organisation=organisation
    )
    people = list(
        Person.objects.visible_to(user).filter(
            Q(organisation=organisation) | Q(Exists(placed_here))
        )
    )
    operations = list(_operations(user).filter(force=organisation))
    outcomes = list(
        _outcomes(user)
        .filter(organisation=organisation)
        .order_by(F("article__published_at").asc(nulls_last=True), "start")
    )
    quotes = list(
        _quotes(user)
        .filter(selectors.speaking_for(organisation.pk))
        .order_by(F("article__published_at").desc(nulls_last=True), "start")[
            : ORGANISATION_QUOTES + 1
        ]
    )
    return render(
        request,
        "casefiles/organisation_detail.html",
        {
            "organisation": organisation,
            "other_names": _other_names(organisation),
            "people": people,
            "operations": operations,
            "outcomes": outcomes,
            "quotes": quotes[:ORGANISATION_QUOTES],
            "more_quotes": len(quotes) > ORGANISATION_QUOTES,
            "charts": selectors.outcome_charts(
                outcomes, chart_id="organisation-chart", subject=organisation
            ),
            "is_draft": is_staff(user) and _not_public(Organisation.objects, organisation),
        },
    )


# --- Articles ---------------------------------------------------------------------------------


def article_list(request):
    user = request.user
    queryset = selectors.articles_for(user).annotate(
        quote_count=count_of(Quote.objects.visible_to(user).filter(article=OuterRef("pk")))
    )
    filterset, rows = _filter(request, ArticleFilter, queryset)
    return render(
        request,
        "articles/article_list.html",
        {"filterset": filterset, "page_obj": _page(request, rows)},
    )


def _spans(appearances, mentions, quotes, outcomes):
    """Highlights for the article body; records a journalist rejected are struck through for
    staff (readers never get them)."""

    def classes(record):
        return "hl-rejected" if record.review_status == ReviewStatus.REJECTED else ""

    spans = []
    for quote in quotes:
        who = quote.speaker.name if quote.speaker else "unattributed"
        spans.append(
            Span(
                quote.start,
                quote.end,
                "quote",
                anchor=quote.anchor,
                label=f"Quote: {who}",
                classes=classes(quote),
            )
        )
    for appearance in appearances:
        spans.append(
            Span(
                appearance.start,
                appearance.end,
                "person",
                url=appearance.person.get_absolute_url(),
                label=appearance.person.name,
                classes=classes(appearance),
            )
        )
    for mention in mentions:
        spans.append(
            Span(
                mention.start,
                mention.end,
                "operation",
                url=mention.operation.get_absolute_url(),
                label=mention.operation.name,
                classes=classes(mention),
            )
        )
    for outcome in outcomes:
        spans.append(
            Span(
                outcome.start,
                outcome.end,
                "outcome",
                url=outcome.operation.get_absolute_url() if outcome.operation else "",
                anchor=f"outcome-{outcome.pk}",
                label=f"{outcome.display_value} {outcome.metric}",
                classes=classes(outcome),
            )
        )
    return spans


def article_detail(request, pk, slug):
    user = request.user
    article = get_object_or_404(selectors.articles_for(user), pk=pk)
    if slug != article.slug:
        return redirect(article, permanent=True)
    appearances = list(
        Appearance.objects.visible_to(user)
        .filter(article=article)
        .select_related("person", "organisation")
        .order_by("start")
    )
    mentions = list(
        OperationMention.objects.visible_to(user)
        .filter(article=article)
        .select_related("operation")
        .order_by("start")
    )
    quotes = list(_quotes(user).filter(article=article).order_by("start"))
    outcomes = list(_outcomes(user).filter(article=article).order_by("start"))
    casefiles = list(CaseFile.objects.visible_to(user).filter(articles=article))
    paragraphs = selectors.article_text(
        article.body, _spans(appearances, mentions, quotes, outcomes)
    )
    absolute = _absolute(request)
    ld = jsonld.graph(
        jsonld.news_article(article, absolute), *(jsonld.quotation(q, absolute) for q in quotes)
    )
    people = list({a.person_id: a for a in reversed(appearances)}.values())[::-1]
    return render(
        request,
        "articles/article_detail.html",
        {
            "article": article,
            "paragraphs": paragraphs,
            "credits": people,
            "operations": _unique(m.operation for m in mentions),
            "quotes": quotes,
            "outcomes": outcomes,
            "casefiles": casefiles,
            "jsonld": ld,
            "is_draft": not article.is_published,
        },
    )


# --- Quotes and outcomes ----------------------------------------------------------------------


def quote_list(request):
    queryset = _quotes(request.user).order_by(
        F("article__published_at").desc(nulls_last=True), "article", "start"
    )
    filterset, rows = _filter(request, QuoteFilter, queryset)
    return render(
        request,
        "casefiles/quote_list.html",
        {"filterset": filterset, "page_obj": _page(request, rows)},
    )


def quote_detail(request, pk):
    user = request.user
    quote = get_object_or_404(_quotes(user), pk=pk)
    context = [
        p
        for p in selectors.article_text(quote.article.body, [Span(quote.start, quote.end, "quote")])
        if p.end > quote.start and p.start < quote.end
    ]
    return render(
        request,
        "casefiles/quote_detail.html",
        {
            "quote": quote,
            "context_paragraphs": context,
            "jsonld": jsonld.document(jsonld.quotation(quote, _absolute(request))),
            "is_draft": is_staff(user) and _not_public(Quote.objects, quote),
        },
    )


def outcome_list(request):
    queryset = _outcomes(request.user).order_by(
        F("article__published_at").desc(nulls_last=True), "article", "start"
    )
    filterset, rows = _filter(request, OutcomeFilter, queryset)
    return render(
        request,
        "casefiles/outcome_list.html",
        {"filterset": filterset, "page_obj": _page(request, rows)},
    )


# --- Exports ----------------------------------------------------------------------------------


def _export(request, rows, columns, fmt, filename):
    try:
        from casefiles.exports import export_response
    except ImportError as exc:
        raise Http404("Exports are not available.") from exc
    try:
        return export_response(rows, columns, fmt, filename)
    except ValueError as exc:
        raise Http404(f"No export as {fmt}.") from exc


def _date(article):
    return article.published_at.date().isoformat() if article.published_at else ""


def _names(related):
    return "; ".join(obj.name for obj in related.all())


def _url(request, obj):
    return request.build_absolute_uri(obj.get_absolute_url())


def quote_export(request, fmt):
    queryset = _quotes(request.user).order_by(
        F("article__published_at").desc(nulls_last=True), "article", "start"
    )
    _, rows = _filter(request, QuoteFilter, queryset, for_page=False)
    columns = [
        ("id", lambda q: q.pk),
        ("text", lambda q: q.text),
        ("speaker", lambda q: q.speaker.name if q.speaker else ""),
        ("speaker_rank", lambda q: q.speaker_rank or ""),
        ("speaker_role", lambda q: q.speaker_role or ""),
        ("operations", lambda q: _names(q.operations)),
        ("article", lambda q: q.article.headline),
        ("publication", lambda q: q.article.publication.name if q.article.publication else ""),
        ("published", lambda q: _date(q.article)),
        ("review", lambda q: q.review_status),
        ("url", lambda q: request.build_absolute_uri(q.get_passage_url())),
    ]
    return _export(request, rows, columns, fmt, "quotes")


def outcome_export(request, fmt):
    queryset = _outcomes(request.user).order_by(
        F("article__published_at").desc(nulls_last=True), "article", "start"
    )
    _, rows = _filter(request, OutcomeFilter, queryset, for_page=False)
    columns = [
        ("id", lambda o: o.pk),
        ("metric", lambda o: o.metric),
        ("value", lambda o: o.value),
        ("value_max", lambda o: o.value_max),
        ("unit", lambda o: o.unit),
        ("qualifier", lambda o: o.qualifier),
        ("period", lambda o: o.period),
        ("operation", lambda o: o.operation.name if o.operation else ""),
        ("organisation", lambda o: o.organisation.name if o.organisation else ""),
        ("text", lambda o: o.text),
        ("article", lambda o: o.article.headline),
        ("published", lambda o: _date(o.article)),
        ("review", lambda o: o.review_status),
        ("url", lambda o: request.build_absolute_uri(o.get_absolute_url())),
    ]
    return _export(request, rows, columns, fmt, "outcomes")


def article_export(request, fmt):
    _, rows = _filter(request, ArticleFilter, selectors.articles_for(request.user), for_page=False)
    columns = [
        ("id", lambda a: a.pk),
        ("headline", lambda a: a.headline),
        ("publication", lambda a: a.publication.name if a.publication else ""),
        ("published", _date),
        ("byline", lambda a: a.byline),
        ("source_url", lambda a: a.source_url),
        ("url", lambda a: _url(request, a)),
    ]
    return _export(request, rows, columns, fmt, "articles")


def casefile_export(request, fmt):
    columns = [
        ("id", lambda c: c.pk),
        ("title", lambda c: c.title),
        ("summary", lambda c: c.summary),
        ("operations", lambda c: c.operation_count),
        ("articles", lambda c: c.article_count),
        ("url", lambda c: _url(request, c)),
    ]
    return _export(request, _casefile_rows(request.user), columns, fmt, "casefiles")


def operation_export(request, fmt):
    columns = [
        ("id", lambda o: o.pk),
        ("name", lambda o: o.name),
        ("kind", lambda o: o.kind),
        ("aliases", lambda o: "; ".join(o.aliases)),
        ("force", lambda o: o.force.name if o.force else ""),
        ("area", lambda o: o.area),
        ("started_on", lambda o: o.started_on),
        ("ended_on", lambda o: o.ended_on),
        ("url", lambda o: _url(request, o)),
    ]
    return _export(request, _operations(request.user), columns, fmt, "operations")


def person_export(request, fmt):
    columns = [
        ("id", lambda p: p.pk),
        ("name", lambda p: p.name),
        ("kind", lambda p: p.kind),
        ("organisation", lambda p: p.organisation.name if p.organisation else ""),
        ("url", lambda p: _url(request, p)),
    ]
    return _export(request, _people(request.user), columns, fmt, "people")


def organisation_export(request, fmt):
    columns = [
        ("id", lambda o: o.pk),
        ("name", lambda o: o.name),
        ("kind", lambda o: o.kind),
        ("aliases", lambda o: "; ".join(o.aliases)),
        ("part_of", lambda o: o.parent.name if o.parent else ""),
        ("website", lambda o: o.website),
        ("url", lambda o: _url(request, o)),
    ]
    return _export(request, _organisations(request.user), columns, fmt, "organisations")
