"""People counted without a figure: one person ("A 33-year-old man has been charged", "The
man aged in his 40s has since been released on bail") and a pair or a group the text has
named already ("Both were convicted", "remanded all five in custody").

A journalist reads such a sentence as a result of one, as she would "Two men were charged";
a pronoun ("He was charged") or a name ("Smith was remanded") is left alone, since it most
often tells again of someone the article has counted already.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from articles.extraction.figures.clauses import person_metric
from articles.extraction.figures.numbers import number_value
from articles.extraction.lexicon.actions import ONE_PERSON_VERBS, VERBS
from articles.extraction.lexicon.counted import ONE_PERSON_NOUNS, PERSON_NOUNS
from articles.extraction.lexicon.numbers import NUMBER_WORD_RE
from articles.extraction.lexicon.patterns import alternatives
from articles.extraction.lexicon.wordsets import indexed_words

if TYPE_CHECKING:
    from articles.extraction.figures.reader import OutcomeReader

ONE_PERSON_WORDS = indexed_words(" ".join(ONE_PERSON_NOUNS))
# "A 41-year-old man was", "A lorry driver has since been", "The man aged in his 50s has"
_ONE_PERSON = re.compile(
    r"\b(?:An?|The)\s+(?:\d{1,2}-year-old\s+)?(?:[a-z][\w-]*\s+)?"
    r"(?P<noun>" + alternatives(ONE_PERSON_NOUNS) + r")\s+"
    r"(?:aged\s+(?:\d{1,2}|in\s+(?:his|her|their)\s+(?:early\s+|late\s+|mid-)?\d0s)\s+)?"
    r"(?:has|had|was)\s+(?:(?:since|also|now|already|subsequently|been)\s+)*"
    r"(?P<v>[a-z]+)\b"
)
# The same person's next verb: "and has been remanded", "and was later bailed".
_AND_THEN = re.compile(
    r"\band\s+(?P<aux>(?:has|had|was)\s+(?:(?:since|also|now|later|subsequently|been)\s+)*)"
    r"(?P<v>[a-z]+)\b"
)
_WORD_AT = re.compile(r"[A-Za-z]+")
_VERB_NEXT = re.compile(r"\s+(?:has|had|was|aged)\b")
# How far before the noun the phrase may start.
_REACH = 32
BOTH_WORD = "both"
GROUP_WORDS = indexed_words(f"{BOTH_WORD} remanded")
# "Both were convicted", "Both men have since been charged"; not "Both men are charged",
# which says what they face, told already.
_BOTH = re.compile(
    r"\b[Bb]oth\s+(?:(?:" + alternatives(PERSON_NOUNS) + r"|of\s+them)\s+)?"
    r"(?:were|have\s+(?:(?:now|since|already|also)\s+)*been|had\s+been)\s+"
    r"(?:(?:since|also|later|subsequently)\s+)?(?P<v>[a-z]+)\b"
)
# "remanded both in custody", "remanded all five in police custody"
_REMANDED_ALL = re.compile(
    r"\bremanded\s+(?:both|all\s+(?P<n>\d{1,3}|" + NUMBER_WORD_RE + r"))\s+"
    r"(?:in|into)\s+(?:police\s+|judicial\s+)?custody\b",
    re.IGNORECASE,
)


def read_one_person(r: OutcomeReader, pos: int, sent: tuple[int, int]) -> None:
    """One person, if the noun at `pos` is the subject of a verb that counts people."""
    text = r.text
    word = _WORD_AT.match(text, pos)
    if word is None or not _VERB_NEXT.match(text, word.end(), sent[1]):
        return  # most such nouns: "the man said", "a woman, 34"
    for m in _ONE_PERSON.finditer(text, max(sent[0], pos - _REACH), min(sent[1], pos + 80)):
        if m.start("noun") == pos:
            break
    else:
        return
    verb = VERBS.get(m["v"])
    if verb not in ONE_PERSON_VERBS or r.is_taken(m.start(), m.end()):
        return
    found = person_metric(text, verb, m.end(), sent[1])
    if verb == "released" and found.end == m.end():
        return  # released, but not said how: from hospital as likely as from custody
    r.add(m.start(), found.end, found.name, 1, sent=sent, rule="one-person")
    # "... has been charged with burglary and has been remanded in custody": a second thing
    # that happened to the same person, a result of its own.
    then = _AND_THEN.search(text, found.end, sent[1])
    verb = then and VERBS.get(then["v"])
    if verb not in ONE_PERSON_VERBS or r.is_taken(then.start(), then.end()):
        return
    second = person_metric(text, verb, then.end(), sent[1])
    if second.name != found.name and (verb != "released" or second.end > then.end()):
        r.add(then.start("aux"), second.end, second.name, 1, sent=sent, rule="one-person")


def read_group(r: OutcomeReader, pos: int, sent: tuple[int, int]) -> None:
    """A pair or group counted by "both" or "all five", where a verb counts them."""
    text = r.text
    if text[pos : pos + len(BOTH_WORD)].lower() == BOTH_WORD:
        m = _BOTH.match(text, pos, sent[1])
        verb = m and VERBS.get(m["v"])
        if verb not in ONE_PERSON_VERBS or r.is_taken(m.start(), m.end()):
            return
        found = person_metric(text, verb, m.end(), sent[1])
        r.add(pos, found.end, found.name, 2, sent=sent, rule="group-word")
    elif m := _REMANDED_ALL.match(text, pos, sent[1]):
        value = number_value(m["n"]) if m["n"] else 2
        if value and not r.is_taken(m.start(), m.end()):
            found = person_metric(text, "remanded", m.end(), sent[1])
            r.add(pos, m.end(), found.name, value, sent=sent, rule="group-word")
