"""Operations: every way of naming one, and what is not one.

Every text here is written for the test; the seed articles are read from fixtures/sources.
"""

from articles.extraction import extract
from tests.extraction.helpers import operations

SEED_RAIDS = "000_7dfbda4164c8c49a.txt"
SEED_CLIPPING = "003_7589ca8339324ffc.txt"


def test_every_way_of_naming_an_operation():
    text = (
        "Operation Sceptre began in May. Officers on Op Sceptre made arrests.\n\n"
        "The work followed operation Viper and an inquiry codenamed Operation Trident.\n\n"
        "Strike Force Kestrel was set up in June, alongside Project Lantern.\n\n"
        "The crackdown, known as ‘Nightfall’, continues.\n"
    )
    assert operations(text) == [
        "Operation Sceptre",
        "Operation Viper",
        "Operation Trident",
        "Strike Force Kestrel",
        "Project Lantern",
        "Nightfall",
    ]
    sceptre = extract(text).operations[0]
    assert [m.text for m in sceptre.mentions] == ["Operation Sceptre", "Op Sceptre"]
    assert sceptre.aliases == ("Operation Sceptre", "Op Sceptre")


def test_a_codename_named_again_without_its_marks_is_the_same_operation():
    text = (
        "The crackdown, known as ‘Nightfall’, began in May.\n\n"
        "Since Nightfall began, 30 people have been arrested.\n"
    )
    [op] = extract(text).operations
    assert [m.text for m in op.mentions] == ["Nightfall", "Nightfall"]


def test_unnamed_crackdowns_and_weeks_of_action_are_not_operations():
    text = (
        "A police operation targeted dealers during a national week of action.\n\n"
        "County lines operations are common, the operation lead said.\n"
    )
    assert operations(text) == []


def test_a_quote_speaks_about_operations_named_in_its_paragraph():
    text = "DS Ama Boateng, of Op Falcon, said: “Dealers will find no hiding place here.”"
    [quote] = extract(text).quotes
    assert quote.operations == ("Operation Falcon",)


def test_a_name_of_two_words_is_read_only_inside_quote_marks():
    text = "Detectives on Operation ‘Blue Tide’ arrested four men. Operation Harbour Lights ended."
    assert operations(text) == ["Operation Blue Tide", "Operation Harbour"]


def test_a_headline_names_an_operation_by_one_word():
    text = "Operation Kestrel Nets Dealers\n\nOfficers arrested six men in Crawley.\n"
    assert operations(text) == ["Operation Kestrel"]


def test_a_keyword_after_codenamed_is_read_by_its_keyword_not_as_a_codename():
    assert operations("An inquiry codenamed Task Force Orion began in May.") == ["Task Force Orion"]


def test_a_two_word_name_printed_again_is_one_name():
    text = (
        "Officers seize rifles in Operation Harbour Light\n\n"
        "The inquiry, named Operation Harbour Light, began in spring.\n\n"
        "Constable Ada Frame said Operation Harbour Light had ended the supply.\n"
    )
    assert operations(text) == ["Operation Harbour Light"]
    found = extract(text).operations[0]
    assert found.rule == "operation-keyword-name"
    assert [m.text for m in found.mentions][-1] == "Operation Harbour Light"


def test_a_capitalised_word_after_a_name_printed_once_is_the_next_phrase():
    text = "Under Operation Kestrel Detectives from three forces made arrests.\n"
    assert operations(text) == ["Operation Kestrel"]


def test_a_name_with_an_accented_capital_or_letter_is_read_whole():
    text = (
        "Gardaí ran Operation Éadrom across the county.\n\n"
        "A second phase, Operation Fáinne, followed in May.\n"
    )
    assert operations(text) == ["Operation Éadrom", "Operation Fáinne"]
