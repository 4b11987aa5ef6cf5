"""Words of a date line: the labels that say which date is which, and the words of a byline.

Each list here is the one home of its words; `dates` builds the patterns that read a date line
from them, and `headers` the pattern of a byline on its own line. Month and weekday names live
in `lexicon.words`. Phrases are lower-case, their words separated by single spaces.
"""

from articles.extraction.lexicon.wordsets import wordset

# Labels before the date the article first appeared: "Published: 3 May 2022", "Posted on …".
PUBLISHED_LABELS = ("published", "first published", "posted", "created")

# Labels before the date it was last changed: "| Updated: 4 May 2022", "Last modified on …".
UPDATED_LABELS = (
    "updated",
    "last updated",
    "modified",
    "last modified",
    "amended",
    "last amended",
    "revised",
)

# Other words a date line may hold around its dates: "Date: …", "on 3 May 2022 at 9.12am".
FILLER_WORDS = ("date", "on", "at", "time")

# A press office's label, printed above or on the date line: "FOR IMMEDIATE RELEASE | 4 May".
RELEASE_LABELS = (
    "for immediate release",
    "media release",
    "press release",
    "news release",
    "media statement",
    "press statement",
    "news statement",
)

# Labels before a writer's name, as printed: "By Jane Reporter", "Posted 3 May 2022 by Sam Okoro".
BYLINE_LABELS = (
    "By",
    "BY",
    "by",
    "Author",
    "AUTHOR",
    "Written by",
    "Words by",
    "Reporter",
    "REPORTER",
)

# What joins two writers' names in one byline: "Jane Reporter and Sam Okoro".
BYLINE_JOINERS = ("and", "&")

# The last word of a writer's job title after their name: "Priya Shah, Crime Reporter".
WRITER_TITLE_WORDS = wordset(
    """
    reporter correspondent editor writer journalist columnist contributor
    producer presenter commentator critic
    """
)
