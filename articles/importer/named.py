"""The people, organisations and operations an article names: the records on file they are,
or new ones.

Which record a name is, is decided by `articles.identity` from the candidates gathered here (a
few queries per article, whatever the archive's size); this module applies the decisions in
the article's transaction. A name this article already gave a record when it was imported
before keeps that record, so a re-import never moves or duplicates anything. A record a
journalist rejected as junk is never created again: names that resolve to it are left out.

Each function returns the records keyed by the name the extractor gave (None for a rejected
one), so that the span records written afterwards can point at them. A name longer than its
column holds is stored cut to fit.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from articles.extraction.vocabulary import OrganisationKind
from articles.identity import operations as operation_identity
from articles.identity import organisations as organisation_identity
from articles.identity import people as people_identity
from articles.identity.names import parse
from articles.importer.on_file import family, people_on_file, record_key, remember
from casefiles.models import (
    Appearance,
    Operation,
    OperationMention,
    Organisation,
    Person,
    PossibleMatch,
    fold,
    unique_slugs,
)
from casefiles.models.people import surnames_of


@dataclass
class Named:
    """The records an article names, each keyed by the name the extractor gave, with why."""

    organisations: dict = field(default_factory=dict)
    people: dict = field(default_factory=dict)
    operations: dict = field(default_factory=dict)
    reasons: dict = field(default_factory=dict)  # (kind, name) -> why this record
    questions: list = field(default_factory=list)  # (record, candidate, reason) to ask

    def ask(self, article):
        """Record the "possibly the same as" questions, once the article exists."""
        for record, candidate, reason in self.questions:
            if record is not None and candidate is not None and record.pk != candidate.pk:
                PossibleMatch.objects.flag(record, candidate, reason, article)


@dataclass
class Previous:
    """What an article's earlier import named: folded name -> record."""

    people: dict = field(default_factory=dict)
    operations: dict = field(default_factory=dict)


def previously_named(article) -> Previous:
    """The records this article's names led to when it was imported before."""
    previous = Previous()
    appearances = Appearance.objects.filter(article=article).select_related("person")
    for appearance in appearances:
        for name in appearance.person.all_names():
            previous.people.setdefault(fold(name), appearance.person)
    mentions = OperationMention.objects.filter(article=article).select_related("operation")
    for mention in mentions:
        for name in mention.operation.all_names():
            previous.operations.setdefault(fold(name), mention.operation)
    return previous


def find_or_create(extraction, previous: Previous | None = None) -> Named:
    named = Named()
    previous = previous or Previous()
    organisations(extraction, named)
    people(extraction, named, previous)
    operations(extraction, named, previous)
    return named


def stored_name(model, name: str) -> str:
    """`name` as `model` stores it: cut to the length of its name column."""
    return name[: model._meta.get_field("name").max_length]


def _standing(record):
    return None if record is None or record.is_rejected else record


def _create(model, new):
    """Insert new named records in one statement, each with a free slug."""
    for record, slug in zip(new, unique_slugs(model, [r.name for r in new]), strict=True):
        record.slug = slug
    return model.objects.bulk_create(new)


# --- Organisations ----------------------------------------------------------------------------


def organisations(extraction, named: Named) -> None:
    """Every organisation the article names, bodies before the units they hold."""
    wanted = {found.name: (found.kind, found.parent) for found in extraction.organisations}
    for found in extraction.people:
        if found.organisation and found.organisation not in wanted:
            wanted[found.organisation] = (OrganisationKind.OTHER, None)
    for _, parent in list(wanted.values()):
        if parent and parent not in wanted:
            wanted[parent] = (OrganisationKind.OTHER, None)
    if not wanted:
        return
    names = {stored_name(Organisation, name) for name in wanted}
    on_file = list(Organisation.objects.select_related("parent").named(names))
    article_names = frozenset(wanted)
    adopted = []
    # Bodies first, so that the units the article places in them can point at them.
    for level in _levels(wanted):
        new = []
        for name in level:
            kind, parent_name = wanted[name]
            parent = named.organisations.get(parent_name) if parent_name else None
            record = _organisation(name, kind, parent, on_file, article_names, adopted)
            if record.pk is None and record not in new:
                new.append(record)
            named.organisations[name] = record
        _create(Organisation, new)
    Organisation.objects.bulk_update(adopted, ["parent"])
    for name, record in named.organisations.items():
        named.organisations[name] = _standing(record)


def _levels(wanted):
    """The names in `wanted` by how deep they sit (bodies, their units, units of those ...);
    a name in a loop of parents is put after the others."""
    depth = {}

    def depth_of(name, seen=()):
        if name not in depth:
            parent = wanted[name][1]
            if parent is None or parent in seen or parent not in wanted:
                depth[name] = 0
            else:
                depth[name] = depth_of(parent, (*seen, name)) + 1
        return depth[name]

    for name in wanted:
        depth_of(name)
    return [[n for n in wanted if depth[n] == d] for d in range(max(depth.values()) + 1)]


def _organisation(name, kind, parent, on_file, article_names, adopted):
    name = stored_name(Organisation, name)
    candidates = [org for org in on_file if fold(name) in map(fold, org.all_names())]
    decision = organisation_identity.resolve(
        organisation_identity.Mention(name, parent.name if parent else None, article_names),
        [
            organisation_identity.Candidate(
                record_key(org), org.name, org.parent.name if org.parent else None
            )
            for org in candidates
        ],
    )
    if decision.match is not None:
        record = next(org for org in candidates if record_key(org) == decision.match)
        if parent is not None and record.parent is None and parent is not record:
            record.parent = parent
            if record.pk is not None:
                adopted.append(record)
        return record
    record = Organisation(name=name, kind=kind, parent=parent)
    on_file.append(record)
    return record


# --- People -----------------------------------------------------------------------------------


def _candidate(person, organisations, ages):
    return people_identity.Candidate(
        key=record_key(person),
        names=tuple(person.all_names()),
        kind=person.kind,
        organisations=frozenset(organisations),
        ages=frozenset(ages),
        verified=person.review_status == "verified",
    )


def people(extraction, named: Named, previous: Previous) -> None:
    """Every person the article names: the one on file, or a new one."""
    if not extraction.people:
        return
    surnames = {parse(found.name).surname for found in extraction.people} - {""}
    on_file = people_on_file(surnames) if surnames else {}
    candidates = _Candidates(on_file)
    new, grown = [], {}
    for found in extraction.people:
        name = stored_name(Person, found.name)
        organisation = named.organisations.get(found.organisation)
        earlier = previous.people.get(fold(name))
        if earlier is not None:
            named.people[found.name] = earlier
            named.reasons["person", found.name] = "as this article's earlier import had it"
            continue
        mention = people_identity.Mention(name, found.kind, family(organisation), found.age)
        decision = people_identity.resolve(mention, candidates.for_surname(parse(name).surname))
        person = _person(name, found, organisation, decision, on_file, named)
        candidates.changed(record_key(person))
        if person.pk is None and person not in new:
            new.append(person)
        if person.add_aliases([name]) and person.pk is not None:
            grown[person.pk] = person
        named.people[found.name] = person
        named.reasons["person", found.name] = decision.reason[:300]
    for person in new:
        person.surname, person.alias_surname = surnames_of(person)
    for person in grown.values():
        person.alias_surname = surnames_of(person)[1]
    _create(Person, new)
    Person.objects.bulk_update(grown.values(), ["aliases", "alias_surname"])
    remember(on_file)
    for name, person in named.people.items():
        named.people[name] = _standing(person)


class _Candidates:
    """The people on file as `people_identity` compares them, by surname: names of different
    surnames are never one person's (`names.compatible`), so a name is compared only with
    those who have (or go by) its surname, in the order of `on_file`, oldest first. Each is
    built once an article, and again when the article adds to what is known of them."""

    def __init__(self, on_file):
        self.on_file = on_file
        self.built = {}
        self.by_surname, self.placed = {}, set()
        for key in on_file:
            self._place(key)

    def _place(self, key):
        self.placed.add(key)
        person = self.on_file[key][0]
        for surname in _surnames(tuple(person.all_names())):
            self.by_surname.setdefault(surname, []).append(key)

    def for_surname(self, surname):
        found = []
        for key in self.by_surname.get(surname, ()):
            if key not in self.built:
                self.built[key] = _candidate(*self.on_file[key])
            found.append(self.built[key])
        return found

    def changed(self, key):
        if key not in self.placed:  # a new person: compared with the article's later names
            self._place(key)
        self.built.pop(key, None)


@functools.lru_cache(maxsize=50_000)
def _surnames(names):
    return {parse(name).surname for name in names}


def _person(name, found, organisation, decision, on_file, named):
    if decision.match is not None:
        person, organisations, ages = on_file[decision.match]
        for key in decision.possible:
            named.questions.append((on_file[key][0], person, decision.reason))
    else:
        person = Person(name=name, kind=found.kind, organisation=organisation)
        organisations, ages = set(), set()
        for key in decision.possible:
            named.questions.append((person, on_file[key][0], decision.reason))
    # Later names in this article are compared with what it has said so far.
    organisations |= family(organisation)
    if found.age is not None:
        ages.add(found.age)
    on_file[record_key(person)] = (person, organisations, ages)
    return person


# --- Operations -------------------------------------------------------------------------------


def operations(extraction, named: Named, previous: Previous) -> None:
    """Every operation the article names: its force's record on file, or a new one."""
    if not extraction.operations:
        return
    names = {stored_name(Operation, n) for f in extraction.operations for n in (f.name, *f.aliases)}
    on_file = list(Operation.objects.select_related("force").named(names))
    forces = frozenset(
        found.name
        for found in extraction.organisations
        if found.kind == OrganisationKind.POLICE_FORCE
    )
    changed = {}
    for found in extraction.operations:
        spellings = [stored_name(Operation, n) for n in (found.name, *found.aliases)]
        earlier = next(
            (previous.operations[fold(n)] for n in spellings if fold(n) in previous.operations),
            None,
        )
        if earlier is not None:
            named.operations[found.name] = earlier
            named.reasons["operation", found.name] = "as this article's earlier import had it"
            continue
        force = named.organisations.get(found.force)
        operation, reason = _operation(found, spellings, force, forces, on_file, named)
        if _grow(operation, spellings, force) and operation.pk is not None:
            changed[operation.pk] = operation
        named.operations[found.name] = operation
        named.reasons["operation", found.name] = reason[:300]
    _create(Operation, [op for op in on_file if op.pk is None])
    Operation.objects.bulk_update(changed.values(), ["aliases", "force"])
    for name, operation in named.operations.items():
        named.operations[name] = _standing(operation)


def _grow(operation, spellings, force):
    """Give an operation on file the spellings and the force this article adds; whether any."""
    grown = operation.add_aliases(spellings)
    if operation.force_id is None and force is not None:
        operation.force = force
        grown = True
    return grown


def _operation(found, spellings, force, forces, on_file, named):
    folded = {fold(n) for n in spellings}
    candidates = [op for op in on_file if folded & {fold(n) for n in op.all_names()}]
    decision = operation_identity.resolve(
        operation_identity.Mention(found.name, force.name if force else None, forces),
        [
            operation_identity.Candidate(
                record_key(op), op.name, op.force.name if op.force else None
            )
            for op in candidates
        ],
    )
    by_key = {record_key(op): op for op in candidates}
    if decision.match is not None:
        return by_key[decision.match], decision.reason
    operation = Operation(name=spellings[0], kind=found.kind, aliases=[], force=force)
    operation.add_aliases(spellings[1:])
    on_file.append(operation)
    for key in decision.possible:
        named.questions.append((operation, by_key[key], decision.reason))
    return operation, decision.reason
