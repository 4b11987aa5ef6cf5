"""Genders read from the pronouns after a person's mentions, so that a later "she" can be
read as her."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from articles.extraction.tags import speech_verbs

if TYPE_CHECKING:
    from articles.extraction.people import _Passes

# "he", "his", "him", "she" or "her" as a word, in any capitals: spelt out case by case, as
# ignoring case would read them ("ſ" is an "s", "İ" and "ı" are an "i"), so that the engine
# skips ahead to an "h" or an "s" instead of trying every character of the sentence.
_PRONOUN_AFTER = re.compile(
    r"([hHsSſ](?<!\w.)(?:(?<=[hH])(?:[eE][rR]?|[iIİı][sSſmM])|(?<=[sSſ])[hH][eE]))\b"
)
_MALE_PRONOUNS = ("he", "his", "him")


def genders_from_pronouns(passes: _Passes) -> None:
    """Genders from pronouns ("Sharon Ellis said her son…"): the first pronoun after a
    mention, before anybody else is named in the sentence, tells whether to read a later "she"
    as her."""
    mentions = passes.mentions
    for k, (ms, me, name) in enumerate(mentions):
        p = passes.people[name]
        if p.gender:
            continue
        stop = passes.doc.sentence_at(ms)[1]
        if k + 1 < len(mentions):
            stop = min(stop, mentions[k + 1].start)
        pronoun = _PRONOUN_AFTER.search(passes.text, me, max(me, stop))
        if (
            pronoun
            and not _reports_another(passes, me, pronoun.start())
            and not _object_of_their_verb(passes.text, me, pronoun)
        ):
            p.gender = "m" if pronoun.group(1).lower() in _MALE_PRONOUNS else "f"


# "Hale pressed her on…", "Hale thanked him.": the pronoun the object of the named person's
# own verb, somebody else; "her" before a noun ("Hale lost her job") is their own.
_OBJECT_HER_NEXT = re.compile(r"\s*(?:[,.;:!?]|(?:on|about|to|with|for|at|in|of|over|and|that)\b)")


def _object_of_their_verb(text: str, mention_end: int, pronoun: re.Match) -> bool:
    if len(text[mention_end : pronoun.start()].split()) != 1:
        return False
    word = pronoun.group(1).lower()
    return word == "him" or (word == "her" and bool(_OBJECT_HER_NEXT.match(text, pronoun.end())))


def _reports_another(passes: _Passes, start: int, pronoun_at: int) -> bool:
    """Whether a speech verb before the pronoun opens a clause about somebody else: "Hale
    says the yard's owner has lost his licence", not "Hale said her son" or "said that she"."""
    verbs = speech_verbs(passes.doc, start, pronoun_at)
    if not verbs:
        return False
    between = passes.text[verbs[-1].end : pronoun_at].split()
    return between not in ([], ["that"])
