"""Speakers read from the words around a quote: a tag whose subject carries a clause, "according
to", a paragraph that reports the speaker's words before an untagged quote, two speakers in one
paragraph, and the rule and confidence each reading records.

Every text here is written for the test.
"""

import pytest

from articles.extraction import extract
from tests.extraction.helpers import speakers

LEAD = "Four people were arrested on Tuesday.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        '"It was well run," Staff Sgt. Ann Lowe, who oversees the drug section, told reporters.',
        '"It was well run," Detective Superintendent Ann Lowe of the Serious Crime Squad said.',
        '"It was well run," said Ann Lowe, the inspector who led the case for the unit.',
    ],
)
def test_a_tag_whose_subject_carries_a_clause_names_the_speaker(text):
    assert speakers(LEAD + text) == ["Ann Lowe"]


def test_a_long_tag_continues_the_quote_into_the_next_paragraph():
    text = (
        LEAD + '"It was well run," Staff Sgt. Ann Lowe, who oversees the drug section, told '
        'reporters on Monday.\n\n"These were not small-time dealers."'
    )
    [quote] = extract(text).quotes
    assert (quote.speaker, quote.paragraphs) == ("Ann Lowe", 2)


def test_a_sentence_after_a_full_stop_is_narration_not_a_tag():
    text = (
        LEAD + 'Insp Ann Lowe said: "It was well run." The man who lived at the flat, a tenant '
        'of many years, told police he heard nothing. "We will be back."'
    )
    assert speakers(text)[0] == "Ann Lowe"


@pytest.mark.parametrize(
    "text",
    [
        'According to Inspector Ann Lowe, the gang was "extremely well organised".',
        '"The gang was extremely well organised," according to Inspector Ann Lowe.',
        'Inspector Ann Lowe told the Gazette: "The gang was extremely well organised."',
        '"The gang was extremely well organised," Inspector Ann Lowe said in a statement.',
        'In a statement, Inspector Ann Lowe said: "The gang was extremely well organised."',
    ],
)
def test_according_to_told_and_in_a_statement_name_the_speaker(text):
    assert speakers(LEAD + text) == ["Ann Lowe"]


@pytest.mark.parametrize(
    "reported",
    [
        "Inspector Jo Marsh, who led the operation, said the team had worked for months.",
        "Inspector Jo Marsh told reporters the team had worked for months.",
        "Inspector Jo Marsh led the raids. She said the team had worked for months.",
    ],
)
def test_a_paragraph_reporting_the_speaker_gives_the_untagged_quote_after_it(reported):
    text = f'{LEAD}{reported}\n\n"We are delighted with the outcome."'
    [quote] = extract(text).quotes
    assert quote.speaker == "Jo Marsh"
    assert quote.rule == "reported-speech-previous-paragraph"


def test_a_paragraph_where_nobody_speaks_gives_no_speaker_to_the_quote_after_it():
    text = f'{LEAD}Inspector Jo Marsh asked for more patrols.\n\n"We are delighted."'
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            '"We are delighted," said Insp Jo Marsh. Cllr Pat Dunne said: "It is good news."',
            ["Jo Marsh", "Pat Dunne"],
        ),
        ('"We are delighted," said Insp Jo Marsh. "It is good news."', ["Jo Marsh"]),
        ('"We are delighted," said Insp Jo Marsh, adding: "It is good news."', ["Jo Marsh"]),
    ],
)
def test_a_second_speaker_in_the_same_paragraph_starts_a_new_quote(text, expected):
    assert speakers(LEAD + text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The judge said she had been “drawn in by a man she trusted” and was sorry.",
        "The judge said he had shown “a callous disregard for life”.",
    ],
)
def test_a_pronoun_after_said_that_begins_what_was_said_is_not_the_speaker(text):
    intro = "Judge Helen Marsh jailed the pair. Kim Lee, prosecuting, set out the case.\n\n"
    assert speakers(intro + text) == ["Helen Marsh"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Her mother, Jane Roe, said: "We miss her every day."', "Jane Roe"),
        ('The victim\'s brother, Tom Roe, said: "He was kind to everyone."', "Tom Roe"),
    ],
)
def test_a_relative_named_in_apposition_is_the_speaker(text, speaker):
    assert speakers(LEAD + text) == [speaker]


@pytest.mark.parametrize(
    "text, rule, confidence",
    [
        ('Insp Jo Marsh said: "We are delighted."', "said-before-quote", 0.95),
        ('"We are delighted," said Insp Jo Marsh.', "said-after-quote", 0.95),
        ('Insp Jo Marsh said:\n\n"We are delighted."', "introduced-previous-paragraph", 0.9),
        ('Insp Jo Marsh led it. "We are delighted," she said.', "pronoun-same-paragraph", 0.85),
        ('Insp Jo Marsh led it.\n\n"We are glad," she said.', "pronoun-earlier-paragraph", 0.7),
        ('Insp Jo Marsh led it.\n\n"We are delighted," the officer said.', "role-noun", 0.75),
        ('"We are delighted," the officer said.', "unresolved-speaker", 0.3),
        ('A spokesperson said: "We are delighted."', "no-speaker", 0.5),
    ],
)
def test_each_quote_records_the_rule_that_read_its_speaker_and_how_sure_it_is(
    text, rule, confidence
):
    [quote] = extract(LEAD + text).quotes
    assert (quote.rule, quote.confidence) == (rule, confidence)


def test_a_quote_carried_on_after_narration_says_so():
    text = (
        'Insp Eve Lark said: "The raids went well."\n\n'
        "The searches lasted most of the day.\n\n"
        '"We will be back."'
    )
    first, second = extract(text).quotes
    assert (second.speaker, second.rule) == ("Eve Lark", "carried-on-after-narration")
    assert second.confidence < first.confidence


def test_a_judge_not_yet_named_is_the_one_judge_named_further_on():
    text = (
        "A man who ran what a judge called a “ruthless and sly” drugs trade has been jailed.\n\n"
        "Dean Fell, 34, admitted conspiracy to supply cocaine.\n\n"
        "Judge Ruth Pryce jailed him for nine years."
    )
    [quote] = extract(text).quotes
    assert (quote.speaker, quote.rule) == ("Ruth Pryce", "role-noun-named-later")


@pytest.mark.parametrize(
    "text",
    [
        'Det Sgt Jo Reyes led the raid.\n\nA detective said: "It went well."',
        'Judge Ruth Pryce heard the case.\n\nA judge in another case said: "It went well."',
    ],
)
def test_a_role_with_a_is_somebody_else_than_the_one_named_before(text):
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    "before",
    [
        "Det Insp Jane Roe praised the team.",
        "Det Insp Jane Roe said the team had worked hard.",
    ],
)
def test_an_untagged_quote_after_a_sentence_where_somebody_speaks_is_theirs(before):
    [quote] = extract(f'{LEAD}{before} "It was a long job."').quotes
    assert (quote.speaker, quote.rule) == ("Jane Roe", "speaker-previous-sentence")


def test_an_untagged_quote_after_a_sentence_where_nobody_speaks_has_no_speaker():
    assert speakers(f'{LEAD}Det Insp Jane Roe led the team. "It was a long job."') == [None]


@pytest.mark.parametrize(
    "tagged",
    [
        'The 34-year-old told the court: "I am sorry for what I did."',
        '"I am sorry for what I did," the 34-year-old said.',
    ],
)
def test_the_n_year_old_is_whoever_was_printed_with_that_age(tagged):
    text = (
        "Tom Carter, 34, of Mill Road, admitted burglary. His neighbour, Ann Lee, 71, "
        f"gave evidence.\n\n{tagged}"
    )
    [quote] = extract(text).quotes
    assert (quote.speaker, quote.rule) == ("Tom Carter", "age-noun")


@pytest.mark.parametrize(
    "tagged",
    [
        'Carter\'s lawyer, Tom Hill, said: "He is sorry."',
        '"He is sorry," Carter\'s lawyer Tom Hill said.',
        "Carter’s barrister, Tom Hill, told the court: “He is sorry.”",
    ],
)
def test_a_person_named_as_somebodys_is_not_the_speaker(tagged):
    text = f"Tom Carter, 30, was jailed.\n\n{tagged}"
    assert speakers(text) == ["Tom Hill"]
