"""Titles no list holds, given their initials in brackets before the name; and ministers and
acting attorneys by their printed title."""

import pytest

from tests.extraction.helpers import people


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "The raid was led by Investigation Agent IV (IA4) Jo Brack, the team leader.",
            "Jo Brack",
            "Investigation Agent IV",
        ),
        (
            "Police Colonel (PCol) Rui Santos said more raids would follow.",
            "Rui Santos",
            "Police Colonel",
        ),
        (
            "3. Chief Inspector of Narcotics (CIN) Ann Lee said the ring had been broken.",
            "Ann Lee",
            "Chief Inspector of Narcotics",
        ),
    ],
)
def test_a_title_spelt_out_before_its_initials_leads_the_name(text, name, title):
    assert people(text)[name].rank_or_title == title


def test_the_initials_alone_lead_the_name_again():
    found = people(
        "Investigation Agent IV (IA4) Jo Brack led the team. Later IA4 Brack said two men ran."
    )
    assert set(found) == {"Jo Brack"}
    assert found["Jo Brack"].rank_or_title == "Investigation Agent IV"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the initials spell a body's name, not a title: the title after them is his
        ("The Serious Fraud Office (SFO) Director Tim Hale said so.", "Director"),
        # the initials do not spell the words before them
        ("Senior Field Agent (XQ) Tim Hale said so.", None),
    ],
)
def test_initials_that_do_not_spell_a_title_give_none(text, title):
    assert people(text)["Tim Hale"].rank_or_title == title


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "In Lima, the Interior Minister Rui Carvalho said more.",
            "Rui Carvalho",
            "Interior Minister",
        ),
        (
            "Charges were announced by Acting United States Attorney Jo M. Hale on Friday.",
            "Jo M. Hale",
            "Acting United States Attorney",
        ),
        ("Former Police Constable Ann Lee was jailed for a year.", "Ann Lee", "Police Constable"),
    ],
)
def test_printed_titles_kept_whole(text, name, title):
    assert people(text)[name].rank_or_title == title
