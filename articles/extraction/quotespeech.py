"""Which quoted passages are somebody's words: a sentence in marks, a phrase a tag follows,
words a verb of judging introduces ("described as a 'remarkable turnaround'"); and which are
not: a name or a title in marks, a term in scare quotes, a crosshead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from articles.extraction.document import Doc
from articles.extraction.lexicon.quotes import NAME_CUE_BEFORE, QUOTE_CUE
from articles.extraction.lexicon.wordsets import wordset
from articles.extraction.quotemarks import Segment
from articles.extraction.tags import attribution_tail, judging_verbs, speech_verbs, word_count

_END_PUNCT = ".,!?;:…-–—"
_SENTENCE_STOP = re.compile(r"\s*(?:[.!?;]|,\s+(?:he|she|they|it)\s)|\s*$")
_COPULA_END = re.compile(
    r"\b(?:was|were|is|are|been|be|being)\s+(?:(?:a|an|the|very|so|truly|just|simply)\s+)?$"
)
_NEXT_WORD = re.compile(r"\s+([a-z][\w’'-]*)")
_FUNCTION_WORDS = wordset(
    """
    by and in from for to of after when which that as at on with but or was were is are had has
    have could would will can may might must should did does do
    """
)
# Words that open a clause: after marked words, they show the marks close a phrase as a full
# stop would ('a "dangerous young man" who had…', '"untold misery" because…').
_CLAUSE_OPENERS = wordset(
    "who whom whose where while because since before until unless though although whereas"
)
# Words after marked words in narration that show the marks do not qualify the noun after them.
_CLAUSE_AFTER = (
    _FUNCTION_WORDS
    | _CLAUSE_OPENERS
    | wordset("if than so despite during into over through across towards toward against")
)
_ARTICLES = wordset("a an the")
_DETERMINER_END = re.compile(
    r"\b(?:a|an|the|this|that|these|those|its|their|his|her|our)\s+$", re.I
)
_SO_CALLED = re.compile(r"\bso[-\s]called\s+$", re.IGNORECASE)
# Marked words that are the verb of a relative clause: 'as one that "beggars belief"'.
_RELATIVE_END = re.compile(r"\b(?:that|which|who)\s+$")


@dataclass(slots=True)
class _Candidate:
    """A quoted segment with what the speech rules read around it."""

    doc: Doc
    seg: Segment
    lead: str  # the paragraph's words before the mark, back to the previous segment
    tail: tuple[int, int]  # after the closing mark, up to the next segment
    inner: str  # the quoted words
    words: int
    ends_punct: bool


def is_speech(doc: Doc, seg: Segment, lead: str, tail: tuple[int, int]) -> bool:
    """Whether a segment is somebody's words: the first rule that decides, in order."""
    if not seg.opened:
        return True
    text = doc.text
    inner_end = seg.end - (2 if seg.closed and text.startswith("''", seg.end - 2) else 1)
    inner = text[seg.start + 1 : inner_end if seg.closed else seg.end].strip()
    if not inner:
        return False
    candidate = _Candidate(doc, seg, lead, tail, inner, word_count(inner), inner[-1] in _END_PUNCT)
    for rule in (_where_it_stands, _name_in_marks, _sentence_in_marks, _fragment_in_narration):
        verdict = rule(candidate)
        if verdict is not None:
            return verdict
    return _reported_phrase(candidate)


def _where_it_stands(c: _Candidate) -> bool | None:
    """At the start of its paragraph, or after a colon: speech, unless a crosshead."""
    lead = c.lead.strip()
    at_start = not lead or lead in ("-", "–", "—", "•")
    if at_start and _is_crosshead(c):
        return False
    if at_start and (not c.seg.closed or c.words >= 3 or c.ends_punct):
        return True
    if c.lead.rstrip().endswith(":"):
        return True
    return None


def _is_crosshead(c: _Candidate) -> bool:
    """A quoted line alone in its paragraph, with no end stop: "Knock at the door", or with a
    short tag and still no stop: "'Laws are working', minister says"."""
    if not c.seg.closed or c.ends_punct or c.words > 10:
        return False
    tail = c.doc.text[slice(*c.tail)].strip()
    if not tail:
        return True
    para_end = c.doc.source.paragraphs[c.seg.para].end
    return (
        c.tail[1] >= para_end
        and word_count(tail) <= _CROSSHEAD_TAG_WORDS
        and tail[-1] not in _END_PUNCT + "”\"’'"
        and bool(speech_verbs(c.doc, c.tail[0], c.tail[1]))
    )


# The most words of a tag after a quoted crosshead: ", Police Minister says".
_CROSSHEAD_TAG_WORDS = 5


# A book's or a film's title may run to ten words: "Thin Ice: A Year With the Dog Unit".
_LONGEST_NAME = 10


def _name_in_marks(c: _Candidate) -> bool | None:
    """A name in marks in narration: "an inquiry dubbed “Operation Blue Tide,” which…",
    "a gang calling itself 'The Night Crew'", "a line buyers called 'Bluebird'", a book's
    title. Not somebody's words, unless a tag follows."""
    if (
        not 1 <= c.words <= _LONGEST_NAME
        or (c.words == 1 and c.lead.rstrip()[-1:] in ".!?:;")
        or c.inner[-1] in ".!?…"
        or not _is_name(c.inner.rstrip(",;:"))
    ):
        return None
    if _tagged(c) and not NAME_CUE_BEFORE.search(c.lead):
        return None
    return False


def _sentence_in_marks(c: _Candidate) -> bool | None:
    """A sentence, a phrase with an attribution tag after it, or six words or more: speech."""
    if c.ends_punct and c.words >= 3:
        return True
    if c.words >= 2 and _tagged(c):
        return True
    if c.words >= 6:
        return True
    return None


def _tagged(c: _Candidate) -> bool:
    """Whether an attribution tag follows the marks. Not where marked words with no stop of
    their own run on into the noun they qualify: 'The "county lines" model is…, she said.'"""
    if not c.ends_punct:
        following = _NEXT_WORD.match(c.doc.text, *c.tail)
        if following and not speech_verbs(c.doc, following.start(1), following.end(1)):
            return False
    return attribution_tail(c.doc, *c.tail)


def _fragment_in_narration(c: _Candidate) -> bool | None:
    """Short marked words in narration: a term, unless a verb of judging introduces them.

    "described as a 'remarkable turnaround'," quotes somebody; "a 'softly-softly' approach",
    where the marked words qualify a noun that follows, is the writer's own phrase, unless a
    verb of judging introduces a phrase of two words or more ("praised the 'quick and careful'
    work", "described it as a 'cruel trade' that…").
    """
    near = c.lead[-60:]
    if _SO_CALLED.search(near):
        return False  # "the so-called 'runners'": the writer's distance from a term
    cue = QUOTE_CUE.search(near) is not None
    following = _NEXT_WORD.match(c.doc.text, *c.tail)
    judged = cue and c.words >= 2 and not _is_name(c.inner)
    if following and following.group(1) not in _CLAUSE_AFTER and not judged:
        return False
    if cue:
        return True
    if c.words == 1:
        return False  # one word in marks is a term, not somebody's words
    return None


def _reported_phrase(c: _Candidate) -> bool:
    """In a sentence that reports somebody speaking, their words in marks.

    The complement of "was" ("said the raid had been 'a huge success'"), a phrase that ends
    the sentence or a clause ("said Moss had shown 'no remorse whatsoever'.", "had caused
    'untold misery' because…"), a phrase before a verb or a preposition ("said their 'wicked
    trade' had…", "had 'total control' over…"), or
    a phrase of three words or more ("said residents should report 'whatever looks out of
    place' to"). Not a name, nor
    marked words the writer's own determiner makes a term ("uses a 'hub and spoke model'").
    """
    following = _NEXT_WORD.match(c.doc.text, *c.tail)
    next_word = following.group(1) if following else ""
    ends_sentence = (
        _SENTENCE_STOP.match(c.doc.text, *c.tail) is not None or next_word in _CLAUSE_OPENERS
    )
    # A phrase of its own, before a verb or a preposition: "said the gang's 'wicked trade' had
    # blighted…", "said he had 'total control' over…".
    whole = c.words >= 2 and next_word in _CLAUSE_AFTER
    phrase = (
        (c.words >= 3 or whole)
        and not _is_name(c.inner)
        and not _DETERMINER_END.search(c.lead[-12:])
    )
    if _COPULA_END.search(c.lead[-40:]) or ends_sentence or phrase:
        sentence_start, _ = c.doc.sentence_at(c.seg.start)
        if speech_verbs(c.doc, sentence_start, c.seg.start):
            return True
        # "a judge describing the haul as one that 'beggars belief'": a verb of judging before
        # a relative clause whose verb is in marks.
        return (
            c.words >= 2
            and _RELATIVE_END.search(c.lead[-12:]) is not None
            and bool(judging_verbs(c.doc, sentence_start, c.seg.start))
        )
    return False


def _is_name(words: str) -> bool:
    """Whether quoted words are a title or a name ("The Young Ones"): capitals throughout."""
    significant = [w for w in words.split() if w.lower() not in _FUNCTION_WORDS | _ARTICLES]
    return bool(significant) and all(w[:1].isupper() for w in significant)
