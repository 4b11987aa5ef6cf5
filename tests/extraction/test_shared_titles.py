"""A title in the plural before two or more names ("Detective Constables Jo Hale and Sam
Reed") is each one's title, in the singular.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import people


@pytest.mark.parametrize(
    "sentence, title, names",
    [
        (
            "Detective Constables Mira Osei and Tom Keble led the inquiry.",
            "Detective Constable",
            ["Mira Osei", "Tom Keble"],
        ),
        (
            "Assistant U.S. Attorneys Rhea Dunmore and Colm Aske-Byrne prosecuted the case.",
            "Assistant U.S. Attorney",
            ["Rhea Dunmore", "Colm Aske-Byrne"],
        ),
        (
            "Special Agents Mira Osei, Tom Keble and Ada Lusk made the arrests.",
            "Special Agent",
            ["Mira Osei", "Tom Keble", "Ada Lusk"],
        ),
    ],
)
def test_a_plural_title_is_each_names_title(sentence, title, names):
    found = people(f"Two men were charged in Elmford.\n\n{sentence}\n")
    assert sorted(found) == sorted(names)
    assert {found[n].rank_or_title for n in names} == {title}


def test_a_plural_word_before_names_that_is_no_title_gives_none():
    found = people(
        "Two men were charged in Elmford.\n\nResidents Mira Osei and Tom Keble saw it.\n"
    )
    assert all(p.rank_or_title is None for p in found.values())
