"""Titles of civilian officials of agencies and services ("Operations Manager", "Deputy
Director", "Head of Intelligence"), and titles that keep their country's or service's word
("U.S. District Judge", "Provincial Constable", "State Trooper").

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import people

LEAD = "Four people were arrested on Tuesday.\n\n"


@pytest.mark.parametrize(
    "text, name, title",
    [
        (
            "Operations Manager Kit Marlow said the port was shut.",
            "Kit Marlow",
            "Operations Manager",
        ),
        (
            "Agency Investigations Manager Rhys Oduya said the seizure was large.",
            "Rhys Oduya",
            "Investigations Manager",
        ),
        (
            "Coastguard Deputy Director Nell Farrant said boats were stopped.",
            "Nell Farrant",
            "Deputy Director",
        ),
        ("Director General Ana Pires praised the crews.", "Ana Pires", "Director General"),
        ("Director-General Ana Pires praised the crews.", "Ana Pires", "Director-General"),
        (
            "Head of Intelligence Mary Clarke said the network was wide.",
            "Mary Clarke",
            "Head of Intelligence",
        ),
        ("Head of Economic Crime Jo Hale said it was over.", "Jo Hale", "Head of Economic Crime"),
        (
            "Attorney-General Ruth Amadi said the law would change.",
            "Ruth Amadi",
            "Attorney-General",
        ),
    ],
)
def test_a_civilian_officials_title_before_the_name_is_read(text, name, title):
    assert people(LEAD + text)[name].rank_or_title == title


@pytest.mark.parametrize(
    "text, name, title",
    [
        (
            "U.S. District Judge Lena Ortiz sentenced the men to ten years.",
            "Lena Ortiz",
            "U.S. District Judge",
        ),
        ("U.S. Magistrate Judge Tom Abara set bail.", "Tom Abara", "U.S. Magistrate Judge"),
        (
            "Provincial Constable Arjun Sahni stopped the truck.",
            "Arjun Sahni",
            "Provincial Constable",
        ),
        ("State Trooper Dale Reyes pulled the car over.", "Dale Reyes", "State Trooper"),
    ],
)
def test_a_titles_country_or_service_word_is_kept(text, name, title):
    assert people(LEAD + text)[name].rank_or_title == title


@pytest.mark.parametrize(
    "text, name, title",
    [
        (
            "Lakeshore Provincial Police Constable Jo Hale said the truck was stopped.",
            "Jo Hale",
            "Constable",
        ),
        (
            "Hillcrest State Police Sergeant Amy Cole said the car was stopped.",
            "Amy Cole",
            "Sergeant",
        ),
    ],
)
def test_a_forces_name_before_a_rank_is_not_part_of_it(text, name, title):
    assert people(LEAD + text)[name].rank_or_title == title


def test_the_title_of_a_role_without_a_name_is_no_person():
    assert people(LEAD + "The Operations Manager said the port was shut.") == {}


@pytest.mark.parametrize(
    "text, name, title",
    [
        (
            "Mia Laing, a Senior Crown Prosecutor with the Crown Prosecution Service, said so.",
            "Mia Laing",
            "Senior Crown Prosecutor",
        ),
        (
            "Home Office minister Ruth Amadi, the Minister for Safeguarding, praised the team.",
            "Ruth Amadi",
            "Minister for Safeguarding",
        ),
        (
            "Tom Abara, a Detective Sergeant with Wessex Police, said so.",
            "Tom Abara",
            "Detective Sergeant",
        ),
    ],
)
def test_a_capitalised_title_set_off_after_the_name_is_read(text, name, title):
    assert people(LEAD + text)[name].rank_or_title == title


@pytest.mark.parametrize(
    "text, name",
    [
        ("Tom Abara, a detective with Wessex Police, said so.", "Tom Abara"),
        ("Tom Abara, a Major Crime Unit officer, said so.", "Tom Abara"),
    ],
)
def test_a_description_after_the_name_is_no_title(text, name):
    assert people(LEAD + text)[name].rank_or_title is None
