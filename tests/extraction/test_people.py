"""People: names, ranks and titles, roles, kinds and later mentions.

Every text here is written for the test; the seed articles are read from fixtures/sources.
"""

import pytest

from articles.extraction import extract
from tests.extraction.helpers import people

SEED_RAIDS = "000_7dfbda4164c8c49a.txt"
SEED_CLIPPING = "003_7589ca8339324ffc.txt"


@pytest.mark.parametrize(
    ("printed", "full"),
    [
        ("PC", "Police Constable"),
        ("DC", "Detective Constable"),
        ("Sgt", "Sergeant"),
        ("DS", "Detective Sergeant"),
        ("Insp", "Inspector"),
        ("DI", "Detective Inspector"),
        ("Chief Insp", "Chief Inspector"),
        ("DCI", "Detective Chief Inspector"),
        ("Det Chief Insp", "Detective Chief Inspector"),
        ("Det Ch Insp", "Detective Chief Inspector"),
        ("Supt", "Superintendent"),
        ("Det Supt", "Detective Superintendent"),
        ("Ch Supt", "Chief Superintendent"),
        ("DCS", "Detective Chief Superintendent"),
        ("ACC", "Assistant Chief Constable"),
        ("DCC", "Deputy Chief Constable"),
        ("Chief Constable", "Chief Constable"),
        ("Commissioner", "Commissioner"),
        ("Temporary Det Insp", "Temporary Detective Inspector"),
        ("Acting Sgt", "Acting Sergeant"),
        ("A/DI", "Acting Detective Inspector"),
        ("T/DCI", "Temporary Detective Chief Inspector"),
        ("Cllr", "Councillor"),
        ("Mayor", "Mayor"),
        ("Judge", "Judge"),
        ("Recorder", "Recorder"),
        ("Sgt.", "Sergeant"),
        ("Lt.", "Lieutenant"),
        ("Capt.", "Captain"),
        ("Sheriff", "Sheriff"),
        ("Detective Senior Constable", "Detective Senior Constable"),
        ("Chief of Police", "Chief of Police"),
        ("Pastor", "Pastor"),
        ("Rev", "Reverend"),
        (
            "Minister for Justice and Corrective Services",
            "Minister for Justice and Corrective Services",
        ),
    ],
)
def test_ranks_and_titles_in_full(printed, full):
    found = people(f"{printed} Jo Brandreth attended the scene in Harlow.")
    assert found["Jo Brandreth"].rank_or_title == full
    assert found["Jo Brandreth"].rank_as_printed == printed


def test_later_mentions_by_surname_and_rank_resolve_to_the_same_person():
    text = (
        "Det Supt Karen Doyle led the inquiry.\n\n"
        "Det Supt Doyle said the gang was dismantled. Doyle thanked the public.\n"
    )
    [doyle] = extract(text).people
    assert [m.text for m in doyle.mentions] == [
        "Det Supt Karen Doyle",
        "Det Supt Doyle",
        "Doyle",
    ]
    assert doyle.first.text == "Det Supt Karen Doyle"


def test_defendants_and_victims_are_people():
    text = (
        "Jason Hurst, 24, of Mill Road, Basildon, was jailed for six years.\n\n"
        "Hurst had attacked Connor Webb outside a pub.\n"
    )
    found = people(text)
    assert found["Jason Hurst"].kind == "defendant"
    assert found["Connor Webb"].kind == "victim"


def test_a_bylined_journalist_is_not_a_person():
    text = (
        "Police seize drugs in Witham\n"
        "By Rachel Moss\n\n"
        "Officers seized drugs in Witham. Insp Tom Wade said the raid went well.\n"
    )
    assert set(people(text)) == {"Tom Wade"}


def test_role_before_the_name_and_civic_titles():
    text = (
        "Police spokesman Dan Cole said officers attended.\n\n"
        "Mayor of London Sadiq Khan backed the operation.\n"
    )
    found = people(text)
    assert found["Dan Cole"].role == "Police spokesman"
    assert found["Sadiq Khan"].rank_or_title == "Mayor of London"
    assert found["Sadiq Khan"].kind == "elected_official"
