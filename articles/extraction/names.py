"""Names printed without a title ("Tony Cox", "Tyrell Thompson"), and the words around one
that show it is a person's: an age, a speech verb, what happens to people in court reports."""

from __future__ import annotations

import re
from typing import NamedTuple

from articles.extraction.document import Doc, overlaps, words_before
from articles.extraction.headers import Span
from articles.extraction.lexicon.people import (
    APPOSITIVE_ROLES,
    HONORIFICS,
    INSTITUTION_WORDS,
    NAME_PREFIXES,
    NOT_NAME_WORDS,
    OCCUPATIONS,
    PERSON_BEFORE_PAIRS,
    PERSON_BEFORE_WORDS,
    PERSON_NOUNS,
    PLACE_NOUNS_AFTER,
    PLACE_PREPOSITIONS,
    PLACE_TAIL_WORDS,
    PLACE_WORDS,
    SENTENCE_OPENERS,
    SURNAME_PLACE_WORDS,
)
from articles.extraction.lexicon.titlednames import HYPHENED_GIVEN_NAME, NAME_LETTERS_RE, NAME_TOKEN
from articles.extraction.lexicon.words import SPEECH_VERB_RE, words_pattern
from articles.extraction.namelines import above_its_role, in_label_brackets, speaker_label

_CAPITALISED_AFTER = re.compile(r" [A-Z][a-z]")
_CAPITALISED_BEFORE = re.compile(r"([A-Z][a-z]+)\s+$")
_NAME_AND = re.compile(r"[A-Z][a-z]+\s+and\s+$")
_SV = SPEECH_VERB_RE
# After a bare name, words that show it is a person's: an age, an appositive, an alias
# ("Jo Hale, alias “Dodge”"), a speech verb, or what happens to people in court reports.
_AFTER_PERSON = re.compile(
    # "Jo Hale, 29, was jailed", "… and her nephew, Jo Hale, 29.": an age, mid-sentence or last.
    r"(?:’s|'s)?\s*(?:,\s*(?:\d{1,3}\s*(?:[,;)–—]|-\s|and\b|\.(?!\d))|aged\b|the\b|a\b|an\b"
    r"|who\b|whose\b|of\b|from\b|alias\b)"
    r"|\s*\(\d{1,3}\)"
    # "said Jo Hale, secretary of the residents' association": a role set off after the name.
    rf"|\s*,\s*(?:{words_pattern(APPOSITIVE_ROLES)})\b"
    rf"|\s*,[^,.;:“”\"]{{2,100}}?,\s*{_SV}|\s+{_SV}|\s*,\s*{_SV}"
    r"|\s+(?:was|has\s+been|had\s+been|is|were)\s+(?:\w+\s+)?(?:jailed|sentenced|charged"
    r"|convicted|arrested|found|stabbed|killed|murdered|shot|attacked|injured|given|ordered"
    r"|banned|remanded|named|cleared|acquitted|fined|bailed|detained|responsible|described"
    r"|appointed|quoted|speaking|leading|heading|assaulted|robbed|threatened|hurt|taken"
    r"|treated|identified|reported|missing|wanted|released|interviewed|questioned)\b"
    r"|\s+(?:pleaded|admitted|denied|denies|appeared|stabbed|killed|murdered|attacked|shot"
    r"|punched|robbed|died|fled|led|leads|heads|runs|chairs)\b)"
)
# Before a bare name: an age ("the 17-year-old Sam Reed"), or a role set off by a comma ("the
# council's head of housing, Sam Reed", "the Minister for Transport, Sam Reed").


_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old\s+$")
# Initials in brackets after capitalised words give them to a law or a body, not a person:
# "the Misuse of Drugs and Psychotropic Substances (MDPS) Act".
_INITIALS_AFTER = re.compile(r"\s*\([A-Z]{2,}\)")
# Right after a quote and its speech verb: '"It was a shock," said Jo Hale.'
_SPEAKER_BEFORE = re.compile(rf"[,.!?]?[”\"]\s*{_SV}\s+$")
_PERSON_NOUN_COMMA = re.compile(rf"\b(?:{words_pattern(PERSON_NOUNS)}),\s+$")
_ROLE_COMMA_BEFORE = re.compile(
    rf"\b(?i:{words_pattern(APPOSITIVE_ROLES)})(?:\s+(?:of|for)\s+(?:the\s+)?[\w’'-]+"
    r"(?:\s+(?:and\s+)?[\w’'-]+)?)?,\s+$"
)
# A place, or a list of places, after "in", "at", "near" or where somebody lives: "in Tolland
# Cross, said", "Jo Hale, 41, of Tolland Cross, who", "at Brinkley, Oakham and Hale Park",
# "sold to Brinkley, Oakham and Hale Park" (a list of three or more after "to" or "from").
_PREPOSITIONS = words_pattern(PLACE_PREPOSITIONS)
# Letters after a name, read past to the words that show a person: "Jo Hale KC said".
_LETTERS_AFTER = re.compile(rf" (?:{NAME_LETTERS_RE})\b")
_PLACE_AFTER = re.compile(rf" (?:{words_pattern(PLACE_NOUNS_AFTER)})\b")
_PLACE_BEFORE = re.compile(rf"(?:\b(?i:{_PREPOSITIONS})|\d{{1,3}}\)?,\s+(?:of|from))\s+$")
_PLACE_LIST_BEFORE = re.compile(
    rf"\b(?:(?i:{_PREPOSITIONS})\s+(?:[A-Z][\w’'.-]*,?\s+)+"
    r"|(?i:to|from)\s+(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*,\s+(?:[A-Z][\w’'.-]*,?\s+)+)and\s+$"
)


_OPENING_MARKS = "“\"‘'"
# Between two words of a name: a nickname in quote marks, a word or two ("“Smudge”").
# Or another first name after "alias" ("Sam alias Sammy Reed"), the name the police file
# under being the first.
_NICKNAME_GAP = re.compile(
    r"\s+(?:[“\"‘'][A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?[”\"’']|alias\s+[A-Z][\w’'-]*)\s+(?=[A-Z])"
)
_ALIAS_GAP = " alias "
# A middle initial between two words of a name: " P. ".
_INITIAL_GAP = re.compile(r" [A-Z]\. (?=[A-Z][a-z])")
# A surname that is also a street's word ("Lane", "Street") ends a name when the person's
# age follows it: "Sam Lane, 29, was jailed".
_AGE_AFTER = re.compile(r",\s+(?:aged\s+)?\d{1,2},")


def without_nickname(name: str) -> str:
    """A name as printed, without the nickname in quote marks inside it."""
    return _NICKNAME_GAP.sub(" ", name)


class NameWord(NamedTuple):
    """What a capitalised word is as part of a name."""

    possessive: bool  # printed with "’s"
    size: int  # its length without the "’s"
    ok: bool  # whether it can be part of a person's name
    # Only after another name word: a given name after its surname ("Chi-keung"), or an
    # occupation ("Farmer"), which may be a surname but never opens a name.
    follows: bool


# Remembered across articles: the same few thousand words (places, forces, first names) come
# back in every story.
_NAME_WORDS: dict[str, NameWord] = {}


def _name_word(word: str) -> NameWord:
    possessive = word.endswith(("’s", "'s"))
    base = word[:-2] if possessive else word
    low = base.lower()
    follows = low in OCCUPATIONS or HYPHENED_GIVEN_NAME.fullmatch(base) is not None
    ok = (
        low not in NOT_NAME_WORDS
        and low not in PLACE_WORDS
        and low not in INSTITUTION_WORDS
        and (NAME_TOKEN.fullmatch(base) is not None or base in NAME_PREFIXES or follows)
    )
    if len(_NAME_WORDS) > 50_000:
        _NAME_WORDS.clear()
    found = _NAME_WORDS[word] = NameWord(possessive, len(base), ok, follows)
    return found


def bare_names(doc: Doc, zone: Span) -> list[tuple[int, int]]:
    """Runs of two or three capitalised name-like words ("Tony Cox", "Tyrell Thompson")."""
    names = []
    for run in _name_runs(doc, zone):
        for i in range(0, len(run), 3):
            chunk = run[i : i + 3]
            if len(chunk) >= 2:
                names.append((chunk[0][0], chunk[-1][1]))
    return names


def _name_runs(doc: Doc, zone: Span) -> list[list[tuple[int, int]]]:
    """Runs of two or more name-like words, each as (start, end) without a possessive."""
    text = doc.text
    runs, current = [], []
    nickname_end = -1
    for s, e in doc.capitalised_in(zone.start, zone.end):
        word = text[s:e]
        found = _NAME_WORDS.get(word)
        if found is None:
            found = _name_word(word)
        possessive, size, ok, follows = found
        # "Jamie “Smudge” Lloyd": a nickname in quote marks between first name and surname;
        # "Sam alias Sammy Reed": another first name after "alias".
        if s < nickname_end:
            continue
        if current and (
            text[s - 1] in _OPENING_MARKS or text.startswith(_ALIAS_GAP, current[-1][1])
        ):
            nickname = _NICKNAME_GAP.match(text, current[-1][1])
            if nickname and nickname.end() > s:
                nickname_end = nickname.end()
                continue
        # "Jordan P. Szymanski": a middle initial between a given name and a surname.
        if current and e - s == 1 and _INITIAL_GAP.match(text, current[-1][1]):
            continue
        ok = ok or bool(current) and _surname_before_age(text, current[-1][1], s, e)
        # Most words follow the one before after a space: no call for those.
        if ok and current and (text[current[-1][1] : s] == " " or _joins(text, current[-1][1], s)):
            current.append((s, s + size))
        else:
            if len(current) >= 2 and not _place_after(text, current[-1][1], s, word):
                runs.append(current)
            current = [(s, s + size)] if ok and not follows else []
        if possessive and current:
            if len(current) >= 2:
                runs.append(current)
            current = []
    if len(current) >= 2:
        runs.append(current)
    return runs


def _surname_before_age(text: str, end: int, start: int, stop: int) -> bool:
    """Whether a street's word right after a name word ends the name: "Sam Lane, 29,"."""
    return (
        text[end:start] == " "
        and text[start:stop].lower() in SURNAME_PLACE_WORDS
        and _AGE_AFTER.match(text, stop) is not None
    )


def _place_after(text: str, end: int, start: int, word: str) -> bool:
    """Whether the word at `start`, right after a run, makes a place of it ("… Street")."""
    return start == end + 1 and word.lower() in PLACE_TAIL_WORDS


def _joins(text: str, end: int, start: int) -> bool:
    """Whether two name words are one name's: only spaces between them, a middle initial,
    or a nickname."""
    if text[end:start].isspace():
        return True
    if start - end == 4 and _INITIAL_GAP.match(text, end):
        return True
    # A nickname opens with white space and a quote mark, or is another first name after
    # "alias"; most gaps are a clause's words.
    if not text[end].isspace() or not (
        text[end + 1] in _OPENING_MARKS
        or text[end + 1].isspace()
        or text.startswith(_ALIAS_GAP, end)
    ):
        return False
    m = _NICKNAME_GAP.match(text, end)
    return m is not None and m.end() == start


def inside_other_name(text: str, zone: Span, s: int, e: int) -> bool:
    """Whether a surname match is part of somebody else's full name ("Sarah Thompson")."""
    prev = _CAPITALISED_BEFORE.search(text, max(zone.start, s - 25), s)
    if prev and prev.group(1).lower() not in SENTENCE_OPENERS | NOT_NAME_WORDS:
        return True
    return _CAPITALISED_AFTER.match(text, e, e + 3) is not None


class PersonRule(NamedTuple):
    """A rule that finds people: its name in the review queue and how sure it is."""

    name: str
    confidence: float


# What shows a bare name is a person's, surest first.
WORDS_AFTER = PersonRule("person-words-after", 0.85)  # "Tony Cox, 34,", "Tony Cox said"
WORD_BEFORE = PersonRule("person-word-before", 0.8)  # "stabbed Tony Cox", "named as …"
SURNAME_ALONE = PersonRule("person-capitalised-pair", 0.6)  # "Tony Cox" … later "Cox"


def person_context(
    doc: Doc, s: int, e: int, zone: Span, claimed, memo: dict | None = None
) -> PersonRule | None:
    """The rule by which the words around a bare name show it is a person's, or None.

    `memo`, kept by the caller across one article's names, remembers where each surname
    stands alone, so that a surname printed a thousand times is looked for once.
    """
    text = doc.text
    before = text[max(zone.start, s - 40) : s]
    if (
        _PLACE_BEFORE.search(before)
        or _INITIALS_AFTER.match(text, e)
        or _PLACE_AFTER.match(text, e)
    ):
        return None
    if in_label_brackets(text, s, e, zone):
        return None
    letters = _LETTERS_AFTER.match(text, e)
    e = letters.end() if letters else e
    if (
        _AFTER_PERSON.match(text, e, zone.end)
        or speaker_label(text, s, e, zone)
        or above_its_role(text, s, e, zone)
    ):
        return WORDS_AFTER
    # Set off by commas after a description: "A 41-year-old man from Hale, Sam Reed, was
    # charged"; "of Hale, is charged" is a place's.
    if (
        text.startswith(", ", e)
        and before.endswith(", ")
        and _AFTER_PERSON.match(text, e + 1, zone.end)
    ):
        return WORDS_AFTER
    # "a passenger, Jo Hale, on arrival": a noun for a person, the name set off by commas.
    if text.startswith(",", e) and _PERSON_NOUN_COMMA.search(before):
        return WORD_BEFORE
    # Each is read only when the words before end as it does: "-year-old", or a comma.
    role_from = max(zone.start, s - 60)
    if (
        (before.rstrip().endswith("-year-old") and _AGE_BEFORE.search(before))
        or _SPEAKER_BEFORE.search(before)
        or (
            text[role_from:s].rstrip().endswith(",")
            and _ROLE_COMMA_BEFORE.search(text, role_from, s)
        )
    ):
        return WORD_BEFORE
    last = words_before(text, s, max(zone.start, s - 40), 2)
    if last and (
        last[-1][0] in PERSON_BEFORE_WORDS
        or last[-1][0] in OCCUPATIONS  # "the fisherman Jo Hale"
        or " ".join(w for w, _ in last) in PERSON_BEFORE_PAIRS
    ):
        # "and" only counts between two people ("Smith and Jane Doe"): the word before must be
        # a capitalised name.
        if before.rstrip().endswith(" and"):
            if _PLACE_LIST_BEFORE.search(text, max(zone.start, s - 100), s):
                return None
            return WORD_BEFORE if _NAME_AND.search(before) else None
        return WORD_BEFORE
    surname = text[s:e].split()[-1]
    alone = None if memo is None else memo.get(surname)
    if alone is None:
        alone = _surname_alone(doc, surname, claimed)
        if memo is not None:
            memo[surname] = alone
    return SURNAME_ALONE if any(not (s <= pos < e) for pos in alone) else None


def _surname_alone(doc: Doc, surname: str, claimed) -> list[int]:
    """Where the surname is used on its own: not inside an organisation's name ("Kent
    Police") and not followed by another capitalised word.

    The first four places only: a name of at most three words holds at most three of them,
    so a fourth is always elsewhere.
    """
    text = doc.text
    found = []
    for pos in doc.word_positions(surname):
        if len(found) == 4:
            break
        if not overlaps((pos, pos + 1), claimed):
            if _CAPITALISED_AFTER.match(text, pos + len(surname), pos + len(surname) + 3):
                continue
            prev = words_before(text, pos, max(0, pos - 20), 1)
            if not prev:
                found.append(pos)
                continue
            word, start = prev[0]
            # Not part of somebody else's name, unless that is a title ("Mr Thompson").
            if word.rstrip(".") in HONORIFICS or not text[start].isupper():
                found.append(pos)
    return found
