"""Words around direct speech: quote marks, the verbs that attribute it, who "he" can be.

Each list here is the one home of its words; the patterns and indexed sets the quote and
attribution rules match with are built from it below.
"""

from __future__ import annotations

import re
from enum import Enum, Flag, auto

from articles.extraction.lexicon.wordsets import indexed_words, words_pattern, wordset

# Quote marks, by the role they can play. A straight mark's role depends on its neighbours.
DOUBLE_OPEN = "\u201c\u201e\u201f\u00ab"  # “ „ ‟ «
DOUBLE_CLOSE = "\u201d\u00bb"  # ” »
SINGLE_OPEN = "\u2018\u201a"  # ‘ ‚
SINGLE_CLOSE = "\u2019"  # ’ (also the typographic apostrophe)
QUOTE_CHARS = "\"'" + DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE


class _Verb(Flag):
    """What a verb does beside quoted words."""

    # Introduces or closes a quotation: "he said", "warned Det Supt Smith".
    SPEECH = auto()
    # Puts somebody's words in marks and names them: "branded the plan 'a waste of money'".
    JUDGING = auto()
    # Makes marked words in narration somebody's without naming them: "dubbed it 'the Fortress'".
    CUE = auto()
    # Reports what somebody said in the writer's words: "Insp Jo Hale said the team had…", so
    # a quote that opens the next paragraph with no tag is theirs.
    REPORTS = auto()
    # Names whose words they are, without making marked words after it speech: 'according to
    # Insp Jo Hale' names a speaker, but 'according to "insiders"' is a term.
    SOURCE = auto()


def _verb_table(*groups: tuple[_Verb, str]) -> dict[str, _Verb]:
    """Verbs (comma-separated, a phrase may have spaces) with what they do; each only once."""
    table: dict[str, _Verb] = {}
    for role, phrases in groups:
        for phrase in (p.strip() for p in phrases.split(",")):
            if phrase in table:
                raise ValueError(f"{phrase!r} is listed twice: give it both roles in one group")
            if phrase:
                table[phrase] = role
    return table


_VERBS = _verb_table(
    (
        _Verb.SPEECH | _Verb.REPORTS,
        """
        said, says, added, adds, warned, warns, explained, explains, told, tells, revealed,
        reveals, admitted, admits, stated, states, insisted, insists, claimed, claims, noted,
        notes, stressed, stresses, confirmed, confirms, acknowledged, argued, argues,
        emphasised, emphasized, pointed out, put it
        """,
    ),
    (
        _Verb.SPEECH,
        """
        say, continued, continues, concluded, concludes, commented, comments, remarked,
        urged, urges, appealed, announced, declared, asked, asks, replied, responded, recalled,
        welcomed, vowed, vows, pledged, promised, suggested, highlighted, reiterated, cautioned,
        observed, wrote, writes, went on, spoke, speaking, saying, adding
        """,
    ),
    (_Verb.SPEECH | _Verb.SOURCE, "according to"),
    (_Verb.SPEECH | _Verb.JUDGING, "described, praised"),
    (
        _Verb.JUDGING,
        """
        called, calling, describing, branded, branding, labelled, labeled, hailed, hailing,
        termed, dismissed, condemned, slammed, criticised, criticized
        """,
    ),
    (_Verb.CUE, "dubbed it, called for"),
)

SPEECH_VERBS = tuple(phrase for phrase, role in _VERBS.items() if _Verb.SPEECH in role)
SPEECH_VERB_RE = r"\b" + words_pattern(SPEECH_VERBS) + r"\b"
REPORTING_VERBS = frozenset(phrase for phrase, role in _VERBS.items() if _Verb.REPORTS in role)
# The first word of every speech verb, indexed so that a clause is searched only where one is.
SPEECH_WORDS = indexed_words(phrase.split()[0] for phrase in SPEECH_VERBS)
# Verbs of judging name who is quoted; they are single words, found straight from the index.
JUDGING_WORDS = indexed_words(phrase for phrase, role in _VERBS.items() if _Verb.JUDGING in role)

# Words before a quoted fragment in narration that make it somebody's words, not scare quotes:
# a verb of judging ("branded it as 'a disgrace'") or a speech verb with what it reports
# ("said it was 'a huge success'").
# A space in a cue phrase ("dubbed it") stands for any run of spaces.
_CUE_VERB_RE = words_pattern(p for p, role in _VERBS.items() if role & (_Verb.JUDGING | _Verb.CUE))
# Speech verbs before marked words in narration: all but those that name a source.
_REPORT_CUE_RE = (
    r"\b"
    + words_pattern(
        v for v, role in _VERBS.items() if _Verb.SPEECH in role and _Verb.SOURCE not in role
    )
    + r"\b"
)
QUOTE_CUE = re.compile(
    r"\b" + _CUE_VERB_RE.replace(r"\ ", r"\s+") + r"(?:\s+(?:it|them|this|that|him|her|the\s+\w+))?"
    r"(?:(?:\s+[\w’'-]+){0,3}?\s+as)?(?:\s+(?:a|an|the|being))?\s*$"
    r"|" + _REPORT_CUE_RE + r"(?:\s+(?:that|it|he|she|they|this|there))?"
    r"(?:\s+(?:was|were|is|are|had|has|have|would|will|could))?(?:\s+(?:been|be))?"
    r"(?:\s+(?:a|an|the))?\s*$",
    re.IGNORECASE,
)


def _printed_forms(words) -> frozenset[str]:
    """Each word as a printed text may give it: "he", "He", "HE"."""
    return frozenset(form for word in words for form in (word, word.capitalize(), word.upper()))


# The pronouns that stand for a speaker beside a speech verb ("he said", "said she"), with the
# gender of the person they can point back at. Too common to index: they are looked for in the
# attribution clause alone, as printed.
SUBJECT_PRONOUNS = {"he": "m", "she": "f"}
# A person the writer leaves unnamed ("He asked not to be named."): "he" after it means them,
# not anybody named before.
UNNAMED_RE = re.compile(
    r"\b(?:asked|wished|wanted|preferred|declined|refused|did\s+not\s+want|didn['’]t\s+want)"
    r"\s+(?:not\s+)?to\s+be\s+(?:named|identified)\b"
    r"|\b(?:cannot|can['’]t|could\s+not|would\s+not|will\s+not)\s+be\s+(?:named|identified)\b",
    re.IGNORECASE,
)
PRONOUN_WORDS = _printed_forms(SUBJECT_PRONOUNS)


class Role(Enum):
    """Whom a role noun can point back at."""

    POLICE = "police"  # a police officer
    SPOKES = "spokes"  # somebody described as a spokesperson
    CIVIC = "civic"  # an elected official
    COURT = "court"  # a judge or recorder
    OTHER = "other"  # anybody


# Role nouns that point back at a person already named ("the officer added").
ROLE_NOUNS = {
    "officer": Role.POLICE,
    "detective": Role.POLICE,
    "inspector": Role.POLICE,
    "superintendent": Role.POLICE,
    "sergeant": Role.POLICE,
    "constable": Role.POLICE,
    "chief constable": Role.POLICE,
    "commissioner": Role.POLICE,
    "commander": Role.POLICE,
    "lieutenant": Role.POLICE,
    "captain": Role.POLICE,
    "sheriff": Role.POLICE,
    "undersheriff": Role.POLICE,
    "deputy": Role.POLICE,
    "trooper": Role.POLICE,
    "corporal": Role.POLICE,
    "agent": Role.POLICE,
    "special agent": Role.POLICE,
    "garda": Role.POLICE,
    "chief": Role.POLICE,
    "police chief": Role.POLICE,
    "senior officer": Role.POLICE,
    "investigating officer": Role.POLICE,
    "senior investigating officer": Role.POLICE,
    "spokesman": Role.SPOKES,
    "spokeswoman": Role.SPOKES,
    "spokesperson": Role.SPOKES,
    "councillor": Role.CIVIC,
    "minister": Role.CIVIC,
    "mayor": Role.CIVIC,
    "mp": Role.CIVIC,
    "premier": Role.CIVIC,
    "governor": Role.CIVIC,
    "senator": Role.CIVIC,
    "secretary": Role.CIVIC,
    "home secretary": Role.CIVIC,
    "council leader": Role.CIVIC,
    "police and crime commissioner": Role.CIVIC,
    "judge": Role.COURT,
    "recorder": Role.COURT,
    "magistrate": Role.COURT,
    "prosecutor": Role.COURT,
    "district attorney": Role.COURT,
    "attorney general": Role.CIVIC,
    "solicitor general": Role.CIVIC,
    "director": Role.OTHER,
    "coroner": Role.COURT,
    "pastor": Role.OTHER,
}
# Words in "-ing" that name the work of a post before its rank ("Roads policing Sergeant Jo
# Hale said:"): the name after them is the speaker, not the object of a verb.
POST_WORK_WORDS = wordset("policing training")
# Verbs that tag a question put: the speech after it, in the next paragraph, is an answer,
# another person's turn ('"…?" he asked.' then '"…," she replied.').
QUESTION_VERBS = wordset("asked asks queried wondered")
# A role noun is read after "the", looked for only in the attribution clause.
# "a judge" as well: "what a judge called 'a cruel trade'" in a standfirst, before the judge
# is named.
_ROLE_LEADS = ("the", "a", "an")
ROLE_LEAD_WORDS = _printed_forms(_ROLE_LEADS)
# "the 34-year-old told the court": whoever's age was printed as 34.
AGE_NOUN_RE = re.compile(r"\bthe\s+(\d{1,3})-year-old\b", re.IGNORECASE)
ROLE_NOUN_RE = re.compile(
    r"\b(?:"
    + "|".join(_ROLE_LEADS)
    + r")\s+("
    + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)

# Words before a name in quote marks that say it is what a person goes by ('Jo Hale, alias
# "El Lobo", whom police described as…'): a name, whatever tag follows it.
_NAME_CUES = ("alias", "aka", "a.k.a.", "known as", "nicknamed", "also called", "going by")
NAME_CUE_BEFORE = re.compile(
    r"\b(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in _NAME_CUES) + r")\s*$",
    re.IGNORECASE,
)

# Written words a quote may give ("one of his messages, which read: '…'"): the writer is the
# person named last before the noun, not whoever reports them.
_WRITINGS = (
    "message, messages, text, texts, post, posts, note, notes, letter, letters, email, emails,"
    " tweet, tweets, caption, card"
)
WRITING_BEFORE = re.compile(
    r"\b(?P<noun>"
    + words_pattern(w.strip() for w in _WRITINGS.split(","))
    + r")\b[^.!?;:\"“”]{0,30}?,?\s+(?:which\s+|that\s+)?(?:read|reads|reading|said|saying)"
    r"\s*:?\s*$"
)
