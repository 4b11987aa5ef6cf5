"""A unit named first with the place it serves and then without it is one unit, under its
full name; insurers and research bodies are organisations by the last word of their name.

Every text here is written for the test.
"""

import pytest

from articles.extraction import extract
from tests.extraction.helpers import organisations


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Staff from the Cavan Divisional Crime Task Force made arrests. The Divisional "
            "Crime Task Force said more would follow.",
            "Cavan Divisional Crime Task Force",
        ),
        (
            "Officers of the Prince Albert Drug Section searched the flat. The Drug Section "
            "seized cash.",
            "Prince Albert Drug Section",
        ),
        (
            "The Elmford/Brackton Roads Policing Unit stopped the van. Officers from the Roads "
            "Policing Unit found the phones.",
            "Elmford/Brackton Roads Policing Unit",
        ),
    ],
)
def test_a_unit_with_and_without_its_place(text, name):
    assert list(organisations(text)) == [name]


def test_the_short_form_named_first_stays_apart():
    text = "The Drug Section said so. Later the Prince Albert Drug Section made two arrests."
    assert set(organisations(text)) == {"Drug Section", "Prince Albert Drug Section"}


def test_a_force_the_rules_do_not_know_is_not_a_place():
    text = (
        "Officers of the Wessex Police Serious Violence Unit came. The Serious Violence Unit "
        "said it."
    )
    assert "Serious Violence Unit" in organisations(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("NFU Mutual estimates that rural theft cost millions.", "NFU Mutual"),
        ("Figures from Elmford Mutual show a rise in claims.", "Elmford Mutual"),
        (
            "Jo Hale, a researcher at the Andean Security Observatory, said so.",
            "Andean Security Observatory",
        ),
        (
            "The Royal United Services Institute published the study.",
            "Royal United Services Institute",
        ),
    ],
)
def test_insurers_and_research_bodies(text, name):
    assert name in organisations(text)


def test_a_unit_after_and_is_not_the_unit_before_it():
    text = "The Elmford Police Community Team and the Brackton Police Response Unit searched."
    parents = {o.name: o.parent for o in extract(text).organisations}
    assert parents == {
        "Elmford Police Community Team": None,
        "Brackton Police Response Unit": None,
    }
