"""Organisations named by their full official name: state departments, national agencies,
a force and its unit run together or apart, and one unit spelled two ways.

Every text here is written for the test.
"""

import pytest

from articles.extraction import extract
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
    ("first", "second"),
    [
        ("Special Operations Unit", "Specialist Operations Unit"),
        ("Serious Crime Unit", "Serious Crimes Unit"),
        ("Regional Operations Unit", "Regional Operational Unit"),
    ],
)
def test_one_word_of_a_unit_spelled_two_ways_is_one_organisation(first, second):
    text = f"The {first} led it.\n\nA spokesman for the {second} said more."
    [unit] = extract(text).organisations
    assert unit.name == first
    assert [m.text for m in unit.mentions] == [first, second]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Internal Affairs Unit", "International Affairs Unit"),  # neither word starts the other
        ("Drug Squad", "Drugs Squad"),  # too short a stem to tell
        ("Special Operations Unit", "Specialist Operational Unit"),  # two words differ
        ("Special Operations Unit", "Special Operations Team"),
    ],
)
def test_units_whose_names_differ_otherwise_are_two(first, second):
    text = f"The {first} led it.\n\nA spokesman for the {second} said more."
    assert list(organisations(text)) == [first, second]


def test_a_unit_named_with_and_without_its_forces_name_is_one_unit_of_that_force():
    text = (
        "Wessex Police said four men were held.\n\n"
        "Det Insp Jo Hale, of the Wessex Police Serious Violence Unit, led the raids.\n\n"
        "The Serious Violence Unit was set up in May."
    )
    found = extract(text)
    orgs = {o.name: o for o in found.organisations}
    assert set(orgs) == {"Wessex Police", "Serious Violence Unit"}
    unit = orgs["Serious Violence Unit"]
    assert (unit.kind, unit.parent) == ("police_unit", "Wessex Police")
    assert [m.text for m in unit.mentions] == ["Serious Violence Unit"] * 2
    assert [m.text for m in orgs["Wessex Police"].mentions] == ["Wessex Police"] * 2
    assert all(text[m.start : m.end] == m.text for o in found.organisations for m in o.mentions)
    [hale] = found.people
    assert hale.organisation == "Serious Violence Unit"


def test_a_forces_team_named_again_without_the_force_is_the_forces_team():
    text = "The Kent Police Rural Crime team visited farms.\n\nThe Rural Crime team left at noon."
    found = {o.name: o for o in extract(text).organisations}
    assert set(found) == {"Rural Crime team", "Kent Police"}
    assert found["Rural Crime team"].parent == "Kent Police"


def test_a_town_before_a_unit_is_not_taken_for_a_force():
    text = "The Brackton Police Tactical Team came.\n\nThe Tactical Team left at noon."
    assert list(organisations(text)) == ["Brackton Police Tactical Team", "Tactical Team"]


def test_two_forces_side_by_side_are_not_one_the_others_parent():
    text = "Essex Police and Kent Police shared intelligence. Medway Council and Crimestoppers too."
    assert all(o.parent is None for o in extract(text).organisations)


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
