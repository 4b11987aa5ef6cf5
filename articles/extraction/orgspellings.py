"""One organisation printed two ways: a force with and without "Police Service", a unit
with "Special" and "Specialist", a department with and without the state that owns it.

Each pass takes the organisations found, keyed as `organisations` keys them, and files the
second spelling's mentions under the first.
"""

from __future__ import annotations

from articles.extraction.vocabulary import OrganisationKind as Kind


def file_short_forces_under_long(orgs: dict) -> None:
    """One force printed two ways, "Tasmania Police" and "Tasmania Police Force": the short
    form's mentions go to the long."""
    force = Kind.POLICE_FORCE  # read once: an enum member is a slow attribute in Python 3.11
    for key in list(orgs):
        org = orgs[key]
        if org.kind != force:
            continue
        for other in orgs.values():
            if other is org or other.kind != force:
                continue
            if (
                other.name.lower().startswith(org.name.lower() + " ")
                and len(other.name.split()) == len(org.name.split()) + 1
            ):
                other.mentions.extend(org.mentions)
                del orgs[key]
                break


# Words of one unit's name that agree this far are one word printed two ways ("Special" and
# "Specialist", "Operations" and "Operational").
_STEM = 7


def file_unit_spellings_together(orgs: dict) -> None:
    """One unit printed two ways, "Eastern Special Operations Unit" and "Eastern Specialist
    Operations Unit": the later spelling's mentions go to the first. And a department named
    without its state ("the state's Department of Justice") is the one named with it."""
    unit, government = Kind.POLICE_UNIT, Kind.GOVERNMENT
    first: dict = {}
    for key in list(orgs):
        org = orgs[key]
        if org.kind == unit:
            kept = first.setdefault(tuple(w[:_STEM].lower() for w in org.name.split()), org)
        elif org.kind == government:
            kept = next((o for o in orgs.values() if _owned_form(org, o)), org)
        else:
            continue
        if kept is not org:
            kept.mentions.extend(org.mentions)
            del orgs[key]


def _owned_form(short, long) -> bool:
    """Whether `long` is `short` with its owner before it: "Nevada Department of Justice"."""
    return long.kind == short.kind and long.name.lower().endswith(" " + short.name.lower())
