"""A one-word name in marks after a naming verb is no quote; a speaker named as the subject
("the judge said") is not replaced by a person the reported words name.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import quotes, speakers


@pytest.mark.parametrize(
    "text",
    [
        "Buyers rang a number the dealers called 'Bluebird' to order cocaine.",
        "The supply line, known as “Magpie”, ran for two years.",
        "The group named its phone line 'Kestrel' in 2023.",
    ],
)
def test_one_capitalised_word_in_marks_after_a_naming_verb_is_a_name(text):
    assert quotes(text) == []


def test_one_word_in_marks_at_a_paragraphs_start_is_still_read_as_before():
    text = "Insp Jo Hale said:\n\n“Brilliant.”"
    assert speakers(text) == ["Jo Hale"]


@pytest.mark.parametrize(
    "text",
    [
        "Judge Ann Pell KC jailed them.\n\n"
        "The judge said the Farrow brothers had run “a trade built on fear” for years.",
        "Judge Ann Pell KC jailed them.\n\n"
        "The judge told Tom Farrow he had shown “no thought for anyone but himself”.",
        "Insp Ann Pell led the raids.\n\n"
        "She said Tom Farrow had run “a trade built on fear” for years.",
    ],
)
def test_the_subject_before_the_verb_speaks_not_a_name_after_it(text):
    assert speakers(text) == ["Ann Pell"]


def test_a_name_right_after_the_verb_still_speaks():
    text = "“We will find them,” said Det Supt Ann Pell of the Major Crime Unit."
    assert speakers(text) == ["Ann Pell"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'Judge Ann Pell KC called the attack "a cruel act of revenge". '
            'She told him he had treated the boy as "a thing to be thrown away".',
            ['"a cruel act of revenge"', '"a thing to be thrown away"'],
        ),
        (
            'The recorder said the pair had been "greedy and reckless". '
            'He said they had shown "no regard at all" for the victims.',
            ['"greedy and reckless"', '"no regard at all"'],
        ),
    ],
)
def test_a_phrase_quoted_inside_the_next_sentence_of_narration_is_a_quote_of_its_own(
    text, expected
):
    assert [span for _speaker, span, _paras in quotes(text)] == expected


def test_a_quote_still_runs_on_across_a_tag_that_ends_its_sentence():
    text = '"We got him," Insp Jo Hale said. "It took a year."'
    assert quotes(text) == [("Jo Hale", text, 1)]
