"""Speakers the attribution rules must name: other countries' ranks, a force's long name
before a dotted rank, and a speaker introduced in the paragraph before the quote.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import people, speakers


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            '"We will not stop," said Harbour City Police Department (HCPD) Lt. Mara Quill.',
            "Mara Quill",
        ),
        (
            "“The work goes on,” said Lakeside Police Bureau Sgt. Ivo Brandt, who led it.",
            "Ivo Brandt",
        ),
        ('"It was planned for weeks," Capt. Rhea Salas told reporters.', "Rhea Salas"),
        ('"Nobody was hurt," said Mr. Owen Tate of the county sheriff\'s office.', "Owen Tate"),
    ],
)
def test_a_full_stop_after_a_rank_does_not_end_the_tag(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Cst. Ray Olin said: “The car was stolen that night.”", "Ray Olin"),
        ("Staff Sgt. Ray Olin said: “The car was stolen that night.”", "Ray Olin"),
        ("Garda Sergeant Niamh Carey said: “The car was stolen that night.”", "Niamh Carey"),
        ("Deputy Carla Moss said: “The car was stolen that night.”", "Carla Moss"),
        ("Cr Lena Hart said: “The car park will be closed.”", "Lena Hart"),
        ("Councilman Abe Ruiz said: “The car park will be closed.”", "Abe Ruiz"),
    ],
)
def test_ranks_and_titles_of_other_services_name_the_speaker(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "printed, full",
    [
        ("Cst. Ray Olin said it.", "Constable"),
        ("Deputy Carla Moss said it.", "Deputy"),
        ("Garda Sergeant Niamh Carey said it.", "Garda Sergeant"),
        ("Cr Lena Hart said it.", "Councillor"),
        ("Rep. Abe Ruiz said it.", "Representative"),
    ],
)
def test_other_services_ranks_are_read_in_full(printed, full):
    (person,) = people(printed).values()
    assert person.rank_or_title == full


@pytest.mark.parametrize(
    "intro",
    [
        "Inspector Tom Brack, from the county's Rural Crime Team, said:",
        "Detective Inspector Tom Brack, of the Regional Fraud Unit said:",
        "Speaking after the hearing, Inspector Tom Brack said:",
        "Inspector Tom Brack added:",
    ],
)
def test_a_speaker_introduced_in_the_paragraph_before_the_quote(intro):
    text = (
        f'Two men were held.\n\n{intro}\n\n"We are pleased with the result.\n\n"More will follow."'
    )
    assert speakers(text) == ["Tom Brack"]


def test_a_paragraph_without_a_colon_does_not_introduce_the_next_quote():
    text = 'Inspector Tom Brack led the raid.\n\n"We are pleased with the result."'
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Det Supt Ross Lane said the raid was planned.", "Ross Lane"),
        ("PC Tom Street made the arrest.", "Tom Street"),
        ("Sgt Ian Close and two colleagues went in.", "Ian Close"),
    ],
)
def test_a_surname_that_is_also_a_street_word_stays_after_a_rank(text, name):
    assert list(people(text)) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Mill Hill and Green Lanes welcomed the news.",
        "Stalls lined Long Meadows and Brook Fields for the fair.",
        "The town of Orchard Vale was quiet.",
    ],
)
def test_place_names_are_not_people(text):
    assert people(text) == {}


def test_an_untagged_quote_after_a_narration_paragraph_goes_on_from_the_same_speaker():
    text = (
        'Insp Eve Lark said: "The raids went well."\n\n'
        "The searches lasted most of the day and the street was closed.\n\n"
        '"We will be back."'
    )
    assert speakers(text) == ["Eve Lark", "Eve Lark"]


def test_a_narration_paragraph_naming_somebody_else_stops_the_carry_on():
    text = (
        'Insp Eve Lark said: "The raids went well."\n\n'
        "Cllr Ben Ode had asked for the searches.\n\n"
        '"We will be back."'
    )
    assert speakers(text) == ["Eve Lark", None]


def test_a_quote_far_from_the_last_speaker_is_not_carried_on():
    text = (
        'Insp Eve Lark said: "The raids went well."\n\n'
        "The street was closed.\n\nShops stayed shut.\n\nBuses were diverted.\n\n"
        '"We will be back."'
    )
    assert speakers(text) == ["Eve Lark", None]


@pytest.mark.parametrize(
    "text",
    [
        '"The streets are safer," said the Minister for Police, Jo Amos.',
        'The Police and Crime Commissioner for Brackshire, Jo Amos, said: "The streets are safer."',
        'Justice Minister, Jo Amos, said: "The streets are safer."',
        'The Mayor of Dunmore, Jo Amos, said: "The streets are safer."',
    ],
)
def test_a_title_with_the_name_set_off_by_a_comma_names_the_speaker(text):
    assert speakers(text) == ["Jo Amos"]
    assert list(people(text)) == ["Jo Amos"]


def test_a_portfolio_list_with_commas_still_ends_at_the_name():
    text = 'Minister for Police, Fire and Emergency Services Jo Amos said: "Good."'
    assert (
        people(text)["Jo Amos"].rank_or_title == "Minister for Police, Fire and Emergency Services"
    )


def test_a_defendant_named_in_the_narration_between_does_not_stop_the_carry_on():
    text = (
        'Insp Eve Lark said: "The raids went well."\n\n'
        "Tom Carter, 30, of Mill Road, was charged with supply.\n\n"
        '"We will be back."'
    )
    assert speakers(text) == ["Eve Lark", "Eve Lark"]


def test_a_defendant_who_speaks_in_the_narration_between_stops_the_carry_on():
    text = (
        'Insp Eve Lark said: "The raids went well."\n\n'
        "Tom Carter, 30, was charged. Carter told officers he was sorry.\n\n"
        '"We will be back."'
    )
    assert speakers(text)[1] != "Eve Lark"
