"""People: who an article names, with their rank or title, role, organisation and kind.

`find_people` reads names in passes, each taking what the ones before left: titled names
("Det Supt Karen Doyle"), bare names where the sentence shows a person ("Tony Cox, 34,"),
first names after a family word ("her son Jayden"), names given in place of somebody's own
("whom we are calling Andrei"), surnames after a title ("Mr Lyle"), then surnames alone,
which go to the most recent person of that name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import NamedTuple

from articles.extraction.budget import check_budget
from articles.extraction.dates import byline_names
from articles.extraction.document import Doc, register_words
from articles.extraction.genders import genders_from_pronouns
from articles.extraction.headers import Span
from articles.extraction.lexicon.people import HONORIFICS, NAME_PREFIXES, NOT_NAME_WORDS, RELATIVES
from articles.extraction.lexicon.quotes import SPEECH_VERB_RE
from articles.extraction.lexicon.titlednames import (
    HONORIFIC,
    HYPHENED_GIVEN_NAME,
    normalise_title,
)
from articles.extraction.namelines import barrister_letters, credited
from articles.extraction.names import (
    PersonRule,
    bare_names,
    inside_other_name,
    person_context,
    without_nickname,
)
from articles.extraction.pseudonyms import pseudonym_gender, pseudonyms
from articles.extraction.roles import OrgMention, describe
from articles.extraction.spans import SpanIndex, by_zone
from articles.extraction.titles import TitledMention
from articles.extraction.types import FoundOrganisation, FoundPerson
from articles.extraction.vocabulary import OrganisationKind, PersonKind

_RELATIVES = register_words(frozenset(RELATIVES))
_RELATIVE_NAME = re.compile(r"[a-z]+,?\s+(?P<name>[A-Z][a-z]+)\b(?!\s+[A-Z])(?![’'-])")

# The rules that name a person by a title or a family word; those that read the words around
# a bare name are in `names`.
RANK_NAME = PersonRule("person-rank-name", 0.95)  # "Det Supt Karen Doyle", "Cllr Jo Hale"
COURTESY_NAME = PersonRule("person-courtesy-name", 0.9)  # "Mr Tony Cox", "Mrs Lyle"
RELATIVE_NAME = PersonRule("person-relative", 0.7)  # "her son Jayden"
PSEUDONYM = PersonRule("person-pseudonym", 0.8)  # "whom we are calling Andrei"
KNOWN_NAME = PersonRule("person-named-before", 0.9)  # a name found already, printed again


def surname_of(name: str) -> str:
    """A name's last word, with the particle before it where that is part of it ("Ó Briain");
    the word before a Chinese or Korean given name ("Tsang" of "Wilson Tsang Chi-keung")."""
    words = name.split()
    if len(words) >= 2 and words[-2] in NAME_PREFIXES:
        return " ".join(words[-2:])
    if len(words) >= 2 and HYPHENED_GIVEN_NAME.fullmatch(words[-1]):
        return words[-2]
    return words[-1]


class Mention(NamedTuple):
    start: int
    end: int
    name: str  # the canonical name of the person mentioned


@dataclass
class Person:
    """A person as the passes build them up; frozen into a FoundPerson at the end."""

    name: str
    first: Span
    title_printed: str | None = None
    title: str | None = None
    role: str | None = None
    organisation: str | None = None
    gender: str | None = None
    age: int | None = None
    kind: str = PersonKind.MEMBER_OF_PUBLIC
    mentions: list = field(default_factory=list)
    victim: bool = False
    defendant: bool = False
    rule: PersonRule | None = None  # the surest rule that found a mention

    def found_by(self, rule: PersonRule) -> None:
        if self.rule is None or rule.confidence > self.rule.confidence:
            self.rule = rule

    @property
    def surname(self) -> str:
        return surname_of(self.name)

    def read_title(self, title: str) -> None:
        """A courtesy title tells the gender; a rank or civic title is kept, the first one."""
        if HONORIFIC.fullmatch(title):
            self.gender = self.gender or HONORIFICS.get(title.rstrip(".").lower())
        elif self.title is None:
            self.title_printed = " ".join(title.split())
            self.title = normalise_title(title)

    def found(self) -> FoundPerson:
        return FoundPerson(
            name=self.name,
            rank_or_title=self.title,
            rank_as_printed=self.title_printed,
            role=self.role,
            organisation=self.organisation,
            kind=self.kind,
            mentions=tuple(sorted(self.mentions, key=lambda sp: sp.start)),
            first=self.first,
            gender=self.gender,
            age=self.age,
            rule=self.rule.name if self.rule else "",
            confidence=self.rule.confidence if self.rule else 0.5,
        )


@dataclass
class PeopleIndex:
    """People found, and every mention in document order (for resolving "he" and "the officer")."""

    people: list[FoundPerson]
    mentions: list[Mention]  # sorted
    _by_name: dict[str, FoundPerson] = field(init=False, repr=False)

    def __post_init__(self):
        self._by_name = {}
        for p in self.people:
            self._by_name.setdefault(p.name, p)

    def at(self, start: int, end: int) -> list[Mention]:
        """The mentions inside text[start:end], in order."""
        mentions = self.mentions
        i = bisect_left(mentions, (start,))
        found = []
        while i < len(mentions) and mentions[i].start < end:
            if mentions[i].end <= end:
                found.append(mentions[i])
            i += 1
        return found

    def before(self, pos: int) -> int:
        """How many mentions start before `pos`: those that may end by it."""
        return bisect_left(self.mentions, (pos,))

    def by_name(self, name: str) -> FoundPerson | None:
        return self._by_name.get(name)


class _Passes:
    """What the passes share: the people so far, in order found, and the spans taken."""

    def __init__(self, doc: Doc, claimed, titled: list[TitledMention], byline: str | None):
        self.doc = doc
        self.text = doc.text
        self.claimed = SpanIndex(claimed)
        self.people: dict[str, Person] = {}
        self.mentions: list[Mention] = []
        self.taken = SpanIndex([*claimed, *((t.start, t.end) for t in titled)])
        # Each writer a byline names ("Jane Reporter and Sam Okoro"), lower-cased.
        self.writers = {name.lower() for name in byline_names(byline)}
        self.plain: dict[str, str] = {}  # each name without its middle initials: the name filed

    def filed_name(self, name: str) -> str:
        """ "Jo Hale" is the "Jo K. Hale" named before, and the other way round."""
        if ". " not in name:
            return self.plain.get(name, name)
        filed = self.plain.get(_without_initials(name), name)
        return name if ". " in filed else filed

    def person(self, name: str, first: Span) -> Person:
        name = self.filed_name(name)
        p = self.people.get(name)
        if p is None:
            self.plain.setdefault(_without_initials(name) if ". " in name else name, name)
            p = self.people[name] = Person(name, first)
            # "Ali Rahman Mohd Yusof", later "Ali Rahman": named again by the given names;
            # "Jo Kerr Hale", later "Jo Hale": without the middle name.
            words = name.split()
            if len(words) >= 4 and ". " not in name:
                self.plain.setdefault(" ".join(words[:2]), name)
            elif len(words) == 3 and ". " not in name:
                self.plain.setdefault(f"{words[0]} {words[2]}", name)
        return p

    def mention(self, p: Person, start: int, end: int, *, take: bool = True) -> None:
        p.mentions.append(Span(start, end, self.text[start:end]))
        self.mentions.append(Mention(start, end, p.name))
        if take:
            self.taken.add(start, end)


# A middle initial between two words of a name: "Jo K. Hale".
_INITIAL = re.compile(r"(?<=\S) [A-Z]\.(?= \S)")


def _without_initials(name: str) -> str:
    return _INITIAL.sub("", name)


def find_people(
    doc: Doc,
    claimed: list[tuple[int, int]],
    titled: list[TitledMention],
    organisations: list[FoundOrganisation],
    byline: str | None,
) -> PeopleIndex:
    """Everybody the article names, but its bylined writer, with each of their mentions."""
    passes = _Passes(doc, claimed, titled, byline)
    titled = [t for t in titled if t.name.lower() not in passes.writers]
    single = [t for t in titled if surname_of(t.name) == t.name]
    _titled_full_names([t for t in titled if surname_of(t.name) != t.name], passes)
    _bare_names(passes)
    _relatives(passes)
    _pseudonyms(passes)
    _titled_surnames(single, passes)
    _surnames_alone(passes)
    _given_names_speaking(passes)
    passes.mentions.sort()
    genders_from_pronouns(passes)
    org_spans = [OrgMention(m.start, m.end, o.name) for o in organisations for m in o.mentions]
    force = OrganisationKind.POLICE_FORCE
    forces = [o.name for o in organisations if o.kind == force]
    for p in passes.people.values():
        full = [m for m in p.mentions if p.name in m.text]
        if full:
            p.first = min(full, key=lambda sp: sp.start)
        letters = p.title is None and barrister_letters(doc.text, p.mentions)
        if letters:
            p.read_title(letters)
        describe(doc, p, org_spans, forces)
    return PeopleIndex([p.found() for p in passes.people.values()], passes.mentions)


def _titled_full_names(titled: list[TitledMention], passes: _Passes) -> None:
    """A rank or title before a full name ("Det Supt Karen Doyle"): the person, filed under it."""
    text = passes.text
    for t in titled:
        p = passes.person(t.name, Span(t.start, t.end, text[t.start : t.end]))
        p.read_title(t.title)
        p.found_by(COURTESY_NAME if HONORIFIC.fullmatch(t.title) else RANK_NAME)
        passes.mention(p, t.start, t.end, take=False)


def _bare_names(passes: _Passes) -> None:
    """Names without a title, where the sentence around them says they are a person."""
    doc, text = passes.doc, passes.text
    memo: dict = {}
    for zone in doc.zones:
        check_budget()
        for s, e in bare_names(doc, zone):
            name = without_nickname(text[s:e])
            if passes.taken.overlaps(s, e) or name.lower() in passes.writers:
                continue
            if credited(text, s, zone.start):
                continue
            rule = KNOWN_NAME if passes.filed_name(name) in passes.people else None
            rule = rule or person_context(doc, s, e, zone, passes.claimed, memo)
            if rule:
                p = passes.person(name, Span(s, e, name))
                p.found_by(rule)
                passes.mention(p, s, e)


def _relatives(passes: _Passes) -> None:
    """A first name alone after a family word ("her son Jayden"): a person named only so."""
    doc, text = passes.doc, passes.text
    relatives = by_zone(doc.positions(_RELATIVES), doc.zones)
    for n in sorted(relatives):
        zone = doc.zones[n]
        for s in relatives[n]:
            m = _RELATIVE_NAME.match(text, s, zone.end)
            if not m or passes.taken.overlaps(*m.span("name")):
                continue
            name = m["name"]
            if name.lower() in NOT_NAME_WORDS or any(name in n.split() for n in passes.people):
                continue
            ns, ne = m.span("name")
            p = passes.person(name, Span(ns, ne, name))
            p.found_by(RELATIVE_NAME)
            p.gender = p.gender or RELATIVES.get(text[s:ns].split()[0].rstrip(",").lower())
            passes.mention(p, ns, ne)


def _pseudonyms(passes: _Passes) -> None:
    """A name given in place of somebody's own ("whom we are calling Andrei"): a person."""
    for s, e in pseudonyms(passes.doc):
        name = passes.text[s:e]
        if passes.taken.overlaps(s, e) or name.lower() in passes.writers:
            continue
        p = passes.person(name, Span(s, e, name))
        p.found_by(PSEUDONYM)
        p.gender = p.gender or pseudonym_gender(passes.text, s)
        passes.mention(p, s, e)


def _titled_surnames(titled: list[TitledMention], passes: _Passes) -> None:
    """Titles with a surname only ("Mr Lyle", "DCI Basford"): the person of that surname
    introduced nearest, or a new person known only so."""
    if not titled:
        return
    text = passes.text
    by_surname: dict[str, list[Person]] = {}
    for p in passes.people.values():
        by_surname.setdefault(p.surname, []).append(p)
    for t in titled:
        match = by_surname.get(t.name)
        if match:
            p = min(match, key=lambda p: abs(p.first.start - t.start))
        else:
            p = passes.person(t.name, Span(t.start, t.end, text[t.start : t.end]))
            by_surname.setdefault(p.surname, []).append(p)
        p.found_by(COURTESY_NAME if HONORIFIC.fullmatch(t.title) else RANK_NAME)
        p.read_title(t.title)
        passes.mention(p, t.start, t.end)


def _surnames_alone(passes: _Passes) -> None:
    """Surname alone, later on ("Thompson was jailed"): the most recent person of that name."""
    doc, text = passes.doc, passes.text
    surnames: dict[str, list[str]] = {}
    for name, p in passes.people.items():
        surnames.setdefault(p.surname, []).append(name)
    # For a surname several people share, their mentions so far in order: the nearest before
    # a position is found by bisection. Mentions added below only repeat what is found.
    shared = {n: p.surname for n, p in passes.people.items() if len(surnames[p.surname]) > 1}
    ordered: dict[str, list[tuple[int, str]]] = {}
    if shared:
        for ms, _me, n in sorted(passes.mentions):
            if n in shared:
                ordered.setdefault(shared[n], []).append((ms, n))
    for surname, names in surnames.items():
        for s in doc.word_positions(surname):
            e = s + len(surname)
            zi = doc.zone_index(s)
            if zi < 0 or e > doc.zones[zi].end or passes.taken.overlaps(s, e):
                continue
            if inside_other_name(text, doc.zones[zi], s, e):
                continue
            name = names[0]
            if len(names) > 1:
                before = ordered.get(surname, [])
                i = bisect_left(before, (s,))
                name = before[i - 1][1] if i else names[0]
            passes.mention(passes.people[name], s, e, take=False)


# "…," Zulkifli said': a speech verb right after a lone word.
_SPEECH_AFTER = re.compile(rf"\s+{SPEECH_VERB_RE}")


def _given_names_speaking(passes: _Passes) -> None:
    """A person named in full and later by their given name alone as a speaker ("Ali
    said", where Malay names put the personal name first): the one person it opens."""
    doc, text = passes.doc, passes.text
    firsts: dict[str, list[Person]] = {}
    for p in passes.people.values():
        if " " in p.name:
            firsts.setdefault(p.name.split()[0], []).append(p)
    surnames = {p.surname for p in passes.people.values()}
    for given, people in firsts.items():
        if len(people) > 1 or given in surnames:
            continue
        for s in doc.word_positions(given):
            e = s + len(given)
            if passes.taken.overlaps(s, e) or not _SPEECH_AFTER.match(text, e):
                continue
            zi = doc.zone_index(s)
            if zi >= 0 and not inside_other_name(text, doc.zones[zi], s, e):
                passes.mention(people[0], s, e, take=False)
