"""Written words read out in a quote (a message, a letter, a post) are their writer's, not
those of whoever describes them.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import speakers


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "DS Amy Cole said the phone held a screenshot of one of PC Sam Reed's messages, "
            'which read: "Big one coming Tuesday."',
            "Sam Reed",
        ),
        (
            "Prosecutor Amy Cole said Sam Reed, 30, had posted a message reading: "
            '"Nobody grasses."',
            "Sam Reed",
        ),
        (
            'Sam Reed, 30, sent the victim a letter which said: "I will find you."',
            "Sam Reed",
        ),
        (
            "Insp Amy Cole told the hearing that Dan Hale, 41, wrote in an email that said: "
            '"Delete everything tonight."',
            "Dan Hale",
        ),
    ],
)
def test_the_writer_is_the_speaker(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Insp Amy Cole said: "We acted on every message we received."', "Amy Cole"),
        ('Insp Amy Cole read out the note: "Sorry for everything."', "Amy Cole"),
    ],
)
def test_a_speaker_who_only_mentions_writing_keeps_the_quote(text, speaker):
    assert speakers(text) == [speaker]
