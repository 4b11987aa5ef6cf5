"""Reported results: arrests, charges, seizures, money, percentages and prison terms.

Each figure is read with the words around it in its sentence: a qualifier before it ("more
than", "about"), what it counts after it ("people", "cannabis plants", "kilograms of …"), and
the verb that says what happened ("were arrested", "seizing"). Dates, times, ages, phone
numbers and figures that count nothing from the lexicon are left alone.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_left, bisect_right

from articles.extraction.document import Doc, register_words, words_before
from articles.extraction.headers import Span
from articles.extraction.lexicon.figures import (
    ADJECTIVAL,
    ADJECTIVE_ENDINGS,
    COUNTED,
    COUNTED_MAX_WORDS,
    CRIME_NOUNS,
    DATE_AFTER,
    DRUG_RE,
    DRUGS,
    DURATION,
    EVENT,
    FALL_WORDS,
    FOLLOW_STOP,
    ITEM,
    JAIL_CONTEXT,
    LESS,
    LIFE,
    LINE_VERBS,
    LINES,
    MONTHS_PER,
    NOT_A_COUNT_PAIRS,
    NOT_A_COUNT_WORDS,
    NOT_THINGS,
    PARTITIVE,
    PERCENT,
    PERSON,
    PERSON_METRICS,
    PERSON_SPECIFIC,
    PLACE,
    QUALIFIER_PHRASES,
    QUALIFIERS,
    RECEIVED,
    RELEASED_HOW,
    RELEASED_METRICS,
    RISE_WORDS,
    SAFEGUARDED,
    SEIZE_CONTEXT,
    TIME_AFTER,
    VERBS,
    WEIGHT,
    WEIGHT_UNITS,
)
from articles.extraction.lexicon.words import (
    MONTHS,
    MULTIPLIERS,
    NUMBER_WORD_RE,
    TENS,
    UNITS,
    word_number,
    wordset,
)
from articles.extraction.people import PeopleIndex
from articles.extraction.types import FoundOperation, FoundOrganisation, FoundOutcome

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# A figure in digits ("£8,500", "70") or in words ("Twenty-seven", "two dozen"); the two
# are tried separately, each where its kind of figure can start.
NUMBER = re.compile(r"(?<![\w.,:/£$€+-])(?:(?P<cur>[£$€])\s?)?(?P<num>" + _NUM + r")(?P<word>)?")
NUMBER_WORDS = re.compile(
    r"(?<![\w’'-])(?P<word>" + NUMBER_WORD_RE + r")(?![\w’'-])",
    re.IGNORECASE,
)
_RANGE = re.compile(
    r"\s*(?:-|–|to|and)\s*[£$€]?(?P<n>" + _NUM + r"|" + NUMBER_WORD_RE + r")(?![\w-])",
    re.IGNORECASE,
)
_MULT_WORD = re.compile(r"\s?(?P<m>million|billion|thousand)\b", re.IGNORECASE)
_MULT_GLUED = re.compile(r"\s?(?P<m>bn|m|k)\b", re.IGNORECASE)
# Dashes set off a list or an aside as commas do ("Three men – Ann Lee, …"); both read as ",".
_TOKEN = re.compile(r"[A-Za-z][A-Za-z’'-]*|[,–—]")
# An explicit class rather than \d (which is Unicode-wide): the engine scans for it faster.
_DIGIT = re.compile(r"[0-9£$€][0-9,.]*")
_DIGIT_START = frozenset("0123456789£$€")
_LIFE_WORDS = register_words(wordset("life whole-life whole"))
_WARRANT_WORDS = register_words(wordset("warrant"))
_ARREST_WORDS = register_words(wordset("arrested detained"))
_NUMBER_WORDS = register_words(
    frozenset([*UNITS, *TENS, *(f"{t}-{u}" for t in TENS for u in list(UNITS)[1:10])])
)
_SCALE_WORDS = register_words(wordset("dozen hundred"))
_ARTICLES = frozenset({"a", "A", "an", "An", "AN"})
_PASSIVE = wordset("were was have has had been being are is be")
_WARRANT_ONE = re.compile(
    r"\b(?:carried\s+out|executed|conducted|served)\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:search\s+|drugs?\s+)?warrant\b(?!s)",
    re.IGNORECASE,
)
_ARREST_LIST_START = re.compile(r"\b(?:arrested|detained)\s+(?=(?:a|an)\s)", re.IGNORECASE)
_PERSON_ITEM = re.compile(
    r"(?:a|an)\s+(?:\d{1,2}-year-old\s+)?(?:man|woman|boy|girl|teenager|youth|male|female)\b",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(
    r"(?:\s*,\s*(?:from|of|aged)\s+[^,.;]{1,40})?\s*,?\s*(?:and\s+)?$", re.IGNORECASE
)
_MONEY_WORTH = re.compile(r"\s*(?:\([^)]*\)\s*)?worth\s+of\b(?P<what>[^.;,]{0,50})", re.I)
_MONEY_VALUE_BEFORE = re.compile(
    r"(?:(?:an\s+)?estimated\s+)?(?:street\s+value|value|valued\s+at|worth)\s+(?:of\s+)?"
    r"(?:(?:around|about|up\s+to|more\s+than|over|some|almost|nearly|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
_MONEY_CASH = re.compile(r"\s*(?:in\s+)?(?:cash|bank\s*notes|notes)\b", re.IGNORECASE)
_CASH_BEFORE = re.compile(r"\bcash\s+(?:totalling|totaling|of|worth)?\s*$", re.IGNORECASE)
_FINE_BEFORE = re.compile(r"\bfined\s+(?:a\s+total\s+of\s+)?$", re.IGNORECASE)
_COSTS_BEFORE = re.compile(r"\b(?:ordered\s+to\s+pay|costs\s+of|pay)\s+$", re.IGNORECASE)
_ORDER_AFTER = re.compile(r"\s*(?:confiscation|compensation)\b", re.IGNORECASE)


_LIST_NEXT = re.compile(r"[^.;]{0,60}?(?=\b(?:a|an)\s)")
_HE_SHE = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_ORDINAL_OR_SLASH = re.compile(r"(?:st|nd|rd|th)\b|/")
_YEAR_TERM = re.compile(r"-year\s+(?:prison\s+|jail\s+)?(?:sentence|term|stretch)")
_BETWEEN_END = re.compile(r"between\s+\S*$", re.IGNORECASE)
_RAID = re.compile(r"\braid|warrant")
_CLOSE = re.compile(r"\bclos")
_SUSPENDED = re.compile(r"\bsuspended\b", re.IGNORECASE)
_MINIMUM = re.compile(r"\bminimum\b[^.;]{0,20}$", re.IGNORECASE)


_UNIT_RANGE = re.compile(
    r"\s+(?:and|to|-|–)\s+(?P<n>\d+|" + NUMBER_WORD_RE + r")\s+(?P<u>years?|months?|weeks?)\b",
    re.IGNORECASE,
)
_HYPHENATED_BEFORE = re.compile(r"\b([A-Za-z]+-[a-z]+)\s+$")
_PEOPLE_VERB = re.compile(
    r" (?P<aux>(?:have|has|had|were|was|are)\s+(?:(?:been|now|since|already|also)\s+)*)?"
    r"(?P<v>[a-z]+)\b"
)
_CLAUSE_START = re.compile(
    r"(?:^|[,;:]|\b(?:and|while|whom|which))\s*"
    r"(?:(?:the|a|all|another|further|remaining|other|final|last|so\s+far|in\s+total)\s+)*$",
    re.IGNORECASE,
)
# The main verb of a clause whose subject is a counted group, however long the group's
# description ("Seven members of a network that … have been jailed").
_SUBJECT_VERB = re.compile(
    r"\b(?:(?:have|has|had)\s+(?:(?:now|since|already|all|also)\s+)*been"
    r"|were|was|are)\s+(?:(?:all|now|also|later|then|since|subsequently|each)\s+)*"
    r"(?P<v>[a-z]+)\b"
)
_TO_SAFETY = re.compile(r"\s+to\s+(?:a\s+)?place\s+of\s+safety\b", re.IGNORECASE)
# The letters each pattern after a figure can start with, once spaces are skipped.
_RANGE_FIRST = frozenset("-–ta")
_MULT_FIRST = frozenset("mbtk")
_WEIGHT_FIRST = frozenset("kgtol")
_DURATION_FIRST = frozenset("ymwda")
_QUALIFIER_ENDS = frozenset(p.split()[-1] for p in (*QUALIFIERS, *QUALIFIER_PHRASES))
_RELATIVE_END = re.compile(r"\b(?:who|which|that)\s+$")
_OCCASIONS = re.compile(r"\s+(?:separate\s+|different\s+)?occasions\b")
# "drew Tasers on 12 occasions": what the police used, counted.
_USED_WHAT = re.compile(
    r"\b(?:used|deployed|drew|drawn|fired|discharged)\s+(?:an?\s+|the\s+|their\s+|its\s+)?"
    r"(?P<what>[A-Za-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+(?:to|on|against|at|in)\b"
)
# Words that end a counted phrase after its noun but describe it before ("20 suspected
# dealers"; "20 dealers suspected of …").
_MODIFIERS = wordset("suspected alleged")
_PARTITIVE_THE = re.compile(r"\s+of\s+(?:the|those|these)\s+", re.IGNORECASE)
_LIST_BREAK = wordset(
    "who which that when where while after before as because but if than whose whom"
)
_PHRASE_END = _PASSIVE | wordset("in on at for from of and or with by after during to as")
_RECOVERED = re.compile(r"\brecover", re.IGNORECASE)
_AGO = re.compile(r"\s+(?:ago|earlier|later)\b")
_PERIOD_WORDS = wordset("past last next previous first recent coming")
_MAY_FOLLOW = frozenset(" +%-–\u00a0")
_NEXT_WORD = re.compile(r"\s?([A-Za-z]+\.?)")
# Words after a bare figure that make it a date or a time, never a result.
_NOT_COUNTED_NEXT = frozenset(MONTHS) | wordset("am pm a.m p.m hrs gmt bst st nd rd th")


def _value(m: re.Match) -> float | int | None:
    if m.re is NUMBER:
        raw = m["num"].replace(",", "")
        return float(raw) if "." in raw else int(raw)
    return word_number(m["word"])


def _number_value(raw: str) -> float | int | None:
    raw = raw.replace(",", "")
    if raw[:1].isdigit():
        return float(raw) if "." in raw else int(raw)
    return word_number(raw)


def _tidy(v):
    if isinstance(v, float):
        v = round(v, 2)
        if v.is_integer():
            return int(v)
    return v


class _Tokens:
    """The words (lower-cased) and commas of one sentence, with offsets, read once."""

    __slots__ = ("items", "starts", "ends")

    def __init__(self, text: str, start: int, end: int):
        # Lower-cased once for the sentence, dashes read as commas, when neither changes its
        # length (a few letters lower-case to two characters); then findall() and find()
        # instead of match objects: no letter or comma stands between two tokens, so each
        # token's offset is the next place it occurs.
        segment = text[start:end]
        lowered = segment.lower().replace("–", ",").replace("—", ",")
        if len(lowered) != len(segment):
            lowered = segment
        words = _TOKEN.findall(lowered)
        starts = []
        find = lowered.find
        pos = 0
        for word in words:
            pos = find(word, pos)
            starts.append(start + pos)
            pos += len(word)
        if lowered is segment:
            words = [w.lower() if w[0] not in "–—" else "," for w in words]
        ends = list(map(operator.add, starts, map(len, words)))
        self.items = list(zip(words, starts, ends, strict=True))
        self.starts = starts
        self.ends = ends

    def from_(self, pos: int, count: int):
        i = bisect_left(self.starts, pos)
        return self.items[i : i + count]

    def before(self, pos: int, count: int):
        i = bisect_right(self.ends, pos)
        return self.items[max(0, i - count) : i][::-1]


def _verb_near(tokens, *, limit: int = 7):
    """The first outcome verb among `tokens` (in reading order, or reversed to look back)."""
    passive = False
    for n, (w, _s, e) in enumerate(tokens[:limit]):
        if w in _PASSIVE:
            passive = True
            continue
        if w in VERBS:
            return VERBS[w], e, passive, n
    return None


def _noun_phrase(tokens, start: int):
    """(class, canonical, phrase_end) of what the figure ending at `start` counts, or None."""
    if not tokens or tokens[0][1] - start > 2:
        return None
    skipped = 0
    i = 0
    suspects = False
    while i < len(tokens) and skipped <= 4:
        w = tokens[i][0]
        if w == ",":
            i += 1
            continue
        for size in range(COUNTED_MAX_WORDS, 0, -1):
            words = tokens[i : i + size]
            if len(words) < size or any(t[0] == "," for t in words):
                continue
            phrase = " ".join(t[0] for t in words)
            if phrase in COUNTED:
                nxt = tokens[i + size][0] if i + size < len(tokens) else None
                if (
                    nxt is None
                    or nxt == ","
                    or nxt in FOLLOW_STOP
                    or nxt in VERBS
                    or nxt.endswith(("ed", "ing", "ly"))
                ):
                    cls, canonical = COUNTED[phrase]
                    if suspects and cls == PERSON_SPECIFIC:
                        # "40 suspected dealers": suspects, counted as people.
                        cls, canonical = PERSON, "people"
                    return cls, canonical, words[-1][2]
                break
        if w in _MODIFIERS:
            suspects = True
        elif w in FOLLOW_STOP or w in VERBS:
            return None
        skipped += 1
        i += 1
    return None


def _after_participles(tokens):
    """The tokens from the first that is not a participle used as a description."""
    k = 0
    while k < len(tokens) and tokens[k][0].endswith(("ed", "en")):
        k += 1
    return tokens[k:]


class _Outcomes:
    def __init__(self, doc: Doc, people: PeopleIndex, operations, organisations):
        self.doc = doc
        self.text = doc.text
        self.people = people
        self.op_mentions = sorted((m.start, m.end, o.name) for o in operations for m in o.mentions)
        self.org_mentions = sorted(
            (m.start, m.end, o.name) for o in organisations for m in o.mentions
        )
        self.found: list[FoundOutcome] = []
        self.taken: list[tuple[int, int]] = []
        self._tokens: dict[tuple[int, int], _Tokens] = {}

    # -- building ----------------------------------------------------------------------------

    def add(
        self,
        start,
        end,
        metric,
        value,
        *,
        sent,
        value_max=None,
        unit=None,
        qualifier=None,
        period=None,
        person=None,
    ):
        text = self.text
        while end > start and text[end - 1] in " ,;:":
            end -= 1
        ss, se = sent
        op = org = None
        for s, e, n in self.op_mentions:
            if ss <= s and e <= se:
                op = n
                break
        for s, e, n in self.org_mentions:
            if ss <= s and e <= se:
                org = n
                break
        self.found.append(
            FoundOutcome(
                span=Span(start, end, text[start:end]),
                metric=metric,
                value=_tidy(value) if value is not None else None,
                value_max=_tidy(value_max) if value_max is not None else None,
                unit=unit,
                qualifier=qualifier,
                period=period,
                operation=op,
                organisation=org,
                person=person,
            )
        )
        self.taken.append((start, end))

    def tokens(self, sent) -> _Tokens:
        found = self._tokens.get(sent)
        if found is None:
            found = self._tokens[sent] = _Tokens(self.text, *sent)
        return found

    def is_taken(self, s, e):
        return any(s < te and ts < e for ts, te in self.taken)

    # -- reading -----------------------------------------------------------------------------

    def read_zone(self, zs: int, ze: int, sentence_of):
        """Every result in text[zs:ze]; `sentence_of(pos)` gives the sentence around pos."""
        text, doc = self.text, self.doc
        # The phrase around "life" or "warrant" only: scanning whole sentences for these
        # patterns costs more than all the rest.
        for pos in doc.positions(_LIFE_WORDS, zs, ze):
            sent = sentence_of(pos)
            m = LIFE.search(text, max(sent[0], pos - 40), min(sent[1], pos + 40))
            if m and not self.is_taken(m.start(), m.end()):
                person = self.sentenced(sent[0], sent[1], m.start())
                self.add(
                    m.start(), m.end(), "sentence", None, sent=sent, qualifier="life", person=person
                )
        for pos in doc.positions(_WARRANT_WORDS, zs, ze):
            sent = sentence_of(pos)
            m = _WARRANT_ONE.search(text, max(sent[0], pos - 60), min(sent[1], pos + 8))
            if m and not self.is_taken(m.start(), m.end()):
                self.add(m.start(), m.end(), "warrants executed", 1, sent=sent)
        for pos in doc.positions(_ARREST_WORDS, zs, ze):
            sent = sentence_of(pos)
            m = _ARREST_LIST_START.match(text, pos, sent[1])
            if m:
                self.arrest_list(m, sent)
        # Figures: digits anywhere, and number words where the word index has them.
        candidates = [m.start() for m in _DIGIT.finditer(text, zs, ze)]
        candidates += doc.positions(_NUMBER_WORDS, zs, ze)
        if doc.has_word(_SCALE_WORDS):
            candidates += doc.words_in(_ARTICLES, zs, ze)
        reached = zs
        for pos in sorted(candidates):
            if pos < reached:
                continue
            sent = sentence_of(pos)
            m = (NUMBER if text[pos] in _DIGIT_START else NUMBER_WORDS).match(text, pos, sent[1])
            if m is None:
                continue
            reached = m.end()
            if not self.is_taken(m.start(), m.end()):
                self.read_number(m, sent)

    def arrest_list(self, m, sent):
        text = self.text
        pos, count, end = m.end(), 0, None
        while True:
            item = _PERSON_ITEM.match(text, pos, sent[1])
            if not item:
                break
            count += 1
            end = item.end()
            gap = _LIST_NEXT.match(text[end : sent[1]])
            if not gap or not _LIST_GAP.match(gap.group()):
                break
            pos = end + gap.end()
        if count:
            self.add(m.start(), end, "arrests", count, sent=sent)

    def sentenced(self, ss, se, pos):
        """The person a prison term in this sentence belongs to."""
        # The subject: the last person named before the term, not a possessive ("Crouch’s
        # girlfriend, Stacey Wells, was jailed"); else the first named after it.
        before, after = None, None
        for ms, me, name in self.people.mentions:
            if not (ss <= ms and me <= se):
                continue
            person = self.people.by_name(name)
            if person is None or person.kind == "official":
                continue
            if self.text.startswith(("’s", "'s"), me):
                continue
            if me <= pos:
                before = name
            elif after is None:
                after = name
        if before or after:
            return before or after
        if _HE_SHE.search(self.text, ss, pos):
            for _ms, me, name in reversed(self.people.mentions):
                if me <= ss:
                    person = self.people.by_name(name)
                    if person and person.kind in ("defendant", "member_of_public"):
                        return name
        return None

    def read_number(self, m: re.Match, sent):
        text = self.text
        ss, se = sent
        value = _value(m)
        if value is None:
            return
        start, end = m.start(), m.end()
        is_digits = m.re is NUMBER
        cur = m["cur"] if is_digits else None
        # Most figures in a story are dates, times, ages and phone numbers: a figure that
        # stops at punctuation ("Smith, 24,", "call 101.") or runs into a month counts nothing.
        after = text[end : end + 1]
        if not cur and after not in _MAY_FOLLOW and not after.isalpha():
            return
        if is_digits and not cur:
            raw = m["num"]
            if len(raw) == 4 and raw.isdigit() and 1900 <= value <= 2099:
                return  # a year
            if raw.startswith("0") and len(raw) >= 3:
                return  # a phone number
            following = _NEXT_WORD.match(text, end, se)
            if following and following.group(1).lower().rstrip(".") in _NOT_COUNTED_NEXT:
                return
            if TIME_AFTER.match(text, end, se) or _ORDINAL_OR_SLASH.match(text, end, end + 3):
                return
            if DATE_AFTER.match(text, end, se):
                return
        left = text[ss:start]
        before = words_before(text, start, ss, 3)
        last = before[-1][0] if before else ""
        if is_digits and not cur and last.rstrip(".,") in MONTHS:
            return
        if last.rstrip(".:") in NOT_A_COUNT_WORDS:
            return
        if len(before) >= 2 and f"{before[-2][0]} {last}" in NOT_A_COUNT_PAIRS:
            return
        if ADJECTIVAL.match(text, end, se) and not _YEAR_TERM.match(text, end, se):
            return

        # Each pattern below can start only with certain letters: the first one after the
        # figure says which are worth trying.
        nxt = text[end:se].lstrip()[:1].lower()
        # Range, multiplier, "70+".
        value_max = None
        rng = _RANGE.match(text, end, se) if nxt in _RANGE_FIRST else None
        if rng and (rng.group().strip()[:3] != "and" or _BETWEEN_END.search(left)):
            top = _number_value(rng["n"])
            if top is not None and top > value:
                value_max, end = top, rng.end()
                nxt = text[end:se].lstrip()[:1].lower()
        mult = None
        if nxt in _MULT_FIRST:
            mult = _MULT_WORD.match(text, end, se) or (cur and _MULT_GLUED.match(text, end, se))
        if mult:
            factor = MULTIPLIERS[mult["m"].lower()]
            value *= factor
            if value_max is not None:
                value_max *= factor
            end = mult.end()
        qualifier = None
        if text[end : end + 1] == "+":
            qualifier, end = "more than", end + 1
        if mult or qualifier:
            nxt = text[end:se].lstrip()[:1].lower()
        glued = is_digits and not cur and end < se and text[end].isalpha()
        if glued and not (WEIGHT.match(text, end, se) or PERCENT.match(text, end, se)):
            return  # glued to a word: "2Minister"
        span_start = m.start()
        for size in (3, 2, 1) if last in _QUALIFIER_ENDS else ():
            if len(before) < size:
                continue
            phrase = " ".join(w for w, _ in before[-size:])
            if phrase in QUALIFIERS or phrase in QUALIFIER_PHRASES:
                qualifier = QUALIFIERS.get(phrase, qualifier)
                span_start = before[-size][1]
                break

        common = {"sent": sent, "value_max": value_max, "qualifier": qualifier}
        if cur:
            self.money(span_start, end, value, cur, left, **common)
            return
        if nxt in "%p" and (p := PERCENT.match(text, end, se)) is not None:
            self.percent(span_start, p.end(), value, left, **common)
            return
        if (
            nxt in _WEIGHT_FIRST
            and (w := WEIGHT.match(text, end, se)) is not None
            and (w["u"].lower() not in ("g", "oz", "lb", "lbs") or w["of"] or is_digits)
        ):
            self.weight(span_start, w, value, **common)
            return
        if nxt in _DURATION_FIRST and (d := DURATION.match(text, end, se)) is not None:
            # "five years ago", "over the past two years": time, not a term.
            elapsed = _AGO.match(text, d.end(), se) or (before and before[-1][0] in _PERIOD_WORDS)
            if JAIL_CONTEXT.search(text, ss, se) and not elapsed:
                self.duration(span_start, m.start(), d, value, **common)
            return
        if nxt in "lf" and (less := LESS.match(text, end, se)) is not None:
            words = []
            for word in less["np"].split():
                if word.lower() in FOLLOW_STOP or word.lower() in VERBS:
                    break
                words.append(word.lower())
            if words:
                stop = less.start("np") + len(" ".join(less["np"].split()[: len(words)]))
                self.add(span_start, stop, " ".join(words) + " reduced", value, **common)
            return
        if nxt in "osd" and (occasions := _OCCASIONS.match(text, end, se)) is not None:
            # "deployed spike strips on 9 occasions" counts what the police used; "stopped
            # on three occasions" tells a history.
            used = _USED_WHAT.search(text, ss, start) if last == "on" else None
            if used:
                what = used["what"].lower()
                metric = what if what.endswith("s") else what + "s"
                self.add(before[-1][1], occasions.end(), metric, value, **common)
            return
        if nxt == "o" and (part := PARTITIVE.match(text, end, se)) is not None:
            tokens = self.tokens(sent)
            # "90 of the stolen bikes": the things named after the partitive.
            the = _PARTITIVE_THE.match(text, end, se)
            things = _after_participles(tokens.from_(the.end(), 10)) if the else []
            noun = _noun_phrase(things, things[0][1]) if things else None
            if noun is not None and noun[0] == ITEM and value != 1:
                self.counted(span_start, noun[2], noun[0], noun[1], value, **common)
                return
            verb = _verb_near(tokens.from_(part.end(), 7))
            if verb and verb[0] in PERSON_METRICS:
                metric, stop = self.person_metric(verb[0], verb[1], se)
                self.add(span_start, stop, metric, value, **common)
            return
        tokens = self.tokens(sent)
        noun = _noun_phrase(tokens.from_(end, 10), end)
        if noun is None and (arrested := self.arrested_others(tokens, span_start, end)):
            # "arrested 19 suspected shoplifters": whoever they are, each is an arrest.
            self.add(span_start, arrested, "arrests", value, **common)
            return
        if noun is None and (thing := self.seized_thing(tokens, span_start, end)):
            self.add(span_start, thing[1], thing[0], value, **common)
            return
        if noun is None:
            # "Two charged", "12 arrested", and after a partitive ("Of those arrested, 41 have
            # been charged"): the figure counts people.
            people = _PEOPLE_VERB.match(text, end, se)
            if people and (people.group("aux") is None or _CLAUSE_START.search(left)):
                verb = VERBS.get(people.group("v").lower())
                if verb in PERSON_METRICS:
                    metric, stop = self.person_metric(verb, people.end(), se)
                    self.add(span_start, stop, metric, value, **common)
            return
        cls, canonical, np_end = noun
        self.counted(span_start, np_end, cls, canonical, value, **common)

    def person_metric(self, verb: str, verb_end: int, se: int) -> tuple[str, int]:
        """The metric for people a verb counts, and where its phrase ends.

        "released" says how: "under investigation", "on bail", "without charge".
        """
        if verb == "released" and (how := RELEASED_HOW.match(self.text, verb_end, se)):
            kind = next(k for k, v in how.groupdict().items() if v)
            return RELEASED_METRICS[kind], how.end()
        if verb == "relocated" and (safety := _TO_SAFETY.match(self.text, verb_end, se)):
            return PERSON_METRICS["safeguarded"], safety.end()
        return PERSON_METRICS[verb], verb_end

    def seized_thing(self, tokens, start: int, end: int) -> tuple[str, int] | None:
        """(metric, end) for a count of things the lexicon does not list, where a verb of
        seizing governs them: "seized cash and two crossbows", "six balaclavas were found".

        The things are the plural noun, and the words before it that are not descriptions,
        right after the figure.
        """
        words = []
        for word, _s, e in tokens.from_(end, 4):
            if word == "," or word in FOLLOW_STOP or word in VERBS:
                break
            words.append((word, e))
        if not words or len(words) > 3:
            return None
        noun = words[-1][0]
        if noun in NOT_THINGS or not noun.endswith("s") or noun.endswith(("ss", "us", "is")):
            return None
        while len(words) > 1 and words[0][0].endswith(ADJECTIVE_ENDINGS):
            words.pop(0)
        np_end = words[-1][1]
        after = _verb_near(tokens.from_(np_end, 4))
        if after and after[2]:
            verb = after[0]
        else:
            # Back over a list ("seized 2kg of heroin, £900 in cash and six crossbows") to
            # its verb; the figure must open the list or an item of it, not follow "of".
            back = tokens.before(start, 20)
            if not back or not (back[0][0] in ("and", ",") or back[0][0] in VERBS):
                return None
            verb = None
            for word, _s, _e in back:
                if word in _LIST_BREAK:
                    return None
                if word in VERBS:
                    verb = VERBS[word]
                    break
        if verb not in ("seized", "surrendered", "returned"):
            return None
        return f"{' '.join(w for w, _ in words)} {verb}", np_end

    def arrested_others(self, tokens, start: int, end: int) -> int | None:
        """End of "arrested N <people-ish plural>" or "N <plural> were arrested", else None."""
        after = tokens.from_(end, 6)
        plural = None
        for k, (word, _s, e) in enumerate(after[:3]):
            if word == "," or word in _PHRASE_END or word in VERBS:
                break
            if word.endswith("s") and not word.endswith("ss"):
                plural = (k, e)
        before = tokens.before(start, 1)  # the word right before the figure, nearest first
        arrest_before = bool(before) and VERBS.get(before[0][0]) == "arrested"
        if plural is None:
            # "arrested three in Leeds": the figure alone.
            if arrest_before and (not after or after[0][0] in _PHRASE_END or after[0][0] == ","):
                return end
            return None
        if arrest_before:
            return plural[1]
        rest = after[plural[0] + 1 : plural[0] + 4]
        words = [w for w, _, _ in rest]
        if words[:1] and words[0] in _PASSIVE and any(VERBS.get(w) == "arrested" for w in words):
            return next(e for w, _, e in rest if VERBS.get(w) == "arrested")
        return None

    def counted(self, start, np_end, cls, canonical, value, *, sent, **common):
        text = self.text
        ss, se = sent
        tokens = self.tokens(sent)
        after = _verb_near(tokens.from_(np_end, 7))
        before = _verb_near(tokens.before(start, 7))
        if after and (after[2] or after[3] == 0):
            verb, end = after[0], after[1]
        elif before:
            verb, end = before[0], np_end
        elif after:
            verb, end = after[0], after[1]
        else:
            verb, end = None, np_end
        if cls in (PERSON, PERSON_SPECIFIC) and verb not in PERSON_METRICS:
            # The group is the subject of a verb further on, past what describes it; the
            # figure's span is the group alone.
            verb, end = self.subject_verb(start, np_end, sent), np_end
        elif verb == "relocated" and _TO_SAFETY.match(text, end, se):
            verb = "safeguarded"  # "moved to a place of safety"
        if cls == EVENT:
            self.add(start, np_end, canonical, value, sent=sent, **common)
        elif cls == PERSON:
            if verb in PERSON_METRICS:
                metric, end = self.person_metric(verb, end, se)
                self.add(start, end, metric, value, sent=sent, **common)
            elif verb == "safeguarded":
                self.add(start, end, "people safeguarded", value, sent=sent, **common)
        elif cls == PERSON_SPECIFIC:
            if verb == "released":
                metric, end = self.person_metric(verb, end, se)
                self.add(start, end, metric, value, sent=sent, **common)
            elif verb in PERSON_METRICS or verb == "arrested":
                self.add(start, end, f"{canonical} {verb}", value, sent=sent, **common)
        elif cls == RECEIVED:
            if verb == "received":
                self.add(start, np_end, f"{canonical} received", value, sent=sent, **common)
        elif cls == ITEM:
            # "two knives" is a seizure only where the sentence says something was seized.
            if verb in ("surrendered", "returned"):
                self.add(start, np_end, f"{canonical} {verb}", value, sent=sent, **common)
            elif verb == "seized" or SEIZE_CONTEXT.search(text, ss, se):
                self.add(start, np_end, f"{canonical} seized", value, sent=sent, **common)
        elif cls == LINES:
            if verb in LINE_VERBS:
                self.add(start, end, f"{canonical} {verb}", value, sent=sent, **common)
        elif cls == PLACE:
            sentence = text[ss:se].lower()
            if _RAID.search(sentence):
                metric = f"{canonical} raided"
            elif "search" in sentence:
                metric = f"{canonical} searched"
            elif "visit" in sentence or verb == "visited":
                metric = f"{canonical} visited"
            elif _CLOSE.search(sentence):
                metric = f"{canonical} closed"
            else:
                return
            self.add(start, np_end, metric, value, sent=sent, **common)

    def subject_verb(self, start: int, np_end: int, sent) -> str | None:
        """The verb of the clause a counted group of people opens, or None.

        Only a group that opens its clause is its subject; what it was treated as counts too
        ("were moved to a place of safety": safeguarded).
        """
        text = self.text
        ss, se = sent
        if not _CLAUSE_START.search(text[ss:start]):
            return None
        for m in _SUBJECT_VERB.finditer(text, np_end, se):
            if _RELATIVE_END.search(text, np_end, m.start()):
                continue  # "who were stopped": what describes them, not the clause's verb
            verb = VERBS.get(m["v"])
            if verb == "relocated" and _TO_SAFETY.match(text, m.end(), se):
                return "safeguarded"
            if verb in PERSON_METRICS:
                return verb
        return "safeguarded" if SAFEGUARDED.search(text, np_end, se) else None

    def money(self, start, end, value, cur, left, *, sent, **common):
        text = self.text
        ss, se = sent
        worth = _MONEY_WORTH.match(text, end, se)
        if worth:
            drug = DRUG_RE.search(worth["what"])
            what = DRUGS[drug.group().lower()] if drug else "property"
            stop = worth.start("what") + (drug.end() if drug else 0)
            self.add(
                start,
                stop or worth.end(),
                f"{what} seized (value)",
                value,
                unit=cur,
                sent=sent,
                **common,
            )
        elif (valued := _MONEY_VALUE_BEFORE.search(left[-40:])) is not None:
            # "cannabis worth £40,000", "a street value of £8m": drugs, named where the
            # sentence names them; "goods worth £6,000": property.
            owner = left[: len(left) - len(left[-40:]) + valued.start()]
            drug = DRUG_RE.search(text, ss, se)
            if "worth" in valued.group().lower() and not DRUG_RE.search(owner[-30:]):
                action = "recovered" if _RECOVERED.search(text, ss, se) else "seized"
                metric = f"property {action} (value)"
            else:
                metric = f"{DRUGS[drug.group().lower()] if drug else 'drugs'} seized (value)"
            if "estimated" in valued.group().lower() and common.get("qualifier") is None:
                common["qualifier"] = "about"
            self.add(start, end, metric, value, unit=cur, sent=sent, **common)
        elif _MONEY_CASH.match(text, end, se) or _CASH_BEFORE.search(left[-30:]):
            self.add(start, end, "cash seized", value, unit=cur, sent=sent, **common)
        elif _FINE_BEFORE.search(left[-30:]):
            self.add(start, end, "fine", value, unit=cur, sent=sent, **common)
        elif _COSTS_BEFORE.search(left[-30:]):
            self.add(start, end, "costs", value, unit=cur, sent=sent, **common)
        elif (order := _ORDER_AFTER.match(text, end, se)) is not None:
            self.add(
                start,
                end,
                order.group().strip().lower() + " order",
                value,
                unit=cur,
                sent=sent,
                **common,
            )
        elif SEIZE_CONTEXT.search(text, ss, se):
            self.add(start, end, "cash seized", value, unit=cur, sent=sent, **common)

    def percent(self, start, end, value, left, *, sent, **common):
        text = self.text
        ss, se = sent
        sentence = text[ss:se]
        subjects = list(CRIME_NOUNS.finditer(left))
        subject = None
        if subjects:
            found = subjects[-1]
            subject = " ".join(found.group().lower().split())
            # "Moped-enabled crime": keep a hyphenated qualifier the crime word carries.
            qualifier = _HYPHENATED_BEFORE.search(left, 0, found.start())
            if qualifier and subject in ("crime", "offending", "violence"):
                subject = f"{qualifier.group(1).lower()} {subject}"
        if subject is None:
            after = CRIME_NOUNS.search(text, end, se)
            subject = " ".join(after.group().lower().split()) if after else None
        if FALL_WORDS.search(sentence):
            change = "reduction"
        elif RISE_WORDS.search(sentence):
            change = "increase"
        else:
            change = None
        name = " ".join(x for x in (subject, change) if x) or "share"
        self.add(start, end, f"{name} (%)", value, sent=sent, **common)

    def weight(self, start, w, value, *, sent, **common):
        text = self.text
        ss, se = sent
        unit = WEIGHT_UNITS[w["u"].lower()]
        drug = DRUG_RE.search(w["of"]) if w["of"] else None
        end = w.end("u")
        if drug:
            end = w.start("of") + drug.end()
        else:
            drug = DRUG_RE.search(text, max(ss, start - 40), start) or DRUG_RE.search(
                text, w.end(), se
            )
        what = DRUGS[drug.group().lower()] if drug else "drugs"
        self.add(start, end, f"{what} seized ({unit})", value, unit=unit, sent=sent, **common)

    def duration(self, start, num_start, d, value, *, sent, value_max=None, **common):
        text = self.text
        ss, se = sent
        per = MONTHS_PER[d["u"].lower().rstrip("s")]
        if d["half"]:
            value += 0.5
        months = value * per
        top = value_max * per if value_max is not None else None
        if d["n2"]:
            extra = _number_value(d["n2"])
            if extra is not None:
                months += extra * MONTHS_PER[d["u2"].lower().rstrip("s")]
        end = d.end()
        # "between 30 months and six years": a range whose ends carry their own units.
        upper = _UNIT_RANGE.match(text, end, se)
        if upper and top is None and _BETWEEN_END.search(text[ss:num_start]):
            high = _number_value(upper["n"])
            if high is not None:
                top = high * MONTHS_PER[upper["u"].lower().rstrip("s")]
                end = upper.end()
        suspended = _SUSPENDED.search(text, ss, se)
        minimum = _MINIMUM.search(text, ss, num_start)
        metric = "minimum term" if minimum else "suspended sentence" if suspended else "sentence"
        self.add(
            start,
            end,
            metric,
            months,
            sent=sent,
            value_max=top,
            unit="months",
            period=text[num_start:end],
            person=self.sentenced(ss, se, num_start),
            **common,
        )


def find_outcomes(
    doc: Doc,
    people: PeopleIndex,
    operations: list[FoundOperation],
    organisations: list[FoundOrganisation],
) -> list[FoundOutcome]:
    reader = _Outcomes(doc, people, operations, organisations)
    if doc.zones:
        # One pass over the body: sentences never cross a paragraph, so neither do results.
        reader.read_zone(doc.zones[0].start, doc.zones[-1].end, doc.sentence_at)
    body = [o for o in reader.found if doc.in_zone(o.span.start)]
    headline = doc.source.headline_span
    if headline is not None:
        reader.found = []
        whole = (headline.start, headline.end)
        reader.read_zone(headline.start, headline.end, lambda _pos: whole)
        # A figure the body repeats is the body's fact, whatever the headline calls it.
        seen = {(o.value, o.value_max) for o in body}
        body.extend(o for o in reader.found if (o.value, o.value_max) not in seen)

    # One fact once: the same figure for the same thing and person, first mention kept.
    out, seen = [], set()
    for o in sorted(body, key=lambda o: o.span.start):
        key = (o.metric, o.value, o.value_max, o.unit, o.person)
        if key in seen:
            continue
        seen.add(key)
        out.append(o)
    return out
