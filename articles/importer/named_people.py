"""The people an article names: the person on file each name is, or a new one.

Which person a name is, is decided by `articles.identity.people` from the candidates the
run knows of its surname (`on_file.People`) and those the article has added so far; this
module applies the decisions in the article's transaction, as `named` does for the other
kinds of record.
"""

from __future__ import annotations

import functools

from articles.identity import people as people_identity
from articles.identity.names import parse
from articles.importer import named as naming
from articles.importer import on_file
from articles.importer.on_file import family, record_key
from casefiles import inserts
from casefiles.models import Person, fold
from casefiles.models.people import surnames_of


def _candidate(key, person, organisations, ages):
    return people_identity.Candidate(
        key=key,
        names=tuple(person.all_names()),
        kind=person.kind,
        organisations=frozenset(organisations),
        ages=frozenset(ages),
        verified=person.review_status == "verified",
    )


def people(extraction, named: naming.Named, previous: naming.Previous) -> None:
    """Every person the article names: the one on file, or a new one."""
    if not extraction.people:
        return
    surnames = surnames_named(extraction)
    known = on_file.current().people
    known.read(surnames)
    candidates = _Candidates(known, surnames)
    new, grown = {}, {}  # new people by `record_key`, in the order met
    for found in extraction.people:
        name = naming.stored_name(Person, found.name)
        organisation = named.organisations.get(found.organisation)
        earlier = previous.people.get(fold(name))
        if earlier is not None:
            named.people[found.name] = earlier
            named.reasons["person", found.name] = "as this article's earlier import had it"
            continue
        mention = people_identity.Mention(name, found.kind, family(organisation), found.age)
        decision = people_identity.resolve(mention, candidates.compared_with(name))
        person = _person(name, found, organisation, decision, candidates, named)
        if person.pk is None:
            new.setdefault(record_key(person), person)
        if person.add_aliases([name]):
            if person.pk is not None:
                grown[person.pk] = person
            else:
                candidates.renamed(person)
        named.people[found.name] = person
        named.reasons["person", found.name] = decision.reason[:300]
    new = list(new.values())
    for person in new:
        person.surname, person.alias_surname = surnames_of(person)
    for person in grown.values():
        person.alias_surname = surnames_of(person)[1]
    naming.create(Person, new, named)
    inserts.update(grown.values(), ["aliases", "alias_surname"])
    candidates.remember(new, grown)
    for name, person in named.people.items():
        named.people[name] = naming.standing(person)


def surnames_named(extraction):
    """The surnames the people the article names are looked up by."""
    return {parse(found.name).surname for found in extraction.people} - {""}


class _Candidates:
    """The people a name is compared with (`people_identity`), oldest first: those on file
    that the run knows (`on_file.People`) with a name of its surname and a compatible first
    name, then those this article adds. Each is built once, and again when the article adds
    to what is known of them."""

    def __init__(self, known, surnames):
        self.known, self.surnames = known, surnames
        # This article's new people, keyed apart from the pks of those on file.
        self.new = {}  # ("new", record_key) -> (person, organisations, ages)
        self.touched = {}  # pk -> person, of those on file this article adds to
        self.built = {}
        # The new people by the surnames of their names, so that a long list of names
        # compares each with those of its surname, not with everyone the article adds.
        self.new_by_surname = {}  # surname -> keys
        self.indexed = {}  # key -> the names indexed
        self.met = {}  # key -> when the article first named them (the order of `new`)

    def compared_with(self, name):
        found = []
        for pk in self.known.compared_with(name, self.surnames):
            if pk not in self.known.built:
                organisations, ages = self.known.evidence[pk]
                self.known.built[pk] = _candidate(pk, self.known.records[pk], organisations, ages)
            found.append(self.known.built[pk])
        keys = self.new_by_surname.get(parse(name).surname, ())
        for key in sorted(keys, key=self.met.__getitem__):
            if key not in self.built:
                self.built[key] = _candidate(key, *self.new[key])
            found.append(self.built[key])
        return found

    def renamed(self, person):
        """Index a new person by the surnames of all their names, as they are now."""
        key = _new_key(person)
        names = tuple(person.all_names())
        if self.indexed.get(key) == names:
            return
        self.indexed[key] = names
        for surname in _surnames(names):
            keys = self.new_by_surname.setdefault(surname, [])
            if key not in keys:
                keys.append(key)

    def evidence(self, key):
        """The person of `key` with what is known of them, to add to."""
        if key in self.new:
            return self.new[key]
        person = self.known.records[key]
        return (person, *self.known.evidence[key])

    def changed(self, person, organisations, ages):
        if person.pk is None:
            self.new[_new_key(person)] = (person, organisations, ages)
            self.met.setdefault(_new_key(person), len(self.met))
            self.built.pop(_new_key(person), None)
            self.renamed(person)
        else:
            self.known.evidence[person.pk] = (organisations, ages)
            self.known.built.pop(person.pk, None)
            self.touched[person.pk] = person

    def remember(self, new, grown):
        """Keep what this article wrote, for the articles after it in the run."""
        for person in new:
            _, organisations, ages = self.new[_new_key(person)]
            self.known.add(person, (person.surname, person.alias_surname), organisations, ages)
        for pk, person in grown.items():
            surnames = (self.known.looked_up[pk][0], person.alias_surname)
            self.known.add(person, surnames, *self.known.evidence[pk])


def _new_key(person):
    return ("new", record_key(person))


@functools.lru_cache(maxsize=50_000)
def _surnames(names):
    return {parse(name).surname for name in names}


def _person(name, found, organisation, decision, candidates, named):
    if decision.match is not None:
        person, organisations, ages = candidates.evidence(decision.match)
        for key in decision.possible:
            named.questions.append((candidates.evidence(key)[0], person, decision.reason))
    else:
        person = inserts.new(Person, name=name, kind=found.kind, organisation=organisation)
        organisations, ages = set(), set()
        for key in decision.possible:
            named.questions.append((person, candidates.evidence(key)[0], decision.reason))
    # Later names in this article are compared with what it has said so far.
    organisations |= family(organisation)
    if found.age is not None:
        ages.add(found.age)
    candidates.changed(person, organisations, ages)
    return person
