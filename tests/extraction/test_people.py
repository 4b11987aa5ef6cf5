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


def test_a_pronoun_after_a_mention_gives_the_gender():
    found = people("Sharon Ellis said her son had been found. Ellis said she was relieved.")
    assert found["Sharon Ellis"].gender == "f"


def test_an_appositive_after_the_name_gives_the_role():
    found = people("Jo Hale, the Southend district commander, said the roads were safe.")
    assert found["Jo Hale"].role == "Southend district commander"


def test_of_an_organisation_after_the_name_gives_the_organisation():
    found = people("Insp Ravi Mehta, of Essex Police, said the raids worked.")
    assert found["Ravi Mehta"].organisation == "Essex Police"


def test_a_unit_named_with_its_force_is_the_organisation_not_the_force():
    found = people("Insp Ravi Mehta, of the Essex Police Fraud Unit, said the raids worked.")
    assert found["Ravi Mehta"].organisation == "Fraud Unit"


def test_leading_a_unit_is_a_role():
    found = people("Supt Owen Price has been leading the Harbour Crime Taskforce since June.")
    assert found["Owen Price"].role == "leading the Harbour Crime Taskforce"


def test_police_before_a_rank_belongs_to_the_force_name():
    found = people("Essex Police Chief Constable Ben Harrington praised the officers.")
    assert found["Ben Harrington"].rank_or_title == "Chief Constable"
    assert found["Ben Harrington"].first.text == "Chief Constable Ben Harrington"


def test_an_officer_belongs_to_the_only_force_named():
    found = people("Sgt Lena Ward said the men fled. Essex Police thanked residents.")
    assert found["Lena Ward"].organisation == "Essex Police"
    assert found["Lena Ward"].kind == "official"


def test_judges_are_officials_and_councillors_elected():
    found = people("Cllr Jo Hale opened the hub. Judge Ann Kerr presided at the trial.")
    assert found["Jo Hale"].kind == "elected_official"
    assert found["Ann Kerr"].kind == "official"


def test_a_surname_inside_another_full_name_is_not_a_later_mention():
    found = people("Tyrell Thompson, 19, was jailed. His sister Sarah Thompson wept in court.")
    assert [m.text for m in found["Tyrell Thompson"].mentions] == ["Tyrell Thompson"]
    assert "Sarah Thompson" in found


def test_a_surname_used_alone_elsewhere_shows_a_bare_name_is_a_person():
    found = people("Mia Lund lost her purse. Officers later returned it to Lund.")
    assert [m.text for m in found["Mia Lund"].mentions] == ["Mia Lund", "Lund"]


def test_named_as_before_a_name_shows_a_person():
    assert set(people("The man who died was named as Lee Chapman on Friday.")) == {"Lee Chapman"}


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        ("Tony Cox, 19, of Southend, was jailed for two years.", "Tony Cox", 19),
        ("Jane Smith (34) was charged with burglary.", "Jane Smith", 34),
        ("The court heard that Mark Lee, aged 27, ran the line.", "Mark Lee", 27),
        ("Mark Lee was jailed. Lee, 27, had denied it.", "Mark Lee", 27),
        ("Mark Lee was jailed. The driver was named as Tony Cox, 41.", "Tony Cox", 41),
    ],
)
def test_an_age_printed_beside_a_name(text, name, age):
    assert people(text)[name].age == age


def test_no_age_printed_is_no_age():
    found = people("Insp Ravi Mehta, of Essex Police, said 19 people were held.")
    assert found["Ravi Mehta"].age is None


def test_a_number_beside_a_name_that_is_no_age():
    found = people("Officers found Mark Lee, 3.5kg of cannabis and a car. Lee was jailed.")
    assert found["Mark Lee"].age is None
