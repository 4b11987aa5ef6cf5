"""What a figure is measured in: drugs by weight, percentages, prison terms and their context.

Each pattern that is tried after a figure is built from its word table here, with the gate of
letters the text after the figure must start with for the pattern to be worth trying: adding
a spelling to a table is the only edit needed for the pattern and the gate to read it.
"""

import re

from articles.extraction.document import register_words
from articles.extraction.lexicon.patterns import alternatives, first_letters, plural_alternatives
from articles.extraction.lexicon.words import wordset
from articles.extraction.vocabulary import Unit

DRUGS = {
    "cannabis": "cannabis",
    "skunk": "cannabis",
    "dagga": "cannabis",
    "marijuana": "marijuana",
    "herbal cannabis": "cannabis",
    "cannabis resin": "cannabis",
    "cocaine": "cocaine",
    "crack cocaine": "crack cocaine",
    "crack": "crack cocaine",
    "heroin": "heroin",
    "mdma": "MDMA",
    # the name a release prints for its drug is the one its figure keeps: the street name
    # where it is the only one given ("ecstasy tablets", "shabu", "ganja")
    "ecstasy": "ecstasy",
    "shabu": "shabu",
    "ganja": "ganja",
    "erimin-5": "erimin-5",
    "ketamine": "ketamine",
    "amphetamine": "amphetamine",
    "amphetamines": "amphetamine",
    "methamphetamine": "methamphetamine",
    # the name an Australian release prints is the one its figure keeps
    "methylamphetamine": "methylamphetamine",
    "crystal meth": "methamphetamine",
    "meth": "methamphetamine",
    "ice": "methamphetamine",
    "spice": "spice",
    "fentanyl": "fentanyl",
    "fentanyl powder": "fentanyl powder",
    "drugs": "drugs",
    "substances": "drugs",
    "narcotics": "drugs",
    "class a drugs": "class A drugs",
    "class b drugs": "class B drugs",
    "class c drugs": "class C drugs",
}
DRUG_RE = re.compile(r"\b" + alternatives(DRUGS) + r"\b", re.IGNORECASE)

# "70,000 fentanyl pills", "wraps of cocaine": drugs counted by the form they came in.
DRUG_FORMS = ("wraps", "deals", "tablets", "pills", "doses", "bags")
DRUG_FORM_OF = re.compile(
    r"\s+of\s+(?:[a-z]+\s+)??(?P<drug>" + alternatives(DRUGS) + r")\b", re.IGNORECASE
)

# Goods counted by their value, as the metric names them, and what is done with them where
# it is always the same: stolen goods are recovered.
GOODS = {
    "stolen property": ("stolen property", "recovered"),
    "stolen goods": ("stolen property", "recovered"),
    "criminal property": ("criminal property", None),
    "criminal assets": ("assets", None),
    "assets": ("assets", None),
    "property": ("assets", None),
    "goods": ("assets", None),
}
GOODS_RE = re.compile(r"\b" + alternatives(GOODS) + r"\b", re.IGNORECASE)

# Verbs that hold assets without seizing them, and what the metric calls each: "restrained
# $3.2m in assets", "froze bank accounts holding €212,000".
HELD = {
    "restrained": "restrained",
    "restraining": "restrained",
    "restraint": "restrained",
    "froze": "frozen",
    "frozen": "frozen",
    "freezing": "frozen",
}
HELD_RE = re.compile(r"\b" + alternatives(HELD) + r"\b", re.IGNORECASE)
# An amount named by the words just before it: what victims lost, the damage done, the debt
# victims were told they owed, what one thing changed hands for ("the loss was estimated at
# $4,500 to $6,000", "damage estimated at more than £400,000", "owed debts of between £15,000
# and £20,000", "a pistol changing hands for $6,000"). Lead word -> metric.
MONEY_LEADS = {
    "loss": "losses",
    "losses": "losses",
    "damage": "damage (value)",
    "owed": "debt claimed per victim",
    "owing": "debt claimed per victim",
    "debt": "debt claimed per victim",
    "debts": "debt claimed per victim",
    "changing hands": "price each",
    "changed hands": "price each",
    "change hands": "price each",
    "priced": "price each",
    "fetching": "price each",
    "fetched": "price each",
}
MONEY_LEAD = re.compile(
    r"\b(?P<lead>" + alternatives(MONEY_LEADS) + r")"
    r"(?:\b[^.;:£$€\d]{0,30}?\s(?:estimated\s+at|valued\s+at|put\s+at|at|of|for|totall?ing"
    r"|amounting\s+to)\s+|\s+)[“\"‘']?"
    r"(?:(?:about|around|roughly|approximately|more\s+than|over|up\s+to|nearly|almost|some"
    r"|an\s+estimated|between)\s+)?$",
    re.IGNORECASE,
)
# The start of every lead word, lower-cased: the pattern is tried only where one stands.
MONEY_LEAD_CUES = ("loss", "damage", "ow", "debt", "hands", "priced", "fetch")
# Words that make an amount money put into the work: "backed by £500,000", "a grant of £40,000".
FUNDING = re.compile(
    r"\b(?:fund(?:ing|ed|s)?|invest(?:ment|ed|ing)?|backed\s+by|grants?|budget|committed"
    r"|pledged|allocated"
    # "is putting £18,000 into new lighting"
    r"|(?:putting|pumping|pumped|pouring|poured)\s+[^.;]{0,30}?\binto)\b",
    re.IGNORECASE,
)
# Words that make a weight of drugs what was moved rather than what was seized: "supplied
# 32kg of cocaine", "conspiracy to import 50 kilos of heroin".
SUPPLIED = re.compile(
    r"\b(?:suppl(?:y|ied|ying)|traffick(?:ed|ing)|import(?:ed|ing)?|export(?:ed|ing)?"
    r"|smuggl(?:e|ed|ing)|sold|selling|distribut(?:e|ed|ing))\b",
    re.IGNORECASE,
)
# "200 hours of unpaid work": a community sentence, in hours.
UNPAID_WORK = re.compile(
    r"\s+hours?\s+(?:of\s+)?(?:unpaid\s+work|community\s+(?:service|work|payback))\b",
    re.IGNORECASE,
)
UNPAID_WORK_FIRST = frozenset("h")

# Words for money as cash: "£900 of cash" is cash, "£900 of watches" goods.
CASH_WORDS = ("cash", "money", "notes", "bank notes", "banknotes", "currency")
# Money made over a period: "£500 a day", "£2,000 per week", "£100,000 in weekly profits".
RATE_PERIODS = {
    "day": "per day",
    "week": "per week",
    "month": "per month",
    "year": "per year",
    "hour": "per hour",  # what a worker was left with: "less than £2 an hour"
    "harvest": "per harvest",  # a cannabis farm's crop: "£40,000 per harvest"
    "crop": "per harvest",
}
RATE_ADJECTIVES = {
    "hourly": "per hour",
    "daily": "per day",
    "weekly": "per week",
    "monthly": "per month",
    "annual": "per year",
    "yearly": "per year",
}
EARNINGS = ("profit", "profits", "earnings", "income", "takings", "turnover", "revenue")
# How a metric names money made over a period: "daily takings", "weekly profits", "takings
# per harvest".
RATE_NAMES = {
    "per day": "daily",
    "per week": "weekly",
    "per month": "monthly",
    "per year": "annual",
    "per hour": "hourly",
}
# What money made is called, by the start of a word the sentence uses for it ("earning",
# "were paid"); takings where it uses none ("the line made £2,000 a day").
EARNED = {"profit": "profits", "earn": "profits", "paid": "pay", "pay": "pay", "wage": "pay"}
EARNED_RE = re.compile(r"\b" + alternatives(EARNED))

# How a weight is spelled after a figure, and its unit.
WEIGHTS = {
    "kg": Unit.KILOGRAMS,
    "kgs": Unit.KILOGRAMS,
    "kilo": Unit.KILOGRAMS,
    "kilos": Unit.KILOGRAMS,
    "kilogram": Unit.KILOGRAMS,
    "kilograms": Unit.KILOGRAMS,
    "kilogramme": Unit.KILOGRAMS,
    "kilogrammes": Unit.KILOGRAMS,
    "g": Unit.GRAMS,
    "gram": Unit.GRAMS,
    "grams": Unit.GRAMS,
    "gramme": Unit.GRAMS,
    "grammes": Unit.GRAMS,
    "tonne": Unit.TONNES,
    "tonnes": Unit.TONNES,
    "ton": Unit.TONNES,
    "tons": Unit.TONNES,
    "ounce": Unit.OUNCES,
    "ounces": Unit.OUNCES,
    "oz": Unit.OUNCES,
    "lb": Unit.POUNDS_WEIGHT,
    "lbs": Unit.POUNDS_WEIGHT,
    "pound": Unit.POUNDS_WEIGHT,
    "pounds": Unit.POUNDS_WEIGHT,
}
# Spellings that are weights after digits ("12g") or before "of", but after a number in words
# are as likely something else ("two g", "an oz").
ABBREVIATED_WEIGHTS = frozenset({"g", "oz", "lb", "lbs"})
# Spellings that are weights only before "of" ("12 pounds of cannabis"); else money.
WEIGHTS_BEFORE_OF = frozenset({"pound", "pounds"})


def weight_pattern(spellings) -> re.Pattern:
    """A weight right after a figure, and what it is "of" when the text says."""
    return re.compile(
        r"\s?(?P<u>" + alternatives(spellings) + r")\b(?:\s+of\b(?P<of>[^.;:]{0,60}))?",
        re.IGNORECASE,
    )


WEIGHT = weight_pattern(WEIGHTS)
WEIGHT_FIRST = first_letters(WEIGHTS)

# A percentage: the sign, or the words.
PERCENT_SIGN = "%"
PERCENT_WORDS = ("per cent", "percent")
PERCENT = re.compile(
    r"\s?(?:" + re.escape(PERCENT_SIGN) + "|" + alternatives(PERCENT_WORDS, space=r"\s?") + r"\b)",
    re.IGNORECASE,
)
PERCENT_FIRST = first_letters((PERCENT_SIGN,), PERCENT_WORDS)

# Prison terms: months in each unit a term is given in.
MONTHS_PER = {"year": 12, "month": 1, "week": 12 / 52, "day": 12 / 365}
# The units the second part of a term may be in: "five years and eight months".
TERM_PART_UNITS = ("month", "week")
# The units the upper end of a range may carry: "between 30 months and six years".
RANGE_TOP_UNITS = ("year", "month", "week")
HALF = "and a half"
# "four and a half years", "four-and-a-half years", "a two-and-a-half-year term".
HALF_HYPHENATED = "-" + HALF.replace(" ", "-")
DURATION = re.compile(
    r"(?P<half>[\s-]+"
    + alternatives((HALF,), space=r"[\s-]+")
    + r")?[\s-](?P<u>"
    + plural_alternatives(MONTHS_PER)
    + r")\b(?:\s*(?:,\s*|and\s+)(?P<n2>\d+|[a-z]+)\s+(?P<u2>"
    + plural_alternatives(TERM_PART_UNITS)
    + "))?",
    re.IGNORECASE,
)
DURATION_FIRST = first_letters(MONTHS_PER, (HALF,), (HALF_HYPHENATED,))
# "jailed for eight and 10 years respectively": each figure of the list is a term in the unit
# the last one carries.
RESPECTIVELY = "respectively"
RESPECTIVE_TERMS = re.compile(
    r"(?:\s*,\s*|\s+and\s+)(?:(?:\d+|[a-z]+)(?:\s*,\s*|\s+and\s+)){0,4}?(?:\d+|[a-z]+)\s+"
    r"(?P<u>" + plural_alternatives(MONTHS_PER) + r")\b(?=[^.;]{0,60}?\b" + RESPECTIVELY + r"\b)",
    re.IGNORECASE,
)
RESPECTIVE_FIRST = frozenset(",a")

JAIL_CONTEXT = re.compile(
    r"\b(?:jail(?:ed)?|gaol(?:ed)?|prison|imprison(?:ed|ment)|sentence[sd]?|sentencing"
    r"|custod(?:y|ial)|detention|behind\s+bars|locked\s+up|term|serve|minimum|non-parole|received"
    r"|given|handed)\b",
    re.IGNORECASE,
)
LIFE = re.compile(
    r"\b(?:(?:jailed|sentenced|imprisoned|locked\s+up|detained)\s+(?:for\s+|to\s+)?life\b"
    r"|life\s+(?:sentences?|imprisonment|term|in\s+prison|behind\s+bars)\b"
    r"|whole[-\s]life\s+(?:order|term|sentence))",
    re.IGNORECASE,
)
# Words one of which every life sentence holds; the phrase is looked for only around them.
LIFE_WORDS = register_words(wordset("life whole-life whole"))

# "1,000 fewer burglaries": a figure that a fall is measured by.
LESS_WORDS = ("less", "fewer")
# "500 grams or more of methamphetamine": the quantity a charge's law names, not a seizure.
THRESHOLD_AFTER = re.compile(r"\s+or\s+more\b", re.IGNORECASE)
LESS = re.compile(
    r"\s+" + alternatives(LESS_WORDS) + r"\s+(?P<np>(?:[a-z][\w-]*\s*){1,4})", re.IGNORECASE
)
LESS_FIRST = first_letters(LESS_WORDS)
# "90 of those arrested", "nine of the stolen bikes": a figure that counts part of a group.
PARTITIVE_OF = "of"
PARTITIVE = re.compile(
    r"\s+" + PARTITIVE_OF + r"\s+(?:those|them|whom|these|the\s+\w+)"
    r"(?:\s+(?P<done>arrested|detained|held|charged))?\b",
    re.IGNORECASE,
)
PARTITIVE_THE = re.compile(r"\s+" + PARTITIVE_OF + r"\s+(?:the|those|these)\s+", re.IGNORECASE)
PARTITIVE_FIRST = first_letters((PARTITIVE_OF,))
# "Seven of those were for arson, three were for possession of drugs": arrests broken down by
# the offence each was for, where the text before speaks of arrests (`ARREST_CUE`).
OFFENCE_SHARE = re.compile(
    r"\s+(?:of\s+(?:those|them|these|the\s+arrests)\s+)?(?:were|was)\s+for\s+(?:an?\s+)?"
    r"(?P<what>[a-z][a-z -]{2,50}?)(?=\s*(?:[,.;]|\band\b|$))",
    re.IGNORECASE,
)
OFFENCE_SHARE_FIRST = frozenset("ow")
ARREST_CUE = "arrest"
# How far back the arrests a breakdown divides may be named: the sentence before.
ARREST_CUE_REACH = 250
# "on 12 occasions": how often something was done.
OCCASION_WORDS = ("separate", "different")
OCCASIONS_NOUN = "occasions"
OCCASIONS = re.compile(r"\s+(?:" + alternatives(OCCASION_WORDS) + r"\s+)?" + OCCASIONS_NOUN + r"\b")
OCCASIONS_FIRST = first_letters(OCCASION_WORDS, (OCCASIONS_NOUN,))

# What a percentage measures, as printed (spacing folded).
CRIMES = (
    "knife crime",
    "gun crime",
    "violent crime",
    "vehicle crime",
    "drug offences",
    "drugs offences",
    "firearm offences",
    "firearms offences",
    "weapon offences",
    "sexual offences",
    "anti-social behaviour",
    "antisocial behaviour",
    "burglary",
    "burglaries",
    "robbery",
    "robberies",
    "shoplifting",
    "theft",
    "thefts",
    "violence",
    "assaults",
    "crime",
    "offending",
    "reoffending",
    "arrests",
    "calls",
)
CRIME_NOUNS = re.compile(r"\b(" + alternatives(CRIMES)[3:-1] + r")\b", re.IGNORECASE)
# A percentage that describes the people or the crime around a result, not the result:
# "60 per cent had previous convictions", "knife crime accounts for 4% of all crime", "45%
# were under 25"; and a trend the sentence takes from published statistics ("fell 9%,
# according to county crime data"), which no operation claims as its own.
STATISTICS_WORDS = ("data", "figures", "statistics", "stats", "list", "records", "survey")
BACKGROUND = re.compile(
    r"\baccording\s+to\s+(?:[\w’'-]+\s+){0,8}?" + alternatives(STATISTICS_WORDS) + r"\b"
    # "a survey by a charity found that 62 per cent of the workers it asked"
    r"|\b(?:survey|poll|study)\b[^.;]{0,80}?\bfound\b"
    r"|\b(?:(?:previous|prior|past|earlier)\s+convictions|criminal\s+records?"
    r"|known\s+to\s+(?:the\s+)?police|accounts?\s+for|national\s+average"
    r"|(?:were|was|are)\s+(?:under|over|aged|between)\s+(?:the\s+age\s+of\s+)?\d+"
    r"|of\s+all\s+(?:crimes?|offences|offenders|adults|people|residents|households))\b",
    re.IGNORECASE,
)
# Which way a percentage moved, in the sentence that gives it.
FALL_WORDS = re.compile(
    r"\b(?:falls?|fallen|fell|falling|drops?|dropped|down|decrease[sd]?|reductions?|reduced|cut"
    r"|lower|decline[sd]?)\b",
    re.IGNORECASE,
)
RISE_WORDS = re.compile(
    r"\b(?:rises?|risen|rose|rising|up|increase[sd]?|higher|jump(?:ed|s)?|grown|grew)\b",
    re.IGNORECASE,
)
