"""What is on file of the people an article names, read for the importer's identity decisions
and remembered for a run of imports (`remembering`), so that a person named in thousands of
articles is not read from all of them for each new one; and the keys and organisation families
that people, organisations and operations are compared by."""

from __future__ import annotations

import threading
from collections import OrderedDict
from contextlib import contextmanager

from django.db.models import Q

from casefiles.models import Appearance, Person


def record_key(record):
    """A key for a record that holds before it is saved: the importer writes new ones last."""
    return id(record)


def family(org):
    """An organisation and the body it belongs to, as people are compared by them."""
    if org is None:
        return frozenset()
    return family_of(org.name, org.parent.name if org.parent_id is not None else None)


def family_of(name, parent):
    """`family` from the names alone: a unit is told from another force's unit of its name."""
    if not name:
        return frozenset()
    return frozenset({f"{name} ({parent})", parent} if parent else {name})


# What resolution and the records written afterwards read of a person on file, in the order
# of the model's columns (`Model.from_db` takes them so).
PERSON_COLUMNS = tuple(
    field.attname
    for field in Person._meta.concrete_fields
    if field.attname
    in {"id", "name", "slug", "aliases", "kind", "review_status", "organisation_id"}
)


class _Remembered:
    """What is on file of the people named, remembered for one run of imports (`remembering`),
    so that a person named in thousands of articles is not read from all of them for each
    new one: what their appearances say of them (organisations, ages), kept current as the
    run writes, and the record built from their row, built again when the row changes. A
    write that fails forgets it all (`forget`)."""

    LIMIT = 20_000  # people remembered at most; those unnamed the longest are let go

    def __init__(self):
        self.evidence = OrderedDict()
        self.people = {}

    def get(self, pk):
        found = self.evidence.get(pk)
        if found is not None:
            self.evidence.move_to_end(pk)
        return found

    def put(self, pk, organisations, ages):
        self.evidence[pk] = (frozenset(organisations), frozenset(ages))
        self.evidence.move_to_end(pk)
        while len(self.evidence) > self.LIMIT:
            self.evidence.popitem(last=False)

    def person(self, row):
        """The record for `row` (`PERSON_COLUMNS`), the one built before if the row is the
        same."""
        pk, values = row[0], row[: len(PERSON_COLUMNS)]
        known = self.people.get(pk)
        if known is not None and known[0] == values:
            return known[1]
        if len(self.people) >= self.LIMIT:
            self.people.clear()
        person = Person.from_db(Person.objects.db, PERSON_COLUMNS, values)
        self.people[pk] = (values, person)
        return person


_local = threading.local()


@contextmanager
def remembering():
    """Remember what is on file of the people named, for the imports in the block."""
    if getattr(_local, "remembered", None) is not None:
        yield
        return
    _local.remembered = _Remembered()
    try:
        yield
    finally:
        _local.remembered = None


def forget():
    """Forget what `remembering` holds: a write that was rolled back may have added to it."""
    if getattr(_local, "remembered", None) is not None:
        _local.remembered = _Remembered()


def people_on_file(surnames):
    """People whose name, or another name they go by, has one of `surnames`, each with what is
    on file of them: organisations (with the bodies they belong to) and ages. Keyed by a
    local key (see `_key`). Read as rows, a record built only for a row not seen before."""
    rows = (
        Person.objects.filter(Q(surname__in=surnames) | Q(alias_surname__in=surnames))
        .order_by("pk")
        .values_list(*PERSON_COLUMNS, "organisation__name", "organisation__parent__name")
    )
    remembered = getattr(_local, "remembered", None) or _Remembered()
    people, evidence, unread = [], {}, {}
    for row in rows:
        person = remembered.person(row)
        people.append(person)
        family = family_of(*row[-2:])
        organisations, ages = remembered.get(person.pk) or (None, None)
        if organisations is None:
            unread[person.pk] = (set(family), set())
        else:
            evidence[person.pk] = (set(family) | organisations, set(ages))
    if unread:
        placed = (
            Appearance.objects.filter(person__in=unread)
            .values_list("person_id", "organisation__name", "organisation__parent__name", "age")
            .distinct()
        )
        for person_id, organisation, parent, age in placed:
            organisations, ages = unread[person_id]
            organisations |= family_of(organisation, parent)
            if age is not None:
                ages.add(age)
        evidence.update(unread)
    return {record_key(person): (person, *evidence[person.pk]) for person in people}


def remember(on_file):
    """Keep what this article adds to what is on file of each person, for the next article."""
    remembered = getattr(_local, "remembered", None)
    if remembered is None:
        return
    for person, organisations, ages in on_file.values():
        if person.pk is not None:
            remembered.put(person.pk, organisations, ages)
