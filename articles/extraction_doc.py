"""The article as the extractors see it: body zones, sentences, and spans already claimed."""

from __future__ import annotations

import re
from bisect import bisect_right

from articles.lexicon import wordset
from articles.parsing import ParsedSource, Span

# Words that end with a full stop without ending the sentence.
_ABBREVIATIONS = wordset(
    """
    mr mrs ms dr st det insp supt sgt lt capt cpl no co ltd inc jr sr prof gov sen rep vs etc
    op ch const cmdr sgts dept approx est fig cllr mt ft hon rev gen col maj
    """
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|\n")


class Doc:
    """One article's text with the zones extraction reads (standfirst and body paragraphs)."""

    __slots__ = ("text", "source", "zones", "sentences", "_sentence_starts", "_zone_starts")

    def __init__(self, text: str, source: ParsedSource):
        self.text = text
        self.source = source
        zones = list(source.paragraphs)
        if source.standfirst is not None:
            zones.insert(0, source.standfirst)
        self.zones: tuple[Span, ...] = tuple(zones)
        self._zone_starts = [z.start for z in self.zones]
        sentences = []
        for zone in self.zones:
            sentences.extend(split_sentences(text, zone.start, zone.end))
        self.sentences: list[tuple[int, int]] = sentences
        self._sentence_starts = [s for s, _ in sentences]

    def sentence_at(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self._sentence_starts, pos) - 1
        if i >= 0:
            s, e = self.sentences[i]
            if pos <= e:
                return s, e
        return pos, pos

    def zone_index(self, pos: int) -> int:
        return bisect_right(self._zone_starts, pos) - 1


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within text[start:end], not broken after "Mr." or "Det." or initials."""
    out = []
    s = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if m.group() == "\n":
            cut = m.start()
        else:
            if m.group()[0] == ".":
                before = text[max(s, m.start() - 12) : m.start()]
                word = re.search(r"([A-Za-z]+)$", before)
                if word and (
                    word.group(1).lower() in _ABBREVIATIONS
                    or (len(word.group(1)) == 1 and word.group(1).isupper())
                ):
                    continue
            nxt = text[m.end() : m.end() + 3].lstrip()[:1]
            if nxt and not (nxt.isupper() or nxt.isdigit() or nxt in "\"'“‘£$("):
                continue
            cut = m.end()
        if cut > s:
            a, b = s, cut
            while a < b and text[a].isspace():
                a += 1
            if a < b:
                out.append((a, b))
        s = cut
    if s < end:
        a = s
        while a < end and text[a].isspace():
            a += 1
        if a < end:
            out.append((a, end))
    return out


def overlaps(a: tuple[int, int], spans) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)
