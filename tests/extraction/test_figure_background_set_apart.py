"""Figures around a result that are none: one item of a total already counted, a survey's
share, a country's yearly figure and the minimum the law sets for a charge.

Every text here is written for the test.
"""

import pytest

from articles.extraction import extract


def found(text):
    return [(o.metric, o.value) for o in extract(text).outcomes]


def test_one_item_of_a_total_already_counted_is_not_counted_again():
    text = "Officers seized 14 weapons, including a crossbow and a sword, and £2,000 in cash."
    assert found(text) == [("weapons seized", 14), ("cash seized", 2_000)]


def test_one_item_in_a_list_of_seizures_still_counts():
    assert ("swords seized", 1) in found("Searches recovered £900 in cash, a sword and a phone.")


@pytest.mark.parametrize(
    "text",
    [
        "A poll of shop owners found that 48 per cent had been threatened at work.",
        "A study by the university found 30% of the riders had been stopped before.",
    ],
)
def test_a_surveys_share_is_background(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Nationally, insurers say card fraud costs more than £600 million a year.",
        "Across the country, shoplifting costs retailers about $2 billion annually.",
    ],
)
def test_a_countrys_yearly_figure_is_background(text):
    assert found(text) == []


def test_a_mandatory_minimum_the_law_sets_is_no_sentence():
    text = "The charge carries a mandatory minimum sentence of five years in state prison."
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The inspector said officers had made "more than 60" arrests.', ("arrests", 60)),
        ("She said the team had searched “over 30” homes.", ("homes searched", 30)),
    ],
)
def test_a_figure_quoted_apart_from_what_it_counts(text, expected):
    assert expected in found(text)


def test_a_quoted_number_that_counts_nothing():
    assert found('The band closed the night with "22" and left.') == []


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Police seized 11 guns, including 3 pistols and a shotgun.", "shotguns seized"),
        ("Officers found 40 blades, including six machetes and a sword.", "swords seized"),
    ],
)
def test_one_item_of_a_breakdown_that_counts_its_parts_is_its_own(text, item):
    assert (item, 1) in found(text)


def test_a_part_of_those_counted_before_is_counted():
    text = "Officers made 40 arrests. The dog section made 12 of those arrests."
    assert found(text) == [("arrests", 40), ("arrests", 12)]


@pytest.mark.parametrize(
    "text",
    [
        "The council is putting £25,000 into new CCTV on the estate.",
        "The council pumped £40,000 into youth clubs.",
    ],
)
def test_money_put_into_the_work_is_funding(text):
    assert [m for m, _v in found(text)] == ["funding"]


def test_money_a_suspect_put_somewhere_is_not_funding():
    assert "funding" not in [m for m, _v in found("He put £500 into his pocket and ran.")]
