"""Quotes and outcomes: their filtered lists, and a quote's page with its passage."""

from django.shortcuts import get_object_or_404, render

from casefiles import jsonld, selectors
from casefiles.filters import OutcomeFilter, QuoteFilter
from casefiles.highlight import Span
from casefiles.models import Outcome, Quote
from casefiles.reads import is_staff
from casefiles.views.common import filtered, page_of, shown_outcomes, shown_quotes


def quote_list(request):
    queryset = Quote.objects.visible_to(request.user).newest_first()
    filterset, rows = filtered(request, QuoteFilter, queryset)
    shown = shown_quotes(request.user)
    return render(
        request,
        "casefiles/quote_list.html",
        {"filterset": filterset, "page_obj": page_of(request, rows, display=shown)},
    )


def quote_detail(request, pk):
    user = request.user
    quote = get_object_or_404(Quote.objects.for_reader(user), pk=pk)
    context = []
    # Only staff see a quote whose passage is missing, and its offsets now hold other words.
    if not quote.passage_missing:
        passage = Span(quote.start, quote.end, "quote")
        context = [
            p
            for p in selectors.article_text(quote.article.body, [passage])
            if p.end > quote.start and p.start < quote.end
        ]
    return render(
        request,
        "casefiles/quote_detail.html",
        {
            "quote": quote,
            "context_paragraphs": context,
            "jsonld": jsonld.document(jsonld.quotation(quote)),
            "is_draft": is_staff(user) and Quote.objects.hidden_from_readers(quote),
        },
    )


def outcome_list(request):
    queryset = Outcome.objects.visible_to(request.user).newest_first()
    filterset, rows = filtered(request, OutcomeFilter, queryset)
    shown = shown_outcomes(request.user)
    return render(
        request,
        "casefiles/outcome_list.html",
        {"filterset": filterset, "page_obj": page_of(request, rows, display=shown)},
    )
