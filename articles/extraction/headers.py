"""Reading the shape of a plain-text news article: headline, date line, standfirst, body.

Pure functions on `str`; no Django. Every span points into the text it was read from, so
`text[span.start:span.end] == span.text` always holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from articles.extraction.lexicon.words import MONTH_RE, MONTHS, QUOTE_CHARS, WEEKDAY_RE


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        return cls(start, end, source[start:end])


@dataclass(frozen=True, slots=True)
class ParsedSource:
    headline: str | None
    headline_span: Span | None
    derived_headline: str
    published: datetime | None
    updated: datetime | None
    dateline_span: Span | None
    byline: str | None
    standfirst: Span | None
    paragraphs: tuple[Span, ...]
    captions: tuple[Span, ...]
    truncated: bool
    # Whether the date line printed a time, so "00:00" printed is told from no time at all.
    published_has_time: bool = False
    updated_has_time: bool = False

    @property
    def headline_is_derived(self) -> bool:
        return self.headline is None


# --- date lines ----------------------------------------------------------------------------

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
    r"|[|•·,:;()\[\]—–-]",
    re.IGNORECASE,
)
_BYLINE_LINE = re.compile(
    r"(?:By|BY|Author|AUTHOR|Written\s+by|Words\s+by)\s*:?\s+"
    r"(?P<name>[A-Z][A-Za-z’'.-]*(?:\s+[A-Z][A-Za-z’'.-]*){0,3})\s*(?:$|[,|•·—–-])"
)
_BYLINE = re.compile(
    r"(?:^|\b)(?:By|BY|Author|AUTHOR|Written\s+by|Words\s+by|Reporter)\s*:?\s*"
    r"(?P<name>[A-Z][A-Za-z’'.-]*(?:\s+[A-Z][A-Za-z’'.-]*?){0,3}?)"
    r"(?=\s*(?:Published|PUBLISHED|Updated|UPDATED|Posted|POSTED|[|,•·—–]|\d|$)|[\s]*\n)"
)


_YEAR = re.compile(r"(?<!\d)(?:1[89]|2\d)\d\d(?!\d)")


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


def parse_dateline(line: str):
    """(published, updated, byline) when the line is a date line, else None.

    A date line holds dates, times, labels such as "Published:" and "| Updated:", and
    perhaps a byline ("Author: Jane Smith", fused to the date or not), and nothing else.
    """
    if len(line) > 200 or not _YEAR.search(line):
        return None
    dates = _find_dates(line)
    if not dates:
        return None
    times = _find_times(line, dates)
    byline = None
    rest = line
    bm = _BYLINE.search(line)
    if bm:
        byline = bm["name"].strip() or None
        rest = rest[: bm.start()] + " " * (bm.end() - bm.start()) + rest[bm.end() :]
    for s, e, *_ in dates:
        rest = rest[:s] + " " * (e - s) + rest[e:]
    for s, e, *_ in times:
        rest = rest[:s] + " " * (e - s) + rest[e:]
    rest = _LABELS.sub(" ", rest)
    if _ALNUM.search(rest):
        return None

    # Each date takes the nearest time in its own part of the line (split at "Updated").
    split = _UPDATED.search(line)
    cut = split.start() if split else len(line)

    def stamp(date, lo, hi):
        s, e, y, mo, d = date
        near = [t for t in times if lo <= t[0] < hi]
        if near:
            t = min(near, key=lambda t: min(abs(t[0] - e), abs(s - t[1])))
            return datetime(y, mo, d, t[2], t[3]), True
        return datetime(y, mo, d), False

    before = [d for d in dates if d[0] < cut]
    after = [d for d in dates if d[0] >= cut]
    published = stamp(before[0], 0, cut) if before else None
    updated = stamp(after[0], cut, len(line)) if after else None
    if published is None and updated is not None:
        published, updated = updated, None
    return published, updated, byline


_ALNUM = re.compile(r"[A-Za-z0-9]")
_RELEASE_LABEL = re.compile(
    r"(?:FOR\s+IMMEDIATE\s+RELEASE|(?:MEDIA|PRESS|NEWS)\s+(?:RELEASE|STATEMENT))\s*:?",
    re.IGNORECASE,
)
_FIRST_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“‘'A-Z0-9])")


# --- paragraphs ----------------------------------------------------------------------------

_TERMINAL = ".!?…"
_CLOSERS = QUOTE_CHARS + ")]"
_CAPTION_LABEL = re.compile(
    r"^\s*[(\[]?(?:Picture|Pictured|Photo|Photograph|Image|Credit|Pic|Caption|Video|Source|"
    r"Watch|Read more|READ MORE|Related|RELATED)\b\s*[:|-]",
    re.IGNORECASE,
)
_DASH_CAPTION = re.compile(r"^[A-Z][\w’']*(?:\s+[\w’']+){0,3}\s+[-–—]\s+\S")
_CONNECTIVE_END = re.compile(
    r"\b(?:and|or|but|the|a|an|of|to|in|for|with|by|from|on|at|that|which|who|as)$", re.IGNORECASE
)


def _ends_sentence(text: str) -> bool:
    stripped = text.rstrip().rstrip(_CLOSERS).rstrip()
    return bool(stripped) and stripped[-1] in _TERMINAL


def _blocks(source: str) -> list[list[tuple[int, int]]]:
    """The (start, end) of each line with text, stripped, in blocks of consecutive lines.

    A line continues the block above it when it starts, after spaces or tabs, with
    something other than white space; an empty line ends a block.
    """
    blocks: list[list[tuple[int, int]]] = []
    current = None
    pos = 0
    for line in source.split("\n"):
        if not line:
            current = None
        elif not line[0].isspace():
            # Most lines: text from the first character.
            if current is None:
                current = []
                blocks.append(current)
            end = len(line.rstrip()) if line[-1].isspace() else len(line)
            current.append((pos, pos + end))
        else:
            head = line.lstrip(" \t")[:1]
            if current is None or not head or head.isspace():
                current = []
                blocks.append(current)
            stripped = line.strip()
            if stripped:
                start = pos + len(line) - len(line.lstrip())
                current.append((start, start + len(stripped)))
        pos += len(line) + 1
    return blocks


def _lines(source: str):
    """Paragraph-sized pieces: non-empty lines, with hard-wrapped lines joined back up.

    Most texts put one paragraph on a line. A text wrapped at a fixed width instead breaks
    long lines mid-sentence, often before a capitalised word ("Chelmsford\nMagistrates'
    Court"); when most multi-line blocks look like that, every such break is joined.
    """
    blocks = _blocks(source)
    breaks = wrapped_breaks = 0
    for lines in blocks:
        for (s, e), _ in zip(lines, lines[1:], strict=False):
            breaks += 1
            if e - s > 50 and not _ends_sentence(source[s:e]):
                wrapped_breaks += 1
    hard_wrapped = wrapped_breaks >= 2 and wrapped_breaks * 2 >= breaks

    pieces = []
    for lines in blocks:
        current = None
        for s, e in lines:
            if current is None:
                current = [s, e]
                continue
            prev = source[current[0] : current[1]]
            nxt = source[s:e]
            joins = (
                not _ends_sentence(prev)
                and prev[-1:] not in ":"
                and len(source[current[0] : current[1]].rsplit("\n", 1)[-1]) > 50
                and (nxt[:1].islower() or (hard_wrapped and nxt[:1] not in QUOTE_CHARS + "•-*"))
                and parse_dateline(nxt) is None
            )
            if joins:
                current[1] = e
            else:
                pieces.append(tuple(current))
                current = [s, e]
        if current is not None:
            pieces.append(tuple(current))
    return pieces


def _word_count(text: str) -> int:
    return len(text.split())


def _looks_like_headline(text: str) -> bool:
    if not text or len(text) > 250 or _word_count(text) > 30:
        return False
    first = text.lstrip(QUOTE_CHARS)[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    # Headlines balance their quote marks; a line left inside a quote is speech.
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        return False
    stripped = text.rstrip().rstrip(_CLOSERS)
    return not stripped.endswith((".", "…", ",", ";", ":"))


def _derive_headline(text: str) -> str:
    first = _FIRST_SENTENCE_END.split(text.strip(), maxsplit=1)[0]
    words = first.split()
    if len(words) > 12:
        return " ".join(words[:12]).rstrip(",;:–—-") + "…"
    return first.rstrip(".")


def parse_source(text: str) -> ParsedSource:
    """The parts of one article as printed: see `ParsedSource`."""
    pieces = _lines(text)
    i = 0
    headline_span = None
    published = updated = None
    dateline_span = None
    byline = None
    standfirst = None

    datelines = {}

    def dateline_at(k):
        if k not in datelines:
            datelines[k] = parse_dateline(text[slice(*pieces[k])]) if k < len(pieces) else None
        return datelines[k]

    # A press release opens with its label and the issuer's lines, then the date and the
    # headline: "PRESS RELEASE" / "Office of the Commissioner" / "4 April 2023" / "HEADLINE".
    release_date = None
    if pieces and _RELEASE_LABEL.fullmatch(text[slice(*pieces[0])].strip()):
        release_date = next((k for k in range(1, 6) if dateline_at(k) is not None), None)
    if release_date is not None and release_date + 1 < len(pieces):
        s, e = pieces[release_date + 1]
        published, updated, byline = dateline_at(release_date)
        dateline_span = Span.of(text, *pieces[release_date])
        if _looks_like_headline(text[s:e]):
            headline_span = Span.of(text, s, e)
            i = release_date + 2
        else:
            i = release_date + 1
    # Headline: a short first line without a full stop, or any short line above a date line.
    elif pieces and dateline_at(0) is None:
        s, e = pieces[0]
        first = text[s:e]
        above_date = dateline_at(1) is not None and _word_count(first) <= 30
        if (_looks_like_headline(first) and len(pieces) > 1) or above_date:
            headline_span = Span.of(text, s, e)
            i = 1
    # Date lines and bylines, in either order, right under the headline.
    while i < len(pieces):
        parsed = dateline_at(i)
        s, e = pieces[i]
        if parsed is not None:
            pub, upd, by = parsed
            if published is None:
                published = pub
                updated = upd
                dateline_span = Span.of(text, s, e)
            elif updated is None and upd is None:
                updated = pub
            byline = byline or by
            i += 1
            continue
        # "By Tom Ashworth, Crime Reporter": a byline line, job title and all.
        bm = _BYLINE_LINE.match(text[s:e].strip()) if _word_count(text[s:e]) <= 8 else None
        if bm and (headline_span or dateline_span):
            byline = byline or bm["name"].strip()
            i += 1
            continue
        # Above a date line still to come, a line is the header's: a standfirst under the
        # headline, or a job title under the byline ("Staff Writer").
        if (
            headline_span
            and published is None
            and not _ends_sentence(text[s:e])
            and _word_count(text[s:e]) <= 40
            and any(dateline_at(k) is not None for k in (i + 1, i + 2, i + 3))
        ):
            if (
                standfirst is None
                and _word_count(text[s:e]) >= 5
                and _looks_like_headline(text[s:e])
            ):
                standfirst = Span.of(text, s, e)
            i += 1
            continue
        break
    # A standfirst: an unpunctuated summary line between the header and the body.
    if standfirst is None and (headline_span or dateline_span) and i < len(pieces) - 1:
        s, e = pieces[i]
        line = text[s:e]
        if not _ends_sentence(line) and _word_count(line) >= 5 and _looks_like_headline(line):
            standfirst = Span.of(text, s, e)
            i += 1

    body = pieces[i:]
    counts = {}
    for s, e in body:
        key = text[s:e]
        counts[key] = counts.get(key, 0) + 1
    paragraphs, captions = [], []
    for s, e in body:
        line = text[s:e]
        is_caption = (
            (counts[line] > 1 and _word_count(line) <= 30 and not _ends_sentence(line))
            or _CAPTION_LABEL.match(line) is not None
            or (
                not _ends_sentence(line)
                and line[:1] not in QUOTE_CHARS
                and _word_count(line) <= 20
                and _DASH_CAPTION.match(line) is not None
            )
        )
        (captions if is_caption else paragraphs).append(Span.of(text, s, e))

    truncated = False
    if paragraphs:
        last = paragraphs[-1].text.rstrip()
        if last and not _ends_sentence(last):
            tail = last.rstrip(_CLOSERS)
            truncated = (
                tail[-1:] in ",;:-–—(/&"
                or _CONNECTIVE_END.search(tail) is not None
                or (tail[-1:].isalnum() and _word_count(last) >= 8)
            )

    opening = paragraphs[0].text if paragraphs else (standfirst.text if standfirst else "")
    return ParsedSource(
        headline=headline_span.text if headline_span else None,
        headline_span=headline_span,
        derived_headline=headline_span.text if headline_span else _derive_headline(opening),
        published=published[0] if published else None,
        updated=updated[0] if updated else None,
        dateline_span=dateline_span,
        byline=byline,
        standfirst=standfirst,
        paragraphs=tuple(paragraphs),
        captions=tuple(captions),
        truncated=truncated,
        published_has_time=bool(published and published[1]),
        updated_has_time=bool(updated and updated[1]),
    )


def format_stamp(value: datetime | None, has_time: bool) -> str | None:
    if value is None:
        return None
    return value.strftime("%Y-%m-%dT%H:%M" if has_time else "%Y-%m-%d")
