"""Where a quote begins and ends: names in marks, a judge's words in narration, and quoted
passages whose marks the writer set unevenly.

Every text here is written for the test.
"""

import pytest

from articles.extraction.headers import parse_source
from articles.extraction.quotemarks import marks_by_paragraph
from tests.extraction.helpers import operations, quotes


@pytest.mark.parametrize(
    "text",
    [
        "Nine were held in an inquiry dubbed “Operation Copper Kettle,” which began in spring.",
        'The boys, who called themselves "The Canal Street Boys", were jailed.',
        "Posters for the ‘Lock It Or Lose It’ campaign went up across the estate.",
    ],
)
def test_a_name_in_marks_is_not_a_quote(text):
    assert quotes(text) == []


def test_an_operation_named_inside_marks_keeps_its_whole_name():
    text = "Nine were held in an inquiry dubbed “Operation Copper Kettle,” which began in spring."
    assert operations(text) == ["Operation Copper Kettle"]


def test_a_name_in_marks_with_a_tag_after_it_is_still_speech():
    assert quotes('"Happy Christmas," said Sgt Nell Amos.') == [
        ("Nell Amos", '"Happy Christmas,"', 1)
    ]


@pytest.mark.parametrize(
    "text, fragment",
    [
        (
            "Judge Ann Frost described the scam as a 'cruel trade' preying on the old.",
            "'cruel trade'",
        ),
        (
            'Recorder Iain Pyle branded the pair "utterly callous" before passing sentence.',
            '"utterly callous"',
        ),
        ("Judge Ann Frost called it “calculated greed” driven by profit.", "“calculated greed”"),
    ],
)
def test_a_judges_short_words_in_narration_are_a_quote(text, fragment):
    assert [q[1] for q in quotes(text)] == [fragment]


def test_a_paragraph_that_only_closes_its_marks_carries_the_quote_on():
    text = (
        'Det Sgt Ida Voss said: "The flat was used to store cash."\n\n'
        '"It was also used to cut the drugs."\n\n'
        'Nobody should be in any doubt about that."\n\n'
        '"We will keep going."'
    )
    assert quotes(text) == [("Ida Voss", text[text.index('"The flat') :], 4)]


def test_a_partial_quote_ending_a_paragraph_runs_on_into_the_next_quoted_one():
    text = (
        "Insp Rob Hale spoke to residents.\n\n"
        "He said his message to dealers was: “We know where you live”.\n\n"
        "“We will keep coming back until you stop.”"
    )
    ((speaker, quoted, paragraphs),) = quotes(text)
    assert (speaker, quoted[:12], paragraphs) == ("Rob Hale", "“We know whe", 2)


def test_a_narration_paragraph_still_ends_a_quote():
    text = (
        'Insp Rob Hale said: "We know where you live."\n\n'
        "Officers then left the estate.\n\n"
        '"We will be back."'
    )
    assert [q[2] for q in quotes(text)] == [1, 1]


@pytest.mark.parametrize(
    "text",
    [
        'He wrote a memoir, "Thin Blue Line: My Years on the Beat", after he retired.',
        'The case inspired the film "The Long Night" in 2019.',
        'The men belonged to a gang known as the "Southside Wolves". They were jailed.',
        'The inquiry, known as "Operation Tidewater", ran for a year.',
        'Officers handed out leaflets reading "See It, Say It, Sorted" at the station.',
    ],
)
def test_titles_and_names_in_marks_are_not_quotes(text):
    assert quotes(text) == []


@pytest.mark.parametrize(
    "text, fragment",
    [
        (
            'Recorder Helen Marsh said Carter was a "dangerous young man" who had scared people.',
            '"dangerous young man"',
        ),
        (
            'Judge Helen Marsh said the gang had caused "untold misery" because of their trade.',
            '"untold misery"',
        ),
        (
            'Jailing Tom Carter, 31, Judge Helen Marsh said his acts caused "untold misery".',
            '"untold misery"',
        ),
    ],
)
def test_a_judges_words_before_a_clause_are_a_partial_quote_of_the_judge(text, fragment):
    assert quotes(text) == [("Helen Marsh", fragment, 1)]


@pytest.mark.parametrize(
    "middle",
    [
        "Moss said the gang had been “brought down by teamwork”.",
        "Moss said the raid was “a clear message” to dealers.",
    ],
)
def test_a_narration_paragraph_ending_in_a_partial_quote_does_not_run_into_the_next(middle):
    text = f"“We worked hard,” said Sgt Kay Moss.\n\n{middle}\n\n“We will not stop.”"
    assert [(speaker, paragraphs) for speaker, _, paragraphs in quotes(text)] == [
        ("Kay Moss", 1),
        ("Kay Moss", 1),
        ("Kay Moss", 1),
    ]


def test_a_quote_that_ends_its_paragraph_after_a_colon_runs_on_into_the_next():
    text = "Sgt Kay Moss said the message was: “Stay away”.\n\n“We will be back.”"
    assert [(speaker, paragraphs) for speaker, _, paragraphs in quotes(text)] == [("Kay Moss", 2)]


@pytest.mark.parametrize(
    "text",
    [
        'The "county lines" gangs exploit children, Sgt Kay Moss said.',
        "The ‘cuckooing’ model uses the homes of the vulnerable, Sgt Kay Moss said.",
    ],
)
def test_a_term_in_marks_before_its_noun_is_not_tagged_by_the_sentence_tag(text):
    assert quotes(text) == []


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("Sgt Kay Moss said the gang's “wicked trade” had blighted the town.", "“wicked trade”"),
        ("Sgt Kay Moss called for “zero tolerance” on knife crime.", "“zero tolerance”"),
    ],
)
def test_two_quoted_words_a_speaker_uses_are_a_partial_quote(text, fragment):
    assert quotes(text) == [("Kay Moss", fragment, 1)]


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("Prosecuting, Ann Cole said Fell had “total control” over the trade.", "“total control”"),
        ("Ann Cole said Fell had shown “real cunning” in hiding the cash.", "“real cunning”"),
    ],
)
def test_two_quoted_words_before_a_preposition_in_reported_speech_are_a_partial_quote(
    text, fragment
):
    assert quotes(text) == [("Ann Cole", fragment, 1)]


def test_a_word_in_marks_after_according_to_is_a_source_not_a_quote():
    assert quotes('The gang made millions, according to "insiders".') == []


def test_the_paragraphs_read_for_quotes_are_those_with_a_quote_mark():
    text = (
        "Officers searched the flat on Tuesday.\n\n"
        "Insp Rob Hale said it was ‘a start’.\n\n"
        "The men were bailed until May.\n\n"
        "It’s the third raid this year."
    )
    paragraphs = parse_source(text).paragraphs
    assert set(marks_by_paragraph(text, paragraphs)) == {1, 3}
