"""Things seized as some agencies list them: each count in words and then in digits ("ten
(10) packs"), the verb told first ("Seized from the car were …"), long items parted by
semicolons, and packs described by their colour and what they are made of.

Every text here is written for the test.
"""

import pytest

from articles.extraction import extract


def found(text):
    return [(o.metric, o.value, o.span.text) for o in extract(text).outcomes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers seized four (4) mobile phones.", ("phones seized", 4, "four (4) mobile phones")),
        (
            "Twelve (12) sachets of heroin were recovered from the boot.",
            ("sachets seized", 12, "Twelve (12) sachets"),
        ),
        ("Agents confiscated 3 (three) phones.", ("phones seized", 3, "3 (three) phones")),
    ],
)
def test_a_count_in_words_then_digits_is_one_figure(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seized from the garage were 14 crates of cannabis.", ("crates seized", 14)),
        ("Also recovered during the search were six sachets of cocaine.", ("sachets seized", 6)),
        ("Confiscated from the two drivers were 30 boxes of cigarettes.", ("boxes seized", 30)),
    ],
)
def test_a_sentence_that_opens_with_its_verb_of_seizing_governs_what_follows(text, expected):
    assert expected in [(m, v) for m, v, _s in found(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Seized goods are stored at the depot, where 14 crates were counted.",
        "Found guilty were three brothers from the estate.",
    ],
)
def test_a_verb_that_does_not_open_the_sentence_with_were_seizes_nothing(text):
    assert not [m for m, _v, _s in found(text) if m.endswith("seized")]


def test_items_parted_by_semicolons_are_counted_each_by_its_own_noun():
    text = (
        "Recovered from the flat were one (1) revolver loaded with five (5) live ammunition;"
        " three (3) mobile phones; and a set of scales."
    )
    assert [(m, v) for m, v, _s in found(text)] == [
        ("revolvers seized", 1),
        ("ammunition seized", 5),
        ("phones seized", 3),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police seized nine clear plastic packs of heroin.", "packs seized"),
        ("Detectives recovered 20 small black pouches.", "pouches seized"),
    ],
)
def test_a_container_is_named_without_its_colour_or_material(text, expected):
    assert [m for m, _v, _s in found(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A second search of the garage yielded four (4) pistols.", ("pistols seized", 4)),
        ("The search yielded 16 wraps of heroin.", ("heroin wraps seized", 16)),
    ],
)
def test_what_a_search_yielded_was_seized(text, expected):
    assert expected in [(m, v) for m, v, _s in found(text)]
