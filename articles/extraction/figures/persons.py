"""One person counted without a figure: "A 33-year-old man has been charged", "The man aged
in his 40s has since been released on bail".

A journalist reads such a sentence as a result of one, as she would "Two men were charged";
a pronoun ("He was charged") or a name ("Smith was remanded") is left alone, since it most
often tells again of someone the article has counted already.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from articles.extraction.figures.clauses import person_metric
from articles.extraction.lexicon.actions import ONE_PERSON_VERBS, VERBS
from articles.extraction.lexicon.counted import ONE_PERSON_NOUNS
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
# How far before the noun the phrase may start.
_REACH = 32


def read_one_person(r: OutcomeReader, pos: int, sent: tuple[int, int]) -> None:
    """One person, if the noun at `pos` is the subject of a verb that counts people."""
    text = r.text
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
