"""What a court hands down besides a prison term, by the words that name it: costs and the
victim surcharge, driving bans, and terms served outside prison or under an order.
"""

import re

from articles.extraction.lexicon.patterns import alternatives

# What a court ordered paid besides a fine, by the words after the amount ("£85 costs", "a
# £192 victim surcharge", "$300 in court costs") or before it ("a victim surcharge of £34"),
# and the metric each is recorded by.
COURT_CHARGES = {
    "costs": "costs",
    "court costs": "costs",
    "prosecution costs": "costs",
    "legal costs": "costs",
    "victim surcharge": "victim surcharge",
    "surcharge": "victim surcharge",
    "compensation": "compensation",
}
# Not "a £20,000 compensation order", which is an order of its own kind.
COURT_CHARGE_AFTER = re.compile(
    r"\s+(?:in\s+)?(?P<charge>" + alternatives(COURT_CHARGES) + r")\b(?!\s+orders?\b)",
    re.IGNORECASE,
)
COURT_CHARGE_BEFORE = re.compile(
    r"\b(?P<charge>" + alternatives(COURT_CHARGES) + r")\s+of\s+$", re.IGNORECASE
)

# A driving ban, a term of its own kind ("driving ban", in months), by the words before its
# length ("banned from driving for 12 months", "suspended his driver's license for two
# years", "a driving ban of three years") or after it ("a three-year driving ban").
DRIVING_BAN_BEFORE = re.compile(
    r"\b(?:(?:banned|disqualified|barred)\s+from\s+driving"
    r"|(?:suspended|revoked)\s+(?:his|her|their|the)\s+driv(?:er|ing)['’]?s?\s+licen[cs]es?"
    r"|driving\s+(?:ban|disqualification))\s+(?:for|of)\s+(?:a\s+period\s+of\s+)?$",
    re.IGNORECASE,
)
DRIVING_BAN_AFTER = re.compile(r"\s+(?:driving\s+(?:ban|disqualification))\b", re.IGNORECASE)
# "given a two-month ban": a ban with no word for what it bars is a driving ban where the
# sentence speaks of driving.
BAN_AFTER = re.compile(r"\s+ban\b", re.IGNORECASE)
DRIVING_WORDS = re.compile(r"\b(?:driv(?:er|ers|ing|en)|drove|speeding|mph|km/h|motorist)\b", re.I)
# A term served outside prison, by how it is printed, and the name it is recorded by: "three
# years of supervised release", "a 12-month community order". The evaluation's annotations
# keep the court's word, so does the name.
SUPERVISED_TERMS = {
    "supervised release": "supervised release",
    "probation": "probation",
    "community order": "community order",
    "community sentence": "community order",
    "community supervision": "community supervision",
    "parole": "parole",
    # orders that bind someone for a term, by their name
    "serious crime prevention order": "serious crime prevention order",
    "criminal behaviour order": "criminal behaviour order",
    "sexual harm prevention order": "sexual harm prevention order",
    "restraining order": "restraining order",
    "football banning order": "football banning order",
}
