"""Speakers labelled in a parliament's transcript."""

from tests.extraction.helpers import people

TRANSCRIPT = (
    "Rural crime\n\n"
    "Volume 802: debated on Friday 8 May 2026\n\n"
    "1. Jo Brack (Elmford North) (Lab): What steps has he taken on farm thefts?\n\n"
    "The Minister for Policing (Sam Reddaway): I thank her for the question.\n\n"
    "Jo Brack: I thank the Minister.\n\n"
    "Tim Okafor (Brackton, Hollin and Tarne Vale) (Con): Farmers are worried.\n\n"
    "Sam Reddaway: They are right to be.\n\n"
    "Mr Speaker: Order.\n"
)


def test_each_labelled_speaker_is_a_person():
    assert set(people(TRANSCRIPT)) == {"Jo Brack", "Sam Reddaway", "Tim Okafor"}


def test_an_office_holder_labelled_by_office_keeps_the_office_as_title():
    assert people(TRANSCRIPT)["Sam Reddaway"].rank_or_title == "Minister for Policing"


def test_a_name_and_colon_mid_line_is_no_speaker_label():
    text = "Rural crime\n\nThe list read as follows, Jo Brack: absent, and the rest present.\n"
    assert people(text) == {}


def test_a_seat_in_brackets_without_a_colon_is_no_label():
    text = "Rural crime\n\nJo Brack (Elmford North) asked about thefts.\n"
    assert "Jo Brack" not in people(text)
