"""What extraction finds in one article: plain frozen records with spans into the source.

The records are named tuples: an article's extraction builds hundreds of them, and a tuple is
made in about half the time of a frozen dataclass, which sets each field through
object.__setattr__. Read them by field name; `_replace` makes a changed copy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from articles.extraction.headers import ParsedSource, Span

# Every record says which rule found it (`rule`, a short kebab-case name such as
# "said-after-quote" that a journalist reads in the review queue) and how sure that rule is
# (`confidence`, 0 to 1: 1.0 for a pattern that is right whenever it fires, about 0.5 for a
# guess from nearby text). The review queue shows the least sure first.


class FoundOperation(NamedTuple):
    name: str  # canonical: "Operation Erasure", "Strike Force Kestrel"
    kind: str  # "operation" | "project" | "strike force" | "codename"
    aliases: tuple[str, ...]  # distinct spellings as printed ("Op Booth", "operation Booth")
    mentions: tuple[Span, ...]
    # The police force that runs it, by its organisation name ("Essex Police"): the force the
    # text ties to it ("Essex Police's Operation Raptor", "Operation X, run by the Met", a
    # force's unit running it), else the only force the article names; None when the text
    # ties it to another body, or names several forces and ties none to it.
    force: str | None = None
    rule: str = ""
    confidence: float = 1.0


class FoundOrganisation(NamedTuple):
    name: str  # canonical: "Metropolitan Police" for "the Met" and "Scotland Yard"
    kind: str  # "police_force" | "police_unit" | "council" | "court" | "charity" | ...
    parent: str | None  # a unit's force, when the text gives it
    mentions: tuple[Span, ...]
    rule: str = ""
    confidence: float = 1.0


class FoundPerson(NamedTuple):
    name: str  # full name without rank or title
    rank_or_title: str | None  # full form: "Detective Chief Inspector"
    rank_as_printed: str | None  # "Det Chief Insp"
    role: str | None  # appositive as printed: "Southend district commander"
    organisation: str | None  # canonical organisation name
    kind: str  # "official" | "elected_official" | "member_of_public" | "defendant" | "victim"
    mentions: tuple[Span, ...]  # every mention, surname-only ones included
    first: Span  # the introducing mention, rank as printed included
    gender: str | None = None  # "m" or "f" where the text shows it (Mr, Mrs, "her son"), for "he"
    age: int | None = None  # as printed beside a mention: "Tony Cox, 19,", "Jane Smith (34)"
    rule: str = ""
    confidence: float = 1.0


class FoundQuote(NamedTuple):
    span: Span  # opening mark of the first paragraph to the closing mark of the last
    speaker: str | None  # canonical person name; None when the text does not say
    attribution: Span | None  # "Chief Inspector Simon Anslow, the ... commander said:"
    paragraphs: int
    operations: tuple[str, ...]  # operations named in the quote or its paragraphs
    rule: str = ""
    confidence: float = 1.0


class FoundOutcome(NamedTuple):
    span: Span
    metric: str  # "arrests", "cannabis seized (kg)", "sentence", "burglary reduction (%)"
    value: float | int | None  # None for a life sentence
    value_max: float | int | None  # upper end of a range
    unit: (
        str | None
    )  # a vocabulary.Unit: "GBP", "USD", "EUR", "%", "months", "kg", …; None for a count
    qualifier: str | None  # a vocabulary.Qualifier: "more than", "about", …, "life"
    period: str | None  # as printed: "two to three years"
    operation: str | None
    organisation: str | None
    person: str | None  # for sentences, the person sentenced
    # A vocabulary.Scope: "operation", "force" (a force-wide figure) or "national" (the whole
    # country, or several forces together: never credited to the local operation).
    scope: str = "operation"
    # A total for a group, not one person's or one event's: "a total of 22 years for 12 men".
    is_total: bool = False
    rule: str = ""
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Extraction:
    source: ParsedSource
    operations: tuple[FoundOperation, ...]
    people: tuple[FoundPerson, ...]
    organisations: tuple[FoundOrganisation, ...]
    quotes: tuple[FoundQuote, ...]
    outcomes: tuple[FoundOutcome, ...]
    # Figures too large to store (vocabulary.FIGURE_LIMIT), left out of `outcomes`.
    out_of_range: tuple[Span, ...] = ()
