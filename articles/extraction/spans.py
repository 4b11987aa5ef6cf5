"""Where positions fall among an article's zones, and which spans a new one would overlap."""

from __future__ import annotations

from bisect import bisect_left, bisect_right


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
    """(start, end) spans, and which of them a new one would overlap, asked as they grow.

    The spans taken by names and figures grow with the article; scanning every one of them for
    every candidate would make a long text cost the square of its length. Past a few spans
    they are kept sorted by start, and only those that start within the longest span's length
    before a candidate can reach it. A few spans, as most articles have, are simply scanned.
    """

    __slots__ = ("_few", "_starts", "_ends", "_longest")

    FEW = 16

    def __init__(self, spans: list[tuple[int, int]] | tuple = ()):
        self._few: list[tuple[int, int]] | None = list(spans)
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._longest = 0
        if len(self._few) > self.FEW:
            self._sort()

    def _sort(self) -> None:
        ordered = sorted(self._few)
        self._few = None
        self._starts = [s for s, _ in ordered]
        self._ends = [e for _, e in ordered]
        self._longest = max((e - s for s, e in ordered), default=0)

    def add(self, start: int, end: int) -> None:
        few = self._few
        if few is not None:
            few.append((start, end))
            if len(few) > self.FEW:
                self._sort()
            return
        i = bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        if end - start > self._longest:
            self._longest = end - start

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans that overlap text[start:end], in order of their starts."""
        if self._few is not None:
            return sorted((s, e) for s, e in self._few if start < e and s < end)
        starts, ends = self._starts, self._ends
        found = []
        i = bisect_left(starts, start - self._longest)
        while i < len(starts) and starts[i] < end:
            if ends[i] > start:
                found.append((starts[i], ends[i]))
            i += 1
        return found

    def overlaps(self, start: int, end: int) -> bool:
        few = self._few
        if few is not None:
            # A plain loop, not any(): this runs for every candidate name and figure.
            for s, e in few:  # noqa: SIM110
                if start < e and s < end:
                    return True
            return False
        starts, ends = self._starts, self._ends
        i = bisect_left(starts, start - self._longest)
        while i < len(starts) and starts[i] < end:
            if ends[i] > start:
                return True
            i += 1
        return False

    def __iter__(self):
        if self._few is not None:
            return iter(self._few)
        return zip(self._starts, self._ends, strict=True)

    def __len__(self) -> int:
        return len(self._starts) if self._few is None else len(self._few)
