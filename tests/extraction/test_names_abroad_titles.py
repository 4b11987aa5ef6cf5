"""Titles after a name and its holder's possessive, titles before a name with letters after
it, operations in editions and under the Malaysian "Ops", and international bodies whose
names hold "of", "on" and "and"."""

import pytest

from tests.extraction.helpers import operations, organisations, people


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Jo Brack, the county's Police and Crime Commissioner, said seized assets paid.",
            "Jo Brack",
            "Police and Crime Commissioner",
        ),
        (
            "Ann Lee, the agency's Director of Border Intelligence, said the routes had moved.",
            "Ann Lee",
            "Director",
        ),
        (
            "Rui Santos, Specialist Prosecutor with the CPS Fraud Division, said so.",
            "Rui Santos",
            "Specialist Prosecutor",
        ),
        (
            "The appeal was brought by the Solicitor General, Mara Quill KC MP, last month.",
            "Mara Quill",
            "Solicitor General",
        ),
        ("Director Tom Vance told reporters the seizures would go on.", "Tom Vance", "Director"),
    ],
)
def test_a_title_beside_a_name_is_read_in_its_other_shapes(text, name, title):
    assert people(text)[name].rank_or_title == title


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Operation Harbour Lamp III ran for a month across nine ports.",
            "Operation Harbour Lamp III",
        ),
        ("Results beat those of Operation Kestrel II, police said.", "Operation Kestrel II"),
        ("Officers said Operation FEN WATCH IV had ended.", "Operation FEN WATCH IV"),
        ("The raids, codenamed Ops Batu Merah, followed months of watching.", "Ops Batu Merah"),
    ],
)
def test_an_edition_numeral_and_the_ops_keyword_belong_to_the_operation(text, name):
    assert name in operations(text)


def test_a_two_word_name_without_a_numeral_is_still_read_by_its_first_word():
    assert "Operation Falcon" in operations("Operation Falcon Detectives said the raid worked.")


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        (
            "United Nations Office on Drugs and Crime (UNODC)",
            "United Nations Office on Drugs and Crime",
        ),
        ("World Customs Organization", "World Customs Organization"),
        ("Police Federation of England and Wales", "Police Federation of England and Wales"),
    ],
)
def test_international_and_staff_bodies_are_read_by_their_whole_names(printed, name):
    text = f"The checks were backed by the {printed} and the city's police, officials said."
    assert name in organisations(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Help came from the Regional Office on Arms Control (ROAC) in the capital.",
            "Regional Office on Arms Control",
        ),
        ("The Home Office on Friday agreed to fund the checks.", "Home Office"),
        ("Ministers met the Border Commission on Tuesday to agree the plan.", "Border Commission"),
    ],
)
def test_a_body_named_by_what_it_works_on_is_one_name_but_not_a_day_after_on(text, name):
    assert name in organisations(text)
