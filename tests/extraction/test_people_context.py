"""The words around a bare name that show it is a place's, not a person's, and those that show
a person: an age before the name, a role set off by a comma.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import people


@pytest.mark.parametrize(
    "text",
    [
        "Sgt Amy Pole, who leads the response team in Cobb Ridge, said the raid went well.",
        "The goods were kept at Marsh Hollow, officers said.",
        "A van was stopped near Tarrant Heath, police said.",
    ],
)
def test_a_place_after_in_at_or_near_is_not_a_person(text):
    assert set(people(text)) <= {"Amy Pole"}


@pytest.mark.parametrize(
    "text",
    [
        "The cigarettes were stored at sheds in Orton Falls and Kessing Park.",
        "The network sold cocaine to Brinley, Oak Sutton, Marsh End and Dunmore Flats.",
        "Officers searched homes in Ashby Cross, Colwick and Fennel Green, police said.",
    ],
)
def test_a_list_of_places_is_not_a_list_of_people(text):
    assert people(text) == {}


def test_a_town_where_somebody_lives_is_not_a_person():
    text = "Among those charged is Dara Quill, 52, of Lowther Bridge, who is accused of fraud."
    assert set(people(text)) == {"Dara Quill"}


def test_two_people_joined_by_and_are_still_two_people():
    text = "The car was driven by Noel Brandt and Fay Corliss in turns."
    assert set(people(text)) == {"Noel Brandt", "Fay Corliss"}


@pytest.mark.parametrize(
    "text, name",
    [
        ("The death of 19-year-old Tobin Greaves shocked the town.", "Tobin Greaves"),
        ("Flowers were left for 7-year-old Amara Lisle outside the school.", "Amara Lisle"),
    ],
)
def test_an_age_before_a_name_shows_a_person(text, name):
    assert set(people(text)) == {name}


@pytest.mark.parametrize(
    "text, name",
    [
        ("The scheme was praised by the agency's head of security, Walter Ibsen.", "Walter Ibsen"),
        ("The Minister for Transport, Saoirse Kinnane TD, welcomed the news.", "Saoirse Kinnane"),
        ("It was run by the charity's director, Paula Venn, for ten years.", "Paula Venn"),
    ],
)
def test_a_role_set_off_by_a_comma_shows_the_name_after_it_is_a_person(text, name):
    assert set(people(text)) == {name}


@pytest.mark.parametrize(
    "text, names",
    [
        ("Brothers Kit Farrow, 26, and Ned Farrow, 29, were jailed.", {"Kit Farrow", "Ned Farrow"}),
        ("Sisters Ola Benn, 31, and Ivy Benn, 30, were charged.", {"Ola Benn", "Ivy Benn"}),
    ],
)
def test_a_family_word_opening_a_sentence_is_not_a_first_name(text, names):
    assert set(people(text)) == names


def test_county_short_form_is_not_a_first_name():
    text = "Dara Quill (37), with an address at Mill Road, Ennis, Co Clare, was charged."
    assert set(people(text)) == {"Dara Quill"}


@pytest.mark.parametrize(
    "text",
    [
        "Anyone with information can call the Garda Confidential Line on 1800 000 000.",
        "She oversees the Detective Bureau, the force said.",
        "Ring the Police Tipoff Hotline with any information.",
    ],
)
def test_a_service_or_bureau_after_a_rank_word_is_nobody(text):
    assert people(text) == {}


@pytest.mark.parametrize(
    "text, name, title",
    [
        (
            "The Minister for Transport, Saoirse Kinnane TD, welcomed the news.",
            "Saoirse Kinnane",
            "Minister for Transport",
        ),
        (
            "It was, said Deputy District Attorney Jo Brand, a menace.",
            "Jo Brand",
            "Deputy District Attorney",
        ),
        (
            "At the hearing, Crown prosecutor Remy Tanaka said the Crown would oppose bail.",
            "Remy Tanaka",
            "Crown prosecutor",
        ),
    ],
)
def test_titles_of_other_countries_prosecutors_and_ministers(text, name, title):
    assert people(text)[name].rank_or_title == title
