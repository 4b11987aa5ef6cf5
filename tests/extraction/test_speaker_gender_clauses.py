"""A person's gender read from a pronoun after their name only when the pronoun is theirs: not
from the clause a speech verb opens about somebody else ("Morrow says the owner has sold his
tractors"), so that a later "she says" still finds her.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import people, speakers


@pytest.mark.parametrize(
    "clause",
    [
        "Inspector Dana Morrow says the farm's owner, who was not charged, has sold his tractors.",
        "Inspector Dana Morrow said the driver had left his van at the gate.",
        "Inspector Dana Morrow told the court a neighbour had lent him a key.",
    ],
)
def test_a_pronoun_in_a_reported_clause_about_another_is_not_the_speakers(clause):
    text = (
        "Police searched a farm outside Elmford in March.\n\n"
        "A worker there, Pavel Ostrov, said nothing to officers.\n\n"
        f"{clause}\n\n"
        '"We found the men in the barn, and they were cold," she says.\n'
    )
    assert people(text)["Dana Morrow"].gender is None
    assert speakers(text) == ["Dana Morrow"]


@pytest.mark.parametrize(
    "clause, gender",
    [
        ("Inspector Dana Morrow said her team had worked for months.", "f"),
        ("Inspector Dana Morrow said that she had never seen a farm like it.", "f"),
        ("Inspector Dan Morrow said he had never seen a farm like it.", "m"),
    ],
)
def test_a_pronoun_right_after_the_speech_verb_is_the_speakers(clause, gender):
    text = f"Police searched a farm outside Elmford in March.\n\n{clause}\n"
    (person,) = people(text).values()
    assert person.gender == gender
