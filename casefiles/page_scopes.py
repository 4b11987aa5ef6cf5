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


class Links:
    """What a run of imports knows of the links `pages_showing` follows beyond an article's
    own records: the body above each organisation and the case files that take in an
    operation or a person. Read once and kept, for as long as nobody else writes (the run
    that holds it forgets it then: `articles.importer.on_file`)."""

    def __init__(self):
        self.organisations = {}  # pk -> (slug, parent pk)
        self.casefiles = None  # (kind, pk) -> case files' slugs

    def know(self, organisations):
        """Organisations as they are now, their parents included (one a run has just given a
        parent, or created)."""
        for organisation in organisations:
            self.organisations[organisation.pk] = (organisation.slug, organisation.parent_id)

    def organisation_slugs(self, organisation_ids):
        """The slugs of the organisations and of the bodies above them, as `pages_showing`
        reads them: a query for each level of those not known yet, none once all are."""
        from casefiles.models import Organisation

        slugs, level = set(), {pk for pk in organisation_ids if pk is not None}
        for _ in range(UNIT_DEPTH + 1):
            missing = level - self.organisations.keys()
            if missing:
                rows = Organisation.objects.filter(pk__in=missing).values_list(
                    "pk", "slug", "parent"
                )
                self.organisations.update((pk, (slug, parent)) for pk, slug, parent in rows)
            known = [self.organisations[pk] for pk in level if pk in self.organisations]
            slugs.update(slug for slug, _ in known)
            level = {parent for _, parent in known if parent is not None}
            if not level:
                break
        return slugs

    def casefile_slugs(self, operation_ids, person_ids):
        from casefiles.models import CaseFile

        if self.casefiles is None:
            self.casefiles = {}
            for kind, through, column in (
                ("operation", CaseFile.operations.through, "operation"),
                ("person", CaseFile.people.through, "person"),
            ):
                for pk, slug in through.objects.values_list(column, "casefile__slug"):
                    self.casefiles.setdefault((kind, pk), set()).add(slug)
        keys = [("operation", pk) for pk in operation_ids] + [("person", pk) for pk in person_ids]
        return set().union(*(self.casefiles.get(key, ()) for key in keys))


def pages_of_new_article(article_id, *, operations, people, organisations, links):
    """`pages_showing` for an article written for the first time, from what its records
    link to, in hand (`operations`, `people`, `organisations`), rather than read back: no
    query once `links` knows the organisations and case files around them."""
    links.know(organisations)
    placed = {
        *(organisation.pk for organisation in organisations),
        *(operation.force_id for operation in operations),
        *(person.organisation_id for person in people),
    }
    operation_ids = {operation.pk for operation in operations}
    person_ids = {person.pk for person in people}
    return {
        record_scope("article", article_id),
        *(record_scope("operation", operation.slug) for operation in operations),
        *(record_scope("person", person.slug) for person in people),
        *(record_scope("organisation", slug) for slug in links.organisation_slugs(placed)),
        *(
            record_scope("casefile", slug)
            for slug in links.casefile_slugs(operation_ids, person_ids)
        ),
    }
