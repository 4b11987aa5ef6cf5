"""Date lines and the stamps read from them: "22 September 2014, 13:03 | Updated: 13:06".

A date line holds dates, times, the labels that say which date is which ("Published",
"| Updated:", "(Last modified …)") and perhaps its writer: a byline with or without "By", a job
title or a social handle, fused to the date or not ("Dana White @dwhite3 Oct 2015").
`parse_dateline` reads one in passes: the dates and times, the writer before them, what is left
(only labels and separators, or it is not a date line), then which date each label owns.

Pure functions on `str`; no Django. The labels and byline words come from
`lexicon/datelines.py`, the month and weekday names from `lexicon/words.py`.
"""

from __future__ import annotations

import re
from datetime import datetime

from articles.extraction.lexicon.datelines import (
    BYLINE_JOINERS,
    BYLINE_LABELS,
    CLOSING_LABELS,
    DAY_FIRST_HINTS,
    FILLER_WORDS,
    FORMAT_WORDS,
    MONTH_FIRST_HINTS,
    PUBLISHED_LABELS,
    RELEASE_LABELS,
    SECTION_WORDS,
    TIME_ZONES,
    UPDATED_LABELS,
    WRITER_TITLE_WORDS,
)
from articles.extraction.lexicon.patterns import alternatives
from articles.extraction.lexicon.people import NAME_PARTICLES, NOT_NAME_WORDS
from articles.extraction.lexicon.words import MONTH_RE, MONTHS, WEEKDAY_RE, words_pattern

_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
# Month and day names as printed or in capitals ("2 FEB 2024"); spelt out rather than matched
# without regard to case, which the engine scans for more slowly.
_MONTH = f"(?:{MONTH_RE}|{MONTH_RE.upper()})"
_WEEKDAY = f"(?:{WEEKDAY_RE}|{WEEKDAY_RE.upper()})"
_AFTER_WEEKDAY = r"(?:,|\s*\|)?\s+"  # "Thursday, 3 …", "Thursday | December 3, 2026"
_DATE_FORMS = (
    # "2 April 2025", "Thu 12-Nov-2025"
    rf"(?:{_WEEKDAY}{_AFTER_WEEKDAY})?{_DAY}[\s-]\s*(?P<mon>{_MONTH})[,\s-]\s*(?P<y>\d{{4}})",
    rf"(?:{_WEEKDAY}{_AFTER_WEEKDAY})?(?P<mon>{_MONTH})\s+{_DAY},?\s+(?P<y>\d{{4}})",
    r"(?P<y>\d{4})[-/](?P<mo>\d{2})[-/](?P<d>\d{2})",
    # "3/12/2026", "Mon, 03-12-2026": day first, or month first in an American article (see
    # `parse_dateline`).
    rf"(?:{_WEEKDAY},?\s+)?(?P<d>\d{{1,2}})[/.-](?P<mo>\d{{1,2}})[/.-](?P<y>\d{{4}})",
)
_NUMERIC = len(_DATE_FORMS) - 1
# Python forbids repeated group names across alternatives, so each form gets its own pattern.
DATE_FORMS = tuple(re.compile(form) for form in _DATE_FORMS)
# Figures a form cannot go without, looked for first: a pattern that opens with a figure is
# skipped ahead in, where a form that may open with a weekday is tried at every character.
_FORM_FIGURES = {
    2: re.compile(r"\d\d\d\d[-/]\d\d[-/]\d\d"),
    3: re.compile(r"\d[/.-]\d{1,2}[/.-]\d{4}"),
}
# "17.11.25 / 08:05", "3/12/25": a date in figures with the year's last two, read as the one
# above; one separator twice, and no figure run on at either end ("1.17.11.25" is no date).
# Read only on a line with no year in four figures.
_SHORT_NUMERIC = re.compile(
    rf"(?:{_WEEKDAY},?\s+)?"
    r"(?<![\d.])(?P<d>\d{1,2})(?P<sep>[/.])(?P<mo>\d{1,2})(?P=sep)(?P<yy>\d\d)(?!\d|[/.]\d)"
)
# "9.12am", "09:42:16 AM", "17.32 GMT", "16:40 (MST)"; the seconds are read past and dropped.
_TIME_STRICT = re.compile(
    r"(?<![\d:.])(?P<h>\d{1,2})(?:(?:[:.](?P<mi>\d{2})(?::\d{2})?)\s*(?P<ap>[AaPp]\.?[Mm]\.?)?"
    rf"|\s*(?P<ap2>[AaPp]\.?[Mm]\.?))(?:\s*\(?{alternatives(TIME_ZONES)}\b\)?)?"
    r"(?![\d:])"
)


def _as_printed(phrases) -> list[str]:
    """Each phrase in lower case, with its first word or every word capitalised, and in capitals."""
    forms = set()
    for phrase in phrases:
        forms |= {phrase, phrase.capitalize(), phrase.title(), phrase.upper()}
    return sorted(forms)


# A label of either kind starts a word, or runs on in capitals from a lower-case word: a date
# or a name printed straight before it ("2015Updated:", "Dana WhitePublished 3rd Oct").
_KIND_LABEL = re.compile(
    r"(?:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))"
    rf"(?:(?P<upd>{alternatives(_as_printed(UPDATED_LABELS))})"
    rf"|{alternatives(_as_printed(PUBLISHED_LABELS))})(?![a-z])"
)
_LABEL_WORDS = alternatives(
    (*PUBLISHED_LABELS, *UPDATED_LABELS, *FILLER_WORDS, *RELEASE_LABELS, *CLOSING_LABELS)
)
_LABEL_WORD = re.compile(rf"\b{_LABEL_WORDS}\b", re.IGNORECASE)
# A section's name before the date ("News | 5 March 2026"), and the publisher's after it
# ("March 3, 2026 / 9:15 AM / Brackton News"): at most three capitalised words.
_SECTION = re.compile(rf"\b{alternatives(SECTION_WORDS)}\b", re.IGNORECASE)
# The kind of piece as a part of its own between separators ("2 April 2025 · Explainer |"),
# perhaps with a section's name ("· Crime explainer").
_KIND_OF_PIECE = re.compile(
    rf"(?:^|(?<=[|/•·—–]))\s*(?:{alternatives(FORMAT_WORDS | SECTION_WORDS)}\b\s*)+(?=[|/•·—–]|$)",
    re.IGNORECASE,
)
_PUBLISHER_AFTER = re.compile(r"[|/•·—–-]\s*(?:[A-Z][\w&.’']*\s*){1,3}$")
_LABELS = re.compile(
    rf"\b{_LABEL_WORDS}\b"
    r"|\b\d+\s*min(?:ute)?s?\s+read\b"  # "4 Nov 2019 • 3 min read"
    r"|\bvolume\s+\d+\b"  # a parliament's transcript: "Volume 771: debated on …"
    r"|\b\d+\s*(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago\b"  # "| Updated 3 hours ago"
    # What is left of "2019-11-04T09:30:00Z" or "…T09:30+01:00" around the date and time.
    r"|T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?|\b[TZ]\b"
    # A time zone printed before the time: "Issued at HKT 19:05".
    rf"|(?-i:\b{alternatives(TIME_ZONES)}\b)"
    r"|[|/•·,:;()\[\]—–-]",
    re.IGNORECASE,
)

# --- the writer ------------------------------------------------------------------------------

# After "By", a name is any capitalised words ("By J.K. SMITH"); without it, words shaped like
# a name ("O'Neill", "McAdam", "Smith-Jones", "Zoë"), perhaps with a particle or an initial.
_LABELLED_WORD = r"[A-Z][A-Za-z’'.-]*"
_NAME_WORD = r"(?:Ma?c|[OD][’'])?[A-ZÀ-Þ][a-zß-ÿ]+(?:[’'-][A-ZÀ-Þ]?[a-zß-ÿ]+)*"
_JOINER = alternatives(BYLINE_JOINERS)
_LABELLED_NAME = rf"{_LABELLED_WORD}(?:\s+{_LABELLED_WORD}){{0,3}}"
_BARE_NAME = (
    rf"{_NAME_WORD}(?:\s+(?:{words_pattern(NAME_PARTICLES)}\s+)?(?:[A-Z]\.\s*)?{_NAME_WORD}){{1,3}}"
)
_BYLINE_LABEL = rf"(?<![A-Za-z]){alternatives(BYLINE_LABELS)}(?:\s*:\s*|\s+)"
# ", Crime Reporter", "| Home Affairs Correspondent"
_JOB_TITLE = (
    rf"\s*[,|–—-]\s*(?:[A-Z][a-z]+\s+){{0,3}}{alternatives(_as_printed(WRITER_TITLE_WORDS))}\b"
)
# "@dwhite", "(@dwhite)", "· @dwhite_news"
_HANDLE = r"\s*[(,|•·]?\s*@[A-Za-z0-9_][\w.]*\)?"
_SEPARATOR = r"\s*(?:[|•·—–,-]\s*)?"
# ", Crime Reporter, Brackton Echo": the paper after the job title, in at most three words.
_PUBLISHER = r"\s*,\s*[A-Z][\w&.’']*(?:\s+[A-Z][\w&.’']*){0,2}"


def _names(name: str) -> str:
    """One writer's name, or two joined: "Jane Reporter and Sam Okoro"."""
    return rf"{name}(?:\s+{_JOINER}\s+{name})?"


# The writer, when they are all the line holds before its first date, time or label; or
# only their handle, fused to the date or not ("@newsdesk12 March 2026").
_WRITER_BEFORE = re.compile(
    rf"\s*(?:(?:{_BYLINE_LABEL}(?P<labelled>{_names(_LABELLED_NAME)})|(?P<bare>{_names(_BARE_NAME)}))"
    rf"(?:{_JOB_TITLE}(?:{_PUBLISHER})?)?(?:{_HANDLE})?|(?P<handle>{_HANDLE})){_SEPARATOR}"
)
# A writer named with "By" anywhere else in the line: "3 May 2022 | By Sam Okoro".
_WRITER_LABELLED = re.compile(
    rf"{_BYLINE_LABEL}(?P<labelled>{_names(_LABELLED_NAME)})(?:{_JOB_TITLE})?(?:{_HANDLE})?"
    rf"(?=\s*(?:[|•·—–,(]|\d|$|(?i:{_LABEL_WORDS})\b))"
)
# A byline on a line of its own, job title and all: "By Tom Ashworth, Crime Reporter".
_BYLINE_LINE = re.compile(
    rf"{_BYLINE_LABEL}(?P<labelled>{_names(_LABELLED_NAME)})\s*(?:$|[,|•·—–-])"
)
_SPLIT_NAMES = re.compile(rf"\s+{_JOINER}\s+")
# The look-behinds come after the first digit, so that the engine skips ahead to a "1" or a "2"
# instead of trying the pattern at every character of the line.
_YEAR = re.compile(r"(?:1(?<!\d1)[89]|2(?<!\d2)\d)\d\d(?!\d)")
# What a line with no year in four figures needs to hold a date: "17.11.25". It starts at the
# separator, which the engine skips ahead to, as `_YEAR` does to a "1" or a "2".
_SHORT_YEAR = re.compile(r"[/.](?<=\d[/.])\d\d?[/.]\d\d(?!\d)")
_ALNUM = re.compile(r"[A-Za-z0-9]")
MAX_DATELINE = 200  # the longest line read as a date line: anything longer is a paragraph


def _year(g: dict) -> int:
    """The year a date gives: "2025", or "25" read as C's strptime reads it ("68" is 2068,
    "69" 1969)."""
    if g.get("y"):
        return int(g["y"])
    short = int(g["yy"])
    return short + (2000 if short < 69 else 1900)


def _find_dates(line: str, month_first: bool = False, short_year: bool = False):
    """Every date in the line as (start, end, year, month, day), in order; with `short_year`,
    the dates whose year has two figures."""
    found = []
    forms = ((_NUMERIC, _SHORT_NUMERIC),) if short_year else enumerate(DATE_FORMS)
    for n, form in forms:
        needs = None if short_year else _FORM_FIGURES.get(n)
        if needs and not needs.search(line):
            continue
        for m in form.finditer(line):
            g = m.groupdict()
            month = int(g["mo"]) if g.get("mo") else MONTHS.get(g["mon"].rstrip(".").lower())
            day, year = int(g["d"]), _year(g)
            # "3/12/2026" is 12 March in an American article; "12/30/2026" in any.
            if n == _NUMERIC and (month_first or month > 12) and day <= 12:
                day, month = month, day
            try:
                datetime(year, month, day)
            except (TypeError, ValueError):
                continue
            found.append((m.start(), m.end(), year, month, day))
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


def _writer(line: str, first_mark: int) -> tuple[str | None, tuple[int, int] | None]:
    """The writer the line names, and where: (byline, (start, end)), else (None, None).

    `first_mark` is where its first date, time or label starts.
    """
    m = _WRITER_BEFORE.fullmatch(line, 0, first_mark) if first_mark else None
    if m and m["handle"]:
        return None, m.span()  # a handle names no one
    if m and (m["labelled"] or _is_bare_name(m["bare"])):
        return (m["labelled"] or m["bare"]).strip(), m.span()
    m = _WRITER_LABELLED.search(line)
    if m:
        return m["labelled"].strip(), m.span()
    return None, None


def _is_bare_name(names: str) -> bool:
    """Whether words before a date with no "By" are a name, not a label or a headline's words."""
    words = [w for w in names.split() if w not in BYLINE_JOINERS]
    if _LABEL_WORD.search(names):
        return False  # "Last Updated 3 Oct 2015" is a label, not a name
    return not any(word.lower() in NOT_NAME_WORDS for word in words)  # "Police Raid Town 3 Oct"


def _parts(line: str):
    """(start, end, is_update) of each stretch of the line, cut where a label of the other kind
    begins; the line opens as the published date's ("3 May 2022 (Updated: 4 May 2022)")."""
    parts, start, is_update = [], 0, False
    for m in _KIND_LABEL.finditer(line):
        if bool(m["upd"]) != is_update:
            parts.append((start, m.start(), is_update))
            start, is_update = m.start(), not is_update
    parts.append((start, len(line), is_update))
    return parts


def _stamp(date, times, lo, hi):
    """(datetime, has_time): the date with the time nearest to it between `lo` and `hi`."""
    s, e, y, mo, d = date
    near = [t for t in times if lo <= t[0] < hi]
    if near:
        t = min(near, key=lambda t: min(abs(t[0] - e), abs(s - t[1])))
        return datetime(y, mo, d, t[2], t[3]), True
    return datetime(y, mo, d), False


def _stamps(line: str, dates, times):
    """(published, updated): the first date each kind of label owns, with its nearest time.

    An update that gives only a time ("13:03 | Updated: 13:06") is on the published day.
    """
    found: dict[bool, tuple | None] = {False: None, True: None}
    update_time = None
    for lo, hi, is_update in _parts(line):
        here = [d for d in dates if lo <= d[0] < hi]
        if here and found[is_update] is None:
            found[is_update] = _stamp(here[0], times, lo, hi)
        elif is_update and not here and update_time is None:
            update_time = next((t for t in times if lo <= t[0] < hi), None)
    published, updated = found[False], found[True]
    if published is None:
        return updated, None  # "Updated 3 May 2022" alone: the only date the page gives
    if updated is None and update_time is not None and published[1]:
        updated = published[0].replace(hour=update_time[2], minute=update_time[3]), True
    return published, updated


def parse_dateline(line: str, *, month_first: bool = False):
    """(published, updated, byline) when the line is a date line, else None.

    A date line holds dates, times, labels such as "Published:" and "| Updated:", and
    perhaps a byline ("Author: Jane Smith", "Jane Smith @jsmith", fused to the date or not),
    and nothing else. Published and updated are each (datetime, has_time) or None.

    A date in figures is read day first ("3/12/2026" is 3 December), as in every country but
    the United States; with `month_first`, for an article the words of show it is American
    (`reads_month_first`), as 12 March. Either way a first number over 12 is a day and a
    second over 12 a day.
    """
    if len(line) > MAX_DATELINE:
        return None
    short_year = not _YEAR.search(line)
    if short_year and not _SHORT_YEAR.search(line):
        return None
    dates = _find_dates(line, month_first, short_year)
    if not dates:
        return None
    times = _find_times(line, dates)
    label = _KIND_LABEL.search(line)
    marks = [dates[0][0], *(t[0] for t in times[:1]), *([label.start()] if label else [])]
    byline, writer = _writer(line, min(marks))
    rest = _blank(_blank(line, dates), times)
    if writer:
        rest = _blank(rest, [writer])
    publisher = _PUBLISHER_AFTER.search(rest.rstrip())
    if publisher and publisher.start() >= dates[-1][1]:
        rest = rest[: publisher.start()]
    if not _only_labels(rest):
        # Found in the line as printed: a date beside the words makes them not a part of their
        # own ("Police Comment 2 April 2025" is a headline).
        rest = _blank(rest, [m.span() for m in _KIND_OF_PIECE.finditer(line)])
        if not _only_labels(rest):
            return None
    published, updated = _stamps(line, dates, times)
    return published, updated, byline


def _only_labels(rest: str) -> bool:
    """Whether what is left of a line once its dates, times and writer are blanked holds only
    labels, separators and sections' names."""
    return not _ALNUM.search(_SECTION.sub(" ", _LABELS.sub(" ", rest)))


_MONTH_FIRST_HINTS = re.compile(alternatives(MONTH_FIRST_HINTS))
_DAY_FIRST_HINTS = re.compile(alternatives(DAY_FIRST_HINTS))


def reads_month_first(text: str) -> bool:
    """Whether the article's words show it is American, so that "3/12/2026" is 12 March:
    more of them ("sheriff's deputies", "$", "a.m.") than of other countries' ("£", "Crown
    Court", "neighbour")."""
    return len(_MONTH_FIRST_HINTS.findall(text)) > len(_DAY_FIRST_HINTS.findall(text))


def parse_byline_line(line: str) -> str | None:
    """The writer's name on a byline line of its own ("By Tom Ashworth, Crime Reporter")."""
    m = _BYLINE_LINE.match(line.strip())
    return m["labelled"].strip() if m else None


def byline_names(byline: str | None) -> list[str]:
    """Each writer a byline names: "Jane Reporter and Sam Okoro" is two."""
    return _SPLIT_NAMES.split(byline) if byline else []


def format_stamp(value: datetime | None, has_time: bool) -> str | None:
    """The eval format's stamp: the date, and the time when the date line printed one."""
    if value is None:
        return None
    return value.strftime("%Y-%m-%dT%H:%M" if has_time else "%Y-%m-%d")
