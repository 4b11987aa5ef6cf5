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


@pytest.mark.parametrize(
    "text, name, surname",
    [
        (
            "Senior Superintendent Wilson Tsang Chi-keung said the gang was broken. "
            '"It is over," Senior Superintendent Tsang said.',
            "Wilson Tsang Chi-keung",
            "Tsang",
        ),
        (
            "Chief Inspector Mandy Wong Mei-ling led the search. Wong said more would follow.",
            "Mandy Wong Mei-ling",
            "Wong",
        ),
        ("Ho Ka-wai, 41, was jailed for six years. Ho had denied the charges.", "Ho Ka-wai", "Ho"),
        (
            '"We are ready," said Park Ji-hoon. Park added that the port was shut.',
            "Park Ji-hoon",
            None,
        ),
    ],
)
def test_a_hyphened_given_name_after_the_surname_is_part_of_the_name(text, name, surname):
    found = people(LEAD + text)
    assert list(found) == [name]
    if surname:
        assert len(found[name].mentions) == 2


@pytest.mark.parametrize(
    "text, name",
    [
        ("Well-known Jo Hale said the figures were clear.", "Jo Hale"),
        ("Self-employed builder Tony Cox, 34, was jailed.", "Tony Cox"),
        ("The Sam Reed-led inquiry ended. Sam Reed said it was over.", "Sam Reed"),
        ("Det Sgt Jo Hale-led patrols found the car.", "Jo Hale"),
    ],
)
def test_a_hyphened_description_is_not_a_given_name(text, name):
    assert list(people(LEAD + text)) == [name]
