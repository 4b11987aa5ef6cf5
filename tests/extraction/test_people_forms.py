"""One person under one name whether the middle initial is printed or not; a surname that is
also a street's word when the person's age follows; a title and its body printed around a
name set off by commas; a rank opening a sentence is not an organisation's first word.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import organisations, people


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Marcus D. Whitfield, 41, was charged.\n\nMarcus Whitfield denies the charge.",
            "Marcus D. Whitfield",
        ),
        ("Jo Hale, 30, was charged.\n\nJo K. Hale denies the charge.", "Jo Hale"),
        (
            "Dana R. Cole, 52, ran the ring, prosecutors said. Dana Cole will be sentenced.",
            "Dana R. Cole",
        ),
    ],
)
def test_a_middle_initial_does_not_make_a_second_person(text, name):
    assert list(people(text)) == [name]


def test_different_middle_initials_stay_two_people():
    text = "Jo K. Hale, 30, and Jo P. Hale, 28, were charged."
    assert set(people(text)) == {"Jo K. Hale", "Jo P. Hale"}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Sam Reed, 27, received 46 months; Anthony Lane, 29, received 37 months.", "Anthony Lane"),
        ("Jo Street, aged 41, of Elmford, was fined.", "Jo Street"),
        ("Rhys Bridge, 19, admitted the theft.", "Rhys Bridge"),
    ],
)
def test_a_street_word_surname_before_an_age(text, name):
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police were called to Anthony Lane, Elmford, at 2am.",
        "The van was found in Mill Lane on Sunday.",
    ],
)
def test_a_street_stays_a_street(text):
    assert not people(text)


@pytest.mark.parametrize(
    "text, name, rank, body",
    [
        (
            "The Chief Constable of Devon and Cornwall Police, Sarah Penrose, wrote to me.",
            "Sarah Penrose",
            "Chief Constable",
            "Devon and Cornwall Police",
        ),
        (
            "Sarah Penrose, Chief Constable of Devon and Cornwall Police, wrote to me.",
            "Sarah Penrose",
            "Chief Constable",
            "Devon and Cornwall Police",
        ),
        (
            "The Assistant Commissioner of the Metropolitan Police, Dan Reed, said it.",
            "Dan Reed",
            "Assistant Commissioner",
            "Metropolitan Police",
        ),
    ],
)
def test_a_title_of_a_body_beside_a_name(text, name, rank, body):
    person = people(text)[name]
    assert (person.rank_or_title, person.organisation) == (rank, body)
    assert list(organisations(text)) == [body]


def test_a_title_without_a_body_after_a_name_is_no_rank():
    assert people("Jo Hale, Inspector of the Year, spoke.")["Jo Hale"].rank_or_title is None


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "Operatives of the Elmford Drug Enforcement Agency raided the house.",
            "Elmford Drug Enforcement Agency",
        ),
        ("Agents of the Elmford Narcotics Bureau made the arrests.", "Elmford Narcotics Bureau"),
        ("The Deputy Chief of Brackton City Council, Jo Hale, resigned.", "Brackton City Council"),
    ],
)
def test_a_title_or_a_plural_before_of_opens_no_name(text, body):
    assert list(organisations(text)) == [body]
