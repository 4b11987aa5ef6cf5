"""The history every record keeps of its changes (django-simple-history), with its manager's
class built once.

django-simple-history builds a class for a record's `history` manager every time it is read,
saves included (it reads the manager to make the history row): about 0.2 ms CPU of an
article's import. The class depends only on the queryset class, so it is made once.

Records written in bulk, with no `save()`, get the history rows a save would have written
(`insert_created`), so that what a record went through reads the same however it was written.
"""

from __future__ import annotations

import functools

from django.utils import timezone
from simple_history import manager, models
from simple_history.utils import get_change_reason_from_object

from casefiles import inserts


class HistoryManager(manager.HistoryManager):
    @classmethod
    @functools.cache
    def from_queryset(cls, queryset_class, class_name=None):
        return super().from_queryset(queryset_class, class_name)


class HistoricalRecords(models.HistoricalRecords):
    """`simple_history.models.HistoricalRecords`, its manager's class built once."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("history_manager", HistoryManager)
        super().__init__(*args, **kwargs)


def insert_created(objs):
    """Write the history rows that saving `objs`, new records of one model written without
    `save()` (`inserts.insert`), would have written: the same row each, in one statement."""
    objs = list(objs)
    if not objs:
        return
    history = type(objs[0]).history.model
    now = timezone.now()
    inserts.insert(
        history(
            history_date=getattr(obj, "_history_date", now),
            history_type="+",
            history_user=history.get_default_history_user(obj),
            history_change_reason=get_change_reason_from_object(obj),
            **{field.attname: getattr(obj, field.attname) for field in history.tracked_fields},
        )
        for obj in objs
    )
