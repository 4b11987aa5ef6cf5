"""Officers an operation drew on, told by what they did: a team that moved in, officers who
went through the doors, personnel who kept the area secure; not officers who came to harm.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import outcomes


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A team of 40 police and soldiers searched the farm.", 40),
        ("Shortly after dawn, 65 officers went in through the back gate.", 65),
        ("The 14 police personnel from the port unit provided outer security.", 14),
        ("A team of 22 officers moved in before first light.", 22),
    ],
)
def test_officers_told_by_what_they_did_in_the_operation(text, value):
    assert outcomes(text) == [("officers involved", value, None)]


def test_officers_who_came_to_harm_are_not_what_it_drew_on():
    found = outcomes("Three officers were hurt when a team of 30 officers moved in.")
    assert found == [("officers involved", 30, None)]
