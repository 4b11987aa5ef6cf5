"""Names the first rules misread. Bodies: a tax board, an insurer, a station by its call
letters, a news agency, a response group, a court with its seat; no press office. People: a
judge by title alone, counsel's titles, a name we were asked to use; no place before "estate",
no contact heading, no "Armed" of a unit. Speakers: past a post's work before a rank, and the
"she" a pseudonym's noun tells.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import organisations, people, speakers

LEAD = "Nine people were arrested on Monday.\n\n"


@pytest.mark.parametrize(
    "text, name, kind",
    [
        (
            "Officers from the Revenue Commissioners searched the lorry.",
            "Revenue Commissioners",
            "government",
        ),
        (
            "The Customs Commissioners said the goods were seized.",
            "Customs Commissioners",
            "government",
        ),
        (
            "Westmark Public Insurance says 3,000 cars were stolen last year.",
            "Westmark Public Insurance",
            "other",
        ),
        (
            "A claim was paid by Elmford Mutual Insurance in May.",
            "Elmford Mutual Insurance",
            "other",
        ),
    ],
)
def test_tax_boards_and_insurers_are_organisations(text, name, kind):
    assert organisations(LEAD + text).get(name) == kind


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "Fires were set around the Harlow Moss and Quarry Bank estates this winter.",
            "Quarry Bank",
        ),
        ("Bins were burnt on the Tenby Vale estate, said Jo Hale.", "Tenby Vale"),
        ("Patrols in the Carver Dene area will go on, said Jo Hale.", "Carver Dene"),
    ],
)
def test_a_place_before_estate_or_area_is_no_one(text, place):
    assert place not in people(LEAD + text)


@pytest.mark.parametrize(
    "text",
    [
        "Media Contact: Elmford Police Media Office 01234 567890",
        "Media Enquiries: Press Desk, 01234 567890",
    ],
)
def test_a_contact_heading_is_no_one(text):
    found = people(LEAD + "Sam Reed, 31, was charged.\n\n" + text)
    assert "Media Contact" not in found and "Media Enquiries" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Members of the Garda Armed Support Unit joined the search.",
        "The Armed Response Team was called, said Jo Hale.",
    ],
)
def test_armed_in_a_units_name_is_no_one(text):
    assert not any("Armed" in name for name in people(LEAD + text))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Officers of the Tactical Response Group forced the door.", "Tactical Response Group"),
        ("The Rapid Response Group was on standby.", "Rapid Response Group"),
    ],
)
def test_response_groups_are_units(text, name):
    assert organisations(LEAD + text).get(name) == "police_unit"


@pytest.mark.parametrize(
    "line",
    [
        "Media Contact: Westmark Police Force Media Unit (01) 2345 6789",
        "For more, call the Elmford Police Press Office or the Media Relations Team.",
        "Press enquiries: Media Unit, Elmford Constabulary, 01234 567890",
    ],
)
def test_a_press_office_is_no_unit(line):
    found = organisations(LEAD + "The Dog Unit searched the house.\n\n" + line)
    assert not any(name.startswith(("Media", "Press")) for name in found)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "He was jailed for six years at the High Court in Livingston.",
            "High Court in Livingston",
        ),
        (
            "She admitted the charge at the High Court in Ardmore on Friday.",
            "High Court in Ardmore",
        ),
        ("The case returns to Wexcombe Crown Court in May.", "Wexcombe Crown Court"),
        ("The case returns to the Crown Court in June.", "Crown Court"),
    ],
)
def test_a_court_named_by_its_type_takes_its_seat(text, name):
    assert organisations(LEAD + text).get(name) == "court"


@pytest.mark.parametrize(
    "text, name, title",
    [
        ("Defending, Jo Hale KC said his client was sorry.", "Jo Hale", "KC"),
        ("Sam Reed QC, for the defence, said the plea was early.", "Sam Reed", "QC"),
        (
            "Advocate depute Morag Kerr told the court the drugs were found.",
            "Morag Kerr",
            "Advocate Depute",
        ),
        ("Procurator fiscal depute Ailsa Rae said the car was seized.", "Ailsa Rae", None),
    ],
)
def test_counsel_titles(text, name, title):
    found = people(LEAD + text)
    assert name in found
    if title:
        assert found[name].rank_or_title == title


def test_a_rank_is_kept_before_barrister_letters():
    found = people(LEAD + "The Solicitor General Amy Fenn KC said the term was too short.")
    assert found["Amy Fenn"].rank_or_title == "Solicitor General"


@pytest.mark.parametrize(
    "text, full, short",
    [
        (
            "Ellis Ward Baxter, 44, was jailed. Later, Ellis Baxter said sorry.",
            "Ellis Ward Baxter",
            "Ellis Baxter",
        ),
        (
            "Maya Quinn Doyle, 31, admitted the charge.\n\nThe judge said Maya Doyle had lied.",
            "Maya Quinn Doyle",
            "Maya Doyle",
        ),
    ],
)
def test_a_name_again_without_its_middle_name_is_the_same_person(text, full, short):
    found = people(LEAD + text)
    assert full in found and short not in found


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Road safety officers spoke to 200 drivers.\n\n"
            "Roads policing Sergeant Dev Sandhu said: "
            '"Too many people still think one drink is fine."',
            "Dev Sandhu",
        ),
        (
            "Neighbourhood policing Inspector Ruth Malley said: "
            '"We heard the community and we acted."',
            "Ruth Malley",
        ),
    ],
)
def test_a_posts_work_before_a_rank_leaves_the_named_speaker(text, speaker):
    assert speakers(LEAD + text) == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The mother, whom we are calling Lena, said the signs came late. "
            "The boy, whom we are calling Theo, was 15.\n\n"
            '"He said he was at a friend\'s house. I believed him," she said.',
            "Lena",
        ),
        (
            "The father, who we are calling Marek, found the phone. "
            "The girl, whom we are calling Zoe, was 13.\n\n"
            '"She told me it was a present. I wanted to believe it," he said.',
            "Marek",
        ),
    ],
)
def test_a_pseudonyms_noun_tells_whom_a_pronoun_means(text, speaker):
    assert speakers(LEAD + text) == [speaker]


@pytest.mark.parametrize(
    "text, name",
    [
        ("One tenant, who asked us to call him 'Kit', let the dealers in.", "Kit"),
        ("A nurse who asked me to call her ‘Rosa’ said the ward was full.", "Rosa"),
        ("A driver, who asked us to call him Bram, was paid in cash.", "Bram"),
    ],
)
def test_a_name_we_were_asked_to_use_is_a_person(text, name):
    assert name in people(LEAD + text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Passing sentence, Lord Brackley told him he had lied.", "Brackley"),
        ("Lady Fenwick said the offences were grave.", "Fenwick"),
    ],
)
def test_a_judge_named_by_title_and_judicial_name(text, name):
    found = people(LEAD + text)
    assert found[name].rank_or_title in ("Lord", "Lady")


@pytest.mark.parametrize(
    "text",
    [
        "The Lord Advocate said the case would go ahead.",
        "The Lord Provost opened the new hall on Friday.",
    ],
)
def test_a_lord_of_an_office_is_nobodys_name(text):
    assert not people(LEAD + text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("The owner told KXLW News the car was gone by morning.", "KXLW News"),
        ("Speaking to CFRT Radio, the owner said he felt let down.", "CFRT Radio"),
        ("- With files from The Canadian Press", "The Canadian Press"),
        ("The Associated Press reported the arrests on Friday.", "The Associated Press"),
    ],
)
def test_stations_and_news_agencies_are_organisations(text, name):
    assert organisations(LEAD + text).get(name) == "other"


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Passing sentence, Lord Brackley told him he had lied.\n\n"
            'The judge said: "You showed no remorse at all."',
            "Brackley",
        ),
        (
            "Lady Fenwick told the pair they had lied.\n\n"
            '"This was greed, nothing more," the judge said.',
            "Fenwick",
        ),
    ],
)
def test_the_judge_points_back_at_a_judge_named_by_title(text, speaker):
    assert speakers(LEAD + text) == [speaker]
