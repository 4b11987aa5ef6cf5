"""Where positions fall among an article's zones."""

from __future__ import annotations

from bisect import bisect_right


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
