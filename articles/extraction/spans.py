"""Where positions fall among an article's zones, and which spans a new one would overlap."""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort


def by_zone(positions: list[int], zones) -> dict[int, list[int]]:
    """The positions that fall inside a zone, by the zone's index; most articles have few."""
    out: dict[int, list[int]] = {}
    if not positions:
        return out
    starts = [z.start for z in zones]
    for pos in positions:
        n = bisect_right(starts, pos) - 1
        if n >= 0 and pos < zones[n].end:
            out.setdefault(n, []).append(pos)
    return out


class SpanIndex:
    """(start, end) spans kept sorted, so that "does this overlap one?" looks only nearby.

    The spans taken by names and figures grow with the article; scanning every one of them for
    every candidate would make a long text cost the square of its length. Only spans that
    start within the longest span's length before a candidate can reach it.
    """

    __slots__ = ("_spans", "_longest")

    def __init__(self, spans=()):
        self._spans: list[tuple[int, int]] = sorted((s, e) for s, e, *_ in spans)
        self._longest = max((e - s for s, e in self._spans), default=0)

    def add(self, start: int, end: int) -> None:
        insort(self._spans, (start, end))
        if end - start > self._longest:
            self._longest = end - start

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans that overlap text[start:end], in order."""
        spans = self._spans
        i = bisect_left(spans, (start - self._longest,))
        found = []
        while i < len(spans) and spans[i][0] < end:
            if spans[i][1] > start:
                found.append(spans[i])
            i += 1
        return found

    def overlaps(self, start: int, end: int) -> bool:
        spans = self._spans
        i = bisect_left(spans, (start - self._longest,))
        while i < len(spans) and spans[i][0] < end:
            if spans[i][1] > start:
                return True
            i += 1
        return False

    def __iter__(self):
        return iter(self._spans)

    def __len__(self) -> int:
        return len(self._spans)
