"""Every code the extraction may emit, in one place.

The extractor writes these values and the models store them: `casefiles.models` builds its
`TextChoices` from these enums, and a test runs the extractor over the seeds and a generated
corpus to check that every value it emits is one of them. Plain Python, no Django.
"""

from __future__ import annotations

from enum import StrEnum


class OrganisationKind(StrEnum):
    POLICE_FORCE = "police_force"
    POLICE_UNIT = "police_unit"
    COUNCIL = "council"
    COURT = "court"
    CHARITY = "charity"
    GOVERNMENT = "government"
    OTHER = "other"


class PersonKind(StrEnum):
    OFFICIAL = "official"
    ELECTED_OFFICIAL = "elected_official"
    MEMBER_OF_PUBLIC = "member_of_public"
    DEFENDANT = "defendant"
    VICTIM = "victim"


class OperationKind(StrEnum):
    OPERATION = "operation"
    PROJECT = "project"
    STRIKE_FORCE = "strike force"
    CODENAME = "codename"


class Qualifier(StrEnum):
    MORE_THAN = "more than"
    LESS_THAN = "less than"
    ABOUT = "about"
    UP_TO = "up to"
    EXACTLY = "exactly"
    LIFE = "life"


class Scope(StrEnum):
    """Whose result a figure is: the operation the article reports, its force as a whole
    ("across the force area this year"), or the whole country or several forces together
    ("arrests nationwide"), which is never the local operation's."""

    OPERATION = "operation"
    FORCE = "force"
    NATIONAL = "national"


class ReviewStatus(StrEnum):
    EXTRACTED = "extracted"
    VERIFIED = "verified"
    REJECTED = "rejected"


class PublicationStatus(StrEnum):
    """Whether readers see an article or a case file."""

    DRAFT = "draft"
    PUBLISHED = "published"


class Unit(StrEnum):
    """What a figure is measured in; a plain count has no unit."""

    GBP = "GBP"
    USD = "USD"
    EUR = "EUR"
    ZAR = "ZAR"
    INR = "INR"
    SGD = "SGD"
    HKD = "HKD"
    JMD = "JMD"
    PHP = "PHP"
    PERCENT = "%"
    MONTHS = "months"
    KILOGRAMS = "kg"
    GRAMS = "g"
    TONNES = "t"
    POUNDS_WEIGHT = "lb"
    OUNCES = "oz"


MONEY_UNITS = frozenset(
    {Unit.GBP, Unit.USD, Unit.EUR, Unit.ZAR, Unit.INR, Unit.SGD, Unit.HKD, Unit.JMD, Unit.PHP}
)
WEIGHT_UNITS = frozenset({Unit.KILOGRAMS, Unit.GRAMS, Unit.TONNES, Unit.POUNDS_WEIGHT, Unit.OUNCES})

# The sign printed before an amount, and the currency it stands for.
CURRENCY_SIGNS = {"£": Unit.GBP, "$": Unit.USD, "€": Unit.EUR}
# Currencies written with letters before the amount: "R4.2 million" (rand), "Rs 12.5 lakh"
# (rupees); and the dollars of other countries, told from the US dollar by letters before the
# sign: "S$148,000" (Singapore), "HK$3,400", "J$800,000" (Jamaica); the Philippine peso by its
# code, which is how its agencies print it ("PHP 6,800,000.00"). Kept apart from the signs,
# which are single characters.
CURRENCY_LETTERS = {
    "R": Unit.ZAR,
    "Rs": Unit.INR,
    "S$": Unit.SGD,
    "HK$": Unit.HKD,
    "J$": Unit.JMD,
    "PHP": Unit.PHP,
}

# Every figure is smaller than this (as a magnitude): the models store figures with 15 digits
# before the point, so the extractor leaves a larger one out and says so.
FIGURE_LIMIT = 10**15
