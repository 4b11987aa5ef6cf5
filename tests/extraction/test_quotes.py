"""Quotes: which quoted passages are quotes and where each begins and ends.

Every text here is written for the test; the seed articles are read from fixtures/sources.
"""

import pytest

from articles.extraction import extract
from tests.extraction.helpers import quotes

SEED_RAIDS = "000_7dfbda4164c8c49a.txt"
SEED_CLIPPING = "003_7589ca8339324ffc.txt"


def test_straight_and_curly_double_quotes():
    assert quotes('Det Insp Ann Lee said: "We will not stop."') == [
        ("Ann Lee", '"We will not stop."', 1)
    ]
    assert quotes("Det Insp Ann Lee said: “We will not stop.”") == [
        ("Ann Lee", "“We will not stop.”", 1)
    ]


def test_single_quote_style_with_apostrophes_inside():
    text = "Sgt Ravi Patel said: ‘We’re not going anywhere, and the dealers’ days are numbered.’"
    [(speaker, quote, _)] = quotes(text)
    assert speaker == "Ravi Patel"
    assert quote.endswith("numbered.’")


def test_each_paragraph_reopens_and_only_the_last_closes():
    text = (
        "Supt Helen Ross said: “The first paragraph.\n\n"
        "“The second paragraph.\n\n"
        "“The third paragraph.”\n\n"
        "Officers then left the scene.\n"
    )
    assert quotes(text) == [
        ("Helen Ross", text[text.index("“The first") : text.index("\n\nOff")], 3)
    ]


def test_each_paragraph_closes_and_reopens():
    text = (
        'Supt Helen Ross said: "The first paragraph."\n\n'
        '"The second paragraph."\n\n'
        "Officers then left the scene.\n"
    )
    assert [(s, n) for s, _, n in quotes(text)] == [("Helen Ross", 2)]


def test_a_paragraph_missing_its_opening_mark_continues_the_quote():
    text = (
        "Insp Dan Cole said: “We searched the flat.\n\n"
        "We found nothing else.”\n\n"
        "The flat has since been boarded up.\n"
    )
    assert [(s, n) for s, _, n in quotes(text)] == [("Dan Cole", 2)]


def test_a_quote_interrupted_by_its_attribution_is_one_quote():
    text = '"This was a ruthless gang," said Det Supt Jane Holt. "They preyed on children."'
    [(speaker, quote, paragraphs)] = quotes(text)
    assert speaker == "Jane Holt"
    assert quote == text
    assert paragraphs == 1


def test_a_narration_paragraph_between_quoted_passages_starts_a_new_quote():
    text = (
        '"The first passage," Insp Mark Ellis said.\n\n'
        "Officers seized two cars during the operation.\n\n"
        '"The second passage," Insp Ellis added.\n'
    )
    assert [(s, q) for s, q, _ in quotes(text)] == [
        ("Mark Ellis", '"The first passage,"'),
        ("Mark Ellis", '"The second passage,"'),
    ]


def test_partial_quote_inside_narration_counts():
    text = 'Residents called the change a "remarkable turnaround" in letters to the council.'
    assert quotes(text) == [(None, '"remarkable turnaround"', 1)]


def test_words_in_marks_after_dubbed_it_are_somebodys_words():
    text = "Residents dubbed it “the quiet street” after the raid."
    assert quotes(text) == [(None, "“the quiet street”", 1)]


def test_a_reported_phrase_that_ends_the_sentence_is_a_partial_quote():
    text = "Judge Ann Pryce said Cole had shown “no remorse whatsoever”."
    assert quotes(text) == [("Ann Pryce", "“no remorse whatsoever”", 1)]


def test_the_subject_of_a_passive_is_not_the_speaker():
    text = 'Kieran Lowe, 31, was described in court as the "head" of the gang.'
    assert quotes(text) == [(None, '"head"', 1)]


def test_scare_quotes_and_quoted_names_are_not_quotes():
    text = (
        "The gang ran the “Bravo” line and used a ‘cuckooing’ model.\n\n"
        "Officers called it a 'top-down' approach to policing.\n"
    )
    assert quotes(text) == []


def test_a_phrase_praised_in_marks_before_the_noun_it_describes_is_a_partial_quote():
    text = "Chief Constable Ian Sall praised the ‘patient and often thankless’ work of the team."
    assert quotes(text) == [("Ian Sall", "‘patient and often thankless’", 1)]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Insp Gail Moss said patrols would go on and asked drivers to report “anything out "
            "of the ordinary” to officers.",
            "“anything out of the ordinary”",
        ),
        (
            "Cllr Omar Haq said the figures proved how much “patient neighbourhood policing” "
            "can deliver.",
            "“patient neighbourhood policing”",
        ),
    ],
)
def test_a_reported_phrase_of_several_words_mid_sentence_is_a_partial_quote(text, phrase):
    [(_speaker, quote, _)] = quotes(text)
    assert quote == phrase


def test_so_called_terms_and_single_words_in_marks_are_not_quotes():
    text = (
        "Two teenagers – the so-called ‘runners’ – were moved to a place of safety.\n\n"
        "Police said the raid had been a “success”.\n"
    )
    assert quotes(text) == []


def test_a_phrase_the_writer_gives_its_own_determiner_is_a_term():
    text = "Det Insp Ruth Kell said the dealers ran a “hub and spoke model” which moved stock fast."
    assert quotes(text) == []


def test_a_quoted_crosshead_is_not_a_quote():
    text = (
        "Officers raided the flat at dawn.\n\n"
        "“A knock at the door”\n\n"
        "Residents said they were relieved.\n"
    )
    assert quotes(text) == []


def test_headline_quotes_are_not_quotes():
    text = "'We will find you', police warn dealers\n\nOfficers made 12 arrests on Friday.\n"
    assert quotes(text) == []


def test_an_unclosed_quote_stops_at_its_paragraph():
    text = (
        'Insp Joe Hart said: "We will keep going\n\n'
        "Officers seized two cars.\n\n"
        "The cars were taken away.\n"
    )
    [(speaker, quote, paragraphs)] = quotes(text)
    assert speaker == "Joe Hart"
    assert quote == '"We will keep going'
    assert paragraphs == 1


def test_a_double_mark_typed_as_two_single_marks_opens_and_closes_a_quote():
    assert quotes("Insp Ian Frost said: ''We will be back.''") == [
        ("Ian Frost", "''We will be back.''", 1)
    ]


def test_a_closing_double_mark_at_the_start_of_a_paragraph_opens_the_quote():
    text = "Insp Ian Frost spoke to us.\n\n”We will be back,” he said."
    assert quotes(text) == [("Ian Frost", "”We will be back,”", 1)]


def test_an_unclosed_single_mark_after_a_speech_verb_opens_speech():
    text = "Officers met.\n\nInsp Ian Frost said, ‘We will be back on the estate\n\nIt is quiet."
    assert quotes(text) == [("Ian Frost", "‘We will be back on the estate", 1)]


def test_an_unclosed_single_mark_in_narration_is_not_a_quote():
    text = "Officers met.\n\nThe gang’s ‘runner was caught at the station."
    assert quotes(text) == []


def test_a_quote_after_a_dash_at_the_start_of_a_paragraph_is_speech():
    text = "Officers met.\n\n– “We will not stop until the streets are safe,” Insp Ian Frost said."
    assert quotes(text) == [("Ian Frost", "“We will not stop until the streets are safe,”", 1)]


def test_a_sentence_in_marks_mid_paragraph_is_a_quote():
    text = "Insp Ian Frost told reporters “we will be back.” before leaving."
    assert quotes(text) == [("Ian Frost", "“we will be back.”", 1)]


def test_two_words_followed_by_an_attribution_tag_are_a_quote():
    text = 'Insp Ian Frost visited the estate. "Never again," he said.'
    assert quotes(text) == [("Ian Frost", '"Never again,"', 1)]


def test_six_words_in_marks_are_a_quote_wherever_they_stand():
    text = "Insp Ian Frost said the gang had “no idea how close we were getting” and left."
    assert quotes(text) == [("Ian Frost", "“no idea how close we were getting”", 1)]


def test_reported_words_after_was_are_a_partial_quote():
    text = "Insp Ian Frost said the raid was “very successful” for everyone involved"
    assert quotes(text) == [("Ian Frost", "“very successful”", 1)]


def test_a_title_in_capitals_inside_reported_speech_is_not_a_quote():
    text = "Insp Ian Frost said officers had watched “The Long Night Shift” at the station."
    assert quotes(text) == []


def test_a_quote_lists_the_operations_named_in_its_paragraphs():
    text = (
        "Operation Kestrel ended in May.\n\n"
        "Insp Ian Frost said: “Operation Kestrel worked.”\n\n"
        "Officers left.\n"
    )
    [quote] = extract(text).quotes
    assert quote.operations == ("Operation Kestrel",)


@pytest.mark.parametrize(
    "text",
    [
        '"',
        "“",
        "’’’’",
        "He said: ‘unclosed\n\nand “more\n\n” closing only",
        '"a" "b" "c" "',
        "It’s the officers’ view that ‘x",
    ],
)
def test_odd_quote_marks_never_crash_or_swallow_the_article(text):
    found = extract(text)
    for quote in found.quotes:
        assert text[quote.span.start : quote.span.end] == quote.span.text
        assert "\n\n" not in quote.span.text.strip() or quote.paragraphs > 1
