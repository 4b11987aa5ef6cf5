"""Organisations: forces, units, councils, courts and the rest.

Every text here is written for the test; the seed articles are read from fixtures/sources.
"""

import pytest

from articles.extraction import extract
from tests.extraction.helpers import organisations, people

SEED_RAIDS = "000_7dfbda4164c8c49a.txt"
SEED_CLIPPING = "003_7589ca8339324ffc.txt"


def test_forces_units_councils_courts_and_charities():
    text = (
        "Officers from Kent Police's Serious Organised Crime Unit raided the flat.\n\n"
        "He appeared at Maidstone Crown Court and later at Medway Magistrates’ Court.\n\n"
        "Medway Council and Crimestoppers welcomed the arrests.\n"
    )
    assert organisations(text) == {
        "Kent Police": "police_force",
        "Serious Organised Crime Unit": "police_unit",
        "Maidstone Crown Court": "court",
        "Medway Magistrates’ Court": "court",
        "Medway Council": "council",
        "Crimestoppers": "charity",
    }


def test_the_met_and_scotland_yard_are_the_metropolitan_police():
    text = "The Met said the raids were planned. Scotland Yard later confirmed two arrests."
    [met] = extract(text).organisations
    assert met.name == "Metropolitan Police"
    assert [m.text for m in met.mentions] == ["Met", "Scotland Yard"]


def test_a_unit_named_with_its_force_keeps_the_force_as_parent():
    text = "Detectives from the Tasmania Police Force Serious Crime Command's Fraud Squad acted."
    found = {o.name: o for o in extract(text).organisations}
    assert found["Serious Crime Command"].parent == "Tasmania Police Force"
    assert found["Fraud Squad"].parent == "Serious Crime Command"


def test_a_name_word_that_opens_sentences_stays_in_a_name_mid_sentence():
    text = (
        "Specialist officers searched the house. Det Sgt Kay Bell, of the Specialist Fraud "
        "Unit, led them."
    )
    assert organisations(text) == {"Specialist Fraud Unit": "police_unit"}


def test_a_place_that_owns_a_unit_is_not_part_of_its_name():
    text = "Det Insp Lee Park, of Bristol’s Major Crime Unit, led the raid."
    assert organisations(text) == {"Major Crime Unit": "police_unit"}


def test_task_forces_and_crime_stoppers():
    text = "The Border Smuggling Task Force thanked callers to Crime Stoppers for their help."
    assert organisations(text) == {
        "Border Smuggling Task Force": "police_unit",
        "Crime Stoppers": "charity",
    }


def test_the_last_of_a_list_of_places_is_not_a_person():
    text = "Officers raided homes in Redcliffe, Hartley and Sandy Bay on Tuesday."
    assert people(text) == {}


def test_a_lone_police_is_not_an_organisation():
    assert organisations("I know that the Police need help. Police in Essex agree.") == {}


def test_the_short_form_of_a_force_is_filed_under_the_long_form():
    text = "Tasmania Police said the raid went well. A Tasmania Police Force spokesman agreed."
    [force] = extract(text).organisations
    assert force.name == "Tasmania Police Force"
    assert [m.text for m in force.mentions] == ["Tasmania Police", "Tasmania Police Force"]


def test_a_unit_with_no_force_named_beside_it_belongs_to_the_only_force():
    text = "Officers from the Serious Crime Unit joined Norfolk Constabulary in the raid."
    found = {o.name: o for o in extract(text).organisations}
    assert found["Serious Crime Unit"].parent == "Norfolk Constabulary"


def test_a_lower_case_team_after_a_place_is_a_unit():
    text = "Residents praised the Mid Sussex drugs team for the arrests."
    assert organisations(text) == {"Mid Sussex drugs team": "police_unit"}


def test_an_office_of_two_words_is_the_government_only_after_a_known_first_word():
    text = "The Home Office funded the work. Staff at the Post Office saw nothing."
    assert organisations(text) == {"Home Office": "government"}


@pytest.mark.parametrize(
    ("text", "name", "printed"),
    [
        ("The NSPCC’s helpline took calls from worried parents.", "NSPCC", "NSPCC"),
        ("Officers passed the file to HMRC's investigators.", "HMRC", "HMRC"),
        ("She called Crimestoppers on Monday.", "Crimestoppers", "Crimestoppers"),
        ("The charity Barnardo’s ran the scheme.", "Barnardo’s", "Barnardo’s"),
    ],
)
def test_a_nickname_of_one_word_is_found_with_or_without_a_possessive(text, name, printed):
    (org,) = extract(text).organisations
    assert (org.name, [m.text for m in org.mentions]) == (name, [printed])
