"""Whether an organisation an article names is one already on file.

A unit's name is its own only within its force ("Serious Violence Unit" of Essex Police and of
Kent Police are two), so a unit the article places in a force matches that force's unit, or a
unit of that name on file with no force (which it then belongs to). A body named without its
parent matches the one of that name on file when there is only one, or the one whose parent
the article names.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

from articles.identity.decisions import Decision


@dataclass(frozen=True)
class Mention:
    name: str
    parent: str | None  # the body the article places it in
    named: frozenset[str] = frozenset()  # every organisation the article names


@dataclass(frozen=True)
class Candidate:
    key: Hashable
    name: str
    parent: str | None


def resolve(mention: Mention, candidates: list[Candidate]) -> Decision:
    """The candidate the organisation is, or a new one; candidates by name, oldest first."""
    if mention.parent:
        same = [c for c in candidates if c.parent and _f(c.parent) == _f(mention.parent)]
        if same:
            return Decision(same[0].key, f"matched {same[0].name} of {mention.parent}")
        loose = [c for c in candidates if not c.parent]
        if loose:
            return Decision(
                loose[0].key, f"matched {loose[0].name}, now placed in {mention.parent}"
            )
        return Decision(None, f"new: {mention.parent}'s own")
    if len(candidates) == 1:
        return Decision(candidates[0].key, f"matched {candidates[0].name}, the only one on file")
    named_here = {_f(name) for name in mention.named}
    placed = [c for c in candidates if c.parent and _f(c.parent) in named_here]
    if len(placed) == 1:
        why = f"matched {placed[0].name} of {placed[0].parent}, named here"
        return Decision(placed[0].key, why)
    loose = [c for c in candidates if not c.parent]
    if loose:
        return Decision(loose[0].key, f"matched {loose[0].name}, belonging to no other body")
    if candidates:
        why = "new: several bodies have this name and the article names none of theirs"
        return Decision(None, why, possible=tuple(c.key for c in candidates))
    return Decision(None, "new: none of this name on file")


def _f(name):
    """A name as compared: letter case and spacing aside."""
    return " ".join(name.split()).casefold()
