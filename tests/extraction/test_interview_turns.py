"""An interview written up in quotes: a question put ends a turn, and the person a named
speaker presses or thanks is somebody else."""

import pytest

from tests.extraction.helpers import people, quotes, speakers

_INTERVIEW = (
    "Head\n\nDetective Superintendent Ann Hale was speaking to presenter Tom Reed on air.\n\n"
    'Reed began with the numbers. "You said 64 arrests. How many will be charged?" he asked.\n\n'
    '"More than you might think," Det Supt Hale replied. "Most are on bail."\n'
)


def test_a_question_put_ends_the_turn_and_the_answer_is_a_quote_of_its_own():
    found = quotes(_INTERVIEW)
    assert [paragraphs for _, _, paragraphs in found] == [1, 1]
    assert speakers(_INTERVIEW) == ["Tom Reed", "Ann Hale"]


def test_a_quote_runs_on_into_the_next_paragraph_after_a_said_tag():
    text = (
        "Head\n\nInsp Jo Hale spoke outside court.\n\n"
        '"It was a long inquiry," she said.\n\n"We are glad it is over."\n'
    )
    assert [paragraphs for _, _, paragraphs in quotes(text)] == [2]


@pytest.mark.parametrize(
    ("sentence", "gender"),
    [
        ("Reed pressed her on the figures.", None),
        ("Reed thanked him.", None),
        ("Reed lost her temper.", "f"),
        ("Reed said his phone rang.", "m"),
    ],
)
def test_the_person_a_named_speaker_presses_or_thanks_is_somebody_else(sentence, gender):
    text = f"Head\n\nPresenter Cllr Tom Reed was on air.\n\n{sentence}\n"
    assert people(text)["Tom Reed"].gender == gender
