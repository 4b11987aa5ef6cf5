"""People and organisations: their lists and pages."""

from collections import defaultdict

from django.shortcuts import get_object_or_404, render

from casefiles import jsonld, selectors
from casefiles.models import Appearance, CaseFile, Operation, Organisation, Outcome, Person, Quote
from casefiles.reads import is_staff, with_links
from casefiles.views.common import distinct, follows_former_slugs, other_names, page_of

# An organisation's page shows its newest quotes and links to the rest.
ORGANISATION_QUOTES = 10


def person_list(request):
    rows = Person.objects.for_reader(request.user).with_quote_count(request.user)
    return render(request, "casefiles/person_list.html", {"page_obj": page_of(request, rows)})


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


def person_jsonld(request, person, credits, organisations):
    """Schema.org markup for a public figure; none for a private individual."""
    if person.is_private:
        return None
    latest = credits[-1] if credits else None
    job_title = ", ".join(filter(None, [latest.rank, latest.role])) if latest else ""
    return jsonld.document(jsonld.person(person, job_title=job_title, organisations=organisations))


@follows_former_slugs(Person)
def person_detail(request, slug):
    user = request.user
    person = get_object_or_404(Person.objects.for_reader(user), slug=slug)
    appearances = list(
        with_links(
            Appearance.objects.visible_to(user)
            .filter(person=person)
            .select_related("article", "article__publication")
            .in_reading_order(),
            user,
            organisation=Organisation,
        )
    )
    quotes = list(Quote.objects.for_reader(user).filter(speaker=person).in_reading_order())
    outcomes = list(Outcome.objects.for_reader(user).filter(person=person).in_reading_order())
    organisations = distinct([person.organisation, *(a.organisation for a in appearances)])
    # One line per article: the first credit it prints for them.
    credits = list({a.article_id: a for a in reversed(appearances)}.values())[::-1]
    return render(
        request,
        "casefiles/person_detail.html",
        {
            "person": person,
            "credits": credits,
            "organisations": organisations,
            "quote_groups": by_operation(quotes),
            "quote_count": len(quotes),
            "outcomes": outcomes,
            "casefiles": list(CaseFile.objects.visible_to(user).filter(people=person)),
            "jsonld": person_jsonld(request, person, credits, organisations),
            "staff": is_staff(user),
            "is_draft": is_staff(user) and Person.objects.hidden_from_readers(person),
            "draft_reason": person.why_not_public,
        },
    )


def organisation_list(request):
    rows = Organisation.objects.for_reader(request.user).with_counts(request.user)
    return render(request, "casefiles/organisation_list.html", {"page_obj": page_of(request, rows)})


@follows_former_slugs(Organisation)
def organisation_detail(request, slug):
    """An organisation with its units': their people, operations, figures and quotes."""
    user = request.user
    organisation = get_object_or_404(
        Organisation.objects.for_reader(user).with_children_for(user), slug=slug
    )
    family = organisation.family_ids()
    has_units = len(family) > 1
    outcomes = list(
        Outcome.objects.for_reader(user).filter(organisation__in=family).in_reading_order()
    )
    quotes = list(
        Quote.objects.for_reader(user)
        .speaking_for(family)
        .newest_first()[: ORGANISATION_QUOTES + 1]
    )
    return render(
        request,
        "casefiles/organisation_detail.html",
        {
            "organisation": organisation,
            "other_names": other_names(organisation),
            "has_units": has_units,
            "outcomes_caption": "Every figure credited to the organisation"
            f"{' or its units' if has_units else ''}, oldest first",
            "people": list(Person.objects.visible_to(user).of_organisations(family, user)),
            "operations": list(Operation.objects.for_reader(user).filter(force__in=family)),
            "outcomes": outcomes,
            "quotes": quotes[:ORGANISATION_QUOTES],
            "more_quotes": len(quotes) > ORGANISATION_QUOTES,
            "charts": selectors.outcome_charts(
                outcomes, chart_id="organisation-chart", subject=organisation
            ),
            "is_draft": is_staff(user) and Organisation.objects.hidden_from_readers(organisation),
        },
    )
