"""Word lists the parser and the extractor share: quote marks, months, speech verbs, numbers.

Police ranks and civic titles live in `lexicon.ranks`, the words about people in
`lexicon.people`, organisation patterns in `lexicon.organisations`, operation keywords in
`lexicon.operations`, the nouns and verbs that make a reported figure in `lexicon.figures`.
"""

import functools
import re


def wordset(words: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated string, for readable long lists."""
    return frozenset(words.split())


def words_pattern(words) -> str:
    """A pattern matching any of `words`, longest first, written as a tree of shared prefixes.

    "said|says|saying" becomes "sa(?:id|y(?:ing|s)?)": the engine then follows one branch
    per letter instead of trying every word in turn, which matters for long lists.
    """
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return (body if len(branches) > 1 else "(?:" + body + ")") + "?"
        return body

    return "(?:" + build(tree) + ")"


# Quote marks, by the role they can play. A straight mark's role depends on its neighbours.
DOUBLE_OPEN = "\u201c\u201e\u201f\u00ab"  # “ „ ‟ «
DOUBLE_CLOSE = "\u201d\u00bb"  # ” »
SINGLE_OPEN = "\u2018\u201a"  # ‘ ‚
SINGLE_CLOSE = "\u2019"  # ’ (also the typographic apostrophe)
QUOTE_CHARS = "\"'" + DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
MONTH_RE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
WEEKDAY_RE = (
    r"(?:Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:r|rs|rsday)?|Fri(?:day)?"
    r"|Sat(?:urday)?|Sun(?:day)?)\.?"
)

# Verbs that introduce or close a quotation ("he said", "warned Det Supt Smith").
SPEECH_VERBS = (
    "said",
    "says",
    "say",
    "added",
    "adds",
    "warned",
    "warns",
    "explained",
    "explains",
    "continued",
    "continues",
    "concluded",
    "concludes",
    "told",
    "tells",
    "revealed",
    "reveals",
    "admitted",
    "admits",
    "stated",
    "states",
    "commented",
    "comments",
    "remarked",
    "insisted",
    "insists",
    "claimed",
    "claims",
    "urged",
    "urges",
    "appealed",
    "noted",
    "notes",
    "stressed",
    "stresses",
    "confirmed",
    "confirms",
    "announced",
    "declared",
    "acknowledged",
    "argued",
    "argues",
    "asked",
    "asks",
    "replied",
    "responded",
    "recalled",
    "praised",
    "welcomed",
    "vowed",
    "vows",
    "pledged",
    "promised",
    "suggested",
    "emphasised",
    "emphasized",
    "highlighted",
    "reiterated",
    "cautioned",
    "observed",
    "described",
    "wrote",
    "writes",
    "went on",
    "pointed out",
    "spoke",
    "speaking",
    "saying",
    "adding",
)
SPEECH_VERB_RE = r"\b" + words_pattern(SPEECH_VERBS) + r"\b"

# Verbs of judging that put somebody's words in marks: "branded the plan 'a waste of money'".
CUE_VERBS = (
    "called",
    "calling",
    "described",
    "describing",
    "branded",
    "branding",
    "labelled",
    "labeled",
    "hailed",
    "hailing",
    "termed",
    "dismissed",
    "condemned",
    "praised",
    "slammed",
    "criticised",
    "criticized",
)

# Words before a quoted fragment in narration that make it somebody's words, not scare quotes.
QUOTE_CUE = re.compile(
    r"\b(?:described|branded|labell?ed|hailed|dubbed\s+it|called|termed|dismissed|condemned"
    r"|praised|slammed|criticised|criticized|calling|describing|branding|hailing)"
    r"(?:\s+(?:it|them|this|that|him|her|the\s+\w+))?(?:(?:\s+[\w’'-]+){0,3}?\s+as)?"
    r"(?:\s+(?:a|an|the|being))?\s*$"
    r"|" + SPEECH_VERB_RE + r"(?:\s+(?:that|it|he|she|they|this|there))?"
    r"(?:\s+(?:was|were|is|are|had|has|have|would|will|could))?(?:\s+(?:been|be))?"
    r"(?:\s+(?:a|an|the))?\s*$",
    re.IGNORECASE,
)

PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f"}

# Role nouns that point back at a person already named ("the officer added").
ROLE_NOUNS = {
    "officer": "police",
    "detective": "police",
    "inspector": "police",
    "superintendent": "police",
    "sergeant": "police",
    "constable": "police",
    "chief constable": "police",
    "commissioner": "police",
    "commander": "police",
    "lieutenant": "police",
    "captain": "police",
    "sheriff": "police",
    "chief": "police",
    "police chief": "police",
    "senior officer": "police",
    "investigating officer": "police",
    "senior investigating officer": "police",
    "spokesman": "spokes",
    "spokeswoman": "spokes",
    "spokesperson": "spokes",
    "councillor": "civic",
    "minister": "civic",
    "mayor": "civic",
    "mp": "civic",
    "judge": "court",
    "recorder": "court",
    "magistrate": "court",
    "prosecutor": "court",
    "pastor": "other",
}
ROLE_NOUN_RE = re.compile(
    r"\bthe\s+(" + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)

# Number words, as figures.
UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
MULTIPLIERS = {
    "k": 1_000,
    "thousand": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "million": 1_000_000,
    "bn": 1_000_000_000,
    "billion": 1_000_000_000,
}


@functools.lru_cache(maxsize=1024)
def word_number(phrase: str) -> int | None:
    """The value of a number written in words ("Twenty-seven", "two dozen", "a hundred")."""
    words = re.split(r"[\s-]+", phrase.lower().strip())
    total = current = 0
    seen = False
    for word in words:
        if word in ("and", ""):
            continue
        if word in ("a", "an") and not seen:
            current = 1
            seen = True
        elif word in UNITS:
            current += UNITS[word]
            seen = True
        elif word in TENS:
            current += TENS[word]
            seen = True
        elif word in ("dozen",):
            current = (current or 1) * 12
            seen = True
        elif word in SCALES:
            scale = SCALES[word]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


NUMBER_WORD_RE = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four"
    r"|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    r"(?:\s+(?:hundred|thousand|million)(?:\s+and\s+(?:(?:twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?)?"
    r"(?:\s+dozen)?|an?\s+dozen|(?:a|one)\s+hundred"
)
