"""Articles: the list and an article's page, its text marked with what was found in it."""

from django.shortcuts import get_object_or_404, redirect, render

from articles.models import Article
from casefiles import jsonld, selectors
from casefiles.filters import ArticleFilter
from casefiles.highlight import Span
from casefiles.models import Appearance, CaseFile, OperationMention, Outcome, Quote, ReviewStatus
from casefiles.views.common import absolute, distinct, filtered, page_of


def article_list(request):
    queryset = Article.objects.for_reader(request.user).with_quote_count(request.user)
    filterset, rows = filtered(request, ArticleFilter, queryset)
    return render(
        request,
        "articles/article_list.html",
        {"filterset": filterset, "page_obj": page_of(request, rows)},
    )


def _classes(record):
    # Records a journalist rejected are struck through for staff (readers never get them).
    return "hl-rejected" if record.review_status == ReviewStatus.REJECTED else ""


def _quote_span(quote):
    who = quote.speaker.name if quote.speaker else "unattributed"
    return Span(
        quote.start,
        quote.end,
        "quote",
        anchor=quote.anchor,
        label=f"Quote: {who}",
        classes=_classes(quote),
    )


def _person_span(appearance):
    person = appearance.person
    return Span(
        appearance.start,
        appearance.end,
        "person",
        url=person.get_absolute_url(),
        label=person.name,
        classes=_classes(appearance),
    )


def _operation_span(mention):
    operation = mention.operation
    return Span(
        mention.start,
        mention.end,
        "operation",
        url=operation.get_absolute_url(),
        label=operation.name,
        classes=_classes(mention),
    )


def _outcome_span(outcome):
    return Span(
        outcome.start,
        outcome.end,
        "outcome",
        url=outcome.operation.get_absolute_url() if outcome.operation else "",
        anchor=f"outcome-{outcome.pk}",
        label=f"{outcome.display_value} {outcome.metric}",
        classes=_classes(outcome),
    )


def _anchored(records):
    # A record whose passage a re-import could not find (staff still see it listed) keeps
    # offsets that now hold other words: it is not marked anywhere in the text.
    return [record for record in records if not record.passage_missing]


def spans(appearances, mentions, quotes, outcomes):
    """Highlights for the article body, one for each record still anchored in it."""
    return [
        *map(_quote_span, _anchored(quotes)),
        *map(_person_span, _anchored(appearances)),
        *map(_operation_span, _anchored(mentions)),
        *map(_outcome_span, _anchored(outcomes)),
    ]


def article_detail(request, pk, slug):
    user = request.user
    article = get_object_or_404(Article.objects.for_reader(user), pk=pk)
    if slug != article.slug:
        return redirect(article, permanent=True)
    appearances = list(
        Appearance.objects.visible_to(user)
        .in_article(article)
        .select_related("person", "organisation")
    )
    mentions = list(
        OperationMention.objects.visible_to(user).in_article(article).select_related("operation")
    )
    quotes = list(Quote.objects.for_reader(user).in_article(article))
    outcomes = list(Outcome.objects.for_reader(user).in_article(article))
    ld = jsonld.graph(
        jsonld.news_article(article, absolute(request)),
        *(jsonld.quotation(q, absolute(request)) for q in quotes),
    )
    return render(
        request,
        "articles/article_detail.html",
        {
            "article": article,
            "paragraphs": selectors.article_text(
                article.body, spans(appearances, mentions, quotes, outcomes)
            ),
            # One line per person: the first credit the article prints for them.
            "credits": list({a.person_id: a for a in reversed(appearances)}.values())[::-1],
            "operations": distinct(m.operation for m in mentions),
            "quotes": quotes,
            "outcomes": outcomes,
            "casefiles": list(CaseFile.objects.visible_to(user).filter(articles=article)),
            "jsonld": ld,
            "is_draft": not article.is_published,
        },
    )
