"""Whether a person an article names is someone already on file.

`resolve(mention, candidates)` takes what the article says of the person and what is known of
each person on file with a compatible name, and returns a `Decision`: the one it is, or a new
record, with the reason, and any records it may nevertheless be for a journalist to confirm.

A name alone is never enough where anything contradicts it: a different organisation, kinds
that cannot be one person (an officer or councillor is not a defendant), or ages far apart.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

from articles.extraction.vocabulary import PersonKind
from articles.identity.decisions import Decision
from articles.identity.names import compatible

# Kinds one person can be across articles: someone who speaks for an organisation, or a private
# individual. A victim in one report may be a witness (member of the public) in another.
_SIDES = {
    PersonKind.OFFICIAL: "public office",
    PersonKind.ELECTED_OFFICIAL: "public office",
    PersonKind.DEFENDANT: "defendant",
    PersonKind.VICTIM: "private",
    PersonKind.MEMBER_OF_PUBLIC: "private",
}
# Years two reported ages of one person may differ by: reports of one case span a few years.
AGE_DRIFT = 3


@dataclass(frozen=True)
class Mention:
    name: str
    kind: str
    organisations: frozenset[str] = frozenset()  # the organisation and the body it belongs to
    age: int | None = None


@dataclass(frozen=True)
class Candidate:
    key: Hashable
    names: tuple[str, ...]  # the name first, then aliases
    kind: str
    organisations: frozenset[str] = frozenset()  # every organisation on file for them
    ages: frozenset[int] = frozenset()
    verified: bool = False


def _name_reason(mention, candidate):
    for name in candidate.names:
        if reason := compatible(mention.name, name):
            return name, reason
    return None, None


def contradictions(mention: Mention, candidate: Candidate) -> list[str]:
    """What the article says that cannot be true of the candidate."""
    found = []
    if _SIDES.get(mention.kind, mention.kind) != _SIDES.get(candidate.kind, candidate.kind):
        found.append(
            f"the article makes them a {_label(mention.kind)}, not a {_label(candidate.kind)}"
        )
    here, on_file = mention.organisations, candidate.organisations
    if here and on_file and not here & on_file:
        found.append(f"{_list(here)} here, {_list(on_file)} on file")
    ages = candidate.ages
    if mention.age is not None and ages and all(abs(mention.age - a) > AGE_DRIFT for a in ages):
        found.append(f"aged {mention.age} here, {_list(map(str, ages))} on file")
    return found


def _support(mention, candidate):
    """How much beyond the name speaks for the candidate, for choosing among several."""
    return (
        bool(mention.organisations & candidate.organisations),
        mention.name.casefold() in (name.casefold() for name in candidate.names),
        candidate.verified,
    )


def resolve(mention: Mention, candidates: list[Candidate]) -> Decision:
    """The candidate `mention` is, or a new person; candidates in order of age, oldest first."""
    clean, contradicted = [], []
    for candidate in candidates:
        name, reason = _name_reason(mention, candidate)
        if reason is None:
            continue
        against = contradictions(mention, candidate)
        (contradicted if against else clean).append((candidate, name, reason, against))
    if clean:
        best = max(clean, key=lambda c: _support(mention, c[0]))
        candidate, name, reason, _ = best
        why = f"matched {name}: {reason}"
        if mention.organisations & candidate.organisations:
            why += f", both with {_list(mention.organisations & candidate.organisations)}"
        others = tuple(c[0].key for c in clean if c is not best)
        return Decision(candidate.key, why, possible=others)
    if contradicted:
        candidate, name, reason, against = contradicted[0]
        why = f"new: {reason} as {name}, but {'; '.join(against)}"
        return Decision(None, why, possible=tuple(c[0].key for c in contradicted))
    return Decision(None, "new: no one on file by a compatible name")


def _label(kind):
    return str(kind).replace("_", " ")


def _list(values):
    return ", ".join(sorted(values))
