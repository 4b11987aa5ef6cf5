"""Named operations, organisations and people in an article's body."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from articles.extraction.document import Doc, overlaps, register_words, words_before
from articles.extraction.headers import Span
from articles.extraction.lexicon.organisations import (
    ALIAS_PATTERNS,
    ALIASES,
    CHARITY_HEADS,
    COUNCIL_HEADS,
    COURT_HEADS,
    FORCE_ENDINGS,
    FORCE_SUFFIXES,
    GOVERNMENT_FIRST_WORDS,
    GOVERNMENT_HEADS,
    LEADING_NOISE,
    NOISE_AT_SENTENCE_START,
    UNIT_HEADS,
)
from articles.extraction.lexicon.ranks import (
    COURT_TITLES,
    ELECTED_WORDS,
    HONORIFIC,
    NAME_TOKEN,
    TITLE_TRIGGERS,
    TITLED_NAME,
    is_police_rank,
    normalise_title,
)
from articles.extraction.lexicon.words import (
    HONORIFICS,
    NOT_NAME_WORDS,
    PLACE_WORDS,
    QUOTE_CHARS,
    SENTENCE_OPENERS,
    SPEECH_VERB_RE,
    SPEECH_VERBS,
    wordset,
)
from articles.extraction.types import FoundOperation, FoundOrganisation, FoundPerson

# --- operations ----------------------------------------------------------------------------

_OP_NAME = r"[A-Z][A-Za-z0-9’'-]*[A-Za-z0-9]|[A-Z]"
OPERATION = re.compile(
    r"(?<![\w-])(?P<kw>Operation|OPERATION|operation|Op\.?|OP|Project|Strike\s+Force"
    r"|Taskforce|Task\s+Force)\s+(?P<q>[‘'“\"])?(?P<name>(?:" + _OP_NAME + r")"
    r"(?:\s+(?:" + _OP_NAME + r"))?)(?P<q2>[’'”\"])?"
)
CODENAME = re.compile(
    r"\b(?:code-?named|codename)\s+[‘'“\"]?(?P<name>(?!Operation\b|Op\b|Project\b)[A-Z][\w-]+)"
    r"[’'”\"]?"
)
KNOWN_AS = re.compile(
    r"\b(?P<lead>(?i:operation|crackdown|campaign|initiative|investigation|inquiry|probe))\b"
    r"[^.;]{0,60}?\b(?:known|dubbed|named|called)\s+(?:as\s+)?[‘'“\"]"
    r"(?P<name>[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,2})[’'”\"]"
)
_OP_WORDS = register_words(wordset("operation op project strike taskforce task"))
_CODENAME_WORDS = register_words(wordset("codenamed codename code-named"))
_NAMING_WORDS = register_words(wordset("known dubbed named called"))
_KNOWN_AS_LEADS = register_words(
    wordset("operation crackdown campaign initiative investigation inquiry probe")
)
register_words(TITLE_TRIGGERS, exact=True)
_DETERMINERS = wordset("the this that a an police its their our his her major large joint")
_OP_KINDS = {"project": "project", "strike force": "strike force", "taskforce": "strike force"}


def _op_name_ok(word: str) -> bool:
    return word.lower().strip("’'") not in NOT_NAME_WORDS


def _by_zone(positions: list[int], zones) -> dict[int, list[int]]:
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


def find_operations(doc: Doc) -> list[FoundOperation]:
    text = doc.text
    found: dict[str, dict] = {}
    zones = list(doc.zones)
    if doc.source.headline_span is not None:
        zones.insert(0, doc.source.headline_span)
    headline = doc.source.headline_span
    has_naming = doc.has_word(_NAMING_WORDS)

    def add(name, kind, start, end):
        entry = found.setdefault(name, {"kind": kind, "aliases": [], "mentions": []})
        printed = text[start:end]
        if printed not in entry["aliases"]:
            entry["aliases"].append(printed)
        if not overlaps((start, end), [(m.start, m.end) for m in entry["mentions"]]):
            entry["mentions"].append(Span(start, end, printed))

    op_words = _by_zone(doc.positions(_OP_WORDS), zones)
    code_words = _by_zone(doc.positions(_CODENAME_WORDS), zones)
    known_words = _by_zone(doc.positions(_KNOWN_AS_LEADS), zones) if has_naming else {}
    for n in sorted(op_words.keys() | code_words.keys() | known_words.keys()):
        zone = zones[n]
        in_headline = zone is headline
        for pos in op_words.get(n, ()):
            m = OPERATION.match(text, pos, zone.end)
            if m is None:
                continue
            kw = " ".join(m["kw"].split())
            words = m["name"].split()
            if not _op_name_ok(words[0]):
                continue
            if kw == "operation":
                before = text[max(zone.start, m.start() - 12) : m.start()].split()
                if before and before[-1].lower() in _DETERMINERS:
                    continue
            # Two-word names only inside quote marks ("Operation ‘Blue Tide’"): unquoted, the
            # next capitalised word is more often the next sentence's.
            if len(words) > 1 and (in_headline or not _op_name_ok(words[1]) or m["q"] is None):
                words = words[:1]
            end = m.start("name") + len(words[0]) if len(words) == 1 else m.end("name")
            if m["q"] and m["q2"] and end == m.end("name"):
                end = m.end()
            base = kw.lower().rstrip(".")
            if base in ("op", "operation"):
                name, kind = "Operation " + " ".join(words), "operation"
            else:
                name = " ".join(w.capitalize() if w.islower() else w for w in kw.split())
                name += " " + " ".join(words)
                kind = _OP_KINDS.get(base, "operation")
            add(name, kind, m.start(), end)
        for pos in code_words.get(n, ()):
            m = CODENAME.match(text, pos, zone.end)
            if m and _op_name_ok(m["name"]):
                add("Operation " + m["name"], "codename", m.start("name"), m.end("name"))
        for pos in known_words.get(n, ()):
            m = KNOWN_AS.match(text, pos, zone.end)
            if m is None or OPERATION.match(m["name"]):
                continue  # "known as 'Operation X'" is read as Operation X above
            lead = m["lead"].lower()
            name = ("Operation " if lead == "operation" else "") + m["name"]
            add(name, "codename", m.start("name"), m.end("name"))
    # A codename printed without a keyword ("known as 'Nightfall'") is named the same way
    # again later: each such mention is the operation's.
    for entry in found.values():
        if entry["kind"] != "codename":
            continue
        for printed in {m.text for m in entry["mentions"]}:
            first = printed.split()[0]
            for pos in doc.word_positions(first):
                end = pos + len(printed)
                if (
                    text.startswith(printed, pos)
                    and not text[end : end + 1].isalnum()
                    and doc.in_zone(pos)
                    and not overlaps((pos, end), [(m.start, m.end) for m in entry["mentions"]])
                ):
                    entry["mentions"].append(Span(pos, end, printed))
    ops = []
    for name, entry in found.items():
        mentions = sorted(entry["mentions"], key=lambda s: s.start)
        ops.append(
            FoundOperation(
                name=name,
                kind=entry["kind"],
                aliases=tuple(entry["aliases"]),
                mentions=tuple(mentions),
            )
        )
    ops.sort(key=lambda o: o.mentions[0].start)
    return ops


# --- organisations -------------------------------------------------------------------------

# Between two capitalised words of one name: a space, a plural possessive ("Magistrates’
# Court"), or a joining word ("Avon and Somerset Police", "Ministry of Justice").
_RUN_GAP = re.compile(r"[’']?\s+|\s+(?:and|of|&|for)\s+|(?<=St)\.\s+")
_TOKEN = re.compile(r"[A-Za-z][\w’'&.-]*[\w’']|[A-Za-z]|&")
_LOWER_UNIT = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2})(team|unit|squad)\b(?![\w-])")
_POSSESSIVE = ("’s", "'s")
_COMMON_OWNERS = wordset("children women men people young citizens victims king queen st")
MULTIWORD_ALIASES = [a for a in ALIAS_PATTERNS if " " in a]
# Each alias's words ("the" is not indexed), to tell cheaply whether the article can
# contain it.
_ALIAS_WORDS = {a: frozenset(a.split()) - {"the"} for a in MULTIWORD_ALIASES}
_ALIAS_RE = {a: re.compile(re.escape(a), re.IGNORECASE) for a in MULTIWORD_ALIASES}
_SPLIT_AFTER = UNIT_HEADS | COUNCIL_HEADS | COURT_HEADS
_ALL_HEADS = _SPLIT_AFTER | CHARITY_HEADS | GOVERNMENT_HEADS
_HEAD_WORDS = _ALL_HEADS | set(FORCE_ENDINGS) | set(FORCE_SUFFIXES) | {"Ministry", "Department"}


@dataclass
class _Org:
    name: str
    kind: str
    parent: str | None = None
    mentions: list = field(default_factory=list)


def _classify(words: list[str]) -> str | None:
    """The kind of organisation a run of capitalised words names, or None."""
    if not words:
        return None
    last = words[-1]
    n = len(words)
    if n >= 3 and last == "Force" and words[-2] == "Task":
        return "police_unit"  # "Border Smuggling Task Force"
    if n >= 2 and last in FORCE_ENDINGS:
        return "police_force"
    if n >= 2 and last in ("Office", "Department") and words[-2].startswith("Sheriff"):
        return "police_force"
    if n >= 3 and last in FORCE_SUFFIXES and words[-2] == "Police":
        return "police_force"
    if n >= 2 and last in UNIT_HEADS:
        return "police_unit"
    if n >= 2 and last in COUNCIL_HEADS:
        return "council"
    if n >= 2 and last in COURT_HEADS:
        return "court"
    if n >= 2 and last in CHARITY_HEADS:
        return "charity"
    if last in GOVERNMENT_HEADS and (n >= 3 or (n == 2 and words[0] in GOVERNMENT_FIRST_WORDS)):
        return "government"
    if words[0] == "Ministry" and n >= 3:
        return "government"
    if words[0] == "Department" and n >= 3 and words[1] in ("for", "of"):
        return "government"
    return None


def _canonical_org(name: str, kind: str) -> tuple[str, str]:
    alias = ALIASES.get(name.lower())
    if alias:
        return alias
    return name, kind


def find_organisations(doc: Doc, claimed: list[tuple[int, int]]) -> list[FoundOrganisation]:
    text = doc.text
    orgs: dict[str, _Org] = {}
    order: list[str] = []

    def add(name, kind, start, end, parent=None):
        name, kind = _canonical_org(name, kind)
        key = name.lower().replace("’", "'")
        org = orgs.get(key)
        if org is None:
            org = orgs[key] = _Org(name, kind, parent)
            order.append(key)
        elif parent and not org.parent:
            org.parent = parent
        org.mentions.append(Span(start, end, text[start:end]))
        return name

    # Multi-word nicknames ("the Met", "Scotland Yard"), looked for only when their words occur.
    aliases = [a for a in MULTIWORD_ALIASES if doc.has_all_lower(_ALIAS_WORDS[a])]
    for zone in doc.zones:
        for run in _cap_runs(doc, zone):
            pieces = _cut(*run, claimed) if overlaps(run, claimed) else [run]
            for ps, pe in pieces:
                if " " in text[ps:pe]:
                    _orgs_in_run(text, ps, pe, zone, add)
                else:
                    _org_word(text, ps, pe, add)
    for alias in aliases:
        for m in _ALIAS_RE[alias].finditer(text):
            s, e = m.span()
            zone = doc.zones[doc.zone_index(s)] if doc.zones else None
            if zone is None or not (zone.start <= s and e <= zone.end):
                continue
            if (s > zone.start and text[s - 1].isalnum()) or (e < zone.end and text[e].isalnum()):
                continue
            if alias.startswith("the "):
                s += 4
            if not text[s : s + 1].isupper() or overlaps((s, e), claimed):
                continue
            if not any(mn.start <= s < mn.end for o in orgs.values() for mn in o.mentions):
                add(text[s:e], ALIASES[alias][1], s, e)

    # "Tasmania Police" and "Tasmania Police Force" are one force: file the short form under
    # the long.
    for key in list(order):
        org = orgs[key]
        if org.kind != "police_force":
            continue
        for other_key in order:
            other = orgs[other_key]
            if other is org or other.kind != "police_force":
                continue
            if (
                other.name.lower().startswith(org.name.lower() + " ")
                and len(other.name.split()) == len(org.name.split()) + 1
            ):
                other.mentions.extend(org.mentions)
                order.remove(key)
                del orgs[key]
                break

    forces = [orgs[k].name for k in order if orgs[k].kind == "police_force"]
    result = []
    for key in order:
        org = orgs[key]
        parent = org.parent
        if parent is None and org.kind == "police_unit" and len(forces) == 1:
            parent = forces[0]
        mentions = tuple(sorted(org.mentions, key=lambda s: s.start))
        result.append(FoundOrganisation(org.name, org.kind, parent, mentions))
    return result


def _cap_runs(doc: Doc, zone: Span) -> list[tuple[int, int]]:
    """Spans of consecutive capitalised words, the candidates for organisation names."""
    text = doc.text
    runs = []
    start = end = None
    for s, e in doc.capitalised_in(zone.start, zone.end):
        if start is not None and (
            (s == end + 1 and text[end] == " ") or _RUN_GAP.fullmatch(text, end, s)
        ):
            end = e
            continue
        if start is not None:
            runs.append((start, end))
        start, end = s, e
    if start is not None:
        runs.append((start, end))
    return runs


def _cut(start, end, claimed):
    pieces = [(start, end)]
    for cs, ce in claimed:
        nxt = []
        for s, e in pieces:
            if cs < e and s < ce:
                if s < cs:
                    nxt.append((s, cs))
                if ce < e:
                    nxt.append((ce, e))
            else:
                nxt.append((s, e))
        pieces = nxt
    return [(s, e) for s, e in pieces if e - s > 1]


def _org_word(text, start, end, add):
    """One word names an organisation only as a known nickname ("Crimestoppers", "NSPCC")."""
    word = text[start:end]
    if word.endswith(_POSSESSIVE):
        word, end = word[:-2], end - 2
    alias = ALIASES.get(word.lower())
    if alias and word[:1].isupper():
        add(word, alias[1], start, end)


def _orgs_in_run(text, start, end, zone, add):
    if " " not in text[start:end]:
        _org_word(text, start, end, add)
        return
    # Most runs are names of people and places: only a head word ("Unit", "Police", "Court"),
    # a known nickname or a "team" after the run can make one an organisation.
    words = text[start:end].split()
    if not (
        _HEAD_WORDS.intersection(w.rstrip("’s'") for w in words)
        or any(w.lower() in ALIASES for w in words)
        or _LOWER_UNIT.match(text, end, zone.end)
        or "for" in words
        or "of" in words
    ):
        return
    tokens = [
        (m.group(), start + m.start(), start + m.end()) for m in _TOKEN.finditer(text[start:end])
    ]
    if not tokens:
        return
    # Split the run into pieces at possessive heads ("Command’s") and after complete force names.
    pieces = []
    current = []
    for i, tok in enumerate(tokens):
        word, s, e = tok
        if word in ("and", "&") and current and _classify([w for w, _, _ in current]):
            # "Medway Council and Crimestoppers": two names joined, not one.
            pieces.append(current)
            current = []
            continue
        is_possessive = word.endswith(_POSSESSIVE)
        bare = word[:-2] if is_possessive else word
        current.append((bare, s, e - 2 if is_possessive else e))
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else None
        if is_possessive:
            owner = [w for w, _, _ in current if w[:1].isupper()]
            if _classify(owner) or " ".join(owner).lower() in ALIASES:
                pieces.append(current)
                current = []
                continue
            current[-1] = (word, s, e)
            continue
        ends_force = (
            bare in FORCE_SUFFIXES and len(current) >= 3 and current[-2][0] == "Police"
        ) or (bare == "Constabulary" and len(current) >= 2)
        # Split after a complete name unless the next word is itself a head ("East Area
        # Command Unit" is one name).
        if (
            nxt
            and nxt[:1].isupper()
            and nxt not in _ALL_HEADS
            and (ends_force or bare in _SPLIT_AFTER)
        ):
            pieces.append(current)
            current = []
    if current:
        pieces.append(current)

    parent = None
    for n, piece in enumerate(pieces):
        # Leading sentence words ("The", "Officers from") are not part of the name.
        while piece and (
            (n == 0 and _leading_noise(text, zone, piece[0])) or not piece[0][0][:1].isupper()
        ):
            piece = piece[1:]
        while piece and not piece[-1][0][:1].isupper():
            piece = piece[:-1]
        # "Leeds’s Major Crime Unit": the place that owns a unit is not part of its name; the
        # owners in "Women’s Aid" or "Children’s Society" are common nouns and stay.
        if (
            len(piece) >= 3
            and piece[0][0].endswith(_POSSESSIVE)
            and piece[0][0][:-2].lower() not in _COMMON_OWNERS
            and _classify([w for w, _, _ in piece[1:]])
        ):
            piece = piece[1:]
        if not piece:
            continue
        words = [w for w, _, _ in piece]
        s, e = piece[0][1], piece[-1][2]
        kind = _classify(words)
        is_last = n == len(pieces) - 1
        if is_last:
            after = _LOWER_UNIT.match(text, e, zone.end)
            before = text[max(zone.start, s - 4) : s]
            if after and before.lower().endswith("the ") and kind != "police_unit":
                e = after.end()
                kind = "police_unit"
                words = words + after.group().split()
        if kind is None:
            alias = ALIASES.get(" ".join(words).lower())
            if alias:
                kind = alias[1]
        if kind is None:
            parent = None
            continue
        parent = add(text[s:e], kind, s, e, parent) if kind else None


def _leading_noise(text: str, zone: Span, token) -> bool:
    """Whether a run's first word is the sentence's, not the name's ("Officers from …")."""
    word, start, _end = token
    if word not in LEADING_NOISE:
        return False
    if word not in NOISE_AT_SENTENCE_START:
        return True
    before = text[zone.start : start].rstrip(" \t" + QUOTE_CHARS)
    return not before or before[-1] in ".!?:;"


_CAPITAL_WORD_END = re.compile(r"[A-Z][\w’']*\s+$")
_CAPITALISED_BEFORE = re.compile(r"([A-Z][a-z]+)\s+$")
_CAPITALISED_AFTER = re.compile(r" [A-Z][a-z]")
_NAME_AND = re.compile(r"[A-Z][a-z]+\s+and\s+$")
_NOT_A_ROLE = re.compile(r"(?:who|whose|which|where|when|and|but|said)\b")
_ARTICLE_START = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_PREPOSITION_END = re.compile(r"\s+(?:in|of|at|for|on)(?:\s+the)?$")
_CLAUSE_WORDS = re.compile(r"(?:^|\s)(?:the|a|an|and|as|by|with)\s+")
_OFFICIAL_ROLE = re.compile(r"spokes|officer|police|detective")

# --- people --------------------------------------------------------------------------------

_AGE = re.compile(r"\s*,\s*(?:aged\s+)?\d{1,3}\s*,|\s*\(\d{1,3}\)")
_APPOSITIVE = re.compile(
    r"\s*,\s*(?P<app>[^,.;:“”\"][^,.;:]{1,119}?)(?:\s*,|\s+(?=" + SPEECH_VERB_RE + r"))"
)
_SV = SPEECH_VERB_RE
# After a bare name, words that show it is a person's: an age, an appositive, a speech verb,
# or what happens to people in court reports.
_AFTER_PERSON = re.compile(
    r"(?:’s|'s)?\s*(?:,\s*(?:\d{1,3}\s*,|aged\b|the\b|a\b|an\b|who\b|whose\b|of\b|from\b)"
    r"|\s*\(\d{1,3}\)"
    rf"|\s*,[^,.;:“”\"]{{2,100}}?,\s*{_SV}|\s+{_SV}"
    r"|\s+(?:was|has\s+been|had\s+been|is|were)\s+(?:\w+\s+)?(?:jailed|sentenced|charged"
    r"|convicted|arrested|found|stabbed|killed|murdered|shot|attacked|injured|given|ordered"
    r"|banned|remanded|named|cleared|acquitted|fined|bailed|detained|responsible|described"
    r"|appointed|quoted|speaking|leading|heading|assaulted|robbed|threatened|hurt|taken"
    r"|treated|identified|reported|missing|wanted|released|interviewed|questioned)\b"
    r"|\s+(?:pleaded|admitted|denied|denies|appeared|stabbed|killed|murdered|attacked|shot"
    r"|punched|robbed|died|fled|led|leads|heads|runs|chairs)\b)"
)
# The word before a bare name that shows it is a person's ("stabbed Lee Chapman").
_PERSON_BEFORE_WORDS = wordset(
    """
    stabbed killed murdered attacked assaulted shot robbed punched victim spokesman spokeswoman
    spokesperson leader chairman chairwoman chair resident neighbour father mother son daughter
    wife husband partner brother sister friend boss director manager owner founder executive
    coordinator co-ordinator worker campaigner defendant teenager prosecutor prosecuting
    defending barrister solicitor lawyer councillor mp by and
    """
)
_PERSON_BEFORE_PAIRS = frozenset({"named as", "identified as"})

_SPEECH_WORDS = frozenset(v.split()[0] for v in SPEECH_VERBS)
_ROLE_WORDS = wordset(
    """
    spokesman spokeswoman spokesperson leader chairman chairwoman chair director manager
    executive boss officer coordinator co-ordinator commissioner campaigner founder head resident
    neighbour councillor mp ringleader
    """
)
_PRE_ROLE = re.compile(
    r"(?P<role>(?:[A-Za-z’'-]+\s+){0,3}(?:spokesman|spokeswoman|spokesperson|leader|chairman"
    r"|chairwoman|chair|director|manager|chief\s+executive|boss|officer|coordinator"
    r"|co-ordinator|commissioner|campaigner|founder|head|resident|neighbour|councillor|MP"
    r"|ringleader))\s+$",
    re.IGNORECASE,
)
_LEADING_ROLE = re.compile(
    r"\s+(?:has\s+been|is|was|had\s+been)\s+(?P<role>(?:leading|heading|running|in\s+charge\s+of)"
    r"\s+the\s+[A-Z][^,.;]{2,80}?)(?=[,.;]|\s+(?:for|since|with|and)\b)"
)
_RELATIVES = register_words(
    wordset(
        """
        son daughter brother sister husband wife partner boyfriend girlfriend father mother dad
        mum friend nephew niece grandson granddaughter cousin stepson stepdaughter baby toddler
        """
    )
)
_RELATIVE_GENDER = {
    **dict.fromkeys(
        wordset("son brother husband boyfriend father dad nephew grandson stepson"), "m"
    ),
    **dict.fromkeys(
        wordset("daughter sister wife girlfriend mother mum niece granddaughter stepdaughter"), "f"
    ),
}
_PRONOUN_AFTER = re.compile(r"\b(he|his|him|she|her)\b", re.IGNORECASE)
_RELATIVE_NAME = re.compile(r"[a-z]+,?\s+(?P<name>[A-Z][a-z]+)\b(?!\s+[A-Z])(?![’'-])")
_VICTIM_BEFORE = re.compile(
    r"(?:stabbed|killed|murdered|attacked|assaulted|shot|robbed|punched|raped|injured|victim"
    r"|death\s+of|murder\s+of|killing\s+of)\s+$",
    re.IGNORECASE,
)
_DEFENDANT_AFTER = re.compile(
    r"(?:’s|'s)?\s*(?:,[^.]{0,80}?,\s*)?(?:was|has\s+been|had\s+been|is|were|has|had|have)?\s*"
    r"(?:jailed|sentenced|charged|convicted|pleaded|admitted|denied|denies|appeared|found\s+guilty"
    r"|remanded|stabbed|killed|murdered|attacked|shot|given|ordered\s+to|received)\b"
)
_DEFENDANT_BEFORE = re.compile(
    r"(?:jailed|sentenced|convicted|charged|prosecuted|fined|remanded|defendant)\s+$",
    re.IGNORECASE,
)
_DEFENDANT_AFTER_AGE = re.compile(r"\s*,\s*(?:aged\s+)?\d{1,3}\s*,\s*of\b")


@dataclass
class _Person:
    name: str
    first: Span
    title_printed: str | None = None
    title: str | None = None
    role: str | None = None
    organisation: str | None = None
    gender: str | None = None
    kind: str = "member_of_public"
    mentions: list = field(default_factory=list)
    victim: bool = False
    defendant: bool = False

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@dataclass
class PeopleIndex:
    """People found, and every mention in document order (for resolving "he" and "the officer")."""

    people: list[FoundPerson]
    mentions: list[tuple[int, int, str]]  # (start, end, canonical name), sorted

    def at(self, start: int, end: int) -> list[tuple[int, int, str]]:
        return [m for m in self.mentions if start <= m[0] and m[1] <= end]

    def by_name(self, name: str) -> FoundPerson | None:
        for p in self.people:
            if p.name == name:
                return p
        return None


def titled_mentions(doc: Doc, claimed):
    """Rank- or title-led names ("Det Chief Insp Lewis Basford", "Mr Lyle"), in order."""
    text = doc.text
    out = []
    triggers = _by_zone(doc.positions(TITLE_TRIGGERS, exact=True), doc.zones)
    for n in sorted(triggers):
        zone = doc.zones[n]
        reached = zone.start
        for pos in triggers[n]:
            if pos < reached:
                continue
            m = TITLED_NAME.match(text, pos, zone.end)
            if m is None:
                continue
            reached = m.end()
            ts, te = m.span("title")
            title = m["title"]
            # "Essex Police Chief Constable X": "Police" belongs to the force's name.
            if title.startswith("Police ") and _CAPITAL_WORD_END.search(text, zone.start, ts):
                ts += len("Police ")
                title = text[ts:te]
                if not title.strip():
                    continue
            if overlaps((ts, m.end("name")), claimed):
                continue
            out.append((ts, m.end("name"), title, m.start("name"), m["name"]))
    return out


def find_people(
    doc: Doc,
    claimed: list[tuple[int, int]],
    titled: list,
    organisations: list[FoundOrganisation],
    byline: str | None,
) -> PeopleIndex:
    text = doc.text
    people: dict[str, _Person] = {}
    order: list[str] = []
    raw_mentions: list[tuple[int, int, str]] = []
    org_spans = [(m.start, m.end, o.name) for o in organisations for m in o.mentions]
    forces = [o.name for o in organisations if o.kind == "police_force"]
    taken = list(claimed) + [(s, e) for s, e, *_ in titled]
    byline_key = (byline or "").lower()

    def person_for(name: str, span: Span) -> _Person:
        p = people.get(name)
        if p is None:
            p = people[name] = _Person(name, span)
            order.append(name)
        return p

    single_titled = []
    for s, e, title, ns, name in titled:
        if name.lower() == byline_key:
            continue
        if len(name.split()) == 1:
            single_titled.append((s, e, title, ns, name))
            continue
        p = person_for(name, Span(s, e, text[s:e]))
        hon = HONORIFIC.fullmatch(title)
        if hon:
            p.gender = p.gender or _gender(title)
        elif p.title is None:
            p.title_printed = " ".join(title.split())
            p.title = normalise_title(title)
        p.mentions.append(Span(s, e, text[s:e]))
        raw_mentions.append((s, e, name))

    # Names without a title, where the sentence around them says they are a person.
    for zone in doc.zones:
        for s, e in _bare_names(doc, zone):
            name = text[s:e]
            if overlaps((s, e), taken):
                continue
            if name.lower() == byline_key:
                continue
            if name in people or _person_context(doc, s, e, zone, claimed):
                p = person_for(name, Span(s, e, name))
                p.mentions.append(Span(s, e, name))
                raw_mentions.append((s, e, name))
                taken.append((s, e))

    # A first name alone after a family word ("her son Jayden"): a person named only so.
    relatives = _by_zone(doc.positions(_RELATIVES), doc.zones)
    for n in sorted(relatives):
        zone = doc.zones[n]
        for s in relatives[n]:
            m = _RELATIVE_NAME.match(text, s, zone.end)
            if not m or overlaps(m.span("name"), taken):
                continue
            name = m["name"]
            if name.lower() in NOT_NAME_WORDS or any(name in n.split() for n in people):
                continue
            ns, ne = m.span("name")
            p = person_for(name, Span(ns, ne, name))
            p.gender = p.gender or _RELATIVE_GENDER.get(text[s:ns].split()[0].rstrip(",").lower())
            p.mentions.append(Span(ns, ne, name))
            raw_mentions.append((ns, ne, name))
            taken.append((ns, ne))

    # Titles with a surname only ("Mr Lyle", "DCI Basford"): the person of that surname.
    for s, e, title, _ns, name in single_titled:
        match = [p for p in people.values() if p.surname == name]
        if match:
            p = min(match, key=lambda p: abs(p.first.start - s))
        else:
            p = person_for(name, Span(s, e, text[s:e]))
        if HONORIFIC.fullmatch(title):
            p.gender = p.gender or _gender(title)
        elif p.title is None:
            p.title_printed = " ".join(title.split())
            p.title = normalise_title(title)
        p.mentions.append(Span(s, e, text[s:e]))
        raw_mentions.append((s, e, p.name))
        taken.append((s, e))

    # Surname alone, later on ("Thompson was jailed"): the most recent person of that name.
    surnames = {}
    for name in order:
        surnames.setdefault(people[name].surname, []).append(name)
    for surname, names in surnames.items():
        for s in doc.word_positions(surname):
            e = s + len(surname)
            zi = doc.zone_index(s)
            if zi < 0 or e > doc.zones[zi].end or overlaps((s, e), taken):
                continue
            if _inside_other_name(text, doc.zones[zi], s, e):
                continue
            name = names[0]
            if len(names) > 1:
                before = [(ms, n) for ms, _me, n in raw_mentions if n in names and ms < s]
                name = max(before)[1] if before else names[0]
            people[name].mentions.append(Span(s, e, text[s:e]))
            raw_mentions.append((s, e, name))

    # "Sharon Ellis said her son…": the first pronoun after a mention, before anybody else is
    # named in the sentence, tells whether to read a later "she" as her.
    raw_mentions.sort()
    for k, (ms, me, name) in enumerate(raw_mentions):
        p = people[name]
        if p.gender:
            continue
        stop = doc.sentence_at(ms)[1]
        if k + 1 < len(raw_mentions):
            stop = min(stop, raw_mentions[k + 1][0])
        pronoun = _PRONOUN_AFTER.search(text, me, max(me, stop))
        if pronoun:
            p.gender = "m" if pronoun.group(1).lower() in ("he", "his", "him") else "f"

    # Role, organisation and kind, from the words around each person's mentions.
    for name in order:
        p = people[name]
        full = [m for m in p.mentions if p.name in m.text]
        if full:
            p.first = min(full, key=lambda sp: sp.start)
        _describe(doc, p, org_spans, forces)

    found = []
    for name in order:
        p = people[name]
        mentions = tuple(sorted(p.mentions, key=lambda sp: sp.start))
        found.append(
            FoundPerson(
                name=p.name,
                rank_or_title=p.title,
                rank_as_printed=p.title_printed,
                role=p.role,
                organisation=p.organisation,
                kind=p.kind,
                mentions=mentions,
                first=p.first,
                gender=p.gender,
            )
        )
    raw_mentions.sort()
    return PeopleIndex(found, raw_mentions)


# What each capitalised word is as part of a name, remembered across articles: the same few
# thousand words (places, forces, first names) come back in every story.
_NAME_WORDS: dict[str, tuple[bool, int, bool]] = {}


def _name_word(word: str) -> tuple[bool, int, bool]:
    """(possessive, length without "’s", whether it can be part of a person's name)."""
    possessive = word.endswith(("’s", "'s"))
    base = word[:-2] if possessive else word
    low = base.lower()
    ok = (
        low not in NOT_NAME_WORDS
        and low not in PLACE_WORDS
        and NAME_TOKEN.fullmatch(base) is not None
    )
    if len(_NAME_WORDS) > 50_000:
        _NAME_WORDS.clear()
    found = _NAME_WORDS[word] = (possessive, len(base), ok)
    return found


def _bare_names(doc: Doc, zone: Span):
    """Runs of two or three capitalised name-like words ("Tony Cox", "Tyrell Thompson")."""
    text = doc.text
    runs, current = [], []
    for s, e in doc.capitalised_in(zone.start, zone.end):
        word = text[s:e]
        found = _NAME_WORDS.get(word)
        if found is None:
            found = _name_word(word)
        possessive, size, ok = found
        joined = ok and current and text[current[-1][1] : s].isspace()
        if joined:
            current.append((s, s + size))
        else:
            if len(current) >= 2:
                runs.append(current)
            current = [(s, s + size)] if ok else []
        if possessive and current:
            if len(current) >= 2:
                runs.append(current)
            current = []
    if len(current) >= 2:
        runs.append(current)
    names = []
    for run in runs:
        for i in range(0, len(run), 3):
            chunk = run[i : i + 3]
            if len(chunk) >= 2:
                names.append((chunk[0][0], chunk[-1][1]))
    return names


def _inside_other_name(text: str, zone: Span, s: int, e: int) -> bool:
    """Whether a surname match is part of somebody else's full name ("Sarah Thompson")."""
    prev = _CAPITALISED_BEFORE.search(text, max(zone.start, s - 25), s)
    if prev and prev.group(1).lower() not in SENTENCE_OPENERS | NOT_NAME_WORDS:
        return True
    return _CAPITALISED_AFTER.match(text, e, e + 3) is not None


def _gender(title: str) -> str | None:
    t = title.rstrip(".").lower()
    return {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}.get(t)


def _person_context(doc: Doc, s: int, e: int, zone: Span, claimed) -> bool:
    text = doc.text
    if _AFTER_PERSON.match(text, e, zone.end):
        return True
    before = text[max(zone.start, s - 40) : s]
    last = words_before(text, s, max(zone.start, s - 40), 2)
    if last and (
        last[-1][0] in _PERSON_BEFORE_WORDS or " ".join(w for w, _ in last) in _PERSON_BEFORE_PAIRS
    ):
        # "and" only counts between two people ("Smith and Jane Doe"): the word before must be
        # a capitalised name.
        if before.rstrip().endswith(" and"):
            return bool(_NAME_AND.search(before))
        return True
    # The surname used again on its own elsewhere: not inside an organisation's name ("Kent
    # Police") and not followed by another capitalised word.
    surname = text[s:e].split()[-1]
    for pos in doc.word_positions(surname):
        if not (s <= pos < e) and not overlaps((pos, pos + 1), claimed):
            if _CAPITALISED_AFTER.match(text, pos + len(surname), pos + len(surname) + 3):
                continue
            prev = words_before(text, pos, max(0, pos - 20), 1)
            if not prev:
                return True
            word, start = prev[0]
            # Not part of somebody else's name, unless that is a title ("Mr Thompson").
            if word.rstrip(".") in HONORIFICS or not text[start].isupper():
                return True
    return False


def _describe(doc: Doc, p: _Person, org_spans, forces):
    text = doc.text
    first = p.first
    zone = doc.zones[max(0, doc.zone_index(first.start))]
    rank = p.title or ""
    police = bool(p.title_printed) and is_police_rank(p.title_printed)

    app = _APPOSITIVE.match(text, first.end, zone.end)
    if app and not _AGE.match(text, first.end, zone.end):
        phrase = app["app"].strip()
        ps = app.start("app")
        org_inside = [(s, e, n) for s, e, n in org_spans if ps <= s and e <= app.end("app")]
        lowered = phrase.lower()
        if lowered.startswith(("of ", "from ", "at ")):
            if org_inside:
                p.organisation = org_inside[-1][2]  # the most specific: the unit, not its force
        elif not _NOT_A_ROLE.match(lowered):
            role = _ARTICLE_START.sub("", phrase)
            if org_inside:
                os_, oe, oname = org_inside[-1]
                tail = text[ps:os_].rstrip()
                cut = _PREPOSITION_END.search(tail)
                if cut and oe >= app.end("app") - 1:
                    role = _ARTICLE_START.sub("", tail[: cut.start()])
                p.organisation = oname
            p.role = role.strip() or None
    if p.role is None:
        lead = _LEADING_ROLE.match(text, first.end, zone.end)
        if lead:
            p.role = lead["role"]
    word_before = text[max(zone.start, first.start - 20) : first.start].split()[-1:]
    if p.role is None and word_before and word_before[0].lower() in _ROLE_WORDS:
        lo = max(zone.start, first.start - 60)
        pre = _PRE_ROLE.search(text, lo, first.start)
        if pre and pre.end() == first.start:
            role_start = pre.start("role")
            # "Chelmsford City Council leader Stephen Robinson": the council is the
            # organisation, "leader" the role.
            for os_, oe, oname in org_spans:
                if lo <= os_ and role_start < oe < pre.end("role"):
                    p.organisation = p.organisation or oname
                    role_start = oe
            role = text[role_start : pre.end("role")]
            # Only from the start of the clause: drop words up to a determiner or a verb
            # ("added resident Mia Lund").
            words = _CLAUSE_WORDS.split(role)[-1].split()
            while words and words[0].lower() in _SPEECH_WORDS:
                words.pop(0)
            p.role = " ".join(words) or None

    # Who they are.
    for m in p.mentions:
        before = text[max(zone.start, m.start - 30) : m.start]
        if _VICTIM_BEFORE.search(before):
            p.victim = True
        if (
            _DEFENDANT_AFTER.match(text, m.end)
            or _DEFENDANT_AFTER_AGE.match(text, m.end)
            or _DEFENDANT_BEFORE.search(before)
        ):
            p.defendant = True
    role_l = (p.role or "").lower()
    if police or rank in COURT_TITLES or "judge" in rank.lower():
        p.kind = "official"
    elif rank and ELECTED_WORDS.search(rank) or ELECTED_WORDS.search(role_l):
        p.kind = "elected_official"
    elif p.defendant and not p.victim:
        p.kind = "defendant"
    elif p.victim:
        p.kind = "victim"
    elif _OFFICIAL_ROLE.search(role_l):
        p.kind = "official"
    if p.organisation is None and p.kind == "official" and police and len(forces) == 1:
        p.organisation = forces[0]
