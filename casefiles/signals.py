"""Keep the search index in step with the records it is built from.

Derived data only: each handler asks `search.after_commit` to re-index what changed once the
transaction commits (nothing happens if it rolls back), re-reading the records then, so the
index shows what was committed.

Bulk writes (`bulk_create`, `QuerySet.update`) send no signals: their callers re-index, the
importer through `search.reindex_article`. A record's own visibility needs no re-index: who may see
a hit is decided when searching. But a person's row shows the organisation they are best known with
only while readers may see it, and that follows the records naming the organisation: a change to
one re-indexes the people placed in it.
"""

from django.db.models import Q
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver

from articles.models import Article
from casefiles import search
from casefiles.models import (
    Appearance,
    Operation,
    OperationMention,
    Organisation,
    Outcome,
    Person,
    Quote,
)
from casefiles.search import SearchKind, after_commit


def _moved_from(instance, using, field):
    """`[stored value]` when this save changes `field` (a foreign key's `…_id`), else `[]`."""
    if instance.pk is None:
        return []
    stored = type(instance).objects.using(using).filter(pk=instance.pk).values(field).first()
    if stored is None or stored[field] == getattr(instance, field):
        return []
    return [stored[field]]


def _ids(queryset):
    return list(queryset.values_list("pk", flat=True))


def _reindex_people(person_ids):
    # A quote's title shows its speaker's name.
    search.reindex(SearchKind.PERSON, person_ids)
    search.reindex(SearchKind.QUOTE, _ids(Quote.objects.filter(speaker_id__in=person_ids)))


def _reindex_people_placed_in(organisation_ids):
    search.reindex(
        SearchKind.PERSON, _ids(Person.objects.filter(organisation_id__in=organisation_ids))
    )


def _reindex_people_placed_in_forces_of(article_id, operation_ids):
    forces = Operation.objects.filter(pk__in=operation_ids).values_list("force", flat=True)
    search.reindex_people_placed_in(article_id, list(forces))


def _reindex_people_and_operations_of(organisation_ids):
    # Operations show their force's name, people their organisation's and the ones articles
    # place them in (unless it was rejected as junk).
    operations = Operation.objects.filter(force_id__in=organisation_ids)
    people = Person.objects.filter(
        Q(organisation_id__in=organisation_ids)
        | Q(pk__in=Appearance.objects.filter(organisation_id__in=organisation_ids).values("person"))
    )
    search.reindex(SearchKind.OPERATION, _ids(operations))
    search.reindex(SearchKind.PERSON, _ids(people))


@receiver(post_save, sender=Article, dispatch_uid="search_article_saved")
def article_saved(sender, instance, using, **kwargs):
    # Publishing changes which ranks and roles its people show, so the whole article goes.
    after_commit(search.reindex_articles, ids=[instance.pk], using=using)


@receiver(post_delete, sender=Article, dispatch_uid="search_article_deleted")
def article_deleted(sender, instance, using, **kwargs):
    after_commit(search.reindex, SearchKind.ARTICLE, ids=[instance.pk], using=using)


@receiver(post_save, sender=Quote, dispatch_uid="search_quote_saved")
@receiver(post_delete, sender=Quote, dispatch_uid="search_quote_deleted")
def quote_changed(sender, instance, using, **kwargs):
    after_commit(search.reindex, SearchKind.QUOTE, ids=[instance.pk], using=using)


@receiver(post_save, sender=Operation, dispatch_uid="search_operation_saved")
@receiver(post_delete, sender=Operation, dispatch_uid="search_operation_deleted")
def operation_changed(sender, instance, using, **kwargs):
    after_commit(search.reindex, SearchKind.OPERATION, ids=[instance.pk], using=using)


@receiver(post_save, sender=Person, dispatch_uid="search_person_saved")
def person_saved(sender, instance, using, **kwargs):
    after_commit(_reindex_people, ids=[instance.pk], using=using)


@receiver(pre_delete, sender=Person, dispatch_uid="search_person_deleted")
def person_deleted(sender, instance, using, **kwargs):
    # The delete empties the speaker of their quotes without a signal: find them first.
    quotes = _ids(Quote.objects.using(using).filter(speaker_id=instance.pk))
    after_commit(search.reindex, SearchKind.PERSON, ids=[instance.pk], using=using)
    after_commit(search.reindex, SearchKind.QUOTE, ids=quotes, using=using)


@receiver(post_save, sender=Organisation, dispatch_uid="search_organisation_saved")
def organisation_saved(sender, instance, using, created, **kwargs):
    after_commit(search.reindex, SearchKind.ORGANISATION, ids=[instance.pk], using=using)
    if not created:
        after_commit(_reindex_people_and_operations_of, ids=[instance.pk], using=using)


@receiver(pre_delete, sender=Organisation, dispatch_uid="search_organisation_deleted")
def organisation_deleted(sender, instance, using, **kwargs):
    operations = _ids(Operation.objects.using(using).filter(force_id=instance.pk))
    people = _ids(Person.objects.using(using).filter(organisation_id=instance.pk))
    after_commit(search.reindex, SearchKind.ORGANISATION, ids=[instance.pk], using=using)
    after_commit(search.reindex, SearchKind.OPERATION, ids=operations, using=using)
    after_commit(search.reindex, SearchKind.PERSON, ids=people, using=using)


@receiver(pre_save, sender=Appearance, dispatch_uid="search_appearance_moving")
def appearance_moving(sender, instance, using, raw, **kwargs):
    # Moving an appearance to another person takes its rank and role off the first one; to
    # another organisation, perhaps the last reason readers could see the first.
    if raw or instance.pk is None:
        return
    before = (
        Appearance.objects.using(using)
        .filter(pk=instance.pk)
        .values("person_id", "organisation_id")
        .first()
    )
    if before and before["person_id"] != instance.person_id:
        after_commit(search.reindex, SearchKind.PERSON, ids=[before["person_id"]], using=using)
    if before and before["organisation_id"] != instance.organisation_id:
        after_commit(
            search.reindex_people_placed_in,
            instance.article_id,
            ids=[before["organisation_id"]],
            using=using,
        )


@receiver(post_save, sender=Appearance, dispatch_uid="search_appearance_saved")
@receiver(post_delete, sender=Appearance, dispatch_uid="search_appearance_deleted")
def appearance_changed(sender, instance, using, **kwargs):
    after_commit(search.reindex, SearchKind.PERSON, ids=[instance.person_id], using=using)
    after_commit(
        search.reindex_people_placed_in,
        instance.article_id,
        ids=[instance.organisation_id],
        using=using,
    )


@receiver(pre_save, sender=Outcome, dispatch_uid="search_outcome_moving")
def outcome_moving(sender, instance, using, raw, **kwargs):
    if not raw and (before := _moved_from(instance, using, "organisation_id")):
        after_commit(search.reindex_people_placed_in, instance.article_id, ids=before, using=using)


@receiver(post_save, sender=Outcome, dispatch_uid="search_outcome_saved")
@receiver(post_delete, sender=Outcome, dispatch_uid="search_outcome_deleted")
def outcome_changed(sender, instance, using, **kwargs):
    after_commit(
        search.reindex_people_placed_in,
        instance.article_id,
        ids=[instance.organisation_id],
        using=using,
    )


@receiver(pre_save, sender=OperationMention, dispatch_uid="search_mention_moving")
def mention_moving(sender, instance, using, raw, **kwargs):
    if not raw and (before := _moved_from(instance, using, "operation_id")):
        after_commit(
            _reindex_people_placed_in_forces_of, instance.article_id, ids=before, using=using
        )


@receiver(post_save, sender=OperationMention, dispatch_uid="search_mention_saved")
@receiver(post_delete, sender=OperationMention, dispatch_uid="search_mention_deleted")
def mention_changed(sender, instance, using, **kwargs):
    # The operation's force is public while a published article mentions the operation.
    after_commit(
        _reindex_people_placed_in_forces_of,
        instance.article_id,
        ids=[instance.operation_id],
        using=using,
    )


@receiver(pre_save, sender=Operation, dispatch_uid="search_operation_moving")
def operation_moving(sender, instance, using, raw, **kwargs):
    if not raw and (before := _moved_from(instance, using, "force_id")):
        after_commit(_reindex_people_placed_in, ids=[*before, instance.force_id], using=using)
