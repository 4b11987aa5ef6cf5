"""Case files: the list and a case file's page."""

from collections import defaultdict
from dataclasses import dataclass

from django.shortcuts import get_object_or_404, render

from articles.models import Article
from casefiles import selectors
from casefiles.models import CaseFile, Operation, Outcome, Person, Quote
from casefiles.views.common import follows_former_slugs, page_of


def casefile_list(request):
    rows = CaseFile.objects.visible_to(request.user).with_counts(request.user)
    return render(request, "casefiles/casefile_list.html", {"page_obj": page_of(request, rows)})


@dataclass(frozen=True)
class Speaker:
    """A group's heading: the speaker's name, and their page where the reader may see it."""

    name: str
    url: str = ""


def by_speaker(quotes):
    """The quotes grouped by speaker, speakers by name, the unattributed last. A speaker whose
    page the reader may not see heads their group by the name as printed, unlinked."""
    groups, speakers = defaultdict(list), {}
    for quote in quotes:
        name = quote.speaker_name
        key = quote.speaker_id if name else None
        if key not in speakers:
            url = quote.speaker.get_absolute_url() if quote.speaker else ""
            speakers[key] = Speaker(name, url) if name else None
        groups[key].append(quote)
    return sorted(
        ((speakers[key], group) for key, group in groups.items()),
        key=lambda item: (item[0] is None, item[0].name if item[0] else ""),
    )


def phases_with_figures(chains, outcomes):
    """Each chain of phases with, for each phase, the latest figures credited to it."""
    by_operation = defaultdict(list)
    for outcome in outcomes:
        if outcome.operation:
            by_operation[outcome.operation.pk].append(outcome)
    return [
        [(op, selectors.latest_figures(by_operation[op.pk])) for op in chain] for chain in chains
    ]


@follows_former_slugs(CaseFile)
def casefile_detail(request, slug):
    user = request.user
    casefile = get_object_or_404(CaseFile.objects.visible_to(user), slug=slug)
    chains = Operation.objects.for_reader(user).filter(casefiles=casefile).phase_chains()
    articles = list(Article.objects.for_reader(user).filter(casefiles=casefile).in_reading_order())
    people = list(Person.objects.for_reader(user).filter(casefiles=casefile))
    quotes = list(Quote.objects.for_reader(user).in_casefile(casefile).in_reading_order())
    operations = [op.pk for chain in chains for op in chain]
    outcomes = list(
        Outcome.objects.for_reader(user).in_casefile(casefile, operations).in_reading_order()
    )
    return render(
        request,
        "casefiles/casefile_detail.html",
        {
            "casefile": casefile,
            "chains": phases_with_figures(chains, outcomes),
            "articles": articles,
            "people": people,
            "quote_groups": by_speaker(quotes),
            "quote_count": len(quotes),
            "outcomes": outcomes,
            "charts": selectors.outcome_charts(
                outcomes, chart_id="casefile-chart", subject=casefile
            ),
            "is_draft": not casefile.is_published,
        },
    )
