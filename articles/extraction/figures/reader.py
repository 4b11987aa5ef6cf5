"""The reader that walks a stretch of text for results and keeps what it found."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from articles.extraction.budget import check_budget
from articles.extraction.document import register_words
from articles.extraction.figures import items, kinds, persons, phrases, terms
from articles.extraction.figures.numbers import DIGITS, NUMBER, NUMBER_WORDS, read_figure, tidy
from articles.extraction.figures.rules import RULES
from articles.extraction.figures.tokens import Tokens
from articles.extraction.headers import Span
from articles.extraction.lexicon.counted import SINGLE_WEAPON_WORDS
from articles.extraction.lexicon.measures import LIFE_WORDS
from articles.extraction.lexicon.metrics import (
    AREA_CUES,
    AREA_WIDE,
    AREA_WORDS,
    CAMPAIGN,
    FORCE_CONTEXT,
    FORCE_CUES,
    FORCE_WORDS,
    NATIONAL,
    NATIONAL_BACKGROUND,
    NATIONAL_CONTEXT,
    NATIONAL_WORDS,
    PAST_PERIOD,
    PENALTY_CONTEXT,
    PENALTY_WORDS,
)
from articles.extraction.lexicon.numbers import (
    ARTICLES,
    DIGIT_START,
    NUMBER_WORD_STARTS,
    SCALE_WORDS,
    TOTAL_AFTER,
    TOTAL_ANY,
    TOTAL_BEFORE,
    TOTAL_HEAD,
    TOTAL_WORDS,
)
from articles.extraction.lexicon.patterns import lower_case_twin, read_lower_cased
from articles.extraction.spans import SpanIndex
from articles.extraction.types import FoundOutcome
from articles.extraction.vocabulary import CURRENCY_SIGNS, FIGURE_LIMIT, Scope

if TYPE_CHECKING:
    from articles.extraction.document import Doc
    from articles.extraction.figures.numbers import Figure
    from articles.extraction.people import PeopleIndex

_WEAPON_WORDS = register_words(SINGLE_WEAPON_WORDS)


read_lower_cased(
    FORCE_CONTEXT, CAMPAIGN, TOTAL_ANY, NATIONAL_BACKGROUND, PENALTY_CONTEXT, PAST_PERIOD
)


def _word_before(text: str, pos: int) -> bool:
    """Whether anything but a space stands right before `pos`: a pattern searched from `pos`
    in the text sees it (at a word boundary), as it would not in a copy that starts there."""
    return pos > 0 and not text[pos - 1].isspace()


def _storable(value) -> bool:
    return value is None or abs(value) < FIGURE_LIMIT


class OutcomeReader:
    """Reads results in one document and keeps them, each span taken once."""

    def __init__(self, doc: Doc, people: PeopleIndex, operations, organisations):
        self.doc = doc
        self.text = doc.text
        self.people = people
        self.op_mentions = sorted((m.start, m.end, o.name) for o in operations for m in o.mentions)
        self.org_mentions = sorted(
            (m.start, m.end, o.name) for o in organisations for m in o.mentions
        )
        self.found: list[FoundOutcome] = []
        # Figures too large to store: left out, and reported (FIGURE_LIMIT).
        self.out_of_range: list[Span] = []
        self.taken = SpanIndex()
        self._tokens: dict[tuple[int, int], Tokens] = {}
        self._lowered: dict[tuple[int, int], str] = {}
        self._force: dict[tuple[int, int], bool] = {}
        # Whether a pattern occurs in a sentence, by (id of the pattern, sentence).
        self._says: dict[tuple[int, tuple[int, int]], bool] = {}
        # (scope, operation, organisation, whether background) of the results in a sentence, read
        # once for it.
        self._whose: dict[tuple[int, int], tuple] = {}
        self._may_be_national = doc.has_word(NATIONAL_WORDS)
        self._may_be_force_wide = doc.has_word(FORCE_WORDS)
        self._may_have_totals = doc.has_word(TOTAL_WORDS)
        self._may_state_the_law = doc.has_word(PENALTY_WORDS)
        self._may_name_an_area = doc.has_word(AREA_WORDS)

    # -- building ----------------------------------------------------------------------------

    def add(
        self,
        start,
        end,
        metric,
        value,
        *,
        sent,
        rule,
        value_max=None,
        unit=None,
        qualifier=None,
        period=None,
        person=None,
        is_total=False,
    ):
        """Keep a result spanning text[start:end], less any punctuation it ends with, found by
        `rule` (a name of `rules.RULES`)."""
        text = self.text
        while end > start and text[end - 1] in " ,;:":
            end -= 1
        span = Span(start, end, text[start:end])
        value = tidy(value)
        if value_max is not None:
            value_max = tidy(value_max)
        self.taken.add(start, end)
        if not (_storable(value) and _storable(value_max)):
            self.out_of_range.append(span)
            return
        if self._may_state_the_law and self.says(PENALTY_CONTEXT, sent):
            return  # what the law provides for, not what happened
        whose = self._whose.get(sent)
        if whose is None:
            scope, operation = self._scope_of(sent)
            whose = self._whose[sent] = (
                scope,
                operation,
                self._named_in(self.org_mentions, sent),
                operation is None and self._area_background(scope, sent),
            )
        scope, operation, organisation, background = whose
        if background:
            return  # a whole area's figure over a year that is over, not a result
        if scope == Scope.NATIONAL:
            if self.says(NATIONAL_BACKGROUND, sent):
                return  # the country's figure over a past period, not a result
            metric += NATIONAL
        # In the order of its fields: a result is built for most figures, and a named tuple
        # built from keywords costs three times as much.
        self.found.append(
            FoundOutcome(
                span,
                metric,
                value,
                value_max,
                unit,
                qualifier,
                period,
                operation,
                organisation,
                person,
                scope,
                is_total or self._total_at(start, end, sent),
                rule,
                RULES[rule],
            )
        )

    def add_figure(self, fig: Figure, end: int, metric: str, *, start=None, **fields):
        """Keep a result read from `fig`, spanning from its qualifier (or `start`) to `end`;
        `fields` are its rule, unit, period and person."""
        self.add(
            fig.span_start if start is None else start,
            end,
            metric,
            fig.value,
            sent=fig.sent,
            value_max=fig.value_max,
            qualifier=fig.qualifier,
            **fields,
        )

    def _scope_of(self, sent) -> tuple[Scope, str | None]:
        """(scope, operation): whose result a figure in `sent` is.

        A total for the country or for several forces is never the local operation's; a
        force-wide figure is the operation's only where the sentence names it; else the
        operation the sentence names, or failing that its paragraph.
        """
        if self._national(sent):
            return Scope.NATIONAL, None
        operation = self._named_in(self.op_mentions, sent)
        if operation is None and self._force_wide(sent):
            return Scope.FORCE, None
        if operation is None and self.doc.in_zone(sent[0]):
            zone = self.doc.zones[self.doc.zone_index(sent[0])]
            operation = self._named_in(self.op_mentions, (zone.start, zone.end))
        return Scope.OPERATION, operation

    def _force_wide(self, sent) -> bool:
        if not self._may_be_force_wide:
            return False
        found = self._force.get(sent)
        if found is None:
            lowered = self.lowered(sent)
            found = self._force[sent] = (
                any(cue in lowered for cue in FORCE_CUES)
                and self.says(FORCE_CONTEXT, sent)
                and not self.says(CAMPAIGN, sent)
            )
        return found

    def _area_background(self, scope: Scope, sent) -> bool:
        """Whether a figure no operation claims is a force's or a region's tally over a past
        year: "across the state in 2025", "Across Queensland, ... in the financial year"."""
        if scope == Scope.NATIONAL:
            return False  # judged by the country's own words (NATIONAL_BACKGROUND)
        if scope != Scope.FORCE:
            if not self._may_name_an_area:
                return False
            lowered = self.lowered(sent)
            if not any(cue in lowered for cue in AREA_CUES) or not self.says(AREA_WIDE, sent):
                return False
        return self.says(PAST_PERIOD, sent)

    def _total_at(self, start: int, end: int, sent) -> bool:
        """Whether the words at a figure make it a group's total: "a total of 40", "40 in
        all", "a combined 22 years"."""
        if not self._may_have_totals:
            return False
        if not self.says(TOTAL_ANY, sent):
            return False
        text = self.text
        if TOTAL_HEAD.match(text, start, end) or TOTAL_BEFORE.search(
            text, max(sent[0], start - 30), start
        ):
            return True
        return bool(TOTAL_AFTER.match(text, end, min(sent[1], end + 40)))

    def _national(self, sent) -> bool:
        if not self._may_be_national:
            return False
        return self.says(NATIONAL_CONTEXT, sent)

    @staticmethod
    def _named_in(mentions, sent) -> str | None:
        """The first of `mentions` inside the sentence: what a result there belongs to."""
        if not mentions:
            return None
        ss, se = sent
        i = bisect_left(mentions, (ss,))
        while i < len(mentions) and mentions[i][0] < se:
            if mentions[i][1] <= se:
                return mentions[i][2]
            i += 1
        return None

    def says(self, pattern: re.Pattern, sent) -> bool:
        """Whether `pattern` (a case-blind pattern of the lexicon) occurs in the sentence,
        read once for it; on the sentence lower-cased where its twin allows."""
        key = (id(pattern), sent)
        found = self._says.get(key)
        if found is None:
            ss, se = sent
            twin = lower_case_twin(pattern)
            lowered = self.lowered(sent)
            if twin is not None and len(lowered) == se - ss and not _word_before(self.text, ss):
                found = twin.search(lowered) is not None
            else:
                found = pattern.search(self.text, ss, se) is not None
            self._says[key] = found
        return found

    def lowered(self, sent) -> str:
        """The sentence lower-cased, once for all the figures in it."""
        found = self._lowered.get(sent)
        if found is None:
            found = self._lowered[sent] = self.text[sent[0] : sent[1]].lower()
        return found

    def tokens(self, sent) -> Tokens:
        found = self._tokens.get(sent)
        if found is None:
            found = self._tokens[sent] = Tokens(self.text, *sent)
        return found

    def is_taken(self, s, e):
        return self.taken.overlaps(s, e)

    # -- reading -----------------------------------------------------------------------------

    def read_zone(self, zs: int, ze: int, sentence_of):
        """Every result in text[zs:ze]; `sentence_of(pos)` gives the sentence around pos."""
        # The phrase around "life" or "warrant" only: scanning whole sentences for these
        # patterns costs more than all the rest.
        for pos in self.doc.positions(LIFE_WORDS, zs, ze):
            terms.read_life(self, pos, sentence_of(pos))
        phrases.read_phrases(self, zs, ze, sentence_of)
        self.read_figures(zs, ze, sentence_of)
        # After the figures, so that "two knives and a machete" reads both.
        for pos in self.doc.positions(_WEAPON_WORDS, zs, ze):
            items.read_single_weapon(self, pos, sentence_of(pos))
        for pos in self.doc.positions(persons.ONE_PERSON_WORDS, zs, ze):
            persons.read_one_person(self, pos, sentence_of(pos))
        for pos in self.doc.positions(persons.GROUP_WORDS, zs, ze):
            persons.read_group(self, pos, sentence_of(pos))

    def read_figures(self, zs: int, ze: int, sentence_of):
        """Figures: digits anywhere, and number words where the word index has them."""
        text, doc = self.text, self.doc
        candidates = [m.start() for m in DIGITS.finditer(text, zs, ze)]
        candidates += doc.positions(NUMBER_WORD_STARTS, zs, ze)
        if doc.has_word(SCALE_WORDS):
            candidates += doc.words_in(ARTICLES, zs, ze)
        reached = zs
        for pos in sorted(candidates):
            if pos < reached:
                continue
            check_budget()
            sent = sentence_of(pos)
            m = (NUMBER if text[pos] in DIGIT_START else NUMBER_WORDS).match(text, pos, sent[1])
            if m is None and text[pos] in CURRENCY_SIGNS:
                # Letters before the sign make it another country's dollar ("S$148,000"):
                # the amount starts at its digits.
                m = NUMBER.match(text, pos + 1, sent[1])
            if m is None:
                continue
            reached = m.end()
            if not self.is_taken(m.start(), m.end()):
                fig = read_figure(text, m, sent)
                if fig is not None:
                    kinds.read_kind(self, fig)
