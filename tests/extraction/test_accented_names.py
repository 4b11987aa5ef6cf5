"""Names printed with accents and macrons (Irish, Māori, French, Spanish names), with a
particle before the surname, or with a nickname in quote marks.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import people


@pytest.mark.parametrize(
    "text, name",
    [
        ("Chief Superintendent Órla Breathnach said the searches went well.", "Órla Breathnach"),
        ("Sergeant Mereana Te Rāwhiti, of the dog section, said so.", "Mereana Te Rāwhiti"),
        ("Inspector Hélène Côté told reporters the drugs were seized.", "Hélène Côté"),
    ],
)
def test_a_titled_name_keeps_its_accented_letters(text, name):
    assert set(people(text)) == {name}


def test_an_irish_o_before_a_surname_is_part_of_the_name():
    text = "Detective Garda Cathal Ó Dálaigh, who led the search, said it was a good day."
    assert set(people(text)) == {"Cathal Ó Dálaigh"}


def test_a_bare_accented_name_is_found_by_its_age():
    text = "Iñaki Peña, 29, of no fixed address, was charged with possession."
    assert set(people(text)) == {"Iñaki Peña"}


def test_a_later_surname_alone_is_the_accented_persons():
    text = (
        "Superintendent Seán Ó Briain said the gang was gone.\n\n"
        "Supt Ó Briain added that more arrests would follow."
    )
    [person] = people(text).values()
    assert person.name == "Seán Ó Briain"
    assert len(person.mentions) == 2


@pytest.mark.parametrize(
    "full, later",
    [
        ("Detective Sergeant Aroha Te Huia", "Sergeant Te Huia"),
        ("Inspector Marco De Luca", "Insp De Luca"),
    ],
)
def test_a_surname_that_starts_with_a_particle_is_one_persons(full, later):
    text = f"{full} said the search was over.\n\n{later} added that two men were held.\n"
    [person] = people(text).values()
    assert len(person.mentions) == 2


@pytest.mark.parametrize(
    "text, name",
    [
        ("Among those charged is Dean “Tank” Morrow-Hale, 31, of Elmford.", "Dean Morrow-Hale"),
        ('Luis "El Gato" Ortega, 40, was booked into the county jail.', "Luis Ortega"),
    ],
)
def test_a_nickname_in_quote_marks_inside_a_name_is_left_out_of_it(text, name):
    assert set(people(text)) == {name}


def test_a_quoted_phrase_between_two_names_does_not_join_them():
    text = "Tony Cox, 34, shouted “Good Luck” Anna Bell, 29, said later."
    assert set(people(text)) == {"Tony Cox", "Anna Bell"}
