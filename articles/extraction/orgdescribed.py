"""Organisations described in lower case after a capitalised word: a place's team ("the
Hollin neighbourhood policing team"), a city's force ("the Pune city police"), a country's
police or navy ("Colombian police")."""

import re

from articles.extraction.lexicon.agencies import ENGLISH_NAMED_NATIONALITIES
from articles.extraction.lexicon.organisations import FOREIGN_NATIONALITIES, NATIONAL_SERVICES
from articles.extraction.lexicon.orgnoise import NOT_UNIT_DESCRIBERS
from articles.extraction.lexicon.wordsets import words_pattern
from articles.extraction.orgkinds import LOWER_UNIT
from articles.extraction.vocabulary import OrganisationKind as Kind

LOWER_UNIT_AFTER = re.compile(
    rf"\s+((?:(?!(?:{words_pattern(NOT_UNIT_DESCRIBERS)})\s)[a-z][\w-]*\s+){{0,2}})"
    r"(team|unit|squad|task force|taskforce)\b(?![\w-])"
)
# "the Pune city police": a city's or a district's force, as Indian papers print it.
LOWER_FORCE_AFTER = re.compile(r"\s+(?:city|district|rural)\s+police(?![\w-])")

_NATIONAL_SERVICE = re.compile(rf"\s+({words_pattern(NATIONAL_SERVICES)})(?![\w-])")


# Other countries' adjectives ("Colombian", "Philippine").
NATIONALITIES = FOREIGN_NATIONALITIES | ENGLISH_NAMED_NATIONALITIES


def national_service(text, start, end, zone, add):
    """ "Colombian police said", "the Peruvian navy": a country's force, named in lower case
    by the English-language press."""
    m = _NATIONAL_SERVICE.match(text, end, zone.end)
    if m:
        kind = NATIONAL_SERVICES[" ".join(m.group(1).split())]
        add(text[start : m.end()], kind, start, m.end(), rule=LOWER_UNIT)


def place_unit(text, start, end, zone, add):
    """ "the Hollin neighbourhood policing team": one place's team, described in lower case;
    "the Pune city police": a city's force."""
    force = LOWER_FORCE_AFTER.match(text, end, zone.end)
    if force:
        add(text[start : force.end()], Kind.POLICE_FORCE, start, force.end(), rule=LOWER_UNIT)
        return
    after = LOWER_UNIT_AFTER.match(text, end, zone.end)
    if after and after.group(1) and not text[start:end].isupper():
        add(text[start : after.end()], Kind.POLICE_UNIT, start, after.end(), rule=LOWER_UNIT)
