"""What a figure in a police story counts.

"344 arrests", "two knives", "94 cannabis plants": the noun phrase after a figure names what
it counts and how it is counted (people by what happened to them, events, things seized,
places, drug lines, what the public reported); the verb nearby (`lexicon.actions`) says what
happened. The names these make ("arrests", "people charged", "knives seized") are the metric
vocabulary's (`lexicon.metrics`), whose slots read these tables.
"""

from enum import StrEnum
from typing import NamedTuple


class CountedAs(StrEnum):
    """How a counted noun becomes a metric."""

    PERSON = "person"  # people, by what the verb says happened to them: "people charged"
    PERSON_SPECIFIC = "person_specific"  # a named group keeps its name: "drug dealers arrested"
    EVENT = "event"  # the noun is the metric: "arrests", "raids"
    ITEM = "item"  # things, counted where the sentence says they were seized
    PLACE = "place"  # places, by what the sentence says was done there: "addresses raided"
    LINES = "lines"  # drug lines, by a verb that ends them: "county lines closed"
    RECEIVED = "received"  # counts only as what the police received: "received 60 reports"
    RESOURCE = "resource"  # what an operation drew on, where it says so: "involved 600 officers"


class CountedNoun(NamedTuple):
    counted_as: CountedAs
    noun: str  # the canonical noun the metric is named by


PERSON, PERSON_SPECIFIC, EVENT, ITEM, PLACE, LINES, RECEIVED, RESOURCE = CountedAs

# noun phrase (lower-case) -> how it is counted, and its canonical noun
_COUNTED = {
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
    "teenager": (PERSON, "people"),
    "youths": (PERSON, "people"),
    "youth": (PERSON, "people"),
    "boys": (PERSON, "people"),
    "boy": (PERSON, "people"),
    "girls": (PERSON, "people"),
    "girl": (PERSON, "people"),
    "members": (PERSON, "people"),
    "defendants": (PERSON, "people"),
    "co-defendants": (PERSON, "people"),
    "criminals": (PERSON, "people"),
    "traffickers": (PERSON, "people"),
    "fraudsters": (PERSON, "people"),
    "thieves": (PERSON, "people"),
    "workers": (PERSON, "people"),
    "robbers": (PERSON, "people"),
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
    "victims": (PERSON_SPECIFIC, "victims"),
    "potential victims": (PERSON_SPECIFIC, "victims"),
    "drink drivers": (PERSON_SPECIFIC, "drink drivers"),
    "drink-drivers": (PERSON_SPECIFIC, "drink drivers"),
    "drug drivers": (PERSON_SPECIFIC, "drug drivers"),
    "riders": (PERSON_SPECIFIC, "riders"),
    # events
    "arrests": (EVENT, "arrests"),
    "arrest": (EVENT, "arrests"),
    "charges": (EVENT, "charges"),
    "raids": (EVENT, "raids"),
    "raid": (EVENT, "raids"),
    "warrants": (EVENT, "warrants executed"),
    "warrant": (EVENT, "warrants executed"),
    "search warrants": (EVENT, "search warrants executed"),
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
    "dispersal notices": (EVENT, "dispersal notices"),
    "dispersal directions": (EVENT, "dispersal notices"),
    # what a court gave, counted: "six penalty points", "20 rehabilitation activity days"
    "penalty points": (EVENT, "penalty points"),
    "rehabilitation activity days": (EVENT, "rehabilitation activity days"),
    "rehabilitation activity requirement days": (EVENT, "rehabilitation activity days"),
    # charges as American and Canadian courts count them ("faces 17 felony counts"): charges
    # only where the words before say so (`CHARGED_WITH`), not "found guilty of three counts"
    "counts": (EVENT, "counts"),
    "felony counts": (EVENT, "felony counts"),
    "criminal counts": (EVENT, "counts"),
    "misdemeanor counts": (EVENT, "misdemeanor counts"),
    "misdemeanour counts": (EVENT, "misdemeanor counts"),
    "penalty notices": (EVENT, "penalty notices"),
    "fixed penalty notices": (EVENT, "penalty notices"),
    "community protection notices": (EVENT, "community protection notices"),
    "community protection warnings": (EVENT, "community protection warnings"),
    "infringement notices": (EVENT, "penalty notices"),
    "traffic infringement notices": (EVENT, "penalty notices"),
    "infringements": (EVENT, "penalty notices"),
    "citations": (EVENT, "citations"),
    "warnings": (EVENT, "warnings"),
    "traffic offence reports": (EVENT, "traffic offence reports"),
    "traffic tickets": (EVENT, "citations"),
    "breath tests": (EVENT, "breath tests"),
    "roadside breath tests": (EVENT, "breath tests"),
    "drug tests": (EVENT, "drug tests"),
    "roadside drug tests": (EVENT, "drug tests"),
    # things seized
    "offensive weapons": (ITEM, "offensive weapons"),
    "rounds of ammunition": (ITEM, "ammunition"),
    # "six live ammunition": rounds counted as the ammunition itself, as some forces write.
    "live ammunition": (ITEM, "ammunition"),
    "live rounds": (ITEM, "ammunition"),
    "bullets": (ITEM, "ammunition"),
    "cartridges": (ITEM, "ammunition"),
    "bladed and offensive weapons": (ITEM, "bladed and offensive weapons"),
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
    "marijuana plants": (ITEM, "cannabis plants"),
    "wraps": (ITEM, "wraps"),
    "deals": (ITEM, "deals"),
    "tablets": (ITEM, "tablets"),
    "doses": (ITEM, "doses"),
    "pills": (ITEM, "pills"),
    "bags": (ITEM, "bags"),
    "scales": (ITEM, "scales"),
    "laptops": (ITEM, "laptops"),
    "bikes": (ITEM, "bikes"),
    # vehicles and machinery as thieves take them from farms and sites, each by its kind
    "quad bikes": (ITEM, "quad bikes"),
    "quads": (ITEM, "quad bikes"),
    "off-road bikes": (ITEM, "off-road bikes"),
    "dirt bikes": (ITEM, "off-road bikes"),
    "tractors": (ITEM, "tractors"),
    "tractor": (ITEM, "tractors"),
    "trailers": (ITEM, "trailers"),
    "trailer": (ITEM, "trailers"),
    "teleporters": (ITEM, "teleporters"),
    "teleporter": (ITEM, "teleporters"),
    "telehandlers": (ITEM, "teleporters"),
    "diggers": (ITEM, "diggers"),
    "mini-diggers": (ITEM, "mini-diggers"),
    "excavators": (ITEM, "excavators"),
    "power tools": (ITEM, "power tools"),
    "catalytic converters": (ITEM, "catalytic converters"),
    # craft that smuggle: "intercepted two boats", "seized three vessels"
    "boats": (ITEM, "boats"),
    "vessels": (ITEM, "boats"),
    "watches": (ITEM, "watches"),
    "bank accounts": (ITEM, "bank accounts"),
    "cigarettes": (ITEM, "cigarettes"),
    "vapes": (ITEM, "vapes"),
    "e-cigarettes": (ITEM, "vapes"),
    "cigars": (ITEM, "cigars"),
    # places
    "addresses": (PLACE, "addresses"),
    "address": (PLACE, "addresses"),
    # places keep the noun the text counts them by: "homes raided", "properties visited"
    "properties": (PLACE, "properties"),
    "homes": (PLACE, "homes"),
    "houses": (PLACE, "houses"),
    "premises": (PLACE, "premises"),
    "flats": (PLACE, "flats"),
    "shops": (PLACE, "shops"),
    "second-hand shops": (PLACE, "second-hand shops"),
    "second hand shops": (PLACE, "second-hand shops"),
    "businesses": (PLACE, "businesses"),
    "schools": (PLACE, "schools"),
    "residences": (PLACE, "residences"),
    "residential properties": (PLACE, "residential properties"),
    "commercial properties": (PLACE, "commercial properties"),
    "apartments": (PLACE, "apartments"),
    "dwellings": (PLACE, "dwellings"),
    "buildings": (PLACE, "buildings"),
    "warehouses": (PLACE, "warehouses"),
    "garages": (PLACE, "garages"),
    "lock-ups": (PLACE, "lock-ups"),
    "storage units": (PLACE, "storage units"),
    "business premises": (PLACE, "premises"),
    "farms": (PLACE, "farms"),
    "sites": (PLACE, "sites"),
    "locations": (PLACE, "locations"),
    "weapon sweeps": (EVENT, "weapon sweeps"),
    "cannabis factories": (PLACE, "cannabis factories"),
    # where modern slavery inquiries look for workers
    "car washes": (PLACE, "car washes"),
    "hand car washes": (PLACE, "car washes"),
    "nail bars": (PLACE, "nail bars"),
    "nail salons": (PLACE, "nail bars"),
    "cannabis farms": (PLACE, "cannabis factories"),
    # drug lines
    "drug lines": (LINES, "drug lines"),
    "drugs lines": (LINES, "drug lines"),
    "deal lines": (LINES, "deal lines"),
    "county lines": (LINES, "county lines"),
    "lines": (LINES, "drug lines"),
    "county lines operations": (LINES, "drug lines"),
    "county lines drug operations": (LINES, "drug lines"),
    "county lines networks": (LINES, "drug lines"),
    "drug networks": (LINES, "drug networks"),
    "drugs networks": (LINES, "drug networks"),
    "organised crime groups": (LINES, "organised crime groups"),
    "organized crime groups": (LINES, "organised crime groups"),
    "crime groups": (LINES, "organised crime groups"),
    # what the public told the police
    "reports": (RECEIVED, "reports"),
    "calls": (RECEIVED, "calls"),
    "tip-offs": (RECEIVED, "tip-offs"),
    # what an operation drew on
    "officers": (RESOURCE, "officers"),
    "police officers": (RESOURCE, "officers"),
    "detectives": (RESOURCE, "officers"),
    "agents": (RESOURCE, "officers"),
    "officers and agents": (RESOURCE, "officers"),
    "deputies": (RESOURCE, "officers"),
    "troopers": (RESOURCE, "officers"),
    "constables": (RESOURCE, "officers"),
    "special constables": (RESOURCE, "officers"),
    "gardaí": (RESOURCE, "officers"),
    "gardai": (RESOURCE, "officers"),
    "agencies": (RESOURCE, "agencies"),
    "partner agencies": (RESOURCE, "agencies"),
    "police": (RESOURCE, "officers"),
    "officers and staff": (RESOURCE, "officers"),
    "staff": (RESOURCE, "staff"),
    "personnel": (RESOURCE, "personnel"),
    "police staff": (RESOURCE, "officers"),
    "police personnel": (RESOURCE, "officers"),
    # where soldiers go in beside the police: one team
    "police and soldiers": (RESOURCE, "officers"),
    "police and military": (RESOURCE, "officers"),
    "police forces": (RESOURCE, "forces"),
    "forces": (RESOURCE, "forces"),
}
# Weapons as "singular plural metric-noun": the plural is counted ("two knives"), the
# singular after "a" is one seized where the sentence seizes it ("a hand grenade"). A gun
# is named by its make where the text prints one (handguns, pistols, rifles, shotguns), so
# that "11 firearms, eight of them handguns" reads as a whole and its part; "firearms" is
# any gun of no printed make; a replica is no firearm and keeps its own name.
WEAPONS = tuple(
    tuple(line.strip().split(","))
    for line in """
    knife,knives,knives
    blade,blades,knives
    machete,machetes,machetes
    cleaver,cleavers,knives
    dagger,daggers,knives
    bayonet,bayonets,knives
    hatchet,hatchets,axes
    katana,katanas,swords
    sword,swords,swords
    axe,axes,axes
    weapon,weapons,weapons
    firearm,firearms,firearms
    gun,guns,firearms
    handgun,handguns,handguns
    pistol,pistols,pistols
    revolver,revolvers,revolvers
    rifle,rifles,rifles
    shotgun,shotguns,shotguns
    replica handgun,replica handguns,replica handguns
    replica pistol,replica pistols,replica pistols
    replica firearm,replica firearms,replica firearms
    replica gun,replica guns,replica firearms
    carbine,carbines,firearms
    glock,glocks,firearms
    taser,tasers,tasers
    stun gun,stun guns,stun guns
    grenade,grenades,grenades
    crossbow,crossbows,crossbows
    knuckleduster,knuckledusters,knuckledusters
    energy weapon,energy weapons,conducted energy weapons
    conducted energy weapon,conducted energy weapons,conducted energy weapons
    pepper spray,pepper sprays,incapacitant sprays
    cs spray,cs sprays,incapacitant sprays
    baseball bat,baseball bats,baseball bats
    baton,batons,batons
    magazine,magazines,magazines
    """.strip().splitlines()
)


def _singular(phrase: str) -> str:
    """ "closure orders" -> "closure order": enough English for the nouns counted here."""
    if phrase.endswith("ies"):
        return phrase[:-3] + "y"
    if phrase.endswith(("ches", "shes", "sses", "xes")):
        return phrase[:-2]
    return phrase[:-1] if phrase.endswith("s") and not phrase.endswith("ss") else phrase


for _one, _many, _noun in WEAPONS:
    _COUNTED.setdefault(_many, (ITEM, _noun))
    _COUNTED.setdefault(_one, (ITEM, _noun))
# "one closure order", "a single raid": a counted event or place is also read in the singular.
for _phrase, (_as, _noun) in list(_COUNTED.items()):
    if _as in (EVENT, PLACE):
        _COUNTED.setdefault(_singular(_phrase), (_as, _noun))
COUNTED = {phrase: CountedNoun(*entry) for phrase, entry in _COUNTED.items()}
# Things owned and stolen, not contraband: where the police recover them from thieves they
# are named "recovered" ("stolen vehicles recovered"); a knife or a drug the police recover
# is seized. Machinery and farm vehicles are always such property; the rest only where the
# sentence says they were stolen (phones recovered in a drugs raid were seized).
MACHINERY = frozenset(
    {
        "quad bikes",
        "tractors",
        "trailers",
        "teleporters",
        "diggers",
        "mini-diggers",
        "excavators",
        "power tools",
        "catalytic converters",
    }
)
PROPERTY = MACHINERY | {"vehicles", "bikes", "off-road bikes", "phones", "laptops", "watches"}
# The words that say the police got such property back, and that it was stolen.
RECOVERED_WORDS = ("recovered", "recovering", "recover", "recovery")
STOLEN_WORDS = ("stolen", "theft", "thefts", "thieves")
# One person, named by a noun with no figure: "A 41-year-old man was released on bail".
ONE_PERSON_NOUNS = frozenset(
    _singular(phrase)
    for phrase, noun in COUNTED.items()
    if noun.counted_as == PERSON and " " not in phrase
) | {"driver", "male", "female"}
# People as a group is counted by ("six men and two women": one group of eight).
PERSON_NOUNS = tuple(phrase for phrase, noun in COUNTED.items() if noun.counted_as == PERSON)
# The last word of each weapon in the singular: where "a replica handgun" may be read.
SINGLE_WEAPON_WORDS = frozenset(one.split()[-1] for one, _many, _noun in WEAPONS)
# The lengths in words of the phrases that start with each word, longest first: where a
# counted noun may start, and how far ahead of it the rest of it is looked for.
_sizes: dict[str, set[int]] = {}
for _phrase in COUNTED:
    _sizes.setdefault(_phrase.split()[0], set()).add(len(_phrase.split()))
COUNTED_SIZES = {first: tuple(sorted(sizes, reverse=True)) for first, sizes in _sizes.items()}

# The papers a US or Canadian court charges by, counted by the counts they hold: "a 14-count
# indictment", "a three-count federal complaint". Each count is a charge ("counts").
CHARGING_PAPERS = ("indictment", "complaint")
