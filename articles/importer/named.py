"""The people, organisations and operations an article names, found by name or created.

Each function returns the records keyed by the name the extractor gave, so that the span
records written afterwards can point at them. A name longer than its column holds is stored
cut to fit, and found again by that cut name: the record is looked up, created and returned
under one name, whatever its length.
"""

from __future__ import annotations

from typing import NamedTuple

from django.db.models import Q

from casefiles.models import Operation, Organisation, Person, unique_slugs


class Named(NamedTuple):
    """The records an article names, each keyed by the name the extractor gave."""

    organisations: dict
    people: dict
    operations: dict


def find_or_create(extraction) -> Named:
    found_organisations = organisations(extraction)
    return Named(
        organisations=found_organisations,
        people=people(extraction, found_organisations),
        operations=operations(extraction, found_organisations),
    )


def stored_name(model, name: str) -> str:
    """`name` as `model` stores it: cut to the length of its name column."""
    return name[: model._meta.get_field("name").max_length]


def organisations(extraction) -> dict:
    """Every organisation the article names, found by name or created, keyed by name."""
    wanted = {found.name: found for found in extraction.organisations}
    for found in extraction.people:
        if found.organisation and found.organisation not in wanted:
            wanted[found.organisation] = None
    if not wanted:
        return {}
    stored = {name: stored_name(Organisation, name) for name in wanted}
    by_stored = {
        org.name: org for org in Organisation.objects.filter(name__in=set(stored.values()))
    }
    new = {}
    for name, found in wanted.items():
        if stored[name] not in by_stored and stored[name] not in new:
            kind = found.kind if found else "other"
            new[stored[name]] = Organisation(name=stored[name], kind=kind)
    by_stored.update((org.name, org) for org in _create(Organisation, list(new.values())))
    existing = {name: by_stored[stored[name]] for name in wanted}
    _adopt_parents(wanted, existing)
    return existing


def _adopt_parents(wanted, existing):
    """Give each organisation the parent the article names, unless it already has one."""
    adopted = []
    for name, found in wanted.items():
        org = existing[name]
        parent = existing.get(found.parent) if found and found.parent else None
        if parent is not None and org.parent_id is None and parent.pk != org.pk:
            org.parent = parent
            adopted.append(org)
    Organisation.objects.bulk_update(adopted, ["parent"])


def people(extraction, organisations: dict) -> dict:
    """Every person the article names, the oldest of that name or a new one, keyed by name."""
    stored = {found.name: stored_name(Person, found.name) for found in extraction.people}
    if not stored:
        return {}
    by_stored = {}
    for person in Person.objects.filter(name__in=set(stored.values())).order_by("pk"):
        by_stored.setdefault(person.name, person)
    new = {}
    for found in extraction.people:
        name = stored[found.name]
        if name not in by_stored and name not in new:
            new[name] = Person(
                name=name, kind=found.kind, organisation=organisations.get(found.organisation)
            )
    by_stored.update(zip(new, _create(Person, list(new.values())), strict=True))
    return {name: by_stored[cut] for name, cut in stored.items()}


def operations(extraction, organisations: dict) -> dict:
    """Operations by canonical name, matched against names and known aliases."""
    stored = {found.name: stored_name(Operation, found.name) for found in extraction.operations}
    if not stored:
        return {}
    existing = {}
    for operation in Operation.objects.filter(name__in=set(stored.values())).order_by("pk"):
        existing.setdefault(operation.name, operation)
    if missing := [name for name in stored.values() if name not in existing]:
        _match_aliases(missing, existing)
    force = _only_force(extraction, organisations)
    new, grown = {}, []
    for found in extraction.operations:
        name = stored[found.name]
        operation = existing.get(name) or new.get(name)
        if operation is None:
            aliases = _new_spellings(found.aliases, name, [])
            new[name] = Operation(name=name, kind=found.kind, aliases=aliases, force=force)
        elif added := _new_spellings(found.aliases, operation.name, operation.aliases):
            operation.aliases = [*operation.aliases, *added]
            if operation.pk is not None:
                grown.append(operation)
    Operation.objects.bulk_update(grown, ["aliases"])
    existing.update(zip(new, _create(Operation, list(new.values())), strict=True))
    return {name: existing[cut] for name, cut in stored.items()}


def _match_aliases(missing, existing):
    """A journalist may have renamed an operation: its old names live on as aliases."""
    known_as = Q()
    for name in missing:
        known_as |= Q(aliases__icontains=name)
    for operation in Operation.objects.filter(known_as).order_by("pk"):
        folded = {alias.casefold() for alias in operation.aliases}
        for name in missing:
            if name.casefold() in folded:
                existing.setdefault(name, operation)


def _only_force(extraction, organisations):
    """The police force a new operation belongs to, when the article names exactly one."""
    forces = [
        org
        for found in extraction.organisations
        if found.kind == "police_force" and (org := organisations.get(found.name))
    ]
    return forces[0] if len(forces) == 1 else None


def _new_spellings(spellings, name, known):
    """Spellings that are neither the name nor a known alias, letter case aside."""
    seen = {name.casefold(), *(alias.casefold() for alias in known)}
    fresh = []
    for spelling in spellings:
        if spelling.casefold() not in seen:
            seen.add(spelling.casefold())
            fresh.append(spelling)
    return fresh


def _create(model, new):
    """Insert new named records in one statement, each with a free slug."""
    for record, slug in zip(new, unique_slugs(model, [r.name for r in new]), strict=True):
        record.slug = slug
    return model.objects.bulk_create(new)
