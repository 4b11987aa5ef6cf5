"""Organisations in a records column's capitals, forces named "Constabulary Force", and the
words around a name that are not part of it."""

import pytest

from tests.extraction.helpers import organisations

COLUMN = (
    "Police and court log\n\n"
    "The Courier prints this from public records.\n\n"
    "{heading}\n\n"
    "Nov. 3: Officers arrested a man on Kell Street. He was held in the "
    "Four-County Correctional Center on a $5,000 bond.\n"
)


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("HOLLIN POLICE DEPARTMENT", "Hollin Police Department"),
        ("TARNE COUNTY SHERIFF'S OFFICE", "Tarne County Sheriff's Office"),
        ("TARNE COUNTY COMMON PLEAS COURT", "Tarne County Common Pleas Court"),
        ("HOLLIN MUNICIPAL COURT", "Hollin Municipal Court"),
    ],
)
def test_a_column_heading_in_capitals_names_the_body_as_a_name_is_printed(heading, name):
    found = organisations(COLUMN.format(heading=heading))
    assert name in found
    assert "Four-County Correctional Center" in found


def test_a_heading_in_capitals_that_names_no_body_files_none():
    found = organisations(COLUMN.format(heading="ARRESTS AND CHARGES"))
    assert set(found) == {"Four-County Correctional Center"}


def test_capitals_inside_a_sentence_are_not_read_as_a_heading():
    found = organisations("Body text.\n\nHe shouted HOLLIN POLICE DEPARTMENT at them.\n")
    assert "Hollin Police Department" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The Rimland Constabulary Force said four men were held.",
        "Officers of the Rimland Constabulary Force seized a boat on Friday.",
    ],
)
def test_a_constabulary_force_is_one_name(text):
    assert "Rimland Constabulary Force" in organisations(text)


def test_a_constabulary_alone_still_ends_its_name():
    found = organisations("Sgt Ann Lee of Wessex Constabulary said more arrests would follow.")
    assert "Wessex Constabulary" in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Head of the Tarne Police Division, Superintendent Jon Brack, said so.",
            "Tarne Police Division",
        ),
        ("Former Police Constable Ann Lee was jailed for a year.", None),
        ("Brack told the Hollin Echo that a team of officers went in.", "Hollin Echo"),
    ],
)
def test_words_of_the_sentence_around_a_name_stay_out_of_it(text, name):
    found = organisations(text)
    assert set(found) == ({name} if name else set())


def test_a_wire_credit_on_the_date_line_is_not_a_police_force():
    text = "Quarry town\n\nLima (AFP) — Peruvian police seized two boats on Friday, they said."
    assert "Australian Federal Police" not in organisations(text)


def test_the_australian_federal_police_by_their_initials_elsewhere_still_are():
    text = "The AFP said two men were charged after a search in Perth (WA) on Friday."
    assert "Australian Federal Police" in organisations(text)


@pytest.mark.parametrize(
    "name",
    ["United Nations", "College of Policing", "National County Lines Coordination Centre"],
)
def test_bodies_named_without_a_head_word(name):
    assert name in organisations(f"Figures from the {name} show a rise in such cases.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Colombian police and soldiers seized a boat on Friday.", "Colombian police"),
        ("A boat was stopped by the Peruvian navy off the coast.", "Peruvian navy"),
    ],
)
def test_a_countrys_police_or_navy_in_lower_case_is_its_service(text, name):
    assert name in organisations(text)


def test_a_nationality_before_other_words_names_no_service():
    assert organisations("Two Colombian nationals and a Peruvian man were held.") == {}


def test_a_parish_court_is_a_court():
    found = organisations("The men will appear in the Tarne Parish Court next week.")
    assert "Tarne Parish Court" in found
