"""Which cached reader pages show an article and what was found in it: the scopes an import
moves on (see `caching`), so that a page about something else stays cached.

A scope names a record's page ("operation:<slug>", "article:<pk>") or every list at once
(`LISTS`: the lists, the home page, search and a quote's page, which any import may change).
"""

from itertools import chain

from django.db.models import Q

from casefiles.models.organisations import UNIT_DEPTH

# Every list, the home page, search: what any import may change.
LISTS = "lists"


def record_scope(kind, key):
    """The scope of one record's page: `kind` as the URL names it, and its slug or id."""
    return f"{kind}:{key}"


def _ids(queryset, *fields):
    return {pk for row in queryset.values_list(*fields) for pk in row if pk is not None}


def _columns(queryset, *fields):
    """The ids in each of `fields` of the rows of `queryset`, in one query."""
    found = {field: set() for field in fields}
    for row in queryset.values_list(*fields):
        for field, pk in zip(fields, row, strict=True):
            if pk is not None:
                found[field].add(pk)
    return found


def pages_showing(article_ids):
    """The scopes of the pages that show the articles or their records: each article's page,
    and the pages of the operations, people, organisations (and the bodies above them, whose
    pages take in their units) and case files the records link to. A dozen queries, however
    many records."""
    from casefiles.models import (
        Appearance,
        CaseFile,
        Operation,
        OperationMention,
        Organisation,
        Outcome,
        Person,
        Quote,
    )

    ids = list(article_ids)
    if not ids:
        return set()
    in_articles = Q(article__in=ids)
    outcomes = _columns(Outcome.objects.filter(in_articles), "operation", "person", "organisation")
    appearances = _columns(Appearance.objects.filter(in_articles), "person", "organisation")
    operations = (
        _ids(OperationMention.objects.filter(in_articles), "operation")
        | _ids(Quote.operations.through.objects.filter(quote__article__in=ids), "operation")
        | outcomes["operation"]
    )
    people = appearances["person"] | _ids(Quote.objects.filter(in_articles), "speaker")
    people |= outcomes["person"]
    organisations = appearances["organisation"] | outcomes["organisation"]
    operation_slugs = dict(Operation.objects.filter(pk__in=operations).values_list("slug", "force"))
    person_slugs = dict(Person.objects.filter(pk__in=people).values_list("slug", "organisation"))
    organisations |= {pk for pk in chain(operation_slugs.values(), person_slugs.values()) if pk}
    # Each organisation's slug and those of the bodies above it, in one query.
    above = ["__".join(["parent"] * depth) for depth in range(UNIT_DEPTH + 1)]
    organisation_slugs = {
        slug
        for row in Organisation.objects.filter(pk__in=organisations).values_list(
            *(f"{path}__slug" if path else "slug" for path in above)
        )
        for slug in row
        if slug is not None
    }
    casefiles = CaseFile.objects.filter(
        Q(articles__in=ids) | Q(operations__in=operations) | Q(people__in=people)
    )
    return {
        *(record_scope("article", pk) for pk in ids),
        *(record_scope("operation", slug) for slug in operation_slugs),
        *(record_scope("person", slug) for slug in person_slugs),
        *(record_scope("organisation", slug) for slug in organisation_slugs),
        *(record_scope("casefile", slug) for slug in casefiles.values_list("slug", flat=True)),
    }
