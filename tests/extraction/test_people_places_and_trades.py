"""Places that look like names, and people named after their trade."""

import pytest

from tests.extraction.helpers import people


@pytest.mark.parametrize(
    "text",
    [
        "Trains were searched at Elmford Lime Street and Brackton New Street on Friday.",
        "Officers stopped the van on Tarne Quarry Road, near Hollin Cross Station.",
        "The boat came ashore at Tarne Landing, the second seizure there this year.",
        "Mr Speaker: Order. I call the minister.",
    ],
)
def test_places_and_the_chairs_title_are_not_people(text):
    assert people(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Among them is fisherman Jon Brack of Tarne Landing, who owns the boat.",
        "The court heard that the farmer Jon Brack had kept the tractors.",
        "A 24-year-old mechanic, Jon Brack, was later released.",
    ],
)
def test_a_trade_before_a_name_shows_a_person(text):
    assert set(people(text)) == {"Jon Brack"}


@pytest.mark.parametrize(
    "text",
    [
        'Among them was Jon Brack Tarrant, alias "Gull", whom police call the leader.',
        "Held were Ann Okafor and Jon Brack Tarrant, alias 'Gull', both from the port.",
    ],
)
def test_an_alias_after_a_name_shows_a_person(text):
    assert "Jon Brack Tarrant" in people(text)
