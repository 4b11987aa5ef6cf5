"""Who said a quote: the attribution tag around it, and whom "he" or "the officer" means.

A quote's speaker is read from the clause before its first mark ("Chief Inspector X, the
commander, said:") or the tag after a closing mark ('," he added.'). The clause names the
speaker outright, or by a pronoun next to the speech verb, or by a role noun ("the officer");
a pronoun or role noun points back at the most recent person named outside quotes who fits
(`antecedents`). Each reading has a rule name and a confidence (`RULES`) the review queue shows.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from articles.extraction.antecedents import Antecedent, Antecedents
from articles.extraction.document import Doc
from articles.extraction.headers import Span
from articles.extraction.lexicon.quotes import (
    AGE_NOUN_RE,
    POST_WORK_WORDS,
    PRONOUN_WORDS,
    REPORTING_VERBS,
    ROLE_LEAD_WORDS,
    ROLE_NOUN_RE,
    ROLE_NOUNS,
    SUBJECT_PRONOUNS,
    UNNAMED_RE,
)
from articles.extraction.lexicon.wordsets import words_pattern
from articles.extraction.people import PeopleIndex
from articles.extraction.quotemarks import Segment
from articles.extraction.tags import (
    TAIL,
    VerbSpan,
    attribution_tail,
    judging_verbs,
    passive_before,
    speech_verbs,
    verb_words,
    word_count,
)
from articles.extraction.writings import writer_before

# Words before a name that make it an object, not the subject who speaks: "with Tom Cox",
# "Jailing Tom Cox, Judge Jo Reyes said…" (a participle that opens the clause, or one in small
# letters: not the "Investigating" of a title).
_OBJECT_BEFORE = re.compile(
    r"(?:\b(?i:of|into|against|on|about|with|for|from|to|by|after|over|at|than)"
    rf"|(?:^|[,;]\s*)[A-Z][a-z]+ing|\b(?!(?:{words_pattern(POST_WORK_WORDS)})\s)[a-z]+ing)\s+$"
)
_POSSESSIVE = re.compile(r"[’']s?\b")
# After "said", a pronoun is the speaker only when the tag ends with it ('," said he.'), or a
# time or place follows: in "the judge said she had…" it is the subject of what was said.
_AFTER_INVERTED_PRONOUN = re.compile(
    r"\s*(?:$|[^\w\s]|(?:in|on|at|today|yesterday|later|afterwards|outside)\b)"
)

# Every way a speaker is read, and how sure that reading is (1.0 would be right whenever it
# fires). A named speaker is surer than one a pronoun or role noun points back at, and one read
# from a nearby paragraph surer when that paragraph introduces the quote than when it only
# reports the speaker's words.
RULES = {
    "said-before-quote": 0.95,  # "Det Supt Jo Reyes said: '…'"
    "said-after-quote": 0.95,  # '"…," said Det Supt Jo Reyes.'
    "judging-verb": 0.85,  # "Cllr Jo Hale called the plan 'a good start'"
    "writer": 0.8,  # "one of Jo Hale's messages, which read: '…'"
    "introduced-previous-paragraph": 0.9,  # "Inspector Jo Reyes, who led it, said:" ¶ "…"
    "pronoun-same-paragraph": 0.85,  # "Jo Reyes praised the team. '…,' she said."
    "pronoun-earlier-paragraph": 0.7,  # "he said" for a person named paragraphs before
    "role-noun": 0.75,  # '"…," the officer added.'
    "age-noun": 0.8,  # '"…," the 34-year-old told the court.' with "Tom Cox, 34," before
    "role-noun-named-later": 0.6,  # "a judge called it…", the one judge named further on
    "speaker-previous-sentence": 0.7,  # "Jo Reyes praised the team. '…'"
    "reported-speech-previous-paragraph": 0.6,  # "Reyes said the team had…" ¶ "…"
    "carried-on-after-narration": 0.6,  # the speaker of the quote before goes on
    "unresolved-speaker": 0.3,  # a tag whose "he" or "the officer" fits nobody named
    "no-speaker": 0.5,  # no tag, or one that names nobody ("a spokesperson said")
}


class Attribution(NamedTuple):
    speaker: str | None  # canonical person name, when the clause says who
    clause: Span | None  # the attribution clause as printed, named or not
    rule: str = "no-speaker"  # a key of RULES: how the speaker was read

    @property
    def confidence(self) -> float:
        return RULES[self.rule]


_NOBODY = Attribution(None, None)


class Attributor:
    """Reads the speakers of one article's quotes, each attribution clause once.

    `excluded` holds the quoted spans: a person named inside a quote is not who "he" means.
    Splitting a quote by speaker and crediting its parts read the same clauses, so what each
    clause names is remembered.
    """

    def __init__(self, doc: Doc, people: PeopleIndex, excluded: list[tuple[int, int]]):
        self.doc = doc
        self.people = people
        self.antecedents = Antecedents(people, excluded)
        self._read: dict[tuple[int, int, bool], Attribution | None] = {}

    def split_by_speaker(self, group: list[Segment]) -> list[list[Segment]]:
        """The group as quotes, a new one where a paragraph or a sentence names somebody else:
        '"…," said Insp Jo Hale. Cllr Sam Ray said: "…"' is two."""
        parts = [[group[0]]]
        speaker = self.attribute([group[0]]).speaker
        for seg in group[1:]:
            if seg.para != parts[-1][-1].para:
                own = self.attribute([seg]).speaker
            elif self.people.at(parts[-1][-1].end, seg.start):  # somebody named in between
                own = (self._before([seg], 0, within=True) or _NOBODY).speaker
            else:
                own = None
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
                unnamed = unnamed or found
        return unnamed or _NOBODY

    def reported_before(self, seg: Segment) -> Attribution | None:
        """For a quote with no tag that opens its sentence, the speaker of the sentence before:
        in the same paragraph, whoever it has speak ("Insp Jo Hale praised the team. '…'"); in
        the paragraph before, whoever it reports ("Insp Jo Hale said the team had worked for
        months." then '"We are delighted."')."""
        doc = self.doc
        para = doc.source.paragraphs[seg.para]
        if seg.start == para.start:
            if seg.para == 0:
                return None
            prev = doc.source.paragraphs[seg.para - 1]
            start, end = doc.sentence_at(max(prev.start, prev.end - 1))
            start, rule = max(start, prev.start), "reported-speech-previous-paragraph"
        else:
            opening, _ = doc.sentence_at(seg.start)
            if opening != seg.start:
                return None  # words in marks inside a sentence of narration
            start, end = doc.sentence_at(seg.start - 1)
            start, rule = max(start, para.start), "speaker-previous-sentence"
        if start >= end or self.antecedents.quoted(start) or self.antecedents.quoted(end - 1):
            return None  # a quote of its own, whose speaker is read from its tag
        verbs = speech_verbs(doc, start, end)
        if rule == "reported-speech-previous-paragraph":
            verbs = [v for v in verbs if verb_words(doc, v) in REPORTING_VERBS]
        else:
            verbs = sorted(verbs + judging_verbs(doc, start, end))
        if not verbs:
            return None
        found = self._speaker_in(start, verbs[0].end, lead=True)
        if found.speaker is None:
            return None
        return found._replace(rule=rule)

    def _before(self, group: list[Segment], k: int, within: bool = False) -> Attribution | None:
        """The clause before a paragraph's first mark: "Chief Inspector X, the commander, said:".

        `within`: the segment is not its paragraph's first, and its own sentence is read.
        """
        seg = group[k]
        if not seg.opened or (k and group[k - 1].para == seg.para):
            return None
        doc = self.doc
        para = doc.source.paragraphs[seg.para]
        lead_from = seg.start
        if seg.start > para.start:
            lead_from, _ = doc.sentence_at(seg.start)
        lead_from = max(lead_from, para.start)
        lead_to = seg.start
        introduced = False
        if not doc.text[lead_from:lead_to].strip():
            if k or within or seg.start > para.start:
                return None
            lead_from, lead_to = self._introducing_paragraph(seg.para)
            if lead_from == lead_to:
                return None
            introduced = True
        writer = writer_before(doc.text, self.people, lead_from, lead_to)
        if writer:
            return Attribution(writer, _clause_span(doc.text, lead_from, lead_to), "writer")
        key = (lead_from, lead_to, True)
        found = self._read.get(key)
        if found is None:
            found = self._read[key] = self._speaker_in(lead_from, lead_to, lead=True)
        if introduced and found.rule in ("said-before-quote", "judging-verb"):
            found = found._replace(rule="introduced-previous-paragraph")
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
            found = None
            if attribution_tail(self.doc, seg.end, tail_end):
                m = TAIL.match(self.doc.text, seg.end, tail_end)
                found = self._speaker_in(m.start("body"), m.end(), lead=False)
            self._read[key] = found
        return self._read[key]

    def _speaker_in(self, start: int, end: int, lead: bool) -> Attribution:
        """The speaker an attribution clause names, resolving "he" and "the officer"."""
        doc = self.doc
        text = doc.text
        verbs = speech_verbs(doc, start, end)
        judging = False
        if lead:
            # "Cllr Jo Hale called the plan 'a good start'": a verb of judging names the speaker.
            judged = judging_verbs(doc, start, end)
            judging = bool(judged) and not verbs
            verbs = sorted(verbs + judged)
        if not verbs and not (lead and text[start:end].rstrip().endswith(":")):
            return _NOBODY
        if verbs and passive_before(text, start, verbs[-1].start):
            return _NOBODY  # "Moss was described as…": the subject is not the speaker
        clause = _clause_span(text, start, end)
        named = self._named(start, end, verbs[-1].start if verbs else end, lead)
        if named:
            if judging:
                return Attribution(named, clause, "judging-verb")
            return Attribution(named, clause, "said-before-quote" if lead else "said-after-quote")
        for read in (self._pronoun, self._role_noun):
            found = read(start, end, verbs)
            if found is not None:
                return found._replace(clause=clause)
        return Attribution(None, clause, "no-speaker")

    def _named(self, start: int, end: int, verb_at: int, lead: bool) -> str | None:
        """A person named in the clause: the subject before the verb, or after it; never one
        named as somebody's ("Cox's lawyer, Jo Hale, said")."""
        text = self.doc.text
        mentions = [m for m in self.people.at(start, end) if not _POSSESSIVE.match(text, m.end)]
        if not lead:  # '," said Det Supt Jane Smith.'
            return next((name for _ms, _me, name in mentions), None)
        # The subject: a named person before the verb, not the object of a preposition.
        for ms, _me, name in mentions:
            if ms < verb_at and not _OBJECT_BEFORE.search(text[max(start, ms - 15) : ms]):
                return name
        if self._subject_before(start, verb_at):
            return None  # "The judge said the Odum brothers had…": a name the speech reports
        for ms, _me, name in mentions:
            if ms >= verb_at:
                return name  # "said Det Supt Jane Smith:"
        return None

    def _subject_before(self, start: int, verb_at: int) -> bool:
        """Whether a pronoun or a role noun ("he", "the judge") is the verb's subject."""
        doc = self.doc
        if doc.words_in(PRONOUN_WORDS, start, verb_at):
            return True
        return any(
            ROLE_NOUN_RE.match(doc.text, pos, verb_at)
            for pos in doc.words_in(ROLE_LEAD_WORDS, start, verb_at)
        )

    def _pronoun(self, start: int, end: int, verbs: list[VerbSpan]) -> Attribution | None:
        """ "he said", "said she", "he later added": whom a pronoun next to the verb means."""
        text = self.doc.text
        for pos in self.doc.words_in(PRONOUN_WORDS, start, end):
            word = text[pos : pos + 3].rstrip(" ,.").lower()
            after = pos + len(word)
            next_to_verb = any(
                (0 < vs - pos <= 25 and word_count(text[pos:vs]) <= 3)
                or (
                    ve <= pos
                    and not text[ve:pos].strip()
                    and _AFTER_INVERTED_PRONOUN.match(text, after, end)
                )
                for vs, ve in verbs
            )
            if next_to_verb:
                found = self.antecedents.resolve(start, gender=SUBJECT_PRONOUNS.get(word))
                if found and UNNAMED_RE.search(text, found.at, start):
                    found = None  # somebody left unnamed since: "He asked not to be named."
                return self._pointed_at(found, start, "pronoun")
        return None

    def _role_noun(self, start: int, end: int, _verbs) -> Attribution | None:
        """ "the lieutenant said": whoever carries that rank or title, else anybody the kind
        of role fits ("the officer" for an inspector); "the 34-year-old said": whoever is 34."""
        text = self.doc.text
        for pos in self.doc.words_in(ROLE_LEAD_WORDS, start, end):
            aged = AGE_NOUN_RE.match(text, pos, end)
            if aged:
                found = self.antecedents.resolve(start, age=int(aged.group(1)))
                return self._pointed_at(found, start, "age-noun")
            m = ROLE_NOUN_RE.match(text, pos, end)
            if m:
                noun = " ".join(m.group(1).lower().split())
                if text[pos] in "Aa":  # "a judge": somebody not named yet, if anybody
                    later = self.antecedents.named_later(noun, start)
                    return Attribution(
                        later, None, "role-noun-named-later" if later else "no-speaker"
                    )
                role = ROLE_NOUNS[noun]
                found = self.antecedents.resolve(start, word=noun)
                found = found or self.antecedents.resolve(start, role=role)
                return self._pointed_at(found, start, "role-noun")
        return None

    def _pointed_at(self, found: Antecedent | None, start: int, kind: str) -> Attribution:
        """The person a pronoun or role noun points at, with the rule that read it."""
        if found is None:
            return Attribution(None, None, "unresolved-speaker")
        if kind in ("role-noun", "age-noun"):
            return Attribution(found.name, None, kind)
        para = self.doc.source.paragraphs[max(0, _paragraph_of(self.doc, start))]
        same = found.at >= para.start
        return Attribution(
            found.name, None, "pronoun-same-paragraph" if same else "pronoun-earlier-paragraph"
        )


def _paragraph_of(doc: Doc, pos: int) -> int:
    """The index of the body paragraph `pos` stands in; -1 before the first."""
    return bisect_right(doc.source.paragraphs, pos, key=_start) - 1


def _start(span: Span) -> int:
    return span.start


def _clause_span(text: str, start: int, end: int) -> Span | None:
    """The clause as printed, without the punctuation and spaces around it."""
    a, b = start, end
    while a < b and text[a] in " \t,.;":
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return Span(a, b, text[a:b]) if b > a else None
