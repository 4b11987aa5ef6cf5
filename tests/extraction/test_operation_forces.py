"""The police force that runs each operation: tied by the text, else the only force named.

Every text here is written for the test.
"""

import pytest

from articles.extraction import extract, to_eval_dict
from articles.extraction.lexicon.operations import RUNNING_VERBS

TWO_FORCES = "Essex Police and Kent Police shared intelligence in May.\n\n"


def forces(text):
    return {op.name: op.force for op in extract(text).operations}


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers from Kent Police's Operation Falcon team made four arrests.",
        "The arrests were made as part of Kent Police’s long-running Operation Falcon.",
        "Kent Police launched Operation Falcon in March.",
        "Kent Police has today launched Operation Falcon.",
        "Kent Police, which runs Operation Falcon, made four arrests.",
        "Operation Falcon, run by Kent Police, led to four arrests.",
        "Operation Falcon was set up by Kent Police last year.",
        "It was a Kent Police operation, codenamed Falcon, that found the guns.",
        "Operation Falcon, a Kent Police initiative, ended in June.",
        "Operation Falcon, Kent Police’s crackdown on dealers, ended in June.",
        "Kent Police Operation Falcon officers made four arrests.",
    ],
)
def test_the_force_the_text_ties_to_the_operation_among_several(sentence):
    assert forces(TWO_FORCES + sentence) == {"Operation Falcon": "Kent Police"}


def test_a_force_named_only_by_its_nickname():
    text = TWO_FORCES + "The Met's Operation Falcon targets robbers."
    assert forces(text) == {"Operation Falcon": "Metropolitan Police"}


def test_two_forces_and_nothing_tying_either_leaves_the_force_unknown():
    text = TWO_FORCES + "Officers from both worked on Operation Falcon over the summer."
    assert forces(text) == {"Operation Falcon": None}


def test_a_force_named_beside_an_operation_but_not_as_its_runner_is_not_tied():
    text = TWO_FORCES + "Kent Police said Operation Falcon had ended."
    assert forces(text) == {"Operation Falcon": None}


def test_the_only_force_named_runs_an_operation_the_text_ties_to_nothing():
    text = "Operation Falcon ended in June.\n\nSurrey Police said four men were charged."
    assert forces(text) == {"Operation Falcon": "Surrey Police"}


def test_no_force_named_leaves_the_force_unknown():
    text = "Operation Falcon ended in June after four men were charged."
    assert forces(text) == {"Operation Falcon": None}


def test_a_unit_running_an_operation_stands_for_its_force():
    text = (
        TWO_FORCES + "Detectives from the Kent Police Serious Crime Unit launched Operation "
        "Falcon in March."
    )
    assert forces(text) == {"Operation Falcon": "Kent Police"}


def test_a_unit_of_a_unit_stands_for_the_force_above_both():
    text = (
        TWO_FORCES + "The Tasmania Police Force Serious Crime Command's Fraud Squad's "
        "Operation Falcon ended."
    )
    assert forces(text) == {"Operation Falcon": "Tasmania Police Force"}


def test_the_force_is_the_only_force_the_article_names():
    text = (
        "Surrey Police thanked residents.\n\nThe force's Operation Falcon ended in June.\n\n"
        "Operation Falcon, led by the NCA until May, found the guns."
    )
    assert forces(text) == {"Operation Falcon": "Surrey Police"}


def test_an_operation_another_body_runs_has_no_police_force():
    text = "The NCA's Operation Falcon ended.\n\nSurrey Police said four men were charged."
    assert forces(text) == {"Operation Falcon": None}


def test_each_operation_gets_its_own_force():
    text = (
        TWO_FORCES + "Essex Police's Operation Falcon found the guns, and Operation Kestrel, "
        "run by Kent Police, found the cash."
    )
    assert forces(text) == {"Operation Falcon": "Essex Police", "Operation Kestrel": "Kent Police"}


def test_the_first_tied_mention_decides():
    text = (
        TWO_FORCES + "Kent Police launched Operation Falcon in March.\n\n"
        "Essex Police joined Operation Falcon later."
    )
    assert forces(text) == {"Operation Falcon": "Kent Police"}


def test_an_organisation_in_another_paragraph_is_not_tied():
    text = "Essex Police and Kent Police\n\nOperation Falcon ended in June."
    assert forces(text) == {"Operation Falcon": None}


@pytest.mark.parametrize("verb", sorted(RUNNING_VERBS))
def test_every_running_verb_ties_a_force_before_or_after(verb):
    assert forces(TWO_FORCES + f"Kent Police {verb} Operation Falcon.") == {
        "Operation Falcon": "Kent Police"
    }
    assert forces(TWO_FORCES + f"Operation Falcon was {verb} by Kent Police.") == {
        "Operation Falcon": "Kent Police"
    }


def test_the_eval_format_gives_each_operations_force():
    text = TWO_FORCES + "Kent Police launched Operation Falcon in March."
    [op] = to_eval_dict(extract(text), "a.txt")["operations"]
    assert op["force"] == "Kent Police"
