"""Whether two printed names can be one person's."""

import pytest

from articles.identity.names import compatible, parse


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Michael Hamer", "Michael Hamer"),
        ("Michael Hamer", "Mike Hamer"),
        ("Mick Hamer", "Michael Hamer"),
        ("Tony Cox", "Anthony Cox"),
        ("Liz Okafor", "Elizabeth Okafor"),
        ("Michael J Hamer", "Michael Hamer"),
        ("Michael J. Hamer", "Mike Hamer"),
        ("M. Hamer", "Michael Hamer"),
        ("Seán O’Neill", "Sean O'Neill"),
        ("Ludwig van der Berg", "Ludwig Van Der Berg"),
        ("Lewis Basford QPM", "Lewis Basford"),
    ],
)
def test_names_of_one_person(one, other):
    assert compatible(one, other)
    assert compatible(other, one)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Michael Hamer", "Michelle Hamer"),
        ("Michael Hamer", "Michael Hammer"),
        ("Michael J Hamer", "Michael K Hamer"),
        ("Michael John Hamer", "Michael James Hamer"),
        ("Hamer", "Michael Hamer"),
        ("Jo Smith", "John Smith"),
        ("", "Michael Hamer"),
    ],
)
def test_names_of_two_people(one, other):
    assert compatible(one, other) is None
    assert compatible(other, one) is None


def test_the_reason_names_both_forms():
    assert compatible("Mike Hamer", "Michael Hamer") == (
        "“Michael” and “Mike” are forms of one first name"
    )
    assert compatible("Michael J Hamer", "Michael Hamer") == (
        "the same first name, a middle name given in one only"
    )


def test_surname_particles_and_honours():
    assert parse("Ludwig van der Berg").surname == "van der berg"
    assert parse("Lewis Basford QPM") == parse("Lewis Basford")
    assert parse("Cher").given == ()
