"""Direct speech: which quoted passages are quotes, and where each begins and ends.

A quote is a maximal run of one speaker's words in quote marks. It runs on across paragraphs
(whether the writer leaves each paragraph open or closes and reopens the marks) and across
attribution tags ("…," he said. "…"). A narration paragraph ends it. Short quoted terms in
narration (scare quotes, nicknames) are not quotes; quoted fragments that are somebody's words
("described as a 'remarkable turnaround'") are. Marks that never close end at their paragraph.

Finding quotes runs in passes: each paragraph's marks are read and paired into segments, the
segments that are somebody's words are kept (`quotespeech` tells which), and those are
grouped into quotes. Who said each is read by `attribution`.
"""

from __future__ import annotations

from bisect import bisect_left

from articles.extraction.attribution import Attribution, Attributor
from articles.extraction.budget import check_budget
from articles.extraction.document import Doc
from articles.extraction.headers import Span
from articles.extraction.lexicon.quotes import DOUBLE_CLOSE
from articles.extraction.people import PeopleIndex
from articles.extraction.quotegroups import group_segments
from articles.extraction.quotemarks import Segment, marks_by_paragraph, scan_paragraph
from articles.extraction.quotespeech import is_speech
from articles.extraction.tags import speech_verbs
from articles.extraction.types import FoundOperation, FoundQuote

_CLOSING_DOUBLE = frozenset(DOUBLE_CLOSE + '"')


def find_quotes(
    doc: Doc, people: PeopleIndex, operations: list[FoundOperation]
) -> list[FoundQuote]:
    groups = group_segments(doc, _speech_segments(doc))
    attributor = Attributor(doc, people, [(seg.start, seg.end) for g in groups for seg in g])
    found = []
    previous: tuple[str | None, Segment] | None = None
    for group in groups:
        for part in attributor.split_by_speaker(group):
            attribution = attributor.attribute(part)
            if attribution.speaker is None and attribution.clause is None:
                attribution = (
                    attributor.reported_before(part[0])
                    or (previous and _carried_on(doc, people, previous, part))
                    or attribution
                )
            found.append(_make_quote(doc, part, attribution, operations))
            previous = (attribution.speaker, part[-1])
    return found


# A quote with no tag of its own goes on from the speaker of the quote before it across at most
# this many narration paragraphs.
_NARRATION_BETWEEN = 2


def _carried_on(
    doc: Doc, people: PeopleIndex, previous: tuple[str | None, Segment], part: list[Segment]
) -> Attribution | None:
    """The speaker of the quote before, when a narration paragraph or two that names nobody
    else who could speak stands between it and this untagged quote: the same person goes on
    speaking. Those charged or harmed, named where nobody speaks, do not interrupt the one
    who tells of them ("Tom Cox, 30, was charged.")."""
    speaker, last = previous
    first = part[0]
    if speaker is None or not 1 < first.para - last.para <= _NARRATION_BETWEEN + 1:
        return None
    if first.start != doc.source.paragraphs[first.para].start:
        return None  # a quote inside narration with no tag is not carried on
    between = doc.source.paragraphs[last.para].end
    others = {name for _s, _e, name in people.at(between, first.start)} - {speaker}
    if others and (
        speech_verbs(doc, between, first.start) or any(_may_speak(people, name) for name in others)
    ):
        return None
    return Attribution(speaker, None, "carried-on-after-narration")


def _may_speak(people: PeopleIndex, name: str) -> bool:
    person = people.by_name(name)
    return person is None or person.kind not in ("defendant", "victim")


def _speech_segments(doc: Doc) -> list[list[Segment]]:
    """Each body paragraph's segments that are somebody's words."""
    text = doc.text
    per_para = []
    carrying = False
    marked = marks_by_paragraph(text, doc.source.paragraphs)
    for n, para in enumerate(doc.source.paragraphs):
        check_budget()
        if n not in marked:
            per_para.append([])
            carrying = False
            continue
        if not carrying and per_para and _ends_quoted(text, per_para[-1], n - 1, doc):
            # A quoted paragraph, then one that only closes its marks: the writer left out
            # the opening mark of the quote's next paragraph.
            carrying = text[para.start : para.end].rstrip()[-1:] in _CLOSING_DOUBLE
        segs, carrying = scan_paragraph(text, para.start, para.end, n, carrying, marked[n])
        speech = []
        for k, seg in enumerate(segs):
            lead_from = segs[k - 1].end if k else para.start
            tail_to = segs[k + 1].start if k + 1 < len(segs) else para.end
            if is_speech(doc, seg, text[lead_from : seg.start], (seg.end, tail_to)):
                speech.append(seg)
        per_para.append(speech)
    return per_para


def _ends_quoted(text: str, speech: list[Segment], n: int, doc: Doc) -> bool:
    """Whether paragraph n ends with the closing mark of a quote."""
    return (
        bool(speech)
        and speech[-1].closed
        and not text[speech[-1].end : doc.source.paragraphs[n].end].strip()
    )


def _make_quote(
    doc: Doc, group: list[Segment], attribution: Attribution, operations: list[FoundOperation]
) -> FoundQuote:
    text = doc.text
    start, end = group[0].start, group[-1].end
    while end > start and text[end - 1].isspace():
        end -= 1
    paras = doc.source.paragraphs
    first_para, last_para = paras[group[0].para], paras[group[-1].para]
    named = []
    for op in operations:
        # Its mentions are in order: look from the first in these paragraphs, not the first.
        mentions = op.mentions
        i = bisect_left(mentions, first_para.start, key=_start)
        while i < len(mentions) and mentions[i].start < last_para.end:
            if mentions[i].end <= last_para.end:
                named.append((mentions[i].start, op.name))
                break
            i += 1
    named.sort()
    return FoundQuote(
        span=Span(start, end, text[start:end]),
        speaker=attribution.speaker,
        attribution=attribution.clause,
        paragraphs=group[-1].para - group[0].para + 1,
        operations=tuple(name for _, name in named),
        rule=attribution.rule,
        confidence=attribution.confidence,
    )


def _start(span: Span) -> int:
    return span.start
