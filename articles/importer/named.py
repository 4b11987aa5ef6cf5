"""The people, organisations and operations an article names, found by name or created.

Each function returns the records keyed by the name the extractor gave, so that the span
records written afterwards can point at them.
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


def organisations(extraction) -> dict:
    """Every organisation the article names, found by name or created, keyed by name."""
    wanted = {found.name: found for found in extraction.organisations}
    for found in extraction.people:
        if found.organisation and found.organisation not in wanted:
            wanted[found.organisation] = None
    if not wanted:
        return {}
    existing = {org.name: org for org in Organisation.objects.filter(name__in=wanted)}
    new = [
        Organisation(name=name[:200], kind=found.kind if found else "other")
        for name, found in wanted.items()
        if name not in existing
    ]
    existing.update((org.name, org) for org in _create(Organisation, new))
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
    names = [found.name for found in extraction.people]
    if not names:
        return {}
    existing = {}
    for person in Person.objects.filter(name__in=names).order_by("pk"):
        existing.setdefault(person.name, person)
    new = {}
    for found in extraction.people:
        if found.name not in existing and found.name not in new:
            new[found.name] = Person(
                name=found.name[:200],
                kind=found.kind,
                organisation=organisations.get(found.organisation),
            )
    existing.update(zip(new, _create(Person, list(new.values())), strict=True))
    return existing


def operations(extraction, organisations: dict) -> dict:
    """Operations by canonical name, matched against names and known aliases."""
    names = [found.name for found in extraction.operations]
    if not names:
        return {}
    existing = {}
    for operation in Operation.objects.filter(name__in=names).order_by("pk"):
        existing.setdefault(operation.name, operation)
    if missing := [name for name in names if name not in existing]:
        _match_aliases(missing, existing)
    force = _only_force(extraction, organisations)
    new, grown = {}, []
    for found in extraction.operations:
        operation = existing.get(found.name)
        if operation is None:
            aliases = _new_spellings(found.aliases, found.name, [])
            new[found.name] = Operation(
                name=found.name[:200], kind=found.kind, aliases=aliases, force=force
            )
        elif added := _new_spellings(found.aliases, operation.name, operation.aliases):
            operation.aliases = [*operation.aliases, *added]
            grown.append(operation)
    Operation.objects.bulk_update(grown, ["aliases"])
    existing.update(zip(new, _create(Operation, list(new.values())), strict=True))
    return existing


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
