"""Attribution: who said each quote.

Every text here is written for the test; the seed articles are read from fixtures/sources.
"""

import pytest

from articles.extraction import extract
from tests.extraction.helpers import people, quotes, speakers

SEED_RAIDS = "000_7dfbda4164c8c49a.txt"
SEED_CLIPPING = "003_7589ca8339324ffc.txt"


def test_speaker_named_before_the_quote_with_a_role_appositive():
    text = "Chief Inspector Sam Reid, the Harlow district commander, said: “We are here.”"
    assert speakers(text) == ["Sam Reid"]


def test_speaker_named_after_the_quote_either_way_round():
    assert speakers('"We are here," said Det Supt Jane Holt.') == ["Jane Holt"]
    assert speakers('"We are here," Det Insp Kim Boyd said.') == ["Kim Boyd"]


def test_pronoun_attribution_resolves_to_the_most_recent_person_across_paragraphs():
    text = (
        "Det Sgt Oren Price led the raid on the flat.\n\n"
        "Officers found cash in a drawer.\n\n"
        "He added: “It was a good day for the town.”\n"
    )
    assert speakers(text) == ["Oren Price"]


def test_she_continued_after_a_closed_quote():
    text = (
        "Supt Lisa Garvey spoke after the hearing.\n\n"
        "“The sentence reflects the harm,” she continued.\n"
    )
    assert speakers(text) == ["Lisa Garvey"]


def test_role_noun_attribution_resolves_to_the_officer():
    text = (
        "Cllr Nina Shah praised residents. Insp Paul Kerr led the patrols.\n\n"
        "“We listened to people,” the officer explained.\n"
    )
    assert speakers(text) == ["Paul Kerr"]


@pytest.mark.parametrize(
    "verb", ["warned", "explained", "revealed", "admitted", "concluded", "told the Gazette"]
)
def test_speech_verbs_beyond_said(verb):
    assert speakers(f"Det Insp Ann Lee {verb}: “We will be back.”") == ["Ann Lee"]


def test_a_quote_without_a_speaker_stays_unattributed():
    text = "A police spokesperson said: “Enquiries are continuing.”"
    [quote] = extract(text).quotes
    assert quote.speaker is None
    assert quote.attribution.text == "A police spokesperson said:"


def test_she_skips_a_person_the_text_shows_is_a_he():
    text = (
        "Sharon Ellis said her son Jayden had been badly hurt.\n\n"
        "‘He’s lucky to be alive,’ she told the Gazette.\n"
    )
    assert speakers(text) == ["Sharon Ellis"]
    assert people(text)["Jayden"].gender == "m"


def test_a_role_noun_prefers_the_person_who_holds_that_rank():
    text = (
        "Lt. Mark Chen leads the burglary squad. Capt. Rosa Diaz briefed reporters.\n\n"
        "“We knew where to look,” the lieutenant said.\n"
    )
    assert speakers(text) == ["Mark Chen"]


def test_a_verb_of_judging_names_the_speaker_of_a_partial_quote():
    text = (
        "Rev Anne Holt, who runs a night shelter in the town, called the arrests “a welcome "
        "first step” and asked for more patrols."
    )
    assert speakers(text) == ["Anne Holt"]


def test_an_added_tag_before_a_quote_carries_the_same_speakers_quote_on():
    text = (
        "Supt Amy Ford said: “We took the drugs off the street.\n\n"
        "“That was the first step.”\n\n"
        "She added: “The next is to find who supplied them.”\n"
    )
    assert [(s, n) for s, _, n in quotes(text)] == [("Amy Ford", 3)]


def test_a_tag_naming_somebody_else_starts_their_own_quote():
    text = (
        "Supt Amy Ford said: “We took the drugs off the street.”\n\n"
        "Insp Tom Hale added: “The next step is to find who supplied them.”\n"
    )
    assert [(s, n) for s, _, n in quotes(text)] == [("Amy Ford", 1), ("Tom Hale", 1)]


def test_a_pronoun_with_nobody_before_it_is_not_guessed():
    assert speakers("“We will be back,” he said.") == [None]


def test_the_speaker_is_the_subject_not_a_person_after_a_preposition():
    text = "Speaking to Insp Ian Frost, Cllr Rita Moss said: “We are grateful.”"
    assert speakers(text) == ["Rita Moss"]


def test_a_pronoun_passes_over_a_defendant_when_somebody_else_fits():
    text = (
        "Insp Ian Frost led the case. Tom Reed, 24, of Hull, was jailed for six years.\n\n"
        "“It was a good result,” he said.\n"
    )
    assert speakers(text) == ["Ian Frost"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Jo Hart, a spokeswoman for the council, spoke. Insp Ian Frost led the raid.\n\n"
            "“We are pleased,” the spokeswoman said.\n",
            "Jo Hart",
        ),
        (
            "Judge Alan Webb sentenced the men. Insp Ian Frost welcomed it.\n\n"
            "“You preyed on the weak,” the judge said.\n",
            "Alan Webb",
        ),
        (
            "Cllr Rita Moss thanked officers. Insp Ian Frost led the raid.\n\n"
            "“It is a relief,” the councillor said.\n",
            "Rita Moss",
        ),
    ],
)
def test_a_role_noun_points_back_at_the_latest_person_in_that_role(text, speaker):
    assert speakers(text) == [speaker]


def test_a_speech_verb_of_two_words_attributes_a_quote():
    text = "Insp Ian Frost said the raid went well.\n\n“We are not done,” he went on.\n"
    assert speakers(text) == ["Ian Frost"]
