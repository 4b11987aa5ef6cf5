"""Operations: the list and an operation's page."""

from django.db.models import Exists, OuterRef, Q
from django.shortcuts import get_object_or_404, render

from articles.models import Article
from casefiles import selectors
from casefiles.models import CaseFile, Operation, OperationMention, Outcome, Quote
from casefiles.reads import is_staff
from casefiles.views.common import distinct, follows_former_slugs, other_names, page_of


def operation_list(request):
    rows = Operation.objects.for_reader(request.user).with_counts(request.user)
    return render(request, "casefiles/operation_list.html", {"page_obj": page_of(request, rows)})


@follows_former_slugs(Operation)
def operation_detail(request, slug):
    """An operation, with the figures credited to it, and those credited to its own team (see
    `Operation.team`) and to no operation."""
    user = request.user
    operation = get_object_or_404(Operation.objects.for_reader(user), slug=slug)
    neighbours = list(Operation.objects.visible_to(user).next_to(operation).in_reading_order())
    previous = next((op for op in neighbours if op.pk == operation.follows_id), None)
    later = [op for op in neighbours if op.follows_id == operation.pk and op is not previous]
    quotes = list(Quote.objects.for_reader(user).about(operation).in_reading_order())
    team = operation.team(user)
    credited = Q(operation=operation) | Q(operation__isnull=True, organisation__in=team)
    outcomes = list(Outcome.objects.for_reader(user).filter(credited).in_reading_order())
    # The quotes and figures already read name most of the articles; only the mentions are left
    # to ask the database about.
    mentioned = OperationMention.objects.visible_to(user).filter(
        article=OuterRef("pk"), operation=operation
    )
    cited = {record.article_id for record in [*quotes, *outcomes]}
    articles = Article.objects.for_reader(user).filter(Q(pk__in=cited) | Q(Exists(mentioned)))
    return render(
        request,
        "casefiles/operation_detail.html",
        {
            "operation": operation,
            "other_names": other_names(operation),
            "team": team,
            "previous": previous,
            "later": later,
            "quotes": quotes,
            "speakers": sorted(distinct(q.speaker for q in quotes), key=lambda p: p.name),
            "outcomes": outcomes,
            "articles": list(articles),
            "casefiles": list(CaseFile.objects.visible_to(user).filter(operations=operation)),
            "charts": selectors.outcome_charts(
                outcomes, chart_id="operation-chart", subject=operation
            ),
            "is_draft": is_staff(user) and Operation.objects.hidden_from_readers(operation),
        },
    )
