"""Whether an operation an article names is one already on file.

Forces reuse operation names, so an operation is one force's: "Operation Raptor" of Essex
Police and of Thames Valley Police are two. An article that ties the operation to a force
matches that force's record; one that does not is matched to the only record of the name when
nothing in the article speaks against it, and otherwise left for a journalist to place.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

from articles.identity.decisions import Decision


@dataclass(frozen=True)
class Mention:
    name: str
    force: str | None  # the force the article says ran it
    forces_named: frozenset[str] = frozenset()  # every police force the article names


@dataclass(frozen=True)
class Candidate:
    key: Hashable
    name: str
    force: str | None


def resolve(mention: Mention, candidates: list[Candidate]) -> Decision:
    """The candidate the operation is, or a new one; candidates by name, oldest first."""
    if mention.force:
        return _with_force(mention, candidates)
    named_here = {_f(force) for force in mention.forces_named}
    tied = [c for c in candidates if c.force and _f(c.force) in named_here]
    if len(tied) == 1:
        return Decision(tied[0].key, f"matched {tied[0].name} of {tied[0].force}, named here")
    unforced = [c for c in candidates if not c.force]
    if len(candidates) == 1:
        [only] = candidates
        if not only.force or not mention.forces_named:
            return Decision(only.key, f"matched {only.name}, the only one of the name on file")
        why = (
            f"new: {only.name} on file is {only.force}'s, and this article names "
            f"{', '.join(sorted(mention.forces_named))} instead"
        )
        return Decision(None, why, possible=(only.key,))
    if len(unforced) == 1:
        why = f"matched {unforced[0].name} with no force on file; the article names none of theirs"
        return Decision(unforced[0].key, why, possible=tuple(c.key for c in tied))
    if candidates:
        forces = ", ".join(sorted({c.force for c in candidates if c.force}))
        why = f"new: several forces ran an operation of this name ({forces}); the article names "
        why += "none of them" if not tied else "more than one of them"
        return Decision(None, why, possible=tuple(c.key for c in candidates))
    return Decision(None, "new: no operation of this name on file")


def _f(name):
    """A force's name as compared: letter case and spacing aside."""
    return " ".join(name.split()).casefold()


def _with_force(mention, candidates):
    same = [c for c in candidates if c.force and _f(c.force) == _f(mention.force)]
    if same:
        return Decision(same[0].key, f"matched {same[0].name} of {mention.force}")
    unforced = [c for c in candidates if not c.force]
    if len(unforced) == 1:
        why = (
            f"matched {unforced[0].name}, on file with no force; this article names {mention.force}"
        )
        return Decision(unforced[0].key, why)
    if candidates:
        forces = ", ".join(sorted({c.force for c in candidates if c.force}))
        return Decision(None, f"new: {mention.force}'s, not the one of {forces} on file")
    return Decision(None, "new: no operation of this name on file")
