"""Speech segments grouped into quotes: across attribution tags, and across paragraphs.

A quote runs on past a tag ("…," he said. "…"), and into the next paragraph when that one
opens with speech (or with a short tag such as "She added:") and the quote ended the paragraph
before: its marks left open, closed at the paragraph's end, or followed by a tag.
"""

from __future__ import annotations

import re

from articles.extraction.document import Doc
from articles.extraction.headers import Span
from articles.extraction.lexicon.quotes import QUESTION_VERBS
from articles.extraction.lexicon.words import words_pattern
from articles.extraction.quotemarks import Segment
from articles.extraction.tags import attribution_tail, speech_verbs, word_count

# A numbered release's paragraph number before the mark: "6. “…", "(6) “…".
_PARAGRAPH_NUMBER = re.compile(r"\(?\d{1,2}[.)]")
_QUESTION_TAG = re.compile(rf"\b{words_pattern(QUESTION_VERBS)}\b")


def group_segments(doc: Doc, per_para: list[list[Segment]]) -> list[list[Segment]]:
    """Segments grouped into quotes: across attribution tags, and across paragraphs."""
    groups: list[list[Segment]] = []
    for n, segs in enumerate(per_para):
        for k, seg in enumerate(segs):
            if groups and _continues(doc, groups[-1][-1], seg, n, k):
                groups[-1].append(seg)
            else:
                groups.append([seg])
    return groups


def _continues(doc: Doc, last: Segment, seg: Segment, n: int, k: int) -> bool:
    """Whether `seg`, the k-th speech segment of paragraph n, carries on the quote of `last`."""
    text = doc.text
    if last.para == n:
        gap = text[last.end : seg.start]
        if not gap.strip(" ,.;:–—-"):
            return True
        # Across a tag ('"…," she said. "…"'), but not into a phrase quoted inside the next
        # sentence of narration ('She told him he was "a coward".').
        return attribution_tail(doc, last.end, seg.start) and _opens_speech(doc, seg)
    paras = doc.source.paragraphs
    if last.para == n - 1 and k == 0 and _starts_paragraph(doc, seg, paras[n]):
        prev_end = paras[n - 1].end
        # '"…?" he asked.': a question put ends a turn; the next paragraph's speech answers it.
        if last.closed and _QUESTION_TAG.search(text, last.end, prev_end):
            return False
        # Only the sentence's full stop after the mark: '…is: “Stay away”.' goes on in the
        # next paragraph's marks; a phrase quoted inside narration does not.
        # A phrase quoted inside narration does not go on either when a tag follows it
        # ('…was "the hardest blow," the chief told reporters.').
        return not last.closed or (
            _opens_speech(doc, last)
            and (
                not text[last.end : prev_end].strip(" \t\n.")
                or attribution_tail(doc, last.end, prev_end)
            )
        )
    return False


def _opens_speech(doc: Doc, seg: Segment) -> bool:
    """Whether the segment's words stand as speech of their own, not as a phrase inside a
    narrated sentence: it opens its sentence, or follows a colon or a tag ("she said, '…")."""
    start, _ = doc.sentence_at(seg.start)
    lead = doc.text[max(start, doc.source.paragraphs[seg.para].start) : seg.start].rstrip()
    if not lead or lead[-1] in ":–—-":
        return True
    return lead[-1] == "," and bool(speech_verbs(doc, max(0, seg.start - 40), seg.start))


def _starts_paragraph(doc: Doc, seg: Segment, para: Span) -> bool:
    """Whether the segment opens its paragraph, or only an attribution tag stands before it.

    "She added: '…'" or "Insp Hale added: '…'" after a quoted paragraph carries the same
    quote on; the quote splits off again where the tag names somebody else (`attribution`).
    """
    if not seg.opened:
        return True
    lead = doc.text[para.start : seg.start].strip()
    if not lead or _PARAGRAPH_NUMBER.fullmatch(lead):
        return True
    return (
        lead[-1] in ":,"
        and word_count(lead) <= 5
        and bool(speech_verbs(doc, para.start, seg.start))
    )
