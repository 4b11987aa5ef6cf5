"""Dates printed below what usually comes first: under a byline that sits under a standfirst
written as a sentence, and under a press release's label that follows the issuer's lines.

Every text here is written for the test.
"""

from datetime import datetime

import pytest

from articles.extraction.headers import parse_source

BODY = "Officers searched three houses in Marlby on Tuesday.\n\nTwo men were charged.\n"


@pytest.mark.parametrize("date", ["Sunday 3 May 2026", "3 May 2026", "Sunday, May 3, 2026"])
@pytest.mark.parametrize("byline", ["By Ruth Calloway", "By Ruth Calloway, Crime Correspondent"])
def test_a_date_under_the_byline_under_a_sentence_standfirst_is_read(date, byline):
    text = (
        "Inside the raid that ended a county lines network\n\n"
        "It took a year of surveillance and one tip from a bus driver to find them.\n\n"
        f"{byline}\n{date}\n\n{BODY}"
    )
    source = parse_source(text)
    assert source.published == datetime(2026, 5, 3)
    assert source.byline == "Ruth Calloway"
    assert source.standfirst.text.startswith("It took a year")
    assert source.paragraphs[0].text.startswith("Officers searched")


@pytest.mark.parametrize(
    "issuer",
    [
        "Ministry of Home Affairs\nNational Police Office\nEastern Region",
        "County Prosecutor\nMarlby County\nCriminal Division\nPress Office",
        "State Police\nTroop C\nPublic Information Office",
    ],
)
@pytest.mark.parametrize("label", ["FOR IMMEDIATE RELEASE", "Media Release:", "PRESS RELEASE"])
def test_a_date_under_a_release_label_below_the_issuer_is_read(issuer, label):
    head = "Three charged after Marlby drug raids"
    text = f"{head}\n\n{issuer}\n\n{label}\nTuesday, May 5, 2026\n\n{BODY}"
    source = parse_source(text)
    assert source.published == datetime(2026, 5, 5)
    # The issuer's lines are still read as the text's; the label and date line are not.
    body = " ".join(p.text for p in source.paragraphs)
    assert issuer.split("\n")[0] in body
    assert "2026" not in body and label not in body
