"""A journalist's review of the people, organisations and operations the importer created.

What a journalist needs to decide about a new record, read in a fixed number of queries for a
page of them (`introductions`, `open_questions`), and what each decision does: `reject` keeps
the record as a rejection and sends the records naming it back to the review queue; `answer`
settles a "possibly the same as" question, by merging the pair or by keeping it apart.
"""

from typing import NamedTuple

from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q, Subquery

from casefiles.merging import MergeError, merge
from casefiles.models import (
    Appearance,
    MatchDecision,
    Operation,
    OperationMention,
    Organisation,
    Outcome,
    Person,
    PossibleMatch,
    Quote,
    ReviewStatus,
)

ENTITY_MODELS = (Person, Organisation, Operation)

# The records found in articles that name each kind, by the link that names it. The first of
# them the importer wrote introduced the record; rejecting the record sends them back to review.
NAMED_BY = {
    Person: ((Appearance, "person"), (Quote, "speaker"), (Outcome, "person")),
    Organisation: ((Appearance, "organisation"), (Outcome, "organisation")),
    Operation: ((OperationMention, "operation"), (Outcome, "operation")),
}

# The body each kind belongs to, and how the review queue reads that link.
BELONGS_TO = {
    Person: ("organisation", "with"),
    Organisation: ("parent", "part of"),
    Operation: ("force", "run by"),
}

# Which record stays when two are one: a verified record over one not yet checked, either of
# those over a rejected one; then the older.
STAYING_ORDER = {ReviewStatus.VERIFIED: 0, ReviewStatus.EXTRACTED: 1, ReviewStatus.REJECTED: 2}


def is_entity(record):
    return type(record) in ENTITY_MODELS


def with_belonging(queryset):
    """`queryset` of one kind of entity with the body each belongs to."""
    return queryset.select_related(BELONGS_TO[queryset.model][0])


def belongs_to(record):
    """("with", Essex Police) for a person of Essex Police; None when it belongs to no body."""
    field, phrase = BELONGS_TO[type(record)]
    body = getattr(record, field)
    return (phrase, body) if body is not None else None


def named_in(queryset, article_id):
    """Those of `queryset` that a record found in the article names."""
    named = Q()
    for source, field in NAMED_BY[queryset.model]:
        named |= Exists(source.objects.filter(article_id=article_id, **{field: OuterRef("pk")}))
    return queryset.filter(named)


def introductions(model, pks):
    """{pk: the first record found in an article that names it}, with its article: one query
    for each kind of record that may name `model`."""
    pks = list(pks)
    first = {}
    if not pks:
        return first
    for source, field in NAMED_BY[model]:
        # The earliest record of each entity, looked up entity by entity (an organisation new
        # to the queue may be named thousands of times).
        earliest = source.objects.filter(**{field: OuterRef("pk")}).order_by("created", "pk")
        firsts = model.objects.filter(pk__in=pks).values(first=Subquery(earliest.values("pk")[:1]))
        records = source.objects.filter(pk__in=firsts).select_related("article").order_by()
        for record in records:
            pk = getattr(record, f"{field}_id")
            if pk not in first or record.created < first[pk].created:
                first[pk] = record
    return first


def open_questions(model, pks):
    """{pk: [(question, the other record)]} for the undecided possible matches involving each
    of `pks`, oldest question first: two queries. A question whose other record is gone is
    left out."""
    pks = set(pks)
    questions = list(
        PossibleMatch.objects.involving(model, pks).undecided().order_by("created", "pk")
    )
    other_pks = {q.candidate_id if q.record_id in pks else q.record_id for q in questions}
    others = with_belonging(model.objects.all()).in_bulk(other_pks)
    asked = {}
    for question in questions:
        for pk, other_pk in (
            (question.record_id, question.candidate_id),
            (question.candidate_id, question.record_id),
        ):
            if pk in pks and other_pk in others:
                asked.setdefault(pk, []).append((question, others[other_pk]))
    return asked


def staying_and_merged(first, second):
    """The record that stays when `first` and `second` are one, and the one merged into it."""
    staying, merged = sorted(
        (first, second),
        key=lambda record: (STAYING_ORDER[record.review_status], record.created, record.pk),
    )
    return staying, merged


def answer(question, decision, user):
    """Settle `question`: the same (merge the pair into the record that stays, which settles
    it; return that record) or different (keep the pair apart, so the importer never asks
    again; return None). Raise MergeError when the question cannot be settled as asked."""
    if question.decision != MatchDecision.OPEN:
        raise MergeError("This question has been answered already.")
    if decision == MatchDecision.DIFFERENT:
        question.decide(MatchDecision.DIFFERENT, user)
        return None
    if decision != MatchDecision.SAME:
        raise MergeError("Answer “same” or “different”.")
    record, candidate = question.records()
    if record is None or candidate is None:
        raise MergeError("One of the two records no longer exists.")
    staying, merged = staying_and_merged(record, candidate)
    try:
        return merge(staying, [merged], user)
    except IntegrityError as error:
        raise MergeError(
            f"“{merged}” cannot be merged into “{staying}” as they stand ({error}). Open both "
            "records and resolve what clashes first."
        ) from error


class Rejection(NamedTuple):
    """What rejecting an entity did besides rejecting it."""

    sent_back: int  # records naming it that went back to review
    kept: int  # records naming it that a journalist verified, left as they are
    kept_apart: int  # open "possibly the same as" questions about it, answered "different"


def reject(entity, user):
    """Reject `entity` as not a real person, organisation or operation, and send the records
    naming it back to review.

    The rejection is kept: readers no longer see the record and a re-import does not create it
    again. Of the records naming it, those awaiting review stay there and those rejected stay
    rejected; those verified by a journalist (a reviewer is named) are left as they are, for a
    journalist's check stands; those verified with no reviewer named (curated data loaded from
    a file) go back to "extracted", each with a history entry. A record that is not real is
    none of the records it might have been: its open questions are answered "different".
    """
    sent_back = kept = 0
    with transaction.atomic():
        entity.review(ReviewStatus.REJECTED, user)
        why = f"the {entity._meta.verbose_name} it names, “{entity}”, was rejected"
        for source, field in NAMED_BY[type(entity)]:
            verified = source.objects.filter(**{field: entity}, review_status=ReviewStatus.VERIFIED)
            kept += verified.filter(reviewed_by__isnull=False).count()
            for record in verified.filter(reviewed_by__isnull=True):
                record.review(ReviewStatus.EXTRACTED, user, save=False)
                record._change_reason = f"Back to review: {why}"
                record.save()
                sent_back += 1
        questions = list(PossibleMatch.objects.involving(type(entity), [entity.pk]).undecided())
        for question in questions:
            question.decide(MatchDecision.DIFFERENT, user)
    return Rejection(sent_back, kept, len(questions))


def rejected_names(record):
    """The entities a record found in an article names that a journalist has rejected; the
    links must be loaded with the record."""
    names = []
    for model, sources in NAMED_BY.items():
        for source, field in sources:
            if isinstance(record, source):
                named = getattr(record, field)
                if named is not None and named.is_rejected:
                    names.append(f"{model._meta.verbose_name} “{named}”")
    return names
