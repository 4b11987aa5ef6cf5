"""The people, organisations and operations an article names: the records on file they are,
or new ones.

Which record a name is, is decided by `articles.identity` from the candidates gathered here (a
few queries per article, whatever the archive's size); this module applies the decisions in
the article's transaction. A name this article already gave a record when it was imported
before keeps that record, so a re-import never moves or duplicates anything. A record a
journalist rejected as junk is never created again: names that resolve to it are left out.

Each function returns the records keyed by the name the extractor gave (None for a rejected
one), so that the span records written afterwards can point at them. A name longer than its
column holds is stored cut to fit. People, whose identity takes the most telling, have a
module of their own (`named_people`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from articles.extraction.vocabulary import OrganisationKind
from articles.identity import operations as operation_identity
from articles.identity import organisations as organisation_identity
from articles.importer import named_people, on_file
from articles.importer.on_file import folded_name, record_key
from casefiles import inserts
from casefiles.models import (
    Appearance,
    Operation,
    OperationMention,
    Organisation,
    PossibleMatch,
    fold,
    unique_slugs,
)


@dataclass
class Named:
    """The records an article names, each keyed by the name the extractor gave, with why."""

    organisations: dict = field(default_factory=dict)
    people: dict = field(default_factory=dict)
    operations: dict = field(default_factory=dict)
    reasons: dict = field(default_factory=dict)  # (kind, name) -> why this record
    questions: list = field(default_factory=list)  # (record, candidate, reason) to ask
    created: list = field(default_factory=list)  # the records this article wrote


def ask(named) -> None:
    """Record the "possibly the same as" questions of articles written in one transaction,
    once the articles exist: `named`, (`Named`, article) for each, in their order."""
    PossibleMatch.objects.flag_all(
        [
            (record, candidate, reason, article)
            for names, article in named
            for record, candidate, reason in names.questions
            if record is not None and candidate is not None and record.pk != candidate.pk
        ],
        new=[record for names, _ in named for record in names.created],
    )


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


def read_ahead(extractions) -> None:
    """Read what is on file of the names of several articles about to be written in one
    transaction, in one query a kind, rather than a few queries each: the run then knows
    them (`on_file`), and keeps them current with what the articles write."""
    known = on_file.current()
    known.organisations.named({n for e in extractions for n in _organisation_names(e)})
    known.operations.named({n for e in extractions for n in _operation_names(e)})
    known.people.read({n for e in extractions for n in named_people.surnames_named(e)})


def find_or_create(extraction, previous: Previous | None = None) -> Named:
    named = Named()
    previous = previous or Previous()
    organisations(extraction, named)
    named_people.people(extraction, named, previous)
    operations(extraction, named, previous)
    return named


def stored_name(model, name: str) -> str:
    """`name` as `model` stores it: cut to the length of its name column."""
    return name[: model._meta.get_field("name").max_length]


def standing(record):
    return None if record is None or record.is_rejected else record


def create(model, new, named):
    """Insert new named records in one statement, each with a free slug."""
    if not new:
        return new
    named.created.extend(new)
    taken = on_file.current().slugs_taken(model)
    slugs = unique_slugs(model, [r.name for r in new], taken=taken)
    for record, slug in zip(new, slugs, strict=True):
        record.slug = slug
    if taken is not None:
        taken.update(slugs)
    return inserts.insert(new)


# --- Organisations ----------------------------------------------------------------------------


def _wanted(extraction):
    """Every organisation the article names, with its kind and parent as the article has
    them: those it names as such, those it places people in, their parents."""
    wanted = {found.name: (found.kind, found.parent) for found in extraction.organisations}
    for found in extraction.people:
        if found.organisation and found.organisation not in wanted:
            wanted[found.organisation] = (OrganisationKind.OTHER, None)
    for _, parent in list(wanted.values()):
        if parent and parent not in wanted:
            wanted[parent] = (OrganisationKind.OTHER, None)
    return wanted


def _organisation_names(extraction):
    return {stored_name(Organisation, name) for name in _wanted(extraction)}


def organisations(extraction, named: Named) -> None:
    """Every organisation the article names, bodies before the units they hold."""
    wanted = _wanted(extraction)
    if not wanted:
        return
    names = {stored_name(Organisation, name) for name in wanted}
    known = on_file.current().organisations
    on_file_now = _ByName(known.named(names))
    article_names = frozenset(wanted)
    adopted = []
    # Bodies first, so that the units the article places in them can point at them.
    for level in _levels(wanted):
        new = []
        for name in level:
            kind, parent_name = wanted[name]
            parent = named.organisations.get(parent_name) if parent_name else None
            record = _organisation(name, kind, parent, on_file_now, article_names, adopted)
            if record.pk is None and record not in new:
                new.append(record)
            named.organisations[name] = record
        create(Organisation, new, named)
        known.add(new)
    inserts.update(adopted, ["parent"])
    for name, record in named.organisations.items():
        named.organisations[name] = standing(record)


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
    folded = fold(name)
    candidates = on_file.named(folded)
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
    on_file.add(record)
    return record


class _ByName:
    """The organisations an article may mean, found by any of their names folded, each in
    the order they were met: a long list of names compares each with its own few, not with
    every organisation the article names."""

    def __init__(self, records):
        self.found = {}
        for record in records:
            self.add(record)

    def add(self, record):
        for name in {folded_name(name) for name in record.all_names()}:
            self.found.setdefault(name, []).append(record)

    def named(self, folded):
        return self.found.get(folded, [])


# --- Operations -------------------------------------------------------------------------------


def operations(extraction, named: Named, previous: Previous) -> None:
    """Every operation the article names: its force's record on file, or a new one."""
    if not extraction.operations:
        return
    names = _operation_names(extraction)
    known = on_file.current().operations
    on_file_now = known.named(names)
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
        operation, reason = _operation(found, spellings, force, forces, on_file_now, named)
        if _grow(operation, spellings, force) and operation.pk is not None:
            changed[operation.pk] = operation
        named.operations[found.name] = operation
        named.reasons["operation", found.name] = reason[:300]
    created = create(Operation, [op for op in on_file_now if op.pk is None], named)
    inserts.update(changed.values(), ["aliases", "force"])
    known.add([*created, *changed.values()])
    for name, operation in named.operations.items():
        named.operations[name] = standing(operation)


def _operation_names(extraction):
    """Every spelling of every operation the article names, as stored."""
    return {stored_name(Operation, n) for f in extraction.operations for n in (f.name, *f.aliases)}


def _grow(operation, spellings, force):
    """Give an operation on file the spellings and the force this article adds; whether any."""
    grown = operation.add_aliases(spellings)
    if operation.force_id is None and force is not None:
        operation.force = force
        grown = True
    return grown


def _operation(found, spellings, force, forces, on_file, named):
    folded = {fold(n) for n in spellings}
    candidates = [op for op in on_file if folded & set(map(folded_name, op.all_names()))]
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
