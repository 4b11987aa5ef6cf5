"""The shortcuts that spare extraction a pattern read exactly what the pattern reads: a
pronoun spelt out case by case, a search kept to a clause's last letters, a gap or a date
form passed over by its first characters, quote marks found one by one.

Every text here is written for the test; the generated ones mix the characters each pattern
turns on, so that every shortcut meets the texts it may not pass over.
"""

import random
import re

from articles.extraction.dates import parse_dateline
from articles.extraction.genders import _PRONOUN_AFTER
from articles.extraction.lexicon.quotes import QUOTE_CHARS
from articles.extraction.names import _NICKNAME_GAP, _joins
from articles.extraction.orgruns import _RUN_GAP, _may_join
from articles.extraction.quotemarks import _mark_positions
from articles.extraction.tags import PASSIVE_BEFORE, passive_before


def _texts(alphabet, count=20_000, longest=12, seed=7):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest)))


def _spans(text, rng):
    start = rng.randint(0, len(text))
    return start, rng.randint(start, len(text))


def test_the_pronoun_pattern_reads_he_his_him_she_her_as_ignoring_case_does():
    ignoring_case = re.compile(r"\b(he|his|him|she|her)\b", re.IGNORECASE)
    rng = random.Random(1)
    for text in _texts(list("hHsSſeEiIİırRmMx _\n’'.1é")):
        start, end = _spans(text, rng)
        a, b = ignoring_case.search(text, start, end), _PRONOUN_AFTER.search(text, start, end)
        assert (a and (a.span(), a[1])) == (b and (b.span(), b[1])), (text, start, end)
    assert _PRONOUN_AFTER.search("Then SHE said")[1] == "SHE"
    assert _PRONOUN_AFTER.search("the shed, then hers") is None


def test_a_passive_verb_is_found_only_right_before_the_end_as_the_pattern_finds_it():
    rng = random.Random(2)
    for text in _texts(list("wasiberngWASIBE  \t\nxſİ.")):
        start, end = _spans(text, rng)
        expected = PASSIVE_BEFORE.search(text, start, end) is not None
        assert passive_before(text, start, end) == expected, (text, start, end)
    assert passive_before("Moss was  described", 0, len("Moss was  "))
    assert not passive_before("Moss was described", 0, len("Moss was"))


def test_a_run_gap_passed_over_by_its_first_characters_is_never_one_the_pattern_joins():
    for gap in _texts(list(" \t\n\xa0’'./,&aofthendrxAK-"), count=50_000, longest=8):
        text = f"Kent{gap}Police"
        if gap and _RUN_GAP.fullmatch(text, 4, 4 + len(gap)):
            assert _may_join(text, 4, 4 + len(gap)), repr(gap)
    assert not _may_join("Kent, Police", 4, 6)


def test_two_name_words_join_across_spaces_or_a_nickname_as_the_pattern_reads():
    for gap in _texts(list(" \t“\"‘'”’ASmudgexy,."), count=50_000, longest=9):
        text = f"Jamie{gap}Lloyd"
        end, start = 5, 5 + len(gap)
        nickname = _NICKNAME_GAP.match(text, end)
        expected = text[end:start].isspace() or (nickname is not None and nickname.end() == start)
        assert _joins(text, end, start) == expected, repr(gap)


def test_quote_marks_are_found_one_by_one_where_a_pattern_of_all_of_them_finds_them():
    every_mark = re.compile("[" + QUOTE_CHARS + "]")
    rng = random.Random(3)
    for text in _texts(list(QUOTE_CHARS + "ab ’\n"), longest=40):
        start, end = _spans(text, rng)
        expected = [m.start() for m in every_mark.finditer(text, start, end)]
        assert _mark_positions(text, start, end) == expected


def test_dates_in_figures_are_still_read_beside_dates_in_words():
    published, updated, _ = parse_dateline("Published 2025-04-02 | Updated: 3 April 2025")
    assert (published[0].day, updated[0].day) == (2, 3)
    assert parse_dateline("Mon, 03-12-2026 09:30")[0][0].month == 12
    assert parse_dateline("Mon, 03-12-2026 09:30", month_first=True)[0][0].month == 3
