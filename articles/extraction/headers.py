"""Reading the shape of a plain-text news article: headline, date line, standfirst, body.

`parse_source` reads it in passes, top to bottom: a press release's header or a headline, the
date lines, bylines and standfirst under it, then the body, split into paragraphs and captions,
and whether the text stops mid-sentence. The date lines themselves are read in `dates`.

Pure functions on `str`; no Django. Every span points into the text it was read from, so
`text[span.start:span.end] == span.text` always holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

from articles.extraction.dates import (
    MAX_DATELINE,
    format_stamp,
    parse_byline_line,
    parse_dateline,
    reads_month_first,
)
from articles.extraction.headlines import (
    HEADLINE_CUT,
    derive_headline,
    is_section_label,
    looks_like_headline,
)
from articles.extraction.lexicon.datelines import RELEASE_LABELS
from articles.extraction.lexicon.patterns import alternatives
from articles.extraction.paragraphs import (
    ends_sentence,
    is_post_stamp,
    is_truncated,
    lines,
    split_body,
    word_count,
)

# `format_stamp` is read from here by the eval format; its home is `dates`.
__all__ = ["ParsedSource", "Span", "format_stamp", "parse_dateline", "parse_source"]


class Span(NamedTuple):
    """A stretch of the text: text[start:end] == text. A named tuple, as the records are
    (see `types`): an article has hundreds."""

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


# --- header lines ---------------------------------------------------------------------------

_RELEASE_LABEL = re.compile(alternatives(RELEASE_LABELS) + r"\s*:?", re.IGNORECASE)
_DATE_IN_FIGURES = re.compile(r"\d[/.-]\d{1,2}[/.-]\d\d")


# --- the passes ------------------------------------------------------------------------------


@dataclass
class _Header:
    """What the lines above the body say, filled in by the passes that read them.

    `i` is the first piece not yet read; `published` and `updated` are (datetime, has_time).
    """

    text: str
    pieces: list
    i: int = 0
    headline: Span | None = None
    published: tuple | None = None
    updated: tuple | None = None
    dateline: Span | None = None
    byline: str | None = None
    standfirst: Span | None = None
    _datelines: dict = field(default_factory=dict)
    _american: bool | None = None

    def line(self, k: int) -> str:
        return self.text[slice(*self.pieces[k])]

    def span(self, k: int) -> Span:
        return Span.of(self.text, *self.pieces[k])

    def dateline_at(self, k: int):
        """`parse_dateline` of piece `k` (None past the end), read once per piece."""
        if k not in self._datelines:
            parsed = None
            # A body paragraph is too long to be one: not read (see `parse_dateline`).
            if k < len(self.pieces) and self.pieces[k][1] - self.pieces[k][0] <= MAX_DATELINE:
                line = self.line(k)
                parsed = parse_dateline(line, month_first=self._month_first(line))
            self._datelines[k] = parsed
        return self._datelines[k]

    def _month_first(self, line: str) -> bool:
        """Whether a date in figures on the line is read month first: an American article's
        ("3/12/2026"), told by its words once, when a line first holds such a date."""
        if not _DATE_IN_FIGURES.search(line):
            return False
        if self._american is None:
            self._american = reads_month_first(self.text)
        return self._american


def _read_release_header(h: _Header) -> bool:
    """A press release's header, when the text is one: its date line and headline.

    A press release opens with its label and the issuer's lines, then the date and the
    headline: "PRESS RELEASE" / "Office of the Commissioner" / "4 April 2023" / "HEADLINE"; or
    with the label on the date line: "MEDIA RELEASE | 4 April 2023" / "HEADLINE".
    """
    if not h.pieces:
        return False
    label = _RELEASE_LABEL.match(h.line(0).strip())
    if label is None:
        return False
    alone = label.end() == len(h.line(0).strip())
    if not alone and h.dateline_at(0) is None:
        return False
    date = next((k for k in range(int(alone), 6) if h.dateline_at(k) is not None), None)
    if date is None or date + 1 >= len(h.pieces):
        return False
    h.published, h.updated, h.byline = h.dateline_at(date)
    h.dateline = h.span(date)
    h.i = date + 1
    if looks_like_headline(h.line(date + 1)):
        h.headline = h.span(date + 1)
        h.i = date + 2
    return True


def _read_headline(h: _Header) -> None:
    """A short first line without a full stop, or any short line above a date line or a
    byline; under a section label ("NEWS", "Crime", "News | Courts") when the page prints one
    first; and its second line when it runs on to one."""
    if len(h.pieces) > 2 and is_post_stamp(h.line(1)) and h.dateline_at(1):
        # A social post has no headline: its page's name, read with the body, then its stamp.
        h.published, h.updated, h.byline = h.dateline_at(1)
        h.dateline = h.span(1)
        return
    labelled = len(h.pieces) > 2 and (is_section_label(h.line(0)) or _is_site_name(h))
    k = 1 if labelled and h.dateline_at(1) is None else 0
    if not h.pieces or h.dateline_at(k) is not None:
        return
    first = h.line(k)
    above_date = (
        word_count(first) <= 30
        and k + 1 < len(h.pieces)
        and (h.dateline_at(k + 1) is not None or _is_byline(h.line(k + 1)))
    )
    if (looks_like_headline(first) and len(h.pieces) > k + 1) or above_date:
        h.headline = h.span(k)
        h.i = k + 1
        if _runs_on(h, k):
            h.headline = Span.of(h.text, h.pieces[k][0], h.pieces[k + 1][1])
            h.i = k + 2


def _is_site_name(h: _Header) -> bool:
    """The publisher's name above the headline, the date line or byline under that: a first
    line of at most three capitalised words ("Wessex Police", "Brackton Online")."""
    name = h.line(0)
    words = name.split()
    return (
        len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and not ends_sentence(name)
        and h.dateline_at(1) is None
        and looks_like_headline(h.line(1))
        and (h.dateline_at(2) is not None or _is_byline(h.line(2)) or _release_label_at(h, 2))
    )


def _release_label_at(h: _Header, k: int) -> bool:
    """Whether piece `k` is a press office's label alone with the date line under it: an
    agency's field office prints its name ("FBI Elmford") above the headline and this."""
    return (
        k + 1 < len(h.pieces)
        and _RELEASE_LABEL.fullmatch(h.line(k).strip()) is not None
        and h.dateline_at(k + 1) is not None
    )


def _is_byline(line: str) -> bool:
    return word_count(line) <= 8 and parse_byline_line(line) is not None


def _runs_on(h: _Header, k: int) -> bool:
    """Whether the headline at piece `k` goes on in the line under it, in the same block: a
    short line that does not end a sentence and either starts in lower case or follows a
    word that cannot end a headline ("Man jailed over" / "cocaine haul")."""
    if k + 2 >= len(h.pieces):
        return False
    (s, e), (ns, ne) = h.pieces[k], h.pieces[k + 1]
    first, nxt = h.text[s:e], h.text[ns:ne]
    return (
        "\n\n" not in h.text[e:ns]
        and not ends_sentence(first)
        and word_count(first) + word_count(nxt) <= 30
        and looks_like_headline(nxt[:1].upper() + nxt[1:])
        # Before the last word: the line under most headlines is their date line, read already.
        and h.dateline_at(k + 1) is None
        and (nxt[:1].islower() or HEADLINE_CUT.search(first) is not None)
    )


def _read_header_lines(h: _Header) -> None:
    """Date lines and bylines, in either order, right under the headline."""
    while h.i < len(h.pieces) and (
        _take_dateline(h) or _take_byline(h) or _take_line_above_date(h)
    ):
        h.i += 1


def _take_dateline(h: _Header) -> bool:
    parsed = h.dateline_at(h.i)
    if parsed is None:
        return False
    published, updated, byline = parsed
    if h.published is None:
        h.published, h.updated = published, updated
        h.dateline = h.span(h.i)
    elif h.updated is None and updated is None:
        # A second date line under the first: the update.
        h.updated = published
    h.byline = h.byline or byline
    return True


def _take_byline(h: _Header) -> bool:
    """A byline line, job title and all: "By Tom Ashworth, Crime Reporter"."""
    line = h.line(h.i)
    name = parse_byline_line(line) if word_count(line) <= 8 else None
    if not (name and (h.headline or h.dateline)):
        return False
    h.byline = h.byline or name
    return True


def _take_line_above_date(h: _Header) -> bool:
    """A line above a date line still to come, which is the header's.

    A standfirst under the headline, or a job title under the byline ("Staff Writer").
    """
    line = h.line(h.i)
    if not (h.headline and h.published is None and word_count(line) <= 40):
        return False
    if ends_sentence(line):
        # A standfirst written as a sentence, right above the date line or above the byline
        # over it: the standfirst.
        below = h.i + 1 + (h.i + 1 < len(h.pieces) and _is_byline(h.line(h.i + 1)))
        if h.standfirst is None and h.dateline_at(below) is not None:
            h.standfirst = h.span(h.i)
            return True
        return False
    if not any(h.dateline_at(k) is not None for k in (h.i + 1, h.i + 2, h.i + 3)):
        return False
    if h.standfirst is None and word_count(line) >= 5 and looks_like_headline(line):
        h.standfirst = h.span(h.i)
    return True


def _read_release_dateline(h: _Header) -> None:
    """A press release's label over its date line among the first lines, when the header has
    no date: the issuer's lines stay in the body ("Department of Justice" / "FOR IMMEDIATE
    RELEASE" / "Tuesday, September 22, 2026")."""
    if h.published is not None:
        return
    for k in range(h.i, min(h.i + 6, len(h.pieces) - 1)):
        if _RELEASE_LABEL.fullmatch(h.line(k).strip()) is None:
            continue
        parsed = h.dateline_at(k + 1)
        if parsed and parsed[0]:
            h.published, h.updated, _byline = parsed
            h.dateline = Span.of(h.text, h.pieces[k][0], h.pieces[k + 1][1])
            return


def _read_closing_dateline(h: _Header) -> None:
    """A date line among the last lines, when the header has none: "Published: 4 May 2026"
    printed under the story."""
    if h.published is not None:
        return
    for k in range(len(h.pieces) - 1, max(h.i, len(h.pieces) - 3) - 1, -1):
        parsed = h.dateline_at(k)
        if parsed is not None and parsed[0] is not None:
            h.published, h.updated, _byline = parsed
            h.dateline = h.span(k)
            # "Ends/4 September 2026" over "Issued at HKT 19:05": the time on the line below.
            if not parsed[0][1] and k + 1 < len(h.pieces):
                joined = parse_dateline(f"{h.line(k)} {h.line(k + 1)}")
                if joined and joined[0] and joined[0][1]:
                    h.published = joined[0]
                    h.dateline = Span.of(h.text, h.pieces[k][0], h.pieces[k + 1][1])
            return


def _read_standfirst(h: _Header) -> None:
    """An unpunctuated summary line between the header and the body."""
    if h.standfirst is not None or not (h.headline or h.dateline) or h.i >= len(h.pieces) - 1:
        return
    line = h.line(h.i)
    if not ends_sentence(line) and word_count(line) >= 5 and looks_like_headline(line):
        h.standfirst = h.span(h.i)
        h.i += 1


def parse_source(text: str) -> ParsedSource:
    """The parts of one article as printed: see `ParsedSource`."""
    h = _Header(text, lines(text))
    if not _read_release_header(h):
        _read_headline(h)
    _read_header_lines(h)
    _read_standfirst(h)
    _read_release_dateline(h)
    _read_closing_dateline(h)
    body = [
        piece
        for piece in h.pieces[h.i :]
        if h.dateline is None or not h.dateline.start <= piece[0] < h.dateline.end
    ]
    paragraph_ranges, caption_ranges = split_body(text, body)
    paragraphs = [Span.of(text, s, e) for s, e in paragraph_ranges]
    captions = [Span.of(text, s, e) for s, e in caption_ranges]

    opening = paragraphs[0].text if paragraphs else (h.standfirst.text if h.standfirst else "")
    # A headline over two lines is read as one.
    headline = " ".join(h.headline.text.split()) if h.headline else None
    return ParsedSource(
        headline=headline,
        headline_span=h.headline,
        derived_headline=headline or derive_headline(opening),
        published=h.published[0] if h.published else None,
        updated=h.updated[0] if h.updated else None,
        dateline_span=h.dateline,
        byline=h.byline,
        standfirst=h.standfirst,
        paragraphs=tuple(paragraphs),
        captions=tuple(captions),
        truncated=is_truncated(paragraphs[-1].text if paragraphs else ""),
        published_has_time=bool(h.published and h.published[1]),
        updated_has_time=bool(h.updated and h.updated[1]),
    )
