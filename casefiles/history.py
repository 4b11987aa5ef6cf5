"""The history every record keeps of its changes (django-simple-history), with its manager's
class built once.

django-simple-history builds a class for a record's `history` manager every time it is read,
saves included (it reads the manager to make the history row): about 0.2 ms CPU of an
article's import. The class depends only on the queryset class, so it is made once.
"""

from __future__ import annotations

import functools

from simple_history import manager, models


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
