"""The police force that runs each operation, where the text says so.

An operation is tied to an organisation printed right beside one of its mentions, in one of
a few shapes: the owner ("Essex Police's Operation Raptor", "the Met’s long-running Operation
Trident"), the agent ("Kent Police has launched Operation Falcon", "Operation Falcon, run by
Kent Police"), the description ("a Kent Police operation, codenamed Falcon", "Operation
Falcon, a Kent Police initiative") and the attribute ("Kent Police Operation Falcon").

The first mention so tied decides: a force runs the operation, a unit stands for the force it
belongs to, and any other body (the NCA, a council) runs it in place of a police force. "The
force" is the only force the article names. An operation tied to nothing is the only force's,
when the article names exactly one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from articles.extraction.document import Doc, register_words
from articles.extraction.lexicon.operations import (
    CODENAME_WORDS,
    FORCE_REFERENCES,
    KNOWN_AS_LEADS,
    NAMING_WORDS,
    RUNNING_VERB_LEADS,
    RUNNING_VERBS,
)
from articles.extraction.lexicon.patterns import alternatives
from articles.extraction.lexicon.words import words_pattern
from articles.extraction.types import FoundOperation, FoundOrganisation
from articles.extraction.vocabulary import OrganisationKind as Kind

_LOWER_WORD = r"[a-z][\w’'-]*\s+"
_VERB = r"(?:" + words_pattern(RUNNING_VERB_LEADS) + r"\s+){0,3}" + alternatives(RUNNING_VERBS)
_CAMPAIGN_NOUN = words_pattern(KNOWN_AS_LEADS)
# "operation, codenamed", "crackdown known as": a campaign word and the words naming it.
_CAMPAIGN = (
    _CAMPAIGN_NOUN + r",?\s+(?:" + words_pattern(NAMING_WORDS | CODENAME_WORDS) + r"\s+(?:as\s+)?)?"
)
# What may stand between an organisation and a mention of the operation after it.
_BEFORE = re.compile(
    r"(?:[’']s?\s+(?:" + _LOWER_WORD + r")?"  # "Essex Police's (new) Operation X"
    r"|,?\s+(?:(?:which|who)\s+)?" + _VERB + r"\s+(?:" + _LOWER_WORD + r"){0,2}"  # "… launched"
    r"|\s+)"  # "Kent Police Operation X"
    r"(?:" + _CAMPAIGN + r")?[‘'“\"]?"
)
# … and between a mention and an organisation after it: "Operation X, which is run by the".
_RUN_BY = re.compile(r"[’'”\"]?,?\s+(?:(?:which|that)\s+)?" + _VERB + r"\s+by\s+(?:the\s+)?")
# "Operation X, a Kent Police operation", "Operation X, Kent Police's crackdown on …": the
# campaign word is read after the organisation.
_DESCRIBED = re.compile(r"[’'”\"]?,\s+(?:(?:a|an|the)\s+)?")
_DESCRIPTION_END = re.compile(r"(?:[’']s?)?\s+(?:" + _LOWER_WORD + r")?" + _CAMPAIGN_NOUN + r"\b")
_LETTERS = re.compile(r"[A-Za-z]+")
_LONGEST_GAP = 80  # characters: longer than any of the shapes above

_REFERENCES = register_words(frozenset(w + s for w in FORCE_REFERENCES for s in ("", "’s", "'s")))


class _OrgMention(NamedTuple):
    start: int
    end: int
    name: str


def with_forces(
    doc: Doc, operations: list[FoundOperation], organisations: list[FoundOrganisation]
) -> list[FoundOperation]:
    """The operations, each with the police force that runs it (see the module docstring)."""
    if not operations:
        return operations
    forces = [o.name for o in organisations if o.kind == Kind.POLICE_FORCE]
    only = forces[0] if len(forces) == 1 else None
    runners = _runners(organisations)
    mentions = sorted(
        _OrgMention(m.start, m.end, o.name)
        for o in organisations
        if o.name in runners
        for m in o.mentions
    )
    if only is not None:
        mentions = sorted(mentions + _references(doc, only))
    starts = [m.start for m in mentions]
    result = []
    for op in operations:
        tied = _tied(doc, op, mentions, starts)
        force = only if tied is None else runners.get(tied)
        result.append(op._replace(force=force))
    return result


def _runners(organisations: list[FoundOrganisation]) -> dict[str, str | None]:
    """For each organisation that can run an operation, the police force that then runs it:
    a force itself, a unit its force, any other body none. A unit whose force is not named
    is left out: it tells nothing."""
    by_name = {o.name: o for o in organisations}
    runners: dict[str, str | None] = {}
    for org in organisations:
        if org.kind == Kind.POLICE_UNIT:
            force = _force_above(org, by_name)
            if force is not None:
                runners[org.name] = force
        else:
            runners[org.name] = org.name if org.kind == Kind.POLICE_FORCE else None
    return runners


def _force_above(unit: FoundOrganisation, by_name: dict) -> str | None:
    """The force a unit belongs to, through the units above it ("Fraud Squad" of "Serious
    Crime Command" of "Tasmania Police Force")."""
    seen = {unit.name}
    org = unit
    while org.parent is not None and org.parent not in seen:
        seen.add(org.parent)
        org = by_name.get(org.parent)
        if org is None or org.kind != Kind.POLICE_UNIT:
            return org.name if org is not None and org.kind == Kind.POLICE_FORCE else None
    return None


def _references(doc: Doc, force: str) -> list[_OrgMention]:
    """Each "the force" (or "the constabulary") in the text, standing for `force`."""
    text = doc.text
    found = []
    for pos in doc.positions(_REFERENCES):
        if text[max(0, pos - 4) : pos].lower() == "the ":
            found.append(_OrgMention(pos, _LETTERS.match(text, pos).end(), force))
    return found


def _tied(doc: Doc, op: FoundOperation, mentions: list[_OrgMention], starts) -> str | None:
    """The organisation the text ties the operation to at the first mention that has one."""
    for m in op.mentions:
        if not doc.in_zone(m.start):
            continue  # the headline: organisations are read in the standfirst and body only
        i = bisect_left(starts, m.start)
        if i > 0 and _ties(doc, mentions[i - 1].end, m.start, m.start, _BEFORE):
            return mentions[i - 1].name
        after = mentions[i] if i < len(mentions) else None
        if after and _ties(doc, m.end, after.start, m.start, _RUN_BY):
            return after.name
        if (
            after
            and _ties(doc, m.end, after.start, m.start, _DESCRIBED)
            and _DESCRIPTION_END.match(doc.text, after.end)
        ):
            return after.name
    return None


def _ties(doc: Doc, start: int, end: int, anchor: int, shape: re.Pattern) -> bool:
    """Whether the text between `start` and `end`, in the zone of `anchor`, has `shape`."""
    if not 0 <= end - start <= _LONGEST_GAP or "\n" in doc.text[start:end]:
        return False
    return doc.zone_index(start) == doc.zone_index(anchor) and bool(
        shape.fullmatch(doc.text, start, end)
    )
