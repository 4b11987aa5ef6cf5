"""The verb that says what happened to counted people: the main verb of the clause they
open, past whatever describes them ("Seven members of a network that … have been jailed",
"nine people arrested have been released on bail"), and the metric it names them by."""

from __future__ import annotations

import re
from typing import NamedTuple

from articles.extraction.figures.tokens import VerbNear
from articles.extraction.lexicon.actions import (
    AS_VICTIMS_AFTER,
    JAILED,
    PERSON_METRICS,
    RELEASED,
    RELEASED_HOW,
    SAFEGUARDED,
    STILL_HELD,
    THEN_STAGE,
    VERBS,
)
from articles.extraction.lexicon.metrics import metric

CLAUSE_START = re.compile(
    r"(?:^|[,;:]|\b(?:and|while|whom|which|that))\s*"
    r"(?:(?:the|a|all|another|further|remaining|other|final|last|so\s+far|in\s+total)\s+)*$",
    re.IGNORECASE,
)
# The main verb of a clause whose subject is a counted group, however long the group's
# description ("Seven members of a network that … have been jailed").
_SUBJECT_VERB = re.compile(
    r"\b(?:(?:have|has|had)\s+(?:(?:now|since|already|all|also)\s+)*been"
    r"|were|was|are)\s+(?:(?:all|now|also|later|then|since|subsequently|each)\s+)*"
    r"(?P<v>[a-z]+)\b"
)
_NEXT_CLAUSE = re.compile(r";|,\s+(?:while|whilst|but|although|whereas)\b")
_RELATIVE_END = re.compile(r"\b(?:who|which|that)\s+$")
# What stands between commas after a group and says who they are, not what happened to them:
# "Nine of those arrested, seven men and two women, have been charged".
_ASIDE = re.compile(r",[^,;:]{1,80},\s")
TO_SAFETY = re.compile(
    r"\s+to\s+(?:(?:a\s+)?(?:place\s+of\s+)?safety|safe\s+(?:accommodation|housing|places?))\b",
    re.IGNORECASE,
)


class Metric(NamedTuple):
    name: str
    end: int  # where the result's span ends
    rule: str = "count-verb"  # a name of rules.RULES


def subject_verb(text: str, start: int, np_end: int, sent) -> str | None:
    """The verb of the clause a counted group of people opens, or None.

    Only a group that opens its clause is its subject; what it was treated as counts too
    ("were moved to a place of safety": safeguarded).
    """
    ss, se = sent
    if not CLAUSE_START.search(text[ss:start]):
        return None
    if found := clause_verb(text, np_end, se):
        return found[0]
    # Not past the clause: in "..., while three others were arrested" the verb is theirs.
    if clause_end := _NEXT_CLAUSE.search(text, np_end, se):
        se = clause_end.start()
    if JAILED.search(text, np_end, se):
        return "jailed"  # "were given jail sentences"
    return "safeguarded" if SAFEGUARDED.search(text, np_end, se) else None


def clause_verb(text: str, pos: int, se: int) -> tuple[str, int] | None:
    """(verb, end): the main verb after `pos` of a clause whose subject is counted people,
    where it says what happened to them ("... people arrested in the raids have now been
    convicted": convicted), or None."""
    if clause_end := _NEXT_CLAUSE.search(text, pos, se):
        se = clause_end.start()
    for m in _SUBJECT_VERB.finditer(text, pos, se):
        if _RELATIVE_END.search(text, pos, m.start()):
            continue  # "who were stopped": what describes them, not the clause's verb
        verb = VERBS.get(m["v"])
        if verb == "relocated" and TO_SAFETY.match(text, m.end(), se):
            return "safeguarded", m.end()
        if verb in PERSON_METRICS:
            return verb, m.end()
    held = STILL_HELD.search(text, pos, se)
    if held and not _RELATIVE_END.search(text, pos, held.start()):
        return "in custody", held.end()
    return None


def person_metric(text: str, verb: str, verb_end: int, se: int) -> Metric:
    """The metric for people a verb counts, and where its phrase ends.

    "released" says how: "under investigation", "on bail", "without charge".
    """
    if verb == "released" and (how := RELEASED_HOW.match(text, verb_end, se)):
        name, verb_end = RELEASED[" ".join(how.group().lower().split())], how.end()
    elif verb == "relocated" and (safety := TO_SAFETY.match(text, verb_end, se)):
        name, verb_end = PERSON_METRICS["safeguarded"], safety.end()
    elif verb in ("identified", "referred") and (
        victims := AS_VICTIMS_AFTER.match(text, verb_end, se)
    ):
        name, verb_end = PERSON_METRICS["safeguarded"], victims.end()
    else:
        if verb == "arrested" and (then := THEN_STAGE.match(text, verb_end, se)):
            verb, verb_end = VERBS[then["v"]], then.end()  # "arrested and charged": charged
        name = PERSON_METRICS[verb]
    return Metric(metric("{people}", people=name), verb_end)


def main_verb(text: str, participle: VerbNear, se: int) -> VerbNear:
    """The clause's main verb past "arrested" that describes people ("those arrested"), else
    the participle. Not past a comma: in "Of 30 people arrested, seven have been charged" the
    verb is theirs; but past an aside between commas that says who they are."""
    if participle.passive or participle.verb != "arrested":
        return participle
    comma = text.find(",", participle.end, se)
    aside = _ASIDE.match(text, comma, se) if comma >= 0 else None
    if aside and clause_verb(text, comma, aside.end()) is None:
        # "those arrested, seven men and two women, have been charged": past who they are
        comma = text.find(",", aside.end(), se)
    found = clause_verb(text, participle.end, se if comma < 0 else comma)
    return participle._replace(verb=found[0], end=found[1]) if found else participle
