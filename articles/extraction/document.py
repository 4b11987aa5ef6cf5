"""The article as the extractors see it: body zones, sentences, and spans already claimed."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from articles.extraction.headers import ParsedSource, Span
from articles.extraction.lexicon.words import wordset

# Words that end with a full stop without ending the sentence.
_ABBREVIATIONS = wordset(
    """
    mr mrs ms dr st det insp supt sgt lt capt cpl no co ltd inc jr sr prof gov sen rep vs etc
    op ch const cmdr sgts dept approx est fig cllr mt ft hon rev gen col maj
    """
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_LAST_WORD = re.compile(r"([A-Za-z]+)$")
_WORDLIKE = re.compile(r"[A-Za-z’'-]+")
_WORD_TAIL = re.compile(r"[A-Za-z’'-]+$")
WORD = re.compile(r"[A-Za-z]+(?:[’'-][A-Za-z]+)*")


# Word sets the extractors look up in every article, registered when their modules load.
_REGISTERED: dict[str, list[tuple[frozenset[str], bool]]] = {}
_REGISTERED_SETS: set[tuple[frozenset[str], bool]] = set()
_REGISTERED_LOWER: set[str] = set()
_REGISTERED_EXACT: set[str] = set()
_REGISTERED_ANY: set[str] = set()


def register_words(words: frozenset[str], *, exact: bool = False) -> frozenset[str]:
    """Have every Doc index where `words` occur as it reads its text; returns `words`.

    Lower-case sets match a word however it is capitalised ("said", "Said", "SAID").
    """
    key = (words, exact)
    if key not in _REGISTERED_SETS:
        _REGISTERED_SETS.add(key)
        (_REGISTERED_EXACT if exact else _REGISTERED_LOWER).update(words)
        _REGISTERED_ANY.update(words)
        for word in words:
            _REGISTERED.setdefault(word, []).append(key)
    return words


_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
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
    """One article's text with the zones extraction reads (standfirst and body paragraphs)."""

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
    )

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
        # Every word once, so that costly patterns run only where a word that starts them is.
        # findall() makes no match objects. Of its words only the capitalised and registered
        # ones are kept, and each is found after the last: the first place it occurs as a
        # whole word, since the words skipped in between are not it.
        index: dict[str, list[int]] = {}
        capitalised = []
        find = text.find
        size = len(text)
        pos = 0
        registered = _REGISTERED_ANY
        capitals = _CAPITALS
        word_chars = _WORD_CHARS
        for word in [w for w in WORD.findall(text) if w[0] in capitals or w in registered]:
            pos = find(word, pos)
            end = pos + len(word)
            # Inside a longer word ("Bay" in "eBay", "two" in "network"): look further on.
            while (pos and text[pos - 1] in word_chars) or (end < size and text[end] in word_chars):
                if _whole_word(text, pos, end):
                    break
                pos = find(word, pos + 1)
                end = pos + len(word)
            if word[0] in capitals:
                capitalised.append((pos, end))
            starts = index.get(word)
            if starts is None:
                index[word] = [pos]
            else:
                starts.append(pos)
            pos = end
        # Capitalised and registered words only; anything else is read again if asked for.
        self._index = index
        self.capitalised = capitalised
        self._capitalised_starts = [s for s, _ in capitalised]
        # Where each registered word set occurs: set intersections find the few registered
        # words the article has, and only those are looked up.
        self._lowered = {w.lower() for w in index}
        found: dict = {}
        for word in index.keys() & _REGISTERED_EXACT:
            for key in _REGISTERED[word]:
                if key[1]:
                    found.setdefault(key, []).extend(index[word])
        for low in self._lowered & _REGISTERED_LOWER:
            starts = []
            for variant in {low, low.capitalize(), low.title(), low.upper()}:
                starts += index.get(variant, ())
            for key in _REGISTERED[low]:
                if not key[1]:
                    found.setdefault(key, []).extend(starts)
        for starts in found.values():
            starts.sort()
        self._cache = found

    def capitalised_in(self, start: int, end: int) -> list[tuple[int, int]]:
        lo = bisect_left(self._capitalised_starts, start)
        hi = bisect_left(self._capitalised_starts, end)
        return self.capitalised[lo:hi]

    def word_positions(self, word: str) -> list[int]:
        """Starts of `word` as printed, its possessive ("Thompson’s") included."""
        index = self._index
        found = index.get(word, []) + index.get(word + "’s", []) + index.get(word + "'s", [])
        return sorted(found)

    def has_lower(self, word: str) -> bool:
        return word in self._lowered

    def has_all_lower(self, words: frozenset[str]) -> bool:
        return words <= self._lowered

    def positions(
        self, words: frozenset[str], start: int = 0, end: int | None = None, *, exact: bool = False
    ) -> list[int]:
        """Sorted start offsets of the words in `words` (lower-case unless `exact`).

        Sets passed to `register_words` are looked up in the index built with the document;
        any other set is looked up on first use and remembered.
        """
        key = (words, exact)
        found = self._cache.get(key)
        if found is None:
            if key in _REGISTERED_SETS:
                found = []
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


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within text[start:end], not broken after "Mr." or "Det." or initials."""
    out = []
    s = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if m.group()[0] == ".":
            before = text[max(s, m.start() - 12) : m.start()]
            word = _LAST_WORD.search(before)
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
        if _WORDLIKE.fullmatch(core):
            start = end - len(part)
            out.append((part.lower() if nearest else core.lower(), a + start))
            end = start - 1
            nearest = False
            continue
        # A word right after a quote mark or bracket ("“More than 500"): the last one taken.
        tail = _WORD_TAIL.search(core)
        if tail and tail.end() == len(core):
            word_start = end - len(part) + tail.start()
            out.append(((core[tail.start() :] + part[len(core) :]).lower(), a + word_start))
        break
    out.reverse()
    return out


def overlaps(a: tuple[int, int], spans) -> bool:
    start, end = a
    # A plain loop, not any(): this runs for every candidate name and figure.
    for s, e in spans:  # noqa: SIM110
        if start < e and s < end:
            return True
    return False
