"""Folding duplicate people, organisations or operations into the one record that stays.

`plan(survivor, others)` says what would move, for the confirmation page; `merge(survivor,
others, user)` moves it in one transaction: every record pointing at the others (appearances,
quotes, figures, mentions, case files, units, phases) points at the survivor, the others' names
become its aliases so a re-import finds it, their addresses answer with a redirect to it, their
open "possibly the same" questions are settled, and the survivor's history says what was merged.

The relations are read from the models, so a new link to a person, organisation or operation
is moved without a change here.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models, transaction

from casefiles import search
from casefiles.models import FormerSlug, MatchDecision, PossibleMatch


class MergeError(ValueError):
    """Records that cannot be merged as asked, with the reason for the journalist."""


@dataclass(frozen=True)
class Move:
    """How many records of one kind point at the records being merged away."""

    label: str  # "quotes (speaker)"
    count: int


def _links(model):
    """(related model, field name, is many-to-many) for every relation pointing at `model`."""
    for relation in model._meta.related_objects:
        if relation.related_model.__name__.startswith("Historical"):
            continue
        if relation.many_to_many:
            yield relation.through, relation.field.m2m_reverse_field_name(), True
        elif relation.one_to_many:
            yield relation.related_model, relation.field.name, False
    for field in model._meta.local_many_to_many:
        through = field.remote_field.through
        yield through, field.m2m_field_name(), True


def _label(related, field, many):
    if many:
        other = [f for f in related._meta.fields if f.is_relation and f.name != field]
        name = other[0].related_model._meta.verbose_name_plural if other else related.__name__
        return str(name)
    plural = related._meta.verbose_name_plural
    return f"{plural} ({related._meta.get_field(field).verbose_name})"


def _check(survivor, others):
    others = [other for other in others if other.pk != survivor.pk]
    if not others:
        raise MergeError("Choose at least two different records to merge.")
    if any(type(other) is not type(survivor) for other in others):
        raise MergeError("Only records of the same kind can be merged.")
    return others


def plan(survivor, others) -> list[Move]:
    """What a merge of `others` into `survivor` would move, kind by kind (none left out)."""
    others = _check(survivor, others)
    pks = [other.pk for other in others]
    moves = []
    for related, field, many in _links(type(survivor)):
        count = related._default_manager.filter(**{f"{field}__in": pks}).count()
        if count:
            moves.append(Move(_label(related, field, many), count))
    return moves


def merge(survivor, others, user):
    """Fold `others` into `survivor`; return the survivor. One transaction, all or nothing."""
    others = _check(survivor, others)
    model = type(survivor)
    pks = [other.pk for other in others]
    with transaction.atomic(), search.signals_paused():
        survivor = model._default_manager.select_for_update().get(pk=survivor.pk)
        articles = _articles_of(model, [survivor.pk, *pks])
        for related, field, many in _links(model):
            if many:
                _move_many(related, field, survivor.pk, pks)
            else:
                _move(related, field, survivor, pks)
        survivor.refresh_from_db()
        survivor.add_aliases(name for other in others for name in other.all_names())
        _settle_questions(model, survivor, pks, user)
        old_slugs = [other.slug for other in others]
        for other in others:
            other.delete()
        FormerSlug.objects.of(model).filter(object_id__in=pks).update(object_id=survivor.pk)
        FormerSlug.objects.remember(model, old_slugs, survivor.pk)
        survivor._history_user = user
        survivor._change_reason = "Merged " + "; ".join(
            f"{other.name} (#{other.pk})" for other in others
        )
        survivor.save()
        search.after_commit(search.reindex_articles, ids=articles)
        if kind := _search_kind(model):
            search.after_commit(search.reindex, kind, ids=[survivor.pk, *pks])
    return survivor


def _move(related, field, survivor, pks):
    rows = related._default_manager.filter(**{f"{field}__in": pks})
    if related is type(survivor):
        # A unit of, or a phase after, a merged record now belongs to the survivor; the
        # survivor itself cannot belong to itself.
        if survivor.pk in set(rows.values_list("pk", flat=True)):
            related._default_manager.filter(pk=survivor.pk).update(**{field: None})
        rows = rows.exclude(pk=survivor.pk)
    rows.update(**{field: survivor.pk})


def _move_many(through, field, survivor_pk, pks):
    """Point many-to-many rows at the survivor, dropping those it already has."""
    [other] = [
        f.name
        for f in through._meta.fields
        if f.is_relation and f.name != field and isinstance(f, models.ForeignKey)
    ]
    manager = through._default_manager
    held = set(manager.filter(**{field: survivor_pk}).values_list(other, flat=True))
    seen = set(held)
    for pk, partner in manager.filter(**{f"{field}__in": pks}).values_list("pk", other):
        if partner in seen:
            manager.filter(pk=pk).delete()
        else:
            seen.add(partner)
    manager.filter(**{f"{field}__in": pks}).update(**{field: survivor_pk})


def _settle_questions(model, survivor, pks, user):
    """Questions between the merged records are answered "the same"; the others' open ones
    now ask about the survivor, unless that would ask it about itself."""
    questions = PossibleMatch.objects.involving(model, [survivor.pk, *pks])
    family = {survivor.pk, *pks}
    for question in questions:
        record = survivor.pk if question.record_id in family else question.record_id
        candidate = survivor.pk if question.candidate_id in family else question.candidate_id
        if record == candidate:
            question.decide(MatchDecision.SAME, user)
            continue
        clash = PossibleMatch.objects.of(model).filter(record_id=record, candidate_id=candidate)
        if clash.exclude(pk=question.pk).exists():
            question.delete()
        else:
            question.record_id, question.candidate_id = record, candidate
            question.save(update_fields=["record_id", "candidate_id"])


def _search_kind(model):
    try:
        return search.kind_of(model())
    except TypeError:
        return None


def _articles_of(model, pks):
    """The articles whose search entries name any of these records."""
    from casefiles.models import Appearance, OperationMention, Outcome, Quote

    by_model = {
        "person": [(Appearance, "person"), (Quote, "speaker"), (Outcome, "person")],
        "organisation": [(Appearance, "organisation"), (Outcome, "organisation")],
        "operation": [(OperationMention, "operation"), (Outcome, "operation")],
    }
    articles = set()
    for related, field in by_model.get(model._meta.model_name, []):
        rows = related._default_manager.filter(**{f"{field}__in": pks})
        articles.update(rows.values_list("article_id", flat=True).distinct())
    return sorted(articles)
