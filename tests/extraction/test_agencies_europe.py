"""Europe's agencies and the police of European countries, named as the international press
prints them: by their own names, and in English without the country's adjective before them;
and registries, food banks and health departments.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import organisations

LEAD = "Twelve people were arrested across Europe on Tuesday.\n\n"


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Prosecutors met at Eurojust in The Hague.", "Eurojust", "other"),
        ("In Valencia, the Guardia Civil searched a warehouse.", "Guardia Civil", "police_force"),
        ("Officers of the Carabinieri raided a farm near Bari.", "Carabinieri", "police_force"),
        ("The BKA searched two flats in Bremen.", "Federal Criminal Police Office", "police_force"),
        (
            "Analysts at the European Cybercrime Centre traced the servers.",
            "European Cybercrime Centre",
            "other",
        ),
        (
            "The European Serious and Organised Crime Centre hosted the meetings.",
            "European Serious and Organised Crime Centre",
            "other",
        ),
    ],
)
def test_a_european_agency_is_known_by_its_own_name(text, name, kind):
    assert organisations(LEAD + text).get(name) == kind


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Belgian Federal Judicial Police traced the lorries.", "Federal Judicial Police"),
        (
            "A prosecutor at the Dutch National Public Prosecutor's Office spoke.",
            "National Public Prosecutor's Office",
        ),
        ("The Portuguese Judiciary Police seized a yacht.", "Judiciary Police"),
        ("Officers of the Italian Carabinieri joined the search.", "Carabinieri"),
    ],
)
def test_a_foreign_countrys_adjective_is_left_out_of_its_agencys_name(text, name):
    found = organisations(LEAD + text)
    assert name in found
    assert not any(n.split()[0] in ("Belgian", "Dutch", "Portuguese", "Italian") for n in found)


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Australian Federal Police seized the boat.", "Australian Federal Police"),
        ("Staff of the Australian Border Force searched the crates.", "Australian Border Force"),
    ],
)
def test_an_agency_named_in_english_keeps_its_countrys_word(text, name):
    assert name in organisations(LEAD + text)


def test_a_forces_own_name_given_in_brackets_is_not_another_organisation():
    found = organisations(LEAD + "Officers of the National Police (Politie) searched a barge.")
    assert list(found) == ["National Police"]


@pytest.mark.parametrize(
    "text, name, kind",
    [
        (
            "Figures from the Central Registry of Drug Abuse rose.",
            "Central Registry of Drug Abuse",
            "government",
        ),
        ("The deeds were checked with HM Land Registry.", "HM Land Registry", "government"),
        (
            "Volunteers at the Brackton Community Pantry said demand rose.",
            "Brackton Community Pantry",
            "charity",
        ),
        ("The Elmford Foodbank said demand rose.", "Elmford Foodbank", "charity"),
        ("NSW Health said the pills were dangerous.", "NSW Health", "government"),
    ],
)
def test_registries_food_banks_and_health_departments_are_organisations(text, name, kind):
    assert organisations(LEAD + text) == {name: kind}
