"""The article as the extractors see it: body zones, sentences, and spans already claimed."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from articles.extraction.headers import ParsedSource, Span
from articles.extraction.lexicon.ranks import DOTTED_WORDS
from articles.extraction.lexicon.wordsets import (
    INDEXED,
    LATIN,
    UPPER,
    WORD,
    indexed_words,
    wordset,
)
from articles.extraction.spans import SpanIndex

# Words that end with a full stop without ending the sentence: ranks and titles, and these.
_ABBREVIATIONS = wordset(
    """
    st no co ltd inc jr sr vs etc op sgts dept approx est fig mt ft hon gen col maj
    """
) | {word.lower() for word in DOTTED_WORDS}
# From the first mark of a run only, and without giving back what it took: a long run of dots
# with no space after it is then read once, not once from each of its dots. (The look-behind
# comes after the first mark so that the engine still skips ahead to the next mark.)
_SENTENCE_END = re.compile(r"[.!?…](?<![.!?…].)[.!?…]*+[\"'”’)\]]*+(?=\s)")
# Past this length a "sentence" is cut at a space: text that never ends a sentence (a list, a
# run of figures) must not make every rule that reads a whole sentence read the whole paragraph.
MAX_SENTENCE = 1000
# Read with str.rstrip and str.strip rather than patterns: these run at every full stop and
# for every word before a figure, where a pattern's call costs more than its reading.
_ASCII_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_WORDLIKE_CHARS = _ASCII_LETTERS + "’'-"


def register_words(words: frozenset[str], *, exact: bool = False) -> frozenset[str]:
    """Have every Doc index where `words` occur as it reads its text; returns `words`.

    The same as declaring the set with `lexicon.wordsets.indexed_words`, where word lists
    are better declared.
    """
    return indexed_words(words, exact=exact)


_LETTERS = frozenset(LATIN)
_CAPITALS = UPPER
_JOINERS = frozenset("’'-")
_WORD_CHARS = _LETTERS | _JOINERS


def _whole_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole word as WORD reads words, not part of a longer one."""
    if start and (
        text[start - 1] in _LETTERS
        or (text[start - 1] in _JOINERS and start > 1 and text[start - 2] in _LETTERS)
    ):
        return False
    return not (
        end < len(text)
        and (
            text[end] in _LETTERS
            or (text[end] in _JOINERS and end + 1 < len(text) and text[end + 1] in _LETTERS)
        )
    )


class Doc:
    """One article's text with the zones extraction reads (standfirst and body paragraphs).

    Built in four steps, each a function below: the zones, their sentences, an index of the
    capitalised and indexed words, and where each indexed word set occurs.
    """

    __slots__ = (
        "text",
        "source",
        "zones",
        "sentences",
        "_index",
        "capitalised",
        "_capitalised_starts",
        "_cache",
        "_lowered",
        "_sentence_starts",
        "_zone_starts",
        "_sets_known",
    )

    def __init__(self, text: str, source: ParsedSource):
        self.text = text
        self.source = source
        self.zones: tuple[Span, ...] = _zones(source)
        self._zone_starts = [z.start for z in self.zones]
        self.sentences: list[tuple[int, int]] = [
            sentence
            for zone in self.zones
            for sentence in split_sentences(text, zone.start, zone.end)
        ]
        self._sentence_starts = [s for s, _ in self.sentences]
        # Sets declared after this point are read from the text when first asked for.
        self._sets_known = len(INDEXED.order)
        self._index, self.capitalised = _index_words(text)
        self._capitalised_starts = [s for s, _ in self.capitalised]
        self._cache, self._lowered = _indexed_set_positions(self._index)

    def capitalised_in(self, start: int, end: int) -> list[tuple[int, int]]:
        lo = bisect_left(self._capitalised_starts, start)
        hi = bisect_left(self._capitalised_starts, end)
        return self.capitalised[lo:hi]

    def word_positions(self, word: str) -> list[int]:
        """Starts of `word` as printed, its possessive ("Thompson’s") included."""
        index = self._index
        found = index.get(word, []) + index.get(word + "’s", []) + index.get(word + "'s", [])
        return sorted(found)

    def lowered_among(self, words: frozenset[str]) -> frozenset[str]:
        """Those of `words` (lower-case) the article has, in any capitals."""
        return words & self._lowered

    def positions(
        self, words: frozenset[str], start: int = 0, end: int | None = None, *, exact: bool = False
    ) -> list[int]:
        """Sorted start offsets of the words in `words` (lower-case unless `exact`).

        `words` must have been declared with `indexed_words` (UnindexedWords otherwise): its
        places were then noted as the document was read.
        """
        key = (words, exact)
        found = self._cache.get(key)
        if found is None:
            if INDEXED.declared_at(words, exact) < self._sets_known:
                found = []  # indexed when this document was read, and not in it
            else:
                found = [
                    m.start()
                    for m in WORD.finditer(self.text)
                    if (m.group() if exact else m.group().lower()) in words
                ]
            self._cache[key] = found
        if start == 0 and end is None:
            return found
        lo = bisect_left(found, start)
        hi = len(found) if end is None else bisect_left(found, end)
        return found[lo:hi]

    def words_in(self, variants: frozenset[str], start: int, end: int) -> list[int]:
        """Starts of the words in `variants` (as printed) that start in text[start:end].

        For words too common to index ("the", "he"), looked for only in the short stretch
        that needs them.
        """
        text = self.text
        found = []
        for m in WORD.finditer(text, start):
            pos = m.start()
            if pos >= end:
                break
            if m.group() in variants and (pos > start or _whole_word(text, pos, m.end())):
                found.append(pos)
        return found

    def has_word(self, words: frozenset[str]) -> bool:
        return bool(self.positions(words))

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """(start, end) of the sentence `pos` stands in; (pos, pos) outside every zone."""
        i = bisect_right(self._sentence_starts, pos) - 1
        if i >= 0:
            s, e = self.sentences[i]
            if pos <= e:
                return s, e
        return pos, pos

    def in_zone(self, pos: int) -> bool:
        i = bisect_right(self._zone_starts, pos) - 1
        return i >= 0 and pos < self.zones[i].end

    def zone_index(self, pos: int) -> int:
        return bisect_right(self._zone_starts, pos) - 1


def _zones(source: ParsedSource) -> tuple[Span, ...]:
    """What extraction reads: the standfirst, if any, then the body paragraphs."""
    if source.standfirst is None:
        return tuple(source.paragraphs)
    return (source.standfirst, *source.paragraphs)


def _index_words(text: str) -> tuple[dict[str, list[int]], list[tuple[int, int]]]:
    """Where each capitalised or indexed word occurs, and the spans of capitalised words.

    Every word once, so that costly patterns run only where a word that starts them is.
    findall() makes no match objects. Of its words only the capitalised and indexed ones are
    kept, and each is found after the last: the first place it occurs as a whole word, since
    the words skipped in between are not it. Any other word is read again if asked for.
    """
    index: dict[str, list[int]] = {}
    capitalised = []
    find = text.find
    size = len(text)
    pos = 0
    registered = INDEXED.words
    capitals = _CAPITALS
    word_chars = _WORD_CHARS
    for word in WORD.findall(text):
        capital = word[0] in capitals
        if not capital and word not in registered:
            continue
        pos = find(word, pos)
        end = pos + len(word)
        # Inside a longer word ("Bay" in "eBay", "two" in "network"): look further on.
        while (pos and text[pos - 1] in word_chars) or (end < size and text[end] in word_chars):
            if _whole_word(text, pos, end):
                break
            pos = find(word, pos + 1)
            end = pos + len(word)
        if capital:
            capitalised.append((pos, end))
        starts = index.get(word)
        if starts is None:
            index[word] = [pos]
        else:
            starts.append(pos)
        pos = end
    return index, capitalised


def _indexed_set_positions(index: dict[str, list[int]]) -> tuple[dict, set[str]]:
    """Sorted starts of every indexed word set the article has, by (set, exact); and the
    index's words lower-cased.

    Each word of the index is looked up once: as printed among the exact sets' words, and
    lower-cased among the others', where it counts when printed in lower case, capitalised,
    in title case or in capitals ("said", "Said", "SAID").
    """
    found: dict = {}
    lowered = set()
    exact, lower, by_word = INDEXED.exact, INDEXED.lower, INDEXED.by_word
    for word, starts in index.items():
        if word in exact:
            for key in by_word[word]:
                if key.exact:
                    found.setdefault(key, []).extend(starts)
        low = word.lower()
        lowered.add(low)
        if low in lower and (
            word == low or word == low.capitalize() or word == low.title() or word == low.upper()
        ):
            for key in by_word[low]:
                if not key.exact:
                    found.setdefault(key, []).extend(starts)
    for starts in found.values():
        starts.sort()
    return found, lowered


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within text[start:end], not broken after "Mr." or "Det." or initials."""
    out = []
    s = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if m.group()[0] == ".":
            before = text[max(s, m.start() - 12) : m.start()]
            word = _last_word(before)
            if word and (word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())):
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
                out.extend(_capped(text, a, b))
        s = cut
    if s < end:
        a = s
        while a < end and text[a].isspace():
            a += 1
        if a < end:
            out.extend(_capped(text, a, end))
    return out


def _last_word(before: str) -> str:
    """The letters `before` ends with, as r"([A-Za-z]+)$" reads them (a line break may follow)."""
    if before.endswith("\n"):
        before = before[:-1]
    return before[len(before.rstrip(_ASCII_LETTERS)) :]


def _capped(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """text[start:end] as one sentence, or in pieces of at most MAX_SENTENCE cut at spaces."""
    if end - start <= MAX_SENTENCE:
        return [(start, end)]
    pieces = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        pieces.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return pieces


def words_before(text: str, pos: int, lo: int, n: int) -> list[tuple[str, int]]:
    """Up to n words just before `pos` (lower-cased, with their starts), nearest last.

    Only spaces and, after the nearest word, a "," "." or ":" may stand between them, as in
    "more than", "Section 18" or "tel: 0800".
    """
    a = max(lo, pos - 48)
    seg = text[a:pos].replace("\t", " ")
    parts = seg.split(" ")
    if a > lo and text[a - 1] not in " \t":
        parts = parts[1:]  # the window may start inside a word
    out = []
    end = len(seg)
    nearest = True
    for part in reversed(parts):
        if len(out) == n:
            break
        if not part:
            if nearest and not out:
                end -= 1
                continue
            break
        core = part.rstrip(".,:") if nearest else part
        if core and not core.strip(_WORDLIKE_CHARS):
            start = end - len(part)
            out.append((part.lower() if nearest else core.lower(), a + start))
            end = start - 1
            nearest = False
            continue
        # A word right after a quote mark or bracket ("“More than 500"): the last one taken.
        tail = len(core.rstrip(_WORDLIKE_CHARS))
        if tail < len(core):
            word_start = end - len(part) + tail
            out.append(((core[tail:] + part[len(core) :]).lower(), a + word_start))
        break
    out.reverse()
    return out


def overlaps(a: tuple[int, int], spans) -> bool:
    start, end = a
    if type(spans) is SpanIndex:
        return spans.overlaps(start, end)
    # A plain loop, not any(): this runs for every candidate name and figure.
    for s, e in spans:  # noqa: SIM110
        if start < e and s < end:
            return True
    return False
