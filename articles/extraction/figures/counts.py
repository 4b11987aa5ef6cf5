"""Figures that count: people by what happened to them, events, things seized, places.

A figure followed by a counted noun ("40 arrests", "two knives") is named by the noun and the
verb that governs it; one followed by no counted noun may still count arrests ("arrested 19
shoplifters"), things seized ("six crossbows were found") or people ("Two charged").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from articles.extraction.figures.clauses import (
    CLAUSE_START,
    TO_SAFETY,
    Metric,
    main_verb,
    person_metric,
    subject_verb,
)
from articles.extraction.figures.groups import by_place, one_group
from articles.extraction.figures.items import hidden_in, seized_thing, taken_name
from articles.extraction.figures.numbers import number_value
from articles.extraction.figures.tokens import (
    PASSIVE,
    WORD,
    CountedPhrase,
    Tokens,
    before_breakdown,
    noun_phrase,
    phrase_verb,
    verb_after_and,
    verb_near,
)
from articles.extraction.lexicon.actions import (
    APPEARED,
    AS_VICTIMS_AFTER,
    CHARGED_WITH,
    LINE_VERBS,
    PERSON_METRICS,
    PLACE_VERBS,
    RESOURCE_CONTEXT,
    RESOURCE_FROM,
    RESOURCE_HARMED,
    SEIZE_CONTEXT,
    VERBS,
)
from articles.extraction.lexicon.counted import CountedAs
from articles.extraction.lexicon.measures import DRUG_FORM_OF, DRUG_FORMS, DRUG_RE, DRUGS
from articles.extraction.lexicon.metrics import metric
from articles.extraction.lexicon.numbers import NUMBER_WORD_RE
from articles.extraction.lexicon.patterns import read_lower_cased
from articles.extraction.lexicon.phrasewords import OTHER_PEOPLE_WORDS, RECORD_WORDS
from articles.extraction.lexicon.words import words_pattern, wordset

if TYPE_CHECKING:
    from articles.extraction.figures.numbers import Figure
    from articles.extraction.figures.reader import OutcomeReader

_PEOPLE_VERB = re.compile(
    rf" (?:(?:{words_pattern(OTHER_PEOPLE_WORDS)}) )?"
    r"(?P<aux>(?:have|has|had|were|was|are)\s+(?:(?:been|now|since|already|also)\s+)*)?"
    r"(?P<v>[a-z]+)\b"
)
_INTO_CUSTODY = re.compile(r"\s+into\s+(?:police\s+)?custody\b", re.IGNORECASE)
# After a counted noun and where they were, more of the same somewhere else: "17 addresses in
# Leeds and one in York", "two schools in the north and three more in the south".
_AND_MORE = re.compile(
    r"\s+(?:in|at|across|on)\s+(?:the\s+)?[\w’'-]+(?:\s+[A-Z][\w’'-]*){0,3},?\s+and\s+"
    r"(?P<n>\d+|" + NUMBER_WORD_RE + r")\s+(?:more\s+|other\s+|further\s+)?"
    r"(?:in|at|across|on)\s",
    re.IGNORECASE,
)
# A part of the group just counted, with a verb of its own: "arrested 30 people and 12 of
# them were charged".
_PART_OF = re.compile(
    r"\b(?:\d[\d,]*|" + NUMBER_WORD_RE + r")\s+of\s+(?:them|those|whom|these)\b", re.IGNORECASE
)
_RECORD_BEFORE = re.compile(r"\b(?:previous|prior)\s+convictions\s+for\s+$", re.IGNORECASE)
_ONE_WORDS = frozenset({"a", "an"})
_COUNTS = "counts"  # charges as some courts count them, where the words before say so
_OFFENCES = "offences"  # charges, where the words before say they were charged
_ONE_AFTER = wordset("in at from during on with after")
_RAID = re.compile(r"\braid")
_WARRANT = re.compile(r"\bwarrant")
_SWOOP = re.compile(r"\bswoop")
# "forced entry to 27 addresses", "breaking down doors at 31 addresses": places whose doors
# the police forced, one name whatever the places are called.
_DOORS_FORCED = re.compile(
    r"\bforced\s+(?:entry|their\s+way)"
    r"|\b(?:break|broke|smash|batter|forc)\w*\s+(?:down\s+|in\s+|open\s+)?(?:the\s+|their\s+)?doors?\b"
)
_CLOSE = re.compile(r"\bclos")
_PHRASE_END = PASSIVE | wordset("in on at for from of and or with by after during to as")
# What may happen to things other than their seizure, named as it is: "knives surrendered",
# "vehicles stopped".
_HELD_VERBS = frozenset(
    {"surrendered", "returned", "frozen", "restrained", "stopped", "intercepted"}
)
read_lower_cased(SEIZE_CONTEXT, RESOURCE_CONTEXT, RESOURCE_HARMED)


def read_count(r: OutcomeReader, fig: Figure) -> None:
    """A figure no other kind claims: what it counts, if anything."""
    if fig.value == 1 and not fig.in_digits and fig.last_word in _ONE_AFTER:
        return  # "seized cash in one raid": "one" stands for "a", and counts nothing
    tokens = r.tokens(fig.sent)
    ahead = tokens.from_(fig.end, 10)
    if (ahead and ahead[0][WORD] in RECORD_WORDS) or _RECORD_BEFORE.search(fig.left[-40:]):
        return  # "14 previous convictions for 31 offences": a defendant's record
    noun = noun_phrase(ahead, fig.end)
    if noun is not None:
        counted(r, fig, before_breakdown(r.text, fig.end, fig.sent[1], tokens, noun))
    elif arrested := arrested_others(tokens, fig.span_start, fig.end):
        # "arrested 19 suspected shoplifters": whoever they are, each is an arrest.
        r.add_figure(fig, arrested, metric("arrests"), rule="arrested-others")
    elif thing := seized_thing(tokens, fig.span_start, fig.end):
        name, end = thing
        r.add_figure(fig, end, name, rule="printed-thing-seized")
    else:
        # "Two charged", "12 arrested", and after a partitive ("Of those arrested, 41 have
        # been charged"): the figure counts people.
        text, se = r.text, fig.sent[1]
        people = _PEOPLE_VERB.match(text, fig.end, se)
        # The clause opens where the figure's qualifier does: "More than 200 have been charged".
        opening = text[fig.sent[0] : fig.span_start]
        if (
            ahead
            and ahead[0][WORD] in APPEARED
            and CLAUSE_START.search(opening)
            and (later := verb_after_and(ahead))
            and later.verb in PERSON_METRICS
        ):
            found = person_metric(text, later.verb, later.end, se)
            r.add_figure(fig, found.end, found.name, rule="people-verb")
        elif people and (people.group("aux") is None or CLAUSE_START.search(opening)):
            verb, end = VERBS.get(people.group("v").lower()), people.end()
            if verb is None:
                verb, end = phrase_verb(tokens.from_(people.start("v"), 5)) or (None, end)
            if verb in PERSON_METRICS:
                found = person_metric(text, verb, end, se)
                if not by_place(r, fig, found):
                    r.add_figure(fig, found.end, found.name, rule="people-verb")


def counted(r: OutcomeReader, fig: Figure, noun: CountedPhrase) -> None:
    """A figure with a counted noun, named by how the noun is counted and the verb."""
    fig, noun, summed = one_group(r, fig, noun)
    verb, end = _governing_verb(r, fig, noun)
    named = _COUNTED_METRICS[noun.counted_as](r, fig, noun, verb, end)
    if named is None:
        return
    more = _AND_MORE.match(r.text, noun.end, fig.sent[1])
    extra = number_value(more["n"]) if more else None
    if extra is not None and fig.value_max is None:
        # "17 addresses in Leeds and one in York": one figure for all of them.
        fig = fig._replace(value=fig.value + extra)
        named, summed = named._replace(end=max(named.end, more.end("n"))), True
    r.add_figure(fig, named.end, named.name, rule="count-sum" if summed else named.rule)


def _governing_verb(r: OutcomeReader, fig: Figure, noun: CountedPhrase):
    """(verb, end): what happened to what the figure counts, and where its phrase ends."""
    tokens = r.tokens(fig.sent)
    ahead = tokens.from_(noun.end, 7)
    after = verb_near(ahead)
    before = verb_near(tokens.before(fig.span_start, 7), ahead=False)
    if after and before and _another_figure(r.text, noun.end, ahead[: after.index]):
        # "arrested 16 people, 11 of whom were charged", "arrested 30 people and 12 of them
        # were charged": the verb past the comma, or past another figure, is another's.
        after = None
    people = noun.counted_as in (CountedAs.PERSON, CountedAs.PERSON_SPECIFIC)
    if people and after and after.index == 0:
        # "nine people arrested have been released on bail": the participle describes
        # them; the clause's own verb says what happened to them.
        after = main_verb(r.text, after, fig.sent[1])
    if after and (after.passive or after.index == 0):
        verb, end = after.verb, after.end
    elif before:
        verb, end = before.verb, noun.end
    elif after:
        verb, end = after.verb, after.end
    else:
        verb, end = _lead_verb(r, fig, tokens), noun.end
    if verb is None and _INTO_CUSTODY.match(r.text, noun.end, fig.sent[1]):
        verb, end = "arrested", noun.end  # "took 25 people into custody"
    if people and verb not in PERSON_METRICS:
        # The group is the subject of a verb further on, past what describes it; the
        # figure's span is the group alone.
        return subject_verb(r.text, fig.span_start, noun.end, fig.sent), noun.end
    if verb == "relocated" and TO_SAFETY.match(r.text, end, fig.sent[1]):
        verb = "safeguarded"  # "moved to a place of safety"
    return verb, end


def _another_figure(text: str, pos: int, between) -> bool:
    """Whether a comma or a part of the group ("12 of them") stands between a counted noun
    and a verb."""
    if any(w == "," for w, _s, _e in between):
        return True
    end = between[-1][2] if between else pos
    return "of" in (w for w, _s, _e in between) and _PART_OF.search(text, pos, end) is not None


def _lead_verb(r: OutcomeReader, fig: Figure, tokens: Tokens) -> str | None:
    """The verb of a list's lead, for an item far down the list: "police located:" then
    "- more than 1,800 rounds of ammunition" (the sentence runs from the lead)."""
    colon = r.text.rfind(":", fig.sent[0], fig.span_start)
    lead = verb_near(tokens.before(colon, 7), ahead=False) if colon > 0 else None
    return lead.verb if lead else None


def _person(r, fig, noun, verb, end) -> Metric | None:
    if verb in PERSON_METRICS:
        return person_metric(r.text, verb, end, fig.sent[1])
    if verb == "safeguarded":
        return Metric(metric("{people}", people=PERSON_METRICS[verb]), end)
    return None


def _person_specific(r, fig, noun, verb, end) -> Metric | None:
    if verb == "released":
        return person_metric(r.text, verb, end, fig.sent[1])
    if verb in ("identified", "referred") and (
        victims := AS_VICTIMS_AFTER.match(r.text, end, fig.sent[1])
    ):
        verb, end = "safeguarded", victims.end()
    if verb in PERSON_METRICS or verb == "arrested":
        return Metric(metric("{group} {done}", group=noun.noun, done=verb), end)
    return None


def _item(r, fig, noun, verb, end) -> Metric | None:
    # "two knives" is a seizure only where the sentence says something was seized.
    if verb in _HELD_VERBS:
        return Metric(metric("{item} {taken}", item=noun.noun, taken=verb), noun.end, "item-seized")
    if hidden_in(r, fig):
        return None
    if verb == "seized" or r.says(SEIZE_CONTEXT, fig.sent):
        rule = "item-seized" if verb == "seized" else "item-in-seizure"
        found = _drug_form(r, fig, noun) or Metric(taken_name(r, fig, noun, "seized"), noun.end)
        return found._replace(rule=rule)
    return None


def _drug_form(r, fig, noun) -> Metric | None:
    """ "70,000 fentanyl pills", "200 wraps of cocaine": a drug counted in its form."""
    if noun.noun not in DRUG_FORMS:
        return None
    end = noun.end
    drug = DRUG_RE.search(r.text, fig.end, noun.end)
    if drug is None and (of := DRUG_FORM_OF.match(r.text, noun.end, fig.sent[1])):
        drug, end = of, of.end()
    kind = DRUGS[drug.group("drug" if drug.re is DRUG_FORM_OF else 0).lower()] if drug else None
    if kind is None or kind == DRUGS["drugs"]:
        return None
    return Metric(metric("{drug} {form} seized", drug=kind, form=noun.noun), end)


def _event(r, fig, noun, verb, end) -> Metric | None:
    charged = verb == "charged" or CHARGED_WITH.search(fig.left[-40:]) is not None
    event = noun.noun
    if event.endswith(_COUNTS) and not charged:
        return None  # "found guilty of three counts": counts are charges only where laid
    if event == _OFFENCES and charged:
        event = "charges"  # "charged with 27 offences"
    return Metric(metric("{event}", event=event), noun.end, "count-noun")


def _place(r, fig, noun, verb, end) -> Metric | None:
    sentence = r.lowered(fig.sent)
    if verb in PLACE_VERBS:
        done = verb  # "visited 39 homes", whatever else the sentence did
    elif _DOORS_FORCED.search(sentence):
        return Metric(metric("properties with doors forced"), noun.end, "place-done")
    elif _RAID.search(sentence) or _SWOOP.search(sentence):
        done = "raided"
    elif "search" in sentence:
        done = "searched"  # "search warrants at 15 properties"
    elif _WARRANT.search(sentence):
        done = "raided"
    elif "visit" in sentence:
        done = "visited"
    elif _CLOSE.search(sentence):
        done = "closed"
    else:
        return None
    return Metric(metric("{place} {visit}", place=noun.noun, visit=done), noun.end, "place-done")


def _resource(r, fig, noun, verb, end) -> Metric | None:
    drawn_on = r.says(RESOURCE_CONTEXT, fig.sent) or (
        RESOURCE_FROM.match(r.text, noun.end, fig.sent[1]) and not r.says(RESOURCE_HARMED, fig.sent)
    )
    if not drawn_on:
        return None
    if RESOURCE_HARMED.search(r.text, noun.end, min(fig.sent[1], noun.end + 25)):
        return None  # "two officers were injured": the harm done to them, not what was drawn on
    return Metric(metric("{resource} involved", resource=noun.noun), noun.end, "resource")


# How a counted noun becomes a metric, given the verb that governs it.
_COUNTED_METRICS: dict[CountedAs, Callable[..., Metric | None]] = {
    CountedAs.EVENT: _event,
    CountedAs.PERSON: _person,
    CountedAs.PERSON_SPECIFIC: _person_specific,
    CountedAs.RECEIVED: lambda r, fig, noun, verb, end: (
        Metric(metric("{received} received", received=noun.noun), noun.end, "received")
        if verb == "received"
        else None
    ),
    CountedAs.ITEM: _item,
    CountedAs.LINES: lambda r, fig, noun, verb, end: (
        Metric(metric("{lines} {ended}", lines=noun.noun, ended=verb), end, "lines-ended")
        if verb in LINE_VERBS
        else None
    ),
    CountedAs.PLACE: _place,
    CountedAs.RESOURCE: _resource,
}


def arrested_others(tokens: Tokens, start: int, end: int) -> int | None:
    """End of "arrested N <people-ish plural>" or "N <plural> were arrested", else None."""
    after = tokens.from_(end, 6)
    plural = None
    for k, (word, _s, e) in enumerate(after[:3]):
        if word == "," or word in _PHRASE_END or word in VERBS:
            break
        if word.endswith("s") and not word.endswith("ss"):
            plural = (k, e)
    before = tokens.before(start, 1)  # the word right before the figure
    arrest_before = bool(before) and VERBS.get(before[0][WORD]) == "arrested"
    if plural is None:
        # "arrested three in Leeds": the figure alone.
        ends_here = not after or after[0][WORD] in _PHRASE_END or after[0][WORD] == ","
        return end if arrest_before and ends_here else None
    if arrest_before:
        return plural[1]
    rest = after[plural[0] + 1 : plural[0] + 4]
    words = [word for word, _s, _e in rest]
    if words[:1] and words[0] in PASSIVE and any(VERBS.get(w) == "arrested" for w in words):
        return next(e for word, _s, e in rest if VERBS.get(word) == "arrested")
    return None
