"""Template articles for a newsroom's archive: `corpus.py`'s articles with an archive's spread.

`corpus.py` draws every name from a few dozen, evenly. An archive has thousands of people and
hundreds of operations across many forces, and a few that recur in thousands of articles (the
superintendent quoted every week, the operation that ran for years). Here:

- operations: `OPERATIONS` invented codenames, each with a home force, drawn with Zipf weights;
  one article in ten has a codename run by another force, so two forces each have an
  "Operation Velkaro";
- officers: each force has `OFFICERS_PER_FORCE` (rank, name) identities, drawn with Zipf
  weights, named with their force half the time;
- private individuals: defendants, victims and residents quoted by name, from thousands of
  names, each usually in one article;
- units named after their force ("Cumbria Constabulary's Roads Policing Unit");
- one article in `ROUNDUP_EVERY` is a court round-up of 30 to 300 cases: a long article with
  hundreds of records.

    python -m tests.benchmarks.archive_corpus DIRECTORY [COUNT]
"""

from __future__ import annotations

import itertools
import random
import sys
from pathlib import Path

from tests.benchmarks import corpus
from tests.benchmarks.corpus import _Article, _words

FIRST = corpus.FIRST + _words(
    "Abigail Bilal Chloe Darius Efe Freya Gideon Hollie Isaac Jasmine Kamal Lucy Marek Nadia "
    "Oscar Poppy Rafael Saoirse Theo Uma Vinny Willow Xander Yasmin Zack Amir Bethany Conor "
    "Delphine Emeka Fraser Georgia Hamza Iona Jonah Keira Lewis Mabel Niall Orla"
)
LAST = corpus.LAST + _words(
    "Abbott Bellamy Crowther Dunmore Eccles Fenwick Galloway Holloway Iqbal Jennings Kerr "
    "Lockwood Moss Nightingale Oyelaran Pemberton Quigley Rowntree Stott Thackeray Underhill "
    "Varga Wadsworth Yeoman Acheampong Baptiste Chaudhry Driscoll Esposito Flint Gallagher "
    "Hurst Ives Jovanovic Kowalski Lindqvist Mahmood Nkemelu Oakes Pilkington Reyes Sutcliffe "
    "Tran Ulyatt Vickers Winslow Ashworth Brophy Corrigan Delaney"
)
TOWNS = corpus.TOWNS + _words(
    "Carlisle Kendal Workington Barrow Norwich Lowestoft Boston Exeter Plymouth Truro "
    "Brighton Crawley Guildford Woking Poole Weymouth Chester Crewe Durham Darlington"
)
FORCES = (
    *corpus.FORCES,
    "Cumbria Constabulary",
    "Norfolk Constabulary",
    "Devon and Cornwall Police",
    "Sussex Police",
    "Surrey Police",
    "Dorset Police",
    "Cheshire Constabulary",
    "Durham Constabulary",
    "Northumbria Police",
    "Merseyside Police",
    "Greater Manchester Police",
    "West Midlands Police",
    "Nottinghamshire Police",
    "Leicestershire Police",
    "Staffordshire Police",
    "Dyfed-Powys Police",
)
OPERATIONS = 400
OFFICERS_PER_FORCE = 120
# One article in this many is a court round-up of dozens to hundreds of cases.
ROUNDUP_EVERY = 150
RESIDENT_ROLES = ("Neighbour", "Resident", "Shopkeeper", "Local mum", "Parent")
RESIDENT_SPEECH = (
    "We were too scared to go out at night",
    "It has been a nightmare living next to that house",
    "The street is finally quiet again",
    "Nobody should have to put up with that",
)

_ONSETS = _words("B Br C D Dr F G Gr H K Kr L M N P Pr R S St T Tr V W Z")
_VOWELS = _words("a e i o u")
_CODAS = ("", "", "n", "r", "l", "x", "s", "th", "nd", "rk")


def _zipf(count, exponent):
    """Cumulative Zipf weights for `count` items: the first is drawn most often."""
    return list(itertools.accumulate(1 / (rank + 1) ** exponent for rank in range(count)))


def _codenames(rng, count):
    """`count` invented one-word codenames, two or three syllables each."""
    names = set()
    while len(names) < count:
        syllables = [
            rng.choice(_ONSETS).lower() + rng.choice(_VOWELS) + rng.choice(_CODAS)
            for _ in range(rng.choice((2, 2, 3)))
        ]
        names.add("".join(syllables).capitalize())
    return sorted(names)


class Pools:
    """The names one archive draws from, the same for a seed."""

    def __init__(self, seed):
        rng = random.Random(seed)
        self.forces = list(FORCES)
        rng.shuffle(self.forces)
        self.force_weights = _zipf(len(self.forces), 0.8)
        self.operations = [
            (name, rng.choices(self.forces, cum_weights=self.force_weights)[0])
            for name in _codenames(rng, OPERATIONS)
        ]
        rng.shuffle(self.operations)
        self.operation_weights = _zipf(len(self.operations), 1.0)
        self.officers = {
            force: [
                (rng.choice(corpus.RANKS), rng.choice(FIRST), rng.choice(LAST))
                for _ in range(OFFICERS_PER_FORCE)
            ]
            for force in self.forces
        }
        self.officer_weights = _zipf(OFFICERS_PER_FORCE, 1.1)


class ArchiveArticle(_Article):
    def __init__(self, rng: random.Random, pools: Pools):
        super().__init__(rng)
        self.pools = pools
        self.town = rng.choice(TOWNS)
        self.op, home = rng.choices(pools.operations, cum_weights=pools.operation_weights)[0]
        self.force = home if rng.random() < 0.9 else rng.choice(pools.forces)
        self.officer = rng.choices(pools.officers[self.force], cum_weights=pools.officer_weights)[0]
        self.defendant = self.private_name()

    def private_name(self):
        return (self.pick(FIRST), self.pick(LAST))

    def officer_intro(self):
        rank, first, last = self.officer
        if self.rng.random() < 0.5:
            return f"{rank} {first} {last}, of {self.force},"
        return super().officer_intro()

    def unit(self):
        return f"Detectives from {self.force}'s {self.pick(corpus.UNITS)} led the inquiry."

    def victim(self):
        first, last = self.private_name()
        return (
            f"The court heard {self.defendant[1]} had stabbed {first} {last} outside a pub in "
            f"{self.town}."
        )

    def resident(self):
        first, last = self.private_name()
        role = self.pick(RESIDENT_ROLES)
        age = self.rng.randint(19, 80)
        return f"{role} {first} {last}, {age}, said: “{self.pick(RESIDENT_SPEECH)}.”"

    def build(self) -> str:
        rng = self.rng
        if rng.random() < 1 / ROUNDUP_EVERY:
            return self.roundup()
        parts = [self.headline() + ("\n" + self.dateline() if rng.random() < 0.9 else "")]
        body = [self.lede(), self.background()]
        if rng.random() < 0.7:
            body.append(self.seizure())
        if rng.random() < 0.5:
            body.append(self.unit())
        body += self.quote_block()
        body += self.court()
        if rng.random() < 0.3:
            body.append(self.victim())
        if rng.random() < 0.4:
            body.append(self.resident())
        body.append(self.appeal())
        if rng.random() < 0.4:
            body += self.quote_block()
        return "\n\n".join(parts + body) + "\n"

    def roundup(self):
        """A long article: every case heard at one court in a year."""
        cases = self.rng.randint(30, 300)
        parts = [f"Every sentence at {self.town} Crown Court in {self.year}\n{self.dateline()}"]
        body = [f"These are the people jailed at {self.town} Crown Court in {self.year}."]
        for n in range(cases):
            self.defendant = self.private_name()
            body += self.court()
            if n % 6 == 0:
                body += self.quote_block()[:1]
        return "\n\n".join(parts + body) + "\n"


def generate(count: int = 600, seed: int = 20250101) -> list[tuple[str, str]]:
    """(file name, text) for `count` template articles; the same seed gives the same ones."""
    rng, pools = random.Random(seed), Pools(seed)
    return [(f"{n:05d}.txt", ArchiveArticle(rng, pools).build()) for n in range(count)]


def write_corpus(directory: Path, count: int = 600, seed: int = 20250101) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in generate(count, seed):
        path = directory / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    target = Path(sys.argv[1])
    written = write_corpus(target, int(sys.argv[2]) if len(sys.argv) > 2 else 600)
    print(f"Wrote {len(written)} articles to {target}")
