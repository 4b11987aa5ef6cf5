"""What the law provides or names, and figures of speech, are no results: a penalty a law
carries, a charge's threshold ("500 grams or more"), "one less route for gangs".

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import outcomes


def pairs(text):
    return [(m, v) for m, v, _q in outcomes(text)]


@pytest.mark.parametrize(
    "text",
    [
        "She is charged with conspiracy to distribute 50 grams or more of methamphetamine.",
        "They admitted possessing with intent 1 kilogram or more of heroin.",
        "Selling alcohol to a child carries a fine and up to two years in prison.",
        "The maximum penalty for the offence is 14 years' imprisonment.",
        "Every phone we recover is one less phone in the hands of a thief.",
        "Each warrant means one fewer dealer on our streets.",
    ],
)
def test_no_result_is_read(text):
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers seized 50 grams of methamphetamine.", [("methamphetamine seized (g)", 50)]),
        ("There were 120 fewer burglaries in the town.", [("burglaries reduced", 120)]),
        ("He was jailed for two years.", [("sentence", 24)]),
    ],
)
def test_the_same_figures_as_results_are_kept(text, expected):
    assert pairs(text) == expected
