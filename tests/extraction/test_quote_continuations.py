"""A speaker's quote that runs on into a paragraph opened by a tag naming the same speaker
("Insp Hale added: …"), and the names given after a quote and its speech verb.

Every text here is written for the test.
"""

import pytest

from tests.extraction.helpers import people, quotes

LEAD = "Twelve shops were visited on Monday.\n\n"


@pytest.mark.parametrize(
    "tag",
    ["Sergeant Okafor added:", "Okafor said:", "Sgt Okafor went on:", "Sergeant Okafor added,"],
)
def test_a_tag_naming_the_same_speaker_carries_the_quote_on(tag):
    text = (
        LEAD + 'Sergeant Nia Okafor said the checks would go on. "We will be back."\n\n'
        f'{tag} "And we will bring the dogs."\n'
    )
    assert [(s, n) for s, _, n in quotes(text)] == [("Nia Okafor", 2)]


def test_a_tag_naming_somebody_else_starts_their_own_quote():
    text = (
        LEAD + '"We will be back," said Sergeant Nia Okafor.\n\n'
        'Councillor Amal Reyes added: "The council stands with the police."\n'
    )
    assert [(s, n) for s, _, n in quotes(text)] == [("Nia Okafor", 1), ("Amal Reyes", 1)]


def test_a_quote_before_narration_is_not_carried_into_a_named_tag():
    text = (
        LEAD + '"We will be back," said Sergeant Nia Okafor.\n\n'
        "The shops were fined.\n\n"
        'Sergeant Okafor added: "And we will bring the dogs."\n'
    )
    assert [(s, n) for s, _, n in quotes(text)] == [("Nia Okafor", 1), ("Nia Okafor", 1)]


@pytest.mark.parametrize(
    "text, name",
    [
        ('"We heard shouting," said Tomas Ferrand.', "Tomas Ferrand"),
        (
            '"We heard shouting," said Tomas Ferrand, secretary of the tenants\' group.',
            "Tomas Ferrand",
        ),
        (
            '"We heard shouting," Tomas Ferrand, chairman of the club, told reporters.',
            "Tomas Ferrand",
        ),
        ("“We heard shouting,” says Tomas Ferrand.", "Tomas Ferrand"),
    ],
)
def test_a_name_after_a_quote_and_its_speech_verb_is_the_speakers(text, name):
    assert name in people(LEAD + text)
    assert [s for s, _, _ in quotes(LEAD + text)] == [name]


@pytest.mark.parametrize(
    "crosshead",
    [
        "'Laws are working', minister says",
        "“We will not stop” says chief",
        '"Not in our town", residents say',
    ],
)
def test_a_quoted_crosshead_with_a_short_tag_is_not_a_quote(crosshead):
    text = (
        LEAD + f"{crosshead}\n\n"
        'Minister Joy Abara said: "The new powers are making a difference."\n'
    )
    assert [q for _, q, _ in quotes(text)] == ['"The new powers are making a difference."']


@pytest.mark.parametrize(
    "sentence",
    [
        'The judge described the haul as one that "defies belief".',
        "Residents branded it a scheme which “defies reason”.",
        "The chairman resigned, describing the fraud as a scam that 'shames everyone'.",
    ],
)
def test_a_marked_verb_of_a_relative_clause_after_a_verb_of_judging_is_a_partial_quote(
    sentence,
):
    [(_, quote, _)] = quotes(LEAD + sentence)
    assert quote.strip("\"“”'") in sentence
    assert len(quote.split()) == 2


def test_a_two_word_term_after_a_relative_word_with_no_verb_of_judging_is_not_a_quote():
    assert quotes(LEAD + 'Officers found a device that "looked real" in the car.') == []


@pytest.mark.parametrize(
    "unnamed, pronoun",
    [
        ("A neighbour spoke to us. He asked not to be named.", "he"),
        ("One mother, who did not want to be identified, was there.", "she"),
        ("A driver also saw it. He cannot be named for legal reasons.", "he"),
    ],
)
def test_a_pronoun_after_somebody_left_unnamed_does_not_point_at_a_named_person(unnamed, pronoun):
    text = (
        LEAD + 'Inspector Ravi Sohal said: "We acted fast."\n\n'
        f"Dealers had used the flats for months. {unnamed}\n\n"
        f'"I was scared to go out," {pronoun} says.\n'
    )
    assert [s for s, _, _ in quotes(text)] == ["Ravi Sohal", None]


def test_a_pronoun_with_nobody_left_unnamed_points_at_the_person_named_before():
    text = (
        LEAD + 'Inspector Ravi Sohal said: "We acted fast."\n\n'
        "Dealers had used the flats for months.\n\n"
        '"I was glad to see it end," he says.\n'
    )
    assert [s for s, _, _ in quotes(text)] == ["Ravi Sohal", "Ravi Sohal"]
