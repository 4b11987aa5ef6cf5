"""Who a person is, from the words around their mentions: their role ("the Southend district
commander"), their organisation, and their kind (official, elected, defendant, victim)."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, NamedTuple

from articles.extraction.document import Doc
from articles.extraction.headers import Span
from articles.extraction.lexicon.civictitles import CIVIC_TITLE_RE, COURT_TITLES, ELECTED_WORDS
from articles.extraction.lexicon.people import ROLE_TITLES
from articles.extraction.lexicon.ranks import POLICE_RANK_RE, is_police_rank
from articles.extraction.lexicon.words import SPEECH_VERB_RE, SPEECH_VERBS
from articles.extraction.vocabulary import PersonKind

if TYPE_CHECKING:
    from articles.extraction.people import Person

# An age printed after a name: "Tony Cox, 19,", "Tony Cox, aged 19.", "Jane Smith (34)".
_AGE_AFTER_COMMA = r",\s*(?:aged\s+)?(?P<age>\d{1,3})"
_AGE = re.compile(
    r"\s*(?:" + _AGE_AFTER_COMMA + r"\s*(?:,|[.;](?!\d))|\((?:aged\s+)?(?P<bracketed>\d{1,3})\))"
)
_OLDEST = 120
_APPOSITIVE = re.compile(
    r"\s*,\s*(?P<app>[^,.;:“”\"][^,.;:]{1,119}?)(?:\s*,|\s+(?=" + SPEECH_VERB_RE + r"))"
)
# A rank or title set off after a name: "Jo Hale, a Senior Crown Prosecutor with the CPS,",
# "Jo Hale, the Minister for Safeguarding,". Capitalised as a title is; the whole phrase or
# up to the body it is held in.
_TITLE_AFTER = re.compile(rf"(?:{POLICE_RANK_RE}|{CIVIC_TITLE_RE})(?=\s+(?:with|at|of|for|in)\s|$)")
_TITLE_OF = re.compile(rf"(?:{POLICE_RANK_RE}|{CIVIC_TITLE_RE})(?=\s+(?:with|at|of|for|in)\s)")
# The title and its body before a name set off by commas: "The Chief Constable of Kent
# Police, Jo Hale, wrote"; read in the text before a first mention that ends in a comma.
_TITLE_OF_BEFORE = re.compile(
    rf"\b[Tt]he\s+(?P<title>{POLICE_RANK_RE}|{CIVIC_TITLE_RE})\s+(?:with|at|of|for|in)\s+"
    r"(?:the\s+)?[A-Z][^,;.“”\"]{1,80},\s+$"
)


# Compiled on first need: few articles end in a signature, and the pattern is long.
@functools.cache
def _title_below_pattern() -> re.Pattern:
    return re.compile(rf"\n(?P<title>{POLICE_RANK_RE}|{CIVIC_TITLE_RE})(?=,|\n|$)")


_NOT_A_ROLE = re.compile(r"(?:who|whose|which|where|when|and|but|said)\b")
_ARTICLE_START = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
# Whose title it is, before it: "the county's Police and Crime Commissioner", "the agency's
# Director of Intelligence".
_HOLDER = re.compile(r"^(?:[A-Z][\w-]*\s+)?[\w-]+['’]s\s+(?=[A-Z])")
_PREPOSITION_END = re.compile(r"\s+(?:in|of|at|for|on)(?:\s+the)?$")
_CLAUSE_WORDS = re.compile(r"(?:^|\s)(?:the|a|an|and|as|by|with)\s+")
_OFFICIAL_ROLE = re.compile(r"spokes|officer|police|detective")
_SPEECH_WORDS = frozenset(v.split()[0] for v in SPEECH_VERBS)
# The last word of a role before a name: the role is looked for only after one of these.
_ROLE_WORDS = frozenset(t.split()[-1] for t in ROLE_TITLES)
_PRE_ROLE = re.compile(
    r"(?P<role>(?:[A-Za-z’'-]+\s+){0,3}(?:"
    + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in ROLE_TITLES)
    + r"))\s+$",
    re.IGNORECASE,
)
_LEADING_ROLE = re.compile(
    r"\s+(?:has\s+been|is|was|had\s+been)\s+(?P<role>(?:leading|heading|running|in\s+charge\s+of)"
    r"\s+the\s+[A-Z][^,.;]{2,80}?)(?=[,.;]|\s+(?:for|since|with|and)\b)"
)


def _ending_with(words: str) -> re.Pattern:
    """A pattern for text that ends in one of `words` and then space, matched at the start
    of the text reversed: one anchored attempt instead of a search from every position."""
    alternatives = (w[::-1].replace(" ", r"\s+") for w in words.split("|"))
    return re.compile(r"\s+(?:" + "|".join(alternatives) + ")", re.IGNORECASE)


# Both are matched against the 30 characters before a mention, reversed.
_VICTIM_BEFORE = _ending_with(
    "stabbed|killed|murdered|attacked|assaulted|shot|robbed|punched|raped|injured|victim"
    "|death of|murder of|killing of"
)
_DEFENDANT_AFTER = re.compile(
    r"(?:’s|'s)?\s*(?:,[^.]{0,80}?,\s*)?(?:was|has\s+been|had\s+been|is|were|has|had|have)?\s*"
    r"(?:jailed|sentenced|charged|convicted|pleaded|admitted|denied|denies|appeared|found\s+guilty"
    r"|remanded|stabbed|killed|murdered|attacked|shot|given|ordered\s+to|received)\b"
)
_DEFENDANT_BEFORE = _ending_with(
    "jailed|sentenced|convicted|charged|prosecuted|fined|remanded|defendant"
)
_DEFENDANT_AFTER_AGE = re.compile(r"\s*" + _AGE_AFTER_COMMA + r"\s*,\s*of\b")


class OrgMention(NamedTuple):
    start: int
    end: int
    name: str  # the organisation's canonical name


def describe(doc: Doc, p: Person, org_spans: list[OrgMention], forces: list[str]) -> None:
    """Set a person's role, organisation and kind from the words around their mentions."""
    zone = doc.zones[max(0, doc.zone_index(p.first.start))]
    _appositive(doc.text, p, zone, org_spans)
    _title_of_before(doc.text, p, zone, org_spans)
    _title_below(doc.text, p, zone)
    police = bool(p.title_printed) and is_police_rank(p.title_printed)
    if p.role is None:
        lead = _LEADING_ROLE.match(doc.text, p.first.end, zone.end)
        if lead:
            p.role = lead["role"]
    if p.role is None:
        _role_before(doc.text, p, zone, org_spans)
    _court_part(doc.text, p, zone)
    p.age = _age(doc, p)
    p.kind = _kind(p, police) or p.kind
    if p.organisation is None and p.kind == PersonKind.OFFICIAL and police and len(forces) == 1:
        p.organisation = forces[0]


def _appositive(text: str, p: Person, zone: Span, org_spans: list[OrgMention]) -> None:
    """The phrase after a name: "Jo Hale, the Southend district commander," or "Jo Hale, of
    Kent Police,"."""
    first = p.first
    app = _APPOSITIVE.match(text, first.end, zone.end)
    if not app or _AGE.match(text, first.end, zone.end):
        return
    phrase = app["app"].strip()
    ps, pe = app.span("app")
    org_inside = sorted(o for o in org_spans if ps <= o.start and o.end <= pe)
    lowered = phrase.lower()
    if lowered.startswith(("of ", "from ", "at ")):
        if org_inside:
            p.organisation = org_inside[-1].name  # the most specific: the unit, not its force
        return
    if _NOT_A_ROLE.match(lowered):
        return
    role = _ARTICLE_START.sub("", phrase)
    # Without an article only with the body it is held in: "Jo Hale, Chief Constable of
    # Kent Police,".
    reader = _TITLE_AFTER if role != phrase else _TITLE_OF if org_inside else None
    if p.title is None and reader:
        title = reader.match(_HOLDER.sub("", role, count=1))
        if title:
            p.read_title(title.group())
    if org_inside:
        os_, oe, oname = org_inside[-1]
        tail = text[ps:os_].rstrip()
        cut = _PREPOSITION_END.search(tail)
        if cut and oe >= pe - 1:
            role = _ARTICLE_START.sub("", tail[: cut.start()])  # "commander of Kent Police"
        p.organisation = oname
    p.role = role.strip() or None


def _title_of_before(text: str, p: Person, zone: Span, org_spans: list[OrgMention]) -> None:
    """ "The Chief Constable of Kent Police, Jo Hale,": the title, and the body it names."""
    first = p.first
    if p.title is not None or text[first.start - 2 : first.start] != ", ":
        return
    lo = max(zone.start, first.start - 140)
    m = _TITLE_OF_BEFORE.search(text, lo, first.start)
    if m is None:
        return
    p.read_title(m["title"])
    inside = [o for o in org_spans if m.end("title") < o.start and o.end < first.start]
    if inside and p.organisation is None:
        p.organisation = inside[-1].name


def _title_below(text: str, p: Person, zone: Span) -> None:
    """A signature: the name on a line of its own, the title opening the line below
    ("Jo Hale\nDirector, Media")."""
    if p.title is None and (p.first.start, p.first.end) == (zone.start, zone.end):
        m = _title_below_pattern().match(text, zone.end)
        if m:
            p.read_title(m["title"])


def _role_before(text: str, p: Person, zone: Span, org_spans: list[OrgMention]) -> None:
    """A role printed before a name: "Police spokesman Dan Cole", "Chelmsford City Council
    leader Stephen Robinson"."""
    first = p.first
    word_before = text[max(zone.start, first.start - 20) : first.start].split()[-1:]
    if not word_before or word_before[0].lower() not in _ROLE_WORDS:
        return
    lo = max(zone.start, first.start - 60)
    pre = _PRE_ROLE.search(text, lo, first.start)
    if not pre or pre.end() != first.start:
        return
    role_start = pre.start("role")
    # "Chelmsford City Council leader Stephen Robinson": the council is the organisation,
    # "leader" the role.
    for os_, oe, oname in org_spans:
        if lo <= os_ and role_start < oe < pre.end("role"):
            p.organisation = p.organisation or oname
            role_start = oe
    role = text[role_start : pre.end("role")]
    # Only from the start of the clause: drop words up to a determiner or a verb ("added
    # resident Mia Lund").
    words = _CLAUSE_WORDS.split(role)[-1].split()
    while words and words[0].lower() in _SPEECH_WORDS:
        words.pop(0)
    p.role = " ".join(words) or None


def _age(doc: Doc, p: Person) -> int | None:
    """The age printed after the first mention that has one."""
    for m in sorted(p.mentions, key=lambda sp: sp.start):
        zi = doc.zone_index(m.start)
        if zi < 0:
            continue
        found = _AGE.match(doc.text, m.end, doc.zones[zi].end)
        if found:
            age = int(found["age"] or found["bracketed"])
            return age if 0 < age <= _OLDEST else None
    return None


def _court_part(text: str, p: Person, zone: Span) -> None:
    """Whether any mention shows the person harmed ("stabbed Connor Webb") or on trial
    ("Jason Hurst, 24, of Mill Road, was jailed")."""
    for m in p.mentions:
        # Once a mention shows the trial, the rest are read only for harm: a defendant named
        # a dozen times is read on trial once.
        if p.victim and p.defendant:
            return
        before = text[max(zone.start, m.start - 30) : m.start][::-1]
        if _VICTIM_BEFORE.match(before):
            p.victim = True
        if p.defendant:
            continue
        if (
            _DEFENDANT_AFTER.match(text, m.end)
            or _DEFENDANT_AFTER_AGE.match(text, m.end)
            or _DEFENDANT_BEFORE.match(before)
        ):
            p.defendant = True


def _kind(p: Person, police: bool) -> PersonKind | None:
    """Officials by rank, court title or role; elected officials; then defendants and victims."""
    rank = p.title or ""
    role = (p.role or "").lower()
    if police or rank in COURT_TITLES or "judge" in rank.lower():
        return PersonKind.OFFICIAL
    if rank and ELECTED_WORDS.search(rank) or ELECTED_WORDS.search(role):
        return PersonKind.ELECTED_OFFICIAL
    if p.defendant and not p.victim:
        return PersonKind.DEFENDANT
    if p.victim:
        return PersonKind.VICTIM
    if _OFFICIAL_ROLE.search(role):
        return PersonKind.OFFICIAL
    return None
