"""Speakers named by the titles of other offices and the ranks of other services: ministers,
mayors, commissioners, sheriffs, prosecutors, council leaders; Garda, US, Canadian, New
Zealand and Australian ranks; a long organisation's name before the rank.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import people, speakers

LEAD = "Four people were arrested on Tuesday.\n\n"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Policing Minister Dana Holt said: "This shows what focus can do."', "Dana Holt"),
        ('The Home Secretary, Priya Nandra, said: "There is no hiding place."', "Priya Nandra"),
        ('"We changed the law for a reason," Justice Minister Colm Rafe said.', "Colm Rafe"),
        ('"This is a great day for the city," said Mayor Lena Ortiz.', "Lena Ortiz"),
        ('The Mayor of Westbridge, Paul Danvers, said: "People waited too long."', "Paul Danvers"),
        ('Police and Crime Commissioner Rhys Madoc said: "I welcome it."', "Rhys Madoc"),
        ('"We will find whoever did this," Marlow County Sheriff Dale Burk said.', "Dale Burk"),
        ('"The deputies acted fast," Undersheriff Kim Lao said.', "Kim Lao"),
        ('"He preyed on the old," said Harlan County District Attorney Ruth Kess.', "Ruth Kess"),
        ('"Fentanyl kills," U.S. Attorney Gail Menzies said.', "Gail Menzies"),
        ('"Fentanyl kills," said United States Attorney Gail Menzies.', "Gail Menzies"),
        ('"The evidence was overwhelming," said prosecutor Ben Alder.', "Ben Alder"),
        ('Council leader Amir Shah said: "We will reopen the park."', "Amir Shah"),
        ('Cllr Joan Pike, cabinet member for safety, said: "We will reopen it."', "Joan Pike"),
    ],
)
def test_officials_titles_name_the_speaker(text, speaker):
    assert speakers(LEAD + text) == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Detective Garda Aoife Nolan said: "The car was left nearby."', "Aoife Nolan"),
        ('"Drugs ruin lives," said Assistant Commissioner Liam Doyle.', "Liam Doyle"),
        ('"He ran to the river," Officer Kyle Banks said.', "Kyle Banks"),
        ('"He ran to the river," said Cmdr. Kyle Banks.', "Kyle Banks"),
        ('"He ran to the river," said Deputy Chief Kyle Banks.', "Kyle Banks"),
        ('"He ran to the river," said police chief Kyle Banks.', "Kyle Banks"),
        ('"The cartel used shell firms," said Special Agent in Charge Nia Cole.', "Nia Cole"),
        ('FBI Special Agent in Charge Nia Cole said: "The cartel used shell firms."', "Nia Cole"),
        ('"The driver fled," said S/Sgt. Raj Gill.', "Raj Gill"),
        ('"The driver fled," said C/Supt. Raj Gill.', "Raj Gill"),
        ('"The driver fled," said RCMP Cpl. Raj Gill.', "Raj Gill"),
        ('Detective Senior Sergeant Hemi Walker said: "They caused real harm."', "Hemi Walker"),
        ('"They caused real harm," Leading Senior Constable Kate Moore said.', "Kate Moore"),
        ('"They caused real harm," Detective Acting Inspector Kate Moore said.', "Kate Moore"),
    ],
)
def test_ranks_of_other_services_name_the_speaker(text, speaker):
    assert speakers(LEAD + text) == [speaker]


@pytest.mark.parametrize(
    "printed, full",
    [
        ("S/Sgt. Raj Gill said it.", "Staff Sergeant"),
        ("C/Supt Raj Gill said it.", "Chief Superintendent"),
        ("Special Agent in Charge Nia Cole said it.", "Special Agent in Charge"),
        ("U.S. Attorney Gail Menzies said it.", "U.S. Attorney"),
        ("Assistant District Attorney Ruth Kess said it.", "Assistant District Attorney"),
        ("Sr. Const. Ray Olin said it.", "Senior Constable"),
        ("Lieut. Ray Olin said it.", "Lieutenant"),
        ("Det. Ray Olin said it.", "Detective"),
    ],
)
def test_other_services_abbreviations_and_prosecutors_titles_are_read_in_full(printed, full):
    (person,) = people(printed).values()
    assert person.rank_or_title == full


@pytest.mark.parametrize(
    "text",
    [
        '"We take this seriously," said Los Angeles Police Department (LAPD) Capt. Jane Roe.',
        'Essex Police\'s Detective Chief Inspector Jane Roe said: "It was a long job."',
        '"It was a long job," said Essex Police’s Detective Chief Inspector Jane Roe.',
        '"We take it seriously," said Pima County Sheriff\'s Department Sgt. Jane Roe.',
        'Greater Manchester Police Detective Chief Superintendent Jane Roe said: "It was long."',
    ],
)
def test_a_long_organisation_name_before_the_rank_still_names_the_speaker(text):
    assert speakers(LEAD + text) == ["Jane Roe"]


@pytest.mark.parametrize(
    "title, noun",
    [
        ("District Attorney", "the district attorney"),
        ("Police and Crime Commissioner", "the commissioner"),
        ("Sheriff", "the sheriff"),
        ("Policing Minister", "the minister"),
        ("Mayor", "the mayor"),
    ],
)
def test_a_role_noun_points_back_at_whoever_holds_that_title(title, noun):
    text = (
        f"{title} Jo Marsh praised the team. Tom Carter, 30, was charged.\n\n"
        f'"We are delighted," {noun} said.'
    )
    assert speakers(text) == ["Jo Marsh"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Chief Superintendent Siobhán Garrity said: "They felt safe."', "Siobhán Garrity"),
        ('Assistant Commissioner Pádraig Ó Duinn said: "Follow the money."', "Pádraig Ó Duinn"),
        ('Detective Sergeant Ngaire Te Kāhuri said: "Meth does harm."', "Ngaire Te Kāhuri"),
        (
            'Seán Brannock, 34, of Cork, was jailed.\n\nBrannock said: "I am sorry."',
            "Seán Brannock",
        ),
        ('Aoife Ní Bhrolcháin, 29, said: "It was terrifying."', "Aoife Ní Bhrolcháin"),
    ],
)
def test_names_with_fadas_and_macrons_are_whole_speakers(text, speaker):
    assert list(people(text)) == [speaker]
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "rank, name, surname",
    [
        ("Detective Senior Sergeant", "Mere Te Hāpuku", "Te Hāpuku"),
        ("Assistant Commissioner", "Pádraig Ó Duinn", "Ó Duinn"),
    ],
)
def test_a_surname_with_its_particle_is_the_same_person_later(rank, name, surname):
    text = f'{rank} {name} led the searches.\n\n{rank} {surname} said: "It was a long job."'
    assert list(people(text)) == [name]
    assert speakers(text) == [name]


def test_the_irish_police_service_is_not_a_person():
    text = 'Garda Aoife Nolan of An Garda Síochána said: "The car was left nearby."'
    assert list(people(text)) == ["Aoife Nolan"]


@pytest.mark.parametrize(
    "printed, full",
    [
        ("Det A/Insp Tom Reed said it.", "Acting Detective Inspector"),
        ("Detective Acting Inspector Tom Reed said it.", "Detective Acting Inspector"),
        (
            "Northshire's Police and Crime Commissioner Tom Reed said it.",
            "Police and Crime Commissioner",
        ),
    ],
)
def test_a_tenure_after_detective_and_a_commissioners_title_are_read_whole(printed, full):
    (person,) = people(printed).values()
    assert person.rank_or_title == full


@pytest.mark.parametrize(
    "text, speaker, title",
    [
        ('"This is vital," said Taoiseach Orla Keane.', "Orla Keane", "Taoiseach"),
        ('Minister of State Orla Keane said: "This is vital."', "Orla Keane", "Minister of State"),
        (
            'Minister for Law Reform Orla Keane said: "This is vital."',
            "Orla Keane",
            "Minister for Law Reform",
        ),
    ],
)
def test_irish_government_titles_and_long_portfolios_name_the_speaker(text, speaker, title):
    assert speakers(text) == [speaker]
    assert people(text)[speaker].rank_or_title == title


@pytest.mark.parametrize(
    "text",
    [
        'Senior Investigating Officer Amy Fox said: "Justice was done."',
        'SIO Amy Fox said: "Justice was done."',
        '"Justice was done," said Investigating Officer Amy Fox.',
    ],
)
def test_an_investigating_officers_title_names_the_speaker(text):
    assert speakers(LEAD + text) == ["Amy Fox"]


@pytest.mark.parametrize(
    "title",
    [
        "Chief Crown Prosecutor",
        "Director of Public Prosecutions",
        "Deputy Mayor for Policing and Crime",
        "Police, Fire and Crime Commissioner for Northshire",
        "State Attorney General",
        "Solicitor General",
        "Chief Executive",
        "Sheriff Principal",
        "Procurator Fiscal",
        "Commissioner of Police",
    ],
)
def test_prosecutors_commissioners_and_executives_titles_are_read_whole(title):
    text = f'{LEAD}"We are pleased," said {title} Jane Roe.'
    assert speakers(text) == ["Jane Roe"]
    assert people(text)["Jane Roe"].rank_or_title == title
