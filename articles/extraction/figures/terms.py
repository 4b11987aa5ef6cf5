"""Prison terms: their length in months, life sentences, and the person sentenced."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from articles.extraction.figures.numbers import BETWEEN_END, number_value
from articles.extraction.lexicon.measures import (
    DURATION,
    JAIL_CONTEXT,
    LIFE,
    MONTHS_PER,
    RANGE_TOP_UNITS,
    RESPECTIVE_TERMS,
)
from articles.extraction.lexicon.metrics import metric
from articles.extraction.lexicon.numbers import NUMBER_WORD_RE, RANGE_WORDS
from articles.extraction.lexicon.patterns import (
    alternatives,
    plural_alternatives,
    read_lower_cased,
)
from articles.extraction.lexicon.penalties import (
    BAN_AFTER,
    DRIVING_BAN_AFTER,
    DRIVING_BAN_BEFORE,
    DRIVING_WORDS,
    SUPERVISED_TERMS,
)
from articles.extraction.lexicon.words import wordset
from articles.extraction.vocabulary import PersonKind, Qualifier, Unit

if TYPE_CHECKING:
    from articles.extraction.figures.numbers import Figure
    from articles.extraction.figures.reader import OutcomeReader

_UNIT_RANGE = re.compile(
    r"\s+" + alternatives(RANGE_WORDS) + r"\s+(?P<n>\d+|" + NUMBER_WORD_RE + r")\s+"
    r"(?P<u>" + plural_alternatives(RANGE_TOP_UNITS) + r")\b",
    re.IGNORECASE,
)
_SUSPENDED = re.compile(r"\bsuspended\b", re.IGNORECASE)
# "a minimum term of 22 years", "a non-parole period of eight years", "must serve at least 25".
_MINIMUM = re.compile(r"\b(?:minimum|non-parole|serve\s+at\s+least)\b[^.;]{0,20}$", re.IGNORECASE)
# "jailed for a total of 22 years", "a combined 40 years": the terms of a group, added up.
_TOTAL = re.compile(
    r"\b(?:a\s+total\s+of|totall?ing|combined|between\s+them|in\s+total)\b", re.IGNORECASE
)
# "A drugs gang have been jailed for 40 years": a term given to a group is the group's total,
# unless the sentence says each was given it. Not the gang's member, nor its leader.
_GROUP = re.compile(
    r"\b(?:gangs?|group|network|ring|cartel|syndicate|crew)"
    r"(?=\s*,|\s+(?:have|has|had|were|was|are|is|from|in|based|who|that|which|behind|responsible"
    r"|operating|led|run)\b)",
    re.IGNORECASE,
)
_PART_OF = re.compile(r"\b(?:of|from|in|with|for|by|against)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
_EACH = re.compile(r"\beach\b", re.IGNORECASE)
# A term served outside prison: "three years of probation", "a 12-month community order".
_SUPERVISED = "(?P<kind>" + alternatives(SUPERVISED_TERMS) + ")"
_SUPERVISION = re.compile(r"\s+(?:of\s+)?" + _SUPERVISED + r"\b", re.IGNORECASE)
_SUPERVISION_BEFORE = re.compile(r"\b" + _SUPERVISED + r"\s+(?:of|for)\s+$", re.IGNORECASE)
_HE_SHE = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
# "five years ago", "over the past two years": time, not a term.
_AGO = re.compile(r"\s+(?:ago|earlier|later)\b")
_PERIOD_WORDS = wordset("past last next previous first recent coming")
# One of these stands before or after every driving ban's length: the patterns are tried only
# where it does.
_BAN_LEAD, _BAN_CUE = "driv", "driving"
read_lower_cased(JAIL_CONTEXT, _TOTAL, _SUSPENDED, _EACH, DRIVING_WORDS)
# Whom "he" or "she" before a term may stand for.
_MAY_BE_SENTENCED = frozenset({PersonKind.DEFENDANT, PersonKind.MEMBER_OF_PUBLIC})
# How many mentions back "he" or "she" may point: a bound on the work of a text of thousands.
_LOOKBACK = 100


def _months(amount: float | int, unit: str) -> float:
    return amount * MONTHS_PER[unit.lower().rstrip("s")]


def match_term(text: str, fig: Figure) -> re.Match | None:
    return DURATION.match(text, fig.end, fig.sent[1])


def read_term(r: OutcomeReader, fig: Figure, d: re.Match) -> None:
    """A length of time, kept as a prison term where the sentence speaks of one."""
    text = r.text
    ss, se = fig.sent
    elapsed = _AGO.match(text, d.end(), se) or (fig.before and fig.last_word in _PERIOD_WORDS)
    if elapsed:
        return
    if _driving_ban(r, fig, d):
        return
    # A term the court's word for it follows needs no talk of jail: "placed on two years of
    # probation".
    if (
        not r.says(JAIL_CONTEXT, fig.sent)
        and not _SUPERVISION.match(text, d.end(), se)
        and not _SUPERVISION_BEFORE.search(text, ss, fig.start)
    ):
        return
    value = fig.value + 0.5 if d["half"] else fig.value
    months = _months(value, d["u"])
    top = _months(fig.value_max, d["u"]) if fig.value_max is not None else None
    end = d.end()
    if d["n2"]:
        extra = number_value(d["n2"])
        if extra is not None and _months(1, d["u2"]) < _months(1, d["u"]):
            months += _months(extra, d["u2"])  # "six years and nine months": one term
        else:
            end = d.end("u")  # "188 months and 151 months": two terms, each read in its turn
    # "between 30 months and six years": a range whose ends carry their own units.
    upper = _UNIT_RANGE.match(text, end, se)
    if upper and top is None and BETWEEN_END.search(text[ss : fig.start]):
        high = number_value(upper["n"])
        if high is not None:
            top = _months(high, upper["u"])
            end = upper.end()
    name, rule = _term_metric(r, fig), "prison-term"
    supervised = _SUPERVISION.match(text, end, se) or _SUPERVISION_BEFORE.search(
        text, ss, fig.start
    )
    if supervised:
        # "five years of supervised release", "a two-year community order": not prison.
        kind = SUPERVISED_TERMS[" ".join(supervised["kind"].lower().split())]
        name, rule = metric("{supervised}", supervised=kind), "supervision-term"
    r.add_figure(
        fig._replace(value=months, value_max=top),
        end,
        name,
        is_total=name == metric("total sentence"),
        unit=Unit.MONTHS,
        period=text[fig.start : end],
        person=person_sentenced(r, ss, se, fig.start),
        rule=rule,
    )


def _driving_ban(r: OutcomeReader, fig: Figure, d: re.Match) -> bool:
    """Keep a driving ban ("banned from driving for 12 months", "a three-year driving ban"),
    and say whether the term was one."""
    text, left = r.text, fig.left
    end = d.end()
    after = _BAN_CUE in text[end : end + 16].lower() and DRIVING_BAN_AFTER.match(text, end)
    if not after and (ban := BAN_AFTER.match(text, end, fig.sent[1])):
        if not r.says(DRIVING_WORDS, fig.sent):
            return True  # a ban from something else: no prison term either
        after = ban
    if not after and not (_BAN_LEAD in left[-60:].lower() and DRIVING_BAN_BEFORE.search(left)):
        return False
    months = _months(fig.value, d["u"])
    top = _months(fig.value_max, d["u"]) if fig.value_max is not None else None
    r.add_figure(
        fig._replace(value=months, value_max=top),
        after.end() if after else end,
        metric("driving ban"),
        unit=Unit.MONTHS,
        period=text[fig.start : end],
        person=person_sentenced(r, fig.sent[0], fig.sent[1], fig.start),
        rule="driving-ban",
    )
    return True


def _term_metric(r: OutcomeReader, fig: Figure) -> str:
    if _MINIMUM.search(r.text, fig.sent[0], fig.start):
        return metric("minimum term")
    if r.says(_TOTAL, fig.sent) or _given_to_a_group(r, fig):
        return metric("total sentence")
    if r.says(_SUSPENDED, fig.sent):
        return metric("sentence (suspended)")
    return metric("sentence")


def _given_to_a_group(r: OutcomeReader, fig: Figure) -> bool:
    if r.says(_EACH, fig.sent):
        return False
    text, ss = r.text, fig.sent[0]
    return any(
        not _PART_OF.search(text, max(ss, m.start() - 30), m.start())
        for m in _GROUP.finditer(text, ss, fig.start)
    )


def match_respective(text: str, fig: Figure) -> re.Match | None:
    return RESPECTIVE_TERMS.match(text, fig.end, fig.sent[1])


def read_respective(r: OutcomeReader, fig: Figure, listed: re.Match) -> None:
    """ "jailed for eight and 10 years respectively": a term in the unit the list ends with;
    the figures after it are read in their turn."""
    if not r.says(JAIL_CONTEXT, fig.sent) or fig.value_max is not None:
        return
    r.add_figure(
        fig._replace(value=_months(fig.value, listed["u"])),
        fig.end,
        _term_metric(r, fig),
        unit=Unit.MONTHS,
        period=f"{r.text[fig.start : fig.end]} {listed['u']}",
        rule="respective-terms",
    )


def read_life(r: OutcomeReader, pos: int, sent: tuple[int, int]) -> None:
    """A life sentence near the word at `pos`: "jailed for life", "a whole-life order"."""
    m = LIFE.search(r.text, max(sent[0], pos - 40), min(sent[1], pos + 40))
    if m and not r.is_taken(m.start(), m.end()):
        person = person_sentenced(r, sent[0], sent[1], m.start())
        r.add(
            m.start(),
            m.end(),
            metric("sentence"),
            None,
            sent=sent,
            qualifier=Qualifier.LIFE,
            person=person,
            rule="life-sentence",
        )


def person_sentenced(r: OutcomeReader, ss: int, se: int, pos: int) -> str | None:
    """The person a prison term in this sentence belongs to.

    The subject: the last person named before the term, not a possessive ("Crouch’s
    girlfriend, Stacey Wells, was jailed"); else the first named after it; else whom "he" or
    "she" refers back to.
    """
    before, after = None, None
    for _ms, me, name in r.people.at(ss, se):
        person = r.people.by_name(name)
        if person is None or person.kind == PersonKind.OFFICIAL:
            continue
        if r.text.startswith(("’s", "'s"), me):
            continue
        if me <= pos:
            before = name
        elif after is None:
            after = name
    if before or after:
        return before or after
    if _HE_SHE.search(r.text, ss, pos):
        mentions = r.people.mentions
        last = r.people.before(ss)
        for k in range(last - 1, max(-1, last - 1 - _LOOKBACK), -1):
            _ms, me, name = mentions[k]
            if me <= ss:
                person = r.people.by_name(name)
                if person and person.kind in _MAY_BE_SENTENCED:
                    return name
    return None
