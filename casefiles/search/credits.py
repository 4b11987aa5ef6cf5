"""A person's search row brought up to date from the credits new articles give them: what a
batch of newly imported articles adds is appended to what the row already holds, so indexing
a person costs the same whether they were named twice before or ten thousand times.

Their row lists the organisation they are best known with and then each organisation, rank
and role their published appearances gave them, once, in the order first given
(`entries.person_entry`). New articles' appearances come after all the earlier ones, so the
row built afresh is the row held, followed by the new credits it lacks. Where the row held
cannot be read back as that list (none yet, a best-known organisation that is not its first
credit, a body cut at its limit, a credit holding the separator), the person is left to be
indexed afresh from all their appearances.
"""

from __future__ import annotations

from django.db import connection
from django.db.models import Exists, OuterRef, Q

from casefiles.models import (
    Appearance,
    OperationMention,
    Organisation,
    Outcome,
    Person,
    Quote,
)
from casefiles.search import backends
from casefiles.search.entries import (
    MAX_BODY_CHARS,
    TABLE,
    SearchKind,
    credits_by_person,
    person_entry,
    person_rows,
    search_key,
)

SEPARATOR = " · "  # as `person_entry` joins a person's credits
_UNCLEAN = ("\x00", "\x02", "\x03", SEPARATOR.strip())


def people_in(article_ids):
    """A filter on the people the articles name or quote."""
    return Q(pk__in=Appearance.objects.filter(article_id__in=article_ids).values("person")) | Q(
        pk__in=Quote.objects.filter(article_id__in=article_ids).values("speaker")
    )


def organisations_in(article_ids):
    """A filter on the organisations the articles' records name (the importer writes new ones
    with `bulk_create`, which sends no signal)."""
    named = Q()
    for records, link in (
        (Appearance.objects, "organisation"),
        (Outcome.objects, "organisation"),
        (OperationMention.objects, "operation__force"),
    ):
        named |= Q(pk__in=records.filter(article_id__in=article_ids).values(link))
    return named


def organisations_named_in(article_ids):
    """Ids of the organisations the articles' records name that someone is best known with
    (only those matter to `reindex_people_placed_in`), in one query."""
    someone = Exists(Person.objects.filter(organisation=OuterRef("pk")))
    named = Organisation.objects.filter(organisations_in(article_ids)).filter(someone)
    return set(named.values_list("pk", flat=True))


def new_credits(article_ids) -> dict[int, list[str]]:
    """The credits the published appearances of `article_ids` give each person they name, each
    once, in the order first given (as `entries.with_credits` reads them from all of someone's
    appearances). Read by article only: by person, the database could walk all their others."""
    return credits_by_person(Q(article_id__in=article_ids))


def _held_bodies(person_ids) -> dict[int, str]:
    """The body of each person's row in the index now, by person."""
    backend = backends.current()
    keys = [search_key(SearchKind.PERSON, pk) for pk in person_ids]
    bodies = {}
    with connection.cursor() as cursor:
        for start in range(0, len(keys), 500):
            batch = keys[start : start + 500]
            placeholders = ", ".join(["%s"] * len(batch))
            cursor.execute(
                f"SELECT object_id, body FROM {TABLE} "
                f"WHERE {backend.key_column} IN ({placeholders})",
                batch,
            )
            bodies.update((int(object_id), body or "") for object_id, body in cursor.fetchall())
    return bodies


def _readable(credit):
    return not any(mark in credit for mark in _UNCLEAN)


def _credited_elsewhere(person_ids, article_ids):
    """Of `person_ids`, those a published article other than `article_ids` credits."""
    if not person_ids:
        return set()
    elsewhere = Appearance.objects.published().filter(person_id__in=person_ids)
    elsewhere = elsewhere.exclude(article_id__in=article_ids).values_list("person_id", flat=True)
    return set(elsewhere.distinct())


def extended_entries(article_ids, *, apart_from=()):
    """(entries, afresh): the rows of the people the newly written `article_ids` name (but
    those `apart_from`), extended by the credits the articles give them, and the ids of those
    whose row must be built afresh instead. Someone with no row yet whom no other article
    credits gets the row the articles' credits alone make."""
    if backends.current() is None:
        return [], set()
    people = list(person_rows().filter(people_in(article_ids)).exclude(pk__in=apart_from))
    bodies = _held_bodies([person.pk for person in people])
    unheld = {person.pk for person in people} - set(bodies)
    afresh = _credited_elsewhere(unheld, article_ids)
    credits = new_credits(article_ids)
    entries = []
    for person in people:
        known = person.organisation.name if person.organisation else None
        held = bodies.get(person.pk, known or "")
        given = held.split(SEPARATOR) if held else []
        added = credits.get(person.pk, [])
        if (
            person.pk in afresh
            or len(held) >= MAX_BODY_CHARS
            or (known is not None and (not given or given[0] != known or not _readable(known)))
            or not all(_readable(credit) for credit in added)
        ):
            afresh.add(person.pk)
            continue
        person.published_credits = given + [credit for credit in added if credit not in given]
        entries.append(person_entry(person))
    return entries, afresh
