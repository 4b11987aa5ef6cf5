"""Who said a quote: the attribution tag around it, and whom "he" or "the officer" means.

A quote's speaker is read from the clause before its first mark ("Chief Inspector X, the
commander, said:") or the tag after a closing mark ('," he added.'). The clause names the
speaker outright, or by a pronoun next to the speech verb, or by a role noun ("the officer");
a pronoun or role noun points back at the most recent person named outside quotes who fits.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from articles.extraction.document import WORD, Doc
from articles.extraction.headers import Span
from articles.extraction.lexicon.quotes import (
    JUDGING_WORDS,
    PRONOUN_WORDS,
    ROLE_LEAD_WORDS,
    ROLE_NOUN_RE,
    ROLE_NOUNS,
    SPEECH_VERB_RE,
    SPEECH_WORDS,
    SUBJECT_PRONOUNS,
    Role,
)
from articles.extraction.lexicon.ranks import DOTTED_WORDS
from articles.extraction.people import PeopleIndex
from articles.extraction.quotemarks import Segment
from articles.extraction.types import FoundPerson

_VERB_AT = re.compile(SPEECH_VERB_RE, re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:of|into|against|on|about|with|for|from|to|by|after|over|at|than)\s+$", re.IGNORECASE
)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+$", re.IGNORECASE)
# The words after a closing mark, up to the end of their sentence: '," Mr Lyle said.' The full
# stop of "Capt." or "Sgt." does not end it: '," said Harbour Police Department Capt. Jo Reyes.'
# The look-behinds are tried only once a full stop has matched, not at every character.
_NOT_AFTER_TITLE = "".join(rf"(?<!\b{re.escape(word)}\.)" for word in DOTTED_WORDS)
TAIL = re.compile(r"\s*[,.]?\s*(?P<body>[^“”\"‘]{0,160}?)(?:\." + _NOT_AFTER_TITLE + r"|[!?;]|$)")


class VerbSpan(NamedTuple):
    start: int
    end: int


class Attribution(NamedTuple):
    speaker: str | None  # canonical person name, when the clause says who
    clause: Span | None  # the attribution clause as printed, named or not


_NOBODY = Attribution(None, None)
# How many mentions back "he" or "the officer" may point: far enough for any article, and a
# bound on the work a text of thousands of names and quotes can ask for.
RESOLVE_LOOKBACK = 100


def word_count(s: str) -> int:
    return len(s.split())


def speech_verbs(doc: Doc, start: int, end: int) -> list[VerbSpan]:
    """Spans of the speech verbs in text[start:end] ("said", "went on", "told")."""
    text = doc.text
    found = []
    for pos in doc.positions(SPEECH_WORDS, start, end):
        m = _VERB_AT.match(text, pos, end)
        if m:
            found.append(VerbSpan(m.start(), m.end()))
    return found


def judging_verbs(doc: Doc, start: int, end: int) -> list[VerbSpan]:
    """Spans of the verbs of judging in text[start:end] ("called", "branded")."""
    text = doc.text
    return [
        VerbSpan(pos, WORD.match(text, pos).end())
        for pos in doc.positions(JUDGING_WORDS, start, end)
    ]


def attribution_tail(doc: Doc, start: int, end: int) -> bool:
    """Whether the words after a closing mark are an attribution: '," Mr Lyle said.'"""
    m = TAIL.match(doc.text, start, end)
    if not m:
        return False
    bs, be = m.span("body")
    if word_count(doc.text[bs:be]) > 20:
        return False
    verbs = speech_verbs(doc, bs, be)
    return bool(verbs) and word_count(doc.text[bs : verbs[0].start]) <= 8


class Attributor:
    """Reads the speakers of one article's quotes, each attribution clause once.

    `excluded` holds the quoted spans: a person named inside a quote is not who "he" means.
    Splitting a quote by speaker and crediting its parts read the same clauses, so what each
    clause names is remembered.
    """

    def __init__(self, doc: Doc, people: PeopleIndex, excluded: list[tuple[int, int]]):
        self.doc = doc
        self.people = people
        self.excluded = excluded
        self._excluded_starts = [s for s, _ in excluded]
        self._read: dict[tuple[int, int, bool], Attribution | None] = {}

    def split_by_speaker(self, group: list[Segment]) -> list[list[Segment]]:
        """The group's paragraphs as quotes, a new one where a paragraph names somebody else."""
        parts = [[group[0]]]
        speaker = self.attribute([group[0]]).speaker
        for seg in group[1:]:
            if seg.para != parts[-1][-1].para:
                own = self.attribute([seg]).speaker
                if own and speaker and own != speaker:
                    parts.append([seg])
                    speaker = own
                    continue
                speaker = speaker or own
            parts[-1].append(seg)
        return parts

    def attribute(self, group: list[Segment]) -> Attribution:
        """The speaker from the words around the group's segments, the first that names one."""
        unnamed = None
        readers = (self._before, self._after)  # the second only if the first names nobody
        for k in range(len(group)):
            for read in readers:
                found = read(group, k)
                if found is None:
                    continue
                if found.speaker:
                    return found
                unnamed = unnamed or found.clause
        return Attribution(None, unnamed)

    def _before(self, group: list[Segment], k: int) -> Attribution | None:
        """The clause before a paragraph's first mark: "Chief Inspector X, the commander, said:"."""
        seg = group[k]
        if not seg.opened or (k and group[k - 1].para == seg.para):
            return None
        doc = self.doc
        para = doc.source.paragraphs[seg.para]
        lead_from = seg.start
        if seg.start > para.start:
            lead_from, _ = doc.sentence_at(seg.start)
        lead_from = max(lead_from, para.start)
        # A group's segments are in reading order, so the one before in the same paragraph,
        # if any, is group[k - 1]: read from there, not the whole group, at every segment.
        if k and group[k - 1].para == seg.para:
            lead_from = max(lead_from, group[k - 1].end)
        lead_to = seg.start
        if not doc.text[lead_from:lead_to].strip():
            if k or seg.start > para.start:
                return None
            lead_from, lead_to = self._introducing_paragraph(seg.para)
            if lead_from == lead_to:
                return None
        key = (lead_from, lead_to, True)
        found = self._read.get(key)
        if found is None:
            found = self._read[key] = self._speaker_in(lead_from, lead_to, lead=True)
        return found

    def _introducing_paragraph(self, n: int) -> tuple[int, int]:
        """The last sentence of paragraph n-1 when it introduces the quote that opens paragraph
        n: "Inspector X, of the Rural Crime Team, said:"; an empty span otherwise."""
        if n == 0:
            return (0, 0)
        prev = self.doc.source.paragraphs[n - 1]
        text = self.doc.text
        end = prev.end
        while end > prev.start and text[end - 1].isspace():
            end -= 1
        if end == prev.start or text[end - 1] != ":":
            return (0, 0)
        start, _ = self.doc.sentence_at(end - 1)
        return (max(start, prev.start), end)

    def _after(self, group: list[Segment], k: int) -> Attribution | None:
        """The tag after a closing mark: '," said Det Supt Jane Smith.' or '," he added.'"""
        seg = group[k]
        para = self.doc.source.paragraphs[seg.para]
        nxt = group[k + 1] if k + 1 < len(group) and group[k + 1].para == seg.para else None
        tail_end = nxt.start if nxt else para.end
        if not seg.closed or seg.end >= tail_end:
            return None
        key = (seg.end, tail_end, False)
        if key not in self._read:
            m = TAIL.match(self.doc.text, seg.end, tail_end)
            found = m is not None and attribution_tail(self.doc, seg.end, tail_end)
            self._read[key] = (
                self._speaker_in(m.start("body"), m.end(), lead=False) if found else None
            )
        return self._read[key]

    def _speaker_in(self, start: int, end: int, lead: bool) -> Attribution:
        """The speaker an attribution clause names, resolving "he" and "the officer"."""
        doc = self.doc
        text = doc.text
        verbs = speech_verbs(doc, start, end)
        if lead:
            # "Cllr Jo Hale called the plan 'a good start'": a verb of judging names the speaker.
            verbs = sorted(verbs + judging_verbs(doc, start, end))
        if not verbs and not (lead and text[start:end].rstrip().endswith(":")):
            return _NOBODY
        if verbs and _PASSIVE_BEFORE.search(text, start, verbs[-1].start):
            return _NOBODY  # "Moss was described as…": the subject is not the speaker
        clause = _clause_span(text, start, end)
        named = self._named(start, end, verbs[-1].start if verbs else end, lead)
        if named:
            return Attribution(named, clause)
        for read in (self._pronoun, self._role_noun):
            found = read(start, end, verbs)
            if found is not None:
                return Attribution(found.speaker, clause)
        return Attribution(None, clause)

    def _named(self, start: int, end: int, verb_at: int, lead: bool) -> str | None:
        """A person named in the clause: the subject before the verb, or after it."""
        mentions = self.people.at(start, end)
        if not lead:  # '," said Det Supt Jane Smith.'
            return next((name for _ms, _me, name in mentions), None)
        text = self.doc.text
        # The subject: a named person before the verb, not the object of a preposition.
        for ms, _me, name in mentions:
            if ms < verb_at and not _PREPOSITION_BEFORE.search(text[max(start, ms - 15) : ms]):
                return name
        for ms, _me, name in mentions:
            if ms >= verb_at:
                return name  # "said Det Supt Jane Smith:"
        return None

    def _pronoun(self, start: int, end: int, verbs: list[VerbSpan]) -> Attribution | None:
        """ "he said", "said she", "he later added": whom a pronoun next to the verb means."""
        text = self.doc.text
        for pos in self.doc.words_in(PRONOUN_WORDS, start, end):
            word = text[pos : pos + 3].rstrip(" ,.").lower()
            next_to_verb = any(
                (0 < vs - pos <= 25 and word_count(text[pos:vs]) <= 3)
                or (ve <= pos and not text[ve:pos].strip())
                for vs, ve in verbs
            )
            if next_to_verb:
                return Attribution(self._resolve(start, gender=SUBJECT_PRONOUNS.get(word)), None)
        return None

    def _role_noun(self, start: int, end: int, _verbs) -> Attribution | None:
        """ "the lieutenant said": whoever carries that rank or role, else anybody it fits."""
        text = self.doc.text
        for pos in self.doc.words_in(ROLE_LEAD_WORDS, start, end):
            m = ROLE_NOUN_RE.match(text, pos, end)
            if m:
                noun = " ".join(m.group(1).lower().split())
                role = ROLE_NOUNS[noun]
                named = self._resolve(start, role=role, word=noun)
                return Attribution(named or self._resolve(start, role=role), None)
        return None

    def _resolve(self, pos: int, gender=None, role: Role | None = None, word=None) -> str | None:
        """The most recent person mentioned before `pos` (outside quotes) who fits.

        `word`, a role noun ("sergeant", "minister"), must then be in their rank, title or role.
        A defendant or victim is taken only when nobody else fits a pronoun.
        """
        fallback = None
        mentions = self.people.mentions
        last = self.people.before(pos)
        ruled_out = set()  # a person who does not fit at one mention fits at none
        for k in range(last - 1, max(-1, last - 1 - RESOLVE_LOOKBACK), -1):
            ms, me, name = mentions[k]
            if name in ruled_out or me > pos or self._quoted(ms):
                continue
            person = self.people.by_name(name)
            if person is None or not _fits(person, gender, role, word):
                ruled_out.add(name)
                continue
            if person.kind in ("defendant", "victim"):
                fallback = fallback or name
                ruled_out.add(name)
                continue
            return name
        return fallback if role is None else None

    def _quoted(self, pos: int) -> bool:
        """Whether `pos` falls inside a quoted segment (they are in order and never overlap)."""
        i = bisect_right(self._excluded_starts, pos) - 1
        return i >= 0 and pos < self.excluded[i][1]


def _clause_span(text: str, start: int, end: int) -> Span | None:
    """The clause as printed, without the punctuation and spaces around it."""
    a, b = start, end
    while a < b and text[a] in " \t,.;":
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return Span(a, b, text[a:b]) if b > a else None


def _fits(person: FoundPerson, gender: str | None, role: Role | None, word: str | None) -> bool:
    if role is not None and not _ROLE_FITS[role](person):
        return False
    if word is not None and word not in f"{person.rank_or_title} {person.role}".lower():
        return False
    return not (gender and person.gender and person.gender != gender)


def _is_police(person: FoundPerson) -> bool:
    title = (person.rank_or_title or "").lower()
    return person.kind == "official" and (
        bool(title) and "judge" not in title or "police" in (person.role or "").lower()
    )


def _is_court(person: FoundPerson) -> bool:
    title = (person.rank_or_title or "").lower()
    return "judge" in title or "recorder" in title


# Whom each kind of role noun can point back at.
_ROLE_FITS = {
    Role.POLICE: _is_police,
    Role.SPOKES: lambda person: "spokes" in (person.role or "").lower(),
    Role.CIVIC: lambda person: person.kind == "elected_official",
    Role.COURT: _is_court,
    Role.OTHER: lambda person: True,
}
