"""Organisations named by their full official name: state departments, national agencies,
a force and its unit run together, and one unit spelled two ways.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import organisations


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The Nevada Department of Justice announced the arrests on Monday.",
            "Nevada Department of Justice",
        ),
        (
            "Agents from the Oregon Department of Public Safety joined in.",
            "Oregon Department of Public Safety",
        ),
        ("Staff at the Queensland Ministry of Health were told.", "Queensland Ministry of Health"),
    ],
)
def test_a_department_keeps_the_state_that_owns_it(text, name):
    assert organisations(text) == {name: "government"}


def test_a_department_named_again_without_its_state_is_the_same_one():
    text = (
        "The Nevada Department of Justice announced the arrests.\n\n"
        "The state's Department of Justice said more would follow."
    )
    assert organisations(text) == {"Nevada Department of Justice": "government"}


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("The Criminal Assets Bureau froze the accounts.", "Criminal Assets Bureau", "government"),
        ("The file went to the Australian Border Force.", "Australian Border Force", "government"),
        (
            "Homeland Security Investigations agents helped.",
            "Homeland Security Investigations",
            "government",
        ),
        (
            "The Drug Enforcement Administration led it.",
            "Drug Enforcement Administration",
            "government",
        ),
        (
            "Officers from the Arizona Highway Patrol stopped the car.",
            "Arizona Highway Patrol",
            "police_force",
        ),
        ("The Serious Fraud Office opened an inquiry.", "Serious Fraud Office", "government"),
    ],
)
def test_national_agencies_and_state_forces(text, name, kind):
    assert organisations(text) == {name: kind}


def test_a_force_run_together_with_its_units_name_is_two_organisations():
    text = "Det Insp Jo Penn, of Kent Police Serious Violence Unit, led it."
    assert organisations(text) == {
        "Kent Police": "police_force",
        "Serious Violence Unit": "police_unit",
    }


def test_a_forces_team_described_in_lower_case_stays_one_name():
    text = "The Kent Police Rural Crime team visited farms."
    assert list(organisations(text)) == ["Kent Police Rural Crime team"]


def test_a_towns_police_team_is_not_a_force():
    text = "Officers from Brackton Police Tactical Team made the arrests."
    assert organisations(text) == {"Brackton Police Tactical Team": "police_unit"}


def test_the_met_as_an_owner_is_the_metropolitan_police():
    text = "The Met’s Northern command led the raids."
    assert organisations(text) == {"Metropolitan Police": "police_force"}


def test_one_unit_spelled_two_ways_is_one_organisation():
    text = (
        "The Eastern Regional Special Operations Unit led it.\n\n"
        "A spokesman for the Eastern Regional Specialist Operations Unit said more."
    )
    assert list(organisations(text)) == ["Eastern Regional Special Operations Unit"]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "He will appear in the Supreme Court of Brackshire next month.",
            "Supreme Court of Brackshire",
        ),
        ("The case went to the County Court of Dunmore.", "County Court of Dunmore"),
        ("He lost at the Court of Appeal in May.", "Court of Appeal"),
    ],
)
def test_a_court_named_with_of_keeps_its_place(text, name):
    assert organisations(text) == {name: "court"}


def test_an_owner_named_with_of_is_cut_from_its_unit():
    text = "The Police Service of Northern Ireland's Organised Crime Branch led it."
    assert organisations(text) == {
        "Police Service of Northern Ireland": "police_force",
        "Organised Crime Branch": "police_unit",
    }
