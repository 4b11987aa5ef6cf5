"""Organisations: police forces and units, councils, courts, charities and government bodies.

A name is a run of capitalised words that ends with a head word ("Unit", "Police", "Court"),
or a nickname the press uses ("the Met", "Scotland Yard"). A run that holds several names
("Kent Police's Serious Organised Crime Unit") is cut into them, each unit filed under the
force or command before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from articles.extraction.budget import check_budget
from articles.extraction.document import Doc
from articles.extraction.headers import Span
from articles.extraction.lexicon.agencies import AGENCY_INITIALS
from articles.extraction.lexicon.organisations import (
    ALIASES,
    FORCE_AREAS,
    FORCE_ENDINGS,
    KIND_WORDS,
    STREET_WORDS,
)
from articles.extraction.lexicon.words import MONTH_RE
from articles.extraction.lexicon.wordsets import LETTER_CLASS, words_pattern
from articles.extraction.orgacronyms import defines_acronym, file_acronym_mentions
from articles.extraction.orgaliases import file_printed_nicknames
from articles.extraction.orgdescribed import (
    LOWER_FORCE_AFTER,
    LOWER_UNIT_AFTER,
    NATIONALITIES,
    national_service,
    place_unit,
)
from articles.extraction.orgheadings import as_name_printed, heading_line
from articles.extraction.orgkinds import (
    ACRONYM_DEFINED,
    AFTER_KIND_WORD,
    GAZETTEER,
    HEAD_WORDS,
    LOWER_UNIT,
    Rule,
    classify_by_rule,
    court_named_by_type,
    is_alias,
)
from articles.extraction.orgruns import POSSESSIVE, Token, cap_runs, split_run, trim
from articles.extraction.orgspellings import (
    file_short_forces_under_long,
    file_unit_spellings_together,
    file_units_under_their_force,
)
from articles.extraction.spans import SpanIndex
from articles.extraction.types import FoundOrganisation
from articles.extraction.vocabulary import OrganisationKind as Kind

_TOKEN = re.compile(rf"{LETTER_CLASS}[\w’'&.-]*[\w’']|{LETTER_CLASS}|&")
# "Bogota (AFP) —": a news agency's credit on a date line, not the body its initials share.
_WIRE_CREDIT = re.compile(r"\)\s*[—–-]")
_INITIALS_BEFORE = re.compile(r"\([A-Z]{2,}\)\s+$")
_AND = re.compile(r"\band\b|&")
# The seat of a court named by its type alone ("the High Court in Livingston"), where it sits
# in several towns: one word, not a month's ("the Crown Court in May").
_SEAT_AFTER = re.compile(rf" in (?!(?:{MONTH_RE})\b)[A-Z][a-z]+\b(?![ -][A-Z])")
_STREET_AFTER = re.compile(rf"\s+(?:{words_pattern(STREET_WORDS)})\b")
# "the charity Shelter Cymru", "homelessness charity Crisis": the word right before the name.
_KIND_WORD_BEFORE = re.compile(rf"\b({words_pattern(KIND_WORDS)})\s+$")


@dataclass
class _Org:
    name: str
    kind: str
    parent: str | None = None
    mentions: list = field(default_factory=list)
    rule: Rule = GAZETTEER  # the surest rule that found a mention


class _Orgs(dict[str, _Org]):
    """Organisations by a key that ignores case and the apostrophe's shape, in order found."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text
        self.spans: SpanIndex | None = None  # built when first asked what a name covers

    def add(
        self, name: str, kind: str, start: int, end: int, parent: str | None = None, *, rule: Rule
    ) -> str:
        """File a mention; returns the name it is filed under ("the Met": Metropolitan Police)."""
        alias = ALIASES.get(name.lower())
        if alias:
            name, kind = alias
            rule = GAZETTEER
            agency = AGENCY_INITIALS.get(name)
            if agency and agency.name.lower() in self.lowered:
                name = agency.name
        key = name.lower().replace("’", "'")
        org = self.get(key)
        if org is None:
            org = self[key] = _Org(name, kind, parent, rule=rule)
        else:
            if parent and not org.parent:
                org.parent = parent
            if rule.confidence > org.rule.confidence:
                org.rule = rule
        org.mentions.append(Span(start, end, self.text[start:end]))
        if self.spans is not None:
            self.spans.add(start, end)
        return name

    @cached_property
    def lowered(self) -> str:
        return self.text.lower()

    def covers(self, pos: int) -> bool:
        if self.spans is None:
            self.spans = SpanIndex([(m.start, m.end) for o in self.values() for m in o.mentions])
        return self.spans.overlaps(pos, pos + 1)


def find_organisations(doc: Doc, claimed: list[tuple[int, int]]) -> list[FoundOrganisation]:
    """Every organisation the standfirst and body name, outside the spans already claimed."""
    orgs = _Orgs(doc.text)
    claimed = SpanIndex(claimed)
    _names_in_runs(doc, claimed, orgs)
    file_printed_nicknames(doc, claimed, orgs)
    file_acronym_mentions(doc, orgs, claimed)
    file_short_forces_under_long(orgs)
    file_units_under_their_force(orgs, lambda printed: _force_named(printed, orgs))
    file_unit_spellings_together(orgs)
    return _found(orgs)


def _force_named(printed: str, orgs: _Orgs) -> str | None:
    """The police force `printed` names, by the name it is filed under: a nickname ("Met"),
    a force the article names on its own, or a territorial force ("Kent Police")."""
    alias = ALIASES.get(printed.lower())
    org = orgs.get(printed.lower().replace("’", "'"))
    if alias is not None or org is not None:
        kind, name = (alias.kind, alias.name) if alias is not None else (org.kind, org.name)
        return name if kind == Kind.POLICE_FORCE else None
    *area, ending = printed.split()
    return printed if ending in FORCE_ENDINGS and " ".join(area) in FORCE_AREAS else None


def _names_in_runs(doc: Doc, claimed, orgs: _Orgs) -> None:
    text = doc.text
    for zone in doc.zones:
        check_budget()
        for run in cap_runs(doc, zone):
            pieces = _cut(*run, claimed.overlapping(*run)) if claimed.overlaps(*run) else [run]
            for ps, pe in pieces:
                word = text[ps:pe]
                # "The Colombian navy said": the sentence's article before a country's word.
                if word.startswith("The ") and word[4:] in NATIONALITIES:
                    ps, word = ps + 4, word[4:]
                if " " in word:
                    read = as_name_printed(text, ps, pe) if heading_line(text, ps, pe) else text
                    _orgs_in_run(read, ps, pe, zone, orgs.add)
                elif _may_be_alias(word):
                    _org_word(text, ps, pe, orgs.add)
                elif word in NATIONALITIES:
                    national_service(text, ps, pe, zone, orgs.add)
                elif text.startswith("the ", ps - 4):
                    place_unit(text, ps, pe, zone, orgs.add)


def _found(orgs: _Orgs) -> list[FoundOrganisation]:
    """The organisations found; a unit with no parent is the only force's, if there is one."""
    force, unit = Kind.POLICE_FORCE, Kind.POLICE_UNIT
    forces = [o.name for o in orgs.values() if o.kind == force]
    result = []
    for org in orgs.values():
        parent = org.parent
        if parent is None and org.kind == unit and len(forces) == 1:
            parent = forces[0]
        mentions = tuple(sorted(org.mentions, key=lambda s: s.start))
        name, confidence = org.rule
        result.append(FoundOrganisation(org.name, org.kind, parent, mentions, name, confidence))
    return result


def _cut(start, end, claimed):
    """The parts of a span outside the claimed spans that overlap it (in order of their
    starts), longer than one character."""
    pieces = []
    reached = start
    for cs, ce in claimed:
        if ce <= cs:
            continue
        if cs > reached:
            pieces.append((reached, min(cs, end)))
        reached = max(reached, ce)
    if reached < end:
        pieces.append((reached, end))
    return [(s, e) for s, e in pieces if e - s > 1]


# A nickname as one word may be printed with a possessive ("NSPCC’s"): the forms `_org_word`
# can read, so that most capitalised words are passed over at one set look-up.
_ALIAS_WORD_FORMS = frozenset(ALIASES) | {a + s for a in ALIASES for s in POSSESSIVE}


def _may_be_alias(word: str) -> bool:
    low = word.lower()
    return low in _ALIAS_WORD_FORMS or len(low) != len(word)


def _org_word(text, start, end, add):
    """One word names an organisation only as a known nickname ("Crimestoppers", "NSPCC"),
    whose "’s" is not part of it unless the nickname has one ("Barnardo’s")."""
    word = text[start:end]
    if word.endswith(POSSESSIVE) and word.lower() not in ALIASES:
        word, end = word[:-2], end - 2
    wire_credit = text[start - 1 : start] == "(" and _WIRE_CREDIT.match(text, end)
    if is_alias(word) and not wire_credit:
        add(word, ALIASES[word.lower()].kind, start, end, rule=GAZETTEER)


def _may_name_one(text: str, start: int, end: int, zone: Span) -> bool:
    """Most runs are names of people and places: only a head word ("Unit", "Police", "Court"),
    a known nickname, "for" or "of", or a "team" after the run can make one an organisation."""
    words = text[start:end].split()
    known = _MAY_NAME
    for w in words:
        found = known.get(w)
        if found is None:
            found = _may_name(w)
        if found:
            return True
    return bool(
        "for" in words
        or "of" in words
        or text.startswith(" (", end)
        or LOWER_UNIT_AFTER.match(text, end, zone.end)
        or LOWER_FORCE_AFTER.match(text, end, zone.end)
        or _KIND_WORD_BEFORE.search(text, max(zone.start, start - 30), start)
    )


# Remembered across articles, as `names` remembers its words: whether each word printed in a
# run is a head word or a nickname, with or without its possessive.
_MAY_NAME: dict[str, bool] = {}


def _may_name(word: str) -> bool:
    found = _without_possessive(word) in HEAD_WORDS or is_alias(word) or is_alias(word[:-2])
    if len(_MAY_NAME) > 50_000:
        _MAY_NAME.clear()
    _MAY_NAME[word] = found
    return found


def _without_possessive(word: str) -> str:
    """ "Command’s" → "Command", "Magistrates’" → "Magistrates"; "Services" stays whole."""
    if word.endswith(POSSESSIVE):
        return word[:-2]
    return word.rstrip("’'")


def _orgs_in_run(text, start, end, zone, add):
    """File each organisation a run of capitalised words names, a unit under the name before."""
    if " " not in text[start:end]:
        _org_word(text, start, end, add)
        return
    if not _may_name_one(text, start, end, zone):
        return
    tokens = [
        Token(m.group(), start + m.start(), start + m.end())
        for m in _TOKEN.finditer(text[start:end])
    ]
    if LOWER_FORCE_AFTER.match(text, end, zone.end):
        # "the Crime Cell of the Pune city police", "The Nagpur city police": the words after
        # the last "of" (or all of them) are the place whose force it is.
        words = [w for w, _, _ in tokens]
        cut = len(words) - 1 - words[::-1].index("of") if "of" in words else -1
        place = trim(text, zone, tokens[cut + 1 :], first=cut < 0)
        if place:
            place_unit(text, place[0].start, end, zone, add)
            if cut > 0:
                _orgs_in_run(text, start, tokens[cut - 1].end, zone, add)
            return
    pieces = split_run(tokens)
    parent = None
    for n, piece in enumerate(pieces):
        piece = trim(text, zone, piece, first=n == 0)
        if not piece:
            continue
        words = [w for w, _, _ in piece]
        s, e = piece[0].start, piece[-1].end
        kind, rule = classify_by_rule(words) or (None, None)
        if n == len(pieces) - 1:
            # "the Brighton drugs team": a lower-case unit word after the last name.
            after = LOWER_UNIT_AFTER.match(text, e, zone.end)
            before = text[max(zone.start, s - 4) : s].lower()
            # "the Wessex Police (WP) Serious Crime unit": a force's initials own it too.
            owned = before.endswith(("the ", "’s ", "'s ")) or (
                _INITIALS_BEFORE.search(text, max(zone.start, s - 12), s) is not None
            )
            # Not after a body on the list that is no force: "the council's Trading
            # Standards team" is Trading Standards.
            alias = ALIASES.get(" ".join(words).lower())
            listed = alias is not None and alias.kind != Kind.POLICE_FORCE
            if after and owned and not listed and kind in (None, Kind.POLICE_FORCE):
                e = after.end()
                kind, rule = Kind.POLICE_UNIT, LOWER_UNIT
                words = words + after.group().split()
        if kind is None:
            kind, rule = _named_otherwise(text, zone, words, s, e, first=n == 0)
        kind, e = _street_or_seat(text, zone, kind, words, e)
        # Only a unit belongs to the name before it, and not after "and": "Kent Police and
        # Essex Police" are two forces, "the Dog Unit and the Drugs Team" two units.
        joined = n and _AND.search(text, pieces[n - 1][-1].end, pieces[n][0].start)
        owner = parent if kind == Kind.POLICE_UNIT and not joined else None
        parent = add(text[s:e], kind, s, e, owner, rule=rule) if kind else None


def _street_or_seat(text, zone, kind, words, e):
    """The kind and end of a name, read with the words after it: "Hamlet Court Road" and
    "Station Road" are streets, whatever the words before them; "the High Court in
    Livingston" names the court with its seat."""
    if kind is not None and _STREET_AFTER.match(text, e, zone.end):
        return None, e
    if kind == Kind.COURT and court_named_by_type(words):
        seat = _SEAT_AFTER.match(text, e, zone.end)
        if seat:
            return kind, seat.end()
    return kind, e


def _named_otherwise(text, zone, words, s, e, *, first):
    """A name with no head word: a nickname on the list, a name the text gives initials to
    ("… Trafficking Areas (HIDTA)"), or one a kind word introduces ("the charity Shelter")."""
    alias = ALIASES.get(" ".join(words).lower())
    if alias:
        return alias.kind, GAZETTEER
    if defines_acronym(text, words, e, zone.end):
        return Kind.OTHER, ACRONYM_DEFINED
    if first:
        kind_word = _KIND_WORD_BEFORE.search(text, max(zone.start, s - 30), s)
        if kind_word:
            return KIND_WORDS[kind_word.group(1).lower()], AFTER_KIND_WORD
    return None, None
