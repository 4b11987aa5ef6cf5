"""Organisations found by the shape of their name: courts with a court-type word, offices and
boroughs "of", a town's detachment, names given initials in brackets, names a kind word
introduces; and the rule and confidence each carries.

Every text here is written for the test.
"""

import pytest

from articles.extraction import extract
from tests.extraction.helpers import organisations, people


@pytest.mark.parametrize(
    "text, court",
    [
        ("He appeared at Brackton Crown Court on Friday.", "Brackton Crown Court"),
        ("She was bailed by Elmford Magistrates’ Court.", "Elmford Magistrates’ Court"),
        ("The case went to Dunmore Sheriff Court last week.", "Dunmore Sheriff Court"),
        ("He was arraigned in Pell County Superior Court.", "Pell County Superior Court"),
        ("A jury at Ashby Coroner's Court heard the evidence.", "Ashby Coroner's Court"),
        ("The boy appeared at Marrow Youth Court.", "Marrow Youth Court"),
    ],
)
def test_a_court_is_named_with_a_court_type_word(text, court):
    assert organisations(text) == {court: "court"}


@pytest.mark.parametrize(
    "text",
    [
        "He lived in a flat on Willow Court Road in the town.",
        "The car was left in Abbey Court Lane overnight.",
        "Officers searched a flat at Harlow Court, a block of flats.",
        "Residents of Kingfisher Court were told to stay inside.",
    ],
)
def test_a_street_or_building_named_court_is_no_court(text):
    assert organisations(text) == {}


def test_a_police_station_road_is_a_street():
    assert organisations("He was seen on Crown Court Street near the bus station.") == {}


def test_a_dotted_country_stays_in_the_name():
    text = "He pleaded guilty in U.S. District Court and the B.C. Prosecution Service agreed."
    assert organisations(text) == {
        "U.S. District Court": "court",
        "B.C. Prosecution Service": "government",
    }


@pytest.mark.parametrize(
    "text, names",
    [
        ("The NCA, HMRC and Border Force seized the boat.", {"HMRC", "Border Force"}),
        ("Details were shared with Europol and Interpol.", {"Europol", "Interpol"}),
    ],
)
def test_a_one_word_nickname_before_and_is_a_name_of_its_own(text, names):
    assert names <= set(organisations(text))


def test_an_office_of_is_government_and_a_borough_of_is_a_council():
    text = (
        "A file went to the Office of the Director of Public Prosecutions. The Royal Borough "
        "of Elmbridge Heath said the shop would close."
    )
    assert organisations(text) == {
        "Office of the Director of Public Prosecutions": "government",
        "Royal Borough of Elmbridge Heath": "council",
    }


def test_a_place_in_a_borough_name_is_not_a_person():
    text = "The London Borough of Marsh Hollow said the licence was revoked."
    assert people(text) == {}


def test_a_police_and_crime_commissioner_is_a_title_not_a_force():
    text = (
        "Wessex’s Police and Crime Commissioner, Ada Morrow, said so. The Office of the Police "
        "and Crime Commissioner and Wessex Constabulary pay for it."
    )
    assert organisations(text) == {
        "Office of the Police and Crime Commissioner": "government",
        "Wessex Constabulary": "police_force",
    }


def test_a_towns_detachment_of_a_national_force():
    text = "Call Kelston RCMP on the non-emergency line. The Kelston RCMP’s Drug Section led it."
    found = {o.name: o for o in extract(text).organisations}
    assert found["Kelston RCMP"].kind == "police_unit"
    assert found["Drug Section"].kind == "police_unit"


def test_initials_in_brackets_make_an_unknown_name_an_organisation():
    text = "The Marl and Vey Valley Regional Narcotics Enforcement Network (RNEN) took part."
    assert organisations(text) == {
        "Marl and Vey Valley Regional Narcotics Enforcement Network": "other"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Officers used Automatic Number Plate Recognition (ANPR) to follow the van.",
        "He was given a Serious Crime Prevention Order (SCPO) at the hearing.",
        "The Organised Crime Group (OCG) sold cocaine across the county.",
    ],
)
def test_initials_of_a_thing_or_a_gang_make_no_organisation(text):
    assert organisations(text) == {}


def test_initials_printed_later_are_the_same_organisation():
    text = (
        "The Coastal Fraud Bureau (CFB) searched ten homes.\n\n"
        "CFB investigators found £40,000 in a safe."
    )
    [bureau] = extract(text).organisations
    assert bureau.name == "Coastal Fraud Bureau"
    assert [m.text for m in bureau.mentions] == ["Coastal Fraud Bureau", "CFB", "CFB"]


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("The homelessness charity Harbour Light said it would help.", "Harbour Light", "charity"),
        ("The charity Open Doors Wales offered support.", "Open Doors Wales", "charity"),
        ("The haulage company Dray Brothers was fined.", "Dray Brothers", "other"),
    ],
)
def test_a_kind_word_before_a_name_says_what_it_is(text, name, kind):
    assert organisations(text) == {name: kind}


def test_a_nickname_with_a_possessive_at_a_sentence_start():
    text = "Police Scotland’s Major Crime Team led the inquiry."
    assert organisations(text) == {
        "Police Scotland": "police_force",
        "Major Crime Team": "police_unit",
    }


def test_the_irish_police_is_not_a_garda_named_siochana():
    text = "Officers from An Garda Siochana searched the house."
    assert organisations(text) == {"An Garda Síochána": "police_force"}
    assert people(text) == {}


def test_each_organisation_says_which_rule_found_it_and_how_sure_it_is():
    text = (
        "Officers from Wessex Police and the National Crime Agency raided the flat.\n\n"
        "He appeared at Brackton Crown Court. The charity Harbour Light helped his family."
    )
    found = {o.name: (o.rule, o.confidence) for o in extract(text).organisations}
    assert found == {
        "Wessex Police": ("org-force-name", 0.9),
        "National Crime Agency": ("org-gazetteer", 1.0),
        "Brackton Crown Court": ("org-court-head", 0.95),
        "Harbour Light": ("org-after-kind-word", 0.7),
    }


@pytest.mark.parametrize(
    "text, name, rule",
    [
        ("The Brackton Echo first reported the raids.", "Brackton Echo", "org-paper-head"),
        ("He told the Evening Standard he was innocent.", "Evening Standard", "org-paper-head"),
        ("Dray Haulage Ltd was fined £20,000.", "Dray Haulage Ltd", "org-company-suffix"),
        (
            "He was taken to Elmford General Hospital.",
            "Elmford General Hospital",
            "org-institution-head",
        ),
        (
            "She studied at the University of Elmford.",
            "University of Elmford",
            "org-institution-head",
        ),
    ],
)
def test_papers_companies_hospitals_and_universities(text, name, rule):
    [org] = extract(text).organisations
    assert (org.name, org.kind, org.rule) == (name, "other", rule)


@pytest.mark.parametrize(
    "text",
    ["The Last Post was played at the funeral.", "He sold The Times outside the station."],
)
def test_a_paper_word_alone_or_in_a_phrase_is_no_paper(text):
    assert organisations(text) == {}


@pytest.mark.parametrize(
    "text, name, kind",
    [
        (
            "The Public Prosecution Service of Canada laid charges.",
            "Public Prosecution Service of Canada",
            "government",
        ),
        (
            "Officers from the Tactical Support Group were deployed.",
            "Tactical Support Group",
            "police_unit",
        ),
        ("Elmford PD said two men were held.", "Elmford PD", "police_force"),
        (
            "Child Protective Services were told of the arrest.",
            "Child Protective Services",
            "government",
        ),
        ("The Parole Board refused his release.", "Parole Board", "government"),
    ],
)
def test_services_of_a_place_support_groups_and_us_departments(text, name, kind):
    assert organisations(text) == {name: kind}


def test_a_crime_group_is_a_gang_not_a_unit():
    assert organisations("The Organised Crime Group sold drugs across the county.") == {}


def test_a_government_name_does_not_swallow_a_team_after_it():
    text = "The Homeland Security Investigations team joined the search."
    assert organisations(text) == {"Homeland Security Investigations": "government"}


def test_an_executive_is_a_body_and_a_chief_executive_a_title():
    text = (
        "The Health Service Executive and Elmford City Council were told, said Deputy Chief "
        "Executive Ann Roe."
    )
    assert organisations(text) == {
        "Health Service Executive": "government",
        "Elmford City Council": "council",
    }


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The Delta Valley Narcotics task force joined the search.",
            "Delta Valley Narcotics task force",
        ),
        (
            "The RCMP's Federal Serious Fraud unit led the inquiry.",
            "Federal Serious Fraud unit",
        ),
    ],
)
def test_a_lower_case_unit_word_after_a_name_or_an_owner(text, name):
    assert organisations(text)[name] == "police_unit"


def test_a_school_district_is_one_name():
    text = "The Elmford Unified School District said pupils were safe."
    assert organisations(text) == {"Elmford Unified School District": "other"}
