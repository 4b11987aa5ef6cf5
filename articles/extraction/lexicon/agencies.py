"""Other countries' police forces and drug and crime agencies that their English-language
press names by initials alone ("the PNP", "PDEA agents"), and the adjectives of countries
whose agencies are named in English with the country's word first."""

from typing import NamedTuple

from articles.extraction.lexicon.words import wordset
from articles.extraction.vocabulary import OrganisationKind as K


class Agency(NamedTuple):
    name: str  # the full name, as the agency styles itself
    kind: K


# Initials printed alone: filed under the full name where the article prints it too, and
# under the initials where it does not (an article that only ever says "the PNP").
AGENCY_INITIALS = {
    "PNP": Agency("Philippine National Police", K.POLICE_FORCE),
    "PDEA": Agency("Philippine Drug Enforcement Agency", K.GOVERNMENT),
    "PDRM": Agency("Royal Malaysia Police", K.POLICE_FORCE),
    "BNN": Agency("National Narcotics Agency", K.GOVERNMENT),
    "CNB": Agency("Central Narcotics Bureau", K.GOVERNMENT),
    "JCF": Agency("Jamaica Constabulary Force", K.POLICE_FORCE),
    "JDF": Agency("Jamaica Defence Force", K.GOVERNMENT),
    "TTPS": Agency("Trinidad and Tobago Police Service", K.POLICE_FORCE),
    "NDLEA": Agency("National Drug Law Enforcement Agency", K.GOVERNMENT),
    "EFCC": Agency("Economic and Financial Crimes Commission", K.GOVERNMENT),
    "SAPS": Agency("South African Police Service", K.POLICE_FORCE),
    "DPCI": Agency("Directorate for Priority Crime Investigation", K.POLICE_FORCE),
    "HKPF": Agency("Hong Kong Police Force", K.POLICE_FORCE),
}

# Adjectives of countries whose agencies' English names begin with them ("Philippine
# National Police", "Indian Navy"): kept in the name, unlike those of `FOREIGN_NATIONALITIES`,
# and read before a service named in lower case ("the Philippine navy", "Kenyan police").
ENGLISH_NAMED_NATIONALITIES = wordset(
    """
    Philippine Filipino Indonesian Malaysian Singaporean Indian Pakistani Bangladeshi Nigerian
    Kenyan Ghanaian Ugandan Tanzanian Jamaican Trinidadian Bahamian Barbadian Guyanese
    Japanese Korean Taiwanese Israeli Egyptian Argentine Argentinian Chilean Bolivian
    Venezuelan Panamanian Guatemalan Honduran Salvadoran Nicaraguan Dominican Haitian Cuban
    Afghan Iranian Iraqi Syrian Lebanese Jordanian Saudi Emirati Qatari Cypriot Maltese
    Icelandic
    """
)
