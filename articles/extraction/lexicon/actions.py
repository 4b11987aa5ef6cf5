"""What happened to what a figure counts: the verbs near it, and the words that make a
sentence one about seizing, taking part, or people safeguarded, jailed or let go.

"were arrested", "seizing", "refused bail": each names what happened ("arrested", "seized",
"refused bail"); the metric vocabulary (`lexicon.metrics`) names people by it ("people charged")
and things and places with it ("knives seized", "homes raided").
"""

import re

from articles.extraction.lexicon.patterns import alternatives
from articles.extraction.lexicon.words import wordset

# Verb forms near a figure, by what they say happened.
VERBS = {
    "arrested": "arrested",
    "arresting": "arrested",
    "arrest": "arrested",
    "detained": "arrested",
    "held": "arrested",
    "caught": "arrested",
    "detected": "arrested",
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
    "yielded": "seized",  # "a search of the room yielded six sachets"
    "recovering": "seized",
    "found": "seized",
    "discovered": "seized",
    "uncovered": "seized",
    "impounded": "seized",
    "confiscated": "seized",
    "confiscating": "seized",
    "removed": "seized",
    "collected": "seized",
    "located": "seized",  # "During the searches police located: 23 firearms, ..."
    "intercepted": "intercepted",  # shipments and containers stopped at a border
    "intercepting": "intercepted",  # "146 blades were collected from the surrender bin"
    "destroyed": "seized",  # plants pulled up and destroyed where they grew
    "eradicated": "seized",
    "handed": "surrendered",
    "surrendered": "surrendered",
    "raided": "raided",
    "raiding": "raided",
    "raids": "raided",
    "raid": "raided",
    "froze": "frozen",
    "frozen": "frozen",
    "freezing": "frozen",
    "restrained": "restrained",
    "restraining": "restrained",
    "jailed": "jailed",
    "imprisoned": "jailed",
    "sentenced": "sentenced",
    "convicted": "convicted",
    "closed": "closed",
    "closing": "closed",
    "closure": "closed",  # "the closure of 18 drug lines"
    "shut": "closed",
    "smashed": "closed",
    "smashing": "closed",
    "dismantled": "dismantled",
    "dismantling": "dismantled",
    "disrupted": "disrupted",
    "disrupting": "disrupted",
    "safeguarded": "safeguarded",
    "rescued": "rescued",
    "identified": "identified",
    "identification": "identified",  # "the identification of 61 potential victims"
    "referred": "referred",
    "cautioned": "cautioned",
    "fined": "fined",
    "summonsed": "summonsed",
    "cited": "cited",  # an American court's summons: "cited and released"
    "reported": "reported",
    "interviewed": "interviewed",
    "spoken": "spoken to",
    "spoke": "spoken to",
    "stopped": "stopped",
    "visited": "visited",
    "executed": "executed",
    "remanded": "remanded",
    "booked": "booked",
    "released": "released",
    "bailed": "bailed",
    "returned": "returned",
    "received": "received",
    "moved": "relocated",
    "rehoused": "relocated",
    "relocated": "relocated",
}

# A verb of finding after "is" or "are" says where a thing is, not what was done to what
# follows it: "The shop is located in Leeds and sells two knives" seized nothing.
WHERE_IT_IS = wordset("is are")
# Verbs of more than one word, by their first word: the words one of which must follow within
# four words, what happened, and whether the phrase ends with that word (else with the first:
# in "face 31 charges" the charges are a figure of their own). "Two remain in custody".
VERB_PHRASES = {
    **dict.fromkeys(("refused", "denied"), (wordset("bail"), "refused bail", True)),
    "granted": (wordset("bail"), "granted bail", True),
    **dict.fromkeys(("remain", "remains", "remained"), (wordset("custody"), "in custody", True)),
    "taken": (wordset("custody"), "arrested", True),
    # "Eight of the eleven are in custody", "two are still in custody": held, as of now
    "are": (wordset("custody"), "in custody", True),
    **dict.fromkeys(
        ("face", "faces", "facing"),
        (wordset("charge charges count counts court trial prosecution"), "charged", False),
    ),
}
# Where a clause says its people are held now, with no verb of its own: "the 17 people
# arrested remain in custody", "eight of them are still in custody".
STILL_HELD = re.compile(
    r"\b(?:remain|remains|are)\s+(?:still\s+|currently\s+)?in\s+(?:police\s+)?custody\b"
)
# A later stage of the same people's case, named by the verb that ends it: "have been
# arrested and charged" counts people charged. Not a verb with an object of its own:
# "arrested 23 people and charged 12" are two figures.
LATER_STAGES = ("charged", "remanded", "convicted", "jailed", "cautioned", "bailed")
THEN_STAGE = re.compile(
    r"\s+and\s+(?:later\s+|subsequently\s+|then\s+)?(?P<v>" + alternatives(LATER_STAGES) + r")"
    r"(?=\s*[,.;]|\s*$|\s+(?:with|in|on|at|over|by|for|after|before|into)\b)"
)
PERSON_METRICS = {
    "arrested": "arrests",
    "charged": "people charged",
    "searched": "people searched",
    "jailed": "people jailed",
    "sentenced": "people sentenced",
    "convicted": "convictions",
    "safeguarded": "people safeguarded",
    "rescued": "people rescued",
    "identified": "people identified",
    "referred": "people referred",
    "cautioned": "cautions",
    "summonsed": "summonses",
    "fined": "people fined",
    "visited": "people visited",  # "visited 600 older people to give crime prevention advice"
    "cited": "cited and released",  # an American citation lets the person go
    "reported": "people reported",
    "interviewed": "people interviewed",
    "spoken to": "people spoken to",
    "stopped": "people stopped",
    # what a court did about bail, as the court put it
    "remanded": "remanded in custody",
    "refused bail": "refused bail",
    "granted bail": "granted bail",
    "in custody": "remain in custody",
    "booked": "people booked into custody",
    "released": "people released",
    "bailed": "released on bail",
    "relocated": "people relocated",
}
# Nouns that say what was done to the things "of" counts: "the seizure of 13 dogs", "the
# interception of two containers".
DONE_TO_NOUNS = {
    "seizure": "seized",
    "recovery": "seized",
    "confiscation": "seized",
    "interception": "intercepted",
    "surrender": "surrendered",
}
# What happened to one person the text names by a noun, not a figure, that counts as a result
# of one: "A 33-year-old man has been charged". Not "jailed" or "sentenced": a court's term
# is the result there, read as a term.
ONE_PERSON_VERBS = (
    "arrested",
    "convicted",
    "charged",
    "remanded",
    "released",
    "bailed",
    "cautioned",
    "summonsed",
)
# Words that make the verb after them what may yet happen, not what did: "three men were
# expected to be charged" reports no charge.
NOT_YET = frozenset({"expected", "likely"})
LINE_VERBS = {"seized", "closed", "dismantled", "disrupted"}
# What may be done at places counted: "addresses raided", "homes visited".
PLACE_VERBS = ("raided", "searched", "visited", "closed", "restrained", "frozen")

# Before "counts": that they are charges. "charged with 11 counts", "faces 17 felony counts",
# "prosecutors filed 38 counts", "laid 12 counts".
CHARGED_WITH = re.compile(
    r"\b(?:charged\s+with|fac(?:e|es|ed|ing)|indicted\s+on|accused\s+of|filed|laid|brought)\s+"
    r"(?:a\s+total\s+of\s+|a\s+combined\s+|more\s+than\s+|at\s+least\s+)?$",
    re.IGNORECASE,
)

# How people were let go, after "released": the metric each names.
RELEASED = {
    "under investigation": "released under investigation",
    "on bail": "released on bail",
    "on police bail": "released on bail",
    "on conditional bail": "released on bail",
    "on conditions": "released on conditions",
    "on an undertaking": "released on an undertaking",  # a promise to come back to court
    "without charge": "released without charge",
    "without further action": "released without charge",
    "with no further action": "released without charge",
}
RELEASED_HOW = re.compile(r"\s+" + alternatives(RELEASED) + r"\b", re.IGNORECASE)
# After a verb that names people ("identified", "referred"): that they were victims, and so
# safeguarded.
AS_VICTIMS = r"\s+as\s+(?:(?:potential|possible|suspected|likely)\s+)?victims\b"
# ... or that they were referred for help: "identified and referred for support".
FOR_SUPPORT = (
    r"(?:\s+and\s+referred)?\s+(?:on\s+)?(?:for|to)\s+(?:[a-z]+\s+)?(?:help|support|safeguarding)\b"
)
AS_VICTIMS_AFTER = re.compile(f"(?:{AS_VICTIMS}|{FOR_SUPPORT})", re.IGNORECASE)
# After people counted as the subject: what they were treated as when no verb counts them.
SAFEGUARDED = re.compile(
    r"\b(?:(?:treated|identified|recognised|recognized|referred)"
    + AS_VICTIMS
    + r"|(?:taken|moved)\s+to\s+(?:a\s+)?(?:place\s+of\s+)?safety|safeguarded"
    r"|(?:being|now)\s+supported|(?:receiving|offered|given)\s+support)\b",
    re.IGNORECASE,
)
# After people counted as the subject: that they were jailed, in other words than "jailed".
JAILED = re.compile(
    r"\b(?:given|handed|received|handed\s+down)\s+(?:(?:lengthy|long|immediate)\s+)?"
    r"(?:jail|prison|custodial)\s+(?:sentences|terms)\b",
    re.IGNORECASE,
)
# Words that make a sentence one about seizing: "two knives" there counts knives seized.
SEIZE_CONTEXT = re.compile(
    r"\b(?:seiz\w*|recover\w*|confiscat\w*|impound\w*|found|discovered|uncovered|haul|recovery"
    r"|collected|off\s+(?:the|our|its)\s+(?:streets|roads?))\b",
    re.IGNORECASE,
)

# Words that make officers, staff or forces counted in a sentence what an operation drew on;
# "thanked the 420 officers and staff", "250 officers swept through the estate".
RESOURCE_CONTEXT = re.compile(
    r"\b(?:involv\w*|deploy\w*|swoop\w*|swept|sweeping|thank\w*|worked\s+on|took\s+part"
    r"|taking\s+part|descend\w*|drafted"
    r"|mobilis\w*|mobiliz\w*|(?:supported|assisted|backed)\s+by|served|serving|executed"
    r"|executing|forced\s+entry|carried\s+out|conducted|visited|raided|searched"
    # "a team of 18 police moved in", "went through the doors", "provided perimeter security"
    r"|team\s+of|moved\s+in|went\s+(?:in|through)|provided\s+(?:\w+\s+)?security)\b",
    re.IGNORECASE,
)
# Right after officers counted, the force they came from: what an operation drew on ("about
# 140 officers from West Midlands Police"), unless the sentence says they came to harm.
RESOURCE_FROM = re.compile(r"\s+from\s+(?:the\s+|\w+\s+)?[A-Z]")
RESOURCE_HARMED = re.compile(r"\b(?:injur\w*|hurt|assault\w*|attack\w*|wounded)\b", re.IGNORECASE)

# Verbs of coming before a court: "Three appeared in court and were granted bail" counts
# people by the verb that follows, in the same clause.
APPEARED = frozenset({"appeared", "appear", "appears", "appearing"})
# "one of them reported stolen": things reported, not people reported for an offence.
REPORTED_STOLEN = re.compile(r"\s+(?:as\s+)?stolen\b", re.IGNORECASE)
