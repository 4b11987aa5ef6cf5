"""What is on file of the people, organisations and operations an article names, read for the
importer's identity decisions and remembered for a run of imports (`remembering`), so that an
article costs the same however large the archive and however often its names were named
before; and the keys and organisation families that records are compared by.

What a run remembers is what the run itself read and wrote, and the slugs taken, so that a
new record's slug costs no query. Anyone else's write (a
journalist's edit, review or merge, another import) moves the site's content versions on
(`casefiles.caching`), and the run forgets everything at its next article (`check_current`),
so no decision rests on a record as it was before someone else changed it. A write of the
run's own that is rolled back forgets it all too (`forget`).
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from functools import lru_cache

from django.db import connection, transaction
from django.db.models import Q

from articles.identity.names import parse, same_first_name
from casefiles.models import Appearance, ContentVersion, Operation, Organisation, Person, fold
from casefiles.page_scopes import Links


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
    in {"id", "name", "slug", "aliases", "kind", "review_status", "organisation_id", "made_public"}
)

# The content versions whose moving on says someone else wrote (see `caching`): the whole
# site's (every journalist's change) and the lists' (every article written).
WATCHED = ("", "lists")


@lru_cache(maxsize=100_000)
def name_parts(name):
    """(surname, first given name) of a printed name, as names are compared; no first name
    for a name that gives none (such a name is never one on file)."""
    parsed = parse(name)
    return parsed.surname, parsed.given[0] if parsed.given else None


@lru_cache(maxsize=100_000)
def folded_name(name):
    """`fold(name)`, remembered: the names on file are compared again and again."""
    return fold(name)


@lru_cache(maxsize=200_000)
def _firsts_compatible(first, other):
    return same_first_name(first, other) is not None


class People:
    """The people on file a run has read, with what their appearances say of them
    (organisations, ages), kept current as the run writes.

    People are read by the surnames the importer looks them up by (`surname`,
    `alias_surname`), each surname once a run; a name is then compared only with those who
    have a name of its surname and a first name that can be its (`names.compatible`): how
    many that is does not grow with the archive the way everyone of a surname does.
    """

    def __init__(self):
        self.records = {}  # pk -> person
        self.evidence = {}  # pk -> (organisations, ages), sets
        self.looked_up = {}  # pk -> (surname, alias_surname) as stored
        self.surnames = set()  # surnames read
        self.by_name = {}  # surname -> first name -> pks
        self.built = {}  # pk -> the candidate as `people_identity` compares them

    def read(self, surnames):
        """Read the people of `surnames` not read yet in this run."""
        missing = sorted(set(surnames) - self.surnames)
        if not missing:
            return
        self.surnames.update(missing)
        rows = (
            Person.objects.filter(Q(surname__in=missing) | Q(alias_surname__in=missing))
            .order_by("pk")
            .values_list(
                *PERSON_COLUMNS,
                "surname",
                "alias_surname",
                "organisation__name",
                "organisation__parent__name",
            )
        )
        unread = {}
        for row in rows:
            pk = row[0]
            if pk in self.records:  # read for another surname: what the run knows holds
                continue
            person = Person.from_db(Person.objects.db, PERSON_COLUMNS, row[: len(PERSON_COLUMNS)])
            n = len(PERSON_COLUMNS)
            self.records[pk] = person
            self.looked_up[pk] = (row[n], row[n + 1])
            unread[pk] = (set(family_of(*row[n + 2 :])), set())
            self._index(person)
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
            self.evidence.update(unread)

    def _index(self, person):
        for name in person.all_names():
            surname, first = name_parts(name)
            if first is None:
                continue
            pks = self.by_name.setdefault(surname, {}).setdefault(first, [])
            if person.pk not in pks:
                pks.append(person.pk)

    def compared_with(self, name, surnames):
        """Pks of the people on file, oldest first, that `name` may be: those with a name of
        its surname and a compatible first name, looked up by one of `surnames`."""
        surname, first = name_parts(name)
        if first is None:
            return []
        found = set()
        for other, pks in self.by_name.get(surname, {}).items():
            if _firsts_compatible(first, other):
                found.update(pks)
        return sorted(
            pk
            for pk in found
            if self.looked_up[pk][0] in surnames or self.looked_up[pk][1] in surnames
        )

    def add(self, person, surnames, organisations, ages):
        """A person the run has just written, or written to, with the surnames it is now
        looked up by."""
        self.records[person.pk] = person
        self.looked_up[person.pk] = surnames
        self.evidence[person.pk] = (organisations, ages)
        self.built.pop(person.pk, None)
        self._index(person)


class Named:
    """The organisations or operations on file a run has read, by the names they were looked
    up by, as `Entity.named` finds them: by their name as given, or an alias letter case
    aside."""

    def __init__(self, model, related):
        self.model, self.related = model, related
        self.records = {}  # pk -> record
        self.by_name = {}  # name as given -> pks

    def named(self, names):
        given = sorted({name for name in names if name.strip()})
        missing = [name for name in given if name not in self.by_name]
        if missing:
            for name in missing:
                self.by_name[name] = []
            found = self.model.objects.select_related(self.related).named(missing)
            for record in found:
                self.records.setdefault(record.pk, record)
                self._place(self.records[record.pk], missing)
        pks = sorted({pk for name in given for pk in self.by_name[name]})
        return [self.records[pk] for pk in pks]

    def _place(self, record, names):
        aliases = {fold(alias) for alias in record.all_names()[1:]}
        for name in names:
            pks = self.by_name.get(name)
            if pks is None or record.pk in pks:
                continue
            if record.name == name or folded_name(name) in aliases:
                pks.append(record.pk)

    def add(self, records):
        """Records the run has just written, or written to: found by the names looked up."""
        for record in records:
            self.records[record.pk] = record
            self._place(record, list(self.by_name))


class _Remembered:
    """What is on file, remembered for one run of imports, and the content versions it was
    read under."""

    LIMIT = 50_000  # people remembered at most, before the run starts again from nothing

    def __init__(self, versions=None):
        self.versions = versions
        self.people = People()
        self.organisations = Named(Organisation, "parent")
        self.operations = Named(Operation, "force")
        # The organisations above others and the case files, for the pages an article changes.
        self.links = Links()
        self.articles = 0  # articles written under what is remembered
        self.slugs = {}  # model -> every slug of it taken

    def slugs_taken(self, model):
        """Every slug of `model` taken, for new records' slugs with no query; None while
        nothing has been written under what is remembered. Read once the memory has outlived
        an article, so only a run writing alone reads them all (one query), not one whose
        memory others' writes keep dropping, which looks up a new record's few candidates."""
        if model not in self.slugs:
            if not self.articles:
                return None
            self.slugs[model] = set(model._default_manager.values_list("slug", flat=True))
        return self.slugs[model]

    @property
    def full(self):
        return len(self.people.records) > self.LIMIT


_local = threading.local()


def current():
    """What the run remembers; for an import outside a run, a memory of its own."""
    return getattr(_local, "remembered", None) or _Remembered()


@contextmanager
def remembering():
    """Remember what is on file, for the imports in the block."""
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


def _versions():
    # Read twice an article: in plain SQL, which costs a small part of what the ORM spends
    # building the same statement each time.
    table = connection.ops.quote_name(ContentVersion._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT scope, version FROM {table} WHERE scope IN (%s, %s)", list(WATCHED))
        found = dict(cursor.fetchall())
    return tuple(found.get(scope, 0) for scope in WATCHED)


@contextmanager
def checked():
    """Around one article's write, in its transaction: forget what the run remembers if
    anyone else wrote since the run's last article, or writes during this one."""
    remembered = getattr(_local, "remembered", None)
    if remembered is None:
        yield
        return
    before = _versions()
    if remembered.versions != before or remembered.full:
        remembered = _local.remembered = _Remembered()
    yield
    if transaction.get_rollback():  # a dry run: nothing it did is on file
        _local.remembered = _Remembered()
        return
    after = _versions()
    # This article's own write moves the lists on once; anything more is someone else's.
    if after[0] == before[0] and after[1] - before[1] in (0, 1):
        remembered.versions = after
        remembered.articles += 1
    else:
        remembered.versions = None
