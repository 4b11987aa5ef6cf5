"""What makes a number in a police story a reported result, and what to call it.

A figure counts when it counts something from these lists ("344 arrests", "two knives",
"94 cannabis plants"), weighs drugs ("500 kilograms of …"), is money seized, a percentage
change, or a prison term. Metric names follow the eval conventions: "arrests",
"people charged", "knives seized", "cannabis seized (kg)", "burglary reduction (%)", "sentence".
"""

import re

from articles.extraction.lexicon.words import MONTH_RE, wordset

# noun phrase (lower-case) -> (class, canonical noun)
PERSON, PERSON_SPECIFIC, EVENT, ITEM, PLACE, LINES, RECEIVED = (
    "person",
    "person_specific",
    "event",
    "item",
    "place",
    "lines",
    "received",  # counts only as what the police received: "received 60 reports"
)
COUNTED = {
    # people, counted by what happened to them
    "people": (PERSON, "people"),
    "persons": (PERSON, "people"),
    "person": (PERSON, "people"),
    "individuals": (PERSON, "people"),
    "individual": (PERSON, "people"),
    "men": (PERSON, "people"),
    "man": (PERSON, "people"),
    "women": (PERSON, "people"),
    "woman": (PERSON, "people"),
    "suspects": (PERSON, "people"),
    "suspect": (PERSON, "people"),
    "adults": (PERSON, "people"),
    "males": (PERSON, "people"),
    "females": (PERSON, "people"),
    "teenagers": (PERSON, "people"),
    "youths": (PERSON, "people"),
    "boys": (PERSON, "people"),
    "girls": (PERSON, "people"),
    "members": (PERSON, "people"),
    "offenders": (PERSON_SPECIFIC, "offenders"),
    "prolific offenders": (PERSON_SPECIFIC, "prolific offenders"),
    "dealers": (PERSON_SPECIFIC, "drug dealers"),
    "drug dealers": (PERSON_SPECIFIC, "drug dealers"),
    "gang members": (PERSON_SPECIFIC, "gang members"),
    "children": (PERSON_SPECIFIC, "children"),
    "young people": (PERSON_SPECIFIC, "young people"),
    "vulnerable people": (PERSON_SPECIFIC, "vulnerable people"),
    "vulnerable adults": (PERSON_SPECIFIC, "vulnerable adults"),
    "juveniles": (PERSON_SPECIFIC, "juveniles"),
    "drivers": (PERSON_SPECIFIC, "drivers"),
    "motorists": (PERSON_SPECIFIC, "drivers"),
    "burglars": (PERSON_SPECIFIC, "burglars"),
    "wanted people": (PERSON_SPECIFIC, "wanted people"),
    "families": (PERSON_SPECIFIC, "families"),
    "households": (PERSON_SPECIFIC, "households"),
    # events
    "arrests": (EVENT, "arrests"),
    "arrest": (EVENT, "arrests"),
    "charges": (EVENT, "charges"),
    "raids": (EVENT, "raids"),
    "raid": (EVENT, "raids"),
    "warrants": (EVENT, "warrants executed"),
    "warrant": (EVENT, "warrants executed"),
    "search warrants": (EVENT, "warrants executed"),
    "drugs warrants": (EVENT, "warrants executed"),
    "drug warrants": (EVENT, "warrants executed"),
    "seizures": (EVENT, "seizures"),
    "drug seizures": (EVENT, "drug seizures"),
    "drugs seizures": (EVENT, "drug seizures"),
    "searches": (EVENT, "searches"),
    "stop and searches": (EVENT, "stop and searches"),
    "stop searches": (EVENT, "stop and searches"),
    "convictions": (EVENT, "convictions"),
    "offences": (EVENT, "offences"),
    "crimes": (EVENT, "crimes"),
    "burglaries": (EVENT, "burglaries"),
    "robberies": (EVENT, "robberies"),
    "cautions": (EVENT, "cautions"),
    "summonses": (EVENT, "summonses"),
    "visits": (EVENT, "visits"),
    "safeguarding referrals": (EVENT, "safeguarding referrals"),
    "referrals": (EVENT, "referrals"),
    "interventions": (EVENT, "interventions"),
    "patrols": (EVENT, "patrols"),
    "stops": (EVENT, "stops"),
    "closure orders": (EVENT, "closure orders"),
    "dispersal orders": (EVENT, "dispersal orders"),
    "criminal behaviour orders": (EVENT, "criminal behaviour orders"),
    "penalty notices": (EVENT, "penalty notices"),
    "fixed penalty notices": (EVENT, "penalty notices"),
    "community protection notices": (EVENT, "community protection notices"),
    "community protection warnings": (EVENT, "community protection warnings"),
    # things seized
    "knives": (ITEM, "knives"),
    "knife": (ITEM, "knives"),
    "blades": (ITEM, "knives"),
    "machetes": (ITEM, "machetes"),
    "weapons": (ITEM, "weapons"),
    "weapon": (ITEM, "weapons"),
    "offensive weapons": (ITEM, "weapons"),
    "firearms": (ITEM, "firearms"),
    "firearm": (ITEM, "firearms"),
    "guns": (ITEM, "firearms"),
    "gun": (ITEM, "firearms"),
    "handguns": (ITEM, "firearms"),
    "pistols": (ITEM, "firearms"),
    "rifles": (ITEM, "firearms"),
    "shotguns": (ITEM, "firearms"),
    "rounds of ammunition": (ITEM, "rounds of ammunition"),
    "bullets": (ITEM, "rounds of ammunition"),
    "phones": (ITEM, "phones"),
    "phone": (ITEM, "phones"),
    "mobile phones": (ITEM, "phones"),
    "mobiles": (ITEM, "phones"),
    "handsets": (ITEM, "phones"),
    "sim cards": (ITEM, "sim cards"),
    "vehicles": (ITEM, "vehicles"),
    "vehicle": (ITEM, "vehicles"),
    "cars": (ITEM, "vehicles"),
    "car": (ITEM, "vehicles"),
    "motorbikes": (ITEM, "vehicles"),
    "mopeds": (ITEM, "vehicles"),
    "cannabis plants": (ITEM, "cannabis plants"),
    "plants": (ITEM, "cannabis plants"),
    "wraps": (ITEM, "wraps"),
    "deals": (ITEM, "deals"),
    "tablets": (ITEM, "tablets"),
    "doses": (ITEM, "doses"),
    "pills": (ITEM, "tablets"),
    "bags": (ITEM, "bags"),
    "scales": (ITEM, "scales"),
    "laptops": (ITEM, "laptops"),
    "bikes": (ITEM, "bikes"),
    "watches": (ITEM, "watches"),
    # places
    "addresses": (PLACE, "addresses"),
    "address": (PLACE, "addresses"),
    "properties": (PLACE, "addresses"),
    "property": (PLACE, "addresses"),
    "homes": (PLACE, "addresses"),
    "houses": (PLACE, "addresses"),
    "premises": (PLACE, "addresses"),
    "flats": (PLACE, "addresses"),
    "schools": (PLACE, "schools"),
    "weapon sweeps": (EVENT, "weapon sweeps"),
    "cannabis factories": (PLACE, "cannabis factories"),
    "cannabis farms": (PLACE, "cannabis factories"),
    # drug lines
    "drug lines": (LINES, "drug lines"),
    "drugs lines": (LINES, "drug lines"),
    "deal lines": (LINES, "drug lines"),
    "county lines": (LINES, "county lines"),
    "lines": (LINES, "drug lines"),
    # what the public told the police
    "reports": (RECEIVED, "reports"),
    "calls": (RECEIVED, "calls"),
    "tip-offs": (RECEIVED, "tip-offs"),
}
COUNTED_MAX_WORDS = 3

# Verb forms near a figure, by what they say happened.
VERBS = {
    "arrested": "arrested",
    "arresting": "arrested",
    "arrest": "arrested",
    "detained": "arrested",
    "held": "arrested",
    "charged": "charged",
    "charging": "charged",
    "charges": "charged",
    "charge": "charged",
    "searched": "searched",
    "searching": "searched",
    "seized": "seized",
    "seizing": "seized",
    "seize": "seized",
    "recovered": "seized",
    "recovering": "seized",
    "found": "seized",
    "discovered": "seized",
    "uncovered": "seized",
    "confiscated": "seized",
    "confiscating": "seized",
    "removed": "seized",
    "handed": "surrendered",
    "surrendered": "surrendered",
    "raided": "raided",
    "raiding": "raided",
    "raids": "raided",
    "raid": "raided",
    "jailed": "jailed",
    "imprisoned": "jailed",
    "sentenced": "sentenced",
    "convicted": "convicted",
    "closed": "closed",
    "shut": "closed",
    "dismantled": "dismantled",
    "disrupted": "disrupted",
    "safeguarded": "safeguarded",
    "rescued": "rescued",
    "identified": "identified",
    "referred": "referred",
    "cautioned": "cautioned",
    "summonsed": "summonsed",
    "reported": "reported",
    "interviewed": "interviewed",
    "stopped": "stopped",
    "visited": "visited",
    "executed": "executed",
    "remanded": "remanded",
    "released": "released",
    "bailed": "bailed",
    "returned": "returned",
    "received": "received",
    "moved": "relocated",
    "rehoused": "relocated",
    "relocated": "relocated",
}
PERSON_METRICS = {
    "arrested": "arrests",
    "charged": "people charged",
    "searched": "people searched",
    "jailed": "people jailed",
    "sentenced": "people sentenced",
    "convicted": "people convicted",
    "safeguarded": "people safeguarded",
    "rescued": "people rescued",
    "identified": "people identified",
    "referred": "people referred",
    "cautioned": "people cautioned",
    "summonsed": "people summonsed",
    "reported": "people reported",
    "interviewed": "people interviewed",
    "stopped": "people stopped",
    "remanded": "people remanded",
    "released": "people released",
    "bailed": "released on bail",
    "relocated": "people relocated",
}
PLACE_VERBS = {"raided": "raided", "searched": "searched", "visited": "visited", "closed": "closed"}
LINE_VERBS = {"seized", "closed", "dismantled", "disrupted"}

# Words that may stand between a figure and what it counts without ending the phrase.
FOLLOW_STOP = wordset(
    """
    of in on at were was have has had are is be been being the a an to from for by with who
    off out away back through via onto upon against per
    which that and or but than as across since during over under into after before this these
    those their its his her our they he she it we yesterday today last
    took take takes made make makes saw see sees led lead leads went go goes came come comes
    began begin begins got get gets will would could should can may must did do does
    inside outside within near throughout behind along among amongst between worth hidden
    linked found thought believed suspected allegedly
    """
)

DRUGS = {
    "cannabis": "cannabis",
    "skunk": "cannabis",
    "herbal cannabis": "cannabis",
    "cannabis resin": "cannabis",
    "cocaine": "cocaine",
    "crack cocaine": "crack cocaine",
    "crack": "crack cocaine",
    "heroin": "heroin",
    "mdma": "MDMA",
    "ecstasy": "MDMA",
    "ketamine": "ketamine",
    "amphetamine": "amphetamine",
    "amphetamines": "amphetamine",
    "methamphetamine": "methamphetamine",
    "methylamphetamine": "methamphetamine",
    "crystal meth": "methamphetamine",
    "meth": "methamphetamine",
    "ice": "methamphetamine",
    "spice": "spice",
    "fentanyl": "fentanyl",
    "drugs": "drugs",
    "substances": "drugs",
    "narcotics": "drugs",
    "class a drugs": "drugs",
    "class b drugs": "drugs",
}
DRUG_RE = re.compile(
    r"\b(" + "|".join(sorted((re.escape(d) for d in DRUGS), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
WEIGHT_UNITS = {
    "kg": "kg",
    "kgs": "kg",
    "kilo": "kg",
    "kilos": "kg",
    "kilogram": "kg",
    "kilograms": "kg",
    "kilogramme": "kg",
    "kilogrammes": "kg",
    "g": "g",
    "gram": "g",
    "grams": "g",
    "gramme": "g",
    "grammes": "g",
    "tonne": "t",
    "tonnes": "t",
    "ton": "t",
    "tons": "t",
    "ounce": "oz",
    "ounces": "oz",
    "oz": "oz",
    "lb": "lb",
    "lbs": "lb",
}
WEIGHT = re.compile(
    r"\s?(?P<u>kilogrammes|kilogramme|kilograms|kilogram|kilos|kilo|kgs|kg|grammes|gramme|grams"
    r"|gram|g|tonnes|tonne|tons|ton|ounces|ounce|oz|lbs|lb)\b(?:\s+of\b(?P<of>[^.;:]{0,60}))?",
    re.IGNORECASE,
)
PERCENT = re.compile(r"\s?(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)
DURATION = re.compile(
    r"(?P<half>\s+and\s+a\s+half)?\s(?P<u>years?|months?|weeks?|days?)\b"
    r"(?:\s*(?:,\s*|and\s+)(?P<n2>\d+|[a-z]+)\s+(?P<u2>months?|weeks?))?",
    re.IGNORECASE,
)
MONTHS_PER = {"year": 12, "month": 1, "week": 12 / 52, "day": 12 / 365}
JAIL_CONTEXT = re.compile(
    r"\b(?:jail(?:ed)?|gaol(?:ed)?|prison|imprison(?:ed|ment)|sentence[sd]?|sentencing"
    r"|custod(?:y|ial)|detention|behind\s+bars|locked\s+up|term|serve|minimum|received"
    r"|given|handed)\b",
    re.IGNORECASE,
)
LIFE = re.compile(
    r"\b(?:(?:jailed|sentenced|imprisoned|locked\s+up|detained)\s+(?:for\s+|to\s+)?life\b"
    r"|life\s+(?:sentences?|imprisonment|term|in\s+prison|behind\s+bars)\b"
    r"|whole[-\s]life\s+(?:order|term|sentence))",
    re.IGNORECASE,
)
LESS = re.compile(r"\s+(?:less|fewer)\s+(?P<np>(?:[a-z][\w-]*\s*){1,4})", re.IGNORECASE)
PARTITIVE = re.compile(
    r"\s+of\s+(?:those|them|whom|these|the\s+\w+)(?:\s+(?:arrested|detained|held|charged))?\b",
    re.IGNORECASE,
)
# Words right before a figure that qualify it; those mapped to None only belong in its span.
QUALIFIER_PHRASES = {
    "a total of": None,
    "a further": None,
    "another": None,
}
QUALIFIERS = {
    "more than": "more than",
    "over": "more than",
    "in excess of": "more than",
    "upwards of": "more than",
    "at least": "more than",
    "just over": "more than",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "almost": "about",
    "nearly": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "up to": "up to",
    "as many as": "up to",
    "less than": "less than",
    "fewer than": "less than",
    "under": "less than",
    "just under": "less than",
    "below": "less than",
    "exactly": "exactly",
    "precisely": "exactly",
}
DATE_AFTER = re.compile(r"(?:st|nd|rd|th)?,?\s+" + MONTH_RE + r"(?![a-z])")
# A figure right after one of these words is a phone number, an identifier or an age.
NOT_A_COUNT_WORDS = wordset(
    """
    call dial ring number quoting quote reference ref tel telephone section no room flat unit
    junction route bus platform gate article schedule class category cat level stage phase tier
    grade aged age ages chapter part rule regulation page box
    """
)
NOT_A_COUNT_PAIRS = frozenset({"suspended for", "banned for", "disqualified for"})
TIME_AFTER = re.compile(r"(?:[:.]\d\d|\s?(?:am|pm|a\.m\.|p\.m\.|hrs|gmt|bst)\b)", re.IGNORECASE)
ADJECTIVAL = re.compile(
    r"-?\s?(?:year|month|week|day|hour|minute|mile|metre|meter|foot|feet|inch)s?[-\s]old\b"
    r"|-(?:year|month|week|day|hour|minute|mile|metre|foot|strong|time|point)",
    re.IGNORECASE,
)
CRIME_NOUNS = re.compile(
    r"\b(knife\s+crime|gun\s+crime|violent\s+crime|vehicle\s+crime|drug\s+offences|drugs\s+offences"
    r"|anti-social\s+behaviour|antisocial\s+behaviour|burglary|burglaries|robbery|robberies"
    r"|shoplifting|theft|thefts|violence|assaults|crime|offending|reoffending|arrests|calls)\b",
    re.IGNORECASE,
)
FALL_WORDS = re.compile(
    r"\b(?:falls?|fallen|fell|falling|drops?|dropped|down|decrease[sd]?|reductions?|reduced|cut"
    r"|lower|decline[sd]?)\b",
    re.IGNORECASE,
)
RISE_WORDS = re.compile(
    r"\b(?:rises?|risen|rose|rising|up|increase[sd]?|higher|jump(?:ed|s)?|grown|grew)\b",
    re.IGNORECASE,
)
SEIZE_CONTEXT = re.compile(
    r"\b(?:seiz\w*|recover\w*|confiscat\w*|found|discovered|uncovered|haul|recovery"
    r"|off\s+(?:the|our|its)\s+streets)\b",
    re.IGNORECASE,
)

# How people were let go, after "released": the metric each names.
RELEASED_HOW = re.compile(
    r"\s+(?:(?P<rui>under\s+investigation)|on\s+(?:police\s+|conditional\s+)?(?P<bail>bail)"
    r"|(?P<nfa>without\s+(?:charge|further\s+action)|with\s+no\s+further\s+action))\b",
    re.IGNORECASE,
)
RELEASED_METRICS = {
    "rui": "released under investigation",
    "bail": "released on bail",
    "nfa": "released without charge",
}
# After people counted as the subject: what they were treated as when no verb counts them.
SAFEGUARDED = re.compile(
    r"\b(?:(?:treated|identified|recognised|recognized|referred)\s+as\s+(?:potential\s+"
    r"|possible\s+|suspected\s+)?victims|(?:taken|moved)\s+to\s+(?:a\s+)?place\s+of\s+safety"
    r"|safeguarded)\b",
    re.IGNORECASE,
)
# Words after a figure that say when or how long, never what was seized.
NOT_THINGS = wordset(
    """
    years months weeks days hours minutes seconds decades times occasions percent pounds
    dollars euros miles metres meters kilometres yards feet inches litres liters gallons pints
    kilos grams ounces tonnes counts charges offences
    officers detectives police colleagues agencies forces partners others
    """
)
# Endings of words that describe what is counted rather than name it ("illegal", "stolen").
ADJECTIVE_ENDINGS = ("al", "ed", "ive", "ous", "ful", "ible", "able", "ary", "en", "ic")
