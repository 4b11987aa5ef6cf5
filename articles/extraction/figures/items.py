"""Things counted without a figure or without a listed noun: one weapon written with "a"
("a Taser was recovered"), and plural things no table lists ("six crossbows were found"),
both where a verb of seizing governs them, right beside them or over the list they stand in;
and how counted things are named: recovered where they are property got back, none where
something was hidden in them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from articles.extraction.figures.numbers import number_value
from articles.extraction.figures.tokens import PASSIVE, WORD, Token, Tokens, ends_phrase, verb_near
from articles.extraction.lexicon.actions import DONE_TO_NOUNS, VERBS
from articles.extraction.lexicon.counted import (
    COUNTED,
    MACHINERY,
    PROPERTY,
    RECOVERED_WORDS,
    STOLEN_WORDS,
)
from articles.extraction.lexicon.metrics import metric
from articles.extraction.lexicon.patterns import alternatives, read_lower_cased
from articles.extraction.lexicon.phrasewords import (
    ADJECTIVE_ENDINGS,
    DESCRIBING_WORDS,
    FOLLOW_STOP,
    HIDING_WORDS,
    NOT_THINGS,
    PART_OF_TOTAL_WORDS,
)
from articles.extraction.lexicon.words import wordset

if TYPE_CHECKING:
    from articles.extraction.figures.numbers import Figure
    from articles.extraction.figures.reader import OutcomeReader
    from articles.extraction.figures.tokens import CountedPhrase

_LIST_BREAK = wordset(
    "who which that when where while after before as because but if than whose whom"
)
_MORE_OR_LESS = wordset("more fewer less")
_RECOVERED = re.compile(r"\b" + alternatives(RECOVERED_WORDS) + r"\b", re.IGNORECASE)
_STOLEN = re.compile(r"\b" + alternatives(STOLEN_WORDS) + r"\b", re.IGNORECASE)
read_lower_cased(_RECOVERED, _STOLEN)
# How far into a sentence that opens with its verb the "were" may stand, and the words that
# may come before such a verb.
_FRONT_REACH = 9
_FRONT_ADVERBS = wordset("also further additionally")
_FRONT_LINKS = wordset("from in at during inside on by")
# Verbs that make a count of things the lexicon does not list a result.
_THINGS_VERBS = frozenset(
    {"seized", "surrendered", "returned", "frozen", "restrained", "intercepted"}
)


def _things_after(tokens: Tokens, end: int) -> list[tuple[str, int]] | None:
    """The plural noun right after a figure and the words before it that name it."""
    words = []
    for word, _s, e in tokens.from_(end, 5):
        if word == "," or word in FOLLOW_STOP or word in VERBS:
            break
        words.append((word, e))
    if not words or len(words) > 4:
        return None
    noun = words[-1][0]
    if noun in NOT_THINGS or not noun.endswith("s") or noun.endswith(("ss", "us", "is")):
        return None
    while len(words) > 1 and (
        words[0][0].endswith(ADJECTIVE_ENDINGS) or words[0][0] in DESCRIBING_WORDS
    ):
        words.pop(0)
    return words


def _list_verb(back: list[Token]) -> str | None:
    """The verb a list is governed by, reading back from one of its items."""
    # The figure must open the list or an item of it, not follow "of".
    if not back or not (back[0][WORD] in ("and", ",") or back[0][WORD] in VERBS):
        return None
    for k, (word, _s, _e) in enumerate(back):
        # "than" of a figure's "more than" ("seized more than 900 items, … and a rifle") is
        # inside the list, not a clause of comparison.
        if word == "than" and k + 1 < len(back) and back[k + 1][WORD] in _MORE_OR_LESS:
            continue
        if word == "as" and _as_well_as(back, k):
            continue  # "£900 in cash, as well as a machete": the list goes on
        if word in _LIST_BREAK:
            return None
        if word in VERBS:
            return VERBS[word]
    return None


def _as_well_as(back: list[Token], k: int) -> bool:
    """Whether back[k] ("as") is a word of "as well as", read backwards."""
    words = [t[WORD] for t in back[max(0, k - 2) : k + 3]]
    return (
        "well" in words
        and words.count("as") >= 2
        or (k + 2 < len(back) and back[k + 1][WORD] == "well" and back[k + 2][WORD] == "as")
    )


def seized_thing(tokens: Tokens, start: int, end: int) -> tuple[str, int] | None:
    """(metric, end) for a count of things the lexicon does not list, where a verb of seizing
    governs them: "seized cash and two crossbows", "six balaclavas were found".

    The things are the plural noun, and the words before it that are not descriptions,
    right after the figure.
    """
    words = _things_after(tokens, end)
    if words is None:
        return None
    np_end = words[-1][1]
    after = verb_near(tokens.from_(np_end, 4))
    # Else back over a list ("seized 2kg of heroin, £900 in cash and six crossbows") to its verb.
    back = tokens.before(start, 20)
    verb = after.verb if after and after.passive else _list_verb(back) or _done_to(back)
    verb = verb or fronted_verb(tokens, start)
    if verb not in _THINGS_VERBS:
        return None
    return metric("{what} {taken}", what=" ".join(w for w, _ in words), taken=verb), np_end


def fronted_verb(tokens: Tokens, start: int) -> str | None:
    """The verb of a sentence that opens with it, what was done told before the things it was
    done to: "Seized from the flat were …", "Also recovered in the search were …"; for a
    figure at `start`, past the "were"."""
    opening = tokens.items[:_FRONT_REACH]
    k = 1 if opening and opening[0][WORD] in _FRONT_ADVERBS else 0
    if len(opening) <= k + 1 or opening[k][WORD] not in VERBS:
        return None
    if opening[k + 1][WORD] not in _FRONT_LINKS and opening[k + 1][WORD] not in PASSIVE:
        return None  # "Seized goods are stored …": a description, not the verb told first
    for word, _s, e in opening[k + 1 :]:
        if word == "," or word in VERBS:
            return None
        if word in PASSIVE:
            return VERBS[opening[k][WORD]] if e <= start else None
    return None


def _done_to(back: list[Token]) -> str | None:
    """What "the seizure of" says was done to the things after it."""
    if len(back) > 1 and back[0][WORD] == "of":
        return DONE_TO_NOUNS.get(back[1][WORD])
    return None


_ONE = frozenset({"a", "an"})
SINGLE_ITEM = "single-item"  # the rule that reads one thing written with "a"
# How many words a list of things seized may run to, read from one of its items.
_LIST_REACH = 40


def _seizing_verb(tokens: Tokens, start: int, end: int) -> str | None:
    """The verb that governs one thing at text[start:end]: right after it ("a Taser was
    found"), or over the list it stands in, back to its verb ("seized cash, two phones and a
    Taser") or on to it ("A Taser, cash and phones were found")."""
    after = verb_near(tokens.from_(end, 4))
    if after and after.passive:
        return after.verb
    before = verb_near(tokens.before(start, 12), limit=12, ahead=False)
    if before and before.verb == "seized":
        return before.verb
    return _list_verb(tokens.before(start, _LIST_REACH)) or _list_verb_after(
        tokens.from_(end, _LIST_REACH)
    )


def _list_verb_after(ahead: list[Token]) -> str | None:
    """The passive verb a list ends with, reading on from one of its items."""
    if not ahead or ahead[0][WORD] not in ("and", ","):
        return None
    previous = None
    for word, _s, _e in ahead:
        if word in _LIST_BREAK:
            return None
        if word in VERBS:
            return VERBS[word] if previous in PASSIVE else None
        previous = word
    return None


def read_single_weapon(r: OutcomeReader, pos: int, sent: tuple[int, int]) -> None:
    """ "found a Taser", "a replica handgun was recovered": one weapon of its kind, where a
    verb of seizing governs it. `pos` is where the weapon's last word starts."""
    tokens = r.tokens(sent)
    here = tokens.from_(pos, 2)
    if not here or here[0][1] != pos or not ends_phrase(here[1][WORD] if len(here) > 1 else None):
        return
    back = tokens.before(pos, 4)
    word, end = here[0][WORD], here[0][2]
    noun = COUNTED.get(f"{back[0][WORD]} {word}") if back else None
    noun = noun or COUNTED.get(word)
    article = next((k for k, t in enumerate(back) if t[WORD] in _ONE), None)
    if noun is None or article is None:
        return
    if any(t[WORD] == "," or t[WORD] in FOLLOW_STOP or t[WORD] in VERBS for t in back[:article]):
        return
    start = back[article][1]
    if r.is_taken(start, end) or _seizing_verb(tokens, start, end) != "seized":
        return
    if _part_of_a_total(r.text, tokens.before(start, 6), start):
        return
    name = metric("{item} {taken}", item=noun.noun, taken="seized")
    r.add(start, end, name, 1, sent=sent, rule=SINGLE_ITEM)


def _part_of_a_total(text: str, back: list[Token], start: int) -> bool:
    """ "19 weapons, including a machete": one of a total already counted; but where the
    breakdown counts its parts ("including 12 machetes and a sword") each part is its own.
    `back` is the tokens before the item, nearest first."""
    for k, (word, _s, end) in enumerate(back):
        if word in PART_OF_TOTAL_WORDS:
            between = back[:k]
            return not (
                any(c.isdigit() for c in text[end:start])
                or any(w not in _ONE and number_value(w) is not None for w, _s2, _e2 in between)
            )
    return False


def hidden_in(r: OutcomeReader, fig: Figure) -> bool:
    """ "inside the tyres of four tractors": where something was hidden, not a seizure;
    but not past a comma ("Inside, they found 340 plants")."""
    for word, _s, _e in r.tokens(fig.sent).before(fig.span_start, 6):
        if word == ",":
            return False
        if word in HIDING_WORDS:
            return True
    return False


def taken_name(r: OutcomeReader, fig: Figure, noun: CountedPhrase, verb: str) -> str:
    """ "knives seized"; but property the police got back is recovered ("tractors
    recovered"), and stolen where the text says so ("recovered 61 stolen vehicles")."""
    if noun.noun not in PROPERTY or not r.says(_RECOVERED, fig.sent):
        return metric("{item} {taken}", item=noun.noun, taken=verb)
    if STOLEN_WORDS[0] in r.text[fig.end : noun.end].lower():
        return metric("stolen {item} {taken}", item=noun.noun, taken="recovered")
    if noun.noun in MACHINERY or r.says(_STOLEN, fig.sent):
        return metric("{item} {taken}", item=noun.noun, taken="recovered")
    return metric("{item} {taken}", item=noun.noun, taken=verb)
