"""Capitalised pairs that are not people: businesses, papers, places and institutions that
"said" something, rank words around a name, and the names credited for an article's making.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import people


@pytest.mark.parametrize(
    "text",
    [
        "Marsh Water said the main would be repaired by Friday.",
        "Kelby Express said its staff had been shaken by the raid.",
        "Harbour Coast said it was the largest seizure this year.",
        "Elmford Cathedral said its doors would stay open.",
        "Northfield Railway said trains were delayed after the arrest.",
        "The Brackton Echo said the man was 34.",
        "Homeland Security said the man had been deported.",
        "Animal Control said the dogs were seized.",
        "Air Ambulance said the rider was airlifted.",
        "Range Rover Sport was found burnt out nearby.",
    ],
)
def test_a_business_service_or_paper_that_said_something_is_not_a_person(text):
    assert people(text) == {}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Chief Constable Designate Ada Pike said the force would change.", "Ada Pike"),
        ("Leading Senior Constable Rhys Dean said the car was stolen.", "Rhys Dean"),
    ],
)
def test_rank_words_stay_out_of_a_name(text, name):
    assert set(people(text)) == {name}


def test_a_rank_alone_is_nobody():
    assert people("Detective Senior Constable said it was a tragedy.") == {}


@pytest.mark.parametrize(
    "credit",
    ["Reporting by Nia Holt; editing by Rob Kerr", "Picture: Dan Field", "Photos by Lee Marsh"],
)
def test_a_name_credited_for_the_article_is_not_a_person_in_it(credit):
    text = f"Tony Vance, 41, was jailed for six years.\n\n{credit}, said the paper.\n"
    assert set(people(text)) == {"Tony Vance"}


def test_each_person_says_which_rule_found_them_and_how_sure_it_is():
    text = (
        "Det Insp Mona Reyes said Lewis Hart, 29, had been charged. Mrs Ada Quill said her son "
        "Callum was safe. Nadia Brook was not in court.\n\nBrook later spoke to reporters."
    )
    found = {p.name: (p.rule, p.confidence) for p in people(text).values()}
    assert found == {
        "Mona Reyes": ("person-rank-name", 0.95),
        "Lewis Hart": ("person-words-after", 0.85),
        "Ada Quill": ("person-courtesy-name", 0.9),
        "Callum": ("person-relative", 0.7),
        "Nadia Brook": ("person-capitalised-pair", 0.6),
    }
