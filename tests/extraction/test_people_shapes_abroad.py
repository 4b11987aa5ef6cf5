"""Names printed in shapes other services and papers use: another first name after "alias";
and capitalised pairs that are no one's: a place after "into" or a preposition opening the
sentence, the words of a law given initials.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import people

LEAD = "Seven men were arrested on Sunday.\n\n"


@pytest.mark.parametrize(
    "text, name",
    [
        ("The accused are Vikram alias Vicky Sable (31) and Tarun Mehta (28).", "Vikram Sable"),
        ("Police named Omar alias Kaka Reyes, 30, as the driver.", "Omar Reyes"),
    ],
)
def test_a_first_name_after_alias_is_left_out_of_the_name(text, name):
    found = people(LEAD + text)
    assert name in found
    assert not any("alias" in n for n in found)


def test_names_after_an_alias_in_a_list_are_each_found():
    text = LEAD + "Held were Vikram alias Vicky Sable (31); Tarun Mehta (28) and Dev Rana (25)."
    assert {"Vikram Sable", "Tarun Mehta", "Dev Rana"} <= set(people(text))


@pytest.mark.parametrize(
    "text",
    [
        "Heroin was sent from Leeds into Hartmoor and Kelby Marsh by train.",
        "Across Wessex, officers seized a tonne of cannabis. Wessex has seen a rise.",
        "Throughout Elmshire, patrols were stepped up. Elmshire is quieter now.",
        "They were charged under the Misuse of Drugs and Controlled Substances (MDCS) Act.",
    ],
)
def test_a_place_or_a_law_is_not_a_person(text):
    assert people(LEAD + text) == {}
