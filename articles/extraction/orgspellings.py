"""One organisation printed two ways: a force with and without "Police Service", a unit
with and without its force's name before it, a unit with "Special" and "Specialist", a
department with and without the state that owns it.

Each pass takes the organisations found, keyed as `organisations` keys them, and files one
spelling's mentions under the other.
"""

from __future__ import annotations

from articles.extraction.headers import Span
from articles.extraction.lexicon.organisations import FORCE_ENDINGS
from articles.extraction.orgkinds import FORCE_NAME
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


# The most words a force's name has ("Police Service of Northern Ireland"), and a unit's name
# compared for spellings: a longer run of capitals is no name to compare word by word.
_FORCE_WORDS = 6
_UNIT_WORDS = 12


def file_units_under_their_force(orgs, force_named) -> None:
    """One unit printed with its force's name and without, "Wessex Police Serious Violence
    Unit" and "the Serious Violence Unit": the unit is filed under its own name with the force
    as parent, and in each long mention the force's name is a mention of the force.

    `force_named(words)` is the force's name if `words` name a police force, else None;
    `orgs.add` files a mention as `organisations` does.
    """
    unit = Kind.POLICE_UNIT
    units = {org.name.lower().replace("’", "'"): org for org in orgs.values() if org.kind == unit}
    for key in list(orgs):
        long = orgs.get(key)
        if long is None or long.kind != unit:
            continue
        words = long.name.split()
        for n in range(1, min(len(words), _FORCE_WORDS + 1)):
            short_key = " ".join(words[n:]).lower().replace("’", "'")
            short = units.get(short_key)
            if short is None or orgs.get(short_key) is not short:
                continue
            force = force_named(" ".join(words[:n]))
            if force is not None:
                _split_mentions(orgs, long, short, force)
                del orgs[key]
                break
            if _place_named_first(long, short, words[:n]):
                long.mentions.extend(short.mentions)
                del orgs[short_key]
                break


# The most words of a place that names a unit ("Cavan/Monaghan", "Prince Albert").
_PLACE_WORDS = 2


def _place_named_first(long, short, place: list[str]) -> bool:
    """Whether `long` is `short` with the place it serves before it, named in full before
    the short form: "the Elmford Divisional Crime Task Force" … "the Divisional Crime Task
    Force" is one unit, filed under its full name."""
    return (
        len(place) <= _PLACE_WORDS
        and place[-1] not in FORCE_ENDINGS  # "Wessex Police": a force the rules do not know
        and len(short.name.split()) >= 2
        and min(m.start for m in long.mentions) < min(m.start for m in short.mentions)
    )


def _split_mentions(orgs, long, short, force: str) -> None:
    """Each mention of `long` cut in two: the force's name for the force, the rest for
    `short`."""
    short.parent = short.parent or force
    size = len(short.name)
    for m in long.mentions:
        unit_start = m.end - size
        force_end = m.start + len(m.text[: unit_start - m.start].rstrip())
        orgs.add(force, Kind.POLICE_FORCE, m.start, force_end, rule=FORCE_NAME)
        short.mentions.append(Span(unit_start, m.end, m.text[unit_start - m.start :]))


# A word printed two ways within one unit's name agrees this far, one spelling the start of
# the other ("Special" and "Specialist"); plural "s" aside ("Operations", "Operational").
_STEM = 5


def file_unit_spellings_together(orgs: dict) -> None:
    """One unit printed two ways, "Eastern Special Operations Unit" and "Eastern Specialist
    Operations Unit": the later spelling's mentions go to the first. And a department named
    without its state ("the state's Department of Justice") is the one named with it."""
    unit, government = Kind.POLICE_UNIT, Kind.GOVERNMENT
    # Units by their name with one word left out, and that word's first letters: two
    # spellings of one name meet under one of these keys.
    by_gap: dict = {}
    for key in list(orgs):
        org = orgs[key]
        if org.kind == unit:
            kept = _spelt_before(org, by_gap)
        elif org.kind == government:
            kept = next((o for o in orgs.values() if _owned_form(org, o)), org)
        else:
            continue
        if kept is not org:
            kept.mentions.extend(org.mentions)
            del orgs[key]


def _spelt_before(org, by_gap: dict):
    """The unit found before `org` whose name is `org`'s with one word spelt otherwise; or
    `org` itself, noted for the units after it."""
    words = org.name.lower().split()
    if len(words) > _UNIT_WORDS:
        return org
    keys = [(i, *words[:i], *words[i + 1 :], words[i][:_STEM]) for i in range(len(words))]
    for i, key in enumerate(keys):
        for other in by_gap.get(key, ()):
            if _one_word_two_ways(words[i], other.name.lower().split()[i]):
                return other
    for key in keys:
        by_gap.setdefault(key, []).append(org)
    return org


def _one_word_two_ways(a: str, b: str) -> bool:
    """Whether one word's stem starts the other and is _STEM letters or longer."""
    a, b = sorted((a.removesuffix("s"), b.removesuffix("s")), key=len)
    return len(a) >= _STEM and b.startswith(a)


def _owned_form(short, long) -> bool:
    """Whether `long` is `short` with its owner before it: "Nevada Department of Justice"."""
    return long.kind == short.kind and long.name.lower().endswith(" " + short.name.lower())
