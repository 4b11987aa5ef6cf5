"""Attribution tags: where the speech verbs and verbs of judging of a clause are, and whether
the words after a closing mark are a tag ('," Mr Lyle said.') or narration going on."""

from __future__ import annotations

import re
from typing import NamedTuple

from articles.extraction.document import WORD, Doc
from articles.extraction.lexicon.quotes import (
    JUDGING_WORDS,
    QUOTE_CHARS,
    SPEECH_VERB_RE,
    SPEECH_WORDS,
)
from articles.extraction.lexicon.ranks import DOTTED_WORDS

_VERB_AT = re.compile(SPEECH_VERB_RE, re.IGNORECASE)
_PASSIVE_WORDS = ("was", "were", "been", "being", "is", "are", "be")
PASSIVE_BEFORE = re.compile(rf"\b(?:{'|'.join(_PASSIVE_WORDS)})\s+$", re.IGNORECASE)
_PASSIVE_LONGEST = max(map(len, _PASSIVE_WORDS))
# The words after a closing mark, up to the end of their sentence: '," Mr Lyle said.' The full
# stop of "Capt." or "Sgt." does not end it: '," said Harbour Police Department Capt. Jo Reyes.'
# The look-behinds are tried only once a full stop has matched, not at every character.
# Nor does an initial's: '," said U.S. Attorney Jo Reyes.', '," said Jo K. Reyes.'
_NOT_AFTER_TITLE = r"(?<!\b[A-Z]\.)" + "".join(
    rf"(?<!\b{re.escape(word)}\.)" for word in DOTTED_WORDS
)
TAIL = re.compile(r"\s*[,.]?\s*(?P<body>[^“”\"‘]{0,200}?)(?:\." + _NOT_AFTER_TITLE + r"|[!?;]|$)")
# How many words may stand before the verb of a tag: '," Det Supt Jo Reyes of the Drugs Unit
# said.' After a quote that ends with a comma the sentence goes on, and its subject may carry a
# clause of its own ('," Staff Sgt. Jo Reyes, who runs the drug section, told reporters.').
_TAIL_SUBJECT_WORDS = 9
_TAIL_SUBJECT_WORDS_AFTER_COMMA = 16


class VerbSpan(NamedTuple):
    start: int
    end: int


def passive_before(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends with "was", "been", "is"… and white space ("Moss was
    described"): looked for only among the last letters, not from every character."""
    k = end
    while k > start and text[k - 1].isspace():
        k -= 1
    if k == end:
        return False
    return PASSIVE_BEFORE.search(text, max(start, k - _PASSIVE_LONGEST), end) is not None


def word_count(s: str) -> int:
    return len(s.split())


def speech_verbs(doc: Doc, start: int, end: int) -> list[VerbSpan]:
    """Spans of the speech verbs in text[start:end] ("said", "went on", "told")."""
    text = doc.text
    found = []
    for pos in doc.positions(SPEECH_WORDS, start, end):
        m = _VERB_AT.match(text, pos, end)
        if m:
            found.append(VerbSpan(m.start(), m.end()))
    return found


def judging_verbs(doc: Doc, start: int, end: int) -> list[VerbSpan]:
    """Spans of the verbs of judging in text[start:end] ("called", "branded")."""
    text = doc.text
    return [
        VerbSpan(pos, WORD.match(text, pos).end())
        for pos in doc.positions(JUDGING_WORDS, start, end)
    ]


def attribution_tail(doc: Doc, start: int, end: int) -> bool:
    """Whether the words after a closing mark are an attribution: '," Mr Lyle said.'"""
    if not doc.positions(SPEECH_WORDS, start, end):
        return False  # no speech verb, no tag: narration is not read with the pattern
    text = doc.text
    m = TAIL.match(text, start, end)
    if not m:
        return False
    bs, be = m.span("body")
    goes_on = _sentence_goes_on(text, start, bs)
    if word_count(text[bs:be]) > (_TAIL_SUBJECT_WORDS_AFTER_COMMA + 12 if goes_on else 20):
        return False
    verbs = speech_verbs(doc, bs, be)
    if not verbs:
        return False
    subject = text[bs : verbs[0].start]
    limit = _TAIL_SUBJECT_WORDS
    if goes_on and subject[:1].isupper() and not PASSIVE_BEFORE.search(subject):
        limit = _TAIL_SUBJECT_WORDS_AFTER_COMMA
    return word_count(subject) <= limit


def _sentence_goes_on(text: str, start: int, body_start: int) -> bool:
    """Whether the quote's sentence goes on after its closing mark at `start`: its words end
    with a comma ('…,” she said'), or a comma follows the mark ('…”, she said')."""
    k = start - 1
    while k > 0 and text[k] in QUOTE_CHARS:
        k -= 1
    return text[k] in ",!?" or "," in text[start:body_start]


def verb_words(doc: Doc, verb: VerbSpan) -> str:
    """A speech verb as the lexicon spells it: "pointed out" for "pointed\nout"."""
    return " ".join(doc.text[verb.start : verb.end].lower().split())
