"""Keep the search index in step with the records it is built from.

Derived data only: each handler schedules a re-index for after the transaction commits (nothing
happens if it rolls back), re-reading the records then, so the index shows what was committed.
`robust=True` because an index that lags is better than an editor's save failing after it
committed; the failure is logged and `rebuild_search_index` puts the index right.

Bulk writes (`bulk_create`, `QuerySet.update`, the review queue's `mark()`) send no signals:
their callers re-index, the importer through `search.reindex_article`.
"""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver

from articles.models import Article
from casefiles import search
from casefiles.models import Appearance, Operation, Organisation, Person, Quote
from casefiles.search import SearchKind


def _after_commit(func, *args, using=None):
    if not search.signals_are_paused():
        transaction.on_commit(partial(func, *args), using=using, robust=True)


def _ids(queryset):
    return list(queryset.values_list("pk", flat=True))


def _reindex_person(person_id):
    # A quote's title shows its speaker's name.
    search.reindex(SearchKind.PERSON, [person_id])
    search.reindex(SearchKind.QUOTE, _ids(Quote.objects.filter(speaker_id=person_id)))


def _reindex_people_and_operations_of(organisation_id):
    # Operations show their force's name, people their organisation's.
    search.reindex(SearchKind.OPERATION, _ids(Operation.objects.filter(force_id=organisation_id)))
    search.reindex(SearchKind.PERSON, _ids(Person.objects.filter(organisation_id=organisation_id)))


@receiver(post_save, sender=Article, dispatch_uid="search_article_saved")
def article_saved(sender, instance, using, **kwargs):
    # Publishing changes which ranks and roles its people show, so the whole article goes.
    _after_commit(search.reindex_article, instance.pk, using=using)


@receiver(post_delete, sender=Article, dispatch_uid="search_article_deleted")
def article_deleted(sender, instance, using, **kwargs):
    _after_commit(search.remove_object, SearchKind.ARTICLE, instance.pk, using=using)


@receiver(post_save, sender=Quote, dispatch_uid="search_quote_saved")
@receiver(post_delete, sender=Quote, dispatch_uid="search_quote_deleted")
def quote_changed(sender, instance, using, **kwargs):
    _after_commit(search.reindex, SearchKind.QUOTE, [instance.pk], using=using)


@receiver(post_save, sender=Operation, dispatch_uid="search_operation_saved")
@receiver(post_delete, sender=Operation, dispatch_uid="search_operation_deleted")
def operation_changed(sender, instance, using, **kwargs):
    _after_commit(search.reindex, SearchKind.OPERATION, [instance.pk], using=using)


@receiver(post_save, sender=Person, dispatch_uid="search_person_saved")
def person_saved(sender, instance, using, **kwargs):
    _after_commit(_reindex_person, instance.pk, using=using)


@receiver(pre_delete, sender=Person, dispatch_uid="search_person_deleted")
def person_deleted(sender, instance, using, **kwargs):
    # The delete empties the speaker of their quotes without a signal: find them first.
    quotes = _ids(Quote.objects.using(using).filter(speaker_id=instance.pk))
    _after_commit(search.remove_object, SearchKind.PERSON, instance.pk, using=using)
    _after_commit(search.reindex, SearchKind.QUOTE, quotes, using=using)


@receiver(post_save, sender=Organisation, dispatch_uid="search_organisation_saved")
def organisation_saved(sender, instance, using, created, **kwargs):
    if not created:
        _after_commit(_reindex_people_and_operations_of, instance.pk, using=using)


@receiver(pre_delete, sender=Organisation, dispatch_uid="search_organisation_deleted")
def organisation_deleted(sender, instance, using, **kwargs):
    operations = _ids(Operation.objects.using(using).filter(force_id=instance.pk))
    people = _ids(Person.objects.using(using).filter(organisation_id=instance.pk))
    _after_commit(search.reindex, SearchKind.OPERATION, operations, using=using)
    _after_commit(search.reindex, SearchKind.PERSON, people, using=using)


@receiver(pre_save, sender=Appearance, dispatch_uid="search_appearance_moving")
def appearance_moving(sender, instance, using, raw, **kwargs):
    # Moving an appearance to another person takes its rank and role off the first one.
    if raw or instance.pk is None:
        return
    before = Appearance.objects.using(using).filter(pk=instance.pk).values("person_id").first()
    if before and before["person_id"] != instance.person_id:
        _after_commit(search.reindex, SearchKind.PERSON, [before["person_id"]], using=using)


@receiver(post_save, sender=Appearance, dispatch_uid="search_appearance_saved")
@receiver(post_delete, sender=Appearance, dispatch_uid="search_appearance_deleted")
def appearance_changed(sender, instance, using, **kwargs):
    _after_commit(search.reindex, SearchKind.PERSON, [instance.person_id], using=using)
