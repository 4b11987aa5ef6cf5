"""The metrics a figure may be recorded as: one small vocabulary, declared here.

Every result the extractor keeps is named by `metric(template, **slots)` with a template from
`METRICS`. A template is a fixed name ("arrests", "cash seized") or a family with slots in
braces ("{drug} seized ({unit})"); each slot takes the words of one lexicon table (`SLOTS`), so
that "cocaine seized (kg)", "knives seized" and "homes raided" are names of the vocabulary and
"cocaine found (kilos)" is not. A few families name what no table lists by the words the text
prints ("crossbows seized"): their slot is `PRINTED`. A figure the article gives for the whole
country, or for several forces together, carries `NATIONAL` after its name ("arrests
(national)") and the scope "national"; a force-wide one keeps its name and has the scope
"force" (`vocabulary.Scope`). Names follow the evaluation's convention: lower case, what was
counted then what happened to it, the unit in brackets. A rate carries its period in its
name ("daily takings"), so that the figures of one metric can be compared and added up;
a weight carries the unit it was printed in ("cannabis seized (lb)"), as the evaluation's
convention does, never converted.

How a name is chosen
--------------------
One kind of figure has one name, whatever words the article uses, where the evaluation's
annotations agree; where they keep the article's word, so does the table. In short:

- people by what happened to them: "arrests", "people charged", "people jailed",
  "convictions", "cautions", "people safeguarded"; what a court did about bail as it put it:
  "remanded in custody", "refused bail", "granted bail", "released on bail", "released on
  an undertaking"; people held now ("are in custody") as "remain in custody"; people
  "arrested and charged" at the later stage, "people charged"; a part of a group by what
  happened to the part ("Nine of those arrested ... have been charged": "people charged");
- money: "cash seized"; "drugs seized (value)" whatever the drug; "assets seized (value)",
  "stolen property recovered (value)"; "assets restrained", "funds frozen"; money made over a
  period by the period and the word for it, "daily takings", "weekly profits", "daily pay";
- drugs by weight, by the drug as the tables name it (cannabis for skunk or dagga; the
  printed name for methylamphetamine, marijuana, fentanyl powder and street names such as
  ecstasy, shabu and ganja) and the unit as printed:
  "cannabis seized (kg)", "cocaine seized (tonnes)"; two drugs weighed together are "drugs";
- things by kind: "knives seized", "firearms seized" (guns of no printed make), guns by
  the make printed ("pistols seized", "rifles seized", "shotguns seized"), a part of a
  total by its own kind ("11 firearms, eight of them handguns": "handguns seized"),
  "conducted energy weapons seized" as printed beside "tasers seized", "phones seized"
  (mobile or not), "ammunition seized"; charges by the court's word where it counts them:
  "charges", "counts", "felony counts";
- property the police get back, as against contraband they seize: "tractors recovered",
  and "stolen vehicles recovered" where the text calls them stolen (`counted.PROPERTY`);
- places by what was done there, the noun as printed: "addresses raided", "properties
  searched", "second-hand shops visited"; "properties with doors forced" for any place the
  police forced their way into; "warrants executed", "search warrants executed";
- terms in months: "sentence", "total sentence", "sentence (suspended)", "minimum term"; a
  term served outside prison by the court's word: "probation", "supervised release".

Adding a metric
---------------
- A new kind of thing in an existing family: add the word to the table its slot reads (a drug
  to `measures.DRUGS`, a weapon to `counted.WEAPONS`, a place to `counted._COUNTED`); nothing
  here changes.
- A new family or fixed name: add its template to `METRICS` with a line saying what it
  counts, and any new slot to `SLOTS` built from the table that lists its words. Then emit it
  with `metric("template", slot=...)`.
- `is_metric(name)` says whether a name is in the vocabulary; tests run the extractor over the
  seeds and a generated corpus and check that every name it emits is.
"""

import re

from articles.extraction.lexicon.actions import LINE_VERBS, PERSON_METRICS, PLACE_VERBS, RELEASED
from articles.extraction.lexicon.counted import COUNTED, CountedAs
from articles.extraction.lexicon.measures import (
    CRIMES,
    DRUG_FORMS,
    DRUGS,
    EARNED,
    GOODS,
    RATE_NAMES,
    RATE_PERIODS,
)
from articles.extraction.lexicon.patterns import alternatives
from articles.extraction.lexicon.penalties import (
    SUPERVISED_TERMS,
)
from articles.extraction.lexicon.rates import COUNT_PERIODS
from articles.extraction.lexicon.wordsets import indexed_words
from articles.extraction.vocabulary import WEIGHT_UNITS, Unit

# Where a sentence gives a figure for the whole country, or for several forces together, not
# for the operation it reports: "more than 1,000 people were arrested nationwide", "across the
# 43 forces, 900 knives were seized".
_SEVERAL_FORCES = (
    r"across\s+(?:all\s+|every\s+|the\s+)*(?:\d+\s+|(?:several|many|other|partner)\s+)?"
    r"(?:police\s+)?forces"
    r"|forces\s+(?:across|around|throughout)|all\s+(?:\d+\s+)?(?:police\s+)?forces"
    r"|participating\s+forces"
)
NATIONAL_CONTEXT = re.compile(
    r"\b(?:nationally|nationwide|countrywide|country-wide|(?:across|throughout|around|up\s+and"
    r"\s+down)\s+the\s+(?:country|UK|nation)|across\s+(?:Britain|England(?:\s+and\s+Wales)?)"
    r"|(?:every|all)\s+(?:police\s+)?forces?\s+in\s+(?:England|the\s+UK|the\s+country)"
    r"|national\s+(?:week|operation|campaign|crackdown|intensification|total|figures)"
    r"|" + _SEVERAL_FORCES + r")\b",
    re.IGNORECASE,
)
# A year or a season that is over, as statistics report it: "in the 2024-25 financial year",
# "during 2024", "in the year to March", "in a single year", "in the first ten months of the
# year", "the same period in 2025". A figure for a whole area over one is background.
PAST_PERIOD = re.compile(
    r"\b(?:in|during)\s+(?:the\s+)?(?:19|20)\d\d\b"
    r"|\bfinancial\s+year\b|\bin\s+the\s+year\s+to\b|\bin\s+a\s+single\s+year\b"
    r"|\bfirst\s+(?:\w+\s+)?months\s+of\s+(?:the\s+)?year\b|\bsame\s+period\b"
    r"|\blast\s+year\b",
    re.IGNORECASE,
)
# A figure for a whole area that no operation claims, with the words that say so: "Across
# Queensland, police seized 1.2 tonnes in the 2024-25 financial year", "according to the
# European report, 400 tonnes were seized in 2024". Read where the sentence holds one of
# `AREA_CUES` (lower-cased), with the area's capital letter as printed.
AREA_WIDE = re.compile(
    r"\b(?:[Aa]cross|[Tt]hroughout)\s+(?:the\s+)?[A-Z][a-z]+"
    r"|\b(?i:according\s+to\s+(?:[\w’'-]+\s+){0,8}?(?:report|data|figures|statistics|registry))\b"
)
AREA_CUES = ("across", "throughout", "according")
AREA_WORDS = indexed_words(" ".join(AREA_CUES))
# A national figure over a past period or a programme's life, given as background to the
# operation's own ("since the campaign began", "last year", "in 2019"): not a result of it.
NATIONAL_BACKGROUND = re.compile(
    r"\bsince\s+(?:(?:19|20)\d\d\b|[^.;]{0,40}?\b(?:began|begun|started|launched|start|launch)\b)"
    r"|\b(?:last|the\s+past|the\s+previous|each|every)\s+(?:\d+\s+)?years?\b"
    # "costs more than $1 billion a year": the country's yearly figure
    r"|\b(?:a|per)\s+year\b|\bannually\b"
    r"|\bin\s+(?:19|20)\d\d\b"
    # "from January to November 2026", "so far this year", "year to date"
    r"|\bfrom\s+[a-z]+\s+(?:to|until|through)\s+[a-z]+\s+(?:19|20)\d\d\b"
    r"|\bthis\s+year\b|\byear[-\s]to[-\s]date\b|" + PAST_PERIOD.pattern,
    re.IGNORECASE,
)
# A sentence that says what the law provides, not what happened: "possession of 50 grams
# carries a penalty of life imprisonment", "more than 15 grammes may attract the death
# penalty", "if convicted, they face a minimum of 10 years". Its figures are no results.
PENALTY_CONTEXT = re.compile(
    r"\b(?:carr(?:y|ies|ying)\s+(?:a\s+|the\s+)?(?:(?:maximum|minimum|mandatory)\s+){0,2}"
    r"(?:penalty|sentence|jail\s+term|prison\s+term)|may\s+attract|punishable\s+by"
    r"|if\s+(?:convicted|found\s+guilty)"
    # "carries an unlimited fine and up to six months' imprisonment", "the maximum penalty is"
    r"|carr(?:y|ies|ying)\s+[^.;]{0,40}?\bup\s+to|maximum\s+penalty)\b",
    re.IGNORECASE,
)
# One of these words stands in every such sentence: a document without any is not searched
# (the law's words, then the country's).
PENALTY_WORDS = indexed_words("carry carries carrying attract punishable convicted guilty penalty")
NATIONAL_WORDS = indexed_words(
    "nationally nationwide countrywide country-wide country uk nation britain england national"
    " forces"
)
# Where a sentence gives a figure for a force or its area as a whole, not for one operation:
# "across the force area this year", "countywide", "statewide", "the force recorded".
_AREAS = ("force", "force area", "county", "region", "state", "territory", "province", "city")
_WIDE = ("force", "county", "region", "state", "territory", "province", "city", "island")
FORCE_CONTEXT = re.compile(
    r"\b(?:(?:across|throughout)\s+the\s+"
    + alternatives(_AREAS, space=r"\s+")
    + r"|"
    + alternatives(_WIDE)
    + r"-?wide"
    # "the force recorded 4,200 burglaries last year": the force's own tally
    + r"|the\s+force\s+(?:has\s+|had\s+)?(?:recorded|made|received|dealt\s+with|attended))\b",
    re.IGNORECASE,
)
# One of these stands in every sentence FORCE_CONTEXT matches, lower-cased: a sentence with
# none is not searched.
FORCE_CUES = ("wide", "across", "throughout", "force")
# An area-wide word that describes the operation itself is not a force-wide figure: "during a
# countywide crackdown".
CAMPAIGN_WORDS = (
    "operation",
    "crackdown",
    "campaign",
    "initiative",
    "blitz",
    "sweep",
    "raids",
    "week of action",
    "day of action",
    "days of action",
    "intensification",
    "investigation",
    "probe",
)
CAMPAIGN = re.compile(r"\b" + alternatives(CAMPAIGN_WORDS) + r"\b", re.IGNORECASE)
FORCE_WORDS = indexed_words(
    " ".join({*(area.split()[0] for area in _AREAS), *(f"{w}wide {w}-wide" for w in _WIDE)})
)
# A slot filled with the words the text prints, where no table lists them.
PRINTED = r"[a-z][a-z0-9’'-]*(?: [a-z0-9][a-z0-9’'-]*){0,4}"
NATIONAL = " (national)"


def _nouns(*kinds: CountedAs) -> tuple[str, ...]:
    return tuple({noun.noun for noun in COUNTED.values() if noun.counted_as in kinds})


# How a weight's unit is written in a metric's name: its code, but tonnes in full, as the
# evaluation's names print them ("cocaine seized (tonnes)").
UNIT_NAMES = {unit: unit.value for unit in WEIGHT_UNITS} | {Unit.TONNES: "tonnes"}

# slot -> the words it may take
SLOTS = {
    "people": (*PERSON_METRICS.values(), *RELEASED.values()),
    "group": _nouns(CountedAs.PERSON_SPECIFIC),
    "done": (*PERSON_METRICS, "released"),
    "event": _nouns(CountedAs.EVENT),
    "item": _nouns(CountedAs.ITEM),
    "taken": (
        "seized",
        "surrendered",
        "returned",
        "recovered",
        "frozen",
        "restrained",
        "stopped",
        "intercepted",
    ),
    "drug": tuple(set(DRUGS.values())),
    "form": DRUG_FORMS,
    "unit": tuple(UNIT_NAMES.values()),
    "goods": tuple({name for name, _action in GOODS.values()}),
    "place": _nouns(CountedAs.PLACE),
    "visit": PLACE_VERBS,
    "lines": _nouns(CountedAs.LINES),
    "ended": tuple(LINE_VERBS),
    "received": _nouns(CountedAs.RECEIVED),
    "resource": _nouns(CountedAs.RESOURCE),
    "crime": tuple(" ".join(crime.split()) for crime in CRIMES),
    "change": ("reduction", "increase"),
    "order": ("confiscation", "compensation", "forfeiture"),
    "per": tuple(set(RATE_PERIODS.values()) - set(RATE_NAMES)),
    "every": tuple(COUNT_PERIODS.values()),
    "rate": tuple(RATE_NAMES.values()),
    "earned": (*set(EARNED.values()), "takings"),
    "supervised": tuple(set(SUPERVISED_TERMS.values())),
    "what": None,  # PRINTED
    "where": None,  # PRINTED: a place as the text names it
}

# template -> what it counts
METRICS = {
    "arrests": "people arrested, and arrests made",
    "arrests for {what}": "arrests by the offence they were for, as printed: arrests for arson",
    "{people}": "people, by what happened to them: charged, jailed, safeguarded, released on bail",
    "{people} ({where})": "people counted place by place, each place as printed: arrests (Ecuador)",
    "{group} {done}": "a named group by what happened to it: drug dealers arrested",
    "{event}": "events counted by their noun: raids, charges, warrants executed",
    "{item} {taken}": "things seized, surrendered, returned or frozen: knives seized",
    "stolen {item} {taken}": "things the text calls stolen, recovered or returned: stolen"
    " vehicles recovered",
    "{drug} {form} seized": "drugs counted in the form they came in: cocaine wraps seized",
    "{drug} seized ({unit})": "drugs seized by weight: cannabis seized (kg)",
    "{drug} supplied ({unit})": "drugs supplied, imported or smuggled, by weight, where "
    "nothing says they were seized",
    "drugs seized (value)": "drugs seized by their value in money, whatever their kind",
    "{goods} {taken} (value)": "goods and assets seized or recovered, by their value",
    "cash seized": "money seized as cash",
    "assets restrained": "assets a court order holds, by their value",
    "funds frozen": "money in accounts frozen, by its value",
    "assets frozen": "goods or property frozen, by their value",
    "{rate} {earned}": "money made over a period, named by it: daily takings, weekly profits",
    "{earned} ({per})": "money made over a period with no adjective: takings (per harvest)",
    "losses": "what victims lost, as money: the loss was estimated at $4,500",
    "damage (value)": "the damage done, as money",
    "debt claimed per victim": "what each victim was told they owed: owed debts of £15,000",
    "funding": "money put into the work: a grant, an investment, a budget",
    "operation cost": "what an operation cost the force that ran it",
    "price per {what}": "what one thing changed hands for, as printed: price per gun",
    "price each": "what each thing or person was priced at: up to $1,200 each",
    "fine": "a fine",
    "bail": 'the bail a court set, as money: "held on $500,000 bail"',
    "costs": "costs a court ordered paid",
    "compensation": "money a court ordered paid to a victim, without naming an order",
    "victim surcharge": "the surcharge a court added to a sentence, paid towards victims' services",
    "{order} order": "a court order to pay: confiscation order",
    "sentence": "a prison term, in months (life: no value)",
    "total sentence": "the prison terms of a group, added up",
    "minimum term": "the least part of a life sentence to be served",
    "sentence (suspended)": "a suspended prison term, named as a sentence of its own kind",
    "{supervised}": "a term served outside prison, by the court's word: probation, supervised "
    "release, community order",
    "money laundered": "money a court or the police say was laundered",
    "unpaid work (hours)": "a community sentence of unpaid work, in hours",
    "driving ban": "how long a court banned someone from driving, in months",
    "{place} {visit}": "places by what was done there: addresses raided, homes searched",
    "properties with doors forced": "places the police forced their way into, whatever they are",
    "{lines} {ended}": "drug lines closed, dismantled or disrupted",
    "{received} received": "what the public told the police: calls received",
    "{resource} involved": "what an operation drew on: officers involved",
    "{crime} {change} (%)": "a crime's rise or fall, in per cent",
    "{crime} (%)": "a share of a crime, in per cent",
    "{change} (%)": "a rise or fall in per cent, of what the sentence does not say",
    "share (%)": "a percentage of what the sentence does not say",
    "{what} {crime} {change} (%)": "a crime with a printed qualifier: moped-enabled crime",
    "{what} {crime} (%)": "a share of a crime with a printed qualifier",
    "{what} {taken}": "things no table lists, as printed: crossbows seized",
    "{what} reduced": "a fall counted in things, as printed: 1,000 fewer burglaries",
    "{what} used": "what the police used, counted by occasion: tasers used",
    "{what} {every}": "how often something happened, by what it counts as printed: boats per"
    " week, thefts per week; events per week where nothing says what",
}


def metric(template: str, **slots: str) -> str:
    """The name `template` (a key of `METRICS`) gives with its slots filled."""
    if template not in METRICS:
        raise KeyError(f"{template!r} is not in the metric vocabulary")
    return template.format(**slots) if slots else template


def _pattern(template: str) -> str:
    out = []
    for part in re.split(r"(\{\w+\})", template):
        if part.startswith("{"):
            words = SLOTS[part[1:-1]]
            out.append(PRINTED if words is None else alternatives(words, space=" "))
        else:
            out.append(re.escape(part))
    return "".join(out)


_VOCABULARY = re.compile(
    "(?:" + "|".join(map(_pattern, METRICS)) + ")(?:" + re.escape(NATIONAL) + ")?",
    re.IGNORECASE,
)


def is_metric(name: str) -> bool:
    """Whether `name` is one of the vocabulary's metrics."""
    return _VOCABULARY.fullmatch(name) is not None
