"""People and organisations: their lists and pages.

A spokesperson may be quoted in thousands of articles and a force named in tens of thousands:
each page shows the newest or most relevant few of each section, counted and charted by the
database, with a link to the list of all of them.
"""

from collections import defaultdict

from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber
from django.shortcuts import get_object_or_404, render

from casefiles import jsonld, selectors
from casefiles.filters import PersonFilter
from casefiles.models import Appearance, CaseFile, Operation, Organisation, Outcome, Person, Quote
from casefiles.reads import is_staff, with_links
from casefiles.tallies import count
from casefiles.tallies import rows as tallied
from casefiles.views.common import (
    ARTICLE_TEXTS,
    SHOWN,
    Section,
    distinct,
    filtered,
    follows_former_slugs,
    list_url,
    other_names,
    page_of,
    picked,
    read_together,
    section,
    shown_outcomes,
    shown_quotes,
)


def person_list(request):
    user = request.user
    filterset, rows = filtered(request, PersonFilter, Person.objects.visible_to(user))
    shown = Person.objects.for_display(user).with_quote_count(user)
    return render(
        request,
        "casefiles/person_list.html",
        {"filterset": filterset, "page_obj": page_of(request, rows, display=shown)},
    )


def by_operation(quotes):
    """The quotes grouped by the operations they speak of, operations by name; a quote about
    several is in each group, and those about none come last."""
    groups, unassigned = defaultdict(list), []
    for quote in quotes:
        operations = list(quote.operations.all())
        for operation in operations:
            groups[operation].append(quote)
        if not operations:
            unassigned.append(quote)
    ordered = sorted(groups.items(), key=lambda item: item[0].name)
    return ordered + ([(None, unassigned)] if unassigned else [])


def person_jsonld(request, person, latest, organisations):
    """Schema.org markup for a public figure; none for a private individual."""
    if person.is_private:
        return None
    job_title = ", ".join(filter(None, [latest.rank, latest.role])) if latest else ""
    return jsonld.document(jsonld.person(person, job_title=job_title, organisations=organisations))


def first_credits(appearances):
    """Of `appearances`, the first in each article: the credit the article prints for them."""
    return appearances.annotate(
        place=Window(RowNumber(), partition_by=[F("article")], order_by=[F("start"), F("pk")])
    ).filter(place=1)


def organisations_of(person, appearances, user, most=SHOWN):
    """The organisation a person is best known with, then those their articles most often
    place them in: those `user` may see, at most `most`."""
    placed = tallied(
        appearances.exclude(organisation=None)
        .order_by()
        .values("organisation")
        .annotate(n=Count("pk"))
        .order_by("-n", "organisation")
        .values_list("organisation", flat=True)[:most]
    )
    ids = [person.organisation_id, *placed]
    visible = Organisation.objects.visible_to(user).in_bulk([pk for pk in ids if pk])
    return distinct(visible.get(pk) for pk in ids)[:most]


@follows_former_slugs(Person)
def person_detail(request, slug):
    user = request.user
    person = get_object_or_404(Person.objects.for_reader(user), slug=slug)
    appearances = Appearance.objects.visible_to(user).filter(person=person)
    credits = section(
        with_links(
            first_credits(appearances)
            .select_related("article", "article__publication")
            .defer(*ARTICLE_TEXTS)
            .newest_first(),
            user,
            organisation=Organisation,
        ),
        list_url("article-list", person=slug),
        shown=2 * SHOWN,
    )
    organisations = organisations_of(person, appearances, user)
    quotes = section(
        Quote.objects.visible_to(user).filter(speaker=person).newest_first(),
        list_url("quote-list", speaker=slug),
        display=shown_quotes(user),
    )
    return render(
        request,
        "casefiles/person_detail.html",
        {
            "person": person,
            "credits": credits,
            "organisations": organisations,
            "quotes": quotes,
            "quote_groups": by_operation(quotes.rows),
            "outcomes": section(
                Outcome.objects.visible_to(user).filter(person=person).newest_first(),
                list_url("outcome-list", person=slug),
                display=shown_outcomes(user),
            ),
            "casefiles": list(CaseFile.objects.visible_to(user).filter(people=person)[:SHOWN]),
            "jsonld": person_jsonld(request, person, next(iter(credits), None), organisations),
            "staff": is_staff(user),
            "is_draft": is_staff(user) and Person.objects.hidden_from_readers(person),
            "draft_reason": person.why_not_public,
        },
    )


def organisation_list(request):
    user = request.user
    shown = Organisation.objects.for_display(user).with_counts(user)
    page = page_of(request, Organisation.objects.visible_to(user), display=shown)
    return render(request, "casefiles/organisation_list.html", {"page_obj": page})


def people_of(family, user, all_url, most=3 * SHOWN):
    """A section of the people `user` may see of the organisations (`family`): those whom most
    articles place there first, counted from the organisations' own appearances; then, where
    that leaves room, those best known with one of them, by name."""
    people = Person.objects.visible_to(user).of_organisations(family, user)
    placed = tallied(
        Appearance.objects.visible_to(user)
        .filter(organisation__in=family)
        .order_by()
        .values("person")
        .annotate(n=Count("pk"))
        .order_by("-n", "person")
        .values_list("person", flat=True)[: 2 * most]
    )
    # Placed there by what `user` may see, but a private individual is placed too: which of
    # them `user` may look up is kept as a tally with the placing, and only those are read.
    shown = tallied(Person.objects.visible_to(user).filter(pk__in=placed).values_list("pk"))
    found = Person.objects.order_by().in_bulk([pk for (pk,) in shown])
    rows = [found[pk] for pk in placed if pk in found][:most]
    if len(rows) < most:
        # Room left: fill it by name. A busy organisation fills its section from its tally
        # alone, without this scan of everyone it has ever been linked with.
        rows += people.exclude(pk__in=placed).order_by("name", "pk")[: most - len(rows)]
    return Section(rows, count(people), all_url)


@follows_former_slugs(Organisation)
def organisation_detail(request, slug):
    """An organisation with its units': their people, operations, figures and quotes."""
    user = request.user
    organisation = get_object_or_404(Organisation.objects.for_reader(user), slug=slug)
    family = organisation.family_ids()
    has_units = len(family) > 1
    outcomes = Outcome.objects.visible_to(user).filter(organisation__in=family)
    newest_outcomes = outcomes.newest_first()
    # The table and the chart often show the same figures: read once for both.
    shown_figures, charted = read_together(
        shown_outcomes(user),
        picked(newest_outcomes, 2 * SHOWN),
        selectors.charted_ids(outcomes),
    )
    return render(
        request,
        "casefiles/organisation_detail.html",
        {
            "organisation": organisation,
            "other_names": other_names(organisation),
            "has_units": has_units,
            "outcomes_caption": "The latest figures credited to the organisation"
            f"{' or its units' if has_units else ''}, newest first",
            "units": section(
                Organisation.objects.visible_to(user).filter(parent=organisation),
                shown=3 * SHOWN,
                display=Organisation.objects.all(),
            ),
            "people": people_of(family, user, list_url("person-list", organisation=slug)),
            "operations": section(
                Operation.objects.visible_to(user).filter(force__in=family).latest_first(),
                list_url("operation-list", organisation=slug),
                shown=2 * SHOWN,
                display=Operation.objects.for_display(user),
            ),
            "outcomes": Section(
                shown_figures, count(newest_outcomes), list_url("outcome-list", organisation=slug)
            ),
            "quotes": section(
                Quote.objects.visible_to(user).speaking_for(family).newest_first(),
                list_url("quote-list", organisation=slug),
                display=shown_quotes(user),
            ),
            "charts": selectors.outcome_charts(
                charted, chart_id="organisation-chart", subject=organisation
            ),
            "is_draft": is_staff(user) and Organisation.objects.hidden_from_readers(organisation),
        },
    )
