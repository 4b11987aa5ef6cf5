"""Date lines and the stamps read from them: "22 September 2014, 13:03 | Updated: 13:06".

Pure functions on `str`; no Django. The month and weekday names come from the word lists in
`lexicon/words.py`.
"""

from __future__ import annotations

import re
from datetime import datetime

from articles.extraction.lexicon.people import NAME_PARTICLES, NOT_NAME_WORDS
from articles.extraction.lexicon.words import MONTH_RE, MONTHS, WEEKDAY_RE, words_pattern

_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
# Month and day names as printed or in capitals ("2 FEB 2024"); spelt out rather than matched
# without regard to case, which the engine scans for more slowly.
_MONTH = f"(?:{MONTH_RE}|{MONTH_RE.upper()})"
_WEEKDAY = f"(?:{WEEKDAY_RE}|{WEEKDAY_RE.upper()})"
_DATE_FORMS = (
    rf"(?:{_WEEKDAY},?\s+)?{_DAY}\s+(?P<mon>{_MONTH}),?\s+(?P<y>\d{{4}})",
    rf"(?:{_WEEKDAY},?\s+)?(?P<mon>{_MONTH})\s+{_DAY},?\s+(?P<y>\d{{4}})",
    r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})",
    r"(?P<d>\d{1,2})[/.](?P<mo>\d{1,2})[/.](?P<y>\d{4})",
)
# Python forbids repeated group names across alternatives, so each form gets its own pattern.
DATE_FORMS = tuple(re.compile(form) for form in _DATE_FORMS)
_TIME_STRICT = re.compile(
    r"(?<![\d:.])(?P<h>\d{1,2})(?:(?:[:.](?P<mi>\d{2}))\s*(?P<ap>[AaPp]\.?[Mm]\.?)?"
    r"|\s*(?P<ap2>[AaPp]\.?[Mm]\.?))(?:\s*(?:BST|GMT|UTC|AEST|AEDT|ET|EST|EDT|CET|PT|PST))?"
    r"(?![\d:])"
)
_UPDATED = re.compile(r"\b(?:last\s+)?(?:updated|modified|amended)\b", re.IGNORECASE)
_LABELS = re.compile(
    r"\b(?:first\s+)?(?:published|posted|updated|last\s+updated|modified|date|on|at|time)\b"
    r"|\b\d+\s*min(?:ute)?s?\s+read\b"  # "4 Nov 2019 • 3 min read"
    # What is left of "2019-11-04T09:30:00Z" or "…T09:30+01:00" around the date and time.
    r"|T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?|\b[TZ]\b"
    r"|[|•·,:;()\[\]—–-]",
    re.IGNORECASE,
)
# A byline inside a date line, fused to the date or not ("Author: Dana WhitePublished 3rd Oct").
_BYLINE = re.compile(
    r"(?:^|\b)(?:By|BY|Author|AUTHOR|Written\s+by|Words\s+by|Reporter)\s*:?\s*"
    r"(?P<name>[A-Z][A-Za-z’'.-]*(?:\s+[A-Z][A-Za-z’'.-]*?){0,3}?)"
    r"(?=\s*(?:Published|PUBLISHED|Updated|UPDATED|Posted|POSTED|[|,•·—–]|\d|$)|[\s]*\n)"
)
# A writer's name, and perhaps their handle, printed straight before the date with no "By":
# "Dana White 3rd Oct, 2015", "Dana White @dwhite3 Oct 2015" (the handle fused to the day).
_NAME_BEFORE_DATE = re.compile(
    r"\s*(?P<name>[A-Z][a-z’'-]+(?:\s+(?:"
    + words_pattern(NAME_PARTICLES)
    + r"\s+)?[A-Z][a-z’'-]+){1,3})(?:\s+@[A-Za-z_][\w.]*?)?\s*(?:[|•·—–-]\s*)?"
)
_YEAR = re.compile(r"(?<!\d)(?:1[89]|2\d)\d\d(?!\d)")
_ALNUM = re.compile(r"[A-Za-z0-9]")


def _find_dates(line: str):
    """Every date in the line as (start, end, year, month, day), in order."""
    found = []
    for form in DATE_FORMS:
        for m in form.finditer(line):
            g = m.groupdict()
            month = int(g["mo"]) if g.get("mo") else MONTHS.get(g["mon"].rstrip(".").lower())
            try:
                datetime(int(g["y"]), month, int(g["d"]))
            except (TypeError, ValueError):
                continue
            found.append((m.start(), m.end(), int(g["y"]), month, int(g["d"])))
    found.sort()
    kept, last_end = [], -1
    for item in found:
        if item[0] >= last_end:
            kept.append(item)
            last_end = item[1]
    return kept


def _find_times(line: str, dates):
    """Every time in the line outside its dates as (start, end, hour, minute)."""
    times = []
    for m in _TIME_STRICT.finditer(line):
        if any(s <= m.start() < e for s, e, *_ in dates):
            continue
        hour = int(m["h"])
        minute = int(m["mi"] or 0)
        ap = (m["ap"] or m["ap2"] or "").lower().replace(".", "")
        if ap == "pm" and hour < 12:
            hour += 12
        elif ap == "am" and hour == 12:
            hour = 0
        if hour > 23 or minute > 59:
            continue
        times.append((m.start(), m.end(), hour, minute))
    return times


def _blank(line: str, spans) -> str:
    """The line with each (start, end, ...) span overwritten by spaces."""
    for s, e, *_ in spans:
        line = line[:s] + " " * (e - s) + line[e:]
    return line


def _stamp(date, times, lo, hi):
    """(datetime, has_time): the date with the time nearest to it between `lo` and `hi`."""
    s, e, y, mo, d = date
    near = [t for t in times if lo <= t[0] < hi]
    if near:
        t = min(near, key=lambda t: min(abs(t[0] - e), abs(s - t[1])))
        return datetime(y, mo, d, t[2], t[3]), True
    return datetime(y, mo, d), False


def parse_dateline(line: str):
    """(published, updated, byline) when the line is a date line, else None.

    A date line holds dates, times, labels such as "Published:" and "| Updated:", and
    perhaps a byline ("Author: Jane Smith", fused to the date or not), and nothing else.
    Published and updated are each (datetime, has_time) or None.
    """
    if len(line) > 200 or not _YEAR.search(line):
        return None
    dates = _find_dates(line)
    if not dates:
        return None
    times = _find_times(line, dates)
    byline = None
    rest = line
    bm = _BYLINE.search(line) or _name_before(line, dates[0][0])
    if bm:
        byline = bm["name"].strip() or None
        rest = _blank(rest, [(bm.start(), bm.end())])
    rest = _LABELS.sub(" ", _blank(_blank(rest, dates), times))
    if _ALNUM.search(rest):
        return None

    # Each date takes the nearest time in its own part of the line (split at "Updated").
    split = _UPDATED.search(line)
    cut = split.start() if split else len(line)
    before = [d for d in dates if d[0] < cut]
    after = [d for d in dates if d[0] >= cut]
    published = _stamp(before[0], times, 0, cut) if before else None
    updated = _stamp(after[0], times, cut, len(line)) if after else None
    if published is None and updated is not None:
        published, updated = updated, None
    return published, updated, byline


def _name_before(line: str, date_at: int) -> re.Match | None:
    """A writer's name (and handle) that is all the line holds before its first date."""
    m = _NAME_BEFORE_DATE.fullmatch(line, 0, date_at)
    if m is None or _LABELS.search(m["name"]) or _UPDATED.search(m["name"]):
        return None  # "Last Updated 3 Oct 2015" is a label, not a name
    if any(word.lower() in NOT_NAME_WORDS for word in m["name"].split()):
        return None  # "Police Raid Town 3 Oct 2015"
    return m


def format_stamp(value: datetime | None, has_time: bool) -> str | None:
    """The eval format's stamp: the date, and the time when the date line printed one."""
    if value is None:
        return None
    return value.strftime("%Y-%m-%dT%H:%M" if has_time else "%Y-%m-%d")
