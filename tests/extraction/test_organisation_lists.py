"""Organisations named side by side ("… and the …"), names whose "of" takes two words joined by
"and", one place's team described in lower case, and bodies known by a head word other than a
police force's.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import organisations


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Help came from Ravensmoor Rapid Response Teams and the Northland Border Agency.",
            {"Ravensmoor Rapid Response Teams", "Northland Border Agency"},
        ),
        (
            "Officers from Kelby Police and the Coastal Dive Squad searched the lake.",
            {"Kelby Police", "Coastal Dive Squad"},
        ),
        (
            "It was run by the Elmford Council and the Elmford Fraud Unit.",
            {"Elmford Council", "Elmford Fraud Unit"},
        ),
    ],
)
def test_and_the_between_two_names_parts_them(text, expected):
    assert set(organisations(text)) == expected


def test_a_name_with_and_inside_it_stays_whole():
    text = "Officers from the Public Disorder and Rescue Squad were on hand."
    assert set(organisations(text)) == {"Public Disorder and Rescue Squad"}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The Oregon Department of Parks and Recreation closed the trail.",
            "Oregon Department of Parks and Recreation",
        ),
        (
            "Staff from the Department for Housing and Communities took part.",
            "Department for Housing and Communities",
        ),
    ],
)
def test_and_joining_the_words_after_of_or_for_keeps_one_name(text, name):
    assert set(organisations(text)) == {name}


def test_and_after_of_before_a_name_of_its_own_parts_two_names():
    text = "The Ministry of Justice and Border Force worked together."
    assert set(organisations(text)) == {"Ministry of Justice", "Border Force"}


def test_a_department_with_a_pair_then_another_body():
    text = "The Nevada Department of Fish and Game and the Nevada National Guard helped."
    assert set(organisations(text)) == {
        "Nevada Department of Fish and Game",
        "Nevada National Guard",
    }


@pytest.mark.parametrize(
    "text, unit",
    [
        (
            "Officers from the Hollin neighbourhood policing team visited.",
            "Hollin neighbourhood policing team",
        ),
        ("It was led by the Brackwell drugs team last month.", "Brackwell drugs team"),
    ],
)
def test_a_places_team_in_lower_case_is_a_unit(text, unit):
    assert organisations(text) == {unit: "police_unit"}


def test_a_team_with_no_words_between_is_not_read_as_a_unit():
    assert organisations("They thanked the Hollin team for its work.") == {}


def test_a_unit_serving_two_places_keeps_both():
    text = "Officers from the Arden/Marsh Divisional Drugs Unit searched eight homes."
    assert set(organisations(text)) == {"Arden/Marsh Divisional Drugs Unit"}


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("The men appear at Dunmore Courthouse next month.", "Dunmore Courthouse", "court"),
        (
            "The grenade was made safe by the Kiribati Defence Force.",
            "Kiribati Defence Force",
            "government",
        ),
        ("The Oregon National Guard flew the crews in.", "Oregon National Guard", "government"),
        ("Inland Revenue staff joined the searches.", "Inland Revenue", "government"),
    ],
)
def test_courthouses_militaries_guards_and_revenue_bodies(text, name, kind):
    assert organisations(text) == {name: kind}


def test_the_mounties_are_filed_under_the_initials_papers_print():
    assert organisations("The Royal Canadian Mounted Police said. The RCMP agreed.") == {
        "RCMP": "police_force"
    }


def test_a_national_group_is_a_police_unit_and_a_local_one_a_gang():
    text = (
        "The inquiry was run by the National Serious Crime Group (NSCG). "
        "Members of the Harbourside Organised Crime Group were jailed."
    )
    assert organisations(text) == {"National Serious Crime Group": "police_unit"}
