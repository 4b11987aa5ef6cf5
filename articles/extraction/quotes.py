"""Direct speech: quoted passages, who said them, and the operations they speak about.

A quote is a maximal run of one speaker's words in quote marks. It runs on across paragraphs
(whether the writer leaves each paragraph open or closes and reopens the marks) and across
attribution tags ("…," he said. "…"). A narration paragraph ends it. Short quoted terms in
narration (scare quotes, nicknames) are not quotes; quoted fragments that are somebody's words
("described as a 'remarkable turnaround'") are. Marks that never close end at their paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from articles.extraction.document import WORD, Doc, register_words
from articles.extraction.headers import Span
from articles.extraction.lexicon.words import (
    CUE_VERBS,
    DOUBLE_CLOSE,
    DOUBLE_OPEN,
    PRONOUNS,
    QUOTE_CUE,
    ROLE_NOUN_RE,
    ROLE_NOUNS,
    SINGLE_CLOSE,
    SINGLE_OPEN,
    SPEECH_VERB_RE,
    SPEECH_VERBS,
    wordset,
)
from articles.extraction.people import PeopleIndex
from articles.extraction.types import FoundOperation, FoundQuote

_MARKS = re.compile("[\"'" + DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + "]")
_OPENING_CONTEXT = " \t\n([{—–-/:;,“‘\"'"
_APOSTROPHES = frozenset((SINGLE_CLOSE, "'"))
_END_PUNCT = ".,!?;:…-–—"
_SPEECH_WORDS = register_words(frozenset(v.split()[0] for v in SPEECH_VERBS))
_VERB_AT = re.compile(SPEECH_VERB_RE, re.IGNORECASE)
# Too common to index: looked for in the attribution clause alone, as printed.
_PRONOUN_WORDS = frozenset({"he", "He", "HE", "she", "She", "SHE"})
_THE = frozenset({"the", "The", "THE"})
_CUE_WORDS = register_words(frozenset(CUE_VERBS))
# "he said, '…": an opening mark right after a speech verb opens speech even if never closed.
_SPEECH_LEAD = re.compile(SPEECH_VERB_RE + r"\s*,?$", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:of|into|against|on|about|with|for|from|to|by|after|over|at|than)\s+$", re.IGNORECASE
)


_SPACE_LETTER = re.compile(r"\s[A-Za-z]")


@dataclass
class _Seg:
    start: int  # the opening mark, or the paragraph start when the mark is missing
    end: int  # just after the closing mark, or the paragraph end
    para: int  # index into the body paragraphs
    opened: bool
    closed: bool
    speech: bool = False


def _kind(text: str, i: int, zs: int, ze: int) -> str | None:
    """What the mark at text[i] does here: "od"/"cd" (double), "os"/"cs" (single) or None."""
    c = text[i]
    prev = text[i - 1] if i > zs else " "
    nxt = text[i + 1] if i + 1 < ze else " "
    if prev.isalpha() and nxt.isalpha() and c in _APOSTROPHES:
        return None  # an apostrophe inside a word: "it’s", "O'Neill"
    if c in DOUBLE_OPEN:
        return "od"
    if c in DOUBLE_CLOSE:
        return "od" if not text[zs:i].strip() else "cd"
    if c == '"':
        if prev in _OPENING_CONTEXT and not nxt.isspace():
            return "od"
        return "cd"
    if c == "'" and nxt == "'":
        return (
            "od" if prev in _OPENING_CONTEXT and i + 2 < ze and not text[i + 2].isspace() else "cd"
        )
    if c == "'" and prev == "'":
        return None  # second half of a doubled mark, already read
    if c in SINGLE_OPEN:
        return "os"
    if c in (SINGLE_CLOSE, "'"):
        if prev in _OPENING_CONTEXT and (nxt.isalnum() or nxt in '“"') and c == "'":
            return "os"
        if prev in _OPENING_CONTEXT and nxt.isalnum() and not text[zs:i].strip():
            return "os"
        if not prev.isspace() and not nxt.isalnum():
            return "cs"
    return None


def _scan(text: str, zs: int, ze: int, para: int, carrying: bool) -> tuple[list[_Seg], bool]:
    """Quoted segments of one paragraph, and whether it ends inside an open quote."""
    marks = [
        (m.start(), k)
        for m in _MARKS.finditer(text, zs, ze)
        if (k := _kind(text, m.start(), zs, ze))
    ]
    segs: list[_Seg] = []
    j = 0
    if carrying and marks:
        first_char = text[zs:ze].lstrip()[:1]
        if first_char not in DOUBLE_OPEN + '"' + SINGLE_OPEN + "'":
            # A paragraph of a running quote whose opening mark the writer left out.
            opens_before = [p for p, k in marks if k == "od"]
            closes = [p for p, k in marks if k == "cd"]
            if closes and (not opens_before or opens_before[0] > closes[0]):
                close = closes[0]
                end = close + (2 if text.startswith("''", close) else 1)
                segs.append(_Seg(zs, end, para, opened=False, closed=True, speech=True))
                j = next(n for n, (p, _) in enumerate(marks) if p == close) + 1
    while j < len(marks):
        pos, kind = marks[j]
        if kind == "od":
            close_at = None
            for k in range(j + 1, len(marks)):
                if marks[k][1] == "cd" or (text[marks[k][0]] == '"' and marks[k][1] == "od"):
                    close_at = k
                    break
            if close_at is None:
                segs.append(_Seg(pos, ze, para, opened=True, closed=False))
                return segs, True
            cpos = marks[close_at][0]
            end = cpos + (2 if text.startswith("''", cpos) else 1)
            segs.append(_Seg(pos, end, para, opened=True, closed=True))
            j = close_at + 1
            while j < len(marks) and marks[j][0] < end:
                j += 1
            continue
        if kind == "os":
            candidates = [k for k in range(j + 1, len(marks)) if marks[k][1] == "cs"]
            close_at = None
            for n, k in enumerate(candidates):
                cpos = marks[k][0]
                # "officers’ work": a plural possessive, when a later mark can close instead.
                if (
                    text[cpos - 1] == "s"
                    and n + 1 < len(candidates)
                    and _SPACE_LETTER.match(text, cpos + 1, cpos + 3)
                ):
                    continue
                close_at = k
                break
            at_start = not text[zs:pos].strip()
            if close_at is None:
                lead = text[zs:pos].rstrip()
                if at_start or lead.endswith(":") or _SPEECH_LEAD.search(lead):
                    segs.append(_Seg(pos, ze, para, opened=True, closed=False))
                    return segs, True
                j += 1
                continue
            end = marks[close_at][0] + 1
            segs.append(_Seg(pos, end, para, opened=True, closed=True))
            j = close_at + 1
            continue
        j += 1
    return segs, False


def _words(s: str) -> int:
    return len(s.split())


def _is_speech(doc: Doc, seg: _Seg, zs: int, lead: str, tail: tuple[int, int]) -> bool:
    text = doc.text
    if not seg.opened:
        return True
    inner_end = seg.end - (2 if seg.closed and text.startswith("''", seg.end - 2) else 1)
    inner = text[seg.start + 1 : inner_end if seg.closed else seg.end].strip()
    if not inner:
        return False
    n = _words(inner)
    ends_punct = inner[-1] in _END_PUNCT
    at_start = not lead.strip() or lead.strip() in ("-", "–", "—", "•")
    if at_start and seg.closed and not ends_punct and n <= 10 and not text[slice(*tail)].strip():
        return False  # a quoted crosshead or pull-quote line: "Knock at the door"
    if at_start and (not seg.closed or n >= 3 or ends_punct):
        return True
    if lead.rstrip().endswith(":"):
        return True
    if ends_punct and n >= 3:
        return True
    if n >= 2 and _attribution_tail(doc, *tail):
        return True
    if n >= 6:
        return True
    near = lead[-60:]
    if _SO_CALLED.search(near):
        return False  # "the so-called 'runners'": the writer's distance from a term
    # "described as a 'remarkable turnaround'," quotes somebody; "a 'softly-softly' approach", where
    # the marked words qualify a noun that follows, is the writer's own phrase, unless a verb
    # of judging introduces a longer phrase ("praised the 'quick and careful' work").
    cue = QUOTE_CUE.search(near) is not None
    following = _NEXT_WORD.match(text, *tail)
    if following and following.group(1) not in _FUNCTION_WORDS and not (cue and n >= 3):
        return False
    if cue:
        return True
    if n == 1:
        return False  # one word in marks is a term, not somebody's words
    # In a sentence that reports somebody speaking, their words in marks: the complement of
    # "was" ("said the raid had been 'a huge success'"), a phrase that ends the sentence
    # ("said Moss had shown 'no remorse whatsoever'."), or a phrase of three words or more
    # ("said residents should report 'whatever looks out of place' to"). Not a name, nor
    # marked words the writer's own determiner makes a term ("uses a 'hub and spoke model'").
    ends_sentence = _SENTENCE_STOP.match(text, *tail) is not None
    phrase = n >= 3 and not _is_name(inner) and not _DETERMINER_END.search(lead[-12:])
    if _COPULA_END.search(lead[-40:]) or ends_sentence or phrase:
        sentence_start = doc.sentence_at(seg.start)[0]
        return bool(_speech_verbs(doc, sentence_start, seg.start))
    return False


def _is_name(words: str) -> bool:
    """Whether quoted words are a title or a name ("The Young Ones"): capitals throughout."""
    significant = [w for w in words.split() if w.lower() not in _FUNCTION_WORDS | _ARTICLES]
    return bool(significant) and all(w[:1].isupper() for w in significant)


_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+$", re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"\s*(?:[.!?;]|,\s+(?:he|she|they|it)\s)|\s*$")
_COPULA_END = re.compile(
    r"\b(?:was|were|is|are|been|be|being)\s+(?:(?:a|an|the|very|so|truly|just|simply)\s+)?$"
)
_NEXT_WORD = re.compile(r"\s+([a-z][\w’'-]*)")
_FUNCTION_WORDS = wordset(
    """
    by and in from for to of after when which that as at on with but or was were is are had has
    have could would will can may might must should did does do
    """
)
_ARTICLES = wordset("a an the")
_DETERMINER_END = re.compile(
    r"\b(?:a|an|the|this|that|these|those|its|their|his|her|our)\s+$", re.I
)
_SO_CALLED = re.compile(r"\bso[-\s]called\s+$", re.IGNORECASE)
_TAIL = re.compile(r"\s*[,.]?\s*(?P<body>[^“”\"‘]{0,160}?)(?:[.!?;]|$)")


def _speech_verbs(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the speech verbs in text[start:end] ("said", "went on", "told")."""
    text = doc.text
    found = []
    for pos in doc.positions(_SPEECH_WORDS, start, end):
        m = _VERB_AT.match(text, pos, end)
        if m:
            found.append(m.span())
    return found


def _cue_verbs(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the verbs of judging in text[start:end] ("called", "branded")."""
    return [(pos, WORD.match(doc.text, pos).end()) for pos in doc.positions(_CUE_WORDS, start, end)]


def _attribution_tail(doc: Doc, start: int, end: int) -> bool:
    """Whether the words after a closing mark are an attribution: '," Mr Lyle said.'"""
    m = _TAIL.match(doc.text, start, end)
    if not m:
        return False
    bs, be = m.span("body")
    if _words(doc.text[bs:be]) > 20:
        return False
    verbs = _speech_verbs(doc, bs, be)
    return bool(verbs) and _words(doc.text[bs : verbs[0][0]]) <= 8


def find_quotes(
    doc: Doc, people: PeopleIndex, operations: list[FoundOperation]
) -> list[FoundQuote]:
    text = doc.text
    paras = doc.source.paragraphs
    # 1. Segments paragraph by paragraph.
    per_para: list[list[_Seg]] = []
    carrying = False
    for n, para in enumerate(paras):
        segs, carrying = _scan(text, para.start, para.end, n, carrying)
        for k, seg in enumerate(segs):
            lead_from = segs[k - 1].end if k else para.start
            tail_to = segs[k + 1].start if k + 1 < len(segs) else para.end
            seg.speech = _is_speech(
                doc, seg, para.start, text[lead_from : seg.start], (seg.end, tail_to)
            )
        per_para.append([s for s in segs if s.speech])

    # 2. Group into quotes: across attribution tags within a paragraph, and across paragraphs.
    groups: list[list[_Seg]] = []
    for n, segs in enumerate(per_para):
        para = paras[n]
        for k, seg in enumerate(segs):
            if groups:
                last = groups[-1][-1]
                if last.para == n:
                    gap = text[last.end : seg.start]
                    if not gap.strip(" ,.;:–—-") or _attribution_tail(doc, last.end, seg.start):
                        groups[-1].append(seg)
                        continue
                elif last.para == n - 1 and k == 0 and _starts_paragraph(doc, seg, para):
                    prev_para = paras[n - 1]
                    rest = text[last.end : prev_para.end]
                    if (
                        not last.closed
                        or not rest.strip()
                        or _attribution_tail(doc, last.end, prev_para.end)
                    ):
                        groups[-1].append(seg)
                        continue
            groups.append([seg])

    # 3. Speakers, with a split where a continued paragraph names a different speaker.
    excluded = [(seg.start, seg.end) for g in groups for seg in g]
    # Splitting by speaker and crediting the parts read the same clauses: each once.
    memo: dict = {}
    quotes = []
    for group in groups:
        for part in _split_by_speaker(doc, group, people, excluded, memo):
            quotes.append(_make_quote(doc, part, people, operations, excluded, memo))
    return quotes


def _starts_paragraph(doc: Doc, seg: _Seg, para: Span) -> bool:
    """Whether the segment opens its paragraph, or only an attribution tag stands before it.

    "She added: '…'" after a quoted paragraph carries the same quote on (and splits off
    again if "she" is somebody else); a tag that names somebody starts their own quote.
    """
    if not seg.opened:
        return True
    lead = doc.text[para.start : seg.start].strip()
    if not lead:
        return True
    return (
        lead[-1] in ":,"
        and _words(lead) <= 5
        and not doc.capitalised_in(para.start + 1, seg.start)
        and bool(_speech_verbs(doc, para.start, seg.start))
    )


def _split_by_speaker(doc, group, people, excluded, memo):
    parts = [[group[0]]]
    speaker = _attribution_for(doc, [group[0]], people, excluded, memo)[0]
    for seg in group[1:]:
        if seg.para != parts[-1][-1].para:
            own = _attribution_for(doc, [seg], people, excluded, memo)[0]
            if own and speaker and own != speaker:
                parts.append([seg])
                speaker = own
                continue
            speaker = speaker or own
        parts[-1].append(seg)
    return parts


def _make_quote(doc, group, people, operations, excluded, memo) -> FoundQuote:
    text = doc.text
    start, end = group[0].start, group[-1].end
    while end > start and text[end - 1].isspace():
        end -= 1
    speaker, attribution = _attribution_for(doc, group, people, excluded, memo)
    paras = doc.source.paragraphs
    first_para, last_para = paras[group[0].para], paras[group[-1].para]
    ops = []
    for op in operations:
        for m in op.mentions:
            if first_para.start <= m.start and m.end <= last_para.end:
                ops.append((m.start, op.name))
                break
    ops.sort()
    return FoundQuote(
        span=Span(start, end, text[start:end]),
        speaker=speaker,
        attribution=attribution,
        paragraphs=group[-1].para - group[0].para + 1,
        operations=tuple(name for _, name in ops),
    )


def _attribution_for(doc: Doc, group: list[_Seg], people: PeopleIndex, excluded, memo):
    """(speaker, attribution span) from the words around the group's segments."""
    text = doc.text
    paras = doc.source.paragraphs
    found_unnamed = None
    for k, seg in enumerate(group):
        para = paras[seg.para]
        # Before the quote, in the same sentence: "Chief Inspector X, the commander, said:"
        if seg.opened and (k == 0 or group[k - 1].para != seg.para):
            lead_from = doc.sentence_at(seg.start)[0] if seg.start > para.start else seg.start
            lead_from = max(lead_from, para.start)
            prev_in_para = [g for g in group[:k] if g.para == seg.para]
            if prev_in_para:
                lead_from = max(lead_from, prev_in_para[-1].end)
            lead = text[lead_from : seg.start]
            if lead.strip():
                key = (lead_from, seg.start, True)
                result = memo.get(key)
                if result is None:
                    result = memo[key] = _speaker_in(
                        doc, lead_from, seg.start, people, excluded, lead=True
                    )
                if result[0]:
                    return result
                found_unnamed = found_unnamed or result[1]
        # After the quote: '," said Det Supt Jane Smith.' or '," he added.'
        nxt = next((g for g in group[k + 1 :] if g.para == seg.para), None)
        tail_end = nxt.start if nxt else para.end
        if seg.closed and seg.end < tail_end:
            key = (seg.end, tail_end, False)
            if key not in memo:
                m = _TAIL.match(text, seg.end, tail_end)
                found = m is not None and _attribution_tail(doc, seg.end, tail_end)
                memo[key] = (
                    _speaker_in(doc, m.start("body"), m.end(), people, excluded, lead=False)
                    if found
                    else None
                )
            result = memo[key]
            if result is not None:
                if result[0]:
                    return result
                found_unnamed = found_unnamed or result[1]
    return None, found_unnamed


def _speaker_in(doc, start, end, people: PeopleIndex, excluded, lead: bool):
    """The speaker an attribution clause names, resolving "he" and "the officer"."""
    text = doc.text
    clause = text[start:end]
    verbs = _speech_verbs(doc, start, end)
    if lead:
        # "Cllr Jo Hale called the plan 'a good start'": a verb of judging names the speaker.
        verbs = sorted(verbs + _cue_verbs(doc, start, end))
    if not verbs and not (lead and clause.rstrip().endswith(":")):
        return None, None
    if verbs and _PASSIVE_BEFORE.search(text, start, verbs[-1][0]):
        return None, None  # "Moss was described as…": the subject is not the speaker
    a, b = start, end
    while a < b and text[a] in " \t,.;":
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    span = Span(a, b, text[a:b]) if b > a else None
    verb_at = verbs[-1][0] if verbs else end
    mentions = people.at(start, end)
    if lead:
        # The subject: a named person before the verb, not the object of a preposition.
        for ms, _me, name in mentions:
            if ms >= verb_at:
                continue
            before = text[max(start, ms - 15) : ms]
            if _PREPOSITION_BEFORE.search(before):
                continue
            return name, span
        for ms, _me, name in mentions:
            if ms >= verb_at:
                return name, span  # "said Det Supt Jane Smith:"
    elif mentions:
        return mentions[0][2], span
    # "he said", "said she", "he later added": a pronoun next to the verb.
    for pos in doc.words_in(_PRONOUN_WORDS, start, end):
        word = text[pos : pos + 3].rstrip(" ,.").lower()
        next_to_verb = any(
            (0 < vs - pos <= 25 and _words(text[pos:vs]) <= 3)
            or (ve <= pos and not text[ve:pos].strip())
            for vs, ve in verbs
        )
        if next_to_verb:
            return _resolve(start, people, excluded, gender=PRONOUNS.get(word)), span
    for pos in doc.words_in(_THE, start, end):
        role = ROLE_NOUN_RE.match(text, pos, end)
        if role:
            noun = " ".join(role.group(1).lower().split())
            # "the lieutenant": whoever carries that rank or role, else any officer.
            named = _resolve(start, people, excluded, role=ROLE_NOUNS[noun], word=noun)
            return named or _resolve(start, people, excluded, role=ROLE_NOUNS[noun]), span
    return None, span


def _resolve(pos, people: PeopleIndex, excluded, gender=None, role=None, word=None):
    """The most recent person mentioned before `pos` (outside quotes) who fits.

    `word`, a role noun ("sergeant", "minister"), must then be in their rank, title or role.
    """
    fallback = None
    for ms, me, name in reversed(people.mentions):
        if me > pos:
            continue
        if any(s <= ms < e for s, e in excluded):
            continue
        person = people.by_name(name)
        if person is None:
            continue
        if role is not None and not _fits_role(person, role):
            continue
        if word is not None and word not in f"{person.rank_or_title} {person.role}".lower():
            continue
        if gender and person.gender and person.gender != gender:
            continue
        if person.kind in ("defendant", "victim"):
            fallback = fallback or name
            continue
        return name
    return fallback if role is None else None


def _fits_role(person, role: str) -> bool:
    title = (person.rank_or_title or "").lower()
    desc = (person.role or "").lower()
    if role == "police":
        return person.kind == "official" and (
            bool(title) and "judge" not in title or "police" in desc
        )
    if role == "spokes":
        return "spokes" in desc
    if role == "civic":
        return person.kind == "elected_official"
    if role == "court":
        return "judge" in title or "recorder" in title
    return True
