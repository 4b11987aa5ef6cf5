"""Case files: the list and a case file's page.

A case file may follow an operation named in thousands of articles: its page shows the newest
few quotes, figures and sources with a link to the lists of all of them, and charts the latest
figures as the database picks them.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Count, F
from django.shortcuts import get_object_or_404, render

from articles.models import Article
from casefiles import selectors
from casefiles.models import CaseFile, Operation, Outcome, Person, Quote
from casefiles.tallies import count
from casefiles.tallies import rows as tallied
from casefiles.views.common import (
    SHOWN,
    Section,
    follows_former_slugs,
    list_url,
    page_of,
    picked,
    read_together,
    section,
    shown_articles,
    shown_outcomes,
    shown_quotes,
)

# The most operations a case file's timeline shows.
OPERATIONS = 50


def casefile_list(request):
    rows = CaseFile.objects.visible_to(request.user).with_counts(request.user)
    return render(request, "casefiles/casefile_list.html", {"page_obj": page_of(request, rows)})


@dataclass(frozen=True)
class Speaker:
    """A group's heading: the speaker's name, and their page where the reader may see it."""

    name: str
    url: str = ""
    count: int = 0


def by_speaker(quotes, counts):
    """The quotes grouped by speaker, speakers by name, the unattributed last, each with how
    many quotes they have in all (`counts`, by speaker id). A speaker whose page the reader may
    not see heads their group by the name as printed, unlinked."""
    groups, speakers = defaultdict(list), {}
    for quote in quotes:
        name = quote.speaker_name
        key = quote.speaker_id if name else None
        if key not in speakers:
            url = quote.speaker.get_absolute_url() if quote.speaker else ""
            speakers[key] = Speaker(name, url, counts.get(key, 0)) if name else None
        groups[key].append(quote)
    return sorted(
        ((speakers[key], group) for key, group in groups.items()),
        key=lambda item: (item[0] is None, item[0].name if item[0] else ""),
    )


def phases_with_figures(chains, figures):
    """Each chain of phases with, for each phase, the latest figures credited to it (of
    `figures`, what `selectors.latest_figure_ids` picked)."""
    by_operation = defaultdict(list)
    for outcome in figures:
        if outcome.operation:
            by_operation[outcome.operation.pk].append(outcome)
    return [
        [(op, selectors.latest_figures(by_operation[op.pk])) for op in chain] for chain in chains
    ]


def speaker_counts(quotes, shown):
    """How many of `quotes` each speaker of the `shown` ones said, by speaker id."""
    speakers = {quote.speaker_id for quote in shown}
    counts = quotes.filter(speaker__in=speakers).order_by().values("speaker")
    return dict(tallied(counts.annotate(n=Count("pk")).values_list("speaker", "n")))


@follows_former_slugs(CaseFile)
def casefile_detail(request, slug):
    user = request.user
    casefile = get_object_or_404(CaseFile.objects.visible_to(user), slug=slug)
    chains = (
        Operation.objects.for_reader(user)
        .filter(casefiles=casefile)
        .in_reading_order()[:OPERATIONS]
        .phase_chains()
    )
    operations = [op.pk for chain in chains for op in chain]
    quotes = Quote.objects.visible_to(user).in_casefile(casefile)
    latest_quotes = section(
        quotes.newest_first(), list_url("quote-list", casefile=slug), display=shown_quotes(user)
    )
    outcomes = Outcome.objects.visible_to(user).in_casefile(casefile, operations)
    newest_outcomes = outcomes.newest_first()
    # The table, the chart and the phases often show the same figures: read once for all.
    shown_figures, charted, phase_figures = read_together(
        shown_outcomes(user),
        picked(newest_outcomes, 2 * SHOWN),
        selectors.charted_ids(outcomes),
        selectors.charted_ids(outcomes.filter(operation__in=operations), per=[F("operation")]),
    )
    return render(
        request,
        "casefiles/casefile_detail.html",
        {
            "casefile": casefile,
            "chains": phases_with_figures(chains, phase_figures),
            "articles": section(
                Article.objects.visible_to(user).filter(casefiles=casefile).newest_first(),
                list_url("article-list", casefile=slug),
                shown=2 * SHOWN,
                display=shown_articles(user),
            ),
            "people": section(
                Person.objects.visible_to(user).filter(casefiles=casefile),
                shown=3 * SHOWN,
                display=Person.objects.for_display(user),
            ),
            "quotes": latest_quotes,
            "quote_groups": by_speaker(latest_quotes.rows, speaker_counts(quotes, latest_quotes)),
            "outcomes": Section(
                shown_figures, count(newest_outcomes), list_url("outcome-list", casefile=slug)
            ),
            "charts": selectors.outcome_charts(
                charted, chart_id="casefile-chart", subject=casefile
            ),
            "is_draft": not casefile.is_published,
        },
    )
