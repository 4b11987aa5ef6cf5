"""Operations: the list and an operation's page.

An operation may run for years and be named in thousands of articles: its page shows the
newest few of each section (quotes, figures, articles) with a link to the list of all of them,
and charts the latest figures as the database picks them (`selectors.latest_figure_ids`).
"""

from django.db.models import Count
from django.shortcuts import get_object_or_404, render

from articles.models import Article
from casefiles import selectors
from casefiles.filters import OperationFilter
from casefiles.models import CaseFile, Operation, Outcome, Person, Quote
from casefiles.reads import is_staff
from casefiles.tallies import rows as tallied
from casefiles.views.common import (
    SHOWN,
    filtered,
    follows_former_slugs,
    list_url,
    other_names,
    page_of,
    section,
    shown_articles,
    shown_outcomes,
    shown_quotes,
)

# The people most often quoted about it, named at the head of its quotes.
SPEAKERS = 12


def operation_list(request):
    user = request.user
    filterset, rows = filtered(request, OperationFilter, Operation.objects.visible_to(user))
    shown = Operation.objects.for_display(user).with_counts(user)
    return render(
        request,
        "casefiles/operation_list.html",
        {"filterset": filterset, "page_obj": page_of(request, rows, display=shown)},
    )


def top_speakers(quotes, user, most=SPEAKERS):
    """The people `user` may see who said most of `quotes`, most first."""
    counts = dict(
        tallied(
            quotes.exclude(speaker=None)
            .order_by()
            .values("speaker")
            .annotate(n=Count("pk"))
            .order_by("-n", "speaker")
            .values_list("speaker", "n")[: most * 2]
        )
    )
    people = Person.objects.visible_to(user).in_bulk(counts)
    return [people[pk] for pk in counts if pk in people][:most]


@follows_former_slugs(Operation)
def operation_detail(request, slug):
    """An operation, with the figures credited to it, and those credited to its own team (see
    `Operation.team`) and to no operation."""
    user = request.user
    operation = get_object_or_404(Operation.objects.for_reader(user), slug=slug)
    neighbours = list(Operation.objects.visible_to(user).next_to(operation).in_reading_order())
    previous = next((op for op in neighbours if op.pk == operation.follows_id), None)
    later = [op for op in neighbours if op.follows_id == operation.pk and op is not previous]
    quotes = Quote.objects.visible_to(user).about(operation)
    team = operation.team(user)
    outcomes = Outcome.objects.visible_to(user).credited_to(operation, team)
    charted = selectors.charted(outcomes, user)
    return render(
        request,
        "casefiles/operation_detail.html",
        {
            "operation": operation,
            "other_names": other_names(operation),
            "team": team,
            "previous": previous,
            "later": later,
            "quotes": section(
                quotes.newest_first(),
                list_url("quote-list", operation=slug),
                display=shown_quotes(user),
            ),
            "speakers": top_speakers(quotes, user),
            "outcomes": section(
                outcomes.newest_first(),
                list_url("outcome-list", operation=slug),
                shown=2 * SHOWN,
                # Its own page names the operation: no link to fetch for it.
                display=shown_outcomes(user, credits=("organisation", "person")),
            ),
            "articles": section(
                Article.objects.visible_to(user).about(operation, user).newest_first(),
                list_url("article-list", operation=slug),
                shown=2 * SHOWN,
                display=shown_articles(user),
            ),
            "casefiles": list(
                CaseFile.objects.visible_to(user).filter(operations=operation)[:SHOWN]
            ),
            "charts": selectors.outcome_charts(
                list(charted), chart_id="operation-chart", subject=operation
            ),
            "is_draft": is_staff(user) and Operation.objects.hidden_from_readers(operation),
        },
    )
