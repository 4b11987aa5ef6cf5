"""Names led by a rank or title: "Det Chief Insp Lewis Basford", "Cllr Jo Hale", "Mr Lyle"."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from articles.extraction.budget import check_budget
from articles.extraction.document import Doc, overlaps, register_words
from articles.extraction.lexicon.civictitles import CIVIC_TITLE_RE
from articles.extraction.lexicon.organisations import ALIASES
from articles.extraction.lexicon.orgnoise import LEADING_NOISE
from articles.extraction.lexicon.ranks import POLICE_CHIEF_TITLES
from articles.extraction.lexicon.titlednames import FULL_NAME, TITLE_TRIGGERS, TITLED_NAME
from articles.extraction.orgkinds import classify_by_rule
from articles.extraction.spans import SpanIndex, by_zone

_TRIGGERS = register_words(TITLE_TRIGGERS, exact=True)
_CAPITAL_WORD_END = re.compile(r"([A-Z][\w’']*)\s+$")


def _force_name_before(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word ends right before `end` that may end a force's name: not a
    word of the sentence ("Former Police Constable Jo Hale")."""
    m = _CAPITAL_WORD_END.search(text, start, end)
    return m is not None and m.group(1) not in LEADING_NOISE


# "Detective Constables Jo Hale and Sam Reed": a title in the plural, shared by the names after.
_PLURAL_TITLE = re.compile(r"(?P<title>(?:[A-Z][\w.’']*\s+){0,3}?[A-Z][a-z]+)s\s+(?=[A-Z])")
_NEXT_NAME = re.compile(r",\s+|,?\s+and\s+")
# How far past the plural the names are read: enough for three long names.
_SHARED_REACH = 160


class TitledMention(NamedTuple):
    start: int  # where the title starts
    end: int  # where the name ends
    title: str  # as printed: "Det Chief Insp"
    name_start: int
    name: str  # "Lewis Basford"


def titled_mentions(doc: Doc, claimed) -> list[TitledMention]:
    """Rank- or title-led names, in order, outside the claimed spans."""
    text = doc.text
    claimed = SpanIndex(claimed)
    out = []
    triggers = by_zone(doc.positions(_TRIGGERS, exact=True), doc.zones)
    for n in sorted(triggers):
        zone = doc.zones[n]
        check_budget()
        reached = zone.start
        for pos in triggers[n]:
            if pos < reached:
                continue
            shared = _shared_title(text, pos, zone.end)
            if shared:
                out.extend(t for t in shared if not overlaps((t.start, t.end), claimed))
                reached = shared[-1].end
                continue
            m = TITLED_NAME.match(text, pos, zone.end)
            if m is None:
                continue
            reached = m.end()
            ts, te = m.span("title")
            title = m["title"]
            # "Essex Police Chief Constable X": "Police" belongs to the force's name.
            # Not "Wales's Police and Crime Commissioner", a title in its own right. A
            # city's "Police Chief" keeps its title whole, the city's police named before it.
            if (
                title.startswith("Police ")
                and not title.startswith("Police and ")
                and _force_name_before(text, zone.start, ts)
            ):
                ts += len("Police ")
                if text[ts:te] not in POLICE_CHIEF_TITLES:
                    title = text[ts:te]
                if not title.strip():
                    continue
            if overlaps((ts, m.end("name")), claimed):
                continue
            # "Garda Siochana" is the Irish police, though "Garda" is also a rank.
            if text[ts : m.end("name")].lower() in ALIASES:
                continue
            name_start, name = m.start("name"), m["name"]
            # "Minister for Law Reform Jo Hale": the portfolio is read as short as it can be,
            # so a three-word name after one gives its first word back to the portfolio.
            if " for " in title and len(name.split()) == 3:
                first = name.split()[0]
                name_start = text.index(name.split()[1], name_start + len(first))
                title = text[ts:name_start].rstrip()
                name = text[name_start : m.end("name")]
            out.append(TitledMention(ts, m.end("name"), title, name_start, name))
    out += _initialled_titles(doc, claimed, out)
    return out + _office_holders_speaking(doc, claimed)


# A transcript's label for a member who speaks as office holder: their office, then their
# name in brackets ("The Minister for Policing (Jo Hale): …").
# Compiled on first need: few articles are transcripts, and the pattern is long.
@functools.cache
def _office_then_name() -> re.Pattern:
    return re.compile(
        rf"(?m)^(?:The\s+)?(?P<title>{CIVIC_TITLE_RE})\s+\((?P<name>{FULL_NAME.pattern})\):"
    )


def _office_holders_speaking(doc: Doc, claimed) -> list[TitledMention]:
    if "):" not in doc.text:
        return []
    taken = SpanIndex(claimed)
    out = []
    for m in _office_then_name().finditer(doc.text):
        if not taken.overlaps(m.start("title"), m.end("name")):
            title, name = m.span("title"), m.span("name")
            out.append(TitledMention(title[0], name[1], m["title"], name[0], m["name"]))
    return out


# "Investigation Agent IV (IA4) Jo Hale", "Police Colonel (PCol) Jo Hale": a service's title
# no list holds, given its initials in brackets before the name; the initials alone then
# lead the name again ("IA4 Hale").
_INITIALS_THEN_NAME = re.compile(r"\(([A-Z][A-Za-z]{0,5}[A-Z0-9][a-z]{0,2})\)\s+(?=[A-Z])")
_TITLE_WORD = re.compile(r"[A-Z][\w-]*")
_ROMAN = re.compile(r"[IVX]+")


def _initialled_titles(doc: Doc, claimed, found: list[TitledMention]) -> list[TitledMention]:
    text = doc.text
    taken = SpanIndex([(t.start, t.end) for t in found] + list(claimed))
    out = []
    for m in _INITIALS_THEN_NAME.finditer(text):
        name = FULL_NAME.match(text, m.end())
        title_start = _title_spelt_by(text, m.start(), m.group(1))
        if name is None or title_start is None or taken.overlaps(title_start, name.end()):
            continue
        title = text[title_start : m.start()].rstrip()
        out.append(TitledMention(title_start, name.end(), title, name.start(), name.group()))
        again = re.compile(rf"(?<![\w/]){re.escape(m.group(1))}\s+(?=[A-Z])")
        for later in again.finditer(text, name.end()):
            surname = FULL_NAME.match(text, later.end())
            if surname and not taken.overlaps(later.start(), surname.end()):
                span = (later.start(), surname.end(), title, later.end(), surname.group())
                out.append(TitledMention(*span))
    return out


def _title_spelt_by(text: str, end: int, initials: str) -> int | None:
    """Where the title that `initials` abbreviate starts, if the capitalised words before
    `end` begin with its capitals in turn ("Deputy Superintendent of Narcotics" for "DSN";
    a grade's numeral, "IV", has none); None if they do not, or if they name a body."""
    letters = [c for c in initials if c.isupper()]
    words = text[max(0, end - 120) : end].split()
    picked: list[str] = []
    while words and len(picked) < len(letters):
        word = words.pop()
        if word in ("of", "for") and picked:
            continue
        if not _TITLE_WORD.fullmatch(word):
            return None
        if not (_ROMAN.fullmatch(word) and picked == [] and initials[-1].isdigit()):
            picked.insert(0, word)
    title_words = picked
    if len(letters) < 2 or [w[0] for w in title_words] != letters:
        return None
    if classify_by_rule(title_words) is not None:
        return None
    return text.rfind(title_words[0], max(0, end - 120), end)


def _shared_title(text: str, pos: int, end: int) -> list[TitledMention]:
    """The names a plural title at `pos` leads ("Assistant U.S. Attorneys Jo Hale and Sam
    Reed", "Special Agents Jo Hale, Ann Bell and Sam Reed"), each with the title in the
    singular; none unless the singular reads as a title before each name, and two or more
    names follow it."""
    plural = _PLURAL_TITLE.match(text, pos, end)
    if plural is None:
        return []
    title = plural["title"]
    out = []
    at = plural.end()
    while (found := _named_after(title, text, at, end)) is not None:
        start, name = found
        out.append(TitledMention(start if out else pos, start + len(name), title, start, name))
        joined = _NEXT_NAME.match(text, start + len(name), end)
        if joined is None:
            break
        at = joined.end()
        if "and" in joined.group():
            last = _named_after(title, text, at, end)
            if last is not None:
                start, name = last
                out.append(TitledMention(start, start + len(name), title, start, name))
            break
    return out if len(out) >= 2 else []


def _named_after(title: str, text: str, at: int, end: int) -> tuple[int, str] | None:
    """Where the name at `at` starts, and the name, if `title` before it makes a titled name."""
    m = TITLED_NAME.match(f"{title} {text[at : min(end, at + _SHARED_REACH)]}")
    if m is None or m["title"] != title:
        return None
    return at + m.start("name") - len(title) - 1, m["name"]
