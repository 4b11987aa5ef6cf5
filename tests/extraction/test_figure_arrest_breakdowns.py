"""Arrests broken down by the offence each was for, people moved to safety, and a group's
court appearance followed by what the court did with them.

Every text here is written for the test.
"""

import pytest

from articles.extraction import extract


def found(text):
    return [(o.metric, o.value) for o in extract(text).outcomes]


def test_arrests_broken_down_by_offence_after_the_total():
    text = (
        "Detectives made 15 arrests over the summer. Nine of those were for burglary, "
        "four were for handling stolen goods and two were for assault."
    )
    assert found(text) == [
        ("arrests", 15),
        ("arrests for burglary", 9),
        ("arrests for handling stolen goods", 4),
        ("arrests for assault", 2),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police made 30 arrests; 20 were for drug offences.", ("arrests for drug offences", 20)),
        (
            "The unit arrested 12 people. Five of them were for a breach of the peace.",
            ("arrests for breach of the peace", 5),
        ),
    ],
)
def test_an_offence_share_in_other_shapes(text, expected):
    assert expected in found(text)


def test_a_share_where_no_arrest_was_named_is_no_arrest():
    assert not [
        m for m, _v in found("Of the 40 calls received, 12 were for noise.") if "arrest" in m
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seven adults were moved to safety.", ("people safeguarded", 7)),
        ("Officers moved three children to safety.", ("children safeguarded", 3)),
        ("Two families were moved to a place of safety.", ("families safeguarded", 2)),
    ],
)
def test_moved_to_safety_is_safeguarded(text, expected):
    assert expected in found(text)


def test_moved_elsewhere_is_not_safeguarded():
    assert not [m for m, _v in found("The family was moved to Leeds.") if "safeguarded" in m]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Six of them appeared before magistrates on Friday and were remanded in custody.",
            ("remanded in custody", 6),
        ),
        ("Two appeared at the crown court and were granted bail.", ("granted bail", 2)),
        ("Five of the men appeared in court and were jailed.", ("people jailed", 5)),
    ],
)
def test_an_appearance_then_what_the_court_did(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Eight appeared before magistrates yesterday.",
        "Two of them live locally and were known to officers.",
    ],
)
def test_an_appearance_alone_counts_nothing(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Officers seized three rifles, one of them reported stolen in Kent, and £900 in cash.",
        "Four cars were recovered. Two of them had been reported stolen.",
    ],
)
def test_things_reported_stolen_are_no_people_reported(text):
    assert "people reported" not in [m for m, _v in found(text)]


def test_people_reported_to_a_prosecutor_are_counted():
    text = "Six of them were reported to the procurator fiscal."
    assert ("people reported", 6) in found(text)
