"""Amounts of money: what was seized, its value, fines, costs and court orders.

The amount's unit is its currency's code from the vocabulary ("GBP" for "£"). Which result an
amount is comes from the first reading in `MONEY_READINGS` that fits, read top to bottom.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from articles.extraction.lexicon.actions import SEIZE_CONTEXT
from articles.extraction.lexicon.measures import (
    CASH_WORDS,
    DRUG_RE,
    EARNED,
    EARNED_RE,
    EARNINGS,
    FUNDING,
    GOODS,
    GOODS_RE,
    HELD,
    HELD_RE,
    MONEY_LEAD,
    MONEY_LEAD_CUES,
    MONEY_LEADS,
    RATE_ADJECTIVES,
    RATE_NAMES,
    RATE_PERIODS,
)
from articles.extraction.lexicon.metrics import CAMPAIGN, metric
from articles.extraction.lexicon.patterns import alternatives, read_lower_cased
from articles.extraction.lexicon.penalties import (
    COURT_CHARGE_AFTER,
    COURT_CHARGE_BEFORE,
    COURT_CHARGES,
)
from articles.extraction.vocabulary import Qualifier

if TYPE_CHECKING:
    from articles.extraction.figures.numbers import Figure
    from articles.extraction.figures.reader import OutcomeReader

_WORTH_OF = re.compile(r"\s*(?:\([^)]*\)\s*)?worth\s+of\b(?P<what>[^.;,]{0,50})", re.I)
# "£80,000 of luxury watches": goods by their value; "£900 of cash" is cash all the same.
_OF_GOODS = re.compile(
    r"\s+of\s+(?!(?:" + "|".join(CASH_WORDS) + r"|the|this|that|which|it|them|his|her|their)\b)"
    r"(?P<what>[a-z][^.;,]{0,50})",
    re.IGNORECASE,
)
# "£18,000 to £20,000 per day", "£100,000 in weekly profits": money made over a period.
_RATE = re.compile(
    r"\s+(?:(?:an?|per|each|every)\s+(?P<per>" + alternatives(RATE_PERIODS) + r")\b"
    r"|(?:in|of)\s+(?P<adj>"
    + alternatives(RATE_ADJECTIVES)
    + r")\s+(?:"
    + alternatives(EARNINGS)
    + r")\b)",
    re.IGNORECASE,
)
_VALUE_BEFORE = re.compile(
    r"(?:(?:an\s+)?estimated\s+)?(?:street\s+value|value|valued\s+at|worth)\s+(?:of\s+)?"
    r"(?:(?:around|about|up\s+to|more\s+than|over|some|almost|nearly|an\s+estimated|between)"
    r"\s+)?$",
    re.IGNORECASE,
)
_CASH_AFTER = re.compile(r"\s*(?:in\s+)?" + alternatives(CASH_WORDS) + r"\b", re.IGNORECASE)
_CASH_BEFORE = re.compile(r"\bcash\s+(?:totalling|totaling|of|worth)?\s*$", re.IGNORECASE)
_FINE_BEFORE = re.compile(
    r"\bfined\s+(?:(?:him|her|them|each)\s+)?(?:a\s+total\s+of\s+)?$", re.IGNORECASE
)
_COSTS_BEFORE = re.compile(r"\b(?:ordered\s+to\s+pay|costs\s+of|pay)\s+$", re.IGNORECASE)
# "held on $500,000 bail", "released on a $2,500 bond", as US courts call it.
_BAIL_AFTER = re.compile(r"\s+(?:cash\s+|surety\s+)?(?:bail|bond)\b", re.IGNORECASE)
_ON_BEFORE = re.compile(r"\bon\s+(?:an?\s+)?$")
# "His bond was set at $150,000", "bail of $20,000"
_BAIL_BEFORE = re.compile(
    r"\b(?:bail|bond)\s+(?:(?:was|has\s+been|had\s+been|is)\s+)?"
    r"(?:set\s+at|of|ranging\s+from)\s+(?:between\s+)?$",
    re.IGNORECASE,
)
_ORDER_AFTER = re.compile(r"\s*(?:confiscation|compensation)\b", re.IGNORECASE)
# "a compensation order of £12,000": the order named before the amount.
_ORDER_BEFORE = re.compile(
    r"\b(?P<order>confiscation|compensation|forfeiture)\s+order\s+(?:of|for|worth)\s+"
    r"(?:(?:about|around|more\s+than|over|up\s+to|nearly|almost)\s+)?$",
    re.IGNORECASE,
)
# "the raids cost the force an estimated £1.1m", "spent £1.6 million on the operation": what
# the work cost, where the sentence names the work (`CAMPAIGN`).
_COST_BEFORE = re.compile(
    r"\b(?:cost|spent)\b[^.;:£$€\d]{0,40}$",
    re.IGNORECASE,
)
# "$250 per gun", "up to $1,200 each": what one thing changed hands for.
_PER_ITEM = re.compile(
    r"\s+(?:(?:per|a|an)\s+(?P<item>[a-z]+)|each)\b(?![’'-])",
    re.IGNORECASE,
)
# What the law allows, not what happened: "can be fined up to £2,500 a sale".
_MAY_BE = re.compile(r"\b(?:can|could|may|might)\s+(?:be|face|receive)\b", re.IGNORECASE)
# Words after "a" or "per" that are not a thing priced: "£500 a time", "£20 per cent".
_NOT_ITEMS = frozenset({"time", "cent", "head", "piece", "year-old", "total", "further", "lot"})
_FORFEIT_BEFORE = re.compile(r"\bforfeit(?:ed|ing|ure\s+of)?\s+$", re.IGNORECASE)
_LAUNDERED = re.compile(r"\blaunder", re.IGNORECASE)
_RECOVERED = re.compile(r"\brecover", re.IGNORECASE)
_VALUE_WORD = re.compile(r"\b(?:street\s+)?value\b", re.IGNORECASE)
# Searched on a sentence lower-cased (`OutcomeReader.says`).
read_lower_cased(SEIZE_CONTEXT, FUNDING, _LAUNDERED, _RECOVERED, _VALUE_WORD)


class MoneyResult(NamedTuple):
    metric: str
    end: int
    qualifier: Qualifier | None
    rule: str  # a name of rules.RULES
    period: str | None = None  # for a rate: "per day"


def _worth_of(r: OutcomeReader, fig: Figure) -> MoneyResult | None:
    """ "£5,000 worth of cannabis": what the amount is worth of, drugs or property."""
    worth = _WORTH_OF.match(r.text, fig.end, fig.sent[1])
    if worth is None:
        return None
    drug = DRUG_RE.search(worth["what"])
    stop = worth.start("what") + (drug.end() if drug else 0)
    return MoneyResult(_value_of(r, fig, worth["what"]), stop, fig.qualifier, "money-worth-of")


def _of_goods(r: OutcomeReader, fig: Figure) -> MoneyResult | None:
    """ "£80,000 of designer watches": what was seized, by its value."""
    goods = _OF_GOODS.match(r.text, fig.end, fig.sent[1])
    if goods is None or not r.says(SEIZE_CONTEXT, fig.sent):
        return None
    return MoneyResult(_value_of(r, fig, goods["what"]), fig.end, fig.qualifier, "goods-value")


def _value_of(r: OutcomeReader, fig: Figure, what: str) -> str:
    """The metric for money that is the value of `what`: drugs, whatever their kind, else
    goods ("stolen property recovered (value)", "assets seized (value)")."""
    if DRUG_RE.search(what):
        return metric("drugs seized (value)")
    named = GOODS_RE.search(what)
    goods, action = GOODS[" ".join(named.group().lower().split()) if named else "property"]
    if action is None:
        action = "recovered" if r.says(_RECOVERED, fig.sent) else "seized"
    return metric("{goods} {taken} (value)", goods=goods, taken=action)


def _rate(r: OutcomeReader, fig: Figure) -> MoneyResult | None:
    """Money made over a period; the period is kept with it."""
    rate = _RATE.match(r.text, fig.end, fig.sent[1])
    if rate is None:
        return None
    period = RATE_PERIODS.get((rate["per"] or "").lower()) or RATE_ADJECTIVES[rate["adj"].lower()]
    said = EARNED_RE.search(r.lowered(fig.sent))
    # Money by the hour is a wage, whatever the sentence calls it.
    hourly = period == RATE_PERIODS["hour"]
    earned = EARNED[said.group()] if said else ("pay" if hourly else "takings")
    if period in RATE_NAMES:
        name = metric("{rate} {earned}", rate=RATE_NAMES[period], earned=earned)
    else:
        name = metric("{earned} ({per})", earned=earned, per=period)
    return MoneyResult(name, rate.end(), fig.qualifier, "money-rate", period)


def _valued_at(r: OutcomeReader, fig: Figure) -> MoneyResult | None:
    """ "cannabis worth £40,000", "a street value of £8m": drugs; "goods worth £6,000":
    assets. An estimate is about that much."""
    left = fig.left
    # Most figures have neither word before them: the pattern is searched only where one is.
    near = left[-40:].lower()
    if "valu" not in near and "worth" not in near:
        return None
    valued = _VALUE_BEFORE.search(left[-40:])
    if valued is None:
        return None
    words = valued.group().lower()
    owner = left[: len(left) - len(left[-40:]) + valued.start()]
    if "worth" in words and not DRUG_RE.search(owner[-50:]):
        name = _value_of(r, fig, owner[-30:])
    else:
        name = metric("drugs seized (value)")
    qualifier = fig.qualifier
    if "estimated" in words and qualifier is None:
        qualifier = Qualifier.ABOUT
    return MoneyResult(name, fig.end, qualifier, "money-valued-at")


def _led(r: OutcomeReader, fig: Figure) -> MoneyResult | None:
    """ "the loss was estimated at $4,500", "owed debts of £15,000", "changing hands for
    $6,000": an amount named by the words just before it (`MONEY_LEADS`)."""
    near = fig.left[-60:]
    lowered = near.lower()
    if not any(cue in lowered for cue in MONEY_LEAD_CUES):
        return None
    led = MONEY_LEAD.search(near)
    if led is None:
        return None
    name = metric(MONEY_LEADS[" ".join(led["lead"].lower().split())])
    return MoneyResult(name, fig.end, fig.qualifier, "money-led")


def _named_before(pattern: re.Pattern, name: str, rule: str):
    def reading(r: OutcomeReader, fig: Figure) -> MoneyResult | None:
        if pattern.search(fig.left[-30:]):
            return MoneyResult(name, fig.end, fig.qualifier, rule)
        return None

    return reading


def _cash(r: OutcomeReader, fig: Figure) -> MoneyResult | None:
    """ "£900 in cash", "cash totalling £900"."""
    if _CASH_AFTER.match(r.text, fig.end, fig.sent[1]) or _CASH_BEFORE.search(fig.left[-30:]):
        return MoneyResult(metric("cash seized"), fig.end, fig.qualifier, "cash")
    return None


def _bail(r: OutcomeReader, fig: Figure) -> MoneyResult | None:
    """ "held on $500,000 bail", "his bond was set at $150,000": the bail a court set."""
    bail = _BAIL_AFTER.match(r.text, fig.end, fig.sent[1])
    if (
        bail is not None
        and bail.group().lower().endswith("bond")
        and not _ON_BEFORE.search(fig.left)
    ):
        bail = None  # a bond is bail where someone is held or released on it
    if bail is not None:
        return MoneyResult(metric("bail"), bail.end(), fig.qualifier, "bail")
    if _BAIL_BEFORE.search(fig.left[-40:]):
        return MoneyResult(metric("bail"), fig.end, fig.qualifier, "bail")
    return None


def _court_charge(r: OutcomeReader, fig: Figure) -> MoneyResult | None:
    """ "with £85 costs", "a £192 victim surcharge", "a victim surcharge of £34"."""
    charge = COURT_CHARGE_AFTER.match(r.text, fig.end, fig.sent[1])
    if charge is None and "of" in fig.left[-4:]:
        charge = COURT_CHARGE_BEFORE.search(fig.left[-40:])
    if charge is None:
        return None
    name = metric(COURT_CHARGES[" ".join(charge["charge"].lower().split())])
    return MoneyResult(name, fig.end, fig.qualifier, "costs")


def _court_order(r: OutcomeReader, fig: Figure) -> MoneyResult | None:
    """ "a £20,000 confiscation order"."""
    order = _ORDER_AFTER.match(r.text, fig.end, fig.sent[1])
    if order is None:
        return None
    name = metric("{order} order", order=order.group().strip().lower())
    return MoneyResult(name, fig.end, fig.qualifier, "court-order")


def _order_before(r: OutcomeReader, fig: Figure) -> MoneyResult | None:
    """ "a compensation order of £12,000"."""
    order = _ORDER_BEFORE.search(fig.left[-50:])
    if order is None:
        return None
    name = metric("{order} order", order=order["order"].lower())
    return MoneyResult(name, fig.end, fig.qualifier, "court-order")


def _cost(r: OutcomeReader, fig: Figure) -> MoneyResult | None:
    """ "the raids cost the force £1.1m": what the operation cost."""
    if not _COST_BEFORE.search(fig.left[-50:]) or not r.says(CAMPAIGN, fig.sent):
        return None
    return MoneyResult(metric("operation cost"), fig.end, fig.qualifier, "operation-cost")


def _per_item(r: OutcomeReader, fig: Figure) -> MoneyResult | None:
    """ "between $100 and $250 per gun", "sold for up to $1,200 each": a price."""
    per = _PER_ITEM.match(r.text, fig.end, fig.sent[1])
    if per is None or _MAY_BE.search(fig.left[-60:]):
        return None
    item = (per["item"] or "").lower()
    if item in RATE_PERIODS or item in _NOT_ITEMS:
        return None
    name = metric("price per {what}", what=item) if item else metric("price each")
    return MoneyResult(name, per.end(), fig.qualifier, "price")


def _held(r: OutcomeReader, fig: Figure) -> MoneyResult | None:
    """ "restrained $3.2m in assets": assets restrained; "froze accounts holding €212,000":
    funds frozen, or assets frozen where the words after the amount name goods."""
    ss, se = fig.sent
    held = HELD_RE.search(r.text, ss, se)
    if held is None:
        return None
    if HELD[held.group().lower()] == "restrained":
        name = metric("assets restrained")
    elif GOODS_RE.search(r.text, fig.end, min(se, fig.end + 30)):
        name = metric("assets frozen")
    else:
        name = metric("funds frozen")
    return MoneyResult(name, fig.end, fig.qualifier, "money-held")


def _laundered(r: OutcomeReader, fig: Figure) -> MoneyResult | None:
    """ "laundered more than $30 million"."""
    if r.says(_LAUNDERED, fig.sent):
        return MoneyResult(metric("money laundered"), fig.end, fig.qualifier, "laundered")
    return None


def _funding(r: OutcomeReader, fig: Figure) -> MoneyResult | None:
    """ "backed by half a million pounds", "an investment of between £250,000 and £400,000"."""
    if r.says(FUNDING, fig.sent):
        return MoneyResult(metric("funding"), fig.end, fig.qualifier, "funding")
    return None


def _seized(r: OutcomeReader, fig: Figure) -> MoneyResult | None:
    """An amount in a sentence about seizing, otherwise unexplained: cash seized."""
    if not r.says(SEIZE_CONTEXT, fig.sent):
        return None
    if r.says(_VALUE_WORD, fig.sent) and DRUG_RE.search(r.text, *fig.sent):
        # "The street value of the drugs seized is put at £8m": the drugs, by their value.
        return MoneyResult(
            metric("drugs seized (value)"), fig.end, fig.qualifier, "money-in-seizure"
        )
    return MoneyResult(metric("cash seized"), fig.end, fig.qualifier, "money-in-seizure")


MONEY_READINGS: tuple[Callable[[OutcomeReader, Figure], MoneyResult | None], ...] = (
    _rate,
    _worth_of,
    _led,
    _valued_at,
    _bail,
    _cash,
    _court_charge,
    _named_before(_FINE_BEFORE, metric("fine"), "fine"),
    _named_before(_FORFEIT_BEFORE, metric("{order} order", order="forfeiture"), "court-order"),
    _named_before(_COSTS_BEFORE, metric("costs"), "costs"),
    _court_order,
    _order_before,
    _cost,
    _per_item,
    _of_goods,
    _held,
    _seized,
    _funding,
    _laundered,
)


def read_money(r, fig: Figure, _currency) -> None:
    """The first reading of the amount that fits, kept with the currency as its unit."""
    for reading in MONEY_READINGS:
        found = reading(r, fig)
        if found is not None:
            if found.qualifier != fig.qualifier:
                fig = fig._replace(qualifier=found.qualifier)
            r.add_figure(
                fig,
                found.end,
                found.metric,
                unit=fig.currency,
                period=found.period,
                rule=found.rule,
            )
            return
