"""Organisations of kinds the first rules missed: units called cells and wings, prisons,
justice centres, bodies named by what they are for, the full name of HM Revenue and Customs,
police services' report lines; a role before a council and a team after a listed body are
not part of their names.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import organisations

LEAD = "Nine people were arrested on Monday.\n\n"


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("The Cyber Crime Cell traced the calls.", "Cyber Crime Cell", "police_unit"),
        (
            "Officers of the Economic Offences Wing froze the accounts.",
            "Economic Offences Wing",
            "police_unit",
        ),
        ("The men were remanded to Ardlow Prison until Friday.", "Ardlow Prison", "government"),
        ("He was moved to HMP Wexcombe last year.", "HMP Wexcombe", "government"),
        ("The case was heard at Elmford Justice Centre.", "Elmford Justice Centre", "court"),
        (
            "Figures from the Office for National Statistics show a fall.",
            "Office for National Statistics",
            "government",
        ),
        (
            "The Directorate for Serious Crime Investigation took over.",
            "Directorate for Serious Crime Investigation",
            "government",
        ),
        ("The Agency for Road Safety backed the checks.", "Agency for Road Safety", "government"),
        (
            "Officers from HM Revenue and Customs searched the lorry.",
            "HM Revenue and Customs",
            "government",
        ),
        ("Anyone with information can call Policelink.", "Policelink", "other"),
    ],
)
def test_an_organisation_of_another_kind_is_found(text, name, kind):
    assert organisations(LEAD + text).get(name) == kind


def test_a_role_opening_the_sentence_is_not_part_of_the_council():
    found = organisations(LEAD + "Leader of Brackton Borough Council, Cllr Jo Amos, praised it.")
    assert set(found) == {"Brackton Borough Council"}


def test_a_team_after_a_listed_body_is_that_body():
    found = organisations(LEAD + "The council’s Trading Standards team seized the vapes.")
    assert "Trading Standards" in found
    assert not any(name.lower().endswith("team") for name in found)


def test_a_post_office_for_a_town_is_not_a_body_of_government():
    assert organisations(LEAD + "He robbed the Post Office in Elmford.") == {}


def test_a_force_named_with_a_possessive_suffix_keeps_its_suffix():
    found = organisations(LEAD + "The Tasmania Police Service's Major Crime Command led it.")
    assert {"Tasmania Police Service", "Major Crime Command"} <= set(found)


def test_a_report_to_the_procurator_fiscal_names_the_office():
    assert organisations(LEAD + "A report has been sent to the Procurator Fiscal.") == {
        "Procurator Fiscal": "government"
    }


def test_a_procurator_fiscal_before_a_name_is_a_title():
    assert organisations(LEAD + "Procurator Fiscal Jo Amos said the case was serious.") == {}


@pytest.mark.parametrize(
    "text",
    ["Drugs were sold in Elmford and Council Bluffs.", "Vans ran between Hale and Court Green."],
)
def test_a_head_word_right_after_and_heads_no_name(text):
    assert organisations(LEAD + text) == {}


def test_a_unit_described_in_lower_case_after_a_forces_initials_is_found():
    text = "Officers of the Wessex Police Service (WPS) Coastal Organised Crime unit searched it."
    assert "Coastal Organised Crime unit" in organisations(LEAD + text)


@pytest.mark.parametrize(
    "text, force, unit",
    [
        (
            "The Cyber Cell of the Ranpur city police traced the calls.",
            "Ranpur city police",
            "Cyber Cell",
        ),
        (
            "The Economic Offences Wing of the Ambala district police froze the accounts.",
            "Ambala district police",
            "Economic Offences Wing",
        ),
        ("The Ranpur city police arrested two men.", "Ranpur city police", None),
    ],
)
def test_a_citys_force_in_lower_case_is_found_apart_from_its_unit(text, force, unit):
    found = organisations(LEAD + text)
    assert found.get(force) == "police_force"
    assert set(found) == {force} | ({unit} if unit else set())


def test_the_city_police_with_no_place_is_no_name():
    assert organisations(LEAD + "Kent Police said the city police in Leeds helped.") == {
        "Kent Police": "police_force"
    }
