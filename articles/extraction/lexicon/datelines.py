"""Words of a date line: the labels that say which date is which, and the words of a byline;
and the section labels printed above a headline.

Each list here is the one home of its words; `dates` builds the patterns that read a date line
from them, and `headers` the pattern of a byline on its own line. Month and weekday names live
in `lexicon.words`. Phrases are lower-case, their words separated by single spaces.
"""

from articles.extraction.lexicon.wordsets import wordset

# Labels before the date the article first appeared: "Published: 3 May 2022", "Posted on …";
# a live page's "Began 09:15, 2 April 2025 · Last updated 10:40".
PUBLISHED_LABELS = (
    "published",
    "first published",
    "posted",
    "created",
    "began",
    "started",
    "debated",  # a parliament's transcript: "debated on Wednesday 2 December 2026"
)

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
FILLER_WORDS = ("date", "on", "at", "time", "uk")

# The words a press release closes with, on the date line under the story: "Ends/Friday,
# September 4, 2026", with the time it was issued on the line below ("Issued at HKT 19:05").
CLOSING_LABELS = ("ends", "issued", "issued at")

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

# Words, as printed, that show an article is American, where "3/12/2026" is 12 March; and
# words that show it is from a country that writes the day first (see `dates.reads_month_first`).
MONTH_FIRST_HINTS = (
    "$",
    "a.m.",
    "p.m.",
    "Sheriff's",
    "Sheriff’s",
    "sheriff's",
    "sheriff’s",
    "deputies",
    "District Attorney",
    "district attorney",
    "Police Department",
    "County Jail",
    "county jail",
    "felony",
    "misdemeanor",
    "neighbor",
    "U.S.",
    "FBI",
)
DAY_FIRST_HINTS = (
    "£",
    "€",
    "A$",
    "NZ$",
    "Crown Court",
    "Magistrates",
    "Constabulary",
    "Garda",
    "gardaí",
    "Sheriff Court",
    "neighbour",
    "organised",
    "Police Service",
    "Police Force",
    "Local Court",
)

# The words of a section's name printed above a headline ("Crime", "News | Courts", "UK
# News"), lower-cased: a line of these alone is a label, not the headline.
SECTION_WORDS = wordset(
    """
    home news local uk world national international crime courts court police justice law
    exclusive breaking live latest opinion sport business politics community regional
    investigations investigation special report analysis feature features update updates
    top stories affairs media
    """
)

# The kind of piece, as a part of the date line of its own between separators, alone or with
# a section's name: "2 April 2025 · Explainer", "Video | 2 April 2025", "· Long read". Unlike a
# section's name these are read only there, never as loose words ("Police Comment 2 April
# 2025" is a headline). A phrase is a run of these words ("fact check", "in depth").
FORMAT_WORDS = wordset(
    """
    explainer comment interview review obituary podcast video videos gallery photos pictures
    profile column editorial briefing blog factcheck fact check long read in depth q&a
    """
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

# Time zones printed after a time ("4:15 PM MT", "17.32 GMT"): the UK's, Ireland's, Europe's,
# the United States' and Canada's, Australia's and New Zealand's, standard and daylight.
TIME_ZONES = wordset(
    """
    BST GMT UTC IST CET CEST HKT SGT MYT PHT JST KST SAST
    ET EST EDT CT CST CDT MT MST MDT PT PST PDT AT AST ADT NT NST NDT AKST AKDT HST
    AEST AEDT ACST ACDT AWST NZST NZDT
    """
)

# A social-media post's time stamp ends with who may see it, as an icon or in words: "3 March
# 2025 at 6:14 PM · 🌎", "2h · Public".
POST_AUDIENCE_WORDS = ("Public", "Shared with Public", "Friends", "Edited")
# The counts under a post: "👍 1.2K 💬 214 comments ↗️ 387 shares".
POST_COUNT_WORDS = wordset(
    "likes like reactions comments comment shares share views reposts retweets replies"
)
