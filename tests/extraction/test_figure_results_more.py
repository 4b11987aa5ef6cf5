"""Results a reader counts though the text gives no figure, or counts something no rule read
before; and the look-alikes that are not results.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import outcomes


def pairs(text):
    return [(m, v) for m, v, _q in outcomes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 52-year-old man has been charged with fraud.", ("people charged", 1)),
        ("A delivery driver has since been charged with theft.", ("people charged", 1)),
        ("The woman aged in her 30s was released on bail.", ("released on bail", 1)),
        ("A 19-year-old woman was remanded in custody.", ("remanded in custody", 1)),
        ("The teenager has also been arrested.", ("arrests", 1)),
    ],
)
def test_one_person_named_by_a_noun_counts_as_one(text, expected):
    assert pairs(text) == ([expected] if expected else [])


@pytest.mark.parametrize(
    "text",
    [
        "He was charged with fraud.",  # a pronoun tells again of someone counted already
        "A 40-year-old man was jailed for burglary.",  # the term is the result
        "A man was released from hospital on Friday.",  # released, but not from custody
        "A man, who had been arrested in May, was later freed.",
    ],
)
def test_one_person_is_not_counted_where_nothing_counts_him(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text", ["A man aged 24 was arrested.", "A 24-year-old man was arrested."])
def test_an_age_beside_one_person_arrested_is_not_the_count(text):
    assert pairs(text) == [("arrests", 1)]
