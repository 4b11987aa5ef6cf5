"""Which rule found each operation and how sure it is, as the review queue shows them.

Every text here is written for the test.
"""

import pytest

from articles.extraction import extract


def found(text):
    return {op.name: (op.rule, op.confidence) for op in extract(text).operations}


@pytest.mark.parametrize(
    ("text", "name", "rule"),
    [
        ("Operation Larkspur began in May.\n", "Operation Larkspur", "operation-keyword-name"),
        ("Strike Force Kestrel was set up.\n", "Strike Force Kestrel", "operation-keyword-name"),
        ("Seen on operation Larkspur.\n", "Operation Larkspur", "weak-keyword-name"),
        ("Officers on Op Larkspur made arrests.\n", "Operation Larkspur", "weak-keyword-name"),
        ("It was an inquiry codenamed Larkspur.\n", "Operation Larkspur", "codenamed-word"),
        ("The crackdown, known as ‘Larkspur’, goes on.\n", "Larkspur", "codename-in-quotes"),
    ],
)
def test_each_way_of_naming_an_operation_has_its_rule(text, name, rule):
    assert found(text)[name][0] == rule


def test_a_keyword_in_full_is_surer_than_a_codename_in_quote_marks():
    strong = found("Operation Larkspur began in May.\n")["Operation Larkspur"][1]
    quoted = found("The crackdown, known as ‘Larkspur’, goes on.\n")["Larkspur"][1]
    assert strong == 1.0
    assert quoted < strong


def test_an_operation_takes_the_surest_way_the_article_names_it():
    text = "Officers on op Larkspur made arrests.\n\nOperation Larkspur began in May.\n"
    assert found(text)["Operation Larkspur"] == ("operation-keyword-name", 1.0)


def test_a_name_cut_at_its_first_word_is_doubtful_however_else_it_is_named():
    text = (
        "Operation Larkspur began in May.\n\nOfficers on Operation Larkspur Meadow made arrests.\n"
    )
    rule, confidence = found(text)["Operation Larkspur"]
    assert rule == "name-cut-at-one-word"
    assert confidence < 0.6


def test_a_one_letter_name_is_doubtful():
    rule, confidence = found("Officers on Operation K made arrests.\n")["Operation K"]
    assert rule == "one-letter-name"
    assert confidence < 0.6


def test_every_operation_says_how_sure_it_is_between_0_and_1():
    text = (
        "Operation Sceptre began in May. Officers on Op Sceptre made arrests.\n\n"
        "The crackdown, known as ‘Nightfall’, continues, as does Project Lantern.\n"
    )
    for op in extract(text).operations:
        assert op.rule
        assert 0 <= op.confidence <= 1


@pytest.mark.parametrize(
    "text, name",
    [
        ("The inquiry, named Operation Tin Kettle, ran for a year.", "Operation Tin Kettle"),
        ("Officers (under Operation Grey Heron) made nine arrests.", "Operation Grey Heron"),
        ("It was Project Cold Harbour; nine were held.", "Project Cold Harbour"),
    ],
)
def test_a_two_word_name_the_sentence_closes_after_is_one_name(text, name):
    assert [op.name for op in extract(text).operations] == [name]


def test_a_word_after_a_one_word_name_with_no_stop_stays_the_sentences():
    text = "The raids were part of Operation Kestrel Detectives said nine were held."
    assert [op.name for op in extract(text).operations] == ["Operation Kestrel"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Nine were held in Operation Kestrel's second phase.", "Operation Kestrel"),
        (
            "Operation Kestrel began in May. Operation Kestrel’s second phase followed.",
            "Operation Kestrel",
        ),
        (
            "Operation Blue Tide's raids ended, and Operation Blue Tide's second phase began.",
            "Operation Blue Tide",
        ),
    ],
)
def test_a_possessive_after_an_operations_name_is_not_part_of_it(text, name):
    ops = extract(text).operations
    assert [op.name for op in ops] == [name]
    assert all(not m.text.endswith("s") for m in ops[0].mentions)
