"""Whom "he", "she" or "the officer" in an attribution tag means: the most recent person
named outside quotes who fits the pronoun's gender or the role noun's rank, title or role."""

from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple

from articles.extraction.lexicon.civictitles import JUDGES_BY_TITLE
from articles.extraction.lexicon.quotes import Role
from articles.extraction.people import PeopleIndex
from articles.extraction.types import FoundPerson

# How many mentions back "he" or "the officer" may point: far enough for any article, and a
# bound on the work a text of thousands of names and quotes can ask for.
RESOLVE_LOOKBACK = 100


class Antecedent(NamedTuple):
    name: str  # the person's canonical name
    at: int  # where the mention pointed back at starts


class Antecedents:
    """The people of one article as "he" or "the officer" can point back at them.

    `excluded` holds the quoted spans, in order: a person named inside a quote is not who
    "he" means.
    """

    def __init__(self, people: PeopleIndex, excluded: list[tuple[int, int]]):
        self.people = people
        self.excluded = excluded
        self._excluded_starts = [s for s, _ in excluded]
        self._holders: dict[str, list[FoundPerson]] = {}

    def resolve(
        self, pos: int, gender=None, role: Role | None = None, word=None, age: int | None = None
    ) -> Antecedent | None:
        """The most recent person mentioned before `pos` (outside quotes) who fits.

        `word`, a role noun ("sergeant", "minister"), must then be in their rank, title or role;
        `age` ("the 34-year-old") their age as printed. A defendant or victim is taken only when
        nobody else fits a pronoun.
        """
        fallback = None
        mentions = self.people.mentions
        last = self.people.before(pos)
        ruled_out = set()  # a person who does not fit at one mention fits at none
        for k in range(last - 1, max(-1, last - 1 - RESOLVE_LOOKBACK), -1):
            ms, me, name = mentions[k]
            if name in ruled_out or me > pos or self.quoted(ms):
                continue
            person = self.people.by_name(name)
            if person is None or not _fits(person, gender, role, word, age):
                ruled_out.add(name)
                continue
            if person.kind in ("defendant", "victim") and age is None:
                fallback = fallback or Antecedent(name, ms)
                ruled_out.add(name)
                continue
            return Antecedent(name, ms)
        return fallback if role is None and word is None else None

    def named_later(self, word: str, pos: int) -> str | None:
        """The one person whose rank, title or role holds `word` ("judge"), when they are
        first named after `pos`: "what a judge called…" in a standfirst, before the judge is
        named; None when nobody or several hold it."""
        holders = self._holders.get(word)
        if holders is None:  # once per role noun, not once per quote
            holders = self._holders[word] = [
                p for p in self.people.people if _fits(p, None, None, word)
            ]
        if len(holders) != 1 or min(m.start for m in holders[0].mentions) < pos:
            return None
        return holders[0].name

    def quoted(self, pos: int) -> bool:
        """Whether `pos` falls inside a quoted segment (they are in order and never overlap)."""
        i = bisect_right(self._excluded_starts, pos) - 1
        return i >= 0 and pos < self.excluded[i][1]


def _fits(
    person: FoundPerson,
    gender: str | None,
    role: Role | None,
    word: str | None,
    age: int | None = None,
) -> bool:
    if age is not None and person.age != age:
        return False
    if role is not None and not _ROLE_FITS[role](person):
        return False
    if word is not None and word not in f"{person.rank_or_title} {person.role}".lower():
        return False
    return not (gender and person.gender and person.gender != gender)


def _is_police(person: FoundPerson) -> bool:
    title = (person.rank_or_title or "").lower()
    return person.kind == "official" and (
        bool(title) and "judge" not in title or "police" in (person.role or "").lower()
    )


def _is_court(person: FoundPerson) -> bool:
    title = (person.rank_or_title or "").lower()
    return "judge" in title or "recorder" in title or person.rank_or_title in JUDGES_BY_TITLE


# Whom each kind of role noun can point back at.
_ROLE_FITS = {
    Role.POLICE: _is_police,
    Role.SPOKES: lambda person: "spokes" in (person.role or "").lower(),
    Role.CIVIC: lambda person: person.kind == "elected_official",
    Role.COURT: _is_court,
    Role.OTHER: lambda person: True,
}
