"""A release that closes with a contact's label and value ("Media contact: …") is complete; a
paragraph cut after a speech verb and its colon is still a clipping cut short.

Every text here is written for the test.
"""

import pytest

from articles.extraction.headers import parse_source

STORY = (
    "Elmford raid nets cannabis farm\n\n4 May 2026\n\n"
    "Officers found 200 plants in a unit on the Harbour estate on Tuesday.\n\n"
)


@pytest.mark.parametrize(
    "last",
    [
        "Media contact: Cst. Rhea Donnelly, Public Affairs Unit",
        "Press enquiries: Jo Reyes, Elmford Police press office on 01234 567 890",
        "Issued by: Elmford Police Corporate Communications",
        "Contact: Sgt Omar Feld, Elmford Police",
    ],
)
def test_a_contact_line_under_a_release_is_no_cut(last):
    assert parse_source(STORY + last + "\n").truncated is False


@pytest.mark.parametrize(
    "last",
    [
        "He said: officers would return to the estate over the coming weeks to speak to",
        "A spokesman added: the unit had been rented under a false name by two men who",
        "Police told reporters: the search of the estate would go on for several more days",
    ],
)
def test_a_paragraph_cut_after_a_speech_verb_and_colon_is_still_cut(last):
    assert parse_source(STORY + last + "\n").truncated is True
