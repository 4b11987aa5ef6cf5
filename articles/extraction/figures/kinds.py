"""What a figure can be, declared as a table read top to bottom.

Each kind names the letters the text after the figure may continue with (built with the
pattern it tries, from the same word table), how it recognises its figure, and how it reads
it. The first kind that recognises a figure reads it, whether or not it then keeps a result;
a figure no kind claims is read as a count (`counts.read_count`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from articles.extraction.figures import clauses, counts, money, terms
from articles.extraction.figures.numbers import number_value
from articles.extraction.figures.tokens import (
    START,
    VerbNear,
    after_participles,
    noun_phrase,
    verb_after_and,
    verb_near,
)
from articles.extraction.lexicon.actions import (
    PERSON_METRICS,
    REPORTED_STOLEN,
    SEIZE_CONTEXT,
    VERBS,
)
from articles.extraction.lexicon.counted import EVENT, ITEM, PERSON, PERSON_SPECIFIC
from articles.extraction.lexicon.measures import (
    ABBREVIATED_WEIGHTS,
    ARREST_CUE,
    ARREST_CUE_REACH,
    BACKGROUND,
    CRIME_NOUNS,
    DRUG_RE,
    DRUGS,
    DURATION_FIRST,
    FALL_WORDS,
    LESS,
    LESS_FIRST,
    OCCASIONS,
    OCCASIONS_FIRST,
    OFFENCE_SHARE,
    OFFENCE_SHARE_FIRST,
    PARTITIVE,
    PARTITIVE_FIRST,
    PARTITIVE_THE,
    PERCENT,
    PERCENT_FIRST,
    RESPECTIVE_FIRST,
    RISE_WORDS,
    SUPPLIED,
    THRESHOLD_AFTER,
    UNPAID_WORK,
    UNPAID_WORK_FIRST,
    WEIGHT,
    WEIGHT_FIRST,
    WEIGHTS,
    WEIGHTS_BEFORE_OF,
)
from articles.extraction.lexicon.metrics import UNIT_NAMES, metric
from articles.extraction.lexicon.patterns import read_lower_cased
from articles.extraction.lexicon.phrasewords import FOLLOW_STOP
from articles.extraction.lexicon.rates import (
    COUNT_PERIOD_CUES,
    COUNT_PERIODS,
    COUNT_RATE,
    NOT_A_RATE,
    TIME_NOUNS,
)
from articles.extraction.vocabulary import Unit

if TYPE_CHECKING:
    from articles.extraction.figures.numbers import Figure
    from articles.extraction.figures.reader import OutcomeReader

_HYPHENATED_BEFORE = re.compile(r"\b([A-Za-z]+-[a-z]+)\s+$")
# "drew Tasers on 12 occasions": what the police used, counted.
_USED_WHAT = re.compile(
    r"\b(?:used|deployed|drew|drawn|fired|discharged)\s+(?:an?\s+|the\s+|their\s+|its\s+)?"
    r"(?P<what>[A-Za-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+(?:to|on|against|at|in)\b"
)
_AND_DRUG = re.compile(r"\s+and\s+" + DRUG_RE.pattern, re.IGNORECASE)
read_lower_cased(BACKGROUND, FALL_WORDS, RISE_WORDS, SUPPLIED, SEIZE_CONTEXT)


class FigureKind(NamedTuple):
    name: str
    # The letters the text after the figure may continue with; None: any.
    starts: frozenset[str] | None
    # What the kind recognises after the figure (a match), or None.
    match: Callable[[str, Figure], Any]
    read: Callable[[OutcomeReader, Figure, Any], None]


def _after(pattern: re.Pattern) -> Callable[[str, Figure], re.Match | None]:
    return lambda text, fig: pattern.match(text, fig.end, fig.sent[1])


def _weight_match(text: str, fig: Figure) -> re.Match | None:
    w = WEIGHT.match(text, fig.end, fig.sent[1])
    if w is None or w["of"]:
        return w
    unit = w["u"].lower()
    if unit in WEIGHTS_BEFORE_OF or (unit in ABBREVIATED_WEIGHTS and not fig.in_digits):
        return None
    return w


def read_percent(r: OutcomeReader, fig: Figure, p: re.Match) -> None:
    """A percentage, named by the crime it measures and which way it moved."""
    text, left = r.text, fig.left
    ss, se = fig.sent
    if r.says(BACKGROUND, fig.sent):
        return
    subjects = list(CRIME_NOUNS.finditer(left))
    subject = printed = None
    if subjects:
        found = subjects[-1]
        subject = " ".join(found.group().lower().split())
        # "Moped-enabled crime": keep a hyphenated qualifier the crime word carries.
        qualifier = _HYPHENATED_BEFORE.search(left, 0, found.start())
        if qualifier and subject in ("crime", "offending", "violence"):
            printed = qualifier.group(1).lower()
    if subject is None:
        after = CRIME_NOUNS.search(text, p.end(), se)
        subject = " ".join(after.group().lower().split()) if after else None
    if r.says(FALL_WORDS, fig.sent):
        change = "reduction"
    elif r.says(RISE_WORDS, fig.sent):
        change = "increase"
    else:
        change = None
    slots = {"what": printed, "crime": subject, "change": change}
    template = " ".join(f"{{{slot}}}" for slot, words in slots.items() if words) or "share"
    name = metric(f"{template} (%)", **{slot: words for slot, words in slots.items() if words})
    r.add_figure(fig, p.end(), name, unit=Unit.PERCENT, rule="percentage")


def read_weight(r: OutcomeReader, fig: Figure, w: re.Match) -> None:
    """A weight of drugs, named where the text says which."""
    text = r.text
    ss, se = fig.sent
    if THRESHOLD_AFTER.match(text, w.end("u"), se):
        return  # "conspiracy to distribute 500 grams or more": the law's threshold
    unit = WEIGHTS[w["u"].lower()]
    drug = DRUG_RE.search(w["of"]) if w["of"] else None
    end = w.end("u")
    what = None
    if drug:
        end = w.start("of") + drug.end()
        if other := _AND_DRUG.match(text, end, se):
            # "600g of crack cocaine and heroin": one weight of two drugs, drugs seized.
            end, what = other.end(), DRUGS["drugs"]
    else:
        start = fig.span_start
        drug = DRUG_RE.search(text, max(ss, start - 40), start) or DRUG_RE.search(text, w.end(), se)
    what = what or DRUGS[drug.group().lower() if drug else "drugs"]
    named = {"drug": what, "unit": UNIT_NAMES[unit]}
    if r.says(SUPPLIED, fig.sent) and not r.says(SEIZE_CONTEXT, fig.sent):
        # "conspired to supply 32kg of cocaine": what a court found moved, not what was seized.
        name = metric("{drug} supplied ({unit})", **named)
    else:
        name = metric("{drug} seized ({unit})", **named)
    r.add_figure(fig, end, name, unit=unit, rule="drug-weight" if drug else "weight")


def read_fewer(r: OutcomeReader, fig: Figure, less: re.Match) -> None:
    """ "1,000 fewer burglaries": burglaries reduced by that many; "one less route for gangs"
    is a figure of speech."""
    if fig.value == 1 and not fig.in_digits:
        return
    words = []
    for word in less["np"].split():
        if word.lower() in FOLLOW_STOP or word.lower() in VERBS:
            break
        words.append(word.lower())
    if words:
        stop = less.start("np") + len(" ".join(less["np"].split()[: len(words)]))
        r.add_figure(fig, stop, metric("{what} reduced", what=" ".join(words)), rule="fewer")


def read_occasions(r: OutcomeReader, fig: Figure, occasions: re.Match) -> None:
    """ "deployed spike strips on 9 occasions" counts what the police used; "stopped on three
    occasions" tells a history."""
    if fig.last_word != "on":
        return
    used = _USED_WHAT.search(r.text, fig.sent[0], fig.start)
    if used:
        what = used["what"].lower()
        name = metric("{what} used", what=what if what.endswith("s") else what + "s")
        r.add_figure(fig, occasions.end(), name, start=fig.before[-1][1], rule="occasions-used")


def read_partitive(r: OutcomeReader, fig: Figure, part: re.Match) -> None:
    """ "90 of the stolen bikes": the things named after it; "41 of those arrested were
    charged": the people, by the verb that follows."""
    text, se = r.text, fig.sent[1]
    tokens = r.tokens(fig.sent)
    the = PARTITIVE_THE.match(text, fig.end, se)
    things = after_participles(tokens.from_(the.end(), 10)) if the else []
    noun = noun_phrase(things, things[0][START]) if things else None
    # "90 of the stolen bikes", "brought nine of those arrests": things or events, counted
    if noun is not None and noun.counted_as in (ITEM, EVENT) and fig.value != 1:
        counts.counted(r, fig, noun)
        return
    if noun is not None and noun.counted_as not in (PERSON, PERSON_SPECIFIC):
        return  # "one of the addresses searched": a place, not a person searched
    # "22 of the 27 people arrested have been convicted", "12 of those arrested in the raids
    # have been charged": the clause's own verb counts them, not the one that describes them.
    if part["done"]:
        described = VerbNear(VERBS[part["done"].lower()], part.end(), False, 0)
        verb = clauses.main_verb(text, described, se)
        if verb is described:
            verb = verb_near(tokens.from_(part.end(), 7))
    else:
        verb = verb_near(tokens.from_(part.end(), 7))
        if verb and verb.index <= 2:
            verb = clauses.main_verb(text, verb, se)
    if not (verb and verb.verb in PERSON_METRICS):
        # "filed charges against 24 of those arrested", "charged 12 of the men": the part is
        # the object of what was done to it
        done = _done_to_part(tokens.before(fig.span_start, 2))
        if done in PERSON_METRICS:
            name = metric("{people}", people=PERSON_METRICS[done])
            r.add_figure(fig, part.end(), name, rule="partitive")
            return
        verb = None
    if verb is None:
        # "Four of them appeared in court and were remanded in custody": the clause's verb
        # past what they did first
        verb = verb_after_and(tokens.from_(part.end(), 16))
    if verb and verb.verb == "reported" and REPORTED_STOLEN.match(text, verb.end, se):
        return  # "two handguns, one of them reported stolen": a thing
    if verb and verb.verb in PERSON_METRICS:
        found = clauses.person_metric(text, verb.verb, verb.end, se)
        r.add_figure(fig, found.end, found.name, rule="partitive")
    elif fig.left.rstrip().endswith(","):
        _subset(r, fig, tokens, part)


def _done_to_part(back) -> str | None:
    """The verb whose object a part is, right before it: "charged 12 of the men", "filed
    charges against 24 of those arrested"."""
    if back and back[0][0] == "against" and len(back) > 1:
        back = back[1:]
    return VERBS.get(back[0][0]) if back else None


def _subset(r: OutcomeReader, fig: Figure, tokens, part: re.Match) -> None:
    """ "safeguarded 31 people, 19 of them children": the part of the group a kind of people
    makes, by what the sentence did to the whole; "seized 11 firearms, eight of them
    handguns": the part a kind of thing makes, where the sentence seizes them."""
    kind = noun_phrase(tokens.from_(part.end(), 3), part.end())
    if kind is not None and kind.counted_as == ITEM and r.says(SEIZE_CONTEXT, fig.sent):
        name = metric("{item} {taken}", item=kind.noun, taken="seized")
        r.add_figure(fig, kind.end, name, rule="partitive")
        return
    if kind is None or kind.counted_as != PERSON_SPECIFIC:
        return
    done = verb_near(tokens.before(fig.span_start, 8), limit=8, ahead=False)
    if done and (done.verb in PERSON_METRICS or done.verb == "arrested"):
        name = metric("{group} {done}", group=kind.noun, done=done.verb)
        r.add_figure(fig, kind.end, name, rule="partitive")


def read_unpaid_work(r: OutcomeReader, fig: Figure, hours: re.Match) -> None:
    """ "200 hours of unpaid work": a community sentence, in hours."""
    name = metric("unpaid work (hours)")
    r.add_figure(fig, hours.end(), name, period=hours.group().strip(), rule="unpaid-work")


def _offence_share_match(text: str, fig: Figure) -> re.Match | None:
    """ "Seven of those were for arson": only where arrests were named just before."""
    share = OFFENCE_SHARE.match(text, fig.end, fig.sent[1])
    if (
        share is None
        or ARREST_CUE not in text[max(0, fig.start - ARREST_CUE_REACH) : fig.start].lower()
    ):
        return None
    return share


def read_offence_share(r: OutcomeReader, fig: Figure, share: re.Match) -> None:
    """Arrests by the offence they were for, as printed."""
    what = " ".join(share["what"].lower().split())
    name = metric("arrests for {what}", what=what)
    r.add_figure(fig, share.end(), name, rule="offence-share")


def _rate_match(text: str, fig: Figure) -> re.Match | None:
    """ "two or three a week", "17 thefts a week": only where the sentence names a period."""
    near = text[fig.end : min(fig.sent[1], fig.end + 40)].lower()
    if not any(cue in near for cue in COUNT_PERIOD_CUES):
        return None
    rate = COUNT_RATE.match(text, fig.end, fig.sent[1])
    if rate is None or not rate["what"]:
        return rate
    words = rate["what"].lower().split()
    if words[-1] in TIME_NOUNS or words[-1] in NOT_A_RATE:
        return None
    return rate


def read_count_rate(r: OutcomeReader, fig: Figure, rate: re.Match) -> None:
    """How often something happened over a period, named by what it counts: "boats per
    week"; by the crime the sentence names where the figure stands alone ("thefts fell from
    26 a week"), else "events per week"."""
    if fig.currency:
        return
    what = " ".join((rate["what"] or "").lower().split())
    if not what:
        crime = CRIME_NOUNS.search(fig.left)
        what = " ".join(crime.group().lower().split()) if crime else "events"
    top = number_value(rate["top"]) if rate["top"] else fig.value_max
    name = metric("{what} {every}", what=what, every=COUNT_PERIODS[rate["per"].lower()])
    r.add_figure(fig._replace(value_max=top), rate.end(), name, rule="count-rate")


FIGURE_KINDS = (
    FigureKind("money", None, lambda text, fig: fig.currency, money.read_money),
    FigureKind("percentage", PERCENT_FIRST, _after(PERCENT), read_percent),
    FigureKind("weight", WEIGHT_FIRST, _weight_match, read_weight),
    FigureKind("prison term", DURATION_FIRST, terms.match_term, terms.read_term),
    FigureKind("unpaid work", UNPAID_WORK_FIRST, _after(UNPAID_WORK), read_unpaid_work),
    FigureKind("respective terms", RESPECTIVE_FIRST, terms.match_respective, terms.read_respective),
    FigureKind("fewer", LESS_FIRST, _after(LESS), read_fewer),
    FigureKind("occasions", OCCASIONS_FIRST, _after(OCCASIONS), read_occasions),
    FigureKind("offence share", OFFENCE_SHARE_FIRST, _offence_share_match, read_offence_share),
    FigureKind("partitive", PARTITIVE_FIRST, _after(PARTITIVE), read_partitive),
    FigureKind("count over a period", None, _rate_match, read_count_rate),
)


# The kinds worth trying, in table order, by the letter the text after a figure continues
# with; every other letter can only be a kind that takes any letter.
_ANY_LETTER = tuple(kind for kind in FIGURE_KINDS if kind.starts is None)
_BY_LETTER = {
    letter: tuple(k for k in FIGURE_KINDS if k.starts is None or letter in k.starts)
    for kind in FIGURE_KINDS
    for letter in kind.starts or ()
}


# "1.46kg (3.2lb)", "£500 (€580)": a figure in brackets right after another is the same
# figure converted, not a second fact.
_CONVERSION_BEFORE = re.compile(
    r"\d\s?[A-Za-z%]{0,12}\s*\(\s*(?:about\s+|around\s+|approx(?:imately|\.)?\s+|c\.\s*)?$",
    re.IGNORECASE,
)


def read_kind(r: OutcomeReader, fig: Figure) -> None:
    """Read `fig` as the first kind that recognises it, else as a count."""
    if "(" in fig.left[-24:] and _CONVERSION_BEFORE.search(fig.left[-40:]):
        return
    for kind in _BY_LETTER.get(fig.next_letter, _ANY_LETTER):
        found = kind.match(r.text, fig)
        if found:
            kind.read(r, fig, found)
            return
    counts.read_count(r, fig)
