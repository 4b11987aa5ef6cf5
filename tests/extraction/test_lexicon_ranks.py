"""The rank and title table: every word in it is read, and the triggers are the words titles
start with."""

import re

import pytest

from articles.extraction.lexicon import civictitles, ranks, titlednames
from articles.extraction.lexicon.ranks import RANKS, Part
from articles.extraction.lexicon.titlednames import TITLE_TRIGGERS, TITLED_NAME, normalise_title
from tests.extraction.lexicon_checks import unused_exports


def _printed(spelling: str) -> list[str]:
    """The ways a table spelling is printed: "Insp.?" as "Insp" and "Insp."."""
    if spelling.endswith(".?"):
        return [spelling[:-2], spelling[:-1]]
    return [spelling]


def _in_a_rank(printed: str, part: Part) -> str:
    """A whole rank the word stands in: a modifier or a prefix needs a head word after it."""
    if part & (Part.HEAD | Part.INITIALISM | Part.TITLE):
        return printed
    return printed + ("" if printed.endswith("/") else " ") + "Inspector"


_PRINTED = [(printed, spelling) for spelling in RANKS for printed in _printed(spelling)]


@pytest.mark.parametrize(("printed", "spelling"), _PRINTED)
def test_every_rank_word_is_read_before_a_name(printed, spelling):
    rank = _in_a_rank(printed, RANKS[spelling].part)
    m = TITLED_NAME.fullmatch(f"{rank} Jo Brandreth")
    assert m is not None
    assert (m["title"], m["name"]) == (rank, "Jo Brandreth")


@pytest.mark.parametrize(("printed", "spelling"), _PRINTED)
def test_every_whole_rank_or_title_has_its_full_form(printed, spelling):
    word = RANKS[spelling]
    if word.part & (Part.HEAD | Part.INITIALISM | Part.TITLE):
        assert normalise_title(printed) == word.full


# What may follow a trigger word to make a title.
_CONTINUATIONS = (
    "",
    ".",
    " Inspector",
    "/Inspector",
    " Mayor",
    " Honour Judge",
    " Sri",  # "Tan Sri", a Malaysian honour
    " Puan",  # "Toh Puan"
    " Judge",
    " Justice",
    " Coroner",
    " Minister",
    " Office Minister",
    " Secretary",
    " Home Secretary",
    " and Crime Commissioner",
    "-General",
    " Attorney",
    " Prosecutor",
    " of Public Prosecutions",
    " Fiscal",
    " Depute",
    " Manager",
    " Director",
    " of Intelligence",
    " Constable",
    " Trooper",
)


@pytest.mark.parametrize("trigger", sorted(TITLE_TRIGGERS))
def test_every_trigger_starts_a_title(trigger):
    assert any(TITLED_NAME.fullmatch(f"{trigger}{c} Jo Brandreth") for c in _CONTINUATIONS)


@pytest.mark.parametrize(
    "title",
    [
        *RANKS,
        "Mr",
        "Mx",
        "Lord Mayor of Leeds",
        "Her Honour Judge",
        "Mrs Justice",
        "Shadow Home Secretary",
        "Safeguarding Minister",
        "Police and Crime Commissioner",
        "Attorney General",
        "Prime Minister",
    ],
)
def test_every_title_starts_with_a_trigger(title):
    # A word as the document reads it: "Sub-Inspector" is one word.
    assert re.match(r"[A-Za-z]+(?:-[A-Za-z]+)*", title)[0] in TITLE_TRIGGERS


def test_the_table_is_the_only_export_read_in_its_module_alone():
    assert unused_exports(ranks) <= {"RANKS", "RankWord", "Part"}


def test_civic_titles_and_titled_names_export_only_what_is_read():
    assert unused_exports(civictitles) == set()
    assert unused_exports(titlednames) == set()
