"""Reads the reader pages share: what a user may see, with everything a page shows of it.

Each function returns a queryset that runs a fixed number of queries however many rows it
yields, and hides from readers whatever only a draft article or a rejected record supports:
a published quote may speak about an operation that only a draft article mentions, so related
records are fetched through their own `visible_to` querysets, not followed blindly.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from django.db.models import Exists, IntegerField, OuterRef, Prefetch, Q, Subquery

from articles.models import Article, Publication
from casefiles.models import (
    Appearance,
    CaseFile,
    Operation,
    OperationMention,
    Organisation,
    Outcome,
    Person,
    Qualifier,
    Quote,
)

PUBLIC_FLAG = "_public"


def is_staff(user):
    return user is not None and user.is_active and user.is_staff


class SubqueryCount(Subquery):
    """COUNT(*) of a correlated subquery, for per-row counts without a GROUP BY on the outer
    query (which would also count rows the reader must not see)."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) _count)"
    output_field = IntegerField()


def count_of(queryset):
    return SubqueryCount(queryset.order_by().values("pk"))


# --- Querysets for pages ----------------------------------------------------------------------


def articles_for(user):
    return Article.objects.visible_to(user).select_related("publication")


def quotes_for(user):
    """Quotes with speaker, speaker's printed rank and role, article and visible operations."""
    return (
        Quote.objects.visible_to(user)
        .select_related("speaker", "article", "article__publication")
        .prefetch_related(Prefetch("operations", queryset=Operation.objects.visible_to(user)))
        .with_speaker_credit()
    )


def flag_links(queryset, user, **links):
    """For readers, annotate `<name>_public` on each row for each related record named: whether
    a published article supports it. `drop_hidden_links` then removes those that are not.

    An annotation rather than a filtered Prefetch, because Django skips a prefetch whose
    foreign keys are all empty, and a page should run the same queries whatever its rows.
    """
    if is_staff(user):
        return queryset
    return queryset.annotate(
        **{
            f"{name}_public": Exists(model.objects.published().filter(pk=OuterRef(name)))
            for name, model in links.items()
        }
    )


def drop_hidden_links(rows):
    """The rows as a list, with each related record flagged as not public set to None."""
    rows = list(rows)
    for row in rows:
        flags = [key for key in vars(row) if key.endswith(PUBLIC_FLAG)]
        for flag in flags:
            if not getattr(row, flag):
                setattr(row, flag.removesuffix(PUBLIC_FLAG), None)
    return rows


def iterate_without_hidden_links(queryset, chunk_size=1000):
    """`drop_hidden_links` for a download: rows streamed in chunks, never all in memory."""
    for row in queryset.iterator(chunk_size=chunk_size):
        yield drop_hidden_links([row])[0]


def outcomes_for(user):
    """Outcomes with their article and the operation, organisation and person they are
    credited to (flagged for `drop_hidden_links`)."""
    return flag_links(
        Outcome.objects.visible_to(user).select_related(
            "article", "article__publication", "operation", "organisation", "person"
        ),
        user,
        operation=Operation,
        organisation=Organisation,
        person=Person,
    )


def appearances_for(user):
    return Appearance.objects.visible_to(user).select_related(
        "person", "organisation", "article", "article__publication"
    )


def mentions_for(user):
    return OperationMention.objects.visible_to(user).select_related("operation", "article")


def operations_for(user):
    return Operation.objects.visible_to(user).select_related("force")


def people_for(user):
    return flag_links(
        Person.objects.visible_to(user).select_related("organisation"),
        user,
        organisation=Organisation,
    )


def organisations_for(user):
    return flag_links(
        Organisation.objects.visible_to(user).select_related("parent"), user, parent=Organisation
    )


def quoted_people(user):
    return Person.objects.visible_to(user).filter(
        Exists(Quote.objects.visible_to(user).filter(speaker=OuterRef("pk")))
    )


def speaking_for(organisation_pk):
    """Quotes whose speaker the quote's own article places in the organisation, or who is
    best known with it."""
    return Q(speaker__organisation=organisation_pk) | Q(
        Exists(
            Appearance.objects.filter(
                article=OuterRef("article"),
                person=OuterRef("speaker"),
                organisation=organisation_pk,
            ).exclude(review_status="rejected")
        )
    )


def in_casefile(casefile):
    """Quotes from the case file's articles or about its operations."""
    from_articles = CaseFile.articles.through.objects.filter(
        casefile=casefile, article=OuterRef("article")
    )
    about_operations = CaseFile.operations.through.objects.filter(
        casefile=casefile, operation__quotes=OuterRef("pk")
    )
    return Q(Exists(from_articles)) | Q(Exists(about_operations))


def publications_for(user):
    return Publication.objects.filter(Exists(articles_for(user).filter(publication=OuterRef("pk"))))


def metrics_for(user):
    return list(
        Outcome.objects.visible_to(user)
        .order_by("metric")
        .values_list("metric", flat=True)
        .distinct()
    )


# --- Phases -----------------------------------------------------------------------------------


def _phase_key(operation):
    return (operation.started_on or date.max, operation.pk)


def order_phases(operations):
    """Chains of phases (Operation.follows), each first to last, earliest chain first.

    Works on the operations given, without a query: a phase outside them starts a new chain.
    Where two operations follow the same one, the earlier-starting comes first.
    """
    by_pk = {op.pk: op for op in operations}
    later = defaultdict(list)
    roots = []
    for op in operations:
        if op.follows_id in by_pk and op.follows_id != op.pk:
            later[op.follows_id].append(op)
        else:
            roots.append(op)
    seen, chains = set(), []

    def walk(op, chain):
        if op.pk in seen:
            return
        seen.add(op.pk)
        chain.append(op)
        for nxt in sorted(later[op.pk], key=_phase_key):
            walk(nxt, chain)

    # Operations caught in a loop have no first phase; start from the earliest of them.
    for op in [*sorted(roots, key=_phase_key), *sorted(operations, key=_phase_key)]:
        if op.pk not in seen:
            chain = []
            walk(op, chain)
            chains.append(chain)
    return chains


# --- Figures ----------------------------------------------------------------------------------

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Figure:
    metric: str
    value: Decimal
    qualifier: str
    sources: int

    @property
    def number(self):
        return f"{int(self.value):,}" if self.value == int(self.value) else f"{self.value:,}"

    @property
    def text(self):
        return f"{self.qualifier} {self.number}".strip()


def _combined_qualifier(qualifiers):
    inexact = {q for q in qualifiers if q not in ("", Qualifier.EXACTLY)}
    if not inexact:
        return ""
    if inexact == {Qualifier.MORE_THAN}:
        return "more than"
    if inexact <= {Qualifier.UP_TO, Qualifier.LESS_THAN}:
        return "up to"
    return "about"


def counted_figures(outcomes):
    """Counts by metric, adding up the latest figure reported for each operation or unit.

    Newer reports of the same operation's arrests supersede older ones rather than adding to
    them, so a figure repeated in three articles is counted once. Only plain counts are added;
    sums of money, weights or sentences are left to the outcomes table.
    """

    def reported(outcome):
        published = outcome.article.published_at
        return (published is not None, published or EPOCH, outcome.start)

    latest = {}
    counted = [o for o in outcomes if not o.unit and o.value is not None]
    for outcome in sorted(counted, key=reported):
        if outcome.operation_id:
            subject = ("operation", outcome.operation_id)
        elif outcome.organisation_id:
            subject = ("organisation", outcome.organisation_id)
        else:
            subject = ("article", outcome.article_id, outcome.pk)
        latest[(outcome.metric, subject)] = outcome
    totals = defaultdict(list)
    for (metric, _), outcome in latest.items():
        totals[metric].append(outcome)
    figures = [
        Figure(
            metric=metric,
            value=sum((o.value for o in group), Decimal(0)),
            qualifier=_combined_qualifier(
                [o.qualifier for o in group] + ["about" for o in group if o.value_max is not None]
            ),
            sources=len(group),
        )
        for metric, group in totals.items()
    ]
    return sorted(figures, key=lambda f: (-f.sources, -f.value, f.metric))


def figure_outcomes_for(user):
    """The outcomes `counted_figures` needs, and no more of each."""
    return (
        Outcome.objects.visible_to(user)
        .filter(unit="", value__isnull=False)
        .select_related("article")
        .only(
            "metric",
            "value",
            "value_max",
            "qualifier",
            "unit",
            "start",
            "operation_id",
            "organisation_id",
            "article__published_at",
        )
        .order_by()
    )
