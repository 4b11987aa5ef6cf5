"""Named police operations: "Operation Sceptre", "Op Falcon", "Strike Force Kestrel", and
campaigns named only by a codename ("the crackdown, known as ‘Nightfall’")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from articles.extraction.document import Doc, register_words
from articles.extraction.headers import Span
from articles.extraction.lexicon.operations import (
    CODENAME_WORDS,
    DETERMINERS,
    EDITION_NUMERALS,
    KNOWN_AS_LEADS,
    NAMING_WORDS,
    OPERATION_KEYWORDS,
)
from articles.extraction.lexicon.people import NOT_NAME_WORDS
from articles.extraction.lexicon.words import words_pattern
from articles.extraction.lexicon.wordsets import LETTER_CLASS, UPPER_CLASS
from articles.extraction.spans import SpanIndex, by_zone
from articles.extraction.types import FoundOperation
from articles.extraction.vocabulary import OperationKind


def _keyword_re(printed: str) -> str:
    pattern = re.escape(printed.removesuffix(".")).replace(r"\ ", r"\s+")
    return pattern + (r"\.?" if printed.endswith(".") else "")


def _keyword_key(printed: str) -> str:
    """A keyword as looked up: "Op." and "Op" are one, "Strike  Force" and "Strike Force" too."""
    return " ".join(printed.split()).removesuffix(".")


# A name word: a capital, accented ones included ("Fáinne"), then letters, digits, joiners.
_OP_NAME = rf"{UPPER_CLASS}(?:{LETTER_CLASS}|[0-9’'-])*(?:{LETTER_CLASS}|[0-9])|{UPPER_CLASS}"
OPERATION = re.compile(
    r"(?<![\w-])(?P<kw>"
    + "|".join(_keyword_re(k) for k in OPERATION_KEYWORDS)
    + r")\s+(?P<q>[‘'“\"])?(?P<name>(?:"
    + _OP_NAME
    + r")"
    r"(?:\s+(?:" + _OP_NAME + r"))?)(?P<q2>[’'”\"])?"
)
# A keyword's first word is never a codename: "codenamed Operation Trident" is read by its keyword.
_KEYWORD_FIRST_WORDS = {k.split()[0].removesuffix(".") for k in OPERATION_KEYWORDS}
CODENAME = re.compile(
    r"\b"
    + words_pattern(CODENAME_WORDS)
    + r"\s+[‘'“\"]?(?P<name>(?!"
    + words_pattern(_KEYWORD_FIRST_WORDS)
    + r"\b)"
    + UPPER_CLASS
    + r"[\w-]+)[’'”\"]?"
)
KNOWN_AS = re.compile(
    r"\b(?P<lead>(?i:"
    + words_pattern(KNOWN_AS_LEADS)
    + r"))\b[^.;]{0,60}?\b"
    + words_pattern(NAMING_WORDS)
    + r"\s+(?:as\s+)?[‘'“\"]"
    r"(?P<name>" + UPPER_CLASS + r"[\w’'-]*(?:\s" + UPPER_CLASS + r"[\w’'-]*){0,2})[’'”\"]"
)


class Rule(NamedTuple):
    """A way of finding an operation, by the name the review queue shows, and how sure it is."""

    name: str
    confidence: float


# "Operation Sceptre", "Strike Force Kestrel": a capitalised keyword and a capitalised name.
KEYWORD_NAME = Rule("operation-keyword-name", 1.0)
# "operation Erasure", "Op Falcon": a keyword in lower case or abbreviated.
WEAK_KEYWORD_NAME = Rule("weak-keyword-name", 0.85)
# "Operation Desert Storm" read as "Operation Desert": two capitalised words after the keyword,
# unquoted, of which only the first is taken, since the second more often begins a sentence.
NAME_CUT_SHORT = Rule("name-cut-at-one-word", 0.4)
# "Operation F": a one-letter name is more often the start of a word the pattern cannot read.
ONE_LETTER_NAME = Rule("one-letter-name", 0.3)
_NAME_DOUBTS = (NAME_CUT_SHORT, ONE_LETTER_NAME)
# "an inquiry codenamed Trident".
CODENAMED = Rule("codenamed-word", 0.9)
# "the crackdown, known as ‘Nightfall’": a name in quote marks after a campaign word.
CODENAME_IN_QUOTES = Rule("codename-in-quotes", 0.7)

_OPENING_MARKS = frozenset("‘'“\"")
_KEYWORDS = {_keyword_key(k): v for k, v in OPERATION_KEYWORDS.items()}
_KEYWORD_WORDS = register_words(frozenset(w.lower() for w in _KEYWORD_FIRST_WORDS))
_CODENAME_WORDS = register_words(CODENAME_WORDS)
_NAMING_WORDS = register_words(NAMING_WORDS)
_KNOWN_AS_LEADS = register_words(KNOWN_AS_LEADS)


@dataclass
class _Operation:
    kind: str
    rule: Rule
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    spans: SpanIndex = field(default_factory=SpanIndex)

    def overlaps(self, start: int, end: int) -> bool:
        return self.spans.overlaps(start, end)

    def mention(self, start: int, end: int, printed: str) -> None:
        self.mentions.append(Span(start, end, printed))
        self.spans.add(start, end)


class _Operations(dict[str, _Operation]):
    """Operations by name, in the order first found, with every spelling and mention."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text
        self.spelt: dict[str, str] = {}

    def add(self, name: str, kind: str, start: int, end: int, rule: Rule) -> None:
        # "Operation Iron Ledger" and "Operation Ironledger": a codename written as two words
        # and as one is one operation, filed under the spelling found first.
        name = self.spelt.setdefault("".join(name.lower().split()), name)
        op = self.get(name)
        if op is None:
            op = self[name] = _Operation(kind, rule)
        elif op.rule not in _NAME_DOUBTS and (
            rule in _NAME_DOUBTS or rule.confidence > op.rule.confidence
        ):
            # The surest of the ways the article names it, unless one of its mentions casts
            # doubt on the name itself.
            op.rule = rule
        printed = self.text[start:end]
        if printed not in op.aliases:
            op.aliases.append(printed)
        if not op.overlaps(start, end):
            op.mention(start, end, printed)


def _op_name_ok(word: str) -> bool:
    return word.lower().strip("’'") not in NOT_NAME_WORDS


def find_operations(doc: Doc) -> list[FoundOperation]:
    """Every operation the headline, standfirst and body name, in order of first mention."""
    text = doc.text
    found = _Operations(text)
    headline = doc.source.headline_span
    zones = [headline, *doc.zones] if headline is not None else list(doc.zones)
    keyword_words = by_zone(doc.positions(_KEYWORD_WORDS), zones)
    code_words = by_zone(doc.positions(_CODENAME_WORDS), zones)
    known_words = {}
    if doc.has_word(_NAMING_WORDS):
        known_words = by_zone(doc.positions(_KNOWN_AS_LEADS), zones)
    matches = {
        pos: m
        for n, positions in keyword_words.items()
        for pos in positions
        if (m := OPERATION.match(text, pos, zones[n].end))
    }
    repeated = _repeated_pairs(matches.values())
    for n in sorted(keyword_words.keys() | code_words.keys() | known_words.keys()):
        zone = zones[n]
        for pos in keyword_words.get(n, ()):
            if pos in matches:
                _keyword_operation(matches[pos], zone, zone is headline, repeated, found)
        for pos in code_words.get(n, ()):
            m = CODENAME.match(text, pos, zone.end)
            if m and _op_name_ok(m["name"]):
                found.add(
                    "Operation " + m["name"], OperationKind.CODENAME, *m.span("name"), CODENAMED
                )
        for pos in known_words.get(n, ()):
            _known_as(text, pos, zone, found)
    _codenames_again(doc, found)
    ops = [
        FoundOperation(
            name=name,
            kind=op.kind,
            aliases=tuple(op.aliases),
            mentions=tuple(sorted(op.mentions, key=lambda s: s.start)),
            rule=op.rule.name,
            confidence=op.rule.confidence,
        )
        for name, op in found.items()
    ]
    ops.sort(key=lambda o: o.mentions[0].start)
    return ops


_CLAUSE_STOPS = (",", ";", ":", ")")
_EDITION = re.compile(
    r"\s+(?P<numeral>" + "|".join(sorted(EDITION_NUMERALS, key=len, reverse=True)) + r")(?![\w’'-])"
)


def _repeated_pairs(matches) -> frozenset[str]:
    """Two-word names the article prints more than once after a keyword: a name, where a
    capitalised word after a one-word name is the next phrase's and seldom comes back."""
    seen: set[str] = set()
    repeated: set[str] = set()
    for m in matches:
        if len(words := m["name"].split()) == 2:
            pair = " ".join(words)
            (repeated if pair in seen else seen).add(pair)
    return frozenset(repeated)


def _keyword_operation(
    m: re.Match, zone: Span, in_headline: bool, repeated: frozenset[str], found
) -> None:
    """A keyword and the name after it: "Operation Sceptre", "Op. Falcon", "Project Lantern"."""
    text = m.string
    kw = " ".join(m["kw"].split())
    words = m["name"].split()
    if not _op_name_ok(words[0]):
        return
    if kw == "operation":
        before = text[max(zone.start, m.start() - 12) : m.start()].split()
        if before and before[-1].lower() in DETERMINERS:
            return  # "the operation Viper…", "a police operation Monday"
    # Two-word names inside quote marks ("Operation ‘Blue Tide’", "“Operation Blue Tide”") or
    # printed so more than once: otherwise the next capitalised word is more often the next
    # phrase's ("Operation Kestrel Detectives said").
    quoted = m["q"] is not None or text[m.start() - 1 : m.start()] in _OPENING_MARKS
    quoted = quoted or " ".join(words) in repeated
    # A pair the sentence closes with a comma or a bracket is one name: "named Operation Tin
    # Kettle, it ran…".
    quoted = quoted or text.startswith(_CLAUSE_STOPS, m.end("name"))
    # "Operation Harbour Tide III": an edition's numeral closes the name, which is whole.
    edition = _EDITION.match(text, m.end("name"))
    if edition or (len(words) > 1 and words[-1] in EDITION_NUMERALS):
        quoted = True
    cut_short = False
    if len(words) > 1 and (
        (in_headline and " ".join(words) not in repeated) or not _op_name_ok(words[1]) or not quoted
    ):
        cut_short = not in_headline and _op_name_ok(words[1])
        words = words[:1]
    end = m.start("name") + len(words[0]) if len(words) == 1 else m.end("name")
    if edition and end == m.end("name"):
        words.append(edition["numeral"])
        end = edition.end()
    # "Operation Kestrel's second phase": the possessive is not part of the name.
    if words[-1].endswith(("’s", "'s")) and len(words[-1]) > 3:
        words[-1] = words[-1][:-2]
        end -= 2
    if m["q"] and m["q2"] and end == m.end("name"):
        end = m.end()
    keyword = _KEYWORDS[_keyword_key(kw)]
    found.add(
        keyword.filed_as + " " + " ".join(words),
        keyword.kind,
        m.start(),
        end,
        _keyword_rule(kw, keyword.filed_as, words, cut_short=cut_short),
    )


def _keyword_rule(printed: str, filed_as: str, words: list[str], *, cut_short: bool) -> Rule:
    """How sure a keyword and the name taken after it are, the doubts first."""
    if len(words) == 1 and len(words[0]) == 1:
        return ONE_LETTER_NAME
    if cut_short:
        return NAME_CUT_SHORT
    # Printed in full and capitalised, as a name begins: "Operation", "OPERATION", "Strike Force".
    if printed[0].isupper() and printed.lower() == filed_as.lower():
        return KEYWORD_NAME
    return WEAK_KEYWORD_NAME


def _known_as(text: str, pos: int, zone: Span, found) -> None:
    """A codename in quote marks after a campaign word: "the crackdown, known as ‘Nightfall’"."""
    m = KNOWN_AS.match(text, pos, zone.end)
    if m is None or OPERATION.match(m["name"]):
        return  # "known as 'Operation X'" is read as Operation X by its keyword
    prefix = "Operation " if m["lead"].lower() == "operation" else ""
    found.add(prefix + m["name"], OperationKind.CODENAME, *m.span("name"), CODENAME_IN_QUOTES)


def _codenames_again(doc: Doc, found: _Operations) -> None:
    """A codename printed without a keyword ("known as 'Nightfall'") may be named the same way
    again later: each such mention is the operation's."""
    text = doc.text
    codename = OperationKind.CODENAME
    for op in found.values():
        if op.kind != codename:
            continue
        for printed in {m.text for m in op.mentions}:
            for pos in doc.word_positions(printed.split()[0]):
                end = pos + len(printed)
                if (
                    text.startswith(printed, pos)
                    and not text[end : end + 1].isalnum()
                    and doc.in_zone(pos)
                    and not op.overlaps(pos, end)
                ):
                    op.mention(pos, end, printed)
