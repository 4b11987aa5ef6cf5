"""A city's "Police Chief" is one title: the city's police is named before it, and the rank
is not cut to "Chief" as a force's "Chief Constable" is left whole.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import organisations, people


@pytest.mark.parametrize(
    "text, name, rank, force",
    [
        (
            "Elmford Police Chief Jo Hale said the city was safer than a year ago.",
            "Jo Hale",
            "Police Chief",
            "Elmford Police",
        ),
        (
            '"We will not stop," said Brackton Police Chief Dana Ruiz on Tuesday.',
            "Dana Ruiz",
            "Police Chief",
            "Brackton Police",
        ),
        ("Police Chief Kyle Banks thanked the neighbours.", "Kyle Banks", "Police Chief", None),
        (
            "Essex Police Chief Constable Ben Harrington praised the officers.",
            "Ben Harrington",
            "Chief Constable",
            "Essex Police",
        ),
        (
            "Kent Police Deputy Chief Sam Reed said the roads were closed.",
            "Sam Reed",
            "Deputy Chief",
            "Kent Police",
        ),
    ],
)
def test_police_chief_title(text, name, rank, force):
    person = people(text)[name]
    assert person.rank_or_title == rank
    assert person.organisation == force
    if force:
        assert force in organisations(text)
