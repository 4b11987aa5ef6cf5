"""Counts over a period: how often something happened, "two or three a week"."""

import re

from articles.extraction.lexicon.numbers import NUMBER_WORD_RE
from articles.extraction.lexicon.patterns import alternatives

# How often something happened, counted over a period: "two or three a week", "between two
# and four boats a week", "17 thefts a week", "three or four times a week". The period
# (`COUNT_PERIODS`) names the metric ("boats per week"); a length of time counted over one
# ("seven days a week", "24 hours a day") is no result.
COUNT_PERIODS = {"day": "per day", "night": "per night", "week": "per week", "month": "per month"}
TIME_NOUNS = frozenset(["days", "hours", "nights", "weeks", "months", "years", "minutes", "shifts"])
COUNT_RATE = re.compile(
    r"(?:\s+or\s+(?P<top>\d+|" + NUMBER_WORD_RE + r"))?"
    r"\s+(?:(?P<what>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+)??"
    r"(?:an?|per|each|every)\s+(?P<per>" + alternatives(COUNT_PERIODS) + r")\b(?![’'-])",
    re.IGNORECASE,
)
# One of these stands in every sentence with such a rate, lower-cased.
COUNT_PERIOD_CUES = tuple(COUNT_PERIODS)
# A word that ties the figure to a stretch of time rather than a rate: "470 users for a
# week", "12 times in a week" say how much in one week, not how often.
NOT_A_RATE = frozenset(["for", "in", "of", "on", "at", "to", "by", "with", "over", "during"])
